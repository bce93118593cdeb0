import type {
  ChatExtraction,
  GpuSpec,
  Intent,
  ModelSpec,
  SloTemplate,
} from '@internal/backstage-plugin-llm-planner-common';

/** One message of a planning conversation. */
export type ChatMessage = {
  role: 'user' | 'assistant';
  content: string;
};

export type { ExtractorName } from '@internal/backstage-plugin-llm-planner-common';

/** What an extractor understood from a conversation (the API's chat result, unwrapped). */
export type ExtractionResult = ChatExtraction;

/** Per-call options of an extractor. */
export type ExtractOptions = {
  signal?: AbortSignal;
  /** Receives the reply text as it is produced, in order. */
  onToken?: (text: string) => void;
};

/** Turns a conversation into a structured intent. */
export interface IntentExtractor {
  extract(
    messages: ChatMessage[],
    current: Partial<Intent>,
    opts: ExtractOptions,
  ): Promise<ExtractionResult>;
}

/** Catalog data the extractors resolve names against (passed in, never read from files). */
export type ChatCatalogs = {
  models: ModelSpec[];
  gpus: GpuSpec[];
  /** Use-case templates; when absent the built-in list of use-case ids is used. */
  sloTemplates?: SloTemplate[];
};
