import { createApiRef } from '@backstage/frontend-plugin-api';
import type { LlmPlannerApi } from '@internal/backstage-plugin-llm-planner-common';

// The client is the contract's own, in -common, so every package calls the API one way.
export {
  errorMessage,
  ImportRejectedError,
  LlmPlannerApiError,
  LlmPlannerClient,
} from '@internal/backstage-plugin-llm-planner-common';
export type {
  LlmPlannerApi,
  ModelFromConfigRequest,
  ModelFromConfigResult,
  PricePolicyState,
  StoredPrice,
} from '@internal/backstage-plugin-llm-planner-common';

/** The llm-planner API of the app (registered by the plugin with discovery and fetch). @public */
export const llmPlannerApiRef = createApiRef<LlmPlannerApi>({
  id: 'plugin.llm-planner.api',
});
