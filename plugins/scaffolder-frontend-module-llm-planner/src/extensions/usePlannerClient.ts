import {
  discoveryApiRef,
  fetchApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';
import { LlmPlannerClient } from '@internal/backstage-plugin-llm-planner-common';
import { useMemo } from 'react';

/**
 * The planner's typed client, built from the app's discovery and fetch: the scaffolder
 * module works whether or not the app registers the planner frontend plugin's API.
 */
export function usePlannerClient(): LlmPlannerClient {
  const discoveryApi = useApi(discoveryApiRef);
  const fetchApi = useApi(fetchApiRef);
  return useMemo(
    () => new LlmPlannerClient({ discoveryApi, fetchApi }),
    [discoveryApi, fetchApi],
  );
}
