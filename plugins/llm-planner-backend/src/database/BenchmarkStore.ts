import { InputError } from '@backstage/errors';
import {
  BenchmarkRun,
  DuplicateRow,
  ImportBatch,
  ImportFormat,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import { ImportProgressStore } from './ImportProgressStore';
import { bumpKnowledgeVersion } from './knowledgeVersion';
import {
  batchChecksum,
  COPY_COLUMNS,
  PreparedRun,
  prepareRun,
  rawRowOf,
} from './preparedRun';
import { fromJson, toIso } from './rows';

/** Rows per INSERT on SQLite: well under its bound-variable limit. */
const SQLITE_INSERT_CHUNK = 500;
/** Rows per INSERT on PostgreSQL: 14 000 parameters of its 65 535. */
const PG_INSERT_CHUNK = 1000;
/** Content hashes per duplicate lookup. */
const SQLITE_LOOKUP_CHUNK = 500;
const PG_LOOKUP_CHUNK = 10_000;

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

/** One page of a keyset-paginated list; `nextCursor` is null on the last page. */
export type Page<T> = { items: T[]; nextCursor: string | null };

/** Outcome of storing a file's runs. */
export type StoreImportResult = {
  /** runs stored as new */
  imported: number;
  /** rows not stored because the same measurement is stored or earlier in the file */
  duplicates: DuplicateRow[];
} & (
  | { created: true; batch: ImportBatch }
  | { created: false; batch?: undefined }
);

export type ImportInput = {
  dataset: string;
  format: ImportFormat;
  importedBy: string;
  /** ignored: batches are identified by their runs' content hashes, not by file bytes */
  checksum?: string;
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

const encodeCursor = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

function decodeCursor<T>(cursor: string, valid: (v: any) => boolean): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!valid(value)) throw new InputError('Invalid cursor');
  return value as T;
}

/** A PostgreSQL array literal of texts (NULL for null), bound as one parameter. */
function pgTextArray(values: (string | null)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    const v = values[i];
    out +=
      v === null
        ? 'NULL'
        : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  }
  return `${out}}`;
}

/**
 * Transaction-scoped advisory lock every benchmark import takes on PostgreSQL: imports on any
 * replica run one at a time, so the duplicate check inside the transaction is authoritative
 * and the runs can be loaded with COPY (which has no ON CONFLICT).
 */
export const IMPORT_LOCK = 'llm-planner:benchmark-import';

/** Rows per COPY data message. */
const COPY_CHUNK = 1000;

/**
 * `COPY ... FROM STDIN` on a node-postgres client, fed by `write`: a submittable query as
 * the pg client expects (what pg-copy-streams does, without the stream).
 */
class PgCopyIn {
  #connection: any;
  #ready: Promise<void>;
  #done: Promise<number>;
  #readyResolve!: () => void;
  #resolve!: (rows: number) => void;
  #reject!: (e: Error) => void;
  #rows = 0;
  #error: Error | undefined;

  constructor(readonly text: string) {
    this.#ready = new Promise(r => {
      this.#readyResolve = r;
    });
    this.#done = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    this.#done.catch(() => undefined);
  }

  /** Sends the statement; called by the pg client when it is this query's turn. */
  submit(connection: any) {
    this.#connection = connection;
    connection.query(this.text);
  }

  handleCopyInResponse(connection: any) {
    this.#connection = connection;
    this.#readyResolve();
  }

  handleCommandComplete(msg: { text?: string; rowCount?: number }) {
    this.#rows = Number(msg.rowCount ?? /\d+$/.exec(msg.text ?? '')?.[0] ?? 0);
  }

  handleReadyForQuery() {
    if (this.#error) this.#reject(this.#error);
    else this.#resolve(this.#rows);
  }

  handleError(e: Error) {
    this.#error = e;
    this.#readyResolve();
    this.#reject(e);
  }

  handleEmptyQuery() {}
  handleRowDescription() {}
  handleDataRow() {}
  handlePortalSuspended() {}

  /** Sends lines (each ending in a newline), waiting for the socket when it is full. */
  async write(text: string) {
    await this.#ready;
    if (this.#error) throw this.#error;
    this.#connection.sendCopyFromChunk(Buffer.from(text, 'utf8'));
    const stream = this.#connection.stream;
    if (stream?.writableNeedDrain) {
      await new Promise(r => stream.once('drain', r));
    }
  }

  /** Ends the data; resolves with the rows copied. */
  async end(): Promise<number> {
    await this.#ready;
    if (!this.#error) this.#connection.endCopyFrom();
    return this.#done;
  }

  async fail(reason: string) {
    await this.#ready;
    if (!this.#error) this.#connection.sendCopyFail(reason);
    await this.#done.catch(() => undefined);
  }
}

/**
 * An import streaming into PostgreSQL while its file is still being parsed: one transaction
 * holding {@link IMPORT_LOCK}, the batch row, and a COPY the new runs are written to as they
 * arrive. Nothing is visible to others before `finish` commits.
 */
export type StreamingImport = {
  /** Stores the runs of `runs` that are new; duplicates are remembered for the result. */
  write(runs: PreparedRun[]): Promise<void>;
  /** Commits (or, with no new run, rolls back) and says what was stored. */
  finish(): Promise<StoreImportResult>;
  /** Rolls everything back. */
  abort(reason: string): Promise<void>;
};

/**
 * Splits runs into the first of each measurement (by content hash) and the repeats of one
 * already seen; `firstRowOf` carries the seen hashes across the chunks of one import.
 */
function firstOfEachMeasurement(
  runs: PreparedRun[],
  firstRowOf: Map<string, number>,
): { candidates: PreparedRun[]; duplicates: DuplicateRow[] } {
  const candidates: PreparedRun[] = [];
  const duplicates: DuplicateRow[] = [];
  for (const r of runs) {
    const first = firstRowOf.get(r.contentHash);
    if (first === undefined) {
      firstRowOf.set(r.contentHash, r.row);
      candidates.push(r);
    } else {
      duplicates.push({ row: r.row, sameAs: { row: first } });
    }
  }
  return { candidates, duplicates };
}

/** Benchmark runs grouped in import batches, each measurement stored once. */
export class BenchmarkStore {
  /** Progress of running imports, readable from every replica. */
  readonly progress: ImportProgressStore;

  constructor(private readonly knex: Knex) {
    this.progress = new ImportProgressStore(knex);
  }

  private isPg(db: Knex) {
    return db.client.config.client === 'pg';
  }

  /**
   * Stores a file's runs (as normalised runs with their raw rows) in one transaction. See
   * {@link BenchmarkStore.importPrepared}.
   */
  async importBatch(
    input: ImportInput & {
      runs: { run: BenchmarkRun; raw: Record<string, string> }[];
    },
  ): Promise<StoreImportResult> {
    return this.importPrepared({
      ...input,
      runs: input.runs.map(({ run, raw }) => prepareRun(run, raw)),
    });
  }

  /**
   * Stores the runs whose content hash is new, in one transaction: the batch, its runs and a
   * knowledge-version bump commit together or not at all. A run whose hash is already stored,
   * or appears on an earlier row of the same file, is reported as a duplicate and not stored.
   * When no run is new nothing is written and `created` is false. A concurrent import of the
   * same runs cannot store them twice: the unique index on `content_hash` skips them and they
   * are reported as duplicates.
   */
  async importPrepared(
    input: ImportInput & {
      runs: PreparedRun[];
      /** called after each INSERT with the runs stored so far of the new ones */
      onProgress?: (progress: {
        newRows: number;
        insertedRows: number;
      }) => void;
    },
  ): Promise<StoreImportResult> {
    const { candidates, duplicates: inFile } = firstOfEachMeasurement(
      input.runs,
      new Map(),
    );

    const sortDuplicates = (d: DuplicateRow[]) =>
      d.sort((a, b) => a.row - b.row);

    return this.knex.transaction(async trx => {
      if (this.isPg(trx)) {
        await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [
          IMPORT_LOCK,
        ]);
      }
      const stored = await this.findStored(
        trx,
        candidates.map(r => r.contentHash),
      );
      const fresh = candidates.filter(r => !stored.has(r.contentHash));
      const duplicates = [
        ...inFile,
        ...candidates
          .filter(r => stored.has(r.contentHash))
          .map(r => ({ row: r.row, sameAs: stored.get(r.contentHash)! })),
      ];
      if (fresh.length === 0) {
        return {
          created: false,
          imported: 0,
          duplicates: sortDuplicates(duplicates),
        };
      }

      const batch: ImportBatch = {
        id: randomUUID(),
        dataset: input.dataset,
        format: input.format,
        importedBy: input.importedBy,
        importedAt: new Date().toISOString(),
        checksum: batchChecksum(fresh.map(r => r.contentHash)),
        rowCount: fresh.length,
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
      await this.insertRuns(trx, batch.id, fresh, inserted =>
        input.onProgress?.({ newRows: fresh.length, insertedRows: inserted }),
      );

      // a concurrent import may have stored some of the same runs first
      const [{ count }] = await trx('benchmark_runs')
        .where({ batch_id: batch.id })
        .count({ count: '*' });
      let storedRuns = fresh;
      if (Number(count) < fresh.length) {
        const mine = new Set(
          (
            await trx('benchmark_runs')
              .where({ batch_id: batch.id })
              .select('content_hash')
          ).map(r => r.content_hash as string),
        );
        const lost = fresh.filter(r => !mine.has(r.contentHash));
        const elsewhere = await this.findStored(
          trx,
          lost.map(r => r.contentHash),
        );
        for (const r of lost) {
          duplicates.push({
            row: r.row,
            sameAs: elsewhere.get(r.contentHash)!,
          });
        }
        storedRuns = fresh.filter(r => mine.has(r.contentHash));
        if (storedRuns.length === 0) {
          await trx('import_batches').where({ id: batch.id }).delete();
          return {
            created: false,
            imported: 0,
            duplicates: sortDuplicates(duplicates),
          };
        }
        batch.rowCount = storedRuns.length;
        batch.checksum = batchChecksum(storedRuns.map(r => r.contentHash));
        await trx('import_batches')
          .where({ id: batch.id })
          .update({ row_count: batch.rowCount, checksum: batch.checksum });
      }
      await bumpKnowledgeVersion(trx);
      return {
        created: true,
        batch,
        imported: storedRuns.length,
        duplicates: sortDuplicates(duplicates),
      };
    });
  }

  /** True when {@link BenchmarkStore.beginStreamingImport} is available (PostgreSQL). */
  supportsStreamingImport(): boolean {
    return this.isPg(this.knex);
  }

  /**
   * Starts an import whose runs arrive in slices (PostgreSQL only): runs carrying a
   * `copyLine` are loaded with COPY as they come, after a duplicate check against the store
   * (authoritative under {@link IMPORT_LOCK}) and against the earlier slices.
   */
  async beginStreamingImport(
    input: ImportInput & {
      onProgress?: (progress: { insertedRows: number }) => void;
    },
  ): Promise<StreamingImport> {
    const trx = await this.knex.transaction();
    try {
      await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [IMPORT_LOCK]);
      const batch: ImportBatch = {
        id: randomUUID(),
        dataset: input.dataset,
        format: input.format,
        importedBy: input.importedBy,
        importedAt: new Date().toISOString(),
        checksum: '',
        rowCount: 0,
      };
      await trx('import_batches').insert({
        id: batch.id,
        dataset: batch.dataset,
        format: batch.format,
        imported_by: batch.importedBy,
        imported_at: new Date(batch.importedAt),
        checksum: `pending-${batch.id}`,
        row_count: 0,
      });
      const connection: any = await trx.client.acquireConnection();
      const copy = new PgCopyIn(
        `COPY benchmark_runs (batch_id, ${COPY_COLUMNS.join(', ')}) FROM STDIN`,
      );
      connection.query(copy);

      const firstRowOf = new Map<string, number>();
      const freshHashes: string[] = [];
      const duplicates: DuplicateRow[] = [];
      let failed = false;

      const write = async (runs: PreparedRun[]) => {
        const split = firstOfEachMeasurement(runs, firstRowOf);
        duplicates.push(...split.duplicates);
        const candidates = split.candidates;
        // committed runs only, read on another connection: the lock keeps them current
        const stored = await this.findStored(
          this.knex,
          candidates.map(r => r.contentHash),
        );
        let text = '';
        let lines = 0;
        for (const r of candidates) {
          const at = stored.get(r.contentHash);
          if (at) {
            duplicates.push({ row: r.row, sameAs: at });
            continue;
          }
          if (r.copyLine === undefined) {
            throw new Error('streaming imports need runs prepared for COPY');
          }
          text += `${batch.id}\t${r.copyLine}\n`;
          freshHashes.push(r.contentHash);
          if (++lines === COPY_CHUNK) {
            await copy.write(text);
            text = '';
            lines = 0;
          }
        }
        if (text) await copy.write(text);
        input.onProgress?.({ insertedRows: freshHashes.length });
      };

      const abort = async (reason: string) => {
        if (failed) return;
        failed = true;
        await copy.fail(reason);
        await trx.rollback().catch(() => undefined);
      };

      const finish = async (): Promise<StoreImportResult> => {
        const copied = await copy.end();
        duplicates.sort((a, b) => a.row - b.row);
        if (copied === 0) {
          await trx.rollback();
          return { created: false, imported: 0, duplicates };
        }
        batch.rowCount = copied;
        batch.checksum = batchChecksum(freshHashes);
        await trx('import_batches')
          .where({ id: batch.id })
          .update({ row_count: batch.rowCount, checksum: batch.checksum });
        await bumpKnowledgeVersion(trx);
        await trx.commit();
        return { created: true, batch, imported: copied, duplicates };
      };

      return {
        write: async runs => {
          try {
            await write(runs);
          } catch (e) {
            await abort(String(e));
            throw e;
          }
        },
        finish: async () => {
          try {
            return await finish();
          } catch (e) {
            await trx.rollback().catch(() => undefined);
            throw e;
          }
        },
        abort,
      };
    } catch (e) {
      await trx.rollback().catch(() => undefined);
      throw e;
    }
  }

  /** Where each of the given content hashes is stored. */
  private async findStored(
    db: Knex,
    hashes: string[],
  ): Promise<Map<string, { batchId: string; runId: number }>> {
    const found = new Map<string, { batchId: string; runId: number }>();
    const pg = this.isPg(db);
    const chunk = pg ? PG_LOOKUP_CHUNK : SQLITE_LOOKUP_CHUNK;
    for (let i = 0; i < hashes.length; i += chunk) {
      const part = hashes.slice(i, i + chunk);
      const q = db('benchmark_runs').select('id', 'batch_id', 'content_hash');
      const rows = pg
        ? await q.whereRaw('content_hash = any(?::text[])', [pgTextArray(part)])
        : await q.whereIn('content_hash', part);
      for (const r of rows) {
        found.set(r.content_hash, { batchId: r.batch_id, runId: Number(r.id) });
      }
    }
    return found;
  }

  private async insertRuns(
    trx: Knex.Transaction,
    batchId: string,
    runs: PreparedRun[],
    progress: (inserted: number) => void,
  ) {
    const chunk = this.isPg(trx) ? PG_INSERT_CHUNK : SQLITE_INSERT_CHUNK;
    for (let i = 0; i < runs.length; i += chunk) {
      await trx('benchmark_runs')
        .insert(
          runs.slice(i, i + chunk).map(r => ({
            batch_id: batchId,
            row_index: r.row,
            model_id: r.modelId,
            gpu_id: r.gpuId,
            tp: r.tp,
            engine: r.engine,
            precision: r.precision,
            load_kind: r.loadKind,
            input_tokens: r.inputTokens,
            output_tokens: r.outputTokens,
            source: r.source,
            run: r.run,
            raw: r.raw,
            raw_delta: true,
            content_hash: r.contentHash,
          })),
        )
        .onConflict('content_hash')
        .ignore();
      progress(Math.min(runs.length, i + chunk));
    }
  }

  /** Every batch, newest first. */
  async listBatches(): Promise<ImportBatch[]> {
    const rows = await this.knex('import_batches')
      .orderBy('imported_at', 'desc')
      .orderBy('id', 'desc');
    return rows.map(batchFromRow);
  }

  /** Batches newest first, `limit` at a time; `cursor` is the previous page's `nextCursor`. */
  async pageBatches(page: {
    limit: number;
    cursor?: string;
  }): Promise<Page<ImportBatch>> {
    const q = this.knex('import_batches')
      .orderBy('imported_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit + 1);
    if (page.cursor) {
      const { t, id } = decodeCursor<{ t: number; id: string }>(
        page.cursor,
        v =>
          typeof v?.t === 'number' &&
          Number.isFinite(v.t) &&
          typeof v?.id === 'string',
      );
      const at = new Date(t);
      q.where(w =>
        w
          .where('imported_at', '<', at)
          .orWhere(e => e.where('imported_at', '=', at).where('id', '<', id)),
      );
    }
    const rows = (await q).map(batchFromRow);
    const items = rows.slice(0, page.limit);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor:
        rows.length > page.limit
          ? encodeCursor({ t: Date.parse(last.importedAt), id: last.id })
          : null,
    };
  }

  async getBatch(id: string): Promise<ImportBatch | undefined> {
    const row = await this.knex('import_batches').where({ id }).first();
    return row ? batchFromRow(row) : undefined;
  }

  /** Deletes a batch and its runs with a knowledge-version bump; false when there was no such batch. */
  async deleteBatch(id: string): Promise<boolean> {
    return this.knex.transaction(async trx => {
      await trx('benchmark_runs').where({ batch_id: id }).delete();
      const found = (await trx('import_batches').where({ id }).delete()) > 0;
      if (found) await bumpKnowledgeVersion(trx);
      return found;
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

  private storedRun(r: any): StoredRun {
    const run = fromJson<BenchmarkRun>(r.run);
    return {
      id: Number(r.id),
      batchId: r.batch_id,
      run,
      raw: rawRowOf(run, r),
    };
  }

  async listRuns(
    filter: RunFilter,
    page: { limit: number; offset: number },
  ): Promise<{ items: StoredRun[]; total: number }> {
    const [{ count }] = await this.filtered(filter).count({ count: '*' });
    const rows = await this.filtered(filter)
      .select('id', 'batch_id', 'run', 'raw', 'raw_delta')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset);
    return { total: Number(count), items: rows.map(r => this.storedRun(r)) };
  }

  /** Runs in import order, `limit` at a time; `cursor` is the previous page's `nextCursor`. */
  async pageRuns(
    filter: RunFilter,
    page: { limit: number; cursor?: string },
  ): Promise<Page<StoredRun> & { total: number }> {
    const [{ count }] = await this.filtered(filter).count({ count: '*' });
    const q = this.filtered(filter)
      .select('id', 'batch_id', 'run', 'raw', 'raw_delta')
      .orderBy('id')
      .limit(page.limit + 1);
    if (page.cursor) {
      const { after } = decodeCursor<{ after: number }>(page.cursor, v =>
        Number.isSafeInteger(v?.after),
      );
      q.where('id', '>', after);
    }
    const rows = await q;
    const items = rows.slice(0, page.limit).map(r => this.storedRun(r));
    return {
      total: Number(count),
      items,
      nextCursor:
        rows.length > page.limit
          ? encodeCursor({ after: items[items.length - 1].id })
          : null,
    };
  }

  /** Every run, for building the planner's knowledge base. */
  async allRuns(): Promise<BenchmarkRun[]> {
    const rows = await this.knex('benchmark_runs').select('run').orderBy('id');
    return rows.map(r => fromJson<BenchmarkRun>(r.run));
  }

  /** Rows in the shared CSV column layout, in import order. */
  async exportRows(filter: RunFilter): Promise<Record<string, string>[]> {
    const rows = await this.filtered(filter)
      .select('run', 'raw', 'raw_delta')
      .orderBy('id');
    return rows.map(r => rawRowOf(fromJson<BenchmarkRun>(r.run), r));
  }

  async countRuns(): Promise<number> {
    const [{ count }] = await this.knex('benchmark_runs').count({ count: '*' });
    return Number(count);
  }
}
