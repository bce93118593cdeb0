import type {
  ChatExtraction,
  Intent,
} from '@llm-planner/backstage-plugin-llm-planner-common';

/**
 * One message of a planning conversation.
 * @public
 */
export type ChatMessage = {
  role: 'user' | 'assistant';
  content: string;
};

/**
 * What an extractor understood from a conversation (the API's chat result, unwrapped).
 * @public
 */
export type ExtractionResult = ChatExtraction;

/**
 * Per-call options of an extractor.
 * @public
 */
export type ExtractOptions = {
  signal?: AbortSignal;
  /** Receives the reply text as it is produced, in order. */
  onToken?: (text: string) => void;
};

/**
 * Turns a conversation into a structured intent.
 * @public
 */
export interface IntentExtractor {
  extract(
    messages: ChatMessage[],
    current: Partial<Intent>,
    opts: ExtractOptions,
  ): Promise<ExtractionResult>;
}
