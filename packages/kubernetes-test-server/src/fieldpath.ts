import { FieldPath, FieldSet } from './fieldset';
import { isObject } from './json';
import { JsonObject } from './types';

export type { FieldPath };
export { FieldSet };

/** Top-level and metadata fields that are never tracked in managedFields. */
const IGNORED_TOP = new Set(['apiVersion', 'kind', 'status']);
const IGNORED_METADATA = new Set([
  'name',
  'namespace',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'managedFields',
  'selfLink',
]);

/**
 * Returns the key fields of an associative list (as in the built-in OpenAPI
 * schemas, `x-kubernetes-list-map-keys`), or undefined for an atomic list.
 */
export type ListKeyResolver = (
  fieldName: string,
  items: unknown[],
) => string[] | undefined;

const NAME_KEYED = new Set([
  'containers',
  'initContainers',
  'ephemeralContainers',
  'env',
  'volumes',
  'imagePullSecrets',
  'readinessGates',
]);

/** List keys of the built-in types this server serves. */
export const builtinListKeys: ListKeyResolver = (fieldName, items) => {
  const objects = items.every(isObject);
  if (!objects) return undefined;
  if (NAME_KEYED.has(fieldName)) return ['name'];
  if (fieldName === 'volumeMounts') return ['mountPath'];
  if (fieldName === 'conditions') return ['type'];
  if (fieldName === 'hostAliases') return ['ip'];
  if (fieldName === 'ports') {
    const first = items[0] as JsonObject | undefined;
    return first && 'containerPort' in first
      ? ['containerPort', 'protocol']
      : ['port', 'protocol'];
  }
  return undefined;
};

/** Custom resources without a schema: every list is atomic. */
export const atomicLists: ListKeyResolver = () => undefined;

export function keyElement(item: JsonObject, keys: string[]): string {
  const key: JsonObject = {};
  for (const k of keys) {
    if (item[k] !== undefined) key[k] = item[k];
  }
  return `k:${JSON.stringify(key)}`;
}

function matchesKey(item: unknown, element: string): boolean {
  if (!isObject(item)) return false;
  const key = JSON.parse(element.slice(2)) as JsonObject;
  return Object.entries(key).every(([k, v]) => item[k] === v);
}

/** Collects the leaf paths (plus `.` for associative list elements) of an object. */
export function collectFields(
  obj: JsonObject,
  resolver: ListKeyResolver,
): FieldSet {
  const set = new FieldSet();
  const walk = (value: unknown, path: FieldPath, fieldName: string) => {
    if (isObject(value)) {
      const keys = Object.keys(value).filter(
        k => value[k] !== undefined && value[k] !== null,
      );
      if (keys.length === 0) {
        set.add(path);
        return;
      }
      for (const k of keys) {
        if (path.length === 0 && IGNORED_TOP.has(k)) continue;
        if (
          path.length === 1 &&
          path[0] === 'f:metadata' &&
          IGNORED_METADATA.has(k)
        ) {
          continue;
        }
        walk(value[k], [...path, `f:${k}`], k);
      }
      return;
    }
    if (Array.isArray(value) && value.length > 0) {
      const keys = resolver(fieldName, value);
      if (keys && value.every(item => isObject(item) && keys[0] in item)) {
        for (const item of value as JsonObject[]) {
          const element = [...path, keyElement(item, keys)];
          set.add([...element, '.']);
          walk(item, element, '');
        }
        return;
      }
    }
    set.add(path);
  };
  walk(obj, [], '');
  // An object with only ignored fields yields the root path: drop it.
  set.delete([]);
  // Metadata with only ignored fields yields `f:metadata` as a leaf: drop it.
  set.delete(['f:metadata']);
  return set;
}

/** Value at a path, or undefined. `.` returns the list element itself. */
export function getAt(obj: unknown, path: FieldPath): unknown {
  let current: unknown = obj;
  for (const element of path) {
    if (element === '.') return current;
    if (element.startsWith('f:')) {
      if (!isObject(current)) return undefined;
      current = current[element.slice(2)];
    } else if (element.startsWith('k:')) {
      if (!Array.isArray(current)) return undefined;
      current = current.find(item => matchesKey(item, element));
    } else {
      return undefined;
    }
    if (current === undefined) return undefined;
  }
  return current;
}

function isEmpty(value: unknown): boolean {
  return (
    (isObject(value) && Object.keys(value).length === 0) ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Removes the field (or list element for a `.` path) at a path and prunes parents left empty. */
export function removeAt(obj: JsonObject, path: FieldPath): void {
  const target = path[path.length - 1] === '.' ? path.slice(0, -1) : path;
  if (target.length === 0) return;
  const parents: unknown[] = [obj];
  let current: unknown = obj;
  for (const element of target.slice(0, -1)) {
    current = getAt(current, [element]);
    if (current === undefined) return;
    parents.push(current);
  }
  const removeChild = (parent: unknown, element: string) => {
    if (element.startsWith('f:') && isObject(parent)) {
      delete parent[element.slice(2)];
    } else if (element.startsWith('k:') && Array.isArray(parent)) {
      const index = parent.findIndex(item => matchesKey(item, element));
      if (index >= 0) parent.splice(index, 1);
    }
  };
  removeChild(parents[parents.length - 1], target[target.length - 1]);
  // Prune empty parents, never the top level fields' container nor metadata.
  for (let i = parents.length - 1; i >= 2; i--) {
    if (!isEmpty(parents[i])) break;
    removeChild(parents[i - 1], target[i - 1]);
  }
  if (
    parents.length >= 2 &&
    isEmpty(parents[1]) &&
    target[0] !== 'f:metadata'
  ) {
    removeChild(obj, target[0]);
  }
}

/** `.spec.template.spec.containers[name="vllm"].image` */
export function pathToString(path: FieldPath): string {
  let out = '';
  for (const element of path) {
    if (element === '.') continue;
    if (element.startsWith('f:')) {
      out += `.${element.slice(2)}`;
    } else if (element.startsWith('k:')) {
      const key = JSON.parse(element.slice(2)) as JsonObject;
      out += `[${Object.entries(key)
        .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
        .join(',')}]`;
    }
  }
  return out;
}
