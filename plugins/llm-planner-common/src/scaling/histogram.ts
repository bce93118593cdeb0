/**
 * Streaming log-bucketed histograms over Float64Arrays (no objects per sample). Bucket `b >= 1`
 * covers [MIN x RATIO^(b-1), MIN x RATIO^b) milliseconds; bucket 0 holds everything below MIN,
 * the last bucket everything above the range. A quantile is reported as the geometric middle of
 * its bucket, so the relative error is at most (RATIO - 1) / 2 = 1.5 %.
 */

/** Smallest resolved latency, ms. @public */
export const HIST_MIN_MS = 0.1;
/** Ratio between bucket edges. @public */
export const HIST_RATIO = 1.03;
const LN_RATIO = Math.log(HIST_RATIO);
const INV_LN_RATIO = 1 / LN_RATIO;
/** Buckets: 0.1 ms .. ~1e7 ms (2.8 h). @public */
export const HIST_BUCKETS = Math.ceil(Math.log(1e8) * INV_LN_RATIO) + 2;

/** Bucket index of a value in ms. @public */
export function histBucket(ms: number): number {
  if (!(ms > HIST_MIN_MS)) return 0;
  const b = Math.floor(Math.log(ms / HIST_MIN_MS) * INV_LN_RATIO) + 1;
  return b >= HIST_BUCKETS ? HIST_BUCKETS - 1 : b;
}

/** Representative value (geometric middle) of a bucket, ms. @public */
export function histValue(b: number): number {
  if (b <= 0) return HIST_MIN_MS;
  return HIST_MIN_MS * Math.exp((b - 0.5) * LN_RATIO);
}

/**
 * Quantiles `qs` (ascending, in (0, 1]) of the histogram `h` restricted to buckets [lo, hi],
 * written into `out`; NaN when the histogram is empty. The quantile is the first bucket whose
 * cumulative weight reaches q x total.
 * @public
 */
export function histQuantiles(
  h: Float64Array,
  lo: number,
  hi: number,
  qs: readonly number[],
  out: Float64Array,
): number {
  let total = 0;
  for (let b = lo; b <= hi; b++) total += h[b];
  if (!(total > 0)) {
    for (let i = 0; i < qs.length; i++) out[i] = NaN;
    return 0;
  }
  let cum = 0;
  let i = 0;
  for (let b = lo; b <= hi && i < qs.length; b++) {
    cum += h[b];
    while (i < qs.length && cum >= qs[i] * total * (1 - 1e-12)) {
      out[i] = histValue(b);
      i++;
    }
  }
  for (; i < qs.length; i++) out[i] = histValue(hi);
  return total;
}
