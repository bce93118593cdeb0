import { applyConflict, KubeError, StatusCause } from './errors';
import {
  collectFields,
  FieldPath,
  FieldSet,
  getAt,
  keyElement,
  ListKeyResolver,
  pathToString,
  removeAt,
} from './fieldpath';
import { clone, deepEqual, isObject } from './json';
import {
  JsonObject,
  KubeObject,
  ManagedFieldsEntry,
  ResourceType,
} from './types';

interface Manager {
  entry: ManagedFieldsEntry;
  set: FieldSet;
}

function readManagers(obj: KubeObject | undefined): Manager[] {
  return (obj?.metadata?.managedFields ?? []).map(entry => ({
    entry: clone(entry),
    set: FieldSet.fromFieldsV1(entry.fieldsV1),
  }));
}

function writeManagers(managers: Manager[]): ManagedFieldsEntry[] {
  return managers
    .filter(m => m.set.size > 0)
    .map(m => ({ ...m.entry, fieldsV1: m.set.toFieldsV1() }));
}

function now() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function describeManager(entry: ManagedFieldsEntry): string {
  let out = JSON.stringify(entry.manager);
  if (entry.subresource) {
    out += ` with subresource ${JSON.stringify(entry.subresource)}`;
  }
  if (entry.operation === 'Update') {
    out += ` using ${entry.apiVersion}`;
    if (entry.time) out += ` at ${entry.time}`;
  }
  return out;
}

/** Deep merge of an applied configuration into a live object. */
export function mergeApplied(
  live: unknown,
  applied: unknown,
  resolver: ListKeyResolver,
  fieldName = '',
): unknown {
  if (isObject(live) && isObject(applied)) {
    const result: JsonObject = clone(live);
    for (const [k, v] of Object.entries(applied)) {
      if (v === undefined) continue;
      if (v === null) {
        delete result[k];
      } else {
        result[k] = mergeApplied(live[k], v, resolver, k);
      }
    }
    return result;
  }
  if (Array.isArray(live) && Array.isArray(applied) && applied.length > 0) {
    const keys = resolver(fieldName, applied);
    if (
      keys &&
      applied.every(item => isObject(item) && keys[0] in item) &&
      live.every(item => isObject(item))
    ) {
      const result = clone(live) as JsonObject[];
      for (const item of applied as JsonObject[]) {
        const key = keyElement(item, keys);
        const index = result.findIndex(
          existing => keyElement(existing, keys) === key,
        );
        if (index >= 0) {
          result[index] = mergeApplied(
            result[index],
            item,
            resolver,
          ) as JsonObject;
        } else {
          result.push(clone(item));
        }
      }
      return result;
    }
  }
  return clone(applied);
}

export interface ApplyInput {
  rt: ResourceType;
  apiVersion: string;
  live: KubeObject | undefined;
  applied: KubeObject;
  manager: string;
  force: boolean;
  resolver: ListKeyResolver;
}

/**
 * Server-side apply: merges `applied` into `live`, tracking field ownership.
 * Throws a 409 Conflict when another manager owns a field that the applied
 * configuration sets to a different value (unless `force`).
 */
export function serverSideApply(input: ApplyInput): KubeObject {
  const { rt, live, applied, manager, force, resolver } = input;
  const base: KubeObject = live ? clone(live) : {};
  const managers = readManagers(live);
  const appliedSet = collectFields(applied as JsonObject, resolver);

  let mine = managers.find(
    m =>
      m.entry.manager === manager &&
      m.entry.operation === 'Apply' &&
      !m.entry.subresource,
  );
  const previous = mine ? mine.set : new FieldSet();

  // Conflicts with other managers that own a field with a different value.
  const conflicts: { manager: Manager; path: FieldPath }[] = [];
  for (const path of appliedSet.paths()) {
    if (path[path.length - 1] === '.') continue;
    for (const other of managers) {
      if (other === mine || other.entry.subresource) continue;
      if (!other.set.has(path)) continue;
      if (!deepEqual(getAt(base, path), getAt(applied, path))) {
        conflicts.push({ manager: other, path });
      }
    }
  }
  if (conflicts.length > 0 && !force) {
    throw conflictError(rt, applied.metadata?.name ?? '', conflicts);
  }
  for (const c of conflicts) {
    c.manager.set.delete(c.path);
  }

  const merged = mergeApplied(base, applied, resolver) as KubeObject;

  // Fields this manager applied before, no longer applies, and nobody else owns.
  const self = mine;
  for (const path of previous.paths()) {
    if (appliedSet.has(path)) continue;
    const ownedByOther = managers.some(
      m =>
        m !== self &&
        !m.entry.subresource &&
        m.set.hasPrefix(
          path[path.length - 1] === '.' ? path.slice(0, -1) : path,
        ),
    );
    if (!ownedByOther) removeAt(merged as JsonObject, path);
  }

  if (!mine) {
    mine = {
      entry: {
        manager,
        operation: 'Apply',
        apiVersion: input.apiVersion,
        fieldsType: 'FieldsV1',
        fieldsV1: {},
      },
      set: new FieldSet(),
    };
    managers.push(mine);
  }
  const changedOwnership = !mine.set.equals(appliedSet);
  mine.set = appliedSet;
  if (changedOwnership || conflicts.length > 0 || !mine.entry.time) {
    mine.entry.time = now();
  }
  mine.entry.apiVersion = input.apiVersion;
  dropMissing(managers, merged);
  merged.metadata = {
    ...(merged.metadata ?? {}),
    managedFields: writeManagers(managers),
  };
  return merged;
}

function conflictError(
  rt: ResourceType,
  name: string,
  conflicts: { manager: Manager; path: FieldPath }[],
): KubeError {
  const causes: StatusCause[] = conflicts.map(c => ({
    reason: 'FieldManagerConflict',
    message: `conflict with ${describeManager(c.manager.entry)}`,
    field: pathToString(c.path),
  }));
  let message: string;
  if (conflicts.length === 1) {
    message = `Apply failed with 1 conflict: conflict with ${describeManager(
      conflicts[0].manager.entry,
    )}: ${pathToString(conflicts[0].path)}`;
  } else {
    const byManager = new Map<string, string[]>();
    for (const c of conflicts) {
      const key = describeManager(c.manager.entry);
      byManager.set(key, [...(byManager.get(key) ?? []), pathToString(c.path)]);
    }
    const lines: string[] = [];
    for (const key of [...byManager.keys()].sort()) {
      lines.push(`conflicts with ${key}:`);
      for (const p of byManager.get(key)!) lines.push(`- ${p}`);
    }
    message = `Apply failed with ${conflicts.length} conflicts: ${lines.join(
      '\n',
    )}`;
  }
  return applyConflict(rt, name, message, causes);
}

/** Removes owned paths that no longer exist in the object (for managers of the written subresource). */
function dropMissing(
  managers: Manager[],
  obj: KubeObject,
  subresource?: string,
) {
  for (const m of managers) {
    if ((m.entry.subresource ?? undefined) !== subresource) continue;
    for (const path of m.set.paths()) {
      if (getAt(obj, path) === undefined) m.set.delete(path);
    }
  }
}

export interface UpdateInput {
  apiVersion: string;
  live: KubeObject | undefined;
  next: KubeObject;
  manager: string;
  subresource?: string;
  resolver: ListKeyResolver;
}

/**
 * Ownership tracking for non-apply writes (create, update, patch): the
 * manager takes the fields whose values it changed; returns `next` with
 * updated `metadata.managedFields`.
 */
export function trackUpdate(input: UpdateInput): KubeObject {
  const { live, next, manager, resolver, subresource } = input;
  const managers = readManagers(live);
  const section = (obj: KubeObject | undefined): JsonObject => {
    if (!obj) return {};
    if (subresource === 'status') return { status: obj.status } as JsonObject;
    return obj as JsonObject;
  };
  const nextFields =
    subresource === 'status'
      ? statusFields(next, resolver)
      : collectFields(next as JsonObject, resolver);
  const changed = new FieldSet();
  for (const path of nextFields.paths()) {
    if (!deepEqual(getAt(section(live), path), getAt(section(next), path))) {
      changed.add(path);
    }
  }
  for (const m of managers) {
    for (const path of changed.paths()) m.set.delete(path);
  }
  let mine = managers.find(
    m =>
      m.entry.manager === manager &&
      m.entry.operation === 'Update' &&
      (m.entry.subresource ?? undefined) === subresource,
  );
  if (changed.size > 0) {
    if (!mine) {
      mine = {
        entry: {
          manager,
          operation: 'Update',
          apiVersion: input.apiVersion,
          fieldsType: 'FieldsV1',
          fieldsV1: {},
          ...(subresource ? { subresource } : {}),
        },
        set: new FieldSet(),
      };
      managers.push(mine);
    }
    for (const path of changed.paths()) mine.set.add(path);
    mine.entry.time = now();
    mine.entry.apiVersion = input.apiVersion;
  }
  const result = clone(next);
  dropMissing(managers, result, subresource);
  result.metadata = {
    ...(result.metadata ?? {}),
    managedFields: writeManagers(managers),
  };
  return result;
}

function statusFields(obj: KubeObject, resolver: ListKeyResolver): FieldSet {
  const set = new FieldSet();
  if (obj.status === undefined) return set;
  const inner = collectFields({ s: obj.status } as JsonObject, resolver);
  for (const path of inner.paths()) {
    set.add(['f:status', ...path.slice(1)]);
  }
  return set;
}
