/**
 * Descriptive statistics of latency samples.
 *
 * Percentiles are the planner's one quantile definition (`quantileSorted` in -common: linear
 * interpolation between closest ranks, numpy's default, which `vllm bench serve` uses).
 * Standard deviation is the population one (numpy's ddof=0).
 */
import {
  mean,
  quantileSorted,
} from '@llm-planner/backstage-plugin-llm-planner-common';

export { mean };

/** Percentile `p` (0..100) of ascending `sorted` values; NaN when empty. */
export function percentile(sorted: number[], p: number): number {
  return quantileSorted(sorted, p / 100);
}

/** Population standard deviation. */
export function stdDev(values: number[]): number {
  if (values.length === 0) return NaN;
  const m = mean(values);
  let s = 0;
  for (const v of values) s += (v - m) * (v - m);
  return Math.sqrt(s / values.length);
}

export type Summary = {
  count: number;
  mean: number;
  std: number;
  min: number;
  max: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
};

export const REPORTED_PERCENTILES = [50, 90, 95, 99] as const;

/** Count, mean, std, min, max and p50/p90/p95/p99 of `values` (NaN fields when empty). */
export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    mean: mean(sorted),
    std: stdDev(sorted),
    min: sorted.length ? sorted[0] : NaN,
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/** Evenly spaced values strictly between `from` and `to` (GuideLLM's sweep rates). */
export function ratesBetween(
  from: number,
  to: number,
  count: number,
): number[] {
  const out: number[] = [];
  for (let i = 1; i <= count; i++)
    out.push(from + ((to - from) * i) / (count + 1));
  return out;
}

/** Largest number of events in any window of `windowMs` starting at an event (sliding max). */
export function maxPerWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi] - sorted[lo] >= windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}
