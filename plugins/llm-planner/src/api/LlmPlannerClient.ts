// The client is the contract's own (in -common) and the ApiRef is -react's, so every package
// calls the API one way and modules can find the app's planner API without this plugin.
export {
  errorMessage,
  ImportRejectedError,
  LlmPlannerApiError,
  LlmPlannerClient,
  llmPlannerApiRef,
} from '@llm-planner/backstage-plugin-llm-planner-react';
export type {
  LlmPlannerApi,
  ModelFromConfigRequest,
  ModelFromConfigResult,
  PricePolicyState,
  StoredPrice,
} from '@llm-planner/backstage-plugin-llm-planner-common';
