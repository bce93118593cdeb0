import { z } from 'zod';
import {
  INTENT_BOUNDS,
  IntentSchema,
  PrecisionSchema,
  PriceSchema,
  PricePolicySchema,
} from '../engine';
import { UploadFormatSchema } from '../registry/importFormats';
import { PLAN_STATUS_IDS } from '../registry/planStatuses';
import { LoadProfileKindSchema } from './responses';
import { safeText } from './text';

/*
 * What the API takes: bodies, queries and path parameters of every route, validated by the
 * backend and typed into the client. The contract (./contract.ts) names the route of each.
 */

const Uuid = z.uuid();

/** A stored row's id in a path: plans, deployments, conversations, imports, batches. @public */
export const UuidParamsSchema = z.object({ id: Uuid });

/** Catalog ids from the path are stored as keys (at most 255 characters). @public */
export const CatalogIdSchema = safeText(255).min(1);

/** A price id from the path. @public */
export const PriceIdSchema = z.coerce.number().int().positive();

/** An outcome id from the path. @public */
export const OutcomeIdSchema = z.coerce.number().int().positive();

/** Body of `POST /v1/plans`. @public */
export const CreatePlanRequestSchema = z.object({
  title: safeText(200).min(1).optional(),
  ownerGroup: safeText(255).optional(),
  intent: IntentSchema,
  /** The planning chat this plan came from; it is attached to the plan. */
  conversationId: z.uuid().optional(),
});
/** @public */
export type CreatePlanRequest = z.input<typeof CreatePlanRequestSchema>;

/** Body of `PUT /v1/plans/{id}`. @public */
export const UpdatePlanRequestSchema = z.object({
  version: z.number().int().positive(),
  title: safeText(200).min(1).optional(),
  intent: IntentSchema,
});
/** @public */
export type UpdatePlanRequest = z.input<typeof UpdatePlanRequestSchema>;

/** Body of the plan transitions (approve, retire): the version the caller saw. @public */
export const PlanVersionRequestSchema = z.object({
  version: z.number().int().positive(),
});

/** Most plans one page of `GET /v1/plans` holds, and how many unless `limit` says. @public */
export const PLAN_PAGE_MAX = 200;
/** @public */
export const PLAN_PAGE_DEFAULT = 50;

/** Query of `GET /v1/plans`. @public */
export const PlanListQuerySchema = z.object({
  scope: z.enum(['mine', 'team', 'all']).default('team'),
  status: z.enum(PLAN_STATUS_IDS).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PLAN_PAGE_MAX)
    .default(PLAN_PAGE_DEFAULT),
  /** `nextCursor` of the previous page. */
  cursor: z.string().max(200).optional(),
});
/** Plans list filters. @public */
export type PlanListQuery = z.input<typeof PlanListQuerySchema>;

/** Body of `POST /v1/plans/{id}/deployments`. @public */
export const DeploymentRequestSchema = z.object({
  cluster: safeText(63).pipe(z.string().min(1)),
  /** derived from the plan's team; a caller may send it only to confirm it */
  namespace: z.string().max(63).optional(),
  repoUrl: safeText(2048).nullable().default(null),
  entityRef: safeText(255).nullable().default(null),
  status: z.enum(['dry-run', 'applied', 'failed']),
});
/** @public */
export type DeploymentRequest = z.input<typeof DeploymentRequestSchema>;

/** Query of `GET /v1/deployments`. @public */
export const DeploymentsQuerySchema = z.object({
  entityRef: safeText(255).pipe(z.string().min(1)),
});

/** A measured latency: a positive, finite number of milliseconds (at most a day). */
const Millis = z.number().positive().max(86_400_000);

const MeasuredStatsRequest = z
  .object({ mean: Millis, p50: Millis, p90: Millis, p95: Millis, p99: Millis })
  .partial()
  .strict();

/** Body of `POST /v1/deployments/{id}/outcomes`. @public */
export const OutcomeRequestSchema = z.object({
  loadProfile: z.object({
    kind: LoadProfileKindSchema,
    concurrency: z.number().positive().max(100_000).optional(),
    rate: z.number().positive().max(1_000_000).optional(),
    inputTokens: z.number().positive().max(10_000_000),
    outputTokens: z.number().positive().max(10_000_000),
  }),
  measured: z.object({
    ttft: MeasuredStatsRequest,
    itl: MeasuredStatsRequest,
    e2e: MeasuredStatsRequest,
    throughputRps: z.number().nonnegative().optional(),
    outputTokensPerS: z.number().nonnegative().optional(),
    requests: z.number().int().nonnegative().optional(),
    errors: z.number().int().nonnegative().default(0),
  }),
  source: z.enum(['loadtest', 'scaffolder', 'metrics']),
  measuredAt: z.iso.datetime().optional(),
});
/** @public */
export type OutcomeRequest = z.input<typeof OutcomeRequestSchema>;

/** Body of `POST /v1/outcomes/{id}/exclusion`. @public */
export const ExclusionRequestSchema = z.object({
  reason: safeText(500).pipe(
    z.string().min(3, 'say why the outcome is excluded'),
  ),
});

/** Body of `POST /v1/benchmarks/imports`. @public */
export const ImportRequestSchema = z.object({
  format: UploadFormatSchema,
  dataset: z.string().trim().min(1).max(300),
  content: z.string().min(1),
  /** a UUID the client chose, to poll `GET /v1/benchmarks/imports/{id}` while this runs */
  importId: z.uuid().optional(),
  context: z
    .object({
      model: z.string().optional(),
      gpu: z.string().optional(),
      gpuCount: z.number().int().positive().optional(),
      tensorParallel: z.number().int().positive().optional(),
      engine: z.string().optional(),
      engineVersion: z.string().optional(),
      precision: z.string().optional(),
      dataset: z.string().optional(),
      source: z.string().optional(),
      fileName: z.string().optional(),
    })
    .optional(),
});
/** @public */
export type ImportRequest = z.input<typeof ImportRequestSchema>;

/** Which runs: filters of `GET /v1/benchmarks/runs` and `/export`. @public */
export const RunFilterQuerySchema = z.object({
  modelId: z.string().optional(),
  gpuId: z.string().optional(),
  tp: z.coerce.number().int().positive().optional(),
  engine: z.string().optional(),
  batchId: z.uuid().optional(),
});

/** Keyset pages: `cursor` is the `nextCursor` of the previous page. @public */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  cursor: z.string().min(1).max(500).optional(),
});
/** @public */
export type PageQuery = z.input<typeof PageQuerySchema>;

/** Query of `GET /v1/benchmarks/runs`: filters and a page. @public */
export const RunQuerySchema = RunFilterQuerySchema.extend(
  PageQuerySchema.shape,
);
/** @public */
export type RunQuery = z.input<typeof RunQuerySchema>;

/** Most GPUs a team quota may grant. @public */
export const MAX_GPU_QUOTA = 10_000;

/** Body of `PUT /v1/quotas/{teamRef}`. @public */
export const QuotaRequestSchema = z.object({
  gpuQuota: z
    .number()
    .int()
    .min(0)
    .max(MAX_GPU_QUOTA, `must be at most ${MAX_GPU_QUOTA} GPUs`),
});

/**
 * A price as the API takes it: the catalog schema with the stored columns bounded and an
 * hourly price that is positive and believable (the dearest GPU-hour today is tens of USD).
 * @public
 */
export const PriceRequestSchema = PriceSchema.extend({
  provider: safeText(255).min(1),
  region: safeText(255),
  instanceType: safeText(255),
  gpuRaw: safeText(255),
  gpuId: safeText(255).nullable(),
  gpuCount: z.number().int().min(1).max(1024),
  pricingRaw: safeText(255),
  pricePerHour: z
    .number()
    .positive('must be more than 0')
    .max(1_000_000, 'must be at most 1000000 USD an hour')
    .nullable(),
  pricePerGpuHour: z
    .number()
    .positive('must be more than 0')
    .max(10_000, 'must be at most 10000 USD a GPU-hour'),
  asOf: safeText(64),
  source: safeText(2000),
  notes: safeText(4000),
});

/**
 * A model to add from its Hugging Face config.json: the file (as an object, or its text as
 * pasted or uploaded) and what the file does not say. `source` defaults to the config.json's
 * address on Hugging Face, with who added it and when.
 * @public
 */
export const ModelFromConfigRequestSchema = z.object({
  config: z.union([z.record(z.string(), z.unknown()), z.string().max(200_000)]),
  id: safeText(100).optional(),
  hfId: safeText(200).optional(),
  source: safeText(2000).optional(),
  family: safeText(64).optional(),
  license: safeText(64).optional(),
  tasks: z.array(safeText(64).min(1)).max(20).optional(),
  aliases: z.array(safeText(255).min(1)).max(50).optional(),
});
/** A model to add from its config.json (`POST /v1/catalog/models/from-config`). @public */
export type ModelFromConfigRequest = z.input<
  typeof ModelFromConfigRequestSchema
>;

const tokens = () =>
  z
    .number()
    .positive()
    .max(
      INTENT_BOUNDS.maxTokens,
      `must be at most ${INTENT_BOUNDS.maxTokens} tokens`,
    );

/** Body of `POST /v1/predict`. @public */
export const PredictRequestSchema = z
  .object({
    model: safeText(INTENT_BOUNDS.maxNameLength).min(1),
    gpu: safeText(INTENT_BOUNDS.maxNameLength).min(1),
    tp: z.number().int().min(1).max(64),
    inputTokens: tokens(),
    outputTokens: tokens(),
    /** requests in flight on one replica */
    concurrency: z
      .number()
      .positive()
      .max(100_000, 'must be at most 100000 requests in flight')
      .optional(),
    /** requests per second offered to one replica */
    rate: z
      .number()
      .positive()
      .max(100_000, 'must be at most 100000 requests a second')
      .optional(),
    engine: safeText(INTENT_BOUNDS.maxNameLength).optional(),
    precision: PrecisionSchema.optional(),
  })
  .refine(b => (b.concurrency === undefined) !== (b.rate === undefined), {
    message: 'give exactly one of concurrency or rate',
  });
/** @public */
export type PredictRequest = z.input<typeof PredictRequestSchema>;

/** Body of `POST /v1/chat`. @public */
export const ChatRequestSchema = z.object({
  message: safeText(8000).min(1),
  conversationId: z.uuid().optional(),
  intent: IntentSchema.partial().optional(),
});

/** The price policy as the API takes it (the schema plans validate with). @public */
export const PricePolicyRequestSchema = PricePolicySchema;
/** Body of `POST /v1/chat`. @public */
export type ChatRequest = z.input<typeof ChatRequestSchema>;
