import { RECOMMENDED_AUTOSCALING } from './fixtures';

/** The plan's autoscaler decision as the backend stores it (a KEDA policy on running requests). */
export const DECISION = {
  ...RECOMMENDED_AUTOSCALING,
  version: 1,
  meetsTarget: true,
  attainmentTarget: 0.99,
  traffic: {
    pattern: {
      kind: 'diurnal' as const,
      profile: 'office-hours' as const,
      baseRps: 1,
      peakRps: 20,
    },
    description: 'office-hours day peaking at 20 req/s',
  },
  pattern: 'office-hours day peaking at 20 req/s',
  router: 'random' as const,
  renders: 'keda' as const,
  gpuHoursPerDay: 40,
  fixedGpuHoursPerDay: 96,
  configuration: 'llama-3.1-8b-instruct|H100|1|vllm|fp8 x 4',
};

export const FIXED_DECISION = {
  ...DECISION,
  parameters: {
    kind: 'fixed' as const,
    minReplicas: 4,
    maxReplicas: 4,
    target: 0,
    stabilizationWindowSeconds: 0,
    scaleUp: { policies: [], selectPolicy: 'Disabled' as const },
    scaleDown: { policies: [], selectPolicy: 'Disabled' as const },
  },
  label: 'fixed 4 replica(s)',
  renders: 'none' as const,
};
