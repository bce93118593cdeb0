import {
  KubeObject,
  LLM_PLANNER_FIELD_MANAGER,
} from '@internal/backstage-plugin-llm-planner-common';
import { createHash } from 'crypto';
import { ClusterClient, kubeErrorMessage } from './ClusterClient';

/** What happened to one object, kubectl style. */
export type AppliedObject = {
  kind: string;
  name: string;
  namespace: string | null;
  action: 'created' | 'configured' | 'unchanged';
  resourceVersion: string | null;
  dryRun: boolean;
};

/** Thrown when an apply fails midway: says exactly what was and was not applied. */
export class PartialApplyError extends Error {
  constructor(
    readonly applied: AppliedObject[],
    readonly failed: { kind: string; name: string; message: string },
    readonly notApplied: { kind: string; name: string }[],
  ) {
    super(
      `Applying ${failed.kind}/${failed.name} failed: ${failed.message}. ` +
        `Applied before the failure: ${
          applied.length
            ? applied.map(a => `${a.kind}/${a.name} (${a.action})`).join(', ')
            : 'nothing'
        }. Not applied: ${[failed, ...notApplied]
          .map(o => `${o.kind}/${o.name}`)
          .join(', ')}.`,
    );
    this.name = 'PartialApplyError';
  }
}

export function objectKey(o: {
  kind: string;
  metadata: { name: string; namespace?: string };
}): string {
  return `${o.metadata.namespace ?? '_cluster'}.${o.kind}.${o.metadata.name}`;
}

function hashOf(o: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(o))
    .digest('hex')
    .slice(0, 12);
}

/**
 * When an autoscaler (HPA controller, KEDA) owns `.spec.replicas` of a live Deployment, stop
 * applying it: re-applying would conflict with the autoscaler, and it already owns the field.
 */
export function releaseForeignReplicas(
  obj: KubeObject,
  live: KubeObject | undefined,
): KubeObject {
  if (obj.kind !== 'Deployment' || !live) return obj;
  const managed = (live.metadata.managedFields ?? []) as {
    manager?: string;
    fieldsV1?: { 'f:spec'?: Record<string, unknown> };
  }[];
  const foreign = managed.some(
    m =>
      m.manager !== LLM_PLANNER_FIELD_MANAGER &&
      m.fieldsV1?.['f:spec']?.['f:replicas'] !== undefined,
  );
  if (!foreign) return obj;
  const { replicas: _replicas, ...spec } = obj.spec as Record<string, unknown>;
  return { ...obj, spec };
}

/**
 * Server-side applies objects in order, one checkpoint per object (re-runs of the same task skip
 * what was already applied; a changed object gets a new key). Returns what happened to each.
 */
export async function applyObjects(options: {
  client: ClusterClient;
  objects: KubeObject[];
  dryRun: boolean;
  checkpointPrefix: string;
  checkpoint: (opts: { key: string; fn: () => Promise<any> }) => Promise<any>;
  live?: Map<string, KubeObject | undefined>;
}): Promise<AppliedObject[]> {
  const { client, objects, dryRun } = options;
  const applied: AppliedObject[] = [];
  for (let i = 0; i < objects.length; i++) {
    const obj = objects[i];
    const applyOne = async (): Promise<AppliedObject> => {
      const key = objectKey(obj);
      const before = options.live?.has(key)
        ? options.live.get(key)
        : await client.read(obj);
      const result = await client.apply(releaseForeignReplicas(obj, before), {
        dryRun,
      });
      const rv = result.metadata.resourceVersion as string | undefined;
      let action: AppliedObject['action'] = 'created';
      if (before) {
        action =
          before.metadata.resourceVersion === rv ? 'unchanged' : 'configured';
        if (dryRun) {
          // a dry run consumes no resourceVersion: compare generations instead
          action =
            before.metadata.generation === result.metadata.generation
              ? 'unchanged'
              : 'configured';
        }
      }
      return {
        kind: obj.kind,
        name: obj.metadata.name,
        namespace: obj.metadata.namespace ?? null,
        action,
        resourceVersion:
          before && dryRun
            ? (before.metadata.resourceVersion as string) ?? null
            : rv ?? null,
        dryRun,
      };
    };
    try {
      const done = dryRun
        ? await applyOne()
        : ((await options.checkpoint({
            key: `${options.checkpointPrefix}.${objectKey(obj)}.${hashOf(obj)}`,
            fn: applyOne,
          })) as AppliedObject);
      applied.push(done);
    } catch (e) {
      throw new PartialApplyError(
        applied,
        {
          kind: obj.kind,
          name: obj.metadata.name,
          message: kubeErrorMessage(e),
        },
        objects
          .slice(i + 1)
          .map(o => ({ kind: o.kind, name: o.metadata.name })),
      );
    }
  }
  return applied;
}
