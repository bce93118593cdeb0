import {
  BenchmarkRun,
  ImportBatch,
  ImportContext,
  ImportFormat,
  KnowledgeBase,
  parseBenchmarkCsv,
  parseCsvRecords,
  reportToCsv,
  RowError,
} from '@internal/backstage-plugin-llm-planner-common';
import { BenchmarkStore } from '../database/BenchmarkStore';
import { sha256 } from './SeedService';

export type ImportRequest = {
  format: Exclude<ImportFormat, 'seed'>;
  dataset: string;
  content: string;
  context?: ImportContext;
  importedBy: string;
};

export type ImportResult =
  | { ok: true; batch: ImportBatch; created: boolean; warnings: RowError[] }
  | { ok: false; rowErrors: RowError[] };

/**
 * One path for every format: reports are converted to the shared CSV layout, then the one
 * normaliser validates every row. Any invalid row rejects the whole file and nothing is
 * stored; a valid file is stored in one transaction, and the same file again is a no-op.
 */
export async function importBenchmarks(
  request: ImportRequest,
  deps: { benchmarks: BenchmarkStore; kb: KnowledgeBase },
): Promise<ImportResult> {
  let csv = request.content;
  if (request.format !== 'csv') {
    const converted = reportToCsv(
      request.format,
      request.content,
      request.context,
    );
    if (converted.errors.length > 0)
      return { ok: false, rowErrors: converted.errors };
    csv = converted.csv;
  }
  const { runs, errors, warnings } = parseBenchmarkCsv(csv, {
    models: deps.kb.models,
    gpus: deps.kb.gpus,
  });
  if (errors.length > 0) return { ok: false, rowErrors: errors };
  if (runs.length === 0) {
    return {
      ok: false,
      rowErrors: [
        { row: 0, column: '', reason: 'the file holds no benchmark rows' },
      ],
    };
  }
  const { records } = parseCsvRecords(csv);
  const { batch, created } = await deps.benchmarks.importBatch({
    dataset: request.dataset,
    format: request.format,
    importedBy: request.importedBy,
    checksum: sha256(
      `${request.format}\n${JSON.stringify(request.context ?? {})}\n${
        request.content
      }`,
    ),
    runs: runs.map((run: BenchmarkRun) => ({ run, raw: records[run.row - 1] })),
  });
  return { ok: true, batch, created, warnings };
}
