import { stringify } from 'yaml';

/**
 * Deterministic YAML: map keys sorted, no line folding, so the same object always gives the
 * same bytes whatever order its keys were built in.
 * @public
 */
export function toYaml(value: unknown): string {
  return stringify(value, {
    sortMapEntries: true,
    lineWidth: 0,
    indent: 2,
  });
}
