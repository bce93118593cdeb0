import type { ImportRequest } from '@llm-planner/backstage-plugin-llm-planner-common';

// The shapes of the API are the contract's, in -common; these names are the frontend's.
export type {
  BatchPage,
  ChatEvent,
  ChatRequest,
  ChatResult,
  Deployment,
  ExtractorName,
  ImportBatch,
  ImportProgress,
  ImportRequest,
  ImportResult,
  Me,
  MeasuredStats,
  Outcome,
  PlanListItem,
  PlanListQuery,
  PlanPage,
  PlanSummary,
  Quota,
  RunPage,
  RunQuery,
  StoredCalibrationFactor as CalibrationFactor,
  StoredPlan,
  StoredRun,
} from '@llm-planner/backstage-plugin-llm-planner-common';

/** Formats the import endpoint reads (`seed` is only the public data on first start). @public */
export type ImportFormat = ImportRequest['format'];
