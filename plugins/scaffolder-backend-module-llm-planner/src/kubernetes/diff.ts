import {
  KubeObject,
  LLM_PLANNER_FIELD_MANAGER,
} from '@llm-planner/backstage-plugin-llm-planner-common';

type Json = unknown;

function isPlainObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every(
        k =>
          Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]),
      )
    );
  }
  return false;
}

/** Identity fields that a server-side apply cannot change. */
const IDENTITY = new Set([
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
]);

/**
 * Paths under `shape` (the applied manifest) where `before` and `after` differ. Only fields the
 * manifest sets are compared, so server defaults, status and other managers' fields never count;
 * lists are compared element by element (the manifest's element picks the fields).
 */
function changedPaths(
  shape: Json,
  before: Json,
  after: Json,
  path: string,
  out: string[],
): void {
  if (IDENTITY.has(path)) return;
  if (isPlainObject(shape)) {
    const b = isPlainObject(before) ? before : {};
    const a = isPlainObject(after) ? after : {};
    for (const key of Object.keys(shape)) {
      changedPaths(
        shape[key],
        b[key],
        a[key],
        path ? `${path}.${key}` : key,
        out,
      );
    }
    return;
  }
  if (Array.isArray(shape) && Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) {
      out.push(path);
      return;
    }
    before.forEach((item, i) =>
      changedPaths(shape[i] ?? item, item, after[i], `${path}[${i}]`, out),
    );
    return;
  }
  if (!deepEqual(before, after)) out.push(path);
}

/** The fields this manager owns (`fieldsV1` of its Apply entry). */
function appliedFieldSet(obj: KubeObject | undefined, manager: string): Json {
  const entries = (obj?.metadata?.managedFields ?? []) as {
    manager?: string;
    operation?: string;
    fieldsV1?: Json;
  }[];
  return entries.find(e => e.manager === manager && e.operation === 'Apply')
    ?.fieldsV1;
}

/**
 * What a server-side apply changes, comparing the object before (`live`) and the API server's
 * answer to the apply (`result`; with `dryRun=All` what it would store) on the fields the
 * manifest sets, labels and annotations included, plus `managed fields` when the set of fields
 * the planner applies changed (a field dropped from the manifest and removed from the object).
 * Not `generation` (Services, ConfigMaps, RoleBindings have none; labels never change it) nor
 * `resourceVersion` (a dry run consumes none). Empty: unchanged.
 */
export function appliedChanges(
  manifest: KubeObject,
  live: KubeObject,
  result: KubeObject,
  manager: string = LLM_PLANNER_FIELD_MANAGER,
): string[] {
  const out: string[] = [];
  changedPaths(manifest, live, result, '', out);
  if (
    !deepEqual(appliedFieldSet(live, manager), appliedFieldSet(result, manager))
  ) {
    out.push('managed fields');
  }
  return out;
}
