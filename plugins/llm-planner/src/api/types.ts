import type {
  BenchmarkRun,
  ImportContext,
  Intent,
  Plan,
  PlanStatus,
  RowError,
} from '@internal/backstage-plugin-llm-planner-common';

/** A plan as the backend stores it (`StoredPlan` of docs/api.md). @public */
export type StoredPlan = {
  id: string;
  title: string;
  ownerUser: string;
  ownerGroup: string;
  status: PlanStatus;
  version: number;
  plan: Plan;
  approvedBy: string | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** Answer of `GET /v1/me`. @public */
export type Me = {
  userRef: string;
  groups: string[];
  isPlatform: boolean;
  platformTeam: string;
};

/** Which extractor answered a chat turn. @public */
export type ExtractorName = 'ollama' | 'rules';

/** The final line of a chat stream. @public */
export type ChatResult = {
  type: 'result';
  conversationId: string;
  extractor: ExtractorName;
  fallbackReason?: string;
  reply: string;
  intent: Partial<Intent>;
  missing: string[];
  clarifyingQuestion?: string;
  assumptions: string[];
  notes: string[];
  budgetUsdPerMonth?: number;
};

/** One NDJSON line of `POST /v1/chat`. @public */
export type ChatEvent =
  | { type: 'token'; text: string }
  | ChatResult
  | { type: 'error'; message: string };

/** Body of `POST /v1/chat`. @public */
export type ChatRequest = {
  message: string;
  conversationId?: string;
  intent?: Partial<Intent>;
};

/** A deployment of a plan. @public */
export type Deployment = {
  id: string;
  planId: string;
  cluster: string;
  namespace: string;
  repoUrl: string | null;
  entityRef: string | null;
  status: 'dry-run' | 'applied' | 'failed' | 'retired';
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

/** Latency percentiles of one metric, in ms. @public */
export type MeasuredStats = Partial<
  Record<'mean' | 'p50' | 'p90' | 'p95' | 'p99', number>
>;

/** A measured outcome of a deployment with the prediction at the same load. @public */
export type Outcome = {
  id: number;
  deploymentId: string;
  loadProfile: {
    kind: string;
    concurrency?: number;
    rate?: number;
    inputTokens: number;
    outputTokens: number;
  };
  measured: {
    ttft: MeasuredStats;
    itl: MeasuredStats;
    e2e: MeasuredStats;
    throughputRps?: number;
    outputTokensPerS?: number;
    requests?: number;
    errors: number;
  };
  prediction: Record<'ttft' | 'itl' | 'e2e', MeasuredStats>;
  error: Record<'ttft' | 'itl' | 'e2e', MeasuredStats>;
  source: 'loadtest' | 'scaffolder' | 'metrics';
  measuredAt: string;
  recordedBy: string;
};

/** A calibration factor (measured / predicted) of one configuration. @public */
export type CalibrationFactor = {
  modelId: string;
  gpuId: string;
  tp: number;
  engine: string;
  ttftFactor: number | null;
  itlFactor: number | null;
  e2eFactor: number | null;
  samples: number;
  updatedAt: string;
};

/** A benchmark import batch. @public */
export type ImportBatch = {
  id: string;
  dataset: string;
  format: string;
  importedBy: string;
  importedAt: string;
  checksum: string;
  rowCount: number;
};

/** Formats the import endpoint reads. @public */
export type ImportFormat = 'csv' | 'guidellm' | 'vllm-bench-serve';

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
  warnings?: string[];
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
};
