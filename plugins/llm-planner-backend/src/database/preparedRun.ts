import {
  applyRecordDelta,
  BenchmarkRecord,
  BenchmarkRun,
  recordDelta,
  runIdentity,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { createHash } from 'node:crypto';
import { fromJson } from './rows';

/**
 * A run ready to store: its columns, its JSON texts and its content hash. Built off the
 * request thread by the import worker (see `importWorker.ts`), so the thread that answers
 * requests only moves strings and numbers into INSERT statements.
 */
export type PreparedRun = {
  /** 1-based data row of the imported file */
  row: number;
  /** sha256 of the run's content identity (`runIdentity`) */
  contentHash: string;
  modelId: string | null;
  gpuId: string | null;
  tp: number | null;
  engine: string;
  precision: string | null;
  loadKind: string;
  inputTokens: number | null;
  outputTokens: number | null;
  source: string;
  /** the normalised run as JSON */
  run: string;
  /**
   * the imported row's cells that the run does not reproduce (`recordDelta`) as JSON: with the
   * run it gives the row back for export (`raw_delta` is true for every run stored from now)
   */
  raw: string;
  /**
   * The row for PostgreSQL's `COPY ... FROM STDIN` in text format: every column of
   * {@link COPY_COLUMNS} but the batch id, tab-separated and escaped. Built off the request
   * thread; `run` and `raw` are then left empty as this line carries them.
   */
  copyLine?: string;
};

/** Columns of `benchmark_runs` a COPY line fills, after `batch_id`. */
export const COPY_COLUMNS = [
  'row_index',
  'model_id',
  'gpu_id',
  'tp',
  'engine',
  'precision',
  'load_kind',
  'input_tokens',
  'output_tokens',
  'source',
  'run',
  'raw',
  'content_hash',
  'raw_delta',
] as const;

const COPY_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '\t': '\\t',
  '\n': '\\n',
  '\r': '\\r',
};

/** A value in COPY text format: `\N` for null, special characters escaped. */
function copyValue(v: string | number | null): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '\\N';
  return /[\\\t\n\r]/.test(v)
    ? v.replace(/[\\\t\n\r]/g, c => COPY_ESCAPES[c])
    : v;
}

/**
 * The imported row of a stored run from its `raw` and `raw_delta` columns: runs stored before
 * deltas keep their whole row.
 */
export function rawRowOf(
  run: BenchmarkRun,
  columns: { raw: unknown; raw_delta: boolean | number | null },
): BenchmarkRecord {
  const raw = fromJson<BenchmarkRecord>(columns.raw);
  return columns.raw_delta ? applyRecordDelta(run, raw) : raw;
}

/** sha256 of a run's content identity: equal for the same measurement from any file. */
export function runContentHash(run: BenchmarkRun): string {
  return createHash('sha256').update(runIdentity(run)).digest('hex');
}

export function prepareRun(
  run: BenchmarkRun,
  raw: BenchmarkRecord,
  options: { copyLine?: boolean } = {},
): PreparedRun {
  const prepared: PreparedRun = {
    row: run.row,
    contentHash: runContentHash(run),
    modelId: run.modelId,
    gpuId: run.gpuId,
    tp: run.tp,
    engine: run.engine,
    precision: run.precision,
    loadKind: run.loadKind,
    inputTokens: run.inputTokens,
    outputTokens: run.outputTokens,
    source: run.source,
    run: JSON.stringify(run),
    raw: JSON.stringify(recordDelta(raw ?? {}, run)),
  };
  if (!options.copyLine) return prepared;
  const p = prepared;
  return {
    ...p,
    run: '',
    raw: '',
    copyLine: [
      p.row,
      p.modelId,
      p.gpuId,
      p.tp,
      p.engine,
      p.precision,
      p.loadKind,
      p.inputTokens,
      p.outputTokens,
      p.source,
      p.run,
      p.raw,
      p.contentHash,
      't',
    ]
      .map(copyValue)
      .join('\t'),
  };
}

/**
 * Checksum of an import batch: sha256 of the sorted content hashes of its runs. Unique as
 * long as content hashes are (no two batches hold the same run).
 */
export function batchChecksum(contentHashes: string[]): string {
  const hash = createHash('sha256');
  for (const h of [...contentHashes].sort()) hash.update(h);
  return hash.digest('hex');
}
