/**
 * Catalog module of the LLM Planner: registers the `llm-inference-service` software template
 * and, when `llmPlanner.catalog.allowFileLocations` is true, lets the catalog register the
 * repositories the template publishes locally.
 * @packageDocumentation
 */
export { catalogModuleLlmPlanner as default } from './module';
export { LlmPlannerTemplateProvider, readShippedTemplates } from './templates';
