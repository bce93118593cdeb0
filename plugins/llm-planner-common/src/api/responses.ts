import { z } from 'zod';
import type {
  CalibrationFactor,
  ModelFootprint,
  Plan,
  PricePolicyChoices,
} from '../engine';
import type { AutoscalingDecision } from '../scaling';
import {
  BenchmarkRunSchema,
  GpuSpecSchema,
  ModelSpecSchema,
  PrecisionSchema,
  PredictionSchema,
  PricePolicySchema,
  PriceSchema,
  ProvenanceKindSchema,
  SloTemplateSchema,
} from '../engine';
import { UPLOAD_FORMAT_IDS } from '../registry/importFormats';
import { PLAN_TRANSITIONS, type ChatEvent, type PlanStatus } from './types';

/*
 * What the API answers, per route and status (see ./contract.ts). Small shapes are checked
 * field by field; the engine's large outputs (plans, decisions, calibration) are checked by
 * their outline and typed as the engine's own types, which own the rest.
 */

/** Types a schema that checks the outline of a large engine value as the whole value. */
function outline<T>(schema: z.ZodType): z.ZodType<T> {
  return schema as unknown as z.ZodType<T>;
}

const IsoTime = z.string();

/** Every error answers `{ error: { name, message } }` (the backend's error middleware). @public */
export const ErrorResponseSchema = z.looseObject({
  error: z.looseObject({ name: z.string(), message: z.string() }),
  response: z.looseObject({ statusCode: z.number() }).optional(),
});
/** @public */
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

/** A row-level error of an imported file. @public */
export const RowErrorSchema = z.object({
  row: z.number(),
  column: z.string(),
  reason: z.string(),
});

/** A rejected import: which rows are invalid; nothing was stored. @public */
export const ImportRejectionSchema = ErrorResponseSchema.extend({
  importId: z.string(),
  rowErrors: z.array(RowErrorSchema),
});

/** Answer of `GET /health`. @public */
export const HealthSchema = z.object({ status: z.literal('ok') });

/** Answer of `GET /v1/openapi.json` (its outline). @public */
export const OpenApiDocumentSchema = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});

/** Answer of `GET /api/llm-planner/v1/status`. @public */
export const PlannerStatusSchema = z.object({
  /** Whether the planner's database answered a query. */
  database: z.literal('ok'),
  /** Database engine the backend is running on. */
  databaseClient: z.enum(['pg', 'sqlite']),
  /** Name of the newest applied migration. */
  schemaVersion: z.string(),
  /** Number of benchmark import batches in the store. */
  importBatches: z.number(),
});
/** @public */
export type PlannerStatus = z.infer<typeof PlannerStatusSchema>;

/** Answer of `GET /v1/me`. @public */
export const MeSchema = z.object({
  userRef: z.string(),
  groups: z.array(z.string()),
  isPlatform: z.boolean(),
  platformTeam: z.string(),
});
/** @public */
export type Me = z.infer<typeof MeSchema>;

/** Where a plan is in its life. @public */
export const PlanStatusSchema = z.enum(
  Object.keys(PLAN_TRANSITIONS) as [PlanStatus, ...PlanStatus[]],
);

const RecommendationOutline = z.looseObject({
  rank: z.number(),
  modelId: z.string(),
  hfId: z.string(),
  gpuId: z.string(),
  tp: z.number(),
  engine: z.string(),
  precision: PrecisionSchema,
  replicas: z.number(),
  gpus: z.number(),
  prediction: z.looseObject({}),
  memory: z.looseObject({ feasible: z.boolean() }),
  cost: z.looseObject({ perMonth: z.number() }),
  provenance: ProvenanceKindSchema,
  confidence: z.number(),
  explanation: z.string(),
});

/** The planner's answer (`POST /v1/recommend`, and the `plan` of a stored plan). @public */
export const PlanSchema = outline<Plan>(
  z.looseObject({
    intent: z.looseObject({ useCase: z.string() }),
    workload: z.looseObject({ useCase: z.string() }),
    recommendations: z.array(RecommendationOutline),
    rejected: z.array(z.object({ config: z.string(), reason: z.string() })),
    sensitivity: z.array(z.looseObject({})),
    assumptions: z.array(z.string()),
    explanation: z.string(),
    dataNotes: z.array(z.string()),
    budget: z.looseObject({}).optional(),
    autoscaling: z.looseObject({}).nullable().optional(),
  }),
);

const PlanRecordFields = {
  id: z.string(),
  title: z.string(),
  ownerUser: z.string(),
  ownerGroup: z.string(),
  status: PlanStatusSchema,
  version: z.number(),
  approvedBy: z.string().nullable(),
  approvedAt: IsoTime.nullable(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
};

/** A plan as stored, with the engine's output in `plan`. @public */
export const StoredPlanSchema = z.object({
  ...PlanRecordFields,
  plan: PlanSchema,
});
/** @public */
export type StoredPlan = z.infer<typeof StoredPlanSchema>;

/** The best recommendation of a plan, as much as a list of plans shows. @public */
export const PlanSummarySchema = z.object({
  modelId: z.string(),
  hfId: z.string(),
  gpuId: z.string(),
  tp: z.number(),
  precision: z.string(),
  engine: z.string(),
  replicas: z.number(),
  gpus: z.number(),
  /** `cost.perMonth` of the recommendation */
  perMonth: z.number(),
  provenance: ProvenanceKindSchema,
  confidence: z.number(),
});
/** @public */
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

/**
 * A plan in a list: everything of {@link StoredPlan} but the plan itself, which is large
 * (tens of KB); its use case and best recommendation instead, null when none is feasible.
 * @public
 */
export const PlanListItemSchema = z.object({
  ...PlanRecordFields,
  useCase: z.string(),
  summary: PlanSummarySchema.nullable(),
});
/** @public */
export type PlanListItem = z.infer<typeof PlanListItemSchema>;

/** One page of plans, newest change first; `nextCursor` is null on the last page. @public */
export const PlanPageSchema = z.object({
  items: z.array(PlanListItemSchema),
  nextCursor: z.string().nullable(),
});
/** @public */
export type PlanPage = z.infer<typeof PlanPageSchema>;

/** The autoscaler decision of a plan (`GET /v1/plans/{id}/autoscaling`). @public */
export const AutoscalingDecisionSchema = outline<AutoscalingDecision>(
  z.looseObject({
    version: z.number(),
    parameters: z.looseObject({ kind: z.string() }),
    label: z.string(),
    reason: z.string(),
    meetsTarget: z.boolean(),
    renders: z.enum(['keda', 'hpa', 'none']),
    configuration: z.string(),
  }),
);

/** Where a deployment of a plan stands. @public */
export const DeploymentStatusSchema = z.enum([
  'dry-run',
  'applied',
  'failed',
  'retired',
]);
/** @public */
export type DeploymentStatus = z.infer<typeof DeploymentStatusSchema>;

/** A deployment of a plan into a team namespace. @public */
export const DeploymentSchema = z.object({
  id: z.string(),
  planId: z.string(),
  cluster: z.string(),
  namespace: z.string(),
  repoUrl: z.string().nullable(),
  entityRef: z.string().nullable(),
  status: DeploymentStatusSchema,
  createdBy: z.string(),
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
/** @public */
export type Deployment = z.infer<typeof DeploymentSchema>;

/** Latency percentiles of one metric, in milliseconds. @public */
export const MeasuredStatsSchema = z
  .object({
    mean: z.number(),
    p50: z.number(),
    p90: z.number(),
    p95: z.number(),
    p99: z.number(),
  })
  .partial();
/** @public */
export type MeasuredStats = z.infer<typeof MeasuredStatsSchema>;

/** Kinds of load a measurement can be generated with. @public */
export const LoadProfileKindSchema = z.enum([
  'synchronous',
  'concurrent',
  'constant',
  'poisson',
  'sweep',
  'live',
]);

/** How the load of a measurement was generated. @public */
export const LoadProfileSchema = z.object({
  kind: LoadProfileKindSchema,
  concurrency: z.number().optional(),
  rate: z.number().optional(),
  inputTokens: z.number(),
  outputTokens: z.number(),
});
/** @public */
export type LoadProfile = z.infer<typeof LoadProfileSchema>;

/** What a load test or the metrics measured. @public */
export const MeasuredSchema = z.object({
  ttft: MeasuredStatsSchema,
  itl: MeasuredStatsSchema,
  e2e: MeasuredStatsSchema,
  throughputRps: z.number().optional(),
  outputTokensPerS: z.number().optional(),
  requests: z.number().optional(),
  errors: z.number(),
});
/** @public */
export type Measured = z.infer<typeof MeasuredSchema>;

const PerMetricStats = z.object({
  ttft: MeasuredStatsSchema,
  itl: MeasuredStatsSchema,
  e2e: MeasuredStatsSchema,
});

/** A measured outcome of a deployment next to the prediction at the same load. @public */
export const OutcomeSchema = z.object({
  id: z.number(),
  deploymentId: z.string(),
  loadProfile: LoadProfileSchema,
  measured: MeasuredSchema,
  /** Predicted percentiles at the same load (ms), per metric. */
  prediction: PerMetricStats,
  /** (measured - predicted) / predicted, per metric and percentile. */
  error: PerMetricStats,
  source: z.enum(['loadtest', 'scaffolder', 'metrics']),
  measuredAt: IsoTime,
  recordedBy: z.string(),
  /** set when the platform team excluded the outcome from calibration */
  exclusion: z
    .object({ by: z.string(), at: IsoTime, reason: z.string() })
    .nullable()
    .optional(),
});
/** @public */
export type Outcome = z.infer<typeof OutcomeSchema>;

/** A stored calibration factor with the time it was last recomputed. @public */
export type StoredCalibrationFactor = CalibrationFactor & { updatedAt: string };

/** A stored calibration factor (`GET /v1/calibration`). @public */
export const StoredCalibrationFactorSchema = outline<StoredCalibrationFactor>(
  z.looseObject({
    modelId: z.string(),
    gpuId: z.string(),
    tp: z.number(),
    engine: z.string(),
    shape: z.string().nullable(),
    ttft: z.looseObject({}).nullable(),
    itl: z.looseObject({}).nullable(),
    e2e: z.looseObject({}).nullable(),
    samples: z.number(),
    updatedAt: IsoTime,
  }),
);

/** Formats a benchmark file can be imported in (`seed` is the public data on first start). @public */
export const ImportFormatSchema = z.enum(['seed', ...UPLOAD_FORMAT_IDS]);
/** @public */
export type ImportFormat = z.infer<typeof ImportFormatSchema>;

/** One imported benchmark file. @public */
export const ImportBatchSchema = z.object({
  id: z.string(),
  dataset: z.string(),
  format: ImportFormatSchema,
  importedBy: z.string(),
  importedAt: IsoTime,
  checksum: z.string(),
  rowCount: z.number(),
});
/** @public */
export type ImportBatch = z.infer<typeof ImportBatchSchema>;

/** Answer of an import (201 new rows, 200 when every row was already stored). @public */
export const ImportResultSchema = z.object({
  importId: z.string(),
  batch: ImportBatchSchema.nullable(),
  created: z.boolean(),
  rows: z.number(),
  imported: z.number(),
  duplicates: z.object({
    count: z.number(),
    rows: z.array(
      z.object({
        row: z.number(),
        sameAs: z.union([
          z.object({ row: z.number() }),
          z.object({ batchId: z.string(), runId: z.number() }),
        ]),
      }),
    ),
    truncated: z.boolean(),
  }),
  warnings: z.array(RowErrorSchema),
  message: z.string(),
});
/** @public */
export type ImportResult = z.infer<typeof ImportResultSchema>;

/** Progress of one import (`GET /v1/benchmarks/imports/{id}`). @public */
export const ImportProgressSchema = z.object({
  id: z.string(),
  phase: z.enum(['parsing', 'inserting', 'done', 'failed']),
  totalRows: z.number().nullable(),
  parsedRows: z.number(),
  newRows: z.number().nullable(),
  insertedRows: z.number(),
  startedAt: IsoTime,
  updatedAt: IsoTime,
  message: z.string().nullable(),
  batchId: z.string().nullable(),
});

/** One page of import batches, newest first. @public */
export const BatchPageSchema = z.object({
  items: z.array(ImportBatchSchema),
  nextCursor: z.string().nullable(),
});
/** @public */
export type BatchPage = z.infer<typeof BatchPageSchema>;

/** A stored run with its batch. @public */
export const StoredRunSchema = z.object({
  id: z.union([z.number(), z.string()]),
  batchId: z.string().nullable(),
  run: BenchmarkRunSchema,
});
/** @public */
export type StoredRun = z.infer<typeof StoredRunSchema>;

/** One page of runs; `nextCursor` is null on the last page. @public */
export const RunPageSchema = z.object({
  items: z.array(StoredRunSchema),
  total: z.number(),
  nextCursor: z.string().nullable(),
});
/** @public */
export type RunPage = z.infer<typeof RunPageSchema>;

/** A price row of the catalog, with its store id. @public */
export const StoredPriceSchema = PriceSchema.extend({
  id: z.number(),
  updatedBy: z.string().nullable().optional(),
  updatedAt: IsoTime.nullable().optional(),
});
/** @public */
export type StoredPrice = z.infer<typeof StoredPriceSchema>;

/** A team's GPU quota. @public */
export const QuotaSchema = z.object({
  teamRef: z.string(),
  gpuQuota: z.number(),
  updatedBy: z.string().nullable(),
  updatedAt: IsoTime.nullable(),
});
/** @public */
export type Quota = z.infer<typeof QuotaSchema>;

/** Answer of `PUT /v1/quotas/{teamRef}`: the quota set. @public */
export const QuotaSetSchema = QuotaSchema.pick({
  teamRef: true,
  gpuQuota: true,
});

/** The whole knowledge base the engine plans from (`GET /v1/knowledge-base`). @public */
export const KnowledgeBaseSchema = z.looseObject({
  runs: z.array(BenchmarkRunSchema),
  models: z.array(ModelSpecSchema),
  gpus: z.array(GpuSpecSchema),
  prices: z.array(PriceSchema),
  sloTemplates: z.array(SloTemplateSchema),
});

/** Answer of `POST /v1/predict`. @public */
export const PredictResponseSchema = PredictionSchema.extend({
  unit: z.literal('ms'),
});

const ModelFootprintSchema = outline<ModelFootprint>(
  z.object({
    weightsGb: z.record(z.string(), z.number()),
    kvBytesPerToken: z.number().nullable(),
    kvGbAtMaxContext: z.number().nullable(),
  }),
);

/** The added model, the assumptions taken where the config was silent, and its footprint. @public */
export const ModelFromConfigResultSchema = z.object({
  model: ModelSpecSchema,
  notes: z.array(z.string()),
  footprint: ModelFootprintSchema,
});
/** @public */
export type ModelFromConfigResult = z.infer<typeof ModelFromConfigResultSchema>;

/** A preview of a model from its config.json, with the catalog names it would clash with. @public */
export const ModelFromConfigPreviewSchema = ModelFromConfigResultSchema.extend({
  conflicts: z.array(z.string()),
});

/** What `GET /v1/pricing/policy` answers. @public */
export const PricePolicyStateSchema = z.object({
  /** the effective policy, defaults filled in */
  policy: PricePolicySchema,
  /** `admin`: saved in the admin page; `config`: `llmPlanner.pricing`; else the default */
  source: z.enum(['admin', 'config', 'default']),
  updatedBy: z.string().optional(),
  updatedAt: IsoTime.optional(),
  defaultPolicy: PricePolicySchema,
  marketplaces: z.array(z.object({ provider: z.string(), why: z.string() })),
  /** the providers (cloud or marketplace), regions and pricing kinds of the price catalog */
  choices: outline<PricePolicyChoices>(
    z.looseObject({
      providers: z.array(z.looseObject({ provider: z.string() })),
      regions: z.array(z.looseObject({ region: z.string() })),
      pricing: z.array(z.string()),
    }),
  ),
  totalRows: z.number(),
  allowedRows: z.number(),
  excluded: z.array(
    z.object({ provider: z.string(), count: z.number(), reason: z.string() }),
  ),
});
/** @public */
export type PricePolicyState = z.infer<typeof PricePolicyStateSchema>;

/** A message of a planning conversation (`GET /v1/chat/{conversationId}`). @public */
export const ChatMessageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  author: z.string(),
  content: z.string(),
  extractor: z.enum(['ollama', 'rules']).nullable(),
  intent: z.looseObject({}).nullable(),
  createdAt: IsoTime,
});

/** One NDJSON line of `POST /v1/chat`: tokens, then a result or an error. @public */
export const ChatEventSchema = outline<ChatEvent>(
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('token'), text: z.string() }),
    z.looseObject({
      type: z.literal('result'),
      conversationId: z.string(),
      reply: z.string(),
      extractor: z.enum(['ollama', 'rules']),
      intent: z.looseObject({}),
      missing: z.array(z.string()),
      notes: z.array(z.string()),
      assumptions: z.array(z.string()),
    }),
    z.object({ type: z.literal('error'), message: z.string() }),
  ]),
);

/** `{ items }` of a list route. */
export function itemsOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

/** `GET /v1/catalog/models`. @public */
export const ModelSpecListSchema = itemsOf(ModelSpecSchema);
/** `GET /v1/catalog/gpus`. @public */
export const GpuSpecListSchema = itemsOf(GpuSpecSchema);
/** `GET /v1/catalog/slo-templates`. @public */
export const SloTemplateListSchema = itemsOf(SloTemplateSchema);
