import {
  KubeObject,
  LLM_PLANNER_FIELD_MANAGER,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { createHash } from 'crypto';
import { ClusterClient } from './ClusterClient';
import { appliedChanges } from './diff';
import { KubeCallError, objectLabel } from './errors';

/** What happened to one object, kubectl style. */
export type AppliedObject = {
  apiVersion: string;
  kind: string;
  name: string;
  namespace: string | null;
  action: 'created' | 'configured' | 'unchanged';
  /** Fields the apply changed (configured only): `spec.ports[0].port`, `metadata.labels.x`. */
  changes: string[];
  resourceVersion: string | null;
  dryRun: boolean;
};

type Named = { kind: string; name: string };

function named(o: KubeObject): Named {
  return { kind: o.kind, name: o.metadata.name };
}

function list(objects: Named[]): string {
  return objects.length
    ? objects.map(o => `${o.kind}/${o.name}`).join(', ')
    : 'nothing';
}

/**
 * Thrown when an apply fails midway: says exactly what was applied, what was not, and what may
 * have been (a request that got no answer).
 */
export class PartialApplyError extends Error {
  constructor(
    readonly applied: AppliedObject[],
    readonly failed: Named & { message: string; outcomeUnknown: boolean },
    readonly notApplied: Named[],
  ) {
    const missing = failed.outcomeUnknown
      ? notApplied
      : [failed, ...notApplied];
    const unknown = failed.outcomeUnknown
      ? ` ${failed.kind}/${failed.name} may or may not have been applied (no answer).`
      : '';
    super(
      `${failed.message}. Applied before the failure: ${
        applied.length
          ? applied.map(a => `${a.kind}/${a.name} (${a.action})`).join(', ')
          : 'nothing'
      }. Not applied: ${list(
        missing,
      )}.${unknown} Re-running the step applies the rest.`,
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

/** created / configured / unchanged, from the live object and the API server's answer. */
export function applyOutcome(
  sent: KubeObject,
  before: KubeObject | undefined,
  result: KubeObject,
): Pick<AppliedObject, 'action' | 'changes'> {
  if (!before) return { action: 'created', changes: [] };
  const changes = appliedChanges(sent, before, result);
  return { action: changes.length ? 'configured' : 'unchanged', changes };
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
      const sent = releaseForeignReplicas(obj, before);
      const result = await client.apply(sent, { dryRun });
      const rv = result.metadata.resourceVersion as string | undefined;
      const beforeRv = before?.metadata.resourceVersion as string | undefined;
      // a dry run consumes no resourceVersion: report the live one
      const resourceVersion = dryRun ? beforeRv : rv;
      return {
        apiVersion: obj.apiVersion,
        kind: obj.kind,
        name: obj.metadata.name,
        namespace: obj.metadata.namespace ?? null,
        ...applyOutcome(sent, before, result),
        resourceVersion: resourceVersion ?? null,
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
      const call = e instanceof KubeCallError ? e : undefined;
      throw new PartialApplyError(
        applied,
        {
          ...named(obj),
          message:
            call?.message ??
            `apply ${objectLabel(obj)}: ${(e as Error).message}`,
          outcomeUnknown: call?.verb === 'apply' && call.outcomeUnknown,
        },
        objects.slice(i + 1).map(named),
      );
    }
  }
  return applied;
}
