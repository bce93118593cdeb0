import { useApi } from '@backstage/frontend-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { llmPlannerApiRef } from '../api/LlmPlannerClient';

/** Who the user is to the planner: groups and whether they are on the platform team. */
export function useMe() {
  const api = useApi(llmPlannerApiRef);
  return useAsync(() => api.getMe(), [api]);
}
