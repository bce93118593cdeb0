import { LRUCache } from 'lru-cache';
import {
  Capacity,
  replicasAt,
  Sizing,
  capacityAtSlo,
  capacityDetail,
} from './capacity';
import { ConfigCache, ConfigChoice, Pending, Sized } from './candidates';
import { PriceIndex, buildPriceIndex, costFor } from './cost';
import { budgetVerdict } from './budget';
import { memoryFit } from './memory';
import {
  Engine,
  EngineOptions,
  ResolvedConfig,
  THINLY_COVERED_GPUS,
  createEngine,
} from './predictor';
import {
  PlanRequest,
  Rejections,
  candidates,
  fitConfigurations,
  gpuClass,
  infeasibleSensitivity,
  planRequest,
  provRank,
  rankAlternatives,
  rejections,
  shapeKey,
  sizeAndPrice,
} from './planSteps';
import { isBatchIntent, planBatch } from './batchPlan';
import type {
  Intent,
  KnowledgeBase,
  Plan,
  Recommendation,
  Sensitivity,
  SloTargets,
  Workload,
} from './schemas';

export { TP_CANDIDATES } from './planSteps';

/** A planner bound to one knowledge base: indexes built once, reused by every plan. @public */
export type Planner = {
  engine: Engine;
  plan(intent: Intent): Plan;
};

type Candidate = {
  cfg: ResolvedConfig;
  cap: Capacity;
  /** sequences of the workload's context that fit in memory */
  maxConc: number;
  rec: Recommendation;
};

/**
 * The configurations a plan considers and their sizing at the SLO depend on the workload's
 * shape (use case, token counts, SLO, named model or GPU, engine, pricing), not on its load:
 * intents that differ only in users, headroom or alternatives (every what-if edit of the
 * user count) share them. Entries hold plain numbers and references to the knowledge base.
 */
type Shape = {
  /** memory-feasible, priced configurations, cheapest bound first */
  pending: Pending[];
  /** configurations rejected while enumerating, in order */
  rejections: { choice: ConfigChoice; reason: () => string }[];
  /** sizing of `pending[i]`, filled as plans reach it */
  sizings: (Sizing | undefined)[];
  /** explanation of configurations once chosen, filled as plans choose them */
  details: Map<Pending, Detail>;
};

/**
 * What a chosen configuration's recommendation holds that depends only on the shape and the
 * configuration: capacity explained, prediction and memory at capacity, and the capacity under
 * each tightened SLO target of the sensitivity. Plans of a shape share these objects (plans are
 * never modified once built). Kept with the confidence it was computed at, which the shape key
 * leaves out when sizing on point estimates.
 */
type Detail = {
  confidence: number;
  cap: Capacity;
  prediction: Recommendation['prediction'];
  memory: Recommendation['memory'];
  tighter: Partial<Record<'ttftMs' | 'itlMs' | 'e2eMs', Capacity>>;
};

/** Shapes kept per planner (least recently used dropped first). */
const SHAPES_KEPT = 64;

/** Shapes of a planner by key, built by the function a lookup passes when missing. */
type ShapeCache = LRUCache<string, Shape, () => Shape>;

function createShapeCache(): ShapeCache {
  return new LRUCache({
    max: SHAPES_KEPT,
    memoMethod: (_key, _stale, { context: build }) => build(),
  });
}

/** Builds a planner (engine, price index) once for a knowledge base. @public */
export function createPlanner(
  kb: KnowledgeBase,
  options: EngineOptions & {
    /**
     * size on point predictions instead of their upper bound at the intent's confidence: the
     * naive sizing the planner benchmark compares with, never what users get
     */
    pointEstimates?: boolean;
  } = {},
): Planner {
  const engine = createEngine(kb, options);
  const priceIdx = buildPriceIndex(kb.prices);
  const pricedGpus = new Set(
    kb.prices.map(p => p.gpuId).filter(Boolean) as string[],
  );
  const configCache = new ConfigCache(engine);
  const shapes = createShapeCache();
  return {
    engine,
    plan: intent =>
      planWith(
        engine,
        priceIdx,
        pricedGpus,
        configCache,
        shapes,
        intent,
        options.pointEstimates ?? false,
      ),
  };
}

/** One-shot plan (builds the indexes each call: prefer {@link createPlanner} for repeated use). @public */
export function planDeployment(kb: KnowledgeBase, intent: Intent): Plan {
  return createPlanner(kb).plan(intent);
}

/**
 * One plan: request → candidates → fit → size and price → rank → explain. The fitted
 * configurations and their sizing are kept per workload shape, so intents that differ only in
 * load share them.
 */
function planWith(
  engine: Engine,
  priceIdx: PriceIndex,
  pricedGpus: Set<string>,
  configCache: ConfigCache,
  shapes: ShapeCache,
  rawIntent: Intent,
  pointEstimates: boolean,
): Plan {
  const req = planRequest(engine.kb, rawIntent, pointEstimates);
  if (isBatchIntent(req.intent))
    return planBatch(engine, priceIdx, pricedGpus, configCache, req);
  const found = candidates(engine, pricedGpus, req);
  const shape = shapes.memo(shapeKey(req, found), {
    context: () => ({
      ...fitConfigurations(priceIdx, configCache, req, found),
      sizings: [],
      details: new Map(),
    }),
  });
  const rejected = rejections();
  for (const { choice, reason } of shape.rejections)
    rejected.add(choice, reason);
  const { pending } = shape;
  const { sized, evaluated } = sizeAndPrice(
    engine,
    pending,
    shape.sizings,
    req,
    rejected.add,
  );
  if (evaluated < pending.length)
    req.dataNotes.push(
      `${pending.length - evaluated} of ${
        pending.length
      } memory-feasible configurations were not sized: their one-replica cost already exceeds the options shown`,
    );
  const ranked = rankAlternatives(sized, req.intent, req.workload.peakRps);
  const explained = explainChosen(engine, priceIdx, shape, ranked, req);
  return summarise(engine, pending, explained, rejected, req);
}

/**
 * Explain: each chosen configuration as a recommendation (its shape-level detail computed once),
 * ranked, with its formula trace, explanation and difference from the best, and the best
 * option's sensitivity to tighter targets and other prices.
 */
function explainChosen(
  engine: Engine,
  priceIdx: PriceIndex,
  shape: Shape,
  ranked: { chosen: Sized[]; kinds: Recommendation['kind'][] },
  req: PlanRequest,
): {
  chosen: Candidate[];
  recommendations: Recommendation[];
  sensitivity: Sensitivity[];
} {
  const { workload, confidence, headroom, pricing, inTok, outTok } = req;
  const chosen = ranked.chosen.map((c, i) => {
    let detail = shape.details.get(c.pc);
    if (detail?.confidence !== confidence) {
      detail = detailOf(engine, c, workload, inTok, outTok, confidence);
      shape.details.set(c.pc, detail);
    }
    return candidateOf(
      priceIdx,
      c,
      detail,
      ranked.kinds[i],
      req.engineName,
      pricing,
      workload,
      outTok,
      confidence,
      req.availability,
    );
  });
  const recommendations = chosen.map((c, i) => {
    c.rec.rank = i + 1;
    c.rec.formulaTrace = traceFor(c, workload, headroom, inTok, outTok);
    c.rec.explanation = explain(c, workload, headroom, pricing);
    if (i > 0) c.rec.difference = differenceFrom(c.rec, chosen[0].rec);
    return c.rec;
  });
  const sizeReplicas = (peak: number, perReplicaRps: number) =>
    replicasAt(peak, perReplicaRps, headroom, req.availability);
  const sensitivity = chosen.length
    ? sensitivityFor(
        engine,
        priceIdx,
        chosen[0],
        shape.details.get(ranked.chosen[0].pc)!,
        workload,
        sizeReplicas,
        confidence,
        pricing,
        inTok,
        outTok,
      )
    : [];
  return { chosen, recommendations, sensitivity };
}

/** The plan: recommendations with the budget verdict, data notes and a one-paragraph explanation. */
function summarise(
  engine: Engine,
  pending: Pending[],
  explained: {
    chosen: Candidate[];
    recommendations: Recommendation[];
    sensitivity: Sensitivity[];
  },
  rejected: Rejections,
  req: PlanRequest,
): Plan {
  const { intent, workload, assumptions, dataNotes } = req;
  const { chosen, recommendations, sensitivity } = explained;
  for (const r of recommendations)
    if (THINLY_COVERED_GPUS.includes(r.gpuId) && r.provenance !== 'measured')
      dataNotes.push(
        `${r.gpuId} is thinly covered by the seed data: its figures are ${r.provenance}, not measured`,
      );
  const cheapestRec = recommendations.reduce<Recommendation | undefined>(
    (a, r) => (!a || r.cost.perMonth < a.cost.perMonth ? r : a),
    undefined,
  );
  const budget = budgetVerdict({
    intent,
    engine,
    pending,
    workload,
    best: cheapestRec,
    inTok: req.inTok,
    outTok: req.outTok,
    confidence: req.sizingConfidence,
  });
  if (intent.budget?.preference === 'performance' && budget?.withinBudget)
    assumptions.push(
      'price preference "performance": the option with the most spare capacity at peak within the budget is ranked first',
    );
  const explanation = `${
    chosen.length
      ? `${recommendations[0].explanation} ${
          recommendations.length - 1
        } alternative(s) follow.`
      : `No configuration meets the SLO (${sloText(
          workload.slo,
        )}) within memory and with a known price; ${
          rejected.count
        } configurations were rejected (see rejected).`
  }${budget ? ` Budget: ${budget.message}` : ''}`;
  return {
    intent,
    workload,
    recommendations,
    rejected: rejected.shown,
    sensitivity,
    assumptions,
    explanation,
    dataNotes,
    ...(budget ? { budget } : {}),
  };
}

/** The load-independent part of a chosen configuration's explanation. */
function detailOf(
  engine: Engine,
  s: Sized,
  workload: Workload,
  inTok: number,
  outTok: number,
  confidence: number,
): Detail {
  const { model, gpu, tp, precision } = s.pc;
  const cap = capacityDetail(
    engine,
    s.cfg,
    inTok,
    outTok,
    workload.slo,
    s.sizing,
    confidence,
  );
  return {
    confidence,
    cap,
    prediction: engine.predict(s.cfg, inTok, outTok, {
      concurrency: Math.max(1, cap.concurrency),
    }),
    memory: memoryFit(
      model,
      gpu,
      tp,
      precision,
      inTok + outTok,
      Math.ceil(cap.concurrency),
    ),
    tighter: {},
  };
}

/** Explains a chosen configuration: capacity values and margins, full cost, memory at load. */
function candidateOf(
  priceIdx: PriceIndex,
  s: Sized,
  detail: Detail,
  kind: Recommendation['kind'],
  engineName: string,
  pricing: 'on-demand' | 'spot',
  workload: Workload,
  outTok: number,
  confidence: number,
  availability: Recommendation['availability'],
): Candidate {
  const { model, gpu, tp, precision } = s.pc;
  const { cap } = detail;
  const cost = costFor(
    priceIdx,
    gpu.id,
    tp,
    s.gpus,
    pricing,
    workload.peakRps,
    outTok,
  )!;
  return {
    cfg: s.cfg,
    cap,
    maxConc: s.pc.maxConc,
    rec: {
      rank: 0,
      modelId: model.id,
      hfId: model.hfId,
      gpuId: gpu.id,
      tp,
      engine: engineName,
      precision,
      replicas: s.replicas,
      gpus: s.gpus,
      capacityConcurrencyPerReplica: cap.concurrency,
      capacityRpsPerReplica: Math.round(cap.rps * 1000) / 1000,
      prediction: detail.prediction,
      margins: cap.margins,
      memory: detail.memory,
      cost,
      provenance: cap.provenance,
      explanation: '',
      formulaTrace: [],
      kind,
      confidence,
      availability,
    },
  };
}

/** Why an alternative is shown: what it trades against the best option. */
function differenceFrom(r: Recommendation, best: Recommendation): string {
  const parts: string[] = [];
  if (gpuClass(r.gpuId) !== gpuClass(best.gpuId))
    parts.push(`other GPU (${r.gpuId})`);
  if (r.modelId !== best.modelId) parts.push(`other model (${r.hfId})`);
  const dearer = r.cost.perMonth / best.cost.perMonth - 1;
  parts.push(
    Math.abs(dearer) < 0.005
      ? 'same cost'
      : `${Math.round(Math.abs(dearer) * 100)} % ${
          dearer > 0 ? 'dearer' : 'cheaper'
        }`,
  );
  const ttft = (x: Recommendation) =>
    x.margins.find(m => m.metric === 'ttft')?.predictedMs;
  const a = ttft(r);
  const b = ttft(best);
  if (a !== undefined && b !== undefined && b > 0 && Math.abs(a / b - 1) >= 0.1)
    parts.push(
      `first token ${Math.round(Math.abs(a / b - 1) * 100)} % ${
        a < b ? 'faster' : 'slower'
      } at capacity`,
    );
  if (provRank(r.provenance) < provRank(best.provenance))
    parts.push(`better evidence (${r.provenance} vs ${best.provenance})`);
  else if (provRank(r.provenance) > provRank(best.provenance))
    parts.push(`weaker evidence (${r.provenance})`);
  return parts.join('; ');
}

function sloText(s: SloTargets): string {
  const parts = [];
  if (s.ttftMs) parts.push(`TTFT ${s.percentile} <= ${s.ttftMs} ms`);
  if (s.itlMs) parts.push(`ITL ${s.percentile} <= ${s.itlMs} ms`);
  if (s.e2eMs) parts.push(`e2e ${s.percentile} <= ${s.e2eMs} ms`);
  return parts.join(', ');
}

function explain(
  c: Candidate,
  w: Workload,
  headroom: number,
  pricing: string,
): string {
  const r = c.rec;
  let who = `${w.users} req/s`;
  if (w.usersMean === 'population')
    who = `${w.users} users read as a population (${
      Math.round((w.concurrentSessions ?? 0) * 10) / 10
    } concurrent sessions)`;
  else if (w.usersMean === 'concurrent') who = `${w.users} concurrent sessions`;
  const margins = r.margins
    .map(
      m =>
        `${m.metric.toUpperCase()} ${m.predictedMs} ms vs ${m.targetMs} ms (${
          m.marginPct >= 0 ? '+' : ''
        }${m.marginPct} % margin${
          m.upperMarginPct !== undefined
            ? `, ${m.upperMarginPct >= 0 ? '+' : ''}${
                m.upperMarginPct
              } % at the upper ${m.confidence} bound ${m.upperMs} ms`
            : ''
        }${
          m.probability !== undefined
            ? `, P(meets) ${Math.round(m.probability * 100)} %`
            : ''
        }, ${m.provenance})`,
    )
    .join('; ');
  return (
    `${r.kind === 'best' ? 'Cheapest feasible' : `Alternative (${r.kind})`}: ${
      r.replicas
    } replica(s) of ${r.hfId} on ${r.tp} x ${r.gpuId} (${r.engine}, ${
      r.precision
    }) = ${r.gpus} GPU(s), $${r.cost.perMonth}/month ${pricing} (${
      r.cost.provider
    } ${r.cost.region}, price as of ${r.cost.priceAsOf}). ` +
    `Workload: ${who} -> peak ${w.peakRps} req/s. One replica meets ${sloText(
      w.slo,
    )} with ${Math.round(r.confidence * 1000) / 10} % confidence up to ${
      r.capacityConcurrencyPerReplica
    } requests in flight = ${r.capacityRpsPerReplica} req/s (limited by ${
      c.cap.limitedBy
    }); ` +
    `${Math.round(headroom * 100)} % headroom and ${
      r.availability.policy
    } availability give ${
      r.replicas
    } replica(s). At that load: ${margins}. Numbers are ${
      r.provenance
    }.${outcomeCorrections(c)}`
  );
}

/** Which deployments' measured outcomes moved the capacity numbers, and by how much. */
function outcomeCorrections(c: Candidate): string {
  const notes: string[] = [];
  for (const [metric, v] of Object.entries(c.cap.values)) {
    const at = v?.basis.lastIndexOf('; x ') ?? -1;
    if (v?.provenance === 'calibrated' && at >= 0 && metric !== 'e2eMean')
      notes.push(`${metric.toUpperCase()} ${v.basis.slice(at + 2)}`);
  }
  return notes.length
    ? ` Corrected by measured outcomes of deployments: ${notes.join('; ')}.`
    : '';
}

function traceFor(
  c: Candidate,
  w: Workload,
  headroom: number,
  inTok: number,
  outTok: number,
): string[] {
  const r = c.rec;
  const e2e = c.cap.values.e2eMean;
  return [
    ...w.trace,
    `shape: ${inTok} input / ${outTok} output tokens (mean)`,
    `memory at TP ${r.tp}: ${r.memory.reason}`,
    `capacity: largest in-flight load C at which every SLO target at ${w.slo.percentile} holds with probability ${r.confidence} = ${r.capacityConcurrencyPerReplica} (${c.cap.reason})`,
    ...r.margins.map(
      m =>
        `  ${m.metric.toUpperCase()} ${m.percentile}(C) = ${m.predictedMs} ms${
          m.lowMs !== undefined
            ? ` (${Math.round((m.level ?? 0) * 100)} % interval ${m.lowMs}-${
                m.highMs
              } ms)`
            : ''
        }; upper ${m.confidence ?? r.confidence} bound ${
          m.upperMs ?? '?'
        } ms <= ${m.targetMs} ms [${m.provenance}; P(meets) = ${
          m.probability ?? '?'
        }]`,
    ),
    `per-replica throughput = C / mean e2e(C) = ${
      r.capacityConcurrencyPerReplica
    } / ${e2e ? Math.round(e2e.value) : '?'} ms = ${
      r.capacityRpsPerReplica
    } req/s (Little's law) [${e2e?.provenance ?? '?'}]`,
    `replicas = max(ceil(peak x (1 + headroom) / per-replica), availability floor) = max(ceil(${
      w.peakRps
    } x ${1 + headroom} / ${r.capacityRpsPerReplica}), ${
      r.availability.policy === 'n+1'
        ? `ceil(peak / per-replica) + 1, ${r.availability.minReplicas}`
        : r.availability.minReplicas
    }) = ${r.replicas} [${r.availability.policy}]`,
    `GPUs = TP x replicas = ${r.tp} x ${r.replicas} = ${r.gpus}`,
    `cost = ${r.gpus} GPUs x $${r.cost.pricePerGpuHour}/GPU-h = $${r.cost.perHour}/h x ${r.cost.hoursPerMonth} h = $${r.cost.perMonth}/month (${r.cost.priceSource})`,
    `$/1M output tokens at peak = $${r.cost.perHour}/h / (${w.peakRps} req/s x ${outTok} tokens x 3600 s / 1e6) = $${r.cost.per1MOutputTokens}`,
  ];
}

function sensitivityFor(
  engine: Engine,
  priceIdx: PriceIndex,
  best: Candidate,
  detail: Detail,
  w: Workload,
  sizeReplicas: (peak: number, perReplicaRps: number) => number,
  confidence: number,
  pricing: 'on-demand' | 'spot',
  inTok: number,
  outTok: number,
): Sensitivity[] {
  const r = best.rec;
  const out: Sensitivity[] = [];
  const line = (
    change: string,
    replicas: number | null,
    note: string,
    peak = w.peakRps,
  ): Sensitivity => {
    if (replicas === null) return infeasibleSensitivity(change, note);
    const gpus = replicas * r.tp;
    const cost = costFor(priceIdx, r.gpuId, r.tp, gpus, pricing, peak, outTok);
    const perMonth = cost ? cost.perMonth : null;
    return {
      change,
      replicas,
      gpus,
      deltaReplicas: replicas - r.replicas,
      perMonth,
      deltaPerMonth:
        perMonth === null
          ? null
          : Math.round((perMonth - r.cost.perMonth) * 100) / 100,
      note,
    };
  };
  const users2 = sizeReplicas(w.peakRps * 2, best.cap.rps);
  out.push(
    line(
      'users x2',
      users2,
      `peak ${w.peakRps * 2} req/s on the same configuration`,
      w.peakRps * 2,
    ),
  );
  const tighter = (metric: 'ttftMs' | 'itlMs' | 'e2eMs', label: string) => {
    const target = w.slo[metric];
    if (!target) return;
    const slo = { ...w.slo, [metric]: Math.round(target * 0.8 * 100) / 100 };
    const cap = (detail.tighter[metric] ??= capacityAtSlo(
      engine,
      best.cfg,
      inTok,
      outTok,
      slo,
      best.maxConc,
      confidence,
    ));
    if (!cap.feasible)
      out.push(
        line(
          `${label} target -20 % (${slo[metric]} ms)`,
          null,
          `infeasible on ${r.modelId} / ${r.gpuId} TP${r.tp}: ${cap.reason}; re-plan to find another configuration`,
        ),
      );
    else
      out.push(
        line(
          `${label} target -20 % (${slo[metric]} ms)`,
          sizeReplicas(w.peakRps, cap.rps),
          `capacity per replica ${
            Math.round(cap.rps * 1000) / 1000
          } req/s (was ${r.capacityRpsPerReplica})`,
        ),
      );
  };
  tighter('ttftMs', 'TTFT');
  tighter('itlMs', 'ITL');
  if (r.cost.alternative)
    out.push({
      change: `${r.cost.alternative.pricing} instead of ${pricing}`,
      replicas: r.replicas,
      gpus: r.gpus,
      deltaReplicas: 0,
      perMonth: r.cost.alternative.perMonth,
      deltaPerMonth:
        Math.round((r.cost.alternative.perMonth - r.cost.perMonth) * 100) / 100,
      note: `${r.cost.alternative.priceSource} (as of ${
        r.cost.alternative.priceAsOf
      })${
        r.cost.alternative.pricing === 'spot'
          ? '; spot capacity can be reclaimed'
          : ''
      }`,
    });
  return out;
}
