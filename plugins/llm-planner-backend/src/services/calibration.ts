import {
  CalibratedMetric,
  CALIBRATED_METRICS,
  CalibrationSample,
  Engine,
  LoadProfile,
  Outcome,
  Prediction,
  ResolvedConfig,
  median,
  physicalFloor,
} from '@llm-planner/backstage-plugin-llm-planner-common';

const STATS = ['p50', 'p90', 'p95', 'p99', 'mean'] as const;

function predictedStats(p: Prediction, metric: CalibratedMetric) {
  return Object.fromEntries(
    Object.entries(p[metric]).map(([stat, v]) => [stat, v.value]),
  );
}

/** What `engine` predicts for `config` at an outcome's load, per metric and statistic. */
export function predictAtLoad(
  engine: Engine,
  config: ResolvedConfig | Parameters<Engine['predict']>[0],
  load: LoadProfile,
): Outcome['prediction'] {
  const p = engine.predict(
    config,
    load.inputTokens,
    load.outputTokens,
    load.concurrency !== undefined
      ? { concurrency: load.concurrency }
      : { rate: load.rate },
  );
  return {
    ttft: predictedStats(p, 'ttft'),
    itl: predictedStats(p, 'itl'),
    e2e: predictedStats(p, 'e2e'),
  };
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
  for (const metric of CALIBRATED_METRICS) {
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
 * An outcome as calibration sees it: per metric, the median over its statistics of measured /
 * raw predicted at the outcome's load.
 */
export function calibrationSample(
  outcome: Outcome & { team: string },
  rawPrediction: Outcome['prediction'],
): CalibrationSample {
  const error = relativeErrors(outcome.measured, rawPrediction);
  const ratios: CalibrationSample['ratios'] = {};
  for (const metric of CALIBRATED_METRICS) {
    const r = median(
      Object.values(error[metric])
        .filter((e): e is number => e !== undefined && Number.isFinite(e))
        .map(e => 1 + e),
    );
    if (r > 0) ratios[metric] = r; // NaN (no finite error) fails too
  }
  return {
    outcomeId: outcome.id,
    team: outcome.team,
    inputTokens: outcome.loadProfile.inputTokens,
    outputTokens: outcome.loadProfile.outputTokens,
    ratios,
  };
}

/**
 * Measured statistics that physics rules out for this configuration (below the ideal
 * roofline), as "ttft.p50 = 0.3 ms is below the 12.5 ms physical floor" messages.
 */
export function impossibleMeasurements(
  config: ResolvedConfig,
  measured: Outcome['measured'],
  load: LoadProfile,
): string[] {
  if (!config.roof) return [];
  const floor = physicalFloor(config.roof, load.inputTokens, load.outputTokens);
  const problems: string[] = [];
  for (const metric of CALIBRATED_METRICS) {
    for (const stat of STATS) {
      const v = measured[metric][stat];
      if (v !== undefined && v < floor[metric]) {
        problems.push(
          `${metric}.${stat} = ${v} ms is below the ${
            Math.round(floor[metric] * 1000) / 1000
          } ms that ${config.model.id} on ${config.tp} x ${
            config.gpu.id
          } can physically reach for ${load.inputTokens}/${
            load.outputTokens
          } tokens`,
        );
      }
    }
  }
  return problems;
}
