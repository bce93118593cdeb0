import {
  BenchmarkRun,
  runIdentity,
} from '@internal/backstage-plugin-llm-planner-common';
import { createHash } from 'node:crypto';

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
  /** the row in the shared CSV column layout as JSON, for export */
  raw: string;
};

/** sha256 of a run's content identity: equal for the same measurement from any file. */
export function runContentHash(run: BenchmarkRun): string {
  return createHash('sha256').update(runIdentity(run)).digest('hex');
}

export function prepareRun(
  run: BenchmarkRun,
  raw: Record<string, string>,
): PreparedRun {
  return {
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
    raw: JSON.stringify(raw ?? null),
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
