/**
 * Exports for portals still on the legacy frontend system (`createPlugin` from
 * `@backstage/core-plugin-api`); see the README for the wiring.
 *
 * @packageDocumentation
 */
import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { LlmPlannerClient, llmPlannerApiRef } from './api/LlmPlannerClient';

/** Route of the planner page in a legacy app. @public */
export const llmPlannerLegacyRouteRef = createRouteRef({ id: 'llm-planner' });

/** The planner as a legacy plugin. @public */
export const llmPlannerLegacyPlugin = createPlugin({
  id: 'llm-planner',
  apis: [
    createApiFactory({
      api: llmPlannerApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new LlmPlannerClient(deps),
    }),
  ],
  routes: { root: llmPlannerLegacyRouteRef },
});

/**
 * The whole planner (chat, my plans, plan pages, admin) for `<Route path="/llm-planner"
 * element={<LlmPlannerPage />} />`. @public
 */
export const LlmPlannerPage = llmPlannerLegacyPlugin.provide(
  createRoutableExtension({
    name: 'LlmPlannerPage',
    component: () =>
      import('./components/PlannerPage').then(m => m.PlannerPage),
    mountPoint: llmPlannerLegacyRouteRef,
  }),
);

/** The entity Performance tab content, for `<EntityLayout.Route>`. @public */
export const EntityLlmPerformanceContent = llmPlannerLegacyPlugin.provide(
  createComponentExtension({
    name: 'EntityLlmPerformanceContent',
    component: {
      lazy: () =>
        import('./components/EntityPerformanceContent').then(
          m => m.EntityPerformanceContent,
        ),
    },
  }),
);

export { isPlannedComponent } from './plugin';
