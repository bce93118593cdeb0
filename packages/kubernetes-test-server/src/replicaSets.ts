import { createHash } from 'crypto';
import { KubeError } from './errors';
import { clone, deepEqual, isObject } from './json';
import { admitPod } from './limitRanger';
import { JsonObject, KubeObject } from './types';

/** Annotation the Deployment controller puts on a Deployment and its ReplicaSets. */
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
const HASH_LABEL = 'pod-template-hash';

/** What the controller needs of the cluster: reads, controller writes and pod admission. */
export interface WorkloadCluster {
  list(kind: 'ReplicaSet' | 'Pod' | 'Event', namespace: string): KubeObject[];
  get(
    kind: 'Deployment' | 'ReplicaSet',
    namespace: string,
    name: string,
  ): KubeObject | undefined;
  /** Stores an object as `kube-controller-manager` (no admission). */
  write(
    kind: 'ReplicaSet' | 'Event' | 'Deployment' | 'Pod',
    obj: KubeObject,
  ): KubeObject;
  remove(kind: 'ReplicaSet' | 'Pod', obj: KubeObject): void;
  /** ResourceQuota admission of a new pod; throws the API server's 403. */
  admitQuota(pod: KubeObject): void;
  limitRanges(namespace: string): KubeObject[];
}

function timestamp() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function ownedBy(obj: KubeObject, owner: KubeObject): boolean {
  const refs = obj.metadata?.ownerReferences;
  return (
    Array.isArray(refs) &&
    refs.some(r => isObject(r) && r.uid === owner.metadata?.uid)
  );
}

function ownerRef(owner: KubeObject, apiVersion: string, kind: string) {
  return [
    {
      apiVersion,
      kind,
      name: owner.metadata?.name,
      uid: owner.metadata?.uid,
      controller: true,
      blockOwnerDeletion: true,
    },
  ];
}

function specOf(obj: KubeObject | undefined): JsonObject {
  return obj && isObject(obj.spec) ? obj.spec : {};
}

function templateHash(template: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(template ?? {}))
    .digest('hex')
    .slice(0, 10);
}

function withHashLabel(template: unknown, hash: string): JsonObject {
  const t = clone(isObject(template) ? template : {});
  const meta = isObject(t.metadata) ? t.metadata : {};
  const labels = isObject(meta.labels) ? meta.labels : {};
  t.metadata = { ...meta, labels: { ...labels, [HASH_LABEL]: hash } };
  return t;
}

function revisionOf(obj: KubeObject): number {
  return Number(obj.metadata?.annotations?.[REVISION_ANNOTATION] ?? 0) || 0;
}

/**
 * The Deployment and ReplicaSet controllers, reduced to what admission shows: a Deployment gets a
 * ReplicaSet per pod template (revision annotations, owner references), the ReplicaSet creates
 * its pods through LimitRanger and ResourceQuota admission, and a refused pod leaves a
 * `ReplicaFailure`/`FailedCreate` condition on the ReplicaSet and the Deployment plus a Warning
 * `FailedCreate` event, as on a real cluster. Pods are created synchronously.
 */
export class ReplicaSetController {
  private podCounter = 0;

  constructor(private readonly cluster: WorkloadCluster) {}

  /** Brings the ReplicaSets and pods of a Deployment in line with its spec. */
  reconcile(deployment: KubeObject): void {
    const namespace = deployment.metadata!.namespace!;
    const spec = specOf(deployment);
    const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
    const hash = templateHash(spec.template);
    const name = `${deployment.metadata!.name}-${hash}`;
    const owned = this.cluster
      .list('ReplicaSet', namespace)
      .filter(rs => ownedBy(rs, deployment));
    let current = owned.find(rs => rs.metadata?.name === name);
    const revision = current
      ? revisionOf(current)
      : Math.max(0, ...owned.map(revisionOf)) + 1;
    const template = withHashLabel(spec.template, hash);
    const selector = isObject(spec.selector) ? spec.selector : {};
    const matchLabels = isObject(selector.matchLabels)
      ? selector.matchLabels
      : {};
    const desired: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: {
        ...(current?.metadata ?? {}),
        name,
        namespace,
        labels: {
          ...(isObject(template.metadata)
            ? (template.metadata.labels as Record<string, string>)
            : {}),
        },
        annotations: {
          ...(current?.metadata?.annotations ?? {}),
          [REVISION_ANNOTATION]: String(revision),
        },
        ownerReferences: ownerRef(deployment, 'apps/v1', 'Deployment'),
      },
      spec: {
        replicas,
        selector: { matchLabels: { ...matchLabels, [HASH_LABEL]: hash } },
        template,
      },
      status: current?.status ?? { replicas: 0 },
    };
    if (!current || !deepEqual(current.spec, desired.spec)) {
      current = this.cluster.write('ReplicaSet', desired);
    }
    for (const old of owned) {
      if (old.metadata?.name === name) continue;
      if (specOf(old).replicas !== 0) {
        this.cluster.write('ReplicaSet', {
          ...old,
          spec: { ...specOf(old), replicas: 0 },
        });
      }
      this.scalePods(old, 0);
    }
    if (
      deployment.metadata?.annotations?.[REVISION_ANNOTATION] !==
      String(revision)
    ) {
      this.cluster.write('Deployment', {
        ...deployment,
        metadata: {
          ...deployment.metadata,
          annotations: {
            ...(deployment.metadata?.annotations ?? {}),
            [REVISION_ANNOTATION]: String(revision),
          },
        },
      });
    }
    this.scalePods(current, replicas);
  }

  /** Re-runs every Deployment of a namespace (after a quota or LimitRange change). */
  reconcileAll(deployments: KubeObject[]): void {
    for (const d of deployments) this.reconcile(d);
  }

  /** Whether every pod of the Deployment's current ReplicaSet exists. */
  podsCreated(deployment: KubeObject): boolean {
    const namespace = deployment.metadata!.namespace!;
    const spec = specOf(deployment);
    const replicas = typeof spec.replicas === 'number' ? spec.replicas : 1;
    const name = `${deployment.metadata!.name}-${templateHash(spec.template)}`;
    const rs = this.cluster.get('ReplicaSet', namespace, name);
    return !!rs && this.podsOf(rs).length >= replicas;
  }

  /** Deletes the ReplicaSets and pods a Deployment owns (garbage collection). */
  deleteOwned(deployment: KubeObject): void {
    const namespace = deployment.metadata!.namespace!;
    for (const rs of this.cluster.list('ReplicaSet', namespace)) {
      if (!ownedBy(rs, deployment)) continue;
      this.scalePods(rs, 0);
      this.cluster.remove('ReplicaSet', rs);
    }
  }

  private podsOf(rs: KubeObject): KubeObject[] {
    return this.cluster
      .list('Pod', rs.metadata!.namespace!)
      .filter(p => ownedBy(p, rs));
  }

  private scalePods(rs: KubeObject, want: number): void {
    const namespace = rs.metadata!.namespace!;
    const pods = this.podsOf(rs);
    for (const extra of pods.slice(want)) this.cluster.remove('Pod', extra);
    let count = Math.min(pods.length, want);
    let failure: KubeError | undefined;
    while (count < want) {
      try {
        this.createPod(rs);
        count += 1;
      } catch (e) {
        if (!(e instanceof KubeError)) throw e;
        failure = e;
        break;
      }
    }
    this.writeReplicaSetStatus(rs, count, failure);
    if (failure) this.recordFailure(rs, failure);
    const refs = rs.metadata?.ownerReferences;
    const owner = Array.isArray(refs) ? refs[0] : undefined;
    if (want > 0 && isObject(owner)) {
      this.writeDeploymentFailure(namespace, String(owner.name), failure);
    }
  }

  private createPod(rs: KubeObject): KubeObject {
    const namespace = rs.metadata!.namespace!;
    const template = isObject(specOf(rs).template) ? specOf(rs).template : {};
    const templateMeta = isObject((template as JsonObject).metadata)
      ? ((template as JsonObject).metadata as JsonObject)
      : {};
    this.podCounter += 1;
    const suffix = this.podCounter.toString(36).padStart(5, '0');
    const pod: KubeObject = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        ...templateMeta,
        name: `${rs.metadata!.name}-${suffix}`,
        namespace,
        ownerReferences: ownerRef(rs, 'apps/v1', 'ReplicaSet'),
      },
      spec: clone((template as JsonObject).spec ?? {}),
      status: { phase: 'Pending' },
    };
    const admitted = admitPod(pod, this.cluster.limitRanges(namespace));
    this.cluster.admitQuota(admitted);
    return this.cluster.write('Pod', admitted);
  }

  private writeReplicaSetStatus(
    rs: KubeObject,
    created: number,
    failure: KubeError | undefined,
  ) {
    const live = this.cluster.get(
      'ReplicaSet',
      rs.metadata!.namespace!,
      rs.metadata!.name!,
    );
    if (!live) return;
    const status: JsonObject = {
      ...(isObject(live.status) ? live.status : {}),
      replicas: created,
      observedGeneration: live.metadata?.generation,
    };
    if (failure) {
      status.conditions = [
        {
          type: 'ReplicaFailure',
          status: 'True',
          lastTransitionTime: timestamp(),
          reason: 'FailedCreate',
          message: failure.message,
        },
      ];
    } else {
      delete status.conditions;
    }
    if (!deepEqual(status, live.status)) {
      this.cluster.write('ReplicaSet', { ...live, status });
    }
  }

  private writeDeploymentFailure(
    namespace: string,
    name: string,
    failure: KubeError | undefined,
  ) {
    const live = this.cluster.get('Deployment', namespace, name);
    if (!live) return;
    const status = isObject(live.status) ? live.status : {};
    const conditions = (
      Array.isArray(status.conditions) ? status.conditions : []
    ).filter(c => isObject(c) && c.type !== 'ReplicaFailure');
    if (failure) {
      conditions.push({
        type: 'ReplicaFailure',
        status: 'True',
        lastUpdateTime: timestamp(),
        lastTransitionTime: timestamp(),
        reason: 'FailedCreate',
        message: failure.message,
      });
    }
    const next = { ...status, conditions };
    if (!deepEqual(next, live.status)) {
      this.cluster.write('Deployment', { ...live, status: next });
    }
  }

  private recordFailure(rs: KubeObject, failure: KubeError) {
    const namespace = rs.metadata!.namespace!;
    const message = `Error creating: ${failure.message}`;
    const existing = this.cluster
      .list('Event', namespace)
      .find(
        e =>
          isObject(e.involvedObject) &&
          e.involvedObject.uid === rs.metadata?.uid &&
          e.reason === 'FailedCreate' &&
          e.message === message,
      );
    const now = timestamp();
    if (existing) {
      this.cluster.write('Event', {
        ...existing,
        count: Number(existing.count ?? 1) + 1,
        lastTimestamp: now,
      });
      return;
    }
    this.cluster.write('Event', {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: {
        name: `${rs.metadata!.name}.${createHash('sha256')
          .update(`${message}${now}${this.podCounter}`)
          .digest('hex')
          .slice(0, 16)}`,
        namespace,
      },
      involvedObject: {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        name: rs.metadata!.name,
        namespace,
        uid: rs.metadata!.uid,
      },
      reason: 'FailedCreate',
      message,
      type: 'Warning',
      count: 1,
      firstTimestamp: now,
      lastTimestamp: now,
      source: { component: 'replicaset-controller' },
      reportingComponent: 'replicaset-controller',
    });
  }
}
