import { TOKENS_PER_WORD, wordsAsTokens } from './wordLengths';

describe('wordsAsTokens', () => {
  it('reads word counts in every digit grouping as tokens', () => {
    expect(wordsAsTokens('articles of ~1,500 words').text).toBe(
      'articles of ~1995 tokens',
    );
    expect(wordsAsTokens('Artikel mit 1.500 words').text).toBe(
      'Artikel mit 1995 tokens',
    );
    expect(wordsAsTokens('about 1.5k words each').text).toBe(
      'about 1995 tokens each',
    );
    expect(wordsAsTokens('600 word summaries').text).toBe(
      '798 tokens summaries',
    );
    expect(Math.round(600 * TOKENS_PER_WORD)).toBe(798);
  });

  it('converts both ends of a range and says what it read', () => {
    const r = wordsAsTokens('replies of 150-200 words');
    expect(r.text).toBe('replies of 200-266 tokens');
    expect(r.read).toEqual([
      '"150-200 words" read as 200-266 tokens (1.33 tokens a word)',
    ]);
  });

  it('multiplies pages by the words on a page', () => {
    const r = wordsAsTokens(
      'each contract is about 60 pages, about 400 words per page, and',
    );
    expect(r.text).toBe('each contract is about 31920 tokens, and');
    expect(r.read[0]).toContain('24000 words');
  });

  it('leaves rates and text without word counts alone', () => {
    for (const text of [
      'a reader does 250 words per minute',
      'words matter more than numbers',
      '300 tokens in',
    ])
      expect(wordsAsTokens(text)).toEqual({ text, read: [] });
  });
});
