/**
 * The LLM Planner's frontend API: its `ApiRef` and a hook that returns the typed client, for
 * the planner plugin and for modules that call the planner (e.g. the scaffolder form fields).
 * @packageDocumentation
 */
export { llmPlannerApiRef, useLlmPlannerApi } from './api';
export {
  errorMessage,
  ImportRejectedError,
  LlmPlannerApiError,
  LlmPlannerClient,
} from '@llm-planner/backstage-plugin-llm-planner-common';
export type { LlmPlannerApi } from '@llm-planner/backstage-plugin-llm-planner-common';
