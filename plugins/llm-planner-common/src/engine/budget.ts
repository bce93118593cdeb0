import { roundTo } from '../stats';
import { labelOf, type Pending, type Sized } from './candidates';
import type { Engine } from './predictor';
import type {
  BudgetVerdict,
  Intent,
  Recommendation,
  SloMiss,
  Workload,
} from './schemas';

/** Days a month has for a per-run budget (`usdPerRun` x runs a day x 30) and a batch plan's runs a month. @public */
export const DAYS_PER_MONTH = 30;

/** Configurations whose affordable size is predicted when the SLO costs more than the budget. */
const AFFORDABLE_TRIED = 40;

/** The monthly ceiling of an intent's budget, and how it was obtained; null without one. */
export function budgetCeiling(
  intent: Intent,
): { usd: number; basis: string } | null {
  const b = intent.budget;
  if (b?.usdPerMonth !== undefined)
    return { usd: b.usdPerMonth, basis: `$${b.usdPerMonth}/month as asked` };
  if (b?.usdPerRun !== undefined) {
    const runs = intent.batch?.runsPerDay ?? 1;
    return {
      usd: roundTo(b.usdPerRun * runs * DAYS_PER_MONTH, 2),
      basis: `$${
        b.usdPerRun
      }/run x ${runs} run(s)/day x ${DAYS_PER_MONTH} days${
        intent.batch?.runsPerDay === undefined ? ' (one run a day assumed)' : ''
      }, for always-on replicas`,
    };
  }
  return null;
}

/**
 * With `preference: 'performance'`, the configuration with the most SLO margin that stays
 * within the ceiling goes first: the largest per-replica capacity above what the peak needs,
 * i.e. the fewest requests in flight per replica relative to its capacity. Otherwise (and by
 * default) the order stays cheapest first.
 */
export function orderByPreference(
  sized: Sized[],
  intent: Intent,
  peakRps: number,
): Sized[] {
  if (intent.budget?.preference !== 'performance') return sized;
  const ceiling = budgetCeiling(intent)?.usd ?? Infinity;
  // spare capacity at peak: replicas x per-replica rps / peak
  const spare = (s: Sized) => (s.replicas * s.sizing.rps) / peakRps;
  const within = sized.filter(s => s.perMonth <= ceiling);
  const over = sized.filter(s => s.perMonth > ceiling);
  within.sort((a, b) => spare(b) - spare(a) || a.perMonth - b.perMonth);
  return [...within, ...over];
}

/**
 * How the plan relates to the ceiling: within it (the best plan is affordable), or over it, and
 * then what the ceiling buys: for each affordable configuration, the replicas it pays for, the
 * load each replica then carries (the peak split evenly, no headroom), and the predicted
 * percentiles at that load (as sizing at the plan's confidence reads them) against the SLO targets; the configuration that misses least is
 * named with its misses, next to what meeting the SLO costs.
 */
export function budgetVerdict(args: {
  intent: Intent;
  engine: Engine;
  pending: Pending[];
  workload: Workload;
  best: Recommendation | undefined;
  inTok: number;
  outTok: number;
  /** the confidence the plan is sized at (null: point predictions) */
  confidence: number | null;
}): BudgetVerdict | undefined {
  const { intent, engine, pending, workload, best, inTok, outTok, confidence } =
    args;
  const ceiling = budgetCeiling(intent);
  if (!ceiling) return undefined;
  const sloCost = best ? best.cost.perMonth : null;
  const base = {
    ceilingUsdPerMonth: ceiling.usd,
    basis: ceiling.basis,
    sloCostUsdPerMonth: sloCost,
  };
  if (best && best.cost.perMonth <= ceiling.usd)
    return {
      ...base,
      withinBudget: true,
      affordable: null,
      message: `The best plan costs ${usd(
        best.cost.perMonth,
      )}/month, within the ${usd(ceiling.usd)}/month budget (${usd(
        ceiling.usd - best.cost.perMonth,
      )} to spare).`,
    };
  const slo = workload.slo;
  const pct = slo.percentile;
  let pick:
    | { pc: Pending; replicas: number; misses: SloMiss[]; worst: number }
    | undefined;
  const candidates = pending
    .filter(pc => pc.lb <= ceiling.usd)
    .slice(0, AFFORDABLE_TRIED);
  for (const pc of candidates) {
    const replicas = Math.floor(ceiling.usd / pc.lb + 1e-9);
    if (replicas < 1) continue;
    const probe = engine.statProbe(
      pc.configs.get(pc.tp, pc.precision),
      inTok,
      outTok,
    );
    const need = workload.peakRps / replicas;
    const rpsAt = (c: number) => {
      const e2e = probe.value('e2e', 'mean', c);
      return e2e === null || e2e <= 0 ? null : c / (e2e / 1000);
    };
    const top = Math.max(1, Math.min(pc.maxConc, 1024));
    const topRps = rpsAt(top);
    if (topRps === null) continue;
    const misses: SloMiss[] = [];
    let c = top;
    if (topRps < need) {
      const served = topRps * replicas;
      misses.push({
        metric: 'load',
        percentile: pct,
        target: roundTo(workload.peakRps, 2),
        predicted: roundTo(served, 2),
        overPct: roundTo((1 - served / workload.peakRps) * 100, 1),
      });
    } else {
      // smallest in-flight load whose throughput covers the replica's share of the peak
      let lo = 0;
      let hi = top;
      for (let i = 0; i < 30 && hi - lo > 0.01; i++) {
        const mid = (lo + hi) / 2;
        const r = rpsAt(Math.max(mid, 0.01));
        if (r !== null && r >= need) hi = mid;
        else lo = mid;
      }
      c = Math.max(hi, 0.01);
    }
    for (const [metric, key] of [
      ['ttft', 'ttftMs'],
      ['itl', 'itlMs'],
      ['e2e', 'e2eMs'],
    ] as const) {
      const target = slo[key];
      if (!target) continue;
      const v =
        confidence === null
          ? probe.value(metric, pct, c)
          : probe.atConfidence(metric, pct, c, confidence);
      if (v === null || v <= target) continue;
      misses.push({
        metric,
        percentile: pct,
        target,
        predicted: Math.round(v),
        overPct: roundTo((v / target - 1) * 100, 1),
      });
    }
    const worst = misses.some(m => m.metric === 'load')
      ? Infinity
      : Math.max(0, ...misses.map(m => m.overPct));
    if (!pick || worst < pick.worst) pick = { pc, replicas, misses, worst };
  }
  const costs =
    sloCost === null
      ? 'no configuration meets the SLO at any price in the catalog'
      : `meeting the SLO costs ${usd(sloCost)}/month (${usd(
          sloCost - ceiling.usd,
        )} over)`;
  if (!pick)
    return {
      ...base,
      withinBudget: false,
      affordable: null,
      message: `The ${usd(
        ceiling.usd,
      )}/month budget does not pay for one replica of any configuration that fits; ${costs}.`,
    };
  const gpus = pick.replicas * pick.pc.tp;
  const perMonth = roundTo(pick.replicas * pick.pc.lb, 2);
  const missText = pick.misses.length
    ? pick.misses.map(missText1).join('; ')
    : 'no latency target, but only without the headroom and spare replica the plan keeps';
  return {
    ...base,
    withinBudget: false,
    affordable: {
      config: labelOf(pick.pc),
      replicas: pick.replicas,
      gpus,
      perMonth,
      misses: pick.misses,
    },
    message: `The ${usd(ceiling.usd)}/month budget buys ${
      pick.replicas
    } replica(s) of ${labelOf(pick.pc)} (${gpus} GPU(s), ${usd(
      perMonth,
    )}/month), which misses: ${missText}; ${costs}.`,
  };
}

function missText1(m: SloMiss): string {
  if (m.metric === 'load')
    return `load: serves ${m.predicted} of ${m.target} req/s at peak (${m.overPct} % unserved)`;
  return `${m.metric.toUpperCase()} ${m.percentile} ${m.predicted} ms vs ${
    m.target
  } ms target (+${m.overPct} %)`;
}

function usd(x: number): string {
  return `$${Math.round(x).toLocaleString('en-US')}`;
}
