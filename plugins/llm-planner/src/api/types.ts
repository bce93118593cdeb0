import type {
  BenchmarkRun,
  ImportBatch,
  ImportContext,
  ImportFormat as CommonImportFormat,
  ImportOutcome,
  PlanStatus,
  RowError,
  StoredPlan,
} from '@internal/backstage-plugin-llm-planner-common';

// The shapes the backend answers with are defined once, in -common.
export type {
  ChatEvent,
  ChatRequest,
  ChatResult,
  Deployment,
  ExtractorName,
  ImportBatch,
  ImportProgress,
  Me,
  MeasuredStats,
  Outcome,
  StoredCalibrationFactor as CalibrationFactor,
  StoredPlan,
} from '@internal/backstage-plugin-llm-planner-common';

/** Formats the import endpoint reads (`seed` is only the public data on first start). @public */
export type ImportFormat = Exclude<CommonImportFormat, 'seed'>;

/** Body of `POST /v1/benchmarks/imports`. @public */
export type ImportRequest = {
  format: ImportFormat;
  dataset: string;
  content: string;
  context?: ImportContext;
  /** a UUID chosen by the client, to poll the import's progress while it runs */
  importId?: string;
};

/**
 * Answer of an import: the new batch (null when every row was already stored), how many rows
 * were stored and which were duplicates, and a sentence for the user. @public
 */
export type ImportResult = ImportOutcome<ImportBatch>;

/** One page of import batches, newest first. @public */
export type BatchPage = { items: ImportBatch[]; nextCursor: string | null };

/** One page of runs; `nextCursor` is null on the last page. @public */
export type RunPage = {
  items: StoredRun[];
  total: number;
  nextCursor: string | null;
};

/** A stored run with its batch. @public */
export type StoredRun = {
  id: number | string;
  batchId: string | null;
  run: BenchmarkRun;
};

/** Filters of `GET /v1/benchmarks/runs`. @public */
export type RunQuery = {
  modelId?: string;
  gpuId?: string;
  tp?: number;
  engine?: string;
  batchId?: string;
  /** runs per page, at most 1000 (default 100) */
  limit?: number;
  /** the `nextCursor` of the previous page */
  cursor?: string;
};

/** A team's GPU quota. @public */
export type Quota = {
  teamRef: string;
  gpuQuota: number;
  updatedBy: string | null;
  updatedAt: string | null;
};

/** An import rejected row by row. @public */
export type ImportRowErrors = RowError[];

/** Plans list filters. @public */
export type PlanListQuery = {
  scope?: 'mine' | 'team' | 'all';
  status?: PlanStatus;
  /** Plans per page: default 50, at most 200. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
};

/** The best recommendation of a listed plan. @public */
export type PlanSummary = {
  modelId: string;
  hfId: string;
  gpuId: string;
  tp: number;
  precision: string;
  engine: string;
  replicas: number;
  gpus: number;
  /** `cost.perMonth` of the recommendation */
  perMonth: number;
  provenance: string;
  confidence: number;
};

/**
 * A plan as `GET /v1/plans` lists it: the stored plan without the plan itself (load that with
 * `getPlan`), its use case and its best recommendation, null when none is feasible. @public
 */
export type PlanListItem = Omit<StoredPlan, 'plan'> & {
  useCase: string;
  summary: PlanSummary | null;
};

/** One page of plans, newest change first; `nextCursor` is null on the last page. @public */
export type PlanPage = {
  items: PlanListItem[];
  nextCursor: string | null;
};
