/**
 * Kubernetes resource quantities (apimachinery `resource.Quantity`), the one parser of the
 * plugin set: the browser validates manifests with it and the test API server reuses it.
 * `quantityToScalar` of @kubernetes/client-node is not used: it is node-only, returns a bigint
 * for decimal suffixes and throws on fractional binary quantities such as `1.5Gi`, which the
 * API server accepts.
 */

const MULTIPLIER: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

const QUANTITY =
  /^([+-]?[0-9]+(?:\.[0-9]*)?|[+-]?\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;

/**
 * A Kubernetes quantity (`"4"`, `"500m"`, `"16Gi"`, `"1e3"`) as a number of base units; NaN when
 * it is not a quantity.
 * @public
 */
export function parseQuantity(q: unknown): number {
  if (typeof q === 'number') return q;
  if (typeof q !== 'string') return NaN;
  const m = QUANTITY.exec(q.trim());
  if (!m) return NaN;
  const suffix = m[2] ?? '';
  const multiplier =
    suffix in MULTIPLIER ? MULTIPLIER[suffix] : 10 ** Number(suffix.slice(1));
  return Number(m[1]) * multiplier;
}
