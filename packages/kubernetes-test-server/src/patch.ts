import { badRequest, unprocessable } from './errors';
import { keyElement, ListKeyResolver } from './fieldpath';
import { clone, deepEqual, isObject } from './json';
import { JsonObject } from './types';

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return clone(patch);
  const result: JsonObject = isObject(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) {
      delete result[k];
    } else {
      result[k] = mergePatch(result[k], v);
    }
  }
  return result;
}

/**
 * Strategic merge patch, simplified: a merge patch in which lists with a merge
 * key (containers by name, ports by port, ...) are merged element by element.
 * `$patch`/`$retainKeys` directives are not supported.
 */
export function strategicMergePatch(
  target: unknown,
  patch: unknown,
  resolver: ListKeyResolver,
  fieldName = '',
): unknown {
  if (Array.isArray(patch) && Array.isArray(target) && patch.length > 0) {
    const keys = resolver(fieldName, patch);
    if (keys && patch.every(i => isObject(i) && keys[0] in i)) {
      const result = clone(target) as JsonObject[];
      for (const item of patch as JsonObject[]) {
        const index = result.findIndex(
          e => isObject(e) && keyElement(e, keys) === keyElement(item, keys),
        );
        if (index >= 0) {
          result[index] = strategicMergePatch(
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
  if (!isObject(patch)) return clone(patch);
  const result: JsonObject = isObject(target) ? clone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$')) {
      throw badRequest(
        `strategic merge patch directive ${k} is not supported by the test server`,
      );
    }
    if (v === null) {
      delete result[k];
    } else {
      result[k] = strategicMergePatch(result[k], v, resolver, k);
    }
  }
  return result;
}

interface JsonPatchOperation {
  op: string;
  path: string;
  from?: string;
  value?: unknown;
}

function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) {
    throw unprocessable(`invalid JSON pointer ${JSON.stringify(pointer)}`);
  }
  return pointer
    .slice(1)
    .split('/')
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: unknown, tokens: string[], pointer: string) {
  let current = doc;
  for (const token of tokens.slice(0, -1)) {
    if (Array.isArray(current)) {
      current = current[Number(token)];
    } else if (isObject(current)) {
      current = current[token];
    } else {
      current = undefined;
    }
    if (current === undefined) {
      throw unprocessable(
        `the server rejected our request due to an error in our request: doc is missing path: "${pointer}"`,
      );
    }
  }
  return current;
}

function getPointer(doc: unknown, pointer: string): unknown {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return doc;
  const parent = parentOf(doc, tokens, pointer);
  const last = tokens[tokens.length - 1];
  let value: unknown;
  if (Array.isArray(parent)) {
    value = parent[Number(last)];
  } else if (isObject(parent)) {
    value = parent[last];
  }
  if (value === undefined) {
    throw unprocessable(
      `the server rejected our request due to an error in our request: doc is missing key: "${pointer}"`,
    );
  }
  return value;
}

function removePointer(doc: unknown, pointer: string): unknown {
  const tokens = parsePointer(pointer);
  const value = getPointer(doc, pointer);
  const parent = parentOf(doc, tokens, pointer);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent)) {
    parent.splice(Number(last), 1);
  } else if (isObject(parent)) {
    delete parent[last];
  }
  return value;
}

function addPointer(
  doc: unknown,
  pointer: string,
  value: unknown,
  replace: boolean,
): unknown {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return clone(value);
  const parent = parentOf(doc, tokens, pointer);
  const last = tokens[tokens.length - 1];
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!Number.isInteger(index) || index < 0 || index > parent.length) {
      throw unprocessable(
        `the server rejected our request due to an error in our request: index out of range: "${pointer}"`,
      );
    }
    if (replace) {
      parent[index] = clone(value);
    } else {
      parent.splice(index, 0, clone(value));
    }
  } else if (isObject(parent)) {
    parent[last] = clone(value);
  } else {
    throw unprocessable(
      `the server rejected our request due to an error in our request: doc is missing path: "${pointer}"`,
    );
  }
  return doc;
}

/** RFC 6902 JSON patch (add, remove, replace, move, copy, test). */
export function jsonPatch(target: unknown, operations: unknown): unknown {
  if (!Array.isArray(operations)) {
    throw badRequest('json patch must be a list of operations');
  }
  let doc = clone(target);
  for (const raw of operations as JsonPatchOperation[]) {
    if (!isObject(raw) || typeof raw.path !== 'string') {
      throw badRequest('json patch operation must have op and path');
    }
    switch (raw.op) {
      case 'add':
        doc = addPointer(doc, raw.path, raw.value, false);
        break;
      case 'replace':
        getPointer(doc, raw.path);
        doc = addPointer(doc, raw.path, raw.value, true);
        break;
      case 'remove':
        removePointer(doc, raw.path);
        break;
      case 'move': {
        const value = removePointer(doc, raw.from ?? '');
        doc = addPointer(doc, raw.path, value, false);
        break;
      }
      case 'copy':
        doc = addPointer(doc, raw.path, getPointer(doc, raw.from ?? ''), false);
        break;
      case 'test':
        if (!deepEqual(getPointer(doc, raw.path), raw.value)) {
          throw unprocessable(
            `the server rejected our request due to an error in our request: testing value ${raw.path} failed`,
          );
        }
        break;
      default:
        throw badRequest(
          `unexpected json patch operation ${JSON.stringify(raw.op)}`,
        );
    }
  }
  return doc;
}
