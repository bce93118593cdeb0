import { KubeObject } from '@internal/backstage-plugin-llm-planner-common';
import { ClusterClient } from './ClusterClient';

export type RolloutStatus = {
  status: 'ready' | 'timeout' | 'failed' | 'skipped';
  message: string;
  objects: { kind: string; name: string; ready: boolean; detail: string }[];
};

type Condition = {
  type: string;
  status: string;
  reason?: string;
  message?: string;
};

function deploymentState(d: KubeObject): {
  ready: boolean;
  failed: boolean;
  detail: string;
} {
  const spec = (d.spec ?? {}) as { replicas?: number };
  const status = (d.status ?? {}) as {
    observedGeneration?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
    readyReplicas?: number;
    conditions?: Condition[];
  };
  const want = spec.replicas ?? 1;
  const progressing = status.conditions?.find(c => c.type === 'Progressing');
  if (
    progressing?.status === 'False' &&
    progressing.reason === 'ProgressDeadlineExceeded'
  ) {
    return {
      ready: false,
      failed: true,
      detail: `ProgressDeadlineExceeded: ${progressing.message ?? ''}`.trim(),
    };
  }
  const generation = (d.metadata.generation as number | undefined) ?? 0;
  const ready =
    (status.observedGeneration ?? 0) >= generation &&
    (status.updatedReplicas ?? 0) >= want &&
    (status.availableReplicas ?? 0) >= want;
  return {
    ready,
    failed: false,
    detail: `${status.availableReplicas ?? 0}/${want} replicas available, ${
      status.updatedReplicas ?? 0
    } updated`,
  };
}

function inferenceServiceState(o: KubeObject): {
  ready: boolean;
  failed: boolean;
  detail: string;
} {
  const conditions =
    ((o.status ?? {}) as { conditions?: Condition[] }).conditions ?? [];
  const ready = conditions.find(c => c.type === 'Ready');
  return {
    ready: ready?.status === 'True',
    failed: false,
    detail: ready
      ? `Ready=${ready.status}${ready.reason ? ` (${ready.reason})` : ''}`
      : 'no Ready condition yet',
  };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>(resolve => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });

/** Polls Deployments and InferenceServices until all are ready, one fails or time runs out. */
export async function waitForRollout(options: {
  client: ClusterClient;
  objects: KubeObject[];
  timeoutMs: number;
  pollIntervalMs: number;
  signal?: AbortSignal;
}): Promise<RolloutStatus> {
  const workloads = options.objects.filter(
    o => o.kind === 'Deployment' || o.kind === 'InferenceService',
  );
  if (workloads.length === 0) {
    return {
      status: 'skipped',
      message: 'no workload to wait for',
      objects: [],
    };
  }
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const states = await Promise.all(
      workloads.map(async w => {
        const live = await options.client.read(w);
        let s = { ready: false, failed: false, detail: 'not found' };
        if (live) {
          s =
            w.kind === 'Deployment'
              ? deploymentState(live)
              : inferenceServiceState(live);
        }
        return { kind: w.kind, name: w.metadata.name, ...s };
      }),
    );
    const objects = states.map(({ failed: _f, ...s }) => s);
    const failed = states.find(s => s.failed);
    if (failed) {
      return {
        status: 'failed',
        message: `${failed.kind}/${failed.name} failed to roll out: ${failed.detail}`,
        objects,
      };
    }
    if (states.every(s => s.ready)) {
      return {
        status: 'ready',
        message: states.map(s => `${s.kind}/${s.name}: ${s.detail}`).join('; '),
        objects,
      };
    }
    if (Date.now() >= deadline || options.signal?.aborted) {
      return {
        status: 'timeout',
        message: `Rollout not finished after ${Math.round(
          options.timeoutMs / 1000,
        )} s: ${states
          .filter(s => !s.ready)
          .map(s => `${s.kind}/${s.name}: ${s.detail}`)
          .join('; ')}`,
        objects,
      };
    }
    await sleep(
      Math.min(options.pollIntervalMs, Math.max(0, deadline - Date.now())),
      options.signal,
    );
  }
}
