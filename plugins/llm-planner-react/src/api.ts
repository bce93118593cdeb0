import {
  createApiRef,
  discoveryApiRef,
  fetchApiRef,
  useApi,
  useApiHolder,
} from '@backstage/frontend-plugin-api';
import {
  LlmPlannerApi,
  LlmPlannerClient,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { useMemo } from 'react';

/**
 * The LLM Planner API of the app: the contract's typed client, registered by the planner
 * frontend plugin with the app's discovery and fetch.
 * @public
 */
export const llmPlannerApiRef = createApiRef<LlmPlannerApi>({
  id: 'plugin.llm-planner.api',
});

/**
 * The planner API for any frontend package: the one the planner plugin registered, or, in an
 * app that installed a module (e.g. the scaffolder form fields) without the planner plugin, a
 * client built from the app's discovery and fetch. Either way it speaks the one API contract.
 * @public
 */
export function useLlmPlannerApi(): LlmPlannerApi {
  const registered = useApiHolder().get(llmPlannerApiRef);
  const discoveryApi = useApi(discoveryApiRef);
  const fetchApi = useApi(fetchApiRef);
  return useMemo(
    () => registered ?? new LlmPlannerClient({ discoveryApi, fetchApi }),
    [registered, discoveryApi, fetchApi],
  );
}
