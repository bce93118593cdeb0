import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import type { Entity } from '@backstage/catalog-model';
import { LLM_PLANNER_PLAN_ANNOTATION } from '@llm-planner/backstage-plugin-llm-planner-common';
import PlannerIcon from '@mui/icons-material/Insights';
import { LlmPlannerClient, llmPlannerApiRef } from './api/LlmPlannerClient';
import { rootRouteRef } from './routes';

export const llmPlannerApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: llmPlannerApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new LlmPlannerClient(deps),
    }),
});

/** Planning chat, "My plans", plan pages (`/plans/:id`) and the benchmark admin (`/admin`). */
export const plannerPage = PageBlueprint.make({
  params: {
    path: '/llm-planner',
    title: 'LLM Planner',
    noHeader: true,
    icon: <PlannerIcon fontSize="inherit" />,
    routeRef: rootRouteRef,
    loader: () =>
      import('./components/PlannerPage').then(m => <m.PlannerPage />),
  },
});

/** Components deployed from a plan: the plan annotation on a Component. */
export function isPlannedComponent(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'component' &&
    !!entity.metadata.annotations?.[LLM_PLANNER_PLAN_ANNOTATION]
  );
}

/** The entity Performance tab: plan vs measured, SLO compliance, cost so far. */
export const entityPerformanceContent = EntityContentBlueprint.make({
  name: 'performance',
  params: {
    path: '/llm-performance',
    title: 'Performance',
    filter: isPlannedComponent,
    loader: () =>
      import('./components/EntityPerformanceContent').then(m => (
        <m.EntityPerformanceContent />
      )),
  },
});

/** The LLM deployment planner for the new frontend system. @public */
export const llmPlannerPlugin = createFrontendPlugin({
  pluginId: 'llm-planner',
  extensions: [llmPlannerApi, plannerPage, entityPerformanceContent],
  routes: {
    root: rootRouteRef,
  },
});
