/** Chat intent extraction: Ollama with a deterministic rule-based fallback. */
export type {
  ChatMessage,
  ChatCatalogs,
  ExtractionResult,
  ExtractOptions,
  ExtractorName,
  IntentExtractor,
} from './types';
export { RuleIntentExtractor } from './rules';
export {
  OllamaIntentExtractor,
  ExtractorError,
  DEFAULT_OLLAMA_TIMEOUT_MS,
  type ExtractorErrorKind,
  type OllamaExtractorOptions,
} from './ollama';
export {
  createChatService,
  type ChatService,
  type ChatServiceOptions,
  type ChatResponse,
} from './ChatService';
export { readChatConfig, type ChatConfig } from './config';
export { sanitizeIntent } from './sanitize';
export { buildChatCatalogIndex, type ChatCatalogIndex } from './catalog';
