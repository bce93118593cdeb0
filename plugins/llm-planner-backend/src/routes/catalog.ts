import { InputError, NotFoundError } from '@backstage/errors';
import {
  GpuSpecSchema,
  llmPlannerCatalogWritePermission,
  ModelSpecSchema,
  PriceSchema,
  SloTemplateSchema,
} from '@internal/backstage-plugin-llm-planner-common';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Request } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { RouteDeps } from './types';
import { parse } from './validate';

export const QuotaBody = z.object({
  gpuQuota: z.number().int().min(0).max(100_000),
});
const PriceId = z.coerce.number().int().positive();

function groupRef(raw: string): string {
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

/** Models, GPUs, prices, SLO templates and quotas: read by everyone, written by the platform team. */
export function catalogRouter(deps: RouteDeps) {
  const { access, catalogs, knowledge } = deps;
  const router = Router();

  /** Checks the caller may write catalogs, audits the write and re-plans from the new data. */
  async function write<T>(
    req: Request,
    eventId: string,
    meta: Record<string, string | number>,
    change: (by: string) => Promise<T>,
  ): Promise<T> {
    const caller = await access.caller(req);
    await access.require(llmPlannerCatalogWritePermission, caller.credentials);
    const result = await access.audited(req, eventId, meta, () =>
      change(caller.userRef),
    );
    knowledge.invalidate();
    return result;
  }

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
    res.json({ items: await catalogs.listPrices() });
  });
  router.get('/v1/catalog/slo-templates', async (req, res) => {
    await access.caller(req);
    res.json({ items: await catalogs.listSloTemplates() });
  });
  router.get('/v1/quotas', async (req, res) => {
    await access.caller(req);
    res.json({ items: await catalogs.listQuotas() });
  });

  router.put('/v1/catalog/models/:id', async (req, res) => {
    const model = parse(
      ModelSpecSchema,
      { ...req.body, id: req.params.id },
      'model',
    );
    await write(req, 'catalog-model-upsert', { id: model.id }, by =>
      catalogs.upsertModel(model, by),
    );
    res.json(model);
  });

  router.put('/v1/catalog/gpus/:id', async (req, res) => {
    const gpu = parse(GpuSpecSchema, { ...req.body, id: req.params.id }, 'GPU');
    await write(req, 'catalog-gpu-upsert', { id: gpu.id }, by =>
      catalogs.upsertGpu(gpu, by),
    );
    res.json(gpu);
  });

  router.put('/v1/catalog/slo-templates/:id', async (req, res) => {
    const template = parse(
      SloTemplateSchema,
      { ...req.body, id: req.params.id },
      'SLO template',
    );
    await write(req, 'catalog-slo-template-upsert', { id: template.id }, by =>
      catalogs.upsertSloTemplate(template, by),
    );
    res.json(template);
  });

  router.post('/v1/catalog/prices', async (req, res) => {
    const price = parse(PriceSchema, req.body, 'price');
    const id = await write(
      req,
      'catalog-price-create',
      { gpu: price.gpuRaw },
      by => catalogs.createPrice(price, by),
    );
    res.status(201).json({ ...price, id });
  });

  router.put('/v1/catalog/prices/:id', async (req, res) => {
    const id = parse(PriceId, req.params.id, 'price id');
    const price = parse(PriceSchema, req.body, 'price');
    const found = await write(req, 'catalog-price-update', { id }, by =>
      catalogs.updatePrice(id, price, by),
    );
    if (!found) throw new NotFoundError(`No price ${id}`);
    res.json({ ...price, id });
  });

  router.delete('/v1/catalog/prices/:id', async (req, res) => {
    const id = parse(PriceId, req.params.id, 'price id');
    const found = await write(req, 'catalog-price-delete', { id }, () =>
      catalogs.deletePrice(id),
    );
    if (!found) throw new NotFoundError(`No price ${id}`);
    res.status(204).end();
  });

  router.put('/v1/quotas/:teamRef', async (req, res) => {
    const teamRef = groupRef(req.params.teamRef);
    const { gpuQuota } = parse(QuotaBody, req.body, 'quota');
    await write(req, 'team-quota-set', { teamRef, gpuQuota }, by =>
      catalogs.setQuota(teamRef, gpuQuota, by),
    );
    res.json({ teamRef, gpuQuota });
  });

  return router;
}
