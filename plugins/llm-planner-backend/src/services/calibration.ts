import { Outcome } from '@internal/backstage-plugin-llm-planner-common';

type Metric = 'ttft' | 'itl' | 'e2e';
const METRICS: Metric[] = ['ttft', 'itl', 'e2e'];
const STATS = ['p50', 'p90', 'p95', 'p99', 'mean'] as const;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Relative error (measured - predicted) / predicted for every metric and statistic that
 * both sides have.
 */
export function relativeErrors(
  measured: Outcome['measured'],
  prediction: Outcome['prediction'],
): Outcome['error'] {
  const error = { ttft: {}, itl: {}, e2e: {} } as Outcome['error'];
  for (const metric of METRICS) {
    for (const stat of STATS) {
      const m = measured[metric][stat];
      const p = prediction[metric][stat];
      if (m !== undefined && p !== undefined && p > 0) {
        error[metric][stat] = (m - p) / p;
      }
    }
  }
  return error;
}

/**
 * Calibration factor per metric: the median of measured / raw predicted over every statistic
 * of every sample. Multiplying a raw prediction by it corrects the bias the outcomes show;
 * the median keeps one noisy load test from swinging it.
 */
export function calibrationFactors(
  samples: {
    measured: Outcome['measured'];
    rawPrediction: Outcome['prediction'];
  }[],
): Record<Metric, number | null> {
  const ratios: Record<Metric, number[]> = { ttft: [], itl: [], e2e: [] };
  for (const { measured, rawPrediction } of samples) {
    const error = relativeErrors(measured, rawPrediction);
    for (const metric of METRICS) {
      for (const stat of STATS) {
        const e = error[metric][stat];
        if (e !== undefined && Number.isFinite(e)) ratios[metric].push(1 + e);
      }
    }
  }
  return {
    ttft: median(ratios.ttft),
    itl: median(ratios.itl),
    e2e: median(ratios.e2e),
  };
}
