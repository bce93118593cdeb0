/**
 * Descriptive statistics, the normal CDF, rounding and the seeded pseudo-random generator
 * shared by the engine, the scaling simulator, the inference simulator, the CLI and the
 * benchmarks.
 *
 * One quantile definition: Hyndman & Fan type 7, linear interpolation between closest ranks
 * (numpy's default `method="linear"`, R's default, what `vllm bench serve` reports). For
 * ascending x[0..n-1] the q-quantile sits at rank h = q (n - 1) and is interpolated between
 * x[floor h] and x[floor h + 1]. The engine's prediction intervals (quantiles of
 * cross-validated log errors) are built on it.
 *
 * @packageDocumentation
 */

/**
 * The `q`-quantile (q in [0, 1], clamped) of ascending `sorted` values, type 7; NaN when empty.
 * @public
 */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(1, Math.max(0, q)) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const fraction = rank - lo;
  return lo + 1 < sorted.length
    ? sorted[lo] + fraction * (sorted[lo + 1] - sorted[lo])
    : sorted[lo];
}

/** The `q`-quantile (type 7) of `values` in any order; NaN when empty. @public */
export function quantile(values: readonly number[], q: number): number {
  return quantileSorted(ascending(values), q);
}

/**
 * The median of `values` in any order: the middle value, or the mean of the two middle ones
 * (the type 7 quantile at 0.5, written so an even count averages exactly); NaN when empty.
 * @public
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const s = ascending(values);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The arithmetic mean of `values`; NaN when empty. @public */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** `x` rounded half up to `digits` decimal places (`digits` >= 0). @public */
export function roundTo(x: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(x * scale) / scale;
}

/** Standard normal CDF (Abramowitz-Stegun 7.1.26 through erf, |error| < 1.5e-7). @public */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) *
      t +
      0.254829592) *
      t *
      Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

/**
 * mulberry32: a seeded uniform generator on [0, 1), deterministic across runtimes (32-bit
 * integer arithmetic only). Small, fast and good enough for simulation; not cryptographic.
 * @public
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function ascending(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}
