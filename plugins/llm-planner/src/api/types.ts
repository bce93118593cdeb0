import type {
  BenchmarkRun,
  ImportBatch,
  ImportContext,
  ImportFormat as CommonImportFormat,
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
};

/** Answer of an import: created, or already there. @public */
export type ImportResult = {
  batch: ImportBatch;
  created: boolean;
  /** Values kept empty because they were ambiguous (e.g. a bound like `<=200`). */
  warnings?: RowError[];
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
  limit?: number;
  offset?: number;
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

/** One page of plans, newest change first; `nextCursor` is null on the last page. @public */
export type PlanPage = {
  items: StoredPlan[];
  nextCursor: string | null;
};
