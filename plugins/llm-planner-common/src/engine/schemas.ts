import { z } from 'zod';
import type { AutoscalingDecision } from '../scaling/decision';

/**
 * Availability policy: `n+1` keeps one replica more than the SLO needs at peak (at least 2), so
 * one can drain or fail; `best-effort` sizes for the SLO alone.
 * @public
 */
export const AvailabilitySchema = z.enum(['best-effort', 'n+1']);
/** @public */
export type Availability = z.infer<typeof AvailabilitySchema>;

/**
 * Where a number comes from, best first; each label has its own error model:
 *  - measured: read off a benchmark run of this configuration, load and token shape;
 *  - interpolated: between measured loads or token shapes of this configuration;
 *  - derived: a percentile computed from another measured or interpolated percentile of the
 *    same point by the fitted ratio between them;
 *  - calibrated: corrected by measured outcomes of deployments of this configuration;
 *  - transferred: a measured anchor of this configuration moved to another token shape or load
 *    by the roofline ratio;
 *  - sibling: a measured anchor of the same model, GPU, TP and serving engine at another
 *    precision, moved to this configuration by the roofline ratio;
 *  - estimated: the roofline of model and GPU; nothing of this configuration was measured.
 * @public
 */
export const ProvenanceKindSchema = z.enum([
  'measured',
  'interpolated',
  'derived',
  'calibrated',
  'transferred',
  'sibling',
  'estimated',
]);
/** @public */
export type ProvenanceKind = z.infer<typeof ProvenanceKindSchema>;

/** Percentile statistics of one latency metric, in milliseconds. @public */
export const StatsSchema = z.object({
  mean: z.number().optional(),
  p50: z.number().optional(),
  p90: z.number().optional(),
  p95: z.number().optional(),
  p99: z.number().optional(),
});
/** @public */
export type Stats = z.infer<typeof StatsSchema>;
/** @public */
export type StatName = 'mean' | 'p50' | 'p90' | 'p95' | 'p99';
/** @public */
export const STAT_NAMES: StatName[] = ['mean', 'p50', 'p90', 'p95', 'p99'];

/** How a benchmark row generated its load. @public */
export const LoadKindSchema = z.enum([
  'closed-loop',
  'constant',
  'poisson',
  'burst',
  'offline',
  'unknown',
]);
/** @public */
export type LoadKind = z.infer<typeof LoadKindSchema>;

/** Normalised precision of weights. @public */
export const PrecisionSchema = z.enum([
  'fp16',
  'bf16',
  'fp8',
  'int8',
  'fp4',
  'mxfp4',
  'int4',
]);
/** @public */
export type Precision = z.infer<typeof PrecisionSchema>;

/** One measured serving run, normalised from benchmarks.csv. @public */
export const BenchmarkRunSchema = z.object({
  /** 1-based data row in the CSV it came from. */
  row: z.number().int(),
  modelRaw: z.string(),
  /** Catalog model id, null when the name is not in the catalog. */
  modelId: z.string().nullable(),
  paramsB: z.number().nullable(),
  precisionRaw: z.string(),
  precision: PrecisionSchema.nullable(),
  kvFp8: z.boolean(),
  gpuRaw: z.string(),
  gpuId: z.string().nullable(),
  gpuCount: z.number().int().nullable(),
  tp: z.number().int().nullable(),
  engineRaw: z.string(),
  /** vllm | sglang | trtllm | tgi | nim | other */
  engine: z.string(),
  engineVersion: z.string(),
  inputTokens: z.number().nullable(),
  outputTokens: z.number().nullable(),
  /** true when output tokens were derived as output_tok_s / req_s */
  outputTokensDerived: z.boolean(),
  loadKind: LoadKindSchema,
  /** closed-loop concurrency (users) when stated */
  concurrency: z.number().nullable(),
  /** offered request rate in req/s when stated (null for inf / burst) */
  requestRate: z.number().nullable(),
  /** requests in flight: stated concurrency, or rate x mean e2e (Little's law) */
  effectiveConcurrency: z.number().nullable(),
  ttft: StatsSchema,
  itl: StatsSchema,
  tpot: StatsSchema,
  e2e: StatsSchema,
  outputTokS: z.number().nullable(),
  totalTokS: z.number().nullable(),
  reqS: z.number().nullable(),
  dataset: z.string(),
  mode: z.string(),
  source: z.string(),
  notes: z.string(),
});
/** @public */
export type BenchmarkRun = z.infer<typeof BenchmarkRunSchema>;

/** A model of the catalog. @public */
export const ModelSpecSchema = z.object({
  id: z.string(),
  hfId: z.string(),
  family: z.string(),
  aliases: z.array(z.string()),
  fp8Aliases: z.array(z.string()).default([]),
  int4Aliases: z.array(z.string()).optional(),
  totalParamsB: z.number().nullable(),
  activeParamsB: z.number().nullable(),
  layers: z.number().nullable(),
  hiddenSize: z.number().nullable(),
  attentionHeads: z.number().nullable(),
  kvHeads: z.number().nullable(),
  headDim: z.number().nullable(),
  /**
   * Multi-head latent attention (DeepSeek V2/V3/R1): the KV cache holds one compressed latent of
   * this many values per token and layer (kv_lora_rank + qk_rope_head_dim), replicated on every
   * GPU of the TP group, instead of K and V per KV head.
   */
  kvLatentDim: z.number().int().positive().optional(),
  maxContext: z.number().nullable(),
  experts: z.number().nullable().optional(),
  expertsPerToken: z.number().nullable().optional(),
  slidingWindow: z.number().optional(),
  slidingWindowLayerFraction: z.number().optional(),
  nativePrecision: z.string().optional(),
  license: z.string(),
  tasks: z.array(z.string()),
  source: z.string(),
  missing: z.string().optional(),
  notes: z.string().optional(),
  paramsDerivation: z.string().nullable().optional(),
});
/** @public */
export type ModelSpec = z.infer<typeof ModelSpecSchema>;

/** A GPU of gpus.csv. @public */
export const GpuSpecSchema = z.object({
  id: z.string(),
  vendor: z.string(),
  architecture: z.string(),
  memoryGb: z.number(),
  memBwTbs: z.number().nullable(),
  bf16Tflops: z.number().nullable(),
  fp16Tflops: z.number().nullable(),
  fp8Tflops: z.number().nullable(),
  fp8: z.boolean(),
  fp4: z.boolean(),
  interconnect: z.string(),
  interconnectGbs: z.number().nullable(),
  source: z.string(),
  notes: z.string(),
});
/** @public */
export type GpuSpec = z.infer<typeof GpuSpecSchema>;

/** A price of prices.csv. @public */
export const PriceSchema = z.object({
  row: z.number().int(),
  provider: z.string(),
  region: z.string(),
  instanceType: z.string(),
  gpuRaw: z.string(),
  gpuId: z.string().nullable(),
  gpuCount: z.number().int(),
  pricing: z.enum(['on-demand', 'spot']),
  pricingRaw: z.string(),
  pricePerHour: z.number().nullable(),
  pricePerGpuHour: z.number(),
  asOf: z.string(),
  source: z.string(),
  notes: z.string(),
});
/** @public */
export type Price = z.infer<typeof PriceSchema>;

/** A percentile name used by SLO targets. @public */
export const PercentileSchema = z.enum(['p50', 'p90', 'p95', 'p99']);
/** @public */
export type Percentile = z.infer<typeof PercentileSchema>;

/**
 * Bounds of what a plan can be asked for. Beyond them the planner would answer with
 * nonsense (millions of GPUs, or no feasible configuration at all), so the API refuses
 * them with a message naming the bound, and the chat clamps to them.
 *
 * - users: at most 10 million (people, sessions or requests per second);
 * - latency targets (TTFT, ITL, end-to-end): from 1 ms to 10 minutes;
 * - tokens per request: at most 10 million (the largest published context windows);
 * - requests per active user: at most 600 a minute (10 a second);
 * - think time: at most a day; peak and burst factors: from 1 to 100.
 *
 * @public
 */
export const INTENT_BOUNDS = {
  maxUsers: 10_000_000,
  minLatencyMs: 1,
  maxLatencyMs: 600_000,
  maxTokens: 10_000_000,
  maxRequestsPerActiveUserPerMin: 600,
  maxThinkTimeS: 86_400,
  maxFactor: 100,
  maxNameLength: 200,
} as const;

const B = INTENT_BOUNDS;

/** A latency target in milliseconds, within {@link INTENT_BOUNDS}. */
const latencyTargetMs = () =>
  z
    .number()
    .min(B.minLatencyMs, `must be at least ${B.minLatencyMs} ms`)
    .max(B.maxLatencyMs, `must be at most ${B.maxLatencyMs} ms (10 minutes)`);

/** A name (use case, model, GPU, engine): bounded, without control characters. */
const name = () =>
  z
    .string()
    .max(B.maxNameLength)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u001F\u007F]*$/, 'must not contain control characters');

/** Latency targets at a percentile. @public */
export const SloTargetsSchema = z.object({
  percentile: PercentileSchema,
  ttftMs: latencyTargetMs().nullable(),
  itlMs: latencyTargetMs().nullable(),
  e2eMs: latencyTargetMs().nullable(),
});
/** @public */
export type SloTargets = z.infer<typeof SloTargetsSchema>;

const TokenStatsSchema = z.object({
  mean: z.number(),
  p50: z.number().nullable(),
  p90: z.number().nullable(),
});

/** A use-case template (catalog/slo_templates.json). @public */
export const SloTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** default availability of the use case (interactive production: n+1) */
  availability: AvailabilitySchema.optional(),
  minReplicas: z.number().int().min(1).optional(),
  slo: SloTargetsSchema,
  tokens: z.object({ input: TokenStatsSchema, output: TokenStatsSchema }),
  traffic: z.object({
    arrival: z.string(),
    activeFraction: z.number(),
    requestsPerActiveUserPerMin: z.number(),
    peakFactor: z.number(),
    burstSize: z.number(),
  }),
  sourceRows: z.array(z.number()),
  source: z.string(),
  derivation: z.string().nullable(),
});
/** @public */
export type SloTemplate = z.infer<typeof SloTemplateSchema>;

/** A row of slo_templates.csv, as published. @public */
export type SloTemplateRow = {
  row: number;
  useCase: string;
  sourceType: string;
  percentile: string;
  ttftMs: string;
  itlMs: string;
  itlMetric: string;
  e2eMs: string;
  typicalInputTokens: string;
  typicalOutputTokens: string;
  workloadTokenStats: string;
  source: string;
  notes: string;
};

/** What "users" means in an intent. @public */
export const UsersMeanSchema = z.enum(['population', 'concurrent', 'rps']);
/** @public */
export type UsersMean = z.infer<typeof UsersMeanSchema>;

/**
 * Whether a `concurrent` or `rps` count is the load at the busiest time (`peak`, the default) or
 * on average (`average`: the peak is the count x `peakFactor`). "600 RPM on average, peaks at
 * 2.5x" is `average`; a population is always averaged over its active fraction.
 * @public
 */
export const UsersAtSchema = z.enum(['peak', 'average']);
/** @public */
export type UsersAt = z.infer<typeof UsersAtSchema>;

/**
 * A cost ceiling and how to trade cost against latency. `usdPerMonth` caps the always-on
 * deployment; `usdPerRun` caps one batch run and is turned into a monthly ceiling with
 * `batch.runsPerDay`. `preference`: `lowest-cost` ranks the cheapest plan that meets the SLO
 * first (the planner's default order); `performance` ranks the plan with the most SLO margin
 * within the ceiling first.
 * @public
 */
export const BudgetSchema = z.object({
  usdPerMonth: z
    .number()
    .positive('must be a positive amount of US dollars')
    .max(100_000_000, 'must be at most 100,000,000 USD a month')
    .optional(),
  usdPerRun: z
    .number()
    .positive('must be a positive amount of US dollars')
    .max(10_000_000, 'must be at most 10,000,000 USD a run')
    .optional(),
  preference: z.enum(['lowest-cost', 'performance']).optional(),
});
/** @public */
export type Budget = z.infer<typeof BudgetSchema>;

/**
 * A batch workload as the team said it: items per run, runs per day, the window one run must
 * finish in, tokens per item (input; the output comes from `outputTokens` or the use case), and
 * when a run starts. With `itemsPerRun` the planner plans a batch: throughput at the deadline,
 * GPU-hours and cost per run, scale to zero between runs.
 * @public
 */
export const BatchSchema = z.object({
  itemsPerRun: z
    .number()
    .positive('must be a positive count')
    .max(1_000_000_000, 'must be at most 1 billion items a run')
    .optional(),
  runsPerDay: z
    .number()
    .positive('must be positive')
    .max(1440, 'must be at most 1440 (one a minute)')
    .optional(),
  windowHours: z
    .number()
    .positive('must be positive')
    .max(168, 'must be at most 168 hours (a week)')
    .optional(),
  tokensPerItem: z
    .number()
    .positive('must be positive')
    .max(B.maxTokens, `must be at most ${B.maxTokens} tokens`)
    .optional(),
  /** when the first run of the day starts, HH:MM in UTC (default 00:00) */
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour clock, UTC)')
    .optional(),
});
/** @public */
export type Batch = z.infer<typeof BatchSchema>;

/** What a team asks for. Everything but the use case is optional. @public */
export const IntentSchema = z.object({
  useCase: name(),
  users: z
    .number()
    .positive()
    .max(B.maxUsers, `must be at most ${B.maxUsers} (10 million)`),
  usersMean: UsersMeanSchema.optional(),
  usersAt: UsersAtSchema.optional(),
  model: name().optional(),
  gpu: name().optional(),
  engine: name().optional(),
  activeFraction: z.number().min(0).max(1).optional(),
  requestsPerActiveUserPerMin: z
    .number()
    .positive()
    .max(
      B.maxRequestsPerActiveUserPerMin,
      `must be at most ${B.maxRequestsPerActiveUserPerMin} a minute`,
    )
    .optional(),
  thinkTimeS: z
    .number()
    .nonnegative()
    .max(B.maxThinkTimeS, `must be at most ${B.maxThinkTimeS} s (a day)`)
    .optional(),
  peakFactor: z.number().min(1).max(B.maxFactor).optional(),
  burstFactor: z.number().min(1).max(B.maxFactor).optional(),
  activeHoursPerDay: z.number().min(1).max(24).optional(),
  inputTokens: z
    .number()
    .positive()
    .max(B.maxTokens, `must be at most ${B.maxTokens} tokens`)
    .optional(),
  outputTokens: z
    .number()
    .positive()
    .max(B.maxTokens, `must be at most ${B.maxTokens} tokens`)
    .optional(),
  slo: z
    .object({
      percentile: PercentileSchema.optional(),
      ttftMs: latencyTargetMs().optional(),
      itlMs: latencyTargetMs().optional(),
      e2eMs: latencyTargetMs().optional(),
    })
    .optional(),
  /** weight precision to plan for (default: the model's native one, or bf16 and fp8) */
  precision: PrecisionSchema.optional(),
  /** tensor parallelism to plan for (with `model` and `gpu`, one configuration) */
  tp: z
    .number()
    .int()
    .refine(tp => [1, 2, 4, 8].includes(tp), 'must be 1, 2, 4 or 8')
    .optional(),
  headroom: z.number().min(0).max(5).optional(),
  pricing: z.enum(['on-demand', 'spot']).optional(),
  maxAlternatives: z.number().int().min(0).max(20).optional(),
  /**
   * probability that each SLO target holds at the recommended size (default 0.9): capacity is
   * sized on the cross-validated error of the capacity at this confidence
   */
  confidence: z
    .number()
    .gt(0.5, 'must be above 0.5 (a coin flip is no confidence)')
    .lt(0.999, 'must be below 0.999')
    .optional(),
  /** n+1: one replica can drain or fail while the rest meet the SLO at peak */
  availability: AvailabilitySchema.optional(),
  /** fewest replicas whatever the load */
  minReplicas: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1000, 'must be at most 1000')
    .optional() /** cost ceiling and price preference */,
  budget: BudgetSchema.optional(),
  /** a batch workload (items per run, runs per day, window), when the team described one */
  batch: BatchSchema.optional(),
});
/** @public */
export type Intent = z.infer<typeof IntentSchema>;

/** The workload derived from an intent. @public */
export const WorkloadSchema = z.object({
  useCase: z.string(),
  users: z.number(),
  usersMean: UsersMeanSchema,
  /** people who may use the service */
  population: z.number().nullable(),
  /** sessions active at the same time (people in a conversation) */
  concurrentSessions: z.number().nullable(),
  avgRps: z.number(),
  peakRps: z.number(),
  /** requests in flight at peak = peakRps x e2e (Little's law); filled by the planner */
  activeHoursPerDay: z.number(),
  inputTokens: z.object({
    mean: z.number(),
    p50: z.number().nullable(),
    p90: z.number().nullable(),
  }),
  outputTokens: z.object({
    mean: z.number(),
    p50: z.number().nullable(),
    p90: z.number().nullable(),
  }),
  slo: SloTargetsSchema,
  assumptions: z.array(z.string()),
  trace: z.array(z.string()),
});
/** @public */
export type Workload = z.infer<typeof WorkloadSchema>;

/** One predicted number with its provenance. @public */
export const PredictedValueSchema = z.object({
  value: z.number(),
  provenance: ProvenanceKindSchema,
  /** how it was obtained (rows, interpolation bracket, fitted factor) */
  basis: z.string(),
  /** benchmark rows it used */
  rows: z.array(z.number()),
  /** interval of the measured value at `level` (cross-validated error of its provenance class) */
  low: z.number().optional(),
  high: z.number().optional(),
  level: z.number().optional(),
});
/** @public */
export type PredictedValue = z.infer<typeof PredictedValueSchema>;

/** Latency prediction for a configuration at a load. @public */
export const PredictionSchema = z.object({
  modelId: z.string(),
  gpuId: z.string(),
  tp: z.number(),
  engine: z.string(),
  precision: PrecisionSchema,
  inputTokens: z.number(),
  outputTokens: z.number(),
  concurrency: z.number(),
  ttft: z.record(z.string(), PredictedValueSchema),
  itl: z.record(z.string(), PredictedValueSchema),
  e2e: z.record(z.string(), PredictedValueSchema),
  throughputRps: PredictedValueSchema,
  outputTokensPerS: PredictedValueSchema,
  provenance: ProvenanceKindSchema,
  notes: z.array(z.string()),
});
/** @public */
export type Prediction = z.infer<typeof PredictionSchema>;

/** Margin of a prediction to an SLO target (positive = headroom). @public */
export type SloMargin = {
  metric: 'ttft' | 'itl' | 'e2e';
  percentile: Percentile;
  targetMs: number;
  predictedMs: number;
  marginPct: number;
  provenance: ProvenanceKind;
  /** interval of the measured percentile at `level` */
  lowMs?: number;
  highMs?: number;
  level?: number;
  /** the confidence capacity was sized at, the bound at it and the margin left there */
  confidence?: number;
  upperMs?: number;
  upperMarginPct?: number;
  /** probability that the measured percentile meets the target */
  probability?: number;
};

/** Cost of a recommendation. @public */
export type CostBreakdown = {
  pricing: 'on-demand' | 'spot';
  pricePerGpuHour: number;
  perHour: number;
  perMonth: number;
  per1MOutputTokens: number;
  hoursPerMonth: number;
  priceSource: string;
  priceAsOf: string;
  provider: string;
  region: string;
  instanceType: string;
  alternative: {
    pricing: 'on-demand' | 'spot';
    perMonth: number;
    pricePerGpuHour: number;
    priceSource: string;
    priceAsOf: string;
  } | null;
};

/** One sized and costed deployment option. @public */
export type Recommendation = {
  rank: number;
  modelId: string;
  hfId: string;
  gpuId: string;
  tp: number;
  engine: string;
  precision: Precision;
  replicas: number;
  gpus: number;
  /** requests in flight one replica holds while meeting every SLO */
  capacityConcurrencyPerReplica: number;
  /** req/s one replica sustains at that concurrency */
  capacityRpsPerReplica: number;
  prediction: Prediction;
  margins: SloMargin[];
  memory: MemoryFit;
  cost: CostBreakdown;
  provenance: ProvenanceKind;
  explanation: string;
  formulaTrace: string[];
  kind: 'best' | 'other-gpu' | 'other-model' | 'other-tp' | 'other-precision';
  /** probability each SLO target holds that capacity was sized at */
  confidence: number;
  /** the availability floor applied and why */
  availability: { policy: Availability; minReplicas: number; reason: string };
  /** how an alternative differs from the best one (cheaper, faster, measured, other GPU) */
  difference?: string;
  /** a batch plan's sizing of this configuration (per run) */
  batch?: BatchSizing;
};

/** A figure with its interval at `level` (the cross-validated error of its provenance class). @public */
export type Interval = {
  value: number;
  low: number;
  high: number;
  level: number;
};

/** A batch job as planned: the intent's figures with the defaults filled in. @public */
export type BatchJob = {
  itemsPerRun: number;
  runsPerDay: number;
  windowHours: number;
  /** HH:MM UTC of the first run of the day */
  startTime: string;
  /** tokens per item, and where they come from (the intent, or the use case's shape) */
  inputTokens: number;
  outputTokens: number;
  tokensFrom: string;
};

/** Which measurements sized a batch option's throughput. @public */
export type BatchMeasurements = {
  /**
   * offline: measured offline / burst (max-throughput) runs of this configuration and token
   * shape; predicted: the latency predictor at the chosen load (its provenance says whether
   * interpolated from measured load sweeps, transferred or a roofline estimate)
   */
  source: 'offline' | 'predicted';
  provenance: ProvenanceKind;
  rows: number[];
  basis: string;
};

/**
 * One configuration sized for a batch run: the throughput at the deadline (conservative: at the
 * plan's confidence), the replicas that finish the run inside the window, and the run's duration,
 * GPU-hours and cost with their intervals. The unit is the run, not the month.
 * @public
 */
export type BatchSizing = {
  replicas: number;
  gpusPerReplica: number;
  /** requests each replica keeps in flight (the throughput-maximising load) */
  concurrencyPerReplica: number;
  /** items per second of one replica: point and interval */
  itemsPerSecondPerReplica: Interval;
  /** items per second of one replica at the plan's confidence (what the replicas are sized on) */
  conservativeItemsPerSecondPerReplica: number;
  /** one item's end-to-end latency at that load, upper bound at the confidence (s) */
  itemLatencyS: number;
  /** start-up (scheduling, image pull, model load) counted in every run (h) */
  startupHours: number;
  /** wall-clock hours of one run, start-up included */
  runHours: Interval;
  /** run hours at the confidence (never above the window) */
  runHoursAtConfidence: number;
  gpuHoursPerRun: Interval;
  usdPerRun: Interval;
  usdPerRunAtConfidence: number;
  usdPerMonth: Interval;
  /** probability the run finishes inside the window */
  probabilityWithinWindow: number | null;
  confidence: number;
  measurements: BatchMeasurements;
  /** within the intent's budget (absent without one) */
  withinBudget?: boolean;
};

/** The batch section of a plan: the job and the best option's sizing (null when none fits). @public */
export type BatchPlanSection = {
  job: BatchJob;
  sizing: BatchSizing | null;
  /** why the numbers are what they are, one line each */
  method: string[];
};

/** Memory fit of a model on a GPU at a TP. @public */
export type MemoryFit = {
  feasible: boolean;
  tp: number;
  weightsGbPerGpu: number | null;
  kvGbPerGpu: number | null;
  usableGbPerGpu: number;
  kvBytesPerToken: number | null;
  /** sequences of the requested context that fit in the KV budget of one replica */
  maxConcurrency: number | null;
  reason: string;
};

/** A sensitivity line of a plan. @public */
export type Sensitivity = {
  change: string;
  replicas: number | null;
  gpus: number | null;
  deltaReplicas: number | null;
  perMonth: number | null;
  deltaPerMonth: number | null;
  note: string;
};

/** An SLO target a plan within budget misses, and by how much. @public */
export type SloMiss = {
  metric: 'ttft' | 'itl' | 'e2e' | 'load';
  percentile: Percentile;
  /** target (ms), or for `load` the peak rate to serve (req/s; a batch plan: items per run) */
  target: number;
  /**
   * predicted (ms) at the affordable size, or for `load` the rate it sustains (req/s; a batch
   * plan: the items per run the budget pays for)
   */
  predicted: number;
  /** how far past the target, in percent (for `load`: the share of the peak left unserved) */
  overPct: number;
};

/** How a plan relates to the intent's budget. @public */
export type BudgetVerdict = {
  /** the monthly ceiling applied (from usdPerMonth, or usdPerRun x runs per day x 30) */
  ceilingUsdPerMonth: number;
  /** how the ceiling was obtained */
  basis: string;
  /** cost of the cheapest plan that meets every SLO target, null when none does */
  sloCostUsdPerMonth: number | null;
  withinBudget: boolean;
  /** when over budget: the configuration the ceiling affords that comes closest to the SLO */
  affordable: {
    config: string;
    replicas: number;
    gpus: number;
    perMonth: number;
    misses: SloMiss[];
  } | null;
  /** one sentence for the user: what the budget buys and what the SLO costs */
  message: string;
};

/** What a plan sizes for: an always-on interactive service, or runs of a batch job. @public */
export type WorkloadKind = 'interactive' | 'batch';

/** The planner's answer. @public */
export type Plan = {
  /** absent on plans made before batch planning: interactive */
  workloadKind?: WorkloadKind;
  /** a batch plan's job and sizing per run */
  batch?: BatchPlanSection;
  intent: Intent;
  workload: Workload;
  recommendations: Recommendation[];
  rejected: { config: string; reason: string }[];
  sensitivity: Sensitivity[];
  assumptions: string[];
  explanation: string;
  dataNotes: string[];
  /** how the plan relates to the intent's budget, when it has a ceiling */
  budget?: BudgetVerdict;
  /**
   * The autoscaler decision of the scaling simulation for the first recommendation, where a
   * plan carries one; usually absent: the backend (`GET /v1/plans/:id/autoscaling`) and the
   * browser derive it with `decideAutoscaling`, which is deterministic.
   */
  autoscaling?: AutoscalingDecision | null;
};

/** The knowledge base the engine plans from, passed in as data. @public */
export type KnowledgeBase = {
  runs: BenchmarkRun[];
  models: ModelSpec[];
  gpus: GpuSpec[];
  prices: Price[];
  sloTemplates: SloTemplate[];
};

/** A row-level parse error. @public */
export type RowError = { row: number; column: string; reason: string };
