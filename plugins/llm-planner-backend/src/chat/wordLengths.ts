/**
 * Lengths said in words or pages, read as tokens: the rules and the planner count tokens, people
 * count words ("summaries of ~120 words", "60 pages, about 400 words a page").
 */

import { digitsValue } from './text';

/** Tokens an English word takes on average (a token is about three quarters of a word). */
export const TOKENS_PER_WORD = 1.33;

/** A count as written: "1,500", "1.500" and "1 500" (groups of three), "1.5k", "600". */
const COUNT = String.raw`\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?\s?k\b|\d+`;

function countOf(raw: string): number {
  const t = raw.trim();
  return /k$/i.test(t)
    ? digitsValue(t.slice(0, -1).trim()) * 1000
    : digitsValue(t);
}

const tokensFor = (words: number) => Math.round(words * TOKENS_PER_WORD);

/** "60 pages, about 400 words a page": the whole length, in words (the page count is rewritten). */
const PAGES_TIMES_WORDS = new RegExp(
  String.raw`(?<![\d.,])(${COUNT})\s*pages?\b([^.;\d]{0,24}?)(?:(?:about|around|roughly|approximately|approx\.?|~)\s*)?(${COUNT})\s*words?\s*(?:per|a|an|each|\/)\s*page\b`,
  'gi',
);

/** "60 pages of 500 words (each)": pages of a stated length, in words. */
const PAGES_OF_WORDS = new RegExp(
  String.raw`(?<![\d.,])(${COUNT})\s*pages?\s+of\s+(?:about\s+|around\s+|roughly\s+|~\s*)?(${COUNT})\s*words?(?:\s+each)?\b(?!\s*(?:per|a|an|\/)\s*(?:second|sec|s|minute|min|hour|h|day|week|month)\b)`,
  'gi',
);

/**
 * "~1,200 words", "150-200 words", "a 400-word summary", "900 input words": lengths in words (a
 * direction between the count and "words" stays with the count).
 */
const WORD_LENGTH = new RegExp(
  String.raw`(?<![\d.,])(${COUNT})(?:\s*[-–]\s*(${COUNT}))?(?:\s*|-)(?:(input|output|prompt|answer|response|reply|summary)\s+)?words?\b(?!\s*(?:per|a|an|\/)\s*(?:second|sec|s|minute|min|hour|h|day|week|month)\b)`,
  'gi',
);

/** "60 words of input and another 60 of output": the second length, in the unit of the first. */
const WORDS_THEN_ANOTHER = new RegExp(
  String.raw`(?<![\d.,])(${COUNT})(\s*words?\b[^.;\d]{0,30}?\band\s+(?:another|a further)\s+)(${COUNT})(?![\d.,]|\s*(?:words?|tokens?|toks?|%|[km]\b))`,
  'gi',
);

/**
 * The text with word and page lengths rewritten as tokens, and what was read, for the
 * assumptions the reply lists.
 */
export function wordsAsTokens(text: string): { text: string; read: string[] } {
  const read: string[] = [];
  // pages times words a page, in tokens, noted for the reply
  const pagesAsTokens = (whole: string, pages: string, words: string) => {
    const total = countOf(pages) * countOf(words);
    const tokens = tokensFor(total);
    read.push(
      `"${whole.trim()}" read as ${tokens} tokens (${total} words x ${TOKENS_PER_WORD} tokens a word)`,
    );
    return tokens;
  };
  let out = text.replace(
    PAGES_OF_WORDS,
    (whole, pages: string, words: string) =>
      `${pagesAsTokens(whole, pages, words)} tokens`,
  );
  out = out.replace(
    PAGES_TIMES_WORDS,
    (whole, pages: string, between: string, words: string) => {
      const tokens = pagesAsTokens(whole, pages, words);
      // "80 pages at ~300 words a page": the joining words go with the page count
      const joining = /^[\s,]*(?:at|with|of|and)?[\s,~]*$/.test(between);
      return `${tokens} tokens${joining ? '' : between.replace(/[,\s]+$/, '')}`;
    },
  );
  out = out.replace(
    WORDS_THEN_ANOTHER,
    (_, first: string, between: string, second: string) =>
      `${first}${between}${second} words`,
  );
  out = out.replace(
    WORD_LENGTH,
    (whole, first: string, second?: string, direction?: string) => {
      const lo = tokensFor(countOf(first));
      const tokens = second ? `${lo}-${tokensFor(countOf(second))}` : `${lo}`;
      read.push(
        `"${whole.trim()}" read as ${tokens} tokens (${TOKENS_PER_WORD} tokens a word)`,
      );
      return direction ? `${tokens} ${direction} tokens` : `${tokens} tokens`;
    },
  );
  return { text: out, read };
}
