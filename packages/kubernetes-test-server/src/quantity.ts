import { parseQuantity as parseBaseUnits } from '@llm-planner/backstage-plugin-llm-planner-common';

/**
 * Parses a Kubernetes quantity (`500m`, `2`, `16Gi`, `1e3`) into thousandths
 * of the base unit (so that CPU millicores stay integers). Returns undefined
 * when the string is not a quantity. The syntax is the planner's parser's.
 */
export function parseQuantity(value: unknown): number | undefined {
  const units = parseBaseUnits(value);
  return Number.isNaN(units) ? undefined : Math.round(units * 1000);
}

const BINARY_SUFFIXES = ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki'];

/** Formats thousandths of a unit back into a quantity string. */
export function formatQuantity(milli: number, resource: string): string {
  if (milli % 1000 !== 0) return `${milli}m`;
  const value = milli / 1000;
  if (value !== 0 && /memory|storage/.test(resource)) {
    for (const suffix of BINARY_SUFFIXES) {
      const multiplier = parseBaseUnits(`1${suffix}`);
      if (value % multiplier === 0) return `${value / multiplier}${suffix}`;
    }
  }
  return String(value);
}
