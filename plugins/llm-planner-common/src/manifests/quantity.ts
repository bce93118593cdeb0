const SUFFIX: Record<string, number> = {
  '': 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
  Pi: 1024 ** 5,
};

/**
 * A Kubernetes quantity (`"4"`, `"500m"`, `"16Gi"`, `"1e3"`) as a number of base units; NaN when
 * it is not a quantity.
 * @public
 */
export function parseQuantity(q: unknown): number {
  if (typeof q === 'number') return q;
  if (typeof q !== 'string') return NaN;
  const m =
    /^([+-]?[0-9.]+(?:e[+-]?\d+)?)(n|u|m|k|M|G|T|P|Ki|Mi|Gi|Ti|Pi)?$/.exec(
      q.trim(),
    );
  if (!m) return NaN;
  return Number(m[1]) * SUFFIX[m[2] ?? ''];
}
