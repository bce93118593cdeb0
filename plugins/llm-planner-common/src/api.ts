import type { CalibrationFactor, Intent, Plan } from './engine';

/** The plugin id shared by every package of the planner. @public */
export const LLM_PLANNER_PLUGIN_ID = 'llm-planner';

/** Annotation on a catalog Component that links it to the plan it was deployed from. @public */
export const LLM_PLANNER_PLAN_ANNOTATION = 'llm-planner.io/plan-id';

/** Answer of `GET /api/llm-planner/v1/status`. @public */
export type PlannerStatus = {
  /** Whether the planner's database answered a query. */
  database: 'ok';
  /** Database engine the backend is running on. */
  databaseClient: 'pg' | 'sqlite';
  /** Name of the newest applied migration. */
  schemaVersion: string;
  /** Number of benchmark import batches in the store. */
  importBatches: number;
};

/** Where a plan is in its life. @public */
export type PlanStatus = 'draft' | 'approved' | 'deployed' | 'retired';

/** Which status changes are allowed, by the status a plan is in. @public */
export const PLAN_TRANSITIONS: Record<PlanStatus, PlanStatus[]> = {
  draft: ['approved', 'retired'],
  approved: ['deployed', 'retired', 'draft'],
  deployed: ['retired'],
  retired: [],
};

/** The Group whose members curate benchmarks and catalogs unless `llmPlanner.platformTeam` says otherwise. @public */
export const DEFAULT_PLATFORM_TEAM = 'group:default/platform-team';

/*
 * Shapes of the REST API (`/api/llm-planner`, see docs/api.md), shared by the backend that
 * answers with them and the frontend that reads them.
 */

/** A plan as stored, with the engine's output in `plan`. @public */
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

/** Where a deployment of a plan stands. @public */
export type DeploymentStatus = 'dry-run' | 'applied' | 'failed' | 'retired';

/** A deployment of a plan into a team namespace. @public */
export type Deployment = {
  id: string;
  planId: string;
  cluster: string;
  namespace: string;
  repoUrl: string | null;
  entityRef: string | null;
  status: DeploymentStatus;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

/** Latency percentiles of one metric, in milliseconds. @public */
export type MeasuredStats = Partial<
  Record<'mean' | 'p50' | 'p90' | 'p95' | 'p99', number>
>;

/** How the load of a measurement was generated. @public */
export type LoadProfile = {
  kind:
    | 'synchronous'
    | 'concurrent'
    | 'constant'
    | 'poisson'
    | 'sweep'
    | 'live';
  concurrency?: number;
  rate?: number;
  inputTokens: number;
  outputTokens: number;
};

/** What a load test or the metrics measured. @public */
export type Measured = {
  ttft: MeasuredStats;
  itl: MeasuredStats;
  e2e: MeasuredStats;
  throughputRps?: number;
  outputTokensPerS?: number;
  requests?: number;
  errors: number;
};

/** A measured outcome of a deployment next to the prediction at the same load. @public */
export type Outcome = {
  id: number;
  deploymentId: string;
  loadProfile: LoadProfile;
  measured: Measured;
  /** Predicted percentiles at the same load (ms), per metric. */
  prediction: Record<'ttft' | 'itl' | 'e2e', MeasuredStats>;
  /** (measured - predicted) / predicted, per metric and percentile. */
  error: Record<'ttft' | 'itl' | 'e2e', MeasuredStats>;
  source: 'loadtest' | 'scaffolder' | 'metrics';
  measuredAt: string;
  recordedBy: string;
  /** set when the platform team excluded the outcome from calibration */
  exclusion?: { by: string; at: string; reason: string } | null;
};

/** A stored calibration factor with the time it was last recomputed. @public */
export type StoredCalibrationFactor = CalibrationFactor & { updatedAt: string };

/** Formats a benchmark file can be imported in (`seed` is the public data on first start). @public */
export type ImportFormat = 'seed' | 'csv' | 'guidellm' | 'vllm-bench-serve';

/** One imported benchmark file. @public */
export type ImportBatch = {
  id: string;
  dataset: string;
  format: ImportFormat;
  importedBy: string;
  importedAt: string;
  checksum: string;
  rowCount: number;
};

/** Which extractor answered a chat turn: the configured LLM, or the rule-based fallback. @public */
export type ExtractorName = 'ollama' | 'rules';

/** What the chat understood from a conversation. @public */
export type ChatExtraction = {
  /** The refined intent: the current one with this turn's information applied. */
  intent: Partial<Intent>;
  /** Essential information still missing or ambiguous: `useCase`, `users`, `usersMean`. */
  missing: string[];
  /** The one question the reply asks, when something essential is missing. */
  clarifyingQuestion?: string;
  /** Friendly text for the user: what was understood, the assumptions, the question. */
  reply: string;
  extractor: ExtractorName;
  /** Ignored mentions, dropped values, unknown models and GPUs, interpretation details. */
  notes: string[];
  /** What the extractor assumed (the engine's templates fill whatever is left undefined). */
  assumptions: string[];
  /** Monthly budget the user mentioned, in US dollars (also in `intent.budget.usdPerMonth`). */
  budgetUsdPerMonth?: number;
  /** How latency words of the conversation were read ("fast" = tight, "can wait" = relaxed). */
  latency?: 'tight' | 'relaxed';
};

/** The final line of a chat stream. @public */
export type ChatResult = ChatExtraction & {
  type: 'result';
  conversationId: string;
  /** Why the rule-based extractor answered instead of the configured LLM. */
  fallbackReason?: string;
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
