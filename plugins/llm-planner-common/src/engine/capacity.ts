import type { Engine, ResolvedConfig, StatProbe } from './predictor';
import { DEFAULT_CONFIDENCE, capacityProbability } from './uncertainty';
import { worstProvenance } from './predictor';
import {
  MAX_SEARCH_CONCURRENCY,
  highestPassingLoad,
  predictedCapacity,
} from './crossings';
import type {
  PredictedValue,
  ProvenanceKind,
  SloMargin,
  SloTargets,
} from './schemas';

/** Replica headroom above the peak rate. Modelling assumption. @public */
export const DEFAULT_HEADROOM = 0.2;

export { MAX_SEARCH_CONCURRENCY };

/** Capacity of one replica at the SLO. @public */
export type Capacity = {
  feasible: boolean;
  /** requests in flight one replica holds while meeting every SLO */
  concurrency: number;
  /** req/s one replica sustains at that load (Little's law) */
  rps: number;
  margins: SloMargin[];
  values: Partial<Record<'ttft' | 'itl' | 'e2e' | 'e2eMean', PredictedValue>>;
  provenance: ProvenanceKind;
  limitedBy: string;
  reason: string;
};

type Metric = 'ttft' | 'itl' | 'e2e';
type Target = [Metric, number];

/** Bit of a search result: a metric could not be predicted (bits 0-2: targets missed). */
const UNKNOWN = 8;

/** Outcome of the capacity search in numbers only; {@link capacityDetail} explains it. @public */
export type Sizing = {
  status: 'ok' | 'no-memory' | 'unknown' | 'miss-at-one' | 'no-e2e';
  /** load searched up to (memory limit, at most {@link MAX_SEARCH_CONCURRENCY}) */
  cap: number;
  /** highest load meeting every target */
  lo: number;
  /** targets missed (bit i = i-th target) at the first load above `lo`, or at load 1 */
  failing: number;
  /** whether a failing load was found (else memory limits) */
  limitedBySlo: boolean;
  /** req/s at `lo` (Little's law) and the worst provenance of the values at `lo` */
  rps: number;
  provenance: ProvenanceKind;
};

function targetsOf(slo: SloTargets): Target[] {
  const targets: Target[] = [];
  if (slo.ttftMs) targets.push(['ttft', slo.ttftMs]);
  if (slo.itlMs) targets.push(['itl', slo.itlMs]);
  if (slo.e2eMs) targets.push(['e2e', slo.e2eMs]);
  return targets;
}

/**
 * Highest in-flight load one replica sustains while every SLO target holds at its percentile
 * (searched geometrically, then refined by bisection in log space; latency is assumed to grow
 * with load). Capped by the memory limit `maxConcurrency`.
 * @public
 */
export function capacityAtSlo(
  engine: Engine,
  cfg: ResolvedConfig,
  inputTokens: number,
  outputTokens: number,
  slo: SloTargets,
  maxConcurrency: number | null,
  confidence: number | null = DEFAULT_CONFIDENCE,
): Capacity {
  const probe = engine.statProbe(cfg, inputTokens, outputTokens);
  const sizing = sizeAtSlo(probe, slo, maxConcurrency, confidence);
  return capacityDetail(
    engine,
    cfg,
    inputTokens,
    outputTokens,
    slo,
    sizing,
    confidence,
  );
}

/**
 * The search of {@link capacityAtSlo} without explanations. With a `confidence`, a target
 * holds at a load when the true capacity reaches that load with that probability (the point
 * prediction read at the load its class's cross-validated capacity error moves it to); with
 * null, when the point prediction meets it (the naive sizing the planner benchmark compares
 * with).
 * @public
 */
export function sizeAtSlo(
  probe: StatProbe,
  slo: SloTargets,
  maxConcurrency: number | null,
  confidence: number | null = DEFAULT_CONFIDENCE,
): Sizing {
  const pct = slo.percentile;
  const targets = targetsOf(slo);
  const read =
    confidence === null
      ? (metric: Metric, c: number) => probe.value(metric, pct, c)
      : (metric: Metric, c: number, target: number) =>
          probe.atConfidence(metric, pct, c, confidence, target);
  /** 0 when every target holds at load c, else the bits of the missed / unknown ones */
  const check = (c: number): number => {
    let failing = 0;
    for (let i = 0; i < targets.length; i++) {
      const v = read(targets[i][0], c, targets[i][1]);
      if (v === null) return failing | UNKNOWN;
      if (v > targets[i][1]) failing |= 1 << i;
    }
    return failing;
  };
  const cap = Math.min(
    maxConcurrency ?? MAX_SEARCH_CONCURRENCY,
    MAX_SEARCH_CONCURRENCY,
  );
  const result = (
    status: Sizing['status'],
    lo = 0,
    failing = 0,
    limitedBySlo = false,
  ): Sizing => ({
    status,
    cap,
    lo,
    failing,
    limitedBySlo,
    rps: 0,
    provenance: 'measured',
  });
  if (cap < 1) return result('no-memory');
  const { lo, hi, failing } = highestPassingLoad(check, cap, probe.monotone);
  if (lo === 0)
    return failing & UNKNOWN
      ? result('unknown')
      : result('miss-at-one', 0, failing);
  const e2eMean = probe.value('e2e', 'mean', lo);
  if (e2eMean === null) return result('no-e2e');
  const out = result('ok', lo, failing & ~UNKNOWN, hi !== null);
  out.rps = lo / (e2eMean / 1000);
  let prov = probe.provenance('e2e', 'mean', lo)!;
  for (const [metric] of targets)
    prov = worstProvenance(prov, probe.provenance(metric, pct, lo)!);
  out.provenance = prov;
  return out;
}

const missed = (bits: number, targets: Target[], pct: string) =>
  targets
    .filter((_, i) => bits & (1 << i))
    .map(([m]) => `${m.toUpperCase()} ${pct}`);

/** Why a configuration has no capacity at the SLO (for a sizing whose status is not ok). @public */
export function infeasibleReason(sizing: Sizing, slo: SloTargets): string {
  switch (sizing.status) {
    case 'no-memory':
      return 'memory holds less than one sequence of this context';
    case 'unknown':
      return 'no measurement and no estimate possible for this configuration';
    case 'miss-at-one':
      return `misses ${missed(
        sizing.failing,
        targetsOf(slo),
        slo.percentile,
      ).join(', ')} even with one request in flight`;
    default:
      return 'no e2e prediction for the throughput';
  }
}

/** The full {@link Capacity} of a sizing: predicted values with their basis, margins, reasons. @public */
export function capacityDetail(
  engine: Engine,
  cfg: ResolvedConfig,
  inputTokens: number,
  outputTokens: number,
  slo: SloTargets,
  sizing: Sizing,
  confidence: number | null = DEFAULT_CONFIDENCE,
): Capacity {
  const pct = slo.percentile;
  const targets = targetsOf(slo);
  const probe = engine.statProbe(cfg, inputTokens, outputTokens);
  const cap = sizing.cap;
  const bounds = (values: Capacity['values'], c: number) =>
    margins(values, targets, pct, (metric, v, target) => ({
      upper:
        confidence === null
          ? null
          : probe.atConfidence(metric, pct, c, confidence, target),
      probability:
        capacityProbabilityAt(engine, probe, metric, pct, target, cap, c, v) ??
        engine.probabilityWithin(
          cfg,
          metric,
          v,
          inputTokens,
          outputTokens,
          c,
          target,
        ),
      confidence,
    }));
  const valuesAt = (c: number) => {
    const values: Capacity['values'] = {};
    for (const [metric] of targets) {
      const v = engine.predictStat(
        cfg,
        metric,
        pct,
        inputTokens,
        outputTokens,
        c,
      );
      if (!v) break;
      values[metric] = v;
    }
    return values;
  };
  if (sizing.status !== 'ok') {
    const values = sizing.status === 'miss-at-one' ? valuesAt(1) : {};
    return {
      feasible: false,
      concurrency: 0,
      rps: 0,
      margins: bounds(values, 1),
      values,
      provenance: provOf(values),
      limitedBy:
        sizing.status === 'miss-at-one'
          ? missed(sizing.failing, targets, pct).join(',')
          : '',
      reason: infeasibleReason(sizing, slo),
    };
  }
  const lo = sizing.lo;
  const atLo = valuesAt(lo);
  const e2eMean = engine.predictStat(
    cfg,
    'e2e',
    'mean',
    inputTokens,
    outputTokens,
    lo,
  )!;
  const values = { ...atLo, e2eMean };
  const limitedBy = sizing.limitedBySlo
    ? missed(sizing.failing, targets, pct).join(', ')
    : `memory (${sizing.cap} sequences)`;
  return {
    feasible: true,
    concurrency: Math.round(lo * 100) / 100,
    rps: sizing.rps,
    margins: bounds(atLo, lo),
    values,
    provenance: provOf(values),
    limitedBy,
    reason: `meets every SLO up to ${
      Math.round(lo * 100) / 100
    } requests in flight; beyond that ${limitedBy} fails`,
  };
}

/**
 * Probability that one target still holds at load `c`: the share of cross-validated capacities
 * of the value's class that reach `c` from the load where the point prediction stops meeting
 * the target. Null for classes without capacity errors.
 */
function capacityProbabilityAt(
  engine: Engine,
  probe: StatProbe,
  metric: Metric,
  pct: SloTargets['percentile'],
  target: number,
  cap: number,
  c: number,
  v: PredictedValue,
): number | null {
  if (!(cap >= 1)) return null;
  const predicted = predictedCapacity(
    x => probe.value(metric, pct, x),
    target,
    cap,
    probe.monotone,
  );
  const floor = probe.value(metric, pct, 1);
  return capacityProbability(
    engine.errorModel(),
    v.provenance,
    metric,
    predicted,
    c,
    floor ? target / floor : undefined,
  );
}

function provOf(values: Capacity['values']): ProvenanceKind {
  let p: ProvenanceKind = 'measured';
  for (const v of Object.values(values))
    if (v) p = worstProvenance(p, v.provenance);
  return p;
}

function margins(
  values: Capacity['values'],
  targets: ['ttft' | 'itl' | 'e2e', number][],
  pct: SloTargets['percentile'],
  uncertainty: (
    metric: Metric,
    v: PredictedValue,
    target: number,
  ) => {
    upper: number | null;
    probability: number | null;
    confidence: number | null;
  },
): SloMargin[] {
  const out: SloMargin[] = [];
  const pctOf = (x: number, target: number) =>
    Math.round(((target - x) / target) * 1000) / 10;
  for (const [metric, target] of targets) {
    const v = values[metric];
    if (!v) continue;
    const { upper, probability, confidence } = uncertainty(metric, v, target);
    out.push({
      metric,
      percentile: pct,
      targetMs: target,
      predictedMs: Math.round(v.value * 100) / 100,
      marginPct: pctOf(v.value, target),
      provenance: v.provenance,
      ...(v.low !== undefined && v.high !== undefined
        ? {
            lowMs: Math.round(v.low * 100) / 100,
            highMs: Math.round(v.high * 100) / 100,
            level: v.level,
          }
        : {}),
      ...(upper !== null && confidence !== null
        ? {
            confidence,
            upperMs: Math.round(upper * 100) / 100,
            upperMarginPct: pctOf(upper, target),
          }
        : {}),
      ...(probability !== null
        ? { probability: Math.round(probability * 1000) / 1000 }
        : {}),
    });
  }
  return out;
}

/**
 * Replicas for a peak rate with headroom and an availability floor: with `n+1`, one more than
 * the SLO alone needs at peak (so one can drain or fail), and never fewer than `minReplicas`.
 * @public
 */
export function replicasAt(
  peakRps: number,
  perReplicaRps: number,
  headroom: number,
  availability: { policy: 'best-effort' | 'n+1'; minReplicas: number },
): number {
  const withHeadroom = replicasFor(peakRps, perReplicaRps, headroom);
  const spare =
    availability.policy === 'n+1'
      ? replicasFor(peakRps, perReplicaRps, 0) + 1
      : 0;
  return Math.max(withHeadroom, spare, availability.minReplicas);
}

/** Replicas for a peak rate with headroom: ceil(peak x (1 + headroom) / per-replica rps). @public */
export function replicasFor(
  peakRps: number,
  perReplicaRps: number,
  headroom: number,
): number {
  if (perReplicaRps <= 0) return Infinity;
  return Math.max(
    1,
    Math.ceil((peakRps * (1 + headroom)) / perReplicaRps - 1e-9),
  );
}
