export { llmPlannerPlugin as default } from './plugin';
export * from './permissions';
