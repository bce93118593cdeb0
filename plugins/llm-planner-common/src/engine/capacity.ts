import type { Engine, ResolvedConfig } from './predictor';
import { worstProvenance } from './predictor';
import type {
  PredictedValue,
  ProvenanceKind,
  SloMargin,
  SloTargets,
} from './schemas';

/** Replica headroom above the peak rate. Modelling assumption. @public */
export const DEFAULT_HEADROOM = 0.2;

/** Upper bound of the in-flight load searched when memory does not bound it. @public */
export const MAX_SEARCH_CONCURRENCY = 1024;

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

type Check = {
  ok: boolean;
  known: boolean;
  values: Capacity['values'];
  failing: string[];
};

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
): Capacity {
  const pct = slo.percentile;
  const targets: ['ttft' | 'itl' | 'e2e', number][] = [];
  if (slo.ttftMs) targets.push(['ttft', slo.ttftMs]);
  if (slo.itlMs) targets.push(['itl', slo.itlMs]);
  if (slo.e2eMs) targets.push(['e2e', slo.e2eMs]);
  const check = (c: number, explain = false): Check => {
    const values: Capacity['values'] = {};
    const failing: string[] = [];
    let known = true;
    for (const [metric, target] of targets) {
      const v = engine.predictStat(
        cfg,
        metric,
        pct,
        inputTokens,
        outputTokens,
        c,
        explain,
      );
      if (!v) {
        known = false;
        break;
      }
      values[metric] = v;
      if (v.value > target) failing.push(metric);
    }
    return { ok: known && failing.length === 0, known, values, failing };
  };
  const cap = Math.min(
    maxConcurrency ?? MAX_SEARCH_CONCURRENCY,
    MAX_SEARCH_CONCURRENCY,
  );
  const empty = (
    reason: string,
    values: Capacity['values'] = {},
    limitedBy = '',
  ): Capacity => ({
    feasible: false,
    concurrency: 0,
    rps: 0,
    margins: margins(values, targets, pct),
    values,
    provenance: provOf(values),
    limitedBy,
    reason,
  });
  if (cap < 1)
    return empty('memory holds less than one sequence of this context');
  const first = check(1, true);
  if (!first.known)
    return empty(
      'no measurement and no estimate possible for this configuration',
    );
  if (!first.ok)
    return empty(
      `misses ${first.failing
        .map(m => `${m.toUpperCase()} ${pct}`)
        .join(', ')} even with one request in flight`,
      first.values,
      first.failing.join(','),
    );
  let lo = 1;
  let loCheck = first;
  let hi: number | null = null;
  let hiCheck: Check | null = null;
  for (let c = 1.5; c <= cap * 1.0001; c *= 1.5) {
    const r = check(c);
    if (r.ok) {
      lo = c;
      loCheck = r;
    } else {
      hi = c;
      hiCheck = r;
      break;
    }
  }
  if (hi === null && lo < cap) {
    const r = check(cap);
    if (r.ok) {
      lo = cap;
      loCheck = r;
    } else {
      hi = cap;
      hiCheck = r;
    }
  }
  if (hi !== null) {
    for (let i = 0; i < 7; i++) {
      const mid = Math.sqrt(lo * hi);
      const r = check(mid);
      if (r.ok) {
        lo = mid;
        loCheck = r;
      } else {
        hi = mid;
        hiCheck = r;
      }
    }
  }
  loCheck = check(lo, true);
  const e2eMean = engine.predictStat(
    cfg,
    'e2e',
    'mean',
    inputTokens,
    outputTokens,
    lo,
  );
  if (!e2eMean) return empty('no e2e prediction for the throughput');
  const values = { ...loCheck.values, e2eMean };
  const limitedBy = hiCheck
    ? hiCheck.failing.map(m => `${m.toUpperCase()} ${pct}`).join(', ')
    : `memory (${cap} sequences)`;
  return {
    feasible: true,
    concurrency: Math.round(lo * 100) / 100,
    rps: lo / (e2eMean.value / 1000),
    margins: margins(loCheck.values, targets, pct),
    values,
    provenance: provOf(values),
    limitedBy,
    reason: `meets every SLO up to ${
      Math.round(lo * 100) / 100
    } requests in flight; beyond that ${limitedBy} fails`,
  };
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
): SloMargin[] {
  const out: SloMargin[] = [];
  for (const [metric, target] of targets) {
    const v = values[metric];
    if (!v) continue;
    out.push({
      metric,
      percentile: pct,
      targetMs: target,
      predictedMs: Math.round(v.value * 100) / 100,
      marginPct: Math.round(((target - v.value) / target) * 1000) / 10,
      provenance: v.provenance,
    });
  }
  return out;
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
