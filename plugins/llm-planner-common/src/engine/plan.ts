import {
  Capacity,
  DEFAULT_HEADROOM,
  replicasAt,
  Sizing,
  capacityAtSlo,
  capacityDetail,
  infeasibleReason,
  sizeAtSlo,
} from './capacity';
import {
  CheapestK,
  ConfigCache,
  ConfigChoice,
  Pending,
  Sized,
  labelOf,
} from './candidates';
import {
  HOURS_PER_MONTH,
  PriceIndex,
  buildPriceIndex,
  costFor,
  monthlyCost,
  pickPrice,
} from './cost';
import { budgetVerdict, orderByPreference } from './budget';
import {
  hasKvShape,
  memoryCapacity,
  memoryFit,
  missingArchitecture,
  missingArchitectureReason,
} from './memory';
import {
  Engine,
  EngineOptions,
  ResolvedConfig,
  THINLY_COVERED_GPUS,
  createEngine,
} from './predictor';
import { deriveWorkload } from './workload';
import { useCaseTask } from '../registry/useCases';
import { DEFAULT_CONFIDENCE } from './uncertainty';
import type {
  Availability,
  GpuSpec,
  ProvenanceKind,
  Intent,
  KnowledgeBase,
  ModelSpec,
  Plan,
  Precision,
  Recommendation,
  Sensitivity,
  SloTargets,
  Workload,
} from './schemas';
import { IntentSchema, ProvenanceKindSchema } from './schemas';

/** Tensor-parallel sizes considered. @public */
export const TP_CANDIDATES = [1, 2, 4, 8];

/** A planner bound to one knowledge base: indexes built once, reused by every plan. @public */
export type Planner = {
  engine: Engine;
  plan(intent: Intent): Plan;
};

/** Rejected configurations listed in a plan (the count covers all of them). */
const REJECTED_SHOWN = 50;

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

class ShapeCache {
  private readonly shapes = new Map<string, Shape>();

  get(key: string, build: () => Shape): Shape {
    let shape = this.shapes.get(key);
    if (shape) {
      this.shapes.delete(key);
    } else {
      shape = build();
      if (this.shapes.size >= SHAPES_KEPT)
        this.shapes.delete(this.shapes.keys().next().value!);
    }
    this.shapes.set(key, shape);
    return shape;
  }
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
  const shapes = new ShapeCache();
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

function precisionsFor(
  model: ModelSpec,
  gpu: GpuSpec,
  hint?: Precision,
): Precision[] {
  if (hint) return [hint];
  if (model.nativePrecision) return [model.nativePrecision as Precision];
  const half: Precision =
    gpu.bf16Tflops === null && gpu.fp16Tflops !== null ? 'fp16' : 'bf16';
  return gpu.fp8 ? [half, 'fp8'] : [half];
}

function planWith(
  engine: Engine,
  priceIdx: PriceIndex,
  pricedGpus: Set<string>,
  configCache: ConfigCache,
  shapes: ShapeCache,
  rawIntent: Intent,
  pointEstimates: boolean,
): Plan {
  const intent = IntentSchema.parse(rawIntent);
  const kb = engine.kb;
  const template = kb.sloTemplates.find(t => t.id === intent.useCase);
  if (!template)
    throw new Error(
      `unknown use case "${intent.useCase}"; known: ${kb.sloTemplates
        .map(t => t.id)
        .join(', ')}`,
    );
  const workload = deriveWorkload(intent, template);
  const headroom = intent.headroom ?? DEFAULT_HEADROOM;
  const pricing = intent.pricing ?? 'on-demand';
  const confidence = intent.confidence ?? DEFAULT_CONFIDENCE;
  const availability = availabilityOf(intent, template);
  const sizeReplicas = (peak: number, perReplicaRps: number) =>
    replicasAt(peak, perReplicaRps, headroom, availability);
  const assumptions = [...workload.assumptions];
  assumptions.push(
    `confidence ${confidence}: each replica is sized so every SLO target holds with ${
      Math.round(confidence * 1000) / 10
    } % probability, on the upper ${confidence} quantile of the predicted percentile (cross-validated error of its provenance class)`,
  );
  assumptions.push(`availability: ${availability.reason}`);
  if (intent.headroom === undefined)
    assumptions.push(
      `${headroom * 100} % replica headroom above the peak rate`,
    );
  assumptions.push(
    `cost: always-on replicas, ${HOURS_PER_MONTH} h/month, ${pricing} per-GPU price, cheapest row of prices.csv for the GPU with at least TP GPUs per instance`,
  );
  assumptions.push(
    'ITL targets are checked against per-request TPOT percentiles when a source reports them, else against per-token ITL',
  );
  assumptions.push(
    `memory: ${'weights + KV cache of (mean input + mean output) tokens per sequence'}; 90 % of GPU memory usable minus a 2 GB runtime reserve`,
  );
  const inTok = Math.round(workload.inputTokens.mean);
  const outTok = Math.max(1, Math.round(workload.outputTokens.mean));
  const ctx = inTok + outTok;
  const rejected: Plan['rejected'] = [];
  const dataNotes: string[] = [];

  // candidate models
  let models: { model: ModelSpec; precision?: Precision }[];
  if (intent.model) {
    const m = engine.resolveModel(intent.model);
    if (!m) throw new Error(`unknown model "${intent.model}"`);
    models = [m];
    if (missingArchitecture(m.model).length > 0)
      dataNotes.push(
        `no configuration can be sized (memory fit needs the architecture): ${missingArchitectureReason(
          m.model,
        )}`,
      );
  } else {
    const task = useCaseTask(template.id);
    models = kb.models
      .filter(
        m => m.tasks.includes(task) && hasKvShape(m) && m.totalParamsB !== null,
      )
      .filter(m => m.maxContext === null || m.maxContext >= ctx)
      .map(model => ({ model }));
    assumptions.push(
      `no model named: candidates are the ${models.length} catalog models tagged "${task}" whose architecture is known and whose context fits ${ctx} tokens`,
    );
  }
  let gpus: GpuSpec[];
  if (intent.gpu) {
    const g = engine.resolveGpu(intent.gpu);
    if (!g) throw new Error(`unknown GPU "${intent.gpu}"`);
    gpus = [g];
  } else {
    gpus = kb.gpus.filter(g => pricedGpus.has(g.id));
    const unpriced = kb.gpus.filter(g => !pricedGpus.has(g.id)).map(g => g.id);
    if (unpriced.length)
      dataNotes.push(
        `not ranked, no price in prices.csv: ${unpriced.join(', ')}`,
      );
  }
  const engineName = intent.engine ?? 'vllm';
  if (!intent.engine)
    assumptions.push(
      'engine: vLLM (measured runs of other engines are not mixed into its surfaces)',
    );

  // only the first REJECTED_SHOWN rejections are returned: their text is built only for those
  let rejectedCount = 0;
  const reject = (pc: ConfigChoice, reason: () => string) => {
    if (rejectedCount++ < REJECTED_SHOWN)
      rejected.push({ config: labelOf(pc), reason: reason() });
  };

  const tps = intent.tp ? [intent.tp] : TP_CANDIDATES;
  // enumerate memory-feasible configurations with a cost lower bound (one replica at the
  // cheapest per-GPU price), then size them cheapest-bound first and stop once no unsized
  // configuration can beat anything already chosen
  const enumerate = (): Shape => {
    const pending: Pending[] = [];
    const rejections: Shape['rejections'] = [];
    const prices = gpus.map(gpu =>
      tps.map(tp => pickPrice(priceIdx, gpu.id, pricing, tp)),
    );
    for (const { model, precision: hint } of models) {
      gpus.forEach((gpu, g) => {
        const configs = configCache.pair(model, gpu, engineName);
        for (const precision of precisionsFor(
          model,
          gpu,
          intent.precision ?? hint,
        )) {
          tps.forEach((tp, t) => {
            const maxConc = memoryCapacity(model, gpu, tp, precision, ctx);
            if (maxConc === 0) {
              if (intent.model || intent.gpu)
                rejections.push({
                  choice: { model, gpu, tp, precision },
                  reason: () =>
                    memoryFit(model, gpu, tp, precision, ctx, 1).reason,
                });
              return;
            }
            const price = prices[g][t];
            if (!price) {
              rejections.push({
                choice: { model, gpu, tp, precision },
                reason: () =>
                  `no ${pricing} price in prices.csv for ${gpu.id} with >= ${tp} GPUs per instance`,
              });
              return;
            }
            pending.push({
              model,
              gpu,
              tp,
              precision,
              configs,
              maxConc,
              price,
              lb: tp * price.pricePerGpuHour * HOURS_PER_MONTH,
            });
          });
        }
      });
    }
    pending.sort((a, b) => a.lb - b.lb);
    return { pending, rejections, sizings: [], details: new Map() };
  };
  // everything `enumerate` and the sizing below read, apart from the knowledge base
  const shape = shapes.get(
    JSON.stringify([
      models.map(m => [m.model.id, m.precision ?? null]),
      gpus.map(g => g.id),
      Boolean(intent.model || intent.gpu),
      tps,
      pointEstimates ? null : confidence,
      intent.precision ?? null,
      engineName,
      pricing,
      inTok,
      outTok,
      workload.slo.percentile,
      workload.slo.ttftMs ?? null,
      workload.slo.itlMs ?? null,
      workload.slo.e2eMs ?? null,
    ]),
    enumerate,
  );
  for (const { choice, reason } of shape.rejections) reject(choice, reason);
  const pending = shape.pending;
  const maxAlt = intent.maxAlternatives ?? 3;
  const sized: Sized[] = [];
  const cheapest = new CheapestK(maxAlt + 4);
  let evaluated = 0;
  for (let i = 0; i < pending.length; i++) {
    const pc = pending[i];
    // an unsized configuration costs at least its bound: it cannot displace the cheapest
    // maxAlt + 4 ones, nor be the cheapest of a category they do not cover unless none does
    const pruneAbove = cheapest.bound;
    if (pruneAbove !== null && pc.lb > pruneAbove) break;
    evaluated++;
    const cfg = pc.configs.get(pc.tp, pc.precision);
    const sizing = (shape.sizings[i] ??= sizeAtSlo(
      engine.statProbe(cfg, inTok, outTok),
      workload.slo,
      pc.maxConc,
      pointEstimates ? null : confidence,
    ));
    if (sizing.status !== 'ok') {
      reject(pc, () => infeasibleReason(sizing, workload.slo));
      continue;
    }
    const replicas = sizeReplicas(workload.peakRps, sizing.rps);
    const nGpus = replicas * pc.tp;
    const c: Sized = {
      pc,
      cfg,
      sizing,
      replicas,
      gpus: nGpus,
      perMonth: monthlyCost(pc.price, nGpus),
    };
    sized.push(c);
    cheapest.add(c);
  }
  if (evaluated < pending.length)
    dataNotes.push(
      `${pending.length - evaluated} of ${
        pending.length
      } memory-feasible configurations were not sized: their one-replica cost already exceeds the options shown`,
    );
  sized.sort(
    (a, b) =>
      a.perMonth - b.perMonth ||
      a.gpus - b.gpus ||
      provRank(a.sizing.provenance) - provRank(b.sizing.provenance),
  );
  // the best, then at most one alternative per (model family, GPU class), cheapest first:
  // alternatives that differ only in TP or precision are near-twins of an option shown
  const chosenSized: Sized[] = [];
  const kinds: Recommendation['kind'][] = [];
  const seen = new Set<string>();
  for (const c of orderByPreference(sized, intent, workload.peakRps)) {
    if (chosenSized.length > maxAlt) break;
    const key = `${c.pc.model.family}|${gpuClass(c.pc.gpu.id)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const best = chosenSized[0]?.pc;
    let kind: Recommendation['kind'] = 'best';
    if (best)
      kind =
        gpuClass(c.pc.gpu.id) !== gpuClass(best.gpu.id)
          ? 'other-gpu'
          : 'other-model';
    kinds.push(kind);
    chosenSized.push(c);
  }
  const chosen = chosenSized.map((c, i) => {
    let detail = shape.details.get(c.pc);
    if (detail?.confidence !== confidence) {
      detail = detailOf(engine, c, workload, inTok, outTok, confidence);
      shape.details.set(c.pc, detail);
    }
    return candidateOf(
      priceIdx,
      c,
      detail,
      kinds[i],
      engineName,
      pricing,
      workload,
      outTok,
      confidence,
      availability,
    );
  });
  const recommendations = chosen.map((c, i) => {
    c.rec.rank = i + 1;
    c.rec.formulaTrace = traceFor(c, workload, headroom, inTok, outTok);
    c.rec.explanation = explain(c, workload, headroom, pricing);
    if (i > 0) c.rec.difference = differenceFrom(c.rec, chosen[0].rec);
    return c.rec;
  });
  const sensitivity = chosen.length
    ? sensitivityFor(
        engine,
        priceIdx,
        chosen[0],
        shape.details.get(chosenSized[0].pc)!,
        workload,
        sizeReplicas,
        confidence,
        pricing,
        inTok,
        outTok,
      )
    : [];
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
    inTok,
    outTok,
    confidence: pointEstimates ? null : confidence,
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
        )}) within memory and with a known price; ${rejectedCount} configurations were rejected (see rejected).`
  }${budget ? ` Budget: ${budget.message}` : ''}`;
  return {
    intent,
    workload,
    recommendations,
    rejected,
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

/** `A100-80GB-PCIe` and `A100-SXM4-40GB` are one GPU class: alternatives differ in more. */
function gpuClass(gpuId: string): string {
  return gpuId.split('-')[0];
}

/** The availability floor of an intent: its own, its use case's, else n+1 (interactive production). */
function availabilityOf(
  intent: Intent,
  template: { availability?: Availability; minReplicas?: number },
): Recommendation['availability'] {
  const policy = intent.availability ?? template.availability ?? 'n+1';
  const minReplicas =
    intent.minReplicas ?? template.minReplicas ?? (policy === 'n+1' ? 2 : 1);
  let from = 'the default for interactive production';
  if (intent.availability || intent.minReplicas) from = 'as the intent asks';
  else if (template.availability || template.minReplicas)
    from = 'the use case default';
  return {
    policy,
    minReplicas,
    reason:
      policy === 'n+1'
        ? `n+1 (${from}): one replica more than the SLO needs at peak and at least ${minReplicas}, so one can drain or fail while the rest still meet the SLO`
        : `best-effort (${from}): sized for the SLO alone${
            minReplicas > 1 ? `, at least ${minReplicas} replicas` : ''
          }; a failed replica leaves the service short until it is replaced`,
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

function provRank(p: ProvenanceKind): number {
  return ProvenanceKindSchema.options.indexOf(p);
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
    if (replicas === null)
      return {
        change,
        replicas: null,
        gpus: null,
        deltaReplicas: null,
        perMonth: null,
        deltaPerMonth: null,
        note,
      };
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
