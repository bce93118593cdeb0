/**
 * Approximate tokenizer. No vocabulary is loaded: a text is split into runs of letters, single
 * digits and single punctuation/symbol characters; a run of letters counts one token per
 * started 6 characters (so common English words are one token, as in BPE vocabularies), every
 * digit and every punctuation/symbol character counts one. Whitespace is free.
 * For English prose this lands within ~10-20 % of Llama/Qwen tokenizers.
 */
const LETTER = /[\p{L}\p{M}]/u;
const NUMBER = /\p{N}/u;
const SPACE = /\s/u;

function classify(ch: string, code: number): 0 | 1 | 2 | 3 {
  // 0 whitespace, 1 letter, 2 digit, 3 other (punctuation, symbols)
  if (code < 128) {
    if (code === 32 || (code >= 9 && code <= 13)) return 0;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 1;
    if (code >= 48 && code <= 57) return 2;
    return 3;
  }
  if (SPACE.test(ch)) return 0;
  if (LETTER.test(ch)) return 1;
  if (NUMBER.test(ch)) return 2;
  return 3;
}

export function countTokens(text: string): number {
  let n = 0;
  let run = 0; // length of the current run of letters
  for (const ch of text) {
    const kind = classify(ch, ch.charCodeAt(0));
    if (kind === 1) {
      run++;
      continue;
    }
    if (run) n += Math.ceil(run / 6);
    run = 0;
    if (kind !== 0) n++;
  }
  if (run) n += Math.ceil(run / 6);
  return n;
}

/** Chat template overhead as a chat model's template adds it: per message and for the reply. */
export const CHAT_TOKENS_PER_MESSAGE = 4;
export const CHAT_TOKENS_REPLY_PRIMER = 3;

/** Content of a chat message: a string or a list of parts (only text parts count). */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map(part =>
        part && typeof part === 'object' && typeof part.text === 'string'
          ? part.text
          : '',
      )
      .join(' ');
  }
  return '';
}

/** Prompt tokens of a chat request: message contents plus the template overhead. */
export function countChatTokens(messages: unknown[]): number {
  let n = CHAT_TOKENS_REPLY_PRIMER;
  for (const m of messages) {
    const msg = (m ?? {}) as { content?: unknown; role?: unknown };
    n += CHAT_TOKENS_PER_MESSAGE + countTokens(contentText(msg.content));
  }
  return n;
}

/** Deterministic filler vocabulary: every word is one token of the approximate tokenizer. */
const FILLER = (
  'the model answers with plain filler text so that clients can count tokens ' +
  'while the simulator keeps time like a real replica under load and every ' +
  'word here is short enough to be one token'
).split(' ');

const FILLER_TOKENS = FILLER.map(w => ` ${w}`);
const FILLER_TOKENS_JSON = FILLER_TOKENS.map(t => JSON.stringify(t));

/** The `index`-th generated token (leading space included, like BPE word tokens). */
export function fillerToken(index: number): string {
  return FILLER_TOKENS[index % FILLER_TOKENS.length];
}

/** How many distinct filler tokens there are: `fillerToken(i)` repeats with this period. */
export const FILLER_VOCABULARY_SIZE = FILLER_TOKENS.length;

/** `JSON.stringify(fillerToken(index))`, precomputed. */
export function fillerTokenJson(index: number): string {
  return FILLER_TOKENS_JSON[index % FILLER_TOKENS_JSON.length];
}

const fillerTexts = new Map<number, string>();

/** The first `tokens` generated tokens as one text (memoised for common lengths). */
export function fillerText(tokens: number): string {
  const cached = fillerTexts.get(tokens);
  if (cached !== undefined) return cached;
  let text = '';
  for (let i = 0; i < tokens; i++) text += fillerToken(i);
  if (fillerTexts.size < 1024) fillerTexts.set(tokens, text);
  return text;
}
