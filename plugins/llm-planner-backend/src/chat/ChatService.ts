import type { LoggerService } from '@backstage/backend-plugin-api';
import type {
  GpuSpec,
  Intent,
  ModelSpec,
  SloTemplate,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { buildChatCatalogIndex, type ChatCatalogIndex } from './catalog';
import type { ChatConfig } from './config';
import { ExtractorError, OllamaIntentExtractor } from './ollama';
import { pastedConfigReply, pastedHfConfig } from './pastedConfig';
import { missingOf, pickQuestion } from './reply';
import { RuleIntentExtractor } from './rules';
import { sanitizeIntent } from './sanitize';
import type { ChatMessage, ExtractionResult, IntentExtractor } from './types';

/** What the chat endpoint gets back. */
export type ChatResponse = ExtractionResult & {
  /** Why the rule-based extractor answered instead of Ollama. */
  fallbackReason?: string;
};

/** The chat: Ollama when configured and answering, the rule-based extractor otherwise. */
export interface ChatService {
  respond(
    messages: ChatMessage[],
    current: Partial<Intent>,
    opts?: { onToken?: (text: string) => void; signal?: AbortSignal },
  ): Promise<ChatResponse>;
}

/** Inputs of `createChatService`. */
export type ChatServiceOptions = {
  config: ChatConfig;
  models: ModelSpec[];
  gpus: GpuSpec[];
  sloTemplates?: SloTemplate[];
  logger: LoggerService;
  /** fetch the Ollama client uses (tests, proxies) */
  fetch?: typeof fetch;
  /** another model-backed extractor instead of Ollama: a backend module's (extension point) */
  extractor?: IntentExtractor;
};

function describeFailure(e: unknown, baseUrl: string, model: string): string {
  if (!(e instanceof ExtractorError))
    return `Ollama at ${baseUrl} failed (${
      e instanceof Error ? e.message : String(e)
    })`;
  switch (e.kind) {
    case 'unreachable':
      return `Ollama at ${baseUrl} did not answer (${e.detail})`;
    case 'timeout':
      return `Ollama at ${baseUrl} did not answer in time (${e.detail})`;
    case 'http':
      return `Ollama at ${baseUrl} returned an error (${e.detail})`;
    case 'protocol':
      return `Ollama at ${baseUrl} broke off its answer (${e.detail})`;
    case 'malformed':
      return `the model ${model} at ${baseUrl} gave an answer that is not valid JSON`;
    case 'invalid':
      return `the model ${model} at ${baseUrl} gave an answer that does not match the intent schema (${e.detail})`;
    default:
      return `Ollama at ${baseUrl} failed (${e.detail})`;
  }
}

/**
 * Creates the chat service. Every answer goes through the same post-processing whichever
 * extractor produced it: only intent fields (never namespaces, images or quotas), numbers clamped
 * to the schema's bounds, unknown models and GPUs dropped with a note, and the missing essentials
 * recomputed by code with one clarifying question.
 */
export function createChatService(options: ChatServiceOptions): ChatService {
  const idx: ChatCatalogIndex = buildChatCatalogIndex({
    models: options.models,
    gpus: options.gpus,
    sloTemplates: options.sloTemplates,
  });
  const rules = new RuleIntentExtractor(idx);
  const o = options.config.ollama;
  const ollama: IntentExtractor | undefined =
    options.extractor ??
    (o
      ? new OllamaIntentExtractor({ ...o, fetch: options.fetch }, idx)
      : undefined);
  const { logger } = options;
  const custom = options.extractor !== undefined;
  const CUSTOM_NAME = 'the intent extractor of a backend module';
  function answeredBy(): string {
    if (custom) return CUSTOM_NAME;
    return o ? `the model ${o.model} on Ollama at ${o.baseUrl}` : 'the model';
  }
  function failureOf(e: unknown): string {
    if (custom) {
      return `${CUSTOM_NAME} failed (${
        e instanceof Error ? e.message : String(e)
      })`;
    }
    return describeFailure(
      e,
      o?.baseUrl ?? 'the configured URL',
      o?.model ?? 'the model',
    );
  }

  function finalize(
    r: ExtractionResult,
    emit?: (t: string) => void,
  ): ExtractionResult {
    const clean = sanitizeIntent(r.intent, idx);
    const intent = clean.intent;
    const missing = missingOf(intent);
    const clarifyingQuestion = pickQuestion(
      missing,
      intent,
      r.clarifyingQuestion,
      r.missing,
    );
    let reply = r.reply;
    const extra = [
      ...new Set([
        ...(r.extractor === 'ollama' ? r.notes : []),
        ...clean.notes,
      ]),
    ];
    const tail: string[] = [];
    if (extra.length)
      tail.push(`Notes:\n${extra.map(n => `- ${n}`).join('\n')}`);
    if (clarifyingQuestion && !reply.includes(clarifyingQuestion))
      tail.push(clarifyingQuestion);
    if (tail.length) {
      const add = `\n\n${tail.join('\n\n')}`;
      reply += add;
      emit?.(add);
    }
    return {
      ...r,
      intent,
      missing,
      clarifyingQuestion,
      reply,
      notes: [...new Set([...r.notes, ...clean.notes])],
    };
  }

  return {
    async respond(messages, current, opts = {}) {
      const { onToken, signal } = opts;
      // a pasted config.json is read by code (no model), and never written to the catalog here
      const last = messages[messages.length - 1];
      const pasted =
        last?.role === 'user' ? pastedHfConfig(last.content) : null;
      if (pasted) {
        const { reply, notes } = pastedConfigReply(last.content, pasted, idx);
        const intent = sanitizeIntent(current, idx).intent;
        onToken?.(reply);
        return {
          intent,
          missing: missingOf(intent),
          reply,
          extractor: 'rules',
          notes,
          assumptions: [],
        };
      }
      let streamed = false;
      const emit = (t: string) => {
        streamed = true;
        onToken?.(t);
      };
      let reason: string;
      if (!ollama) {
        reason = 'Ollama is not configured (llmPlanner.ollama)';
      } else {
        try {
          const r = await ollama.extract(messages, current, {
            signal,
            onToken: emit,
          });
          const done = finalize(r, emit);
          const line = `\n\n(Answered by ${answeredBy()}.)`;
          emit(line);
          return { ...done, reply: done.reply + line };
        } catch (e) {
          if (signal?.aborted) throw e;
          if (e instanceof ExtractorError && e.kind === 'aborted') throw e;
          reason = failureOf(e);
          logger.warn(
            `llm-planner chat: ${reason}; using the rule-based extractor`,
          );
        }
      }
      const fallbackReason = `${reason}; the rule-based extractor answered.`;
      const sep = streamed ? '\n\n' : '';
      const r = await rules.extract(messages, current, {
        signal,
        onToken: t => onToken?.(sep + t),
      });
      const done = finalize(r, onToken);
      const line = `\n\n(${fallbackReason
        .charAt(0)
        .toUpperCase()}${fallbackReason.slice(1)})`;
      onToken?.(line);
      return {
        ...done,
        reply: done.reply + line,
        notes: [...done.notes, fallbackReason],
        fallbackReason,
      };
    },
  };
}
