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
