import { isObject } from './json';
import { JsonObject } from './types';

/**
 * A path into an object in the `fieldsV1` vocabulary: `f:<field>` for a map
 * field, `k:<json>` for an element of an associative list, `.` for the
 * element itself.
 */
export type FieldPath = string[];

/** A set of field paths, convertible to and from `fieldsV1`. */
export class FieldSet {
  private readonly entries = new Map<string, FieldPath>();

  static fromFieldsV1(fields: JsonObject | undefined): FieldSet {
    const set = new FieldSet();
    const walk = (node: JsonObject, path: FieldPath) => {
      const keys = Object.keys(node);
      if (keys.length === 0 && path.length > 0) {
        set.add(path);
        return;
      }
      for (const k of keys) {
        const child = node[k];
        if (k === '.') {
          set.add([...path, '.']);
        } else if (isObject(child)) {
          walk(child, [...path, k]);
        }
      }
    };
    if (fields) walk(fields, []);
    return set;
  }

  add(path: FieldPath) {
    this.entries.set(JSON.stringify(path), path);
  }

  has(path: FieldPath) {
    return this.entries.has(JSON.stringify(path));
  }

  delete(path: FieldPath) {
    this.entries.delete(JSON.stringify(path));
  }

  /** Whether any path starts with the given prefix. */
  hasPrefix(prefix: FieldPath) {
    return this.paths().some(p =>
      prefix.every((element, i) => p[i] === element),
    );
  }

  paths(): FieldPath[] {
    return [...this.entries.values()];
  }

  get size() {
    return this.entries.size;
  }

  copy(): FieldSet {
    const set = new FieldSet();
    for (const p of this.paths()) set.add(p);
    return set;
  }

  equals(other: FieldSet) {
    return this.size === other.size && this.paths().every(p => other.has(p));
  }

  toFieldsV1(): JsonObject {
    const root: JsonObject = {};
    const sorted = this.paths().sort((a, b) =>
      JSON.stringify(a).localeCompare(JSON.stringify(b)),
    );
    for (const path of sorted) {
      let node = root;
      for (const element of path) {
        if (!isObject(node[element])) node[element] = {};
        node = node[element] as JsonObject;
      }
    }
    return root;
  }
}
