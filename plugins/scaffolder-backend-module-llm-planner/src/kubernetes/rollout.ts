import { KubeObject } from '@llm-planner/backstage-plugin-llm-planner-common';
import { ClusterClient } from './ClusterClient';
import { KubeCallError } from './errors';

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

type State = { ready: boolean; failed: boolean; detail: string };

const REVISION = 'deployment.kubernetes.io/revision';
const HASH_LABEL = 'pod-template-hash';

/** Pod-creation failures that clear up by themselves (a quota the controller has not synced yet). */
const TRANSIENT = /status unknown for quota/;

function conditionsOf(o: KubeObject | undefined): Condition[] {
  return ((o?.status ?? {}) as { conditions?: Condition[] }).conditions ?? [];
}

function replicaFailure(o: KubeObject | undefined): string | undefined {
  const c = conditionsOf(o).find(
    x => x.type === 'ReplicaFailure' && x.status === 'True',
  );
  if (!c?.message || TRANSIENT.test(c.message)) return undefined;
  return c.message;
}

function ownedBy(o: KubeObject, owner: KubeObject): boolean {
  const refs = (o.metadata.ownerReferences ?? []) as { uid?: string }[];
  return refs.some(r => r.uid && r.uid === owner.metadata.uid);
}

function withoutHashLabel(template: unknown): string {
  const t = JSON.parse(JSON.stringify(template ?? {}));
  if (t.metadata?.labels) delete t.metadata.labels[HASH_LABEL];
  return JSON.stringify(t);
}

/**
 * The Deployment's current ReplicaSet: the owned one with the Deployment's revision, else (no
 * revision yet) the owned one whose pod template is the Deployment's.
 */
export function currentReplicaSet(
  deployment: KubeObject,
  replicaSets: KubeObject[],
): KubeObject | undefined {
  const owned = replicaSets.filter(rs => ownedBy(rs, deployment));
  const revision = deployment.metadata.annotations?.[REVISION];
  const byRevision = revision
    ? owned.find(rs => rs.metadata.annotations?.[REVISION] === revision)
    : undefined;
  if (byRevision) return byRevision;
  const template = withoutHashLabel(
    (deployment.spec as { template?: unknown })?.template,
  );
  return owned.find(
    rs =>
      withoutHashLabel((rs.spec as { template?: unknown })?.template) ===
      template,
  );
}

/**
 * Why the Deployment's pods cannot be created, if they cannot: the `ReplicaFailure` condition
 * of the Deployment or its current ReplicaSet, or that ReplicaSet's latest Warning `FailedCreate`
 * event (quota exceeded, LimitRange, admission webhooks). Pure.
 */
export function podCreationFailure(
  deployment: KubeObject,
  replicaSets: KubeObject[],
  events: KubeObject[],
): string | undefined {
  const rs = currentReplicaSet(deployment, replicaSets);
  const fromRs = replicaFailure(rs);
  if (rs && fromRs) {
    return `${fromRs} (ReplicaSet ${rs.metadata.name}, FailedCreate)`;
  }
  const fromDeployment = replicaFailure(deployment);
  if (fromDeployment) return `${fromDeployment} (FailedCreate)`;
  if (!rs) return undefined;
  const failed = events
    .filter(e => {
      const involved = (
        e as { involvedObject?: { uid?: string; name?: string } }
      ).involvedObject;
      return (
        (e as { reason?: string }).reason === 'FailedCreate' &&
        (e as { type?: string }).type === 'Warning' &&
        (involved?.uid === rs.metadata.uid ||
          involved?.name === rs.metadata.name)
      );
    })
    .map(e => {
      const ev = e as { message?: string; lastTimestamp?: string };
      return {
        message: (ev.message ?? '').replace(/^Error creating: /, ''),
        at: ev.lastTimestamp ?? '',
      };
    })
    .filter(e => e.message && !TRANSIENT.test(e.message))
    .sort((a, b) => b.at.localeCompare(a.at));
  return failed.length
    ? `${failed[0].message} (ReplicaSet ${rs.metadata.name}, FailedCreate event)`
    : undefined;
}

/** Rollout state of a Deployment from its status, and why its pods cannot be created. */
export function deploymentState(
  d: KubeObject,
  podFailure: string | undefined,
): State {
  const spec = (d.spec ?? {}) as { replicas?: number };
  const status = (d.status ?? {}) as {
    observedGeneration?: number;
    updatedReplicas?: number;
    availableReplicas?: number;
  };
  const want = spec.replicas ?? 1;
  if (podFailure) {
    return {
      ready: false,
      failed: true,
      detail: `pods cannot be created: ${podFailure}`,
    };
  }
  const progressing = conditionsOf(d).find(c => c.type === 'Progressing');
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

function inferenceServiceState(o: KubeObject): State {
  const ready = conditionsOf(o).find(c => c.type === 'Ready');
  return {
    ready: ready?.status === 'True',
    failed: false,
    detail: ready
      ? `Ready=${ready.status}${ready.reason ? ` (${ready.reason})` : ''}`
      : 'no Ready condition yet',
  };
}

/** A list the service account may not be allowed (ReplicaSets, Events): empty when forbidden. */
async function listIfAllowed(
  read: () => Promise<KubeObject[]>,
): Promise<KubeObject[]> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof KubeCallError && e.code === 403) return [];
    throw e;
  }
}

async function liveDeploymentState(
  client: ClusterClient,
  live: KubeObject,
): Promise<State> {
  const namespace = live.metadata.namespace ?? '';
  const matchLabels =
    (live.spec as { selector?: { matchLabels?: Record<string, string> } })
      ?.selector?.matchLabels ?? {};
  const labelSelector = Object.entries(matchLabels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  const replicaSets = await listIfAllowed(() =>
    client.list('apps/v1', 'ReplicaSet', namespace, { labelSelector }),
  );
  const rs = currentReplicaSet(live, replicaSets);
  const events = rs
    ? await listIfAllowed(() =>
        client.list('v1', 'Event', namespace, {
          fieldSelector: `involvedObject.kind=ReplicaSet,involvedObject.name=${rs.metadata.name}`,
        }),
      )
    : [];
  return deploymentState(live, podCreationFailure(live, replicaSets, events));
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>(resolve => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });

/** Thrown when the task is cancelled while waiting. */
export class RolloutCancelledError extends Error {
  constructor() {
    super('Cancelled while waiting for the rollout (the task was aborted)');
    this.name = 'RolloutCancelledError';
  }
}

/**
 * Polls Deployments and InferenceServices until all are ready, one fails or time runs out. A
 * Deployment whose pods cannot be created (its ReplicaSet's `FailedCreate` condition or event:
 * quota exceeded, LimitRange) fails at once with that reason instead of waiting for the timeout.
 * Throws {@link RolloutCancelledError} when `signal` aborts.
 */
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
    if (options.signal?.aborted) throw new RolloutCancelledError();
    const states = await Promise.all(
      workloads.map(async w => {
        const live = await options.client.read(w);
        let s: State = { ready: false, failed: false, detail: 'not found' };
        if (live && w.kind === 'Deployment') {
          s = await liveDeploymentState(options.client, live);
        } else if (live) {
          s = inferenceServiceState(live);
        }
        return { kind: w.kind, name: w.metadata.name, ...s };
      }),
    ).catch(e => {
      // a request the abort cut short
      if (options.signal?.aborted) throw new RolloutCancelledError();
      throw e;
    });
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
    if (Date.now() >= deadline) {
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
