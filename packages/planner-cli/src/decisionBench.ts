import {
  CvError,
  DEFAULT_INTERVAL_LEVEL,
  KnowledgeBase,
  LatencySurface,
  Percentile,
  SurfaceCurve,
  createEngine,
  createPlanner,
  capacityClassFor,
  crossValidate,
  errorClassFor,
  errorModelOf,
  intervalQuantiles,
  measuredCrossings,
  quantileSorted,
  roundTo,
} from '@llm-planner/backstage-plugin-llm-planner-common';

/** Confidence levels the decision benchmark compares; 0.51 stands for "50 %". */
export const CONFIDENCES = [0.51, 0.8, 0.9, 0.95];
/** Peak load as multiples of the true per-replica capacity: 1, 2 and 5 replicas truly needed. */
const PEAK_MULTIPLES = [0.7, 1.8, 4.5];
const PERCENTILES: Percentile[] = ['p95', 'p90', 'p99'];

type Oracle = {
  surface: LatencySurface;
  curve: SurfaceCurve;
  pct: Percentile;
  ttftTargetMs: number;
  /** highest measured-interpolated load meeting the target, and its req/s */
  capacity: number;
  capacityRps: number;
};

const logInterp = (x0: number, y0: number, x1: number, y1: number, x: number) =>
  Math.exp(
    Math.log(y0) +
      ((Math.log(x) - Math.log(x0)) / (Math.log(x1) - Math.log(x0))) *
        (Math.log(y1) - Math.log(y0)),
  );

/**
 * Intents whose true answer the measurements know: for each measured load sweep with rising
 * TTFT, a TTFT target between two interior loads; the true per-replica capacity is where the
 * measured TTFT (log-log between points) crosses it, in req/s from the runs' measured request
 * throughput there (log-log between points; Little's law on measured e2e where none is reported).
 */
export function sweepOracles(
  surfaces: Map<string, LatencySurface>,
  runs: KnowledgeBase['runs'],
): Oracle[] {
  const out: Oracle[] = [];
  const byRow = new Map(runs.map(r => [r.row, r]));
  for (const surface of surfaces.values())
    for (const curve of surface.curves) {
      if (curve.inputTokens === null || curve.outputTokens === null) continue;
      const pct = PERCENTILES.find(
        p => curve.points.filter(pt => pt.ttft[p] !== undefined).length >= 4,
      );
      if (!pct) continue;
      const outTok = curve.outputTokens;
      // measured request throughput of the point's runs, else Little's law on measured e2e
      const rpsOf = (pt: SurfaceCurve['points'][number]) => {
        const measured = pt.rows
          .map(row => byRow.get(row))
          .map(
            r => r?.reqS ?? (r?.outputTokS ? r.outputTokS / outTok : undefined),
          )
          .filter((x): x is number => x !== undefined && x > 0);
        if (measured.length)
          return measured.reduce((a, b) => a + b, 0) / measured.length;
        const e2e = pt.e2e.mean ?? pt.e2e.p50;
        return e2e ? pt.concurrency / (e2e / 1000) : undefined;
      };
      const pts = curve.points.filter(
        pt => pt.ttft[pct] !== undefined && rpsOf(pt) !== undefined,
      );
      // targets the sweep crosses once between two interior points
      for (const x of measuredCrossings(pts, 'ttft', pct)) {
        if (x.index < 1 || x.index + 2 >= pts.length) continue;
        const [a, b] = [pts[x.index], pts[x.index + 1]];
        out.push({
          surface,
          curve,
          pct,
          ttftTargetMs: roundTo(x.target, 2),
          capacity: x.capacity,
          capacityRps: logInterp(
            a.concurrency,
            rpsOf(a)!,
            b.concurrency,
            rpsOf(b)!,
            x.capacity,
          ),
        });
      }
    }
  return out;
}

type Judged = {
  attained: number;
  planned: number;
  infeasible: number;
  regrets: number[];
};

const summary = (j: Judged) => ({
  intents: j.planned + j.infeasible,
  attainment:
    Math.round((j.attained / Math.max(1, j.planned + j.infeasible)) * 1000) /
    10,
  infeasible: j.infeasible,
  regret: {
    mean:
      Math.round(
        (j.regrets.reduce((a, b) => a + b, 0) / Math.max(1, j.regrets.length)) *
          100,
      ) / 100,
    max: Math.round(Math.max(0, ...j.regrets) * 100) / 100,
  },
});

/**
 * The decision-quality benchmark: for each sweep configuration, plan with every run of that
 * configuration removed from the knowledge base but the configuration forced (model, GPU, TP,
 * engine, precision), then judge the recommended replicas against the removed measurements:
 * attainment = share of intents whose per-replica load stays within the true capacity,
 * regret = recommended replicas / the fewest that truly meet the SLO. Ours at several
 * confidences next to the naive sizing on point predictions; then the same with only the
 * sweep's token shape held out (`shapeHeldOut`).
 */
export function decisionQuality(kb: KnowledgeBase) {
  const full = createEngine(kb);
  const oracles = sweepOracles(full.surfaces, kb.runs);
  const byConfig = new Map<string, Oracle[]>();
  for (const o of oracles)
    byConfig.set(o.surface.key, [...(byConfig.get(o.surface.key) ?? []), o]);
  const configurationHeldOut = newTally();
  for (const [, list] of byConfig) {
    const s = list[0].surface;
    judgeHeldOut(
      {
        ...kb,
        runs: kb.runs.filter(
          r =>
            !(
              r.modelId === s.modelId &&
              r.gpuId === s.gpuId &&
              r.tp === s.tp &&
              r.engine === s.engine &&
              r.precision === s.precision
            ),
        ),
      },
      list,
      configurationHeldOut,
    );
  }
  // the same questions with only the sweep's own token shape removed: the configuration's
  // other shapes stay, so the plan reads a shape transfer (how measured configurations are
  // planned for a new workload)
  const shapeHeldOut = newTally();
  const bySweep = new Map<SurfaceCurve, Oracle[]>();
  for (const o of oracles)
    bySweep.set(o.curve, [...(bySweep.get(o.curve) ?? []), o]);
  for (const [curve, list] of bySweep) {
    const rows = new Set(curve.points.flatMap(p => p.rows));
    judgeHeldOut(
      { ...kb, runs: kb.runs.filter(r => !rows.has(r.row)) },
      list,
      shapeHeldOut,
    );
  }
  const { ours, naive } = configurationHeldOut;
  return {
    oracle: {
      sweeps: new Set(oracles.map(o => `${o.surface.key}|${o.curve.dataset}`))
        .size,
      configurations: byConfig.size,
      intents: oracles.length * PEAK_MULTIPLES.length,
    },
    attainment: Object.fromEntries(
      CONFIDENCES.map(c => [String(c), summary(ours.get(c)!).attainment]),
    ),
    regret: Object.fromEntries(
      CONFIDENCES.map(c => [String(c), summary(ours.get(c)!).regret]),
    ),
    ours: Object.fromEntries(
      CONFIDENCES.map(c => [String(c), summary(ours.get(c)!)]),
    ),
    naive: summary(naive),
    shapeHeldOut: {
      ours: Object.fromEntries(
        CONFIDENCES.map(c => [String(c), summary(shapeHeldOut.ours.get(c)!)]),
      ),
      naive: summary(shapeHeldOut.naive),
    },
    coverage: intervalCoverage(kb),
  };
}

type Tally = { ours: Map<number, Judged>; naive: Judged };

const judged = (): Judged => ({
  attained: 0,
  planned: 0,
  infeasible: 0,
  regrets: [],
});

function newTally(): Tally {
  return {
    ours: new Map(CONFIDENCES.map(c => [c, judged()])),
    naive: judged(),
  };
}

/**
 * Plans each oracle's intents on a knowledge base without the measurements that answer them
 * (the configuration forced) and judges the replicas against those measurements.
 */
function judgeHeldOut(held: KnowledgeBase, list: Oracle[], totals: Tally) {
  const { ours, naive } = totals;
  const s = list[0].surface;
  const planner = createPlanner(held);
  const pointPlanner = createPlanner(held, {
    pointEstimates: true,
    factors: planner.engine.factors,
    surfaces: planner.engine.surfaces,
    errorModel: planner.engine.errorModel(),
  });
  for (const o of list)
    for (const m of PEAK_MULTIPLES) {
      const peak = o.capacityRps * m;
      const fewest = Math.ceil(peak / o.capacityRps - 1e-9);
      const intent = {
        useCase: 'chatbot',
        users: peak,
        usersMean: 'rps' as const,
        peakFactor: 1,
        model: s.modelId,
        gpu: s.gpuId,
        tp: s.tp,
        engine: s.engine,
        precision: s.precision,
        inputTokens: o.curve.inputTokens!,
        outputTokens: o.curve.outputTokens!,
        slo: {
          percentile: o.pct,
          ttftMs: o.ttftTargetMs,
          itlMs: 600_000,
          e2eMs: 600_000,
        },
        headroom: 0,
        availability: 'best-effort' as const,
        minReplicas: 1,
        maxAlternatives: 0,
      };
      const judge = (into: Judged, confidence?: number) => {
        const plan = (confidence ? planner : pointPlanner).plan({
          ...intent,
          ...(confidence ? { confidence } : {}),
        });
        const rec = plan.recommendations[0];
        if (!rec) {
          into.infeasible++;
          return;
        }
        into.planned++;
        const perReplica = plan.workload.peakRps / rec.replicas;
        if (perReplica <= o.capacityRps * (1 + 1e-9)) into.attained++;
        into.regrets.push(rec.replicas / fewest);
      };
      for (const c of CONFIDENCES) judge(ours.get(c)!, c);
      judge(naive);
    }
}

/**
 * Honest coverage of the default interval, of latency predictions and of the capacities sizing
 * reads: the error model is refitted without each configuration's cross-validated errors and
 * judged on them (grouped K-fold by configuration).
 */
export function intervalCoverage(kb: KnowledgeBase) {
  const engine = createEngine(kb);
  const cv = crossValidate(kb, engine.factors, engine.surfaces);
  const errors = cv.latency;
  const level = DEFAULT_INTERVAL_LEVEL;
  const lo = (1 - level) / 2;
  const hi = (1 + level) / 2;
  const tally = new Map<string, { n: number; inside: number }>();
  const count = (keys: string[], inside: boolean) => {
    for (const key of keys) {
      const t = tally.get(key) ?? { n: 0, inside: 0 };
      t.n++;
      if (inside) t.inside++;
      tally.set(key, t);
    }
  };
  const configs = [...new Set(errors.map(e => e.config))];
  for (const config of configs) {
    const model = errorModelOf(
      errors.filter(e => e.config !== config),
      cv.capacity.filter(e => e.config !== config),
    );
    for (const e of errors.filter(x => x.config === config)) {
      const used = errorClassFor(model, e.kind, e.metric, e.concurrency);
      if (!used) continue;
      const read = intervalQuantiles(model, e.kind);
      const l = quantileSorted(used.errors.logErrors, read.lo);
      const h = quantileSorted(used.errors.logErrors, read.hi);
      count(
        [`${e.kind} ${e.metric}`, 'all'],
        e.logError >= l && e.logError <= h,
      );
    }
    for (const e of cv.capacity.filter(x => x.config === config)) {
      const used = capacityClassFor(model, e.kind, e.metric, e.headroom);
      if (!used) continue;
      const l = quantileSorted(used.errors.logErrors, lo);
      const h = quantileSorted(used.errors.logErrors, hi);
      count(
        [`capacity ${e.kind} ${e.metric}`, 'capacity'],
        e.logError >= l && e.logError <= h,
      );
    }
  }
  return {
    level,
    /** the central levels of the class errors that intervals read (full knowledge base) */
    readLevels: engine.errorModel().intervalLevel,
    folds: configs.length,
    byClass: Object.fromEntries(
      [...tally]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, t]) => [
          k,
          { n: t.n, coveragePct: Math.round((t.inside / t.n) * 1000) / 10 },
        ]),
    ),
  };
}

export type { CvError };
