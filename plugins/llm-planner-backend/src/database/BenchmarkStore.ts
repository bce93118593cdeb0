import {
  BenchmarkRun,
  ImportBatch,
  ImportFormat,
} from '@internal/backstage-plugin-llm-planner-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { fromJson, toIso, toJson } from './rows';

/** Rows per INSERT: well under SQLite's bound-variable limit, few round trips on Postgres. */
const INSERT_CHUNK = 500;

/** A run as stored: the normalised run plus its batch and the row as imported. */
export type StoredRun = {
  id: number;
  batchId: string;
  run: BenchmarkRun;
  raw: Record<string, string>;
};

export type RunFilter = {
  modelId?: string;
  gpuId?: string;
  tp?: number;
  engine?: string;
  batchId?: string;
};

function batchFromRow(row: any): ImportBatch {
  return {
    id: row.id,
    dataset: row.dataset,
    format: row.format,
    importedBy: row.imported_by,
    importedAt: toIso(row.imported_at),
    checksum: row.checksum,
    rowCount: Number(row.row_count),
  };
}

/** Benchmark runs grouped in import batches. */
export class BenchmarkStore {
  constructor(private readonly knex: Knex) {}

  /**
   * Stores a whole file in one transaction. A file whose checksum is already stored is a
   * no-op and returns the existing batch with `created: false`.
   */
  async importBatch(input: {
    dataset: string;
    format: ImportFormat;
    importedBy: string;
    checksum: string;
    runs: { run: BenchmarkRun; raw: Record<string, string> }[];
  }): Promise<{ batch: ImportBatch; created: boolean }> {
    return this.knex.transaction(async trx => {
      const existing = await trx('import_batches')
        .where({ checksum: input.checksum })
        .first();
      if (existing) {
        return { batch: batchFromRow(existing), created: false };
      }
      const batch: ImportBatch = {
        id: randomUUID(),
        dataset: input.dataset,
        format: input.format,
        importedBy: input.importedBy,
        importedAt: new Date().toISOString(),
        checksum: input.checksum,
        rowCount: input.runs.length,
      };
      await trx('import_batches').insert({
        id: batch.id,
        dataset: batch.dataset,
        format: batch.format,
        imported_by: batch.importedBy,
        imported_at: new Date(batch.importedAt),
        checksum: batch.checksum,
        row_count: batch.rowCount,
      });
      const rows = input.runs.map(({ run, raw }) => ({
        batch_id: batch.id,
        row_index: run.row,
        model_id: run.modelId,
        gpu_id: run.gpuId,
        tp: run.tp,
        engine: run.engine,
        precision: run.precision,
        load_kind: run.loadKind,
        input_tokens: run.inputTokens,
        output_tokens: run.outputTokens,
        source: run.source,
        run: toJson(run),
        raw: toJson(raw),
      }));
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await trx('benchmark_runs').insert(rows.slice(i, i + INSERT_CHUNK));
      }
      return { batch, created: true };
    });
  }

  async listBatches(): Promise<ImportBatch[]> {
    const rows = await this.knex('import_batches').orderBy(
      'imported_at',
      'desc',
    );
    return rows.map(batchFromRow);
  }

  async getBatch(id: string): Promise<ImportBatch | undefined> {
    const row = await this.knex('import_batches').where({ id }).first();
    return row ? batchFromRow(row) : undefined;
  }

  /** Deletes a batch and its runs; false when there was no such batch. */
  async deleteBatch(id: string): Promise<boolean> {
    return this.knex.transaction(async trx => {
      await trx('benchmark_runs').where({ batch_id: id }).delete();
      return (await trx('import_batches').where({ id }).delete()) > 0;
    });
  }

  private filtered(filter: RunFilter) {
    const q = this.knex('benchmark_runs');
    if (filter.modelId) q.where('model_id', filter.modelId);
    if (filter.gpuId) q.where('gpu_id', filter.gpuId);
    if (filter.tp !== undefined) q.where('tp', filter.tp);
    if (filter.engine) q.where('engine', filter.engine);
    if (filter.batchId) q.where('batch_id', filter.batchId);
    return q;
  }

  async listRuns(
    filter: RunFilter,
    page: { limit: number; offset: number },
  ): Promise<{ items: StoredRun[]; total: number }> {
    const [{ count }] = await this.filtered(filter).count({ count: '*' });
    const rows = await this.filtered(filter)
      .select('id', 'batch_id', 'run', 'raw')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset);
    return {
      total: Number(count),
      items: rows.map(r => ({
        id: Number(r.id),
        batchId: r.batch_id,
        run: fromJson<BenchmarkRun>(r.run),
        raw: fromJson<Record<string, string>>(r.raw),
      })),
    };
  }

  /** Every run, for building the planner's knowledge base. */
  async allRuns(): Promise<BenchmarkRun[]> {
    const rows = await this.knex('benchmark_runs').select('run').orderBy('id');
    return rows.map(r => fromJson<BenchmarkRun>(r.run));
  }

  /** Rows in the shared CSV column layout, in import order. */
  async exportRows(filter: RunFilter): Promise<Record<string, string>[]> {
    const rows = await this.filtered(filter).select('raw').orderBy('id');
    return rows.map(r => fromJson<Record<string, string>>(r.raw));
  }

  async countRuns(): Promise<number> {
    const [{ count }] = await this.knex('benchmark_runs').count({ count: '*' });
    return Number(count);
  }
}
