import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ImportBatch,
  ImportContext,
  ImportFormat,
  ImportOutcome,
  KnowledgeBase,
  RowError,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { randomUUID } from 'node:crypto';
import { BenchmarkStore } from '../database/BenchmarkStore';
import { PreparedRun } from '../database/preparedRun';
import {
  PrepareMessage,
  prepareImport,
  prepareInWorker,
  PrepareRequest,
  WorkerUnavailableError,
} from './importWorker';

export type ImportRequest = {
  /** client-chosen id to poll progress with (`GET /v1/benchmarks/imports/:id`) */
  importId?: string;
  format: Exclude<ImportFormat, 'seed'>;
  dataset: string;
  content: string;
  context?: ImportContext;
  importedBy: string;
};

export type ImportResult =
  | { ok: true; outcome: ImportOutcome<ImportBatch> }
  | { ok: false; importId: string; rowErrors: RowError[] };

/** Duplicate rows listed in an answer; the count is always exact. */
const LISTED_DUPLICATES = 1000;

const plural = (n: number, one: string, many: string) =>
  `${n} ${n === 1 ? one : many}`;

function rowList(rows: number[]): string {
  const shown = rows.slice(0, 10).join(', ');
  return rows.length > 10 ? `${shown}, …` : shown;
}

function outcomeMessage(
  rows: number,
  imported: number,
  batch: ImportBatch | undefined,
  duplicateRows: number[],
): string {
  const dups = duplicateRows.length;
  if (!batch) {
    return `Nothing imported: ${
      rows === 1 ? 'the row is' : `all ${rows} rows are`
    } already stored (or repeated in the file), so nothing changed.`;
  }
  const head = `Imported ${plural(imported, 'new run', 'new runs')} as batch ${
    batch.id
  }.`;
  if (dups === 0) return head;
  return `${head} ${plural(
    dups,
    'row was a duplicate',
    'rows were duplicates',
  )} of stored runs or earlier rows and ${
    dups === 1 ? 'was' : 'were'
  } skipped (row${dups === 1 ? '' : 's'} ${rowList(duplicateRows)}).`;
}

/**
 * One path for every format: reports are converted to the shared CSV layout, then the one
 * normaliser validates every row, in a worker thread. Any invalid row rejects the whole file
 * and nothing is stored. Of a valid file, the rows whose measurement is not stored yet are
 * stored in one transaction; the others are reported as duplicates with their row numbers.
 * Progress is recorded under the import id while it runs.
 */
export async function importBenchmarks(
  request: ImportRequest,
  deps: {
    benchmarks: BenchmarkStore;
    kb: Pick<KnowledgeBase, 'models' | 'gpus'>;
    logger?: LoggerService;
  },
): Promise<ImportResult> {
  const importId = request.importId ?? randomUUID();
  const { benchmarks } = deps;
  const progress = benchmarks.progress;
  await progress.start(importId, request.importedBy);
  try {
    // PostgreSQL: runs stream into a COPY while the worker still parses; else collected
    const streaming = benchmarks.supportsStreamingImport()
      ? await benchmarks.beginStreamingImport({
          dataset: request.dataset,
          format: request.format,
          importedBy: request.importedBy,
          onProgress: p => progress.update(importId, p),
        })
      : undefined;
    let runs: PreparedRun[] = [];
    let rowCount = 0;
    let writing: Promise<void> = Promise.resolve();
    let ended: Extract<PrepareMessage, { type: 'done' }> | undefined;
    const onMessage = (m: PrepareMessage) => {
      if (m.type === 'runs') {
        rowCount += m.runs.length;
        if (streaming) {
          writing = writing.then(() => streaming.write(m.runs));
          writing.catch(() => undefined); // awaited below; not an unhandled rejection
        } else {
          for (const r of m.runs) runs.push(r);
        }
      } else if (m.type === 'progress') {
        progress.update(importId, { totalRows: m.total, parsedRows: m.parsed });
      } else if (m.type === 'done') {
        ended = m;
      }
    };
    const prepare: PrepareRequest = {
      format: request.format,
      content: request.content,
      context: request.context,
      models: deps.kb.models,
      gpus: deps.kb.gpus,
      copyLines: !!streaming,
    };
    try {
      try {
        await prepareInWorker(prepare, onMessage);
      } catch (e) {
        if (!(e instanceof WorkerUnavailableError)) throw e;
        deps.logger?.warn(
          `Benchmark import ${importId} parses on the request thread: no worker thread (${e.message})`,
        );
        prepareImport(prepare, onMessage);
      }
    } catch (e) {
      await writing.catch(() => undefined);
      await streaming?.abort('the file could not be parsed');
      throw e;
    }
    const { errors, warnings, total } = ended!;
    if (errors.length > 0) {
      await writing.catch(() => undefined);
      await streaming?.abort('invalid rows');
      const count = new Set(errors.map(e => e.row)).size;
      await progress.finish(importId, {
        phase: 'failed',
        message: `${plural(
          count,
          'row is',
          'rows are',
        )} invalid; nothing was imported`,
      });
      return { ok: false, importId, rowErrors: errors };
    }

    progress.update(importId, {
      phase: 'inserting',
      parsedRows: total,
      totalRows: total,
    });
    let stored;
    if (streaming) {
      await writing;
      stored = await streaming.finish();
    } else {
      stored = await benchmarks.importPrepared({
        dataset: request.dataset,
        format: request.format,
        importedBy: request.importedBy,
        runs,
        onProgress: p => progress.update(importId, p),
      });
      rowCount = runs.length;
      runs = [];
    }
    const duplicateRows = stored.duplicates.map(d => d.row);
    const message = outcomeMessage(
      rowCount,
      stored.imported,
      stored.batch,
      duplicateRows,
    );
    await progress.finish(importId, {
      phase: 'done',
      newRows: stored.imported,
      insertedRows: stored.imported,
      message,
      batchId: stored.batch?.id ?? null,
    });
    return {
      ok: true,
      outcome: {
        importId,
        batch: stored.batch ?? null,
        created: stored.created,
        rows: rowCount,
        imported: stored.imported,
        duplicates: {
          count: stored.duplicates.length,
          rows: stored.duplicates.slice(0, LISTED_DUPLICATES),
          truncated: stored.duplicates.length > LISTED_DUPLICATES,
        },
        warnings,
        message,
      },
    };
  } catch (e) {
    await progress
      .finish(importId, {
        phase: 'failed',
        message: `the import failed: ${
          e instanceof Error ? e.message : String(e)
        }`,
      })
      .catch(() => undefined);
    throw e;
  }
}
