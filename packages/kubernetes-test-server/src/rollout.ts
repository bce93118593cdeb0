import { createHash } from 'crypto';
import { isObject } from './json';
import { JsonObject, KubeObject, ResourceType } from './types';

/** Pod template (Deployment) or object / predictor (InferenceService) annotation that keeps a rollout from ever completing. */
export const NEVER_READY_ANNOTATION = 'test.llm-planner.io/never-ready';

type StatusWriter = (
  rt: ResourceType,
  namespace: string,
  name: string,
  generation: number,
  status: (previous: JsonObject | undefined, obj: KubeObject) => JsonObject,
) => void;

function isDeployment(rt: ResourceType) {
  return rt.group === 'apps' && rt.kind === 'Deployment';
}

function isInferenceService(rt: ResourceType) {
  return rt.group === 'serving.kserve.io' && rt.kind === 'InferenceService';
}

function timestamp() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function condition(
  type: string,
  status: string,
  reason?: string,
  message?: string,
) {
  const now = timestamp();
  return {
    type,
    status,
    lastUpdateTime: now,
    lastTransitionTime: now,
    ...(reason ? { reason } : {}),
    ...(message ? { message } : {}),
  };
}

function annotations(value: unknown): Record<string, unknown> {
  return isObject(value) && isObject(value.annotations)
    ? value.annotations
    : {};
}

function neverReady(rt: ResourceType, obj: KubeObject): boolean {
  const spec = isObject(obj.spec) ? obj.spec : {};
  const sources = isDeployment(rt)
    ? [
        annotations(
          isObject(spec.template) ? spec.template.metadata : undefined,
        ),
        annotations(obj.metadata),
      ]
    : [annotations(obj.metadata), annotations(spec.predictor)];
  return sources.some(a => a[NEVER_READY_ANNOTATION] === 'true');
}

function replicasOf(rt: ResourceType, obj: KubeObject): number {
  const spec = isObject(obj.spec) ? obj.spec : {};
  if (isDeployment(rt))
    return typeof spec.replicas === 'number' ? spec.replicas : 1;
  const predictor = isObject(spec.predictor) ? spec.predictor : {};
  return typeof predictor.minReplicas === 'number' ? predictor.minReplicas : 1;
}

function replicaSetName(obj: KubeObject) {
  const hash = createHash('sha256')
    .update(JSON.stringify(isObject(obj.spec) ? obj.spec.template : ''))
    .digest('hex')
    .slice(0, 10);
  return `${obj.metadata?.name}-${hash}`;
}

/**
 * Simulates the Deployment controller (and KServe for InferenceService):
 * a written object first reports an in-progress rollout, then becomes ready
 * after `delayMs` unless annotated never-ready.
 */
export class RolloutSimulator {
  private readonly timers = new Map<string, NodeJS.Timeout[]>();

  constructor(
    private readonly options: {
      delayMs: number;
      progressDeadlineMs?: number;
      writeStatus: StatusWriter;
      /** Whether the object may become ready now (a Deployment needs all its pods created). */
      canBecomeReady?: (rt: ResourceType, obj: KubeObject) => boolean;
    },
  ) {}

  simulates(rt: ResourceType): boolean {
    return isDeployment(rt) || isInferenceService(rt);
  }

  /** The status stored with a new generation of the object. */
  progressingStatus(
    rt: ResourceType,
    obj: KubeObject,
    previous: unknown,
  ): JsonObject {
    const generation = obj.metadata?.generation ?? 1;
    const prev = isObject(previous) ? previous : {};
    if (isDeployment(rt)) {
      const replicas = replicasOf(rt, obj);
      const wasAvailable =
        Array.isArray(prev.conditions) &&
        prev.conditions.some(
          c => isObject(c) && c.type === 'Available' && c.status === 'True',
        );
      const status: JsonObject = {
        observedGeneration: generation,
        replicas,
        unavailableReplicas: replicas,
        conditions: [
          wasAvailable
            ? condition(
                'Available',
                'True',
                'MinimumReplicasAvailable',
                'Deployment has minimum availability.',
              )
            : condition(
                'Available',
                'False',
                'MinimumReplicasUnavailable',
                'Deployment does not have minimum availability.',
              ),
          condition(
            'Progressing',
            'True',
            'ReplicaSetUpdated',
            `ReplicaSet "${replicaSetName(obj)}" is progressing.`,
          ),
        ],
      };
      if (wasAvailable && typeof prev.readyReplicas === 'number') {
        status.readyReplicas = prev.readyReplicas;
        status.availableReplicas = prev.availableReplicas;
      }
      return status;
    }
    return {
      observedGeneration: generation,
      conditions: [
        condition('IngressReady', 'Unknown'),
        condition('PredictorReady', 'Unknown'),
        condition('Ready', 'Unknown'),
      ],
    };
  }

  private readyStatus(rt: ResourceType, obj: KubeObject): JsonObject {
    const generation = obj.metadata?.generation ?? 1;
    const name = obj.metadata?.name;
    const namespace = obj.metadata?.namespace;
    if (isDeployment(rt)) {
      const replicas = replicasOf(rt, obj);
      const status: JsonObject = {
        observedGeneration: generation,
        replicas,
        updatedReplicas: replicas,
        readyReplicas: replicas,
        availableReplicas: replicas,
        conditions: [
          condition(
            'Available',
            'True',
            'MinimumReplicasAvailable',
            'Deployment has minimum availability.',
          ),
          condition(
            'Progressing',
            'True',
            'NewReplicaSetAvailable',
            `ReplicaSet "${replicaSetName(obj)}" has successfully progressed.`,
          ),
        ],
      };
      // The API omits zero counts.
      for (const k of [
        'replicas',
        'updatedReplicas',
        'readyReplicas',
        'availableReplicas',
      ]) {
        if (status[k] === 0) delete status[k];
      }
      return status;
    }
    return {
      observedGeneration: generation,
      url: `http://${name}.${namespace}.example.com`,
      address: {
        url: `http://${name}-predictor.${namespace}.svc.cluster.local`,
      },
      conditions: [
        condition('IngressReady', 'True'),
        condition('PredictorReady', 'True'),
        condition('Ready', 'True'),
      ],
    };
  }

  private deadlineStatus(
    previous: JsonObject | undefined,
    obj: KubeObject,
  ): JsonObject {
    const prev = previous ?? {};
    const conditions = (
      Array.isArray(prev.conditions) ? prev.conditions : []
    ).filter(c => isObject(c) && c.type !== 'Progressing');
    conditions.push(
      condition(
        'Progressing',
        'False',
        'ProgressDeadlineExceeded',
        `ReplicaSet "${replicaSetName(obj)}" has timed out progressing.`,
      ),
    );
    return { ...prev, conditions };
  }

  /** Schedules readiness (or the progress deadline) for the object's current generation. */
  schedule(rt: ResourceType, obj: KubeObject): void {
    const namespace = obj.metadata?.namespace ?? '';
    const name = obj.metadata?.name ?? '';
    const generation = obj.metadata?.generation ?? 1;
    this.cancel(rt, namespace, name);
    const timers: NodeJS.Timeout[] = [];
    if (!neverReady(rt, obj)) {
      timers.push(
        setTimeout(() => {
          if (this.options.canBecomeReady?.(rt, obj) === false) return;
          this.options.writeStatus(
            rt,
            namespace,
            name,
            generation,
            (_prev, current) => this.readyStatus(rt, current),
          );
        }, this.options.delayMs),
      );
    } else if (
      isDeployment(rt) &&
      this.options.progressDeadlineMs !== undefined
    ) {
      timers.push(
        setTimeout(() => {
          this.options.writeStatus(
            rt,
            namespace,
            name,
            generation,
            (prev, current) => this.deadlineStatus(prev, current),
          );
        }, this.options.progressDeadlineMs),
      );
    }
    timers.forEach(t => t.unref());
    this.timers.set(`${rt.plural}/${namespace}/${name}`, timers);
  }

  cancel(rt: ResourceType, namespace: string, name: string): void {
    const k = `${rt.plural}/${namespace}/${name}`;
    this.timers.get(k)?.forEach(t => clearTimeout(t));
    this.timers.delete(k);
  }

  close(): void {
    for (const timers of this.timers.values())
      timers.forEach(t => clearTimeout(t));
    this.timers.clear();
  }
}
