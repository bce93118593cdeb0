import { ConflictError } from '@backstage/errors';
import {
  ImportPhase,
  ImportProgress,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { Knex } from 'knex';
import { toIso } from './rows';

/** Rows of finished imports are kept this long for late pollers. */
const KEEP_MS = 24 * 60 * 60 * 1000;
/** At most one progress write per import this often while it runs. */
const WRITE_EVERY_MS = 250;

type Patch = Partial<
  Pick<
    ImportProgress,
    | 'phase'
    | 'totalRows'
    | 'parsedRows'
    | 'newRows'
    | 'insertedRows'
    | 'message'
    | 'batchId'
  >
>;

function fromRow(row: any): ImportProgress {
  return {
    id: row.id,
    phase: row.phase as ImportPhase,
    totalRows: row.total_rows === null ? null : Number(row.total_rows),
    parsedRows: Number(row.parsed_rows),
    newRows: row.new_rows === null ? null : Number(row.new_rows),
    insertedRows: Number(row.inserted_rows),
    startedAt: toIso(row.started_at),
    updatedAt: toIso(row.updated_at),
    message: row.message ?? null,
    batchId: row.batch_id ?? null,
  };
}

function toRow(p: Patch) {
  const row: Record<string, unknown> = {};
  if (p.phase !== undefined) row.phase = p.phase;
  if (p.totalRows !== undefined) row.total_rows = p.totalRows;
  if (p.parsedRows !== undefined) row.parsed_rows = p.parsedRows;
  if (p.newRows !== undefined) row.new_rows = p.newRows;
  if (p.insertedRows !== undefined) row.inserted_rows = p.insertedRows;
  if (p.message !== undefined) row.message = p.message;
  if (p.batchId !== undefined) row.batch_id = p.batchId;
  return row;
}

/**
 * Progress of running imports, keyed by import id. The row in `benchmark_import_progress` is
 * what other backend replicas read; this replica also keeps its own imports in memory, so
 * polling them costs no query. On SQLite (one process, one connection, which the import's
 * transaction holds) only the start and the end are written; on PostgreSQL progress is
 * written at most every 250 ms per import, outside the import's transaction.
 */
export class ImportProgressStore {
  readonly #knex: Knex;
  readonly #running = new Map<
    string,
    { progress: ImportProgress; lastWrite: number; writing?: Promise<void> }
  >();

  constructor(knex: Knex) {
    this.#knex = knex;
  }

  #shared(): boolean {
    return this.#knex.client.config.client === 'pg';
  }

  /** Records a new import; an id already used is a 409. */
  async start(id: string, startedBy: string): Promise<ImportProgress> {
    const now = new Date();
    if (this.#running.has(id) || (await this.#read(id))) {
      throw new ConflictError(`Import id ${id} is already used`);
    }
    await this.#knex('benchmark_import_progress')
      .where('updated_at', '<', new Date(now.getTime() - KEEP_MS))
      .delete();
    const progress: ImportProgress = {
      id,
      phase: 'parsing',
      totalRows: null,
      parsedRows: 0,
      newRows: null,
      insertedRows: 0,
      startedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      message: null,
      batchId: null,
    };
    try {
      await this.#knex('benchmark_import_progress').insert({
        id,
        started_by: startedBy,
        ...toRow(progress),
        started_at: now,
        updated_at: now,
      });
    } catch (e) {
      // two replicas given the same id at once: the primary key decides
      throw new ConflictError(`Import id ${id} is already used`);
    }
    this.#running.set(id, { progress, lastWrite: now.getTime() });
    return progress;
  }

  /** Notes progress; never waits for the database. */
  update(id: string, patch: Patch): void {
    const entry = this.#running.get(id);
    if (!entry) return;
    const now = Date.now();
    entry.progress = {
      ...entry.progress,
      ...patch,
      updatedAt: new Date(now).toISOString(),
    };
    if (
      !this.#shared() ||
      entry.writing ||
      now - entry.lastWrite < WRITE_EVERY_MS
    )
      return;
    entry.lastWrite = now;
    const snapshot = entry.progress;
    entry.writing = this.#knex('benchmark_import_progress')
      .where({ id })
      .update({ ...toRow(snapshot), updated_at: new Date(now) })
      .then(
        () => undefined,
        () => undefined, // progress is best effort; the final write reports the outcome
      )
      .finally(() => {
        entry.writing = undefined;
      });
  }

  /** Records the end of an import (after its transaction) and forgets it in memory. */
  async finish(id: string, patch: Patch & { phase: 'done' | 'failed' }) {
    const entry = this.#running.get(id);
    if (entry?.writing) await entry.writing;
    this.#running.delete(id);
    await this.#knex('benchmark_import_progress')
      .where({ id })
      .update({
        ...toRow({ ...entry?.progress, ...patch }),
        updated_at: new Date(),
      });
  }

  /** The progress of an import on any replica, or undefined. */
  async get(id: string): Promise<ImportProgress | undefined> {
    return this.#running.get(id)?.progress ?? (await this.#read(id));
  }

  async #read(id: string): Promise<ImportProgress | undefined> {
    const row = await this.#knex('benchmark_import_progress')
      .where({ id })
      .first();
    return row ? fromRow(row) : undefined;
  }
}
