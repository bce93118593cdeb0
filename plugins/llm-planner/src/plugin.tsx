import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
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

/** The LLM deployment planner for the new frontend system. @public */
export const llmPlannerPlugin = createFrontendPlugin({
  pluginId: 'llm-planner',
  extensions: [llmPlannerApi, plannerPage],
  routes: {
    root: rootRouteRef,
  },
});
