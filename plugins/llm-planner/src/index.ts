export { llmPlannerPlugin as default } from './plugin';
export {
  llmPlannerPlugin,
  isPlannedComponent,
  entityPerformanceContent,
  plannerPage,
} from './plugin';
export * from './api/LlmPlannerClient';
export * from './api/types';
export {
  LlmPlannerPage,
  EntityLlmPerformanceContent,
  llmPlannerLegacyPlugin,
  llmPlannerLegacyRouteRef,
} from './legacy';
