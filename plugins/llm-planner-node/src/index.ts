/**
 * Extension points of the LLM Planner backend, for backend modules of the `llm-planner`
 * plugin: the chat's intent extractor, extra price sources and extra benchmark import formats.
 * @packageDocumentation
 */
export {
  llmPlannerBenchmarkFormatExtensionPoint,
  llmPlannerIntentExtractorExtensionPoint,
  llmPlannerPriceSourceExtensionPoint,
} from './extensionPoints';
export type {
  LlmPlannerBenchmarkFormatExtensionPoint,
  LlmPlannerIntentExtractorExtensionPoint,
  LlmPlannerPriceSourceExtensionPoint,
} from './extensionPoints';
export type {
  ChatMessage,
  ExtractionResult,
  ExtractOptions,
  IntentExtractor,
} from './intentExtractor';
export type { LlmPlannerPriceSource, PriceRow } from './priceSource';
export type {
  ConvertedImport,
  ImportContext,
  ImportFormatEntry,
} from '@llm-planner/backstage-plugin-llm-planner-common';
