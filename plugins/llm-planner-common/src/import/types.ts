import type { RowError } from '../engine/schemas';

/**
 * What the importer cannot read from a report file and the user (or the file's path) tells it.
 * Benchmark reports do not record the hardware, so `gpu` and `gpuCount` are required for every
 * row; a value given here overrides what the file says.
 * @public
 */
export type ImportContext = {
  /** model name to store instead of the one the report names (e.g. a placeholder) */
  model?: string;
  /** GPU model, a gpus.csv id or any spelling the GPU resolver reads (`H100-SXM-80GB`, `L40S`) */
  gpu?: string;
  /** GPUs serving the measured endpoint (all replicas) */
  gpuCount?: number;
  /** tensor-parallel size of one replica */
  tensorParallel?: number;
  /** serving engine (`vLLM`, `SGLang`, ...); the client-side backend of a report is not the engine */
  engine?: string;
  engineVersion?: string;
  /** weight precision (`BF16`, `FP8`, ...) */
  precision?: string;
  /** dataset description; overrides the one derived from the report */
  dataset?: string;
  /** provenance written to the `source` column; default names the file and the tool version */
  source?: string;
  /** name of the imported file, used in the default `source` */
  fileName?: string;
};

/** Records in the shared benchmark column layout, plus row-level errors. @public */
export type ImportRecords = {
  records: Record<string, string>[];
  errors: RowError[];
};

/**
 * A row of an imported file that was not stored because the same measurement (same
 * {@link runIdentity}) is already stored, or appears earlier in the same file.
 * @public
 */
export type DuplicateRow = {
  /** 1-based data row of the imported file */
  row: number;
  /** where the same measurement is: an earlier row of this file, or a stored run */
  sameAs: { row: number } | { batchId: string; runId: number };
};

/**
 * Per-row outcome of `POST /v1/benchmarks/imports`: how many rows were stored and which were
 * duplicates. `batch` is the batch created for the new rows, null when every row was a
 * duplicate (then nothing is written).
 * @public
 */
export type ImportOutcome<Batch = unknown> = {
  importId: string;
  batch: Batch | null;
  created: boolean;
  /** rows in the file */
  rows: number;
  /** rows stored as new runs */
  imported: number;
  duplicates: {
    count: number;
    /** duplicate rows in file order; at most 1000 are listed (`truncated` then true) */
    rows: DuplicateRow[];
    truncated: boolean;
  };
  /** values kept empty because they were ambiguous (e.g. a bound like `<=200`) */
  warnings: RowError[];
  /** one sentence for the user */
  message: string;
};

/** Phases of an import, in order. @public */
export type ImportPhase = 'parsing' | 'inserting' | 'done' | 'failed';

/** Progress of one import, as `GET /v1/benchmarks/imports/:id` answers. @public */
export type ImportProgress = {
  id: string;
  phase: ImportPhase;
  /** data rows of the file, once known */
  totalRows: number | null;
  parsedRows: number;
  /** new rows to store, once duplicates are known */
  newRows: number | null;
  insertedRows: number;
  startedAt: string;
  updatedAt: string;
  /** the outcome or the failure, once the import ended */
  message: string | null;
  batchId: string | null;
};
