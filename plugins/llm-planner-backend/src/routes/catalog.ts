import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  buildModelNameIndex,
  CatalogIdSchema,
  GpuSpecSchema,
  llmPlannerCatalogWritePermission,
  ModelSpec,
  modelSpecFromHfConfig,
  ModelSpecSchema,
  ModelFromConfigRequestSchema,
  PriceIdSchema,
  PriceRequestSchema,
  QuotaRequestSchema,
  resolveModelName,
  SloTemplateSchema,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Caller } from '../services/AccessControl';
import { RouteDeps } from './types';
import { parse, refuseControlCharacters, safeText } from './validate';

/** Reads the body's config.json into a model, or answers 400 naming each field. */
function modelFromConfig(
  body: z.infer<typeof ModelFromConfigRequestSchema>,
  userRef: string,
) {
  let config: unknown = body.config;
  if (typeof config === 'string') {
    try {
      config = JSON.parse(config);
    } catch (e) {
      throw new InputError(
        `Invalid config.json: config.json: is not valid JSON (${
          (e as Error).message
        })`,
      );
    }
  }
  const named = (config as Record<string, unknown> | null)?._name_or_path;
  const hfId = body.hfId ?? (typeof named === 'string' ? named : undefined);
  const source =
    body.source ??
    `Hugging Face config.json of ${hfId ?? 'the model'}${
      hfId ? ` (https://huggingface.co/${hfId}/blob/main/config.json)` : ''
    }, added through the planner API by ${userRef} on ${new Date()
      .toISOString()
      .slice(0, 10)}`;
  const result = modelSpecFromHfConfig(config, {
    id: body.id,
    hfId: body.hfId,
    source,
    family: body.family,
    license: body.license,
    tasks: body.tasks,
    aliases: body.aliases,
  });
  if (!result.ok)
    throw new InputError(
      `Invalid config.json: ${result.errors
        .map(e => `${e.field}: ${e.reason}`)
        .join('; ')}`,
    );
  refuseControlCharacters(result.model, 'model');
  return result;
}

/** Names of `model` that already name a catalog model (its id, Hugging Face id or aliases). */
function nameConflicts(model: ModelSpec, catalog: ModelSpec[]): string[] {
  const index = buildModelNameIndex(catalog);
  const out: string[] = [];
  if (catalog.some(m => m.id === model.id))
    out.push(`id "${model.id}" is catalog model ${model.id}`);
  for (const name of [model.hfId, ...model.aliases]) {
    const hit = resolveModelName(name, index);
    if (hit) out.push(`"${name}" already names catalog model ${hit.modelId}`);
  }
  return out;
}

function groupRef(raw: string): string {
  if (raw.length > 255 || !safeText(255).safeParse(raw).success) {
    throw new InputError(
      'Invalid team ref: must be a Group entity ref of at most 255 characters',
    );
  }
  try {
    const ref = parseEntityRef(raw, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
    if (ref.kind.toLocaleLowerCase('en-US') !== 'group')
      throw new Error('not a group');
    return stringifyEntityRef(ref);
  } catch {
    throw new InputError(
      `"${raw}" is not a Group entity ref, e.g. group:default/search-ai`,
    );
  }
}

type CatalogDeps = RouteDeps & { catalog: CatalogService };
type CatalogRouter = ReturnType<typeof Router>;

/**
 * Checks the caller may write catalogs (and whatever `check` adds), audits the write and
 * re-plans from the new data. The store bumps the knowledge version with the write.
 */
async function catalogWrite<T>(
  { access, knowledge }: CatalogDeps,
  req: Request,
  eventId: string,
  meta: Record<string, string | number>,
  change: (by: string) => Promise<T>,
  check?: (caller: Caller) => Promise<void>,
): Promise<T> {
  const caller = await access.caller(req);
  await access.require(llmPlannerCatalogWritePermission, caller.credentials);
  await check?.(caller);
  const result = await access.audited(req, eventId, meta, () =>
    change(caller.userRef),
  );
  knowledge.invalidate();
  return result;
}

function registerCatalogReads(router: CatalogRouter, deps: CatalogDeps) {
  const { access, catalogs } = deps;
  router.get('/v1/catalog/models', async (req, res) => {
    await access.caller(req);
    res.json({ items: await catalogs.listModels() });
  });
  router.get('/v1/catalog/gpus', async (req, res) => {
    await access.caller(req);
    res.json({ items: await catalogs.listGpus() });
  });
  router.get('/v1/catalog/prices', async (req, res) => {
    await access.caller(req);
    res.json({ items: await deps.prices.list() });
  });
  router.get('/v1/catalog/slo-templates', async (req, res) => {
    await access.caller(req);
    res.json({ items: await catalogs.listSloTemplates() });
  });
  router.get('/v1/quotas', async (req, res) => {
    await access.caller(req);
    res.json({ items: await catalogs.listQuotas() });
  });
}

/** A model as given, or read from a Hugging Face config.json (previewed, then created). */
function registerModelWrites(router: CatalogRouter, deps: CatalogDeps) {
  const { access, catalogs } = deps;
  router.put('/v1/catalog/models/:id', async (req, res) => {
    const id = parse(CatalogIdSchema, req.params.id, 'model id');
    const model = parse(ModelSpecSchema, { ...req.body, id }, 'model');
    refuseControlCharacters(model, 'model');
    await catalogWrite(
      deps,
      req,
      'catalog-model-upsert',
      { id: model.id },
      by => catalogs.upsertModel(model, by),
    );
    res.json(model);
  });

  router.post('/v1/catalog/models/from-config/preview', async (req, res) => {
    const caller = await access.caller(req);
    const body = parse(
      ModelFromConfigRequestSchema,
      req.body,
      'model from config.json',
    );
    const { model, notes, footprint } = modelFromConfig(body, caller.userRef);
    res.json({
      model,
      notes,
      footprint,
      conflicts: nameConflicts(model, await catalogs.listModels()),
    });
  });

  router.post('/v1/catalog/models/from-config', async (req, res) => {
    const caller = await access.caller(req);
    await access.require(llmPlannerCatalogWritePermission, caller.credentials);
    const body = parse(
      ModelFromConfigRequestSchema,
      req.body,
      'model from config.json',
    );
    const { model, notes, footprint } = modelFromConfig(body, caller.userRef);
    const conflicts = nameConflicts(model, await catalogs.listModels());
    if (conflicts.length > 0)
      throw new ConflictError(
        `Model ${model.id} is not new: ${conflicts.join(
          '; ',
        )}. Pick another id, or replace the model with PUT /v1/catalog/models/{id}`,
      );
    await catalogWrite(
      deps,
      req,
      'catalog-model-create',
      { id: model.id },
      by => catalogs.createModel(model, by),
    );
    res.status(201).json({ model, notes, footprint });
  });
}

function registerGpuAndSloWrites(router: CatalogRouter, deps: CatalogDeps) {
  const { catalogs } = deps;
  router.put('/v1/catalog/gpus/:id', async (req, res) => {
    const id = parse(CatalogIdSchema, req.params.id, 'GPU id');
    const gpu = parse(GpuSpecSchema, { ...req.body, id }, 'GPU');
    refuseControlCharacters(gpu, 'GPU');
    await catalogWrite(deps, req, 'catalog-gpu-upsert', { id: gpu.id }, by =>
      catalogs.upsertGpu(gpu, by),
    );
    res.json(gpu);
  });

  router.put('/v1/catalog/slo-templates/:id', async (req, res) => {
    const id = parse(CatalogIdSchema, req.params.id, 'SLO template id');
    const template = parse(
      SloTemplateSchema,
      { ...req.body, id },
      'SLO template',
    );
    refuseControlCharacters(template, 'SLO template');
    await catalogWrite(
      deps,
      req,
      'catalog-slo-template-upsert',
      { id: template.id },
      by => catalogs.upsertSloTemplate(template, by),
    );
    res.json(template);
  });
}

function registerPriceWrites(router: CatalogRouter, deps: CatalogDeps) {
  const { catalogs } = deps;
  router.post('/v1/catalog/prices', async (req, res) => {
    const price = parse(PriceRequestSchema, req.body, 'price');
    const id = await catalogWrite(
      deps,
      req,
      'catalog-price-create',
      { gpu: price.gpuRaw },
      by => catalogs.createPrice(price, by),
    );
    res.status(201).json({ ...price, id });
  });

  router.put('/v1/catalog/prices/:id', async (req, res) => {
    const id = parse(PriceIdSchema, req.params.id, 'price id');
    const price = parse(PriceRequestSchema, req.body, 'price');
    const found = await catalogWrite(
      deps,
      req,
      'catalog-price-update',
      { id },
      by => catalogs.updatePrice(id, price, by),
    );
    if (!found) throw new NotFoundError(`No price ${id}`);
    res.json({ ...price, id });
  });

  router.delete('/v1/catalog/prices/:id', async (req, res) => {
    const id = parse(PriceIdSchema, req.params.id, 'price id');
    const found = await catalogWrite(
      deps,
      req,
      'catalog-price-delete',
      { id },
      () => catalogs.deletePrice(id),
    );
    if (!found) throw new NotFoundError(`No price ${id}`);
    res.status(204).end();
  });
}

/** A team's GPU quota; the team must be a Group of the catalog. */
function registerQuotaWrites(router: CatalogRouter, deps: CatalogDeps) {
  const { catalogs, catalog } = deps;
  router.put('/v1/quotas/:teamRef', async (req, res) => {
    const teamRef = groupRef(req.params.teamRef);
    const { gpuQuota } = parse(QuotaRequestSchema, req.body, 'quota');
    await catalogWrite(
      deps,
      req,
      'team-quota-set',
      { teamRef, gpuQuota },
      by => catalogs.setQuota(teamRef, gpuQuota, by),
      async caller => {
        const group = await catalog.getEntityByRef(teamRef, {
          credentials: caller.credentials,
        });
        if (!group) {
          throw new InputError(
            `Invalid quota: there is no Group ${teamRef} in the catalog`,
          );
        }
      },
    );
    res.json({ teamRef, gpuQuota });
  });
}

/** Models, GPUs, prices, SLO templates and quotas: read by everyone, written by the platform team. */
export function catalogRouter(deps: CatalogDeps) {
  const router = Router();
  registerCatalogReads(router, deps);
  registerModelWrites(router, deps);
  registerGpuAndSloWrites(router, deps);
  registerPriceWrites(router, deps);
  registerQuotaWrites(router, deps);
  return router;
}
