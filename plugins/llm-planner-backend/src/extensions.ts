import type {
  LlmPlannerBenchmarkFormatExtensionPoint,
  LlmPlannerIntentExtractorExtensionPoint,
  LlmPlannerPriceSource,
  LlmPlannerPriceSourceExtensionPoint,
  IntentExtractor,
} from '@llm-planner/backstage-plugin-llm-planner-node';
import {
  importFormatById,
  type ImportFormatEntry,
} from '@llm-planner/backstage-plugin-llm-planner-common';

/** What backend modules added through the plugin's extension points. */
export type CollectedExtensions = {
  intentExtractor?: IntentExtractor;
  priceSources: readonly LlmPlannerPriceSource[];
  benchmarkFormats: readonly ImportFormatEntry[];
};

/**
 * The implementations of the three extension points, collecting what modules register before
 * the plugin's init reads it. Conflicts fail the backend's start, naming the id.
 */
export function createExtensionCollectors() {
  let intentExtractor: IntentExtractor | undefined;
  const priceSources: LlmPlannerPriceSource[] = [];
  const benchmarkFormats: ImportFormatEntry[] = [];

  const intentExtractorPoint: LlmPlannerIntentExtractorExtensionPoint = {
    setIntentExtractor(extractor) {
      if (intentExtractor) {
        throw new Error(
          'llm-planner: an intent extractor is already set; only one module may set it',
        );
      }
      intentExtractor = extractor;
    },
  };
  const priceSourcePoint: LlmPlannerPriceSourceExtensionPoint = {
    addPriceSource(source) {
      if (priceSources.some(s => s.id === source.id)) {
        throw new Error(
          `llm-planner: a price source with id '${source.id}' is already added`,
        );
      }
      priceSources.push(source);
    },
  };
  const benchmarkFormatPoint: LlmPlannerBenchmarkFormatExtensionPoint = {
    addBenchmarkFormat(format) {
      if (
        importFormatById(format.id) ||
        format.id === 'seed' ||
        benchmarkFormats.some(f => f.id === format.id)
      ) {
        throw new Error(
          `llm-planner: a benchmark format with id '${format.id}' already exists`,
        );
      }
      benchmarkFormats.push(format);
    },
  };

  return {
    intentExtractorPoint,
    priceSourcePoint,
    benchmarkFormatPoint,
    collected: (): CollectedExtensions => ({
      intentExtractor,
      priceSources,
      benchmarkFormats,
    }),
  };
}
