import {
  GpuSpec,
  ModelSpec,
  Price,
  SloTemplate,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { ConflictError } from '@backstage/errors';
import { Knex } from 'knex';
import { bumpKnowledgeVersion } from './knowledgeVersion';
import { fromJson, toIso, toJson } from './rows';

type SpecTable = 'catalog_models' | 'catalog_gpus' | 'catalog_slo_templates';

/** A price as stored: the catalog price plus its store id and last editor. */
export type StoredPrice = Price & {
  id: number;
  updatedBy: string;
  updatedAt: string;
};

export type TeamQuota = {
  teamRef: string;
  gpuQuota: number;
  updatedBy: string;
  updatedAt: string;
};

/**
 * Models, GPUs, prices, SLO templates and team GPU quotas. Every write bumps the
 * knowledge-base version in its own transaction, so other replicas see the change.
 */
export class CatalogStore {
  constructor(private readonly knex: Knex) {}

  /** Runs a write and the version bump in one transaction. */
  private changing<T>(
    write: (trx: Knex.Transaction) => Promise<T>,
  ): Promise<T> {
    return this.knex.transaction(async trx => {
      const result = await write(trx);
      await bumpKnowledgeVersion(trx);
      return result;
    });
  }

  private async listSpecs<T>(table: SpecTable): Promise<T[]> {
    const rows = await this.knex(table).select('spec').orderBy('id');
    return rows.map(r => fromJson<T>(r.spec));
  }

  private async upsertSpec(
    table: SpecTable,
    id: string,
    spec: unknown,
    by: string,
    trx: Knex | Knex.Transaction = this.knex,
  ): Promise<void> {
    await trx(table)
      .insert({
        id,
        spec: toJson(spec),
        updated_by: by,
        updated_at: new Date(),
      })
      .onConflict('id')
      .merge();
  }

  listModels = () => this.listSpecs<ModelSpec>('catalog_models');
  listGpus = () => this.listSpecs<GpuSpec>('catalog_gpus');
  listSloTemplates = () => this.listSpecs<SloTemplate>('catalog_slo_templates');

  upsertModel = (m: ModelSpec, by: string) =>
    this.changing(trx => this.upsertSpec('catalog_models', m.id, m, by, trx));
  /**
   * Adds a model that is not in the catalog yet; a ConflictError when its id is taken (checked
   * in the write's transaction, and again by the primary key when two adds race).
   */
  createModel(m: ModelSpec, by: string): Promise<void> {
    return this.changing(async trx => {
      const taken = await trx('catalog_models').where({ id: m.id }).first('id');
      if (taken)
        throw new ConflictError(`Model ${m.id} is already in the catalog`);
      try {
        await trx('catalog_models').insert({
          id: m.id,
          spec: toJson(m),
          updated_by: by,
          updated_at: new Date(),
        });
      } catch (e) {
        if (/unique|duplicate/i.test(String((e as Error).message)))
          throw new ConflictError(`Model ${m.id} is already in the catalog`);
        throw e;
      }
    });
  }
  upsertGpu = (g: GpuSpec, by: string) =>
    this.changing(trx => this.upsertSpec('catalog_gpus', g.id, g, by, trx));
  upsertSloTemplate = (t: SloTemplate, by: string) =>
    this.changing(trx =>
      this.upsertSpec('catalog_slo_templates', t.id, t, by, trx),
    );

  async listPrices(): Promise<StoredPrice[]> {
    const rows = await this.knex('catalog_prices').orderBy('id');
    return rows.map(r => ({
      ...fromJson<Price>(r.spec),
      id: Number(r.id),
      updatedBy: r.updated_by,
      updatedAt: toIso(r.updated_at),
    }));
  }

  private priceRow(p: Price, by: string) {
    return {
      gpu_id: p.gpuId,
      provider: p.provider,
      region: p.region,
      instance_type: p.instanceType,
      pricing: p.pricing,
      price_per_gpu_hour: p.pricePerGpuHour,
      as_of: p.asOf,
      spec: toJson(p),
      updated_by: by,
      updated_at: new Date(),
    };
  }

  createPrice(p: Price, by: string): Promise<number> {
    return this.changing(async trx => {
      const [row] = await trx('catalog_prices')
        .insert(this.priceRow(p, by))
        .returning('id');
      return Number(typeof row === 'object' ? row.id : row);
    });
  }

  /** Replaces a price; false when there is no such price. */
  updatePrice(id: number, p: Price, by: string): Promise<boolean> {
    return this.changing(
      async trx =>
        (await trx('catalog_prices')
          .where({ id })
          .update(this.priceRow(p, by))) > 0,
    );
  }

  deletePrice(id: number): Promise<boolean> {
    return this.changing(
      async trx => (await trx('catalog_prices').where({ id }).delete()) > 0,
    );
  }

  async listQuotas(): Promise<TeamQuota[]> {
    const rows = await this.knex('team_quotas').orderBy('team_ref');
    return rows.map(r => ({
      teamRef: r.team_ref,
      gpuQuota: Number(r.gpu_quota),
      updatedBy: r.updated_by,
      updatedAt: toIso(r.updated_at),
    }));
  }

  setQuota(teamRef: string, gpuQuota: number, by: string): Promise<void> {
    return this.changing(async trx => {
      await trx('team_quotas')
        .insert({
          team_ref: teamRef,
          gpu_quota: gpuQuota,
          updated_by: by,
          updated_at: new Date(),
        })
        .onConflict('team_ref')
        .merge();
    });
  }

  /** True when the catalogs have never been seeded (all four are empty). */
  async isEmpty(): Promise<boolean> {
    for (const table of [
      'catalog_models',
      'catalog_gpus',
      'catalog_prices',
      'catalog_slo_templates',
    ]) {
      const row = await this.knex(table).first();
      if (row) return false;
    }
    return true;
  }

  /** Fills empty catalogs in one transaction (with the version bump). */
  async seed(
    catalogs: {
      models: ModelSpec[];
      gpus: GpuSpec[];
      prices: Price[];
      sloTemplates: SloTemplate[];
    },
    by: string,
  ): Promise<void> {
    await this.changing(async trx => {
      for (const m of catalogs.models) {
        await this.upsertSpec('catalog_models', m.id, m, by, trx);
      }
      for (const g of catalogs.gpus) {
        await this.upsertSpec('catalog_gpus', g.id, g, by, trx);
      }
      for (const t of catalogs.sloTemplates) {
        await this.upsertSpec('catalog_slo_templates', t.id, t, by, trx);
      }
      const prices = catalogs.prices.map(p => this.priceRow(p, by));
      for (let i = 0; i < prices.length; i += 200) {
        await trx('catalog_prices').insert(prices.slice(i, i + 200));
      }
    });
  }
}
