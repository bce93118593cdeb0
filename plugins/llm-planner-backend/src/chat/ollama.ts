import { ignoredInstructionsNote, withoutInstructions } from './injection';
import { BUDGET_DROPPED_NOTE, takesBudgetBack } from './analyse';
import type { Intent } from '@llm-planner/backstage-plugin-llm-planner-common';
import { Ollama } from 'ollama';
import { buildChatCatalogIndex, type ChatCatalogIndex } from './catalog';
import { dropUngroundedNumbers, groundedBudget } from './ground';
import {
  answerJsonSchema,
  ModelAnswerSchema,
  ModelIntentSchema,
  systemPrompt,
} from './prompt';
import { missingOf, pickQuestion } from './reply';
import { sanitizeIntent } from './sanitize';
import { JsonStringFieldStreamer } from './stream';
import type {
  ChatCatalogs,
  ChatMessage,
  ExtractionResult,
  ExtractOptions,
  IntentExtractor,
} from './types';

/** Why an extractor could not answer. */
export type ExtractorErrorKind =
  | 'unreachable'
  | 'timeout'
  | 'aborted'
  | 'http'
  | 'protocol'
  | 'malformed'
  | 'invalid';

/** A typed failure of an extractor, so the caller can fall back to another one. */
export class ExtractorError extends Error {
  readonly name = 'ExtractorError';

  constructor(
    readonly kind: ExtractorErrorKind,
    /** Short reason for users and logs: "ECONNREFUSED", "HTTP 500: ...", "not valid JSON". */
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${kind}: ${detail}`, options);
  }
}

/** Default time the model has to answer. */
export const DEFAULT_OLLAMA_TIMEOUT_MS = 20000;

/** Options of the Ollama extractor. */
export type OllamaExtractorOptions = {
  baseUrl: string;
  model: string;
  timeoutMs?: number;
  /** fetch to use (tests, proxies); the global fetch by default */
  fetch?: typeof fetch;
};

function errorCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 5 && cur && typeof cur === 'object'; i++) {
    const c = cur as { code?: unknown; errors?: unknown[]; cause?: unknown };
    if (typeof c.code === 'string' && /^E[A-Z]+/.test(c.code)) return c.code;
    if (Array.isArray(c.errors)) {
      const inner = c.errors.map(errorCode).find(Boolean);
      if (inner) return inner;
    }
    cur = c.cause;
  }
  return undefined;
}

function stripNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripNulls);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>)
        .filter(([, x]) => x !== null)
        .map(([k, x]) => [k, stripNulls(x)]),
    );
  return v;
}

/**
 * Intent extraction with a model served by Ollama: streams `/api/chat` with a JSON-schema
 * `format` and temperature 0, forwards the reply text to `onToken` as it arrives, then parses and
 * validates the answer. Names are resolved through the catalog, numbers the user never said are
 * dropped, and out-of-range numbers are clamped. Anything unusable throws an `ExtractorError`.
 */
export class OllamaIntentExtractor implements IntentExtractor {
  readonly idx: ChatCatalogIndex;
  readonly baseUrl: string;
  readonly model: string;
  readonly timeoutMs: number;
  private readonly fetchImpl?: typeof fetch;
  private readonly format: Record<string, unknown>;

  constructor(
    options: OllamaExtractorOptions,
    catalogs: ChatCatalogs | ChatCatalogIndex,
  ) {
    this.idx =
      'modelIndex' in catalogs ? catalogs : buildChatCatalogIndex(catalogs);
    this.baseUrl = options.baseUrl;
    this.model = options.model;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_OLLAMA_TIMEOUT_MS;
    this.fetchImpl = options.fetch;
    this.format = answerJsonSchema(this.idx);
  }

  async extract(
    messages: ChatMessage[],
    current: Partial<Intent>,
    opts: ExtractOptions = {},
  ): Promise<ExtractionResult> {
    const timeout = new AbortController();
    const timer = setTimeout(
      () =>
        timeout.abort(
          new ExtractorError(
            'timeout',
            `no answer within ${this.timeoutMs} ms`,
          ),
        ),
      this.timeoutMs,
    );
    const signal = opts.signal
      ? AbortSignal.any([opts.signal, timeout.signal])
      : timeout.signal;
    const baseFetch = this.fetchImpl ?? globalThis.fetch;
    const client = new Ollama({
      host: this.baseUrl,
      fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
        baseFetch(input, {
          ...init,
          signal: init?.signal
            ? AbortSignal.any([init.signal, signal])
            : signal,
        })) as typeof fetch,
    });
    let content = '';
    try {
      const stream = await client.chat({
        model: this.model,
        messages: [
          { role: 'system', content: systemPrompt(this.idx, current) },
          // what speaks as the system or sets fields in code form is not sent as the user's words
          ...messages.map(m => ({
            role: m.role,
            content:
              m.role === 'user'
                ? withoutInstructions(m.content).text
                : m.content,
          })),
        ],
        stream: true,
        format: this.format,
        options: { temperature: 0 },
      });
      const onAbort = () => stream.abort();
      signal.addEventListener('abort', onAbort, { once: true });
      const streamer = new JsonStringFieldStreamer('reply');
      try {
        for await (const part of stream) {
          const piece = part.message?.content ?? '';
          content += piece;
          const text = streamer.push(piece);
          if (text) opts.onToken?.(text);
        }
      } finally {
        signal.removeEventListener('abort', onAbort);
      }
    } catch (e) {
      throw this.classify(e, signal, timeout.signal, opts.signal);
    } finally {
      clearTimeout(timer);
    }
    return this.interpret(content, messages, current);
  }

  private classify(
    e: unknown,
    signal: AbortSignal,
    timeout: AbortSignal,
    caller?: AbortSignal,
  ): ExtractorError {
    if (e instanceof ExtractorError) return e;
    if (caller?.aborted)
      return new ExtractorError('aborted', 'the request was cancelled', {
        cause: e,
      });
    if (timeout.aborted || signal.aborted)
      return new ExtractorError(
        'timeout',
        `no answer within ${this.timeoutMs} ms`,
        { cause: e },
      );
    const err = e as {
      name?: string;
      status_code?: number;
      error?: string;
      message?: string;
    };
    if (err?.name === 'ResponseError' || typeof err?.status_code === 'number')
      return new ExtractorError(
        'http',
        `HTTP ${err.status_code}: ${err.error ?? err.message ?? ''}`.trim(),
        { cause: e },
      );
    const code = errorCode(e);
    if (code) return new ExtractorError('unreachable', code, { cause: e });
    const msg = err?.message ?? String(e);
    if (/Did not receive done|Missing body/.test(msg))
      return new ExtractorError('protocol', msg, { cause: e });
    if (/fetch failed|network|socket/i.test(msg))
      return new ExtractorError('unreachable', msg, { cause: e });
    // an error line in the stream ({"error": "..."}) or anything else the client threw
    return new ExtractorError('http', msg, { cause: e });
  }

  /** Parses, validates and post-processes the model's complete answer. */
  interpret(
    content: string,
    messages: ChatMessage[],
    current: Partial<Intent>,
  ): ExtractionResult {
    let raw: unknown;
    try {
      raw = JSON.parse(content);
    } catch (e) {
      throw new ExtractorError(
        'malformed',
        `the model's answer is not valid JSON (${
          content.length
        } characters: ${JSON.stringify(content.slice(0, 60))})`,
        { cause: e },
      );
    }
    raw = stripNulls(raw);
    const parsed = ModelAnswerSchema.safeParse(raw);
    if (!parsed.success)
      throw new ExtractorError(
        'invalid',
        summariseIssues(parsed.error.issues),
        { cause: parsed.error },
      );
    const answer = parsed.data;
    const notes: string[] = [];
    // bounds (min/max) are clamped by the post-processing; wrong types are not accepted
    const typeIssues = issuesOf(answer.intent).filter(
      i => i.code !== 'too_small' && i.code !== 'too_big',
    );
    if (typeIssues.length)
      throw new ExtractorError('invalid', summariseIssues(typeIssues));

    // numbers only an injected instruction states are not grounded in what the user said
    const userText = messages
      .filter(m => m.role === 'user')
      .map(m => withoutInstructions(m.content).text)
      .join('\n');
    const lastUser = [...messages].reverse().find(m => m.role === 'user');
    const lastSaid = lastUser
      ? withoutInstructions(lastUser.content)
      : { text: '', ignored: [] };
    const ignored = lastSaid.ignored;
    if (ignored.length) notes.push(ignoredInstructionsNote(ignored));
    const merged: Record<string, unknown> = {
      ...current,
      ...answer.intent,
      slo: mergeSlo(current.slo, answer.intent.slo as Intent['slo']),
    };
    if (!merged.slo) delete merged.slo;
    // numbers the user never said go first (before clamping changes them), then the schema pass
    const grounded = dropUngroundedNumbers(
      merged as Partial<Intent>,
      current,
      userText,
    );
    notes.push(...grounded.notes);
    const clean = sanitizeIntent(grounded.intent, this.idx);
    notes.push(...clean.notes);
    const intent = clean.intent;
    let budget = answer.budgetUsdPerMonth;
    if (!groundedBudget(budget, userText)) {
      notes.push(
        `the model proposed a budget of ${budget} USD per month, which you did not say; dropped`,
      );
      budget = undefined;
    }
    if (budget !== undefined && intent.budget?.usdPerMonth === undefined)
      intent.budget = { ...(intent.budget ?? {}), usdPerMonth: budget };
    // "scrap the $3k": a ceiling taken back this turn goes, unless the model read a new one
    if (intent.budget && takesBudgetBack(lastSaid.text)) {
      const b = { ...intent.budget };
      const carried = (k: 'usdPerMonth' | 'usdPerRun') =>
        b[k] !== undefined && b[k] === current.budget?.[k];
      const dropped = carried('usdPerMonth') || carried('usdPerRun');
      if (carried('usdPerMonth')) delete b.usdPerMonth;
      if (carried('usdPerRun')) delete b.usdPerRun;
      if (b.usdPerMonth === undefined && budget === current.budget?.usdPerMonth)
        budget = undefined;
      if (Object.keys(b).length) intent.budget = b;
      else delete intent.budget;
      if (dropped) notes.push(BUDGET_DROPPED_NOTE);
    }
    budget = intent.budget?.usdPerMonth ?? budget;
    const missing = missingOf(intent);
    const clarifyingQuestion = pickQuestion(
      missing,
      intent,
      answer.clarifyingQuestion,
      answer.missing,
    );
    return {
      intent,
      missing,
      ...(clarifyingQuestion ? { clarifyingQuestion } : {}),
      reply: answer.reply,
      extractor: 'ollama',
      notes,
      assumptions: [],
      ...(budget !== undefined ? { budgetUsdPerMonth: budget } : {}),
    };
  }
}

function mergeSlo(a: Intent['slo'], b: Intent['slo']): Intent['slo'] {
  if (!a && !b) return undefined;
  return { ...(a ?? {}), ...(b ?? {}) };
}

function issuesOf(intent: Record<string, unknown>) {
  const r = ModelIntentSchema.safeParse(intent);
  return r.success ? [] : r.error.issues;
}

function summariseIssues(
  issues: { path: PropertyKey[]; message: string }[],
): string {
  return issues
    .slice(0, 3)
    .map(i => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}
