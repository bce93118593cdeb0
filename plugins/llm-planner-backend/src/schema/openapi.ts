import {
  GpuSpecSchema,
  IntentSchema,
  ModelSpecSchema,
  SloTemplateSchema,
} from '@internal/backstage-plugin-llm-planner-common';
import { z } from 'zod';
import { ImportBody, RunQuery } from '../routes/benchmarks';
import { ModelFromConfigBody, PriceBody, QuotaBody } from '../routes/catalog';
import { ChatBody } from '../routes/chat';
import {
  DeploymentBody,
  ExclusionBody,
  OutcomeBody,
} from '../routes/deployments';
import {
  CreatePlanBody,
  ListQuery,
  UpdatePlanBody,
  VersionBody,
} from '../routes/plans';
import { PredictBody } from '../routes/predict';
import { PricePolicyBody } from '../routes/pricing';
import { BODY_LIMITS } from '../routes/validate';

type Operation = {
  summary: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  /** The success status and what it returns. */
  ok?: [number, string];
  /** Routes anyone may call without credentials. */
  public?: boolean;
  /** Largest JSON body in bytes (413 beyond); the API's 1 MB unless said. */
  maxBodyBytes?: number;
  /** Path parameters that must be UUIDs (400 otherwise, before any lookup). */
  uuids?: string[];
  /** Further answers than 200/400/401, e.g. 409 when stale. */
  errors?: Record<number, string>;
};

const STALE =
  'The plan changed since that version (reload it), or another caller won';

/**
 * Every route of the API with the zod schema its input is validated with; the OpenAPI
 * document is generated from the same schemas, so the description cannot drift from the
 * validation. `docs/api.md` describes the answers.
 */
export const OPERATIONS: Record<
  string,
  Partial<Record<'get' | 'post' | 'put' | 'delete', Operation>>
> = {
  '/health': { get: { summary: 'Liveness', public: true } },
  '/v1/openapi.json': { get: { summary: 'This document', public: true } },
  '/v1/status': {
    get: { summary: 'Database engine, schema version and import batches' },
  },
  '/v1/me': {
    get: {
      summary:
        'The caller, their teams and whether they are on the platform team',
    },
  },
  '/v1/knowledge-base': {
    get: { summary: 'Runs and catalogs for in-browser what-if (ETag)' },
  },
  '/v1/recommend': {
    post: { summary: 'Ranked plan for an intent', body: IntentSchema },
  },
  '/v1/predict': {
    post: {
      summary: 'Latency prediction for a configuration at a load',
      body: PredictBody,
    },
  },
  '/v1/chat': {
    post: {
      summary:
        'Planning chat; NDJSON stream of tokens then the extracted intent',
      body: ChatBody,
      maxBodyBytes: BODY_LIMITS.chat,
    },
  },
  '/v1/chat/{conversationId}': {
    get: {
      summary: 'Messages of one of the caller’s conversations',
      uuids: ['conversationId'],
    },
  },
  '/v1/plans': {
    get: {
      summary:
        'Plans of the caller, their teams, or all (platform team), newest change first, one page at a time',
      query: ListQuery,
      ok: [
        200,
        '`{ items, nextCursor }`: plan summaries `{ id, title, ownerUser, ownerGroup, status, version, approvedBy, approvedAt, createdAt, updatedAt, useCase, summary }`, where summary is the best recommendation `{ modelId, hfId, gpuId, tp, precision, engine, replicas, gpus, perMonth, provenance, confidence }` or null when none is feasible (GET /v1/plans/{id} has the whole plan); pass nextCursor as `cursor` for the next page, null on the last page',
      ],
    },
    post: {
      summary: 'Create a plan for one of the caller’s teams',
      body: CreatePlanBody,
      ok: [201, 'The stored plan'],
    },
  },
  '/v1/plans/{id}': {
    get: { summary: 'A plan of one of the caller’s teams', uuids: ['id'] },
    put: {
      summary: 'Change assumptions and re-plan (409 when stale)',
      body: UpdatePlanBody,
      uuids: ['id'],
      errors: { 409: STALE },
    },
  },
  '/v1/plans/{id}/autoscaling': {
    get: {
      summary:
        'The autoscaling policy the scaling simulation recommends for the plan (used by the manifests)',
      uuids: ['id'],
    },
  },
  '/v1/plans/{id}/approve': {
    post: {
      summary:
        'Approve a plan (team members only; 409 when stale or when a concurrent approval won)',
      body: VersionBody,
      uuids: ['id'],
      errors: { 409: STALE },
    },
  },
  '/v1/plans/{id}/retire': {
    post: {
      summary: 'Retire a plan (409 when stale)',
      body: VersionBody,
      uuids: ['id'],
      errors: { 409: STALE },
    },
  },
  '/v1/plans/{id}/deployments': {
    get: { summary: 'Deployments of a plan', uuids: ['id'] },
    post: {
      summary:
        "Record a deployment of an approved plan; the namespace is the plan's team namespace",
      body: DeploymentBody,
      uuids: ['id'],
      ok: [201, 'The deployment'],
    },
  },
  '/v1/deployments': {
    get: {
      summary: "Deployments behind a catalog entity, of the caller's teams",
      query: z.object({ entityRef: z.string() }),
    },
  },
  '/v1/deployments/{id}/outcomes': {
    get: {
      summary: 'Measured outcomes with prediction and error',
      uuids: ['id'],
    },
    post: {
      summary:
        'Record a measured outcome (owning team, or a service bound to it in llmPlanner.outcomes.services); recalibrates',
      body: OutcomeBody,
      uuids: ['id'],
      ok: [201, 'The outcome'],
    },
  },
  '/v1/outcomes/{id}/exclusion': {
    post: {
      summary: 'Platform team: exclude an outcome from calibration (audited)',
      body: ExclusionBody,
    },
    delete: {
      summary: 'Platform team: use an excluded outcome for calibration again',
    },
  },
  '/v1/calibration': {
    get: {
      summary:
        'Robust calibration factors per configuration and token shape, with intervals and the outcomes behind them',
    },
  },
  '/v1/benchmarks/imports': {
    post: {
      summary:
        'Import a CSV, GuideLLM or vllm bench serve file (one transaction; 400 with rowErrors)',
      body: ImportBody,
      ok: [
        201,
        'The new batch with imported and duplicate counts (200 when every row was already stored)',
      ],
      maxBodyBytes: BODY_LIMITS.imports,
    },
  },
  '/v1/benchmarks/imports/{id}': {
    get: {
      summary:
        'Progress of an import by the id its client sent (importId or x-llm-planner-import-id); any replica answers',
      uuids: ['id'],
    },
  },
  '/v1/benchmarks/batches': {
    get: { summary: 'Import batches, one cursor page (limit, cursor)' },
  },
  '/v1/benchmarks/batches/{id}': {
    delete: {
      summary: 'Delete a batch and its runs',
      uuids: ['id'],
      ok: [204, 'Deleted'],
    },
  },
  '/v1/benchmarks/runs': {
    get: { summary: 'Runs, filtered and paged', query: RunQuery },
  },
  '/v1/benchmarks/export': {
    get: { summary: 'Runs as CSV in the shared layout', query: RunQuery },
  },
  '/v1/catalog/models': { get: { summary: 'Model catalog' } },
  '/v1/catalog/models/{id}': {
    put: { summary: 'Create or replace a model', body: ModelSpecSchema },
  },
  '/v1/catalog/models/from-config/preview': {
    post: {
      summary:
        'Read a Hugging Face config.json into a model without saving it: the parsed numbers, assumptions, weights and KV cache, and names it would clash with',
      body: ModelFromConfigBody,
    },
  },
  '/v1/catalog/models/from-config': {
    post: {
      summary:
        'Add a model that is not in the catalog from its Hugging Face config.json (platform team)',
      body: ModelFromConfigBody,
      ok: [201, 'The added model, the assumptions taken and its footprint'],
      errors: {
        403: 'The caller may not write catalogs',
        409: 'The id, Hugging Face id or an alias already names a catalog model',
      },
    },
  },
  '/v1/catalog/gpus': { get: { summary: 'GPU catalog' } },
  '/v1/catalog/gpus/{id}': {
    put: { summary: 'Create or replace a GPU', body: GpuSpecSchema },
  },
  '/v1/catalog/slo-templates': {
    get: { summary: 'SLO templates per use case' },
  },
  '/v1/catalog/slo-templates/{id}': {
    put: {
      summary: 'Create or replace an SLO template',
      body: SloTemplateSchema,
    },
  },
  '/v1/catalog/prices': {
    get: { summary: 'GPU prices with source and date' },
    post: { summary: 'Add a price', body: PriceBody, ok: [201, 'The price'] },
  },
  '/v1/catalog/prices/{id}': {
    put: { summary: 'Replace a price', body: PriceBody },
    delete: { summary: 'Delete a price', ok: [204, 'Deleted'] },
  },
  '/v1/quotas': { get: { summary: 'GPU quotas per team' } },
  '/v1/quotas/{teamRef}': {
    put: {
      summary: 'Set the GPU quota of a Group that exists in the catalog',
      body: QuotaBody,
    },
  },
  '/v1/pricing/policy': {
    get: {
      summary:
        'The price policy plans use (providers, regions, pricing kinds), where it comes from (admin, config or default) and the price rows it excludes',
    },
    put: {
      summary:
        'Set the price policy (platform team); it overrides llmPlanner.pricing config and re-plans',
      body: PricePolicyBody,
      errors: { 403: 'Not on the platform team' },
    },
  },
};

const schemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

/** The OpenAPI 3.1 document of the API, generated from the validation schemas. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(OPERATIONS)) {
    paths[path] = {};
    for (const [method, op] of Object.entries(methods)) {
      const parameters = [
        ...[...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
          name,
          in: 'path',
          required: true,
          schema: op!.uuids?.includes(name)
            ? { type: 'string', format: 'uuid' }
            : { type: 'string' },
        })),
        ...Object.entries(op!.query?.shape ?? {}).map(([name, s]) => ({
          name,
          in: 'query',
          required: !(s as z.ZodType).safeParse(undefined).success,
          schema: schemaOf(s as z.ZodType),
        })),
      ];
      const [status, description] = op!.ok ?? [200, 'OK'];
      paths[path][method] = {
        summary: op!.summary,
        ...(op!.public ? { security: [] } : {}),
        ...(op!.body
          ? {
              'x-max-body-bytes': op!.maxBodyBytes ?? BODY_LIMITS.api,
            }
          : {}),
        ...(parameters.length ? { parameters } : {}),
        ...(op!.body
          ? {
              requestBody: {
                required: true,
                content: { 'application/json': { schema: schemaOf(op!.body) } },
              },
            }
          : {}),
        responses: {
          [status]: { description },
          ...(op!.body || op!.query || op!.uuids
            ? {
                400: {
                  description:
                    'Invalid input; the message names each invalid field',
                },
              }
            : {}),
          ...(op!.body
            ? {
                413: {
                  description: `Request body larger than ${
                    (op!.maxBodyBytes ?? BODY_LIMITS.api) / 1024
                  } KB`,
                },
              }
            : {}),
          ...Object.fromEntries(
            Object.entries(op!.errors ?? {}).map(([code, text]) => [
              code,
              { description: text },
            ]),
          ),
          ...(op!.public
            ? {}
            : { 401: { description: 'No or invalid Backstage credentials' } }),
        },
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'llm-planner',
      version: '1',
      description:
        'Plan, deploy and measure LLM inference services. See docs/api.md. Errors answer `{ error: { name, message } }`.',
    },
    servers: [{ url: '/api/llm-planner' }],
    components: {
      securitySchemes: { backstage: { type: 'http', scheme: 'bearer' } },
    },
    security: [{ backstage: [] }],
    paths,
  };
}
