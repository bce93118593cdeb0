/**
 * The steps of a plan, in the order the planner runs them:
 * request → candidates → fit (memory, price bound) → size and price → rank; the chosen
 * options are then explained by `plan.ts`. Each step is a plain function of its inputs, so it
 * can be tested alone.
 */
import {
  DEFAULT_HEADROOM,
  infeasibleReason,
  replicasAt,
  sizeAtSlo,
} from './capacity';
import type { Sizing } from './capacity';
import { CheapestK, labelOf } from './candidates';
import type { ConfigCache, ConfigChoice, Pending, Sized } from './candidates';
import { HOURS_PER_MONTH, monthlyCost, pickPrice } from './cost';
import type { PriceIndex } from './cost';
import { orderByPreference } from './budget';
import {
  hasKvShape,
  memoryCapacity,
  memoryFit,
  missingArchitecture,
  missingArchitectureReason,
} from './memory';
import type { Engine } from './predictor';
import { deriveWorkload } from './workload';
import { useCaseTask } from '../registry/useCases';
import { DEFAULT_CONFIDENCE } from './uncertainty';
import { IntentSchema, ProvenanceKindSchema } from './schemas';
import type {
  Availability,
  GpuSpec,
  Intent,
  KnowledgeBase,
  ModelSpec,
  Plan,
  Precision,
  ProvenanceKind,
  Recommendation,
  Sensitivity,
  SloTemplate,
  Workload,
} from './schemas';

/** Tensor-parallel sizes considered. @public */
export const TP_CANDIDATES = [1, 2, 4, 8];

/** Rejected configurations listed in a plan (the count covers all of them). */
const REJECTED_SHOWN = 50;

/** What one plan asks for, with the defaults filled in and the assumptions they make. */
export type PlanRequest = {
  intent: Intent;
  template: SloTemplate;
  workload: Workload;
  headroom: number;
  pricing: NonNullable<Intent['pricing']>;
  confidence: number;
  /** null sizes on point predictions (the benchmark's naive sizing) */
  sizingConfidence: number | null;
  availability: Recommendation['availability'];
  inTok: number;
  outTok: number;
  /** tokens of context per sequence (mean input + mean output) */
  ctx: number;
  engineName: string;
  tps: number[];
  assumptions: string[];
  dataNotes: string[];
};

/** The configurations a plan considers, rejections kept in order (their text built only if shown). */
export type Rejections = {
  shown: Plan['rejected'];
  count: number;
  add(choice: ConfigChoice, reason: () => string): void;
};

/** An empty list of rejections that keeps the text of the first {@link REJECTED_SHOWN}. */
export function rejections(): Rejections {
  const r: Rejections = {
    shown: [],
    count: 0,
    add(choice, reason) {
      if (r.count++ < REJECTED_SHOWN)
        r.shown.push({ config: labelOf(choice), reason: reason() });
    },
  };
  return r;
}

/** The availability floor of an intent: its own, its use case's, else n+1 (interactive production). */
export function availabilityOf(
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

/** The intent validated against the use case's template, with defaults and their assumptions. */
export function planRequest(
  kb: KnowledgeBase,
  rawIntent: Intent,
  pointEstimates: boolean,
): PlanRequest {
  const intent = IntentSchema.parse(rawIntent);
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
  const assumptions = [...workload.assumptions];
  assumptions.push(
    `confidence ${confidence}: each replica is sized so every SLO target holds with ${
      Math.round(confidence * 1000) / 10
    } % probability: the predicted capacity times the lower ${
      Math.round((1 - confidence) * 1000) / 1000
    } quantile of measured / predicted capacity of its provenance class (cross-validated on held-out load sweeps), or, where fewer than 5 held-out configurations measured that, the upper ${confidence} quantile of the predicted percentile`,
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
  return {
    intent,
    template,
    workload,
    headroom,
    pricing,
    confidence,
    sizingConfidence: pointEstimates ? null : confidence,
    availability,
    inTok,
    outTok,
    ctx: inTok + outTok,
    engineName: intent.engine ?? 'vllm',
    tps: intent.tp ? [intent.tp] : TP_CANDIDATES,
    assumptions,
    dataNotes: [],
  };
}

/** A model to consider, with the precision the intent pinned for it, if any. */
export type CandidateModel = { model: ModelSpec; precision?: Precision };

/**
 * Candidates: the named model, else the catalog models tagged with the use case's task whose
 * architecture is known and whose context fits; the named GPU, else every priced GPU.
 */
export function candidates(
  engine: Engine,
  pricedGpus: Set<string>,
  req: PlanRequest,
): { models: CandidateModel[]; gpus: GpuSpec[] } {
  const { intent, assumptions, dataNotes, ctx } = req;
  const kb = engine.kb;
  let models: CandidateModel[];
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
    const task = useCaseTask(req.template.id);
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
  if (!intent.engine)
    assumptions.push(
      'engine: vLLM (measured runs of other engines are not mixed into its surfaces)',
    );
  return { models, gpus };
}

/** Precisions tried for a model on a GPU: the pinned one, the model's native one, else half and fp8. */
export function precisionsFor(
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

/** Memory-feasible, priced configurations of a shape and the ones rejected on the way. */
export type Fitted = {
  /** cheapest cost bound first */
  pending: Pending[];
  rejections: { choice: ConfigChoice; reason: () => string }[];
};

/**
 * Fit: every (model, GPU, precision, TP) whose weights and one sequence of the context fit in
 * memory and that has a price, with a cost lower bound (one replica at the cheapest per-GPU
 * price), cheapest bound first. Configurations that do not fit are listed only when the intent
 * named the model or GPU.
 */
export function fitConfigurations(
  priceIdx: PriceIndex,
  configCache: ConfigCache,
  req: PlanRequest,
  { models, gpus }: { models: CandidateModel[]; gpus: GpuSpec[] },
): Fitted {
  const { intent, tps, pricing, ctx, engineName } = req;
  const pending: Pending[] = [];
  const rejected: Fitted['rejections'] = [];
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
              rejected.push({
                choice: { model, gpu, tp, precision },
                reason: () =>
                  memoryFit(model, gpu, tp, precision, ctx, 1).reason,
              });
            return;
          }
          const price = prices[g][t];
          if (!price) {
            rejected.push({
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
  return { pending, rejections: rejected };
}

/** Everything {@link fitConfigurations} and the sizing read, apart from the knowledge base. */
export function shapeKey(
  req: PlanRequest,
  { models, gpus }: { models: CandidateModel[]; gpus: GpuSpec[] },
): string {
  const { intent, workload } = req;
  return JSON.stringify([
    models.map(m => [m.model.id, m.precision ?? null]),
    gpus.map(g => g.id),
    Boolean(intent.model || intent.gpu),
    req.tps,
    req.sizingConfidence,
    intent.precision ?? null,
    req.engineName,
    req.pricing,
    req.inTok,
    req.outTok,
    workload.slo.percentile,
    workload.slo.ttftMs ?? null,
    workload.slo.itlMs ?? null,
    workload.slo.e2eMs ?? null,
  ]);
}

/** Price: replicas for the peak rate at a sized capacity, their GPUs and monthly cost. */
export function priceSized(
  pc: Pending,
  cfg: Sized['cfg'],
  sizing: Sizing,
  req: Pick<PlanRequest, 'workload' | 'headroom' | 'availability'>,
): Sized {
  const replicas = replicasAt(
    req.workload.peakRps,
    sizing.rps,
    req.headroom,
    req.availability,
  );
  const gpus = replicas * pc.tp;
  return {
    pc,
    cfg,
    sizing,
    replicas,
    gpus,
    perMonth: monthlyCost(pc.price, gpus),
  };
}

/**
 * Size and price: each configuration's capacity at the SLO (cached per shape in `sizings`),
 * cheapest cost bound first, stopping once no unsized configuration can beat the cheapest
 * options already sized. Infeasible ones are rejected.
 */
export function sizeAndPrice(
  engine: Engine,
  pending: Pending[],
  sizings: (Sizing | undefined)[],
  req: PlanRequest,
  reject: Rejections['add'],
): { sized: Sized[]; evaluated: number } {
  const { workload, inTok, outTok } = req;
  const maxAlt = req.intent.maxAlternatives ?? 3;
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
    const sizing = (sizings[i] ??= sizeAtSlo(
      engine.statProbe(cfg, inTok, outTok),
      workload.slo,
      pc.maxConc,
      req.sizingConfidence,
    ));
    if (sizing.status !== 'ok') {
      reject(pc, () => infeasibleReason(sizing, workload.slo));
      continue;
    }
    const c = priceSized(pc, cfg, sizing, req);
    sized.push(c);
    cheapest.add(c);
  }
  return { sized, evaluated };
}

/** `A100-80GB-PCIe` and `A100-SXM4-40GB` are one GPU class: alternatives differ in more. */
export function gpuClass(gpuId: string): string {
  return gpuId.split('-')[0];
}

/** Order of evidence: measured first. */
export function provRank(p: ProvenanceKind): number {
  return ProvenanceKindSchema.options.indexOf(p);
}

/**
 * Rank: cheapest first (then fewer GPUs, then better provenance), reordered by the budget
 * preference; the best, then at most one alternative per (model family, GPU class):
 * alternatives that differ only in TP or precision are near-twins of an option shown.
 */
export function rankAlternatives(
  sized: Sized[],
  intent: Intent,
  peakRps: number,
): { chosen: Sized[]; kinds: Recommendation['kind'][] } {
  const maxAlt = intent.maxAlternatives ?? 3;
  sized.sort(
    (a, b) =>
      a.perMonth - b.perMonth ||
      a.gpus - b.gpus ||
      provRank(a.sizing.provenance) - provRank(b.sizing.provenance),
  );
  const chosen: Sized[] = [];
  const kinds: Recommendation['kind'][] = [];
  const seen = new Set<string>();
  for (const c of orderByPreference(sized, intent, peakRps)) {
    if (chosen.length > maxAlt) break;
    const key = `${c.pc.model.family}|${gpuClass(c.pc.gpu.id)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const best = chosen[0]?.pc;
    let kind: Recommendation['kind'] = 'best';
    if (best)
      kind =
        gpuClass(c.pc.gpu.id) !== gpuClass(best.gpu.id)
          ? 'other-gpu'
          : 'other-model';
    kinds.push(kind);
    chosen.push(c);
  }
  return { chosen, kinds };
}

/** A sensitivity line for a change the configuration cannot take, with why in `note`. */
export function infeasibleSensitivity(
  change: string,
  note: string,
): Sensitivity {
  return {
    change,
    replicas: null,
    gpus: null,
    deltaReplicas: null,
    perMonth: null,
    deltaPerMonth: null,
    note,
  };
}
