import {
  GPU_RESOURCES,
  KubeObject,
  parseQuantity,
} from '@internal/backstage-plugin-llm-planner-common';

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

/** The pod containers of a workload (Deployment template, InferenceService predictor). */
export function workloadContainers(obj: KubeObject): Container[] {
  const spec = (obj.spec ?? {}) as any;
  if (obj.kind === 'Deployment') return spec.template?.spec?.containers ?? [];
  if (obj.kind === 'InferenceService') return spec.predictor?.containers ?? [];
  return [];
}

/** Pods a workload starts with (Deployment replicas, InferenceService minReplicas). */
function podsOf(obj: KubeObject): number {
  const spec = (obj.spec ?? {}) as any;
  const replicas =
    obj.kind === 'InferenceService'
      ? spec.predictor?.minReplicas
      : spec.replicas;
  return typeof replicas === 'number' ? replicas : 1;
}

/** GPUs an object requests as quota admission counts them (replicas x per-pod GPUs). */
export function gpusOf(obj: KubeObject | undefined): number {
  if (!obj) return 0;
  if (obj.kind !== 'Deployment' && obj.kind !== 'InferenceService') return 0;
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
