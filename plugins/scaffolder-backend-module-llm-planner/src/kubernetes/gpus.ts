import {
  GPU_RESOURCES,
  KubeObject,
  parseQuantity,
} from '@llm-planner/backstage-plugin-llm-planner-common';

export type Container = {
  name?: string;
  resources?: {
    requests?: Record<string, unknown>;
    limits?: Record<string, unknown>;
  };
};

function containerGpus(containers: Container[] | undefined): number {
  let n = 0;
  for (const c of containers ?? []) {
    for (const r of GPU_RESOURCES) {
      // an extended resource request defaults to its limit
      const q = c.resources?.requests?.[r] ?? c.resources?.limits?.[r];
      if (q !== undefined) n += parseQuantity(q) || 0;
    }
  }
  return n;
}

/** Kinds whose pods request GPUs: always-on workloads and batch runs. */
const WORKLOAD_KINDS = new Set([
  'Deployment',
  'InferenceService',
  'Job',
  'CronJob',
]);

/** The Job spec of a Job, or the template of a CronJob's runs. */
function jobSpecOf(obj: KubeObject): any {
  const spec = (obj.spec ?? {}) as any;
  return obj.kind === 'CronJob' ? spec.jobTemplate?.spec : spec;
}

/**
 * The pod containers of a workload (Deployment or Job template, a CronJob's job template,
 * InferenceService predictor).
 */
export function workloadContainers(obj: KubeObject): Container[] {
  const spec = (obj.spec ?? {}) as any;
  if (obj.kind === 'Deployment') return spec.template?.spec?.containers ?? [];
  if (obj.kind === 'InferenceService') return spec.predictor?.containers ?? [];
  if (obj.kind === 'Job' || obj.kind === 'CronJob')
    return jobSpecOf(obj)?.template?.spec?.containers ?? [];
  return [];
}

/**
 * Pods a workload runs at once: Deployment replicas, InferenceService minReplicas, the
 * parallelism of a Job or of each run of a CronJob (default 1, as Kubernetes).
 */
function podsOf(obj: KubeObject): number {
  const spec = (obj.spec ?? {}) as any;
  let replicas = spec.replicas;
  if (obj.kind === 'InferenceService') replicas = spec.predictor?.minReplicas;
  else if (obj.kind === 'Job' || obj.kind === 'CronJob')
    replicas = jobSpecOf(obj)?.parallelism;
  return typeof replicas === 'number' ? replicas : 1;
}

/**
 * GPUs an object requests as quota admission counts them (pods x per-pod GPUs). A CronJob holds
 * none between runs, but each run's pods are admitted against the quota when the run starts, so
 * it counts as the GPUs of one run: a plan whose run does not fit is refused at apply, not left
 * to fail at night.
 */
export function gpusOf(obj: KubeObject | undefined): number {
  if (!obj || !WORKLOAD_KINDS.has(obj.kind)) return 0;
  return podsOf(obj) * containerGpus(workloadContainers(obj));
}

/** The GPU quota keys of a ResourceQuota (`requests.nvidia.com/gpu`, ...). */
export const GPU_QUOTA_KEYS = GPU_RESOURCES.flatMap(r => [
  `requests.${r}`,
  r,
  `limits.${r}`,
]);

export type GpuQuotaState = {
  quota: string;
  resource: string;
  hard: number;
  used: number;
  remaining: number;
};

/** The tightest GPU limit among the namespace's ResourceQuotas, from their status. */
export function tightestGpuQuota(quotas: KubeObject[]): GpuQuotaState | null {
  let best: GpuQuotaState | null = null;
  for (const q of quotas) {
    const status = (q.status ?? {}) as {
      hard?: Record<string, string>;
      used?: Record<string, string>;
    };
    const hardSpec = ((q.spec ?? {}) as { hard?: Record<string, string> }).hard;
    for (const key of GPU_QUOTA_KEYS) {
      const hardRaw = status.hard?.[key] ?? hardSpec?.[key];
      if (hardRaw === undefined) continue;
      const hard = parseQuantity(hardRaw);
      const used = parseQuantity(status.used?.[key] ?? '0') || 0;
      const state = {
        quota: q.metadata.name,
        resource: key,
        hard,
        used,
        remaining: hard - used,
      };
      if (!best || state.remaining < best.remaining) best = state;
    }
  }
  return best;
}
