import type {
  GpuSpec,
  ModelSpec,
  SloTemplate,
} from '@llm-planner/backstage-plugin-llm-planner-common';

// the extractor contract belongs to -node, where backend modules implement it
export type {
  ChatMessage,
  ExtractionResult,
  ExtractOptions,
  IntentExtractor,
} from '@llm-planner/backstage-plugin-llm-planner-node';

export type { ExtractorName } from '@llm-planner/backstage-plugin-llm-planner-common';

/** Catalog data the extractors resolve names against (passed in, never read from files). */
export type ChatCatalogs = {
  models: ModelSpec[];
  gpus: GpuSpec[];
  /** Use-case templates; when absent the built-in list of use-case ids is used. */
  sloTemplates?: SloTemplate[];
};
