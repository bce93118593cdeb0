import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { ImportFormatEntry } from '@llm-planner/backstage-plugin-llm-planner-common';
import type { IntentExtractor } from './intentExtractor';
import type { LlmPlannerPriceSource } from './priceSource';

/**
 * Replaces the model-backed extractor of the planning chat.
 * @public
 */
export interface LlmPlannerIntentExtractorExtensionPoint {
  /**
   * Answers chat turns with this extractor instead of Ollama (`llmPlanner.ollama`). Its
   * answer goes through the same clean-up as every other, and when it throws, the rule-based
   * extractor answers. Only one module may set it.
   */
  setIntentExtractor(extractor: IntentExtractor): void;
}

/**
 * The extension point of the chat's intent extractor.
 * @public
 */
export const llmPlannerIntentExtractorExtensionPoint =
  createExtensionPoint<LlmPlannerIntentExtractorExtensionPoint>({
    id: 'llm-planner.intent-extractor',
  });

/**
 * Adds GPU prices to those of the catalog.
 * @public
 */
export interface LlmPlannerPriceSourceExtensionPoint {
  /**
   * Joins the source's rows to the catalog's prices: they are listed with the catalog's, and
   * plans are costed with them once the price policy allowed them. Rows that do not match
   * the price schema are logged and skipped. Ids must be unique.
   */
  addPriceSource(source: LlmPlannerPriceSource): void;
}

/**
 * The extension point of price sources.
 * @public
 */
export const llmPlannerPriceSourceExtensionPoint =
  createExtensionPoint<LlmPlannerPriceSourceExtensionPoint>({
    id: 'llm-planner.price-sources',
  });

/**
 * Adds a file format the benchmark import accepts.
 * @public
 */
export interface LlmPlannerBenchmarkFormatExtensionPoint {
  /**
   * Accepts `format.id` in `POST /v1/benchmarks/imports` besides the built-in formats. The
   * backend calls `format.convert` on the request thread and imports the resulting CSV like
   * a CSV upload (a function cannot be handed to the import's worker thread), so keep the
   * conversion cheap. The id must differ from the built-in ones and from other modules'.
   */
  addBenchmarkFormat(format: ImportFormatEntry): void;
}

/**
 * The extension point of benchmark import formats.
 * @public
 */
export const llmPlannerBenchmarkFormatExtensionPoint =
  createExtensionPoint<LlmPlannerBenchmarkFormatExtensionPoint>({
    id: 'llm-planner.benchmark-formats',
  });
