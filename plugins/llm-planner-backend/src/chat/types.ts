import type {
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

/** Which extractor produced a result. */
export type ExtractorName = 'ollama' | 'rules';

/** What an extractor understood from a conversation. */
export type ExtractionResult = {
  /** The refined intent: `current` with this turn's information applied. */
  intent: Partial<Intent>;
  /**
   * Essential information that is still missing or ambiguous: `useCase`, `users`, `usersMean`.
   */
  missing: string[];
  /** The one question the reply asks, when something essential is missing. */
  clarifyingQuestion?: string;
  /** Friendly text for the user: what was understood, the assumptions, the question. */
  reply: string;
  extractor: ExtractorName;
  /** Ignored mentions, dropped values, unknown models and GPUs, interpretation details. */
  notes: string[];
  /** What the extractor assumed (the engine's templates fill whatever is left undefined). */
  assumptions: string[];
  /** Monthly budget the user mentioned, in US dollars (the intent has no budget field). */
  budgetUsdPerMonth?: number;
};

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
