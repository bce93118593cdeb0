import { BENCHMARK_COLUMNS } from '../engine/normalise';
import { STAT_NAMES } from '../engine/schemas';
import type { BenchmarkRun } from '../engine/schemas';

/** A benchmark row in the shared column layout: column name → cell text. @public */
export type BenchmarkRecord = Record<string, string>;

const cell = (v: number | string | null | undefined): string =>
  v === null || v === undefined ? '' : String(v);

const STAT_METRICS = ['ttft', 'itl', 'tpot', 'e2e'] as const;
/** The statistic columns of the shared layout, with the run field each comes from. */
const STAT_COLUMNS = STAT_METRICS.flatMap(metric =>
  STAT_NAMES.map(stat => ({ metric, stat, column: `${metric}_${stat}_ms` })),
).filter(c => (BENCHMARK_COLUMNS as readonly string[]).includes(c.column));

/**
 * The row a run would have been read from, as far as the run tells: the cells the normaliser
 * keeps verbatim (`*Raw`, source, notes…) and numbers written back as text. Not an inverse
 * of `parseBenchmarkCsv` for every spelling ("1000.0", a mode-only concurrency): what it
 * cannot tell is kept by {@link recordDelta}.
 */
export function recordOfRun(run: BenchmarkRun): BenchmarkRecord {
  const rec: BenchmarkRecord = {
    model: run.modelRaw,
    params_b: cell(run.paramsB),
    precision: run.precisionRaw,
    gpu: run.gpuRaw,
    gpu_count: cell(run.gpuCount),
    tensor_parallel: cell(run.tp),
    engine: run.engineRaw,
    engine_version: run.engineVersion,
    input_tokens: cell(run.inputTokens),
    output_tokens: run.outputTokensDerived ? '' : cell(run.outputTokens),
    concurrency: cell(run.concurrency),
    request_rate: run.loadKind === 'burst' ? 'inf' : cell(run.requestRate),
    output_tok_s: cell(run.outputTokS),
    req_s: cell(run.reqS),
    total_tok_s: cell(run.totalTokS),
    source: run.source,
    dataset: run.dataset,
    mode: run.mode,
    notes: run.notes,
  };
  for (const { metric, stat, column } of STAT_COLUMNS)
    rec[column] = cell(run[metric][stat]);
  return rec;
}

/**
 * The cells of `raw` that {@link recordOfRun} does not reproduce (an empty cell and a missing
 * one are the same). Stored instead of the whole row: for rows in the shared layout it is
 * usually empty, and `applyRecordDelta` gives the row back cell for cell.
 */
export function recordDelta(
  raw: BenchmarkRecord,
  run: BenchmarkRun,
): BenchmarkRecord {
  const derived = recordOfRun(run);
  const delta: BenchmarkRecord = {};
  for (const key in derived)
    if ((raw[key] ?? '') !== derived[key]) delta[key] = raw[key] ?? '';
  for (const key in raw)
    if (!(key in derived) && raw[key] !== '') delta[key] = raw[key];
  return delta;
}

/** The row a run was read from: every shared-layout column, then the delta's other cells. */
export function applyRecordDelta(
  run: BenchmarkRun,
  delta: BenchmarkRecord,
): BenchmarkRecord {
  const derived = recordOfRun(run);
  const rec: BenchmarkRecord = {};
  for (const c of BENCHMARK_COLUMNS) rec[c] = derived[c] ?? '';
  return Object.assign(rec, delta);
}
