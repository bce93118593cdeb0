const SUFFIX: Record<string, number> = {
  '': 1,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 1024,
  Mi: 1024 ** 2,
  Gi: 1024 ** 3,
  Ti: 1024 ** 4,
};

/** A Kubernetes quantity ("4", "500m", "2Gi") as a number; NaN when unparseable. */
export function parseQuantity(q: unknown): number {
  if (typeof q === 'number') return q;
  if (typeof q !== 'string') return NaN;
  const m = /^([+-]?[0-9.]+(?:e[+-]?\d+)?)(m|k|M|G|T|Ki|Mi|Gi|Ti)?$/.exec(
    q.trim(),
  );
  if (!m) return NaN;
  return Number(m[1]) * SUFFIX[m[2] ?? ''];
}
