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
