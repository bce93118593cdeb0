import { median, roundTo } from '../stats';
import { rooflineEstimate, RooflineConfig } from './roofline';

/** The latency metrics outcomes calibrate. @public */
export type CalibratedMetric = 'ttft' | 'itl' | 'e2e';
/** @public */
export const CALIBRATED_METRICS: CalibratedMetric[] = ['ttft', 'itl', 'e2e'];

/**
 * How outcomes become a correction. One team's outcomes reach other teams' plans only through
 * these limits: a team is one voice however many outcomes or deployments it posts, a factor
 * needs `minOutcomes`, and it is clamped to `singleTeamBound` until at least two teams agree
 * (then `bound`).
 * @public
 */
export const CALIBRATION_POLICY = {
  /** outcomes a factor needs before it is applied */
  minOutcomes: 3,
  /** largest correction (either way) one team's evidence can cause */
  singleTeamBound: 1.25,
  /** largest correction (either way) with two or more teams' evidence */
  bound: 2,
  /** an outcome further than this many robust standard deviations from its team's median is ignored */
  outlierSigmas: 3,
  /** repeat measurements of one setup scatter by a few %: the spread never counts as smaller */
  minLogSpread: 0.05,
  /** interval level of every factor */
  level: 0.8,
  /** a measurement below this fraction of the ideal roofline is physically impossible */
  floorFraction: 0.5,
} as const;

/** A correction factor of one metric, with its uncertainty and the outcomes behind it. @public */
export type CalibrationEstimate = {
  /** measured / raw predicted, as applied (bounded) */
  value: number;
  low: number;
  high: number;
  /** coverage the interval is meant to have, e.g. 0.8 */
  level: number;
  /** outcomes used */
  n: number;
  /** distinct teams whose deployments measured them */
  teams: number;
  outcomeIds: number[];
  /** outcomes ignored as outliers of their team's measurements */
  outlierIds: number[];
  /** the unbounded estimate was clamped to the policy's bound */
  bounded: boolean;
};

/**
 * A correction learned from measured outcomes of one configuration, for one token-shape bucket
 * or (shape null) for every shape of it.
 * @public
 */
export type CalibrationFactor = {
  modelId: string;
  gpuId: string;
  tp: number;
  engine: string;
  /** {@link shapeBucket} of the outcomes, or null for all shapes of the configuration */
  shape: string | null;
  ttft: CalibrationEstimate | null;
  itl: CalibrationEstimate | null;
  e2e: CalibrationEstimate | null;
  /** outcomes considered (before per-metric filtering) */
  samples: number;
};

/** One outcome reduced to what calibration needs. @public */
export type CalibrationSample = {
  outcomeId: number;
  /** Group that owns the deployment the outcome was measured on */
  team: string;
  inputTokens: number;
  outputTokens: number;
  /** measured / raw predicted per metric (median over the percentiles both sides have) */
  ratios: Partial<Record<CalibratedMetric, number>>;
};

const log2Bucket = (x: number) => 2 ** Math.round(Math.log2(Math.max(1, x)));

/**
 * The token-shape bucket of a workload: input and output lengths rounded to the nearest power
 * of two, so outcomes of similar prompts share a correction and a long-document workload does
 * not borrow the correction of short chats.
 * @public
 */
export function shapeBucket(inputTokens: number, outputTokens: number): string {
  return `in${log2Bucket(inputTokens)}/out${log2Bucket(outputTokens)}`;
}

/** 1.4826 x median absolute deviation: the standard deviation of normal data, robustly. */
function robustSpread(xs: number[], center: number): number {
  return 1.4826 * median(xs.map(x => Math.abs(x - center)));
}

/** Standard normal quantile (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269,
    -30.66479806614716, 2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866,
    66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838,
    -2.549732539343734, 4.374664141464968, 2.938163982698783,
  ];
  const d = [
    0.007784695709041462, 0.3224671290700398, 2.445134137142996,
    3.754408661907416,
  ];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
      ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    );
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) *
      q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

type Point = { id: number; team: string; log: number };

/**
 * The robust correction of one metric from outcome ratios:
 *  1. per team, outcomes further than `outlierSigmas` robust deviations from the team's median
 *     are dropped, and the team's voice is the median of the rest (many outcomes of one team
 *     are one voice);
 *  2. across teams, the median voice; with exactly two teams, the voice nearer to no
 *     correction (the correction both support), and with three or more, voices that are
 *     outliers among the teams are dropped first;
 *  3. the interval combines the scatter within teams (standard error of a median) and between
 *     them, in log space;
 *  4. the factor and its interval are clamped to the bound the number of teams earns.
 * Returns null with fewer than `minOutcomes` usable outcomes.
 * @public
 */
export function robustFactor(
  points: Point[],
  policy: typeof CALIBRATION_POLICY = CALIBRATION_POLICY,
): CalibrationEstimate | null {
  const byTeam = new Map<string, Point[]>();
  for (const p of points) {
    if (!Number.isFinite(p.log)) continue;
    byTeam.set(p.team, [...(byTeam.get(p.team) ?? []), p]);
  }
  const kept: Point[] = [];
  const outlierIds: number[] = [];
  const voices: { team: string; log: number }[] = [];
  const within: number[] = [];
  for (const [team, pts] of [...byTeam].sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const center = median(pts.map(p => p.log));
    const spread = Math.max(
      robustSpread(
        pts.map(p => p.log),
        center,
      ),
      policy.minLogSpread,
    );
    const ok = pts.filter(
      p => Math.abs(p.log - center) <= policy.outlierSigmas * spread,
    );
    for (const p of pts) if (!ok.includes(p)) outlierIds.push(p.id);
    kept.push(...ok);
    const voice = median(ok.map(p => p.log));
    voices.push({ team, log: voice });
    within.push(...ok.map(p => p.log - voice));
  }
  if (kept.length < policy.minOutcomes) return null;

  let used = voices;
  if (voices.length >= 3) {
    const center = median(voices.map(v => v.log));
    const spread = Math.max(
      robustSpread(
        voices.map(v => v.log),
        center,
      ),
      policy.minLogSpread,
    );
    used = voices.filter(
      v => Math.abs(v.log - center) <= policy.outlierSigmas * spread,
    );
    const dropped = new Set(
      voices.filter(v => !used.includes(v)).map(v => v.team),
    );
    for (const p of kept) if (dropped.has(p.team)) outlierIds.push(p.id);
  }
  const usedTeams = new Set(used.map(v => v.team));
  const usedPoints = kept.filter(p => usedTeams.has(p.team));
  if (usedPoints.length < policy.minOutcomes) return null;

  const center =
    used.length === 2
      ? [...used].sort((a, b) => Math.abs(a.log) - Math.abs(b.log))[0].log
      : median(used.map(v => v.log));
  const sigmaWithin = Math.max(
    robustSpread(
      within.filter((_, i) => usedTeams.has(kept[i].team)),
      0,
    ),
    policy.minLogSpread,
  );
  const sigmaBetween =
    used.length >= 2
      ? Math.max(
          ...used.map(v => Math.abs(v.log - center)),
          policy.minLogSpread,
        )
      : 0;
  const se = Math.sqrt(
    (1.2533 * sigmaWithin) ** 2 / usedPoints.length +
      sigmaBetween ** 2 / used.length,
  );
  const z = normalQuantile(0.5 + policy.level / 2);
  const limit = Math.log(
    used.length >= 2 ? policy.bound : policy.singleTeamBound,
  );
  const clamp = (x: number) => Math.min(limit, Math.max(-limit, x));
  return {
    value: roundTo(Math.exp(clamp(center)), 4),
    low: roundTo(Math.exp(clamp(center - z * se)), 4),
    high: roundTo(Math.exp(clamp(center + z * se)), 4),
    level: policy.level,
    n: usedPoints.length,
    teams: used.length,
    outcomeIds: usedPoints.map(p => p.id).sort((a, b) => a - b),
    outlierIds: outlierIds.sort((a, b) => a - b),
    bounded: Math.abs(center) > limit,
  };
}

/**
 * The calibration of one configuration from its outcomes: a factor per token-shape bucket that
 * has enough outcomes, and one over every shape.
 * @public
 */
export function calibrateConfiguration(
  config: { modelId: string; gpuId: string; tp: number; engine: string },
  samples: CalibrationSample[],
  policy: typeof CALIBRATION_POLICY = CALIBRATION_POLICY,
): CalibrationFactor[] {
  const scopes = new Map<string | null, CalibrationSample[]>([[null, samples]]);
  for (const s of samples) {
    const key = shapeBucket(s.inputTokens, s.outputTokens);
    scopes.set(key, [...(scopes.get(key) ?? []), s]);
  }
  const out: CalibrationFactor[] = [];
  for (const [shape, scoped] of scopes) {
    const estimate = (metric: CalibratedMetric) =>
      robustFactor(
        scoped.flatMap(s =>
          s.ratios[metric] !== undefined && s.ratios[metric]! > 0
            ? [
                {
                  id: s.outcomeId,
                  team: s.team,
                  log: Math.log(s.ratios[metric]!),
                },
              ]
            : [],
        ),
        policy,
      );
    const factor: CalibrationFactor = {
      ...config,
      shape,
      ttft: estimate('ttft'),
      itl: estimate('itl'),
      e2e: estimate('e2e'),
      samples: scoped.length,
    };
    if (factor.ttft || factor.itl || factor.e2e) out.push(factor);
  }
  return out;
}

/**
 * The factor that applies to a prediction of `shape`: the shape's own bucket when it has one,
 * else the configuration-wide one.
 * @public
 */
export function calibrationFor(
  factors: CalibrationFactor[] | undefined,
  inputTokens: number,
  outputTokens: number,
): CalibrationFactor | undefined {
  if (!factors?.length) return undefined;
  const bucket = shapeBucket(inputTokens, outputTokens);
  return (
    factors.find(f => f.shape === bucket) ?? factors.find(f => f.shape === null)
  );
}

/**
 * The lowest latency physics allows: the roofline at full compute and bandwidth efficiency,
 * one request in flight, no overhead, times `floorFraction` for measurement slack. A measured
 * percentile below it is not a measurement of this configuration.
 * @public
 */
export function physicalFloor(
  roof: RooflineConfig,
  inputTokens: number,
  outputTokens: number,
  policy: typeof CALIBRATION_POLICY = CALIBRATION_POLICY,
): Record<CalibratedMetric, number> {
  const ideal = rooflineEstimate(
    roof,
    {
      prefill: 1,
      decode: 1,
      stepOverheadMs: 0,
      seqOverheadMs: 0,
      ttftPrefillScale: 1,
      lowPrecisionSpeedup: 2,
      ttft: {},
    },
    inputTokens,
    outputTokens,
    1,
  );
  return {
    ttft: ideal.ttft * policy.floorFraction,
    itl: ideal.itl * policy.floorFraction,
    e2e: ideal.e2e * policy.floorFraction,
  };
}

/** How a calibrated number was corrected, for its basis. @public */
export function describeCalibration(
  factor: CalibrationFactor,
  estimate: CalibrationEstimate,
): string {
  const ids = estimate.outcomeIds;
  const listed =
    ids.length <= 8
      ? ids.map(id => `#${id}`).join(', ')
      : `${ids
          .slice(0, 8)
          .map(id => `#${id}`)
          .join(', ')} and ${ids.length - 8} more`;
  const scope =
    factor.shape === null
      ? 'every token shape of this configuration'
      : `token shape ${factor.shape} of this configuration`;
  return `x ${estimate.value.toFixed(3)} (${Math.round(
    estimate.level * 100,
  )} % interval ${estimate.low.toFixed(3)}-${estimate.high.toFixed(3)}) from ${
    estimate.n
  } measured outcome${estimate.n === 1 ? '' : 's'} of ${estimate.teams} team${
    estimate.teams === 1 ? '' : 's'
  } (${scope}; outcomes ${listed})${
    estimate.outlierIds.length
      ? `; ${estimate.outlierIds.length} outlier outcome${
          estimate.outlierIds.length === 1 ? '' : 's'
        } ignored`
      : ''
  }${
    estimate.bounded
      ? `; clamped to the ${
          estimate.teams >= 2
            ? CALIBRATION_POLICY.bound
            : CALIBRATION_POLICY.singleTeamBound
        }x limit of ${
          estimate.teams >= 2 ? 'several teams' : "one team's"
        } evidence`
      : ''
  }`;
}
