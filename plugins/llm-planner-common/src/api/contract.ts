import { z } from 'zod';
import {
  GpuSpecSchema,
  IntentSchema,
  ModelSpecSchema,
  SloTemplateSchema,
} from '../engine';
import {
  CatalogIdSchema,
  ChatRequestSchema,
  CreatePlanRequestSchema,
  DeploymentRequestSchema,
  DeploymentsQuerySchema,
  ExclusionRequestSchema,
  ImportRequestSchema,
  ModelFromConfigRequestSchema,
  OutcomeIdSchema,
  OutcomeRequestSchema,
  PageQuerySchema,
  PlanListQuerySchema,
  PlanVersionRequestSchema,
  PredictRequestSchema,
  PriceIdSchema,
  PricePolicyRequestSchema,
  PriceRequestSchema,
  QuotaRequestSchema,
  RunFilterQuerySchema,
  RunQuerySchema,
  UpdatePlanRequestSchema,
  UuidParamsSchema,
} from './requests';
import {
  AutoscalingDecisionSchema,
  BatchPageSchema,
  ChatEventSchema,
  ChatMessageSchema,
  DeploymentSchema,
  ErrorResponseSchema,
  GpuSpecListSchema,
  HealthSchema,
  ImportProgressSchema,
  ImportRejectionSchema,
  ImportResultSchema,
  KnowledgeBaseSchema,
  MeSchema,
  ModelFromConfigPreviewSchema,
  ModelFromConfigResultSchema,
  ModelSpecListSchema,
  OpenApiDocumentSchema,
  OutcomeSchema,
  PlannerStatusSchema,
  PlanPageSchema,
  PlanSchema,
  PredictResponseSchema,
  PricePolicyStateSchema,
  QuotaSchema,
  QuotaSetSchema,
  RunPageSchema,
  SloTemplateListSchema,
  StoredCalibrationFactorSchema,
  StoredPlanSchema,
  StoredPriceSchema,
  itemsOf,
} from './responses';
import { BODY_LIMITS } from './text';

/** An HTTP method of the API. @public */
export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

/** One answer of a route: what it means and, unless empty, the schema of its body. @public */
export type ResponseSpec = {
  description: string;
  schema?: z.ZodType;
  /** `application/json` unless said */
  contentType?: string;
};

/** One route of the API. @public */
export type RouteSpec = {
  method: HttpMethod;
  /** OpenAPI path syntax, under `/api/llm-planner`: `/v1/plans/{id}` */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Answers by status; 400, 401 and 413 are implied by input, credentials and body. */
  responses: Record<number, ResponseSpec>;
  /** Routes anyone may call without credentials. */
  public?: boolean;
  /** Largest JSON body in bytes (413 beyond); the API's 1 MB unless said. */
  maxBodyBytes?: number;
};

// generic, so each route keeps its own schema's type for the client
const json = <S extends z.ZodType>(description: string, schema: S) => ({
  description,
  schema,
});
const error = (description: string) => json(description, ErrorResponseSchema);
const DELETED: ResponseSpec = { description: 'Deleted' };
const STALE = error(
  'The plan changed since that version (reload it), or another caller won',
);
const NO_PLAN = error('No such plan, or not one of the caller’s teams');
const PLATFORM_ONLY = error('Not on the platform team');
const ConversationParams = z.object({ conversationId: z.uuid() });
const CatalogParams = z.object({ id: CatalogIdSchema });

/**
 * Every route of `/api/llm-planner`: its input schemas (what the backend validates with),
 * its answers per status (what the client is typed with) and a summary. The OpenAPI document
 * is generated from this table, and a test checks the backend serves exactly these routes.
 * @public
 */
export const LLM_PLANNER_API = {
  health: {
    method: 'get',
    path: '/health',
    summary: 'Liveness',
    public: true,
    responses: { 200: json('Alive', HealthSchema) },
  },
  getOpenApiDocument: {
    method: 'get',
    path: '/v1/openapi.json',
    summary: 'This document',
    public: true,
    responses: { 200: json('The OpenAPI 3.1 document', OpenApiDocumentSchema) },
  },
  getStatus: {
    method: 'get',
    path: '/v1/status',
    summary: 'Database engine, schema version and import batches',
    responses: { 200: json('The status', PlannerStatusSchema) },
  },
  getMe: {
    method: 'get',
    path: '/v1/me',
    summary:
      'The caller, their teams and whether they are on the platform team',
    responses: { 200: json('The caller', MeSchema) },
  },
  getKnowledgeBase: {
    method: 'get',
    path: '/v1/knowledge-base',
    summary: 'Runs and catalogs for in-browser what-if (ETag)',
    responses: {
      200: json('The knowledge base, with its ETag', KnowledgeBaseSchema),
      304: { description: 'Unchanged since the If-None-Match ETag' },
    },
  },
  recommend: {
    method: 'post',
    path: '/v1/recommend',
    summary: 'Ranked plan for an intent',
    body: IntentSchema,
    responses: { 200: json('The plan', PlanSchema) },
  },
  predict: {
    method: 'post',
    path: '/v1/predict',
    summary: 'Latency prediction for a configuration at a load',
    body: PredictRequestSchema,
    responses: { 200: json('The prediction, in ms', PredictResponseSchema) },
  },
  chat: {
    method: 'post',
    path: '/v1/chat',
    summary: 'Planning chat; NDJSON stream of tokens then the extracted intent',
    body: ChatRequestSchema,
    maxBodyBytes: BODY_LIMITS.chat,
    responses: {
      200: {
        description:
          'One JSON event a line: `token`s, then one `result` or `error`',
        schema: ChatEventSchema,
        contentType: 'application/x-ndjson',
      },
      403: error('The conversation belongs to someone else'),
      404: error('No such conversation'),
    },
  },
  getConversation: {
    method: 'get',
    path: '/v1/chat/{conversationId}',
    summary: 'Messages of one of the caller’s conversations',
    params: ConversationParams,
    responses: {
      200: json('The messages, oldest first', itemsOf(ChatMessageSchema)),
      403: error('The conversation belongs to someone else'),
      404: error('No such conversation'),
    },
  },
  listPlans: {
    method: 'get',
    path: '/v1/plans',
    summary:
      'Plans of the caller, their teams, or all (platform team), newest change first, one page at a time',
    query: PlanListQuerySchema,
    responses: {
      200: json(
        'Plan summaries (GET /v1/plans/{id} has the whole plan); pass nextCursor as `cursor` for the next page, null on the last page',
        PlanPageSchema,
      ),
    },
  },
  createPlan: {
    method: 'post',
    path: '/v1/plans',
    summary: 'Create a plan for one of the caller’s teams',
    body: CreatePlanRequestSchema,
    responses: {
      201: json('The stored plan', StoredPlanSchema),
      403: error('Not a member of the owning team'),
    },
  },
  getPlan: {
    method: 'get',
    path: '/v1/plans/{id}',
    summary: 'A plan of one of the caller’s teams',
    params: UuidParamsSchema,
    responses: {
      200: json('The plan', StoredPlanSchema),
      403: error('Not one of the caller’s teams'),
      404: NO_PLAN,
    },
  },
  updatePlan: {
    method: 'put',
    path: '/v1/plans/{id}',
    summary: 'Change assumptions and re-plan (409 when stale)',
    params: UuidParamsSchema,
    body: UpdatePlanRequestSchema,
    responses: {
      200: json('The re-planned plan', StoredPlanSchema),
      404: NO_PLAN,
      409: STALE,
    },
  },
  getAutoscaling: {
    method: 'get',
    path: '/v1/plans/{id}/autoscaling',
    summary:
      'The autoscaling policy the scaling simulation recommends for the plan (used by the manifests)',
    params: UuidParamsSchema,
    responses: {
      200: json('The autoscaler decision', AutoscalingDecisionSchema),
      404: NO_PLAN,
    },
  },
  approvePlan: {
    method: 'post',
    path: '/v1/plans/{id}/approve',
    summary:
      'Approve a plan (team members only; 409 when stale or when a concurrent approval won)',
    params: UuidParamsSchema,
    body: PlanVersionRequestSchema,
    responses: {
      200: json('The approved plan', StoredPlanSchema),
      404: NO_PLAN,
      409: STALE,
    },
  },
  retirePlan: {
    method: 'post',
    path: '/v1/plans/{id}/retire',
    summary: 'Retire a plan (409 when stale)',
    params: UuidParamsSchema,
    body: PlanVersionRequestSchema,
    responses: {
      200: json('The retired plan', StoredPlanSchema),
      404: NO_PLAN,
      409: STALE,
    },
  },
  listPlanDeployments: {
    method: 'get',
    path: '/v1/plans/{id}/deployments',
    summary: 'Deployments of a plan',
    params: UuidParamsSchema,
    responses: {
      200: json('The deployments', itemsOf(DeploymentSchema)),
      404: NO_PLAN,
    },
  },
  recordDeployment: {
    method: 'post',
    path: '/v1/plans/{id}/deployments',
    summary:
      "Record a deployment of an approved plan; the namespace is the plan's team namespace",
    params: UuidParamsSchema,
    body: DeploymentRequestSchema,
    responses: {
      201: json('The deployment', DeploymentSchema),
      404: NO_PLAN,
    },
  },
  listDeployments: {
    method: 'get',
    path: '/v1/deployments',
    summary: "Deployments behind a catalog entity, of the caller's teams",
    query: DeploymentsQuerySchema,
    responses: { 200: json('The deployments', itemsOf(DeploymentSchema)) },
  },
  listOutcomes: {
    method: 'get',
    path: '/v1/deployments/{id}/outcomes',
    summary: 'Measured outcomes with prediction and error',
    params: UuidParamsSchema,
    responses: {
      200: json('The outcomes', itemsOf(OutcomeSchema)),
      404: error('No such deployment'),
    },
  },
  recordOutcome: {
    method: 'post',
    path: '/v1/deployments/{id}/outcomes',
    summary:
      'Record a measured outcome (owning team, or a service bound to it in llmPlanner.outcomes.services); recalibrates',
    params: UuidParamsSchema,
    body: OutcomeRequestSchema,
    responses: {
      201: json('The outcome', OutcomeSchema),
      403: error('Not the owning team nor a service bound to it'),
      404: error('No such deployment'),
    },
  },
  excludeOutcome: {
    method: 'post',
    path: '/v1/outcomes/{id}/exclusion',
    summary: 'Platform team: exclude an outcome from calibration (audited)',
    params: z.object({ id: OutcomeIdSchema }),
    body: ExclusionRequestSchema,
    responses: {
      200: json('The outcome', OutcomeSchema),
      403: PLATFORM_ONLY,
      404: error('No such outcome'),
    },
  },
  includeOutcome: {
    method: 'delete',
    path: '/v1/outcomes/{id}/exclusion',
    summary: 'Platform team: use an excluded outcome for calibration again',
    params: z.object({ id: OutcomeIdSchema }),
    responses: {
      200: json('The outcome', OutcomeSchema),
      403: PLATFORM_ONLY,
      404: error('No such outcome'),
    },
  },
  listCalibration: {
    method: 'get',
    path: '/v1/calibration',
    summary:
      'Robust calibration factors per configuration and token shape, with intervals and the outcomes behind them',
    responses: {
      200: json(
        'The calibration factors',
        itemsOf(StoredCalibrationFactorSchema),
      ),
    },
  },
  importBenchmarks: {
    method: 'post',
    path: '/v1/benchmarks/imports',
    summary:
      'Import a CSV, GuideLLM or vllm bench serve file (one transaction; 400 with rowErrors)',
    body: ImportRequestSchema,
    maxBodyBytes: BODY_LIMITS.imports,
    responses: {
      201: json(
        'The new batch with imported and duplicate counts',
        ImportResultSchema,
      ),
      200: json('Every row was already stored', ImportResultSchema),
      400: json(
        'Invalid input, or invalid rows (`rowErrors`); nothing was imported',
        ImportRejectionSchema,
      ),
      403: error('May not import benchmarks'),
    },
  },
  getImportProgress: {
    method: 'get',
    path: '/v1/benchmarks/imports/{id}',
    summary:
      'Progress of an import by the id its client sent (importId or x-llm-planner-import-id); any replica answers',
    params: UuidParamsSchema,
    responses: {
      200: json('The progress', ImportProgressSchema),
      404: error('No such import'),
    },
  },
  listBatches: {
    method: 'get',
    path: '/v1/benchmarks/batches',
    summary: 'Import batches, one cursor page (limit, cursor)',
    query: PageQuerySchema,
    responses: { 200: json('One page of batches', BatchPageSchema) },
  },
  deleteBatch: {
    method: 'delete',
    path: '/v1/benchmarks/batches/{id}',
    summary: 'Delete a batch and its runs',
    params: UuidParamsSchema,
    responses: { 204: DELETED, 404: error('No such batch') },
  },
  listRuns: {
    method: 'get',
    path: '/v1/benchmarks/runs',
    summary: 'Runs, filtered and paged',
    query: RunQuerySchema,
    responses: { 200: json('One page of runs', RunPageSchema) },
  },
  exportRuns: {
    method: 'get',
    path: '/v1/benchmarks/export',
    summary: 'Runs as CSV in the shared layout',
    query: RunFilterQuerySchema,
    responses: {
      200: {
        description: 'The runs as CSV',
        schema: z.string(),
        contentType: 'text/csv',
      },
    },
  },
  listModels: {
    method: 'get',
    path: '/v1/catalog/models',
    summary: 'Model catalog',
    responses: { 200: json('The models', ModelSpecListSchema) },
  },
  putModel: {
    method: 'put',
    path: '/v1/catalog/models/{id}',
    summary: 'Create or replace a model',
    params: CatalogParams,
    body: ModelSpecSchema,
    responses: {
      200: json('The model', ModelSpecSchema),
      403: error('May not write catalogs'),
    },
  },
  previewModelFromConfig: {
    method: 'post',
    path: '/v1/catalog/models/from-config/preview',
    summary:
      'Read a Hugging Face config.json into a model without saving it: the parsed numbers, assumptions, weights and KV cache, and names it would clash with',
    body: ModelFromConfigRequestSchema,
    responses: {
      200: json('The model it would add', ModelFromConfigPreviewSchema),
    },
  },
  addModelFromConfig: {
    method: 'post',
    path: '/v1/catalog/models/from-config',
    summary:
      'Add a model that is not in the catalog from its Hugging Face config.json (platform team)',
    body: ModelFromConfigRequestSchema,
    responses: {
      201: json(
        'The added model, the assumptions taken and its footprint',
        ModelFromConfigResultSchema,
      ),
      403: error('The caller may not write catalogs'),
      409: error(
        'The id, Hugging Face id or an alias already names a catalog model',
      ),
    },
  },
  listGpus: {
    method: 'get',
    path: '/v1/catalog/gpus',
    summary: 'GPU catalog',
    responses: { 200: json('The GPUs', GpuSpecListSchema) },
  },
  putGpu: {
    method: 'put',
    path: '/v1/catalog/gpus/{id}',
    summary: 'Create or replace a GPU',
    params: CatalogParams,
    body: GpuSpecSchema,
    responses: {
      200: json('The GPU', GpuSpecSchema),
      403: error('May not write catalogs'),
    },
  },
  listSloTemplates: {
    method: 'get',
    path: '/v1/catalog/slo-templates',
    summary: 'SLO templates per use case',
    responses: { 200: json('The SLO templates', SloTemplateListSchema) },
  },
  putSloTemplate: {
    method: 'put',
    path: '/v1/catalog/slo-templates/{id}',
    summary: 'Create or replace an SLO template',
    params: CatalogParams,
    body: SloTemplateSchema,
    responses: {
      200: json('The SLO template', SloTemplateSchema),
      403: error('May not write catalogs'),
    },
  },
  listPrices: {
    method: 'get',
    path: '/v1/catalog/prices',
    summary: 'GPU prices with source and date',
    responses: { 200: json('The prices', itemsOf(StoredPriceSchema)) },
  },
  addPrice: {
    method: 'post',
    path: '/v1/catalog/prices',
    summary: 'Add a price',
    body: PriceRequestSchema,
    responses: {
      201: json('The price', StoredPriceSchema),
      403: error('May not write catalogs'),
    },
  },
  updatePrice: {
    method: 'put',
    path: '/v1/catalog/prices/{id}',
    summary: 'Replace a price',
    params: z.object({ id: PriceIdSchema }),
    body: PriceRequestSchema,
    responses: {
      200: json('The price', StoredPriceSchema),
      403: error('May not write catalogs'),
      404: error('No such price'),
    },
  },
  deletePrice: {
    method: 'delete',
    path: '/v1/catalog/prices/{id}',
    summary: 'Delete a price',
    params: z.object({ id: PriceIdSchema }),
    responses: {
      204: DELETED,
      403: error('May not write catalogs'),
      404: error('No such price'),
    },
  },
  listQuotas: {
    method: 'get',
    path: '/v1/quotas',
    summary: 'GPU quotas per team',
    responses: { 200: json('The quotas', itemsOf(QuotaSchema)) },
  },
  setQuota: {
    method: 'put',
    path: '/v1/quotas/{teamRef}',
    summary: 'Set the GPU quota of a Group that exists in the catalog',
    params: z.object({ teamRef: z.string() }),
    body: QuotaRequestSchema,
    responses: {
      200: json('The quota set', QuotaSetSchema),
      403: error('May not write catalogs'),
    },
  },
  getPricePolicy: {
    method: 'get',
    path: '/v1/pricing/policy',
    summary:
      'The price policy plans use (providers, regions, pricing kinds), where it comes from (admin, config or default) and the price rows it excludes',
    responses: { 200: json('The price policy', PricePolicyStateSchema) },
  },
  setPricePolicy: {
    method: 'put',
    path: '/v1/pricing/policy',
    summary:
      'Set the price policy (platform team); it overrides llmPlanner.pricing config and re-plans',
    body: PricePolicyRequestSchema,
    responses: {
      200: json('The price policy now', PricePolicyStateSchema),
      403: PLATFORM_ONLY,
    },
  },
} as const satisfies Record<string, RouteSpec>;

/** The name of a route of the API, e.g. `getPlan`. @public */
export type LlmPlannerOperation = keyof typeof LLM_PLANNER_API;

type RouteOf<K extends LlmPlannerOperation> = (typeof LLM_PLANNER_API)[K];
type SuccessStatus = 200 | 201 | 204;
type BodyOfResponse<R> = R extends { schema: infer Z extends z.ZodType }
  ? z.output<Z>
  : void;

/** What a route answers on success (the union over its 2xx statuses). @public */
export type ResponseOf<K extends LlmPlannerOperation> = {
  [S in keyof RouteOf<K>['responses']]: S extends SuccessStatus
    ? BodyOfResponse<RouteOf<K>['responses'][S]>
    : never;
}[keyof RouteOf<K>['responses']];

/** The JSON body a route takes. @public */
export type BodyOf<K extends LlmPlannerOperation> = RouteOf<K> extends {
  body: infer Z extends z.ZodType;
}
  ? z.input<Z>
  : never;

/** The query a route takes. @public */
export type QueryOf<K extends LlmPlannerOperation> = RouteOf<K> extends {
  query: infer Z extends z.ZodType;
}
  ? z.input<Z>
  : never;
