import { useRouteRef } from '@backstage/frontend-plugin-api';
import { rootRouteRef } from '../routes';

/**
 * Base path of the planner page: resolved through the new frontend system's routing, or
 * `/llm-planner` in a legacy app (where the new system's route refs do not resolve).
 */
export function usePlannerPath(): string {
  try {
    // eslint-disable-next-line react-hooks/rules-of-hooks
    return useRouteRef(rootRouteRef)?.() ?? '/llm-planner';
  } catch {
    return '/llm-planner';
  }
}
