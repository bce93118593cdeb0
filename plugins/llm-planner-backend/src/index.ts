export { llmPlannerPlugin as default } from './plugin';
