/** Text helpers of the rule-based extractor: number scanning, clauses, formatting. */

import { DOTTED_MERIDIEM, GLOSSARY, HAN_GLOSSARY } from './glossary';
import {
  readBretonHours,
  readCompoundDurations,
  readEastAfricanClock,
  readGermanClockFractions,
} from './clockWords';
import { simplifiedChinese } from './hanzi';
import { ITEM_NOUN_WORDS } from './items';

/** A number found in a text, with its surroundings. */
export type NumberMention = {
  value: number;
  /** the number as written, with its multiplier ("1.5k", "2 million") */
  raw: string;
  /** whether a k / thousand / million multiplier was written */
  multiplied: boolean;
  /** written with a minus sign ("-500", "-$500") */
  negative: boolean;
  /** how the digits were read when the format was not plain ("20.000" -> 20000) */
  format?: string;
  start: number;
  end: number;
  /** text of the clause before the number */
  before: string;
  /** text after the number, to the end of the clause */
  after: string;
  /** the whole clause around the number */
  clause: string;
};

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  grand: 1e3,
  m: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

/**
 * Digits as people write them: "1,000" and "1,000.5"; "20.000" and "1.200.000" (dot as
 * thousands separator); "20 000" (space); "12'000" (apostrophe, Swiss); "2,5" and "1,5k" (decimal
 * comma); "1e3" and "1.5e-2";
 * then an optional multiplier ("20k", "1.5M", "2 million"), never the first letter of a word
 * ("180 000 Kč" is koruna).
 */
const NUMBER_RE =
  /(?<![\w.,])(\d+(?:\.\d+)?[eE][+-]?\d+|\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?|[1-9]\d{0,2}(?:\.\d{3})+(?![.,]?\d)|[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![.,]?\d)|[1-9]\d{0,2}(?:['\u2019]\d{3})+(?![.,]?\d)|\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?)(?:\s?(k|thousand|grand|mn|mio|million|m|bn|billion)\b(?!&\w)(?![À-ɏ]))?/gi;

/** Reads the digits of a NUMBER_RE match and says how, when the format was not plain. */
function readDigits(d: string): { value: number; format?: string } {
  if (/[eE]/.test(d)) return { value: Number(d) };
  // "1,20,000" (Indian grouping: lakh and crore)
  if (/^\d{1,2}(,\d{2})+,\d{3}$/.test(d))
    return { value: Number(d.replace(/,/g, '')) };
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(d))
    return { value: Number(d.replace(/,/g, '')) };
  // a leading zero is a decimal ("0.001"), never a thousands group
  if (/^[1-9]\d{0,2}(\.\d{3})+$/.test(d))
    return {
      value: Number(d.replace(/\./g, '')),
      format: `"${d}" read as ${d.replace(
        /\./g,
        ',',
      )} (dot as thousands separator)`,
    };
  if (/[ \u00a0\u202f'\u2019]/.test(d))
    return { value: Number(d.replace(/\D/g, '')) };
  if (/^\d+,\d{1,2}$/.test(d))
    return {
      value: Number(d.replace(',', '.')),
      format: `"${d}" read as ${d.replace(
        ',',
        '.',
      )} (comma as decimal separator)`,
    };
  return { value: Number(d) };
}

/** The value of digits as the chat reads them ("1,500", "1.500", "20 000", "2,5"). */
export function digitsValue(d: string): number {
  return readDigits(d).value;
}

/** A count as written with an optional "k": "1,500", "1.500" (European) and "1.5k" are 1500. */
export function countOfText(d: string, k?: string): number {
  return digitsValue(d.replace(/[ \u00a0]/g, '')) * (k ? 1000 : 1);
}

const CLAUSE_DELIM =
  /[;!?\n]|\.(?=\s|$)|,\s|\s(?:and|but|while|plus|whereas)\s/gi;

/** Number words the chat reads as figures. */
export const SMALL_NUMBERS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALE_WORDS: Record<string, number> = {
  hundred: 100,
  thousand: 1000,
  million: 1e6,
};

/** Digits said as words, for dictated numbers ("three point one"). */
const DIGIT_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  ...Object.fromEntries(
    Object.entries(SMALL_NUMBERS).filter(([, v]) => v < 10),
  ),
};

/** Myriads of Korean, Japanese and Chinese counts. */
const MYRIADS: Record<string, number> = {
  만: 1e4,
  万: 1e4,
  萬: 1e4,
  억: 1e8,
  億: 1e8,
  천: 1e3,
  千: 1e3,
  // Thai: "2.4 แสน" = 240,000, "5 หมื่น" = 50,000
  แสน: 1e5,
  หมื่น: 1e4,
};

/** A count and the myriad word after it ("3만", "2.4 แสน"), the words from MYRIADS. */
const COUNT_IN_MYRIADS = new RegExp(
  `(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(${Object.keys(MYRIADS).join(
    '|',
  )})`,
  'g',
);

/**
 * Amounts said aloud or loosely: "p ninety five", "a couple hundred", "a quarter million", "an
 * hour and a half", "half an hour", "a dozen", "fiftieth", "three point one", "eight b".
 */
function spokenAmounts(text: string): string {
  return (
    text
      // "p ninety five" said aloud
      .replace(/\bp\s+ninety[- ]five\b/gi, 'p95')
      .replace(/\bp\s+ninety[- ]nine\b/gi, 'p99')
      .replace(/\bp\s+ninety\b/gi, 'p90')
      .replace(/\bp\s+fifty\b/gi, 'p50')
      // "a couple hundred analysts", "a quarter million a year", "an hour and a half"
      .replace(/\ba couple(?: of)? (hundred|thousand|million)\b/gi, '2 $1')
      .replace(/\ba quarter(?: of a)? million\b/gi, '250000')
      .replace(/\bthree quarters of a million\b/gi, '750000')
      .replace(/\ban hour and a half\b/gi, '1.5 hours')
      .replace(/\bhalf an hour\b/gi, '30 minutes')
      .replace(/\ba quarter of an hour\b/gi, '15 minutes')
      .replace(
        /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) and a half hours\b/gi,
        (_, a: string) =>
          `${
            (DIGIT_WORDS[a.toLowerCase()] ??
              SMALL_NUMBERS[a.toLowerCase()] ??
              Number(a)) + 0.5
          } hours`,
      )
      // "half a dozen passages an hour", "a dozen copywriters", "two dozen agents"
      .replace(/\bhalf a dozen\b/gi, '6')
      .replace(
        /\b(a|one|two|three|four|five|six|\d+)\s+dozen\b/gi,
        (_, a: string) =>
          String(
            (/^(a|one)$/i.test(a)
              ? 1
              : DIGIT_WORDS[a.toLowerCase()] ?? Number(a)) * 12,
          ),
      )
      .replace(/\bfiftieth\b/gi, '50th')
      .replace(
        /\b(one|two|three|four|five|six|seven|eight|nine) point (zero|one|two|three|four|five|six|seven|eight|nine)\b/gi,
        (_, a: string, b: string) =>
          `${DIGIT_WORDS[a.toLowerCase()]}.${DIGIT_WORDS[b.toLowerCase()]}`,
      )
      .replace(
        /(?<=\b(?:llama|qwen|mistral|gemma|granite|gpt-oss)\s*[\d.]*\s+)(one|two|three|four|five|six|seven|eight|nine|\d+)\s+b\b/gi,
        (_, a: string) => `${DIGIT_WORDS[a.toLowerCase()] ?? a}b`,
      )
  );
}

/**
 * Spoken amounts ("half a second", "twice an hour", "thrice", "fortnightly", "three quarters of
 * an hour", "every minute and a half", "one percent") and figures said in an order the readers do
 * not take ("14,000 crew headcount", "Total curators across the three genebanks is 1,500",
 * "cleared two hours after it starts"); before the small number words become digits, which the
 * "Total … is" form relies on (its gap holds no digit).
 */
function spokenRatesAndDurations(text: string): string {
  return (
    text
      .replace(/\bhalf (?:a )?second\b/gi, '0.5 seconds')
      // "one message per minute": a rate of one
      .replace(
        /\bone(?=\s+(?:message|question|request|query|prompt|call|generation|completion|draft|lookup|search)\s+(?:per|a|an|each)\s+(?:second|minute|hour)\b)/gi,
        '1',
      )
      .replace(/\btwice (a|an|per|each) (minute|hour)\b/gi, '2 times $1 $2')
      .replace(/\bthrice\b/gi, '3 times')
      // "TTFT, p95 ≤ 600 ms" from a table row: the statistic of the metric named
      .replace(/\b(ttft|itl|tpot|e2e),\s*(p\d{2,3})\b/gi, '$1 $2')
      // "420 counters across Austria, all busy at the same time": every one of them at once
      .replace(
        /\b(\d+(?:[,.]\d{3})*)\s+([a-z-]{3,}s)\b([^.;\d]{0,60}?(?:\d{1,2}(?::\d{2})?\s*h?\s*(?:and|to|-|–)\s*\d{1,2}(?::\d{2})?\s*h?[^.;\d]{0,10}?)?)\ball (?:of them )?(?:busy|staffed|manned|in use|occupied) (at the same time|at once|simultaneously)/gi,
        '$1 $2 $4,$3',
      )
      // "the adjusters are 1,200, not 1,800": a head count corrected, its noun said first
      .replace(
        /\bthe ([a-z-]{3,}s) (?:are|number) (\d+(?:[,.]\d{3})*),? (not|rather than|instead of) (\d+(?:[,.]\d{3})*)/gi,
        'there are $2 $1, $3 $4',
      )
      // "online is not 10 percent, but 1 percent": the share corrected, said as a share at once
      .replace(
        /\b(online|active|on it|at the same time|at once|simultaneously)\s+(?:is|are|was|were)\s+not\s+(\d+(?:[.,]\d+)?)\s*(%|percent|per ?cent),?\s+but\s+(\d+(?:[.,]\d+)?)\s*(%|percent|per ?cent)/gi,
        'not $2 $3, $4 $5 are $1',
      )
      // "in the afternoon from 2:30 to 4:30": afternoon and evening hours are after noon
      .replace(
        /\b(afternoons?|evenings?),?\s+(?:from\s+)?(\d{1,2})(?::(\d{2}))?\s*(?:to|-|–|until|till)\s*(\d{1,2})(?::(\d{2}))?(?![\d:]|\s*(?:[ap]\.?m\b|h\b|hours?\b|hrs?\b|uhr\b))/gi,
        (
          said: string,
          part: string,
          a: string,
          am: string | undefined,
          b: string,
          bm: string | undefined,
        ) =>
          Number(a) >= 1 && Number(a) < 12 && Number(b) >= 1 && Number(b) < 12
            ? `${part} from ${a}:${am ?? '00'} pm to ${b}:${bm ?? '00'} pm`
            : said,
      )
      // "pct_online_at_once,8" read as "8 pct online at once": a percentage
      .replace(/\b(\d+(?:\.\d+)?)\s*pct\b/gi, '$1%')
      // "a message every other minute": every second one
      .replace(/\bevery other (minute|hour|second)s?\b/gi, 'every 2 $1s')
      .replace(
        /\b(?:once a|once every|every) fortnight\b|\bfortnightly\b/gi,
        'every 14 days',
      )
      // "14,000 crew headcount" (a pasted `crew_headcount: 14,000`): that many people
      .replace(
        /(\d[\d,.]*\s*k?)\s+((?:[a-z]+\s+)?)headcount\b/gi,
        '$1 $2people (headcount)',
      )
      // "Total curators across the partner genebanks is 1,500": the count before its people
      .replace(
        /\btotal (?:number of )?([a-z]+s)\b([^.\d\n]{0,60}?)\s+(?:is|are|comes to|:)\s+((?:about |around |roughly |~)?\d[\d,.]*k?)/gi,
        '$3 $1$2',
      )
      // "each run must be cleared two hours after it starts": the run's window
      .replace(
        /\b(cleared|done|finished|completed|complete|processed|ready)\s+(\S+)\s+(hours?|minutes?)\s+after\s+(?:it|each run|the run|the job)\s+(?:starts|begins|kicks off)\b/gi,
        '$1 within $2 $3',
      )
      .replace(/\ba couple of\b/gi, '2')
      .replace(/\ba dozen\b/gi, '12')
      .replace(/\bhalf an hour\b/gi, '30 minutes')
      .replace(/\bhalf a minute\b/gi, '30 seconds')
      .replace(/\bthree quarters of an hour\b/gi, '45 minutes')
      .replace(/\b(?:a|one) quarter of an hour\b/gi, '15 minutes')
      .replace(/\bevery quarter of an hour\b/gi, 'every 15 minutes')
      // "a question every minute and a half", "one percent of them"
      .replace(
        /\b(every|a|one) (minute|hour|second) and a half\b/gi,
        (_, w: string, u: string) =>
          `${/^every$/i.test(w) ? 'every ' : ''}1.5 ${u}s`,
      )
      .replace(/\bone(?=\s*(?:percent|per cent)\b)/gi, '1')
  );
}

const UNIT_WORDS: Record<string, number> = { one: 1, ...SMALL_NUMBERS };
const NUMBER_WORD = `(?:${Object.keys(UNIT_WORDS).join(
  '|',
)}|hundred|thousand|million)`;
/** A run of number words with a scale inside it: "two thousand five hundred", "two thousand seven fifty". */
const SCALED_NUMBER_WORDS = new RegExp(
  `\\b(?:an? )?(?:${NUMBER_WORD}(?:(?:[- ]|,? and )${NUMBER_WORD})*[- ])?(?:hundred|thousand|million)(?:[- ]|,? and )${NUMBER_WORD}(?:(?:[- ]|,? and )${NUMBER_WORD})*\\b`,
  'gi',
);

/** Number words by what they are: "twenty" … "ninety", and "one" … "nineteen" (hundreds said aloud). */
const wordsWhere = (keep: (v: number) => boolean): string =>
  Object.keys(UNIT_WORDS)
    .filter(w => keep(UNIT_WORDS[w]))
    .join('|');
const TENS_WORDS = wordsWhere(v => v >= 20);
const HUNDREDS_DIGIT = wordsWhere(v => v < 20);
const SPOKEN_HUNDREDS = new RegExp(
  `(?<=\\b(?:about|roughly|maybe|approximately|another|approx\\.?|~)\\s+)(${HUNDREDS_DIGIT})-(${TENS_WORDS})\\b(?![- ]\\w)|(?<!\\b(?:at|by|until|till|from|before|after|since|past|to|around)\\s+)\\b(${HUNDREDS_DIGIT})-(${TENS_WORDS})(?=\\s+(?!(?:hours|hrs|minutes|mins|seconds|secs|am|pm)\\b)[a-z]{3,}s\\b)`,
  'gi',
);

/**
 * The value of number words that continue after a scale ("two thousand five hundred" = 2500,
 * "one hundred twenty five thousand" = 125,000); "two thousand seven fifty", as said aloud, has
 * its hundreds without the word. Undefined when the words do not make one number.
 */
function scaledWordsValue(words: string): number | undefined {
  let total = 0;
  let current = 0;
  let last: 'unit' | 'tens' | 'scale' | undefined;
  for (const w of words
    .toLowerCase()
    .split(/[\s,-]+/)
    .filter(x => x && x !== 'and')) {
    if (w === 'a' || w === 'an') {
      if (last) return undefined;
      current = 1;
      last = 'unit';
    } else if (w === 'hundred') {
      if (current % 100 === 0 && last !== undefined && current !== 0)
        return undefined;
      current = (current || 1) * 100;
      last = 'scale';
    } else if (w === 'thousand' || w === 'million') {
      total += (current || 1) * SCALE_WORDS[w];
      current = 0;
      last = 'scale';
    } else {
      const v = UNIT_WORDS[w];
      if (v >= 20 && v % 10 === 0) {
        // "seven fifty" after a thousand: seven hundred and fifty
        if (last === 'unit' && current > 0 && current < 10) current *= 100;
        else if (last === 'unit' || last === 'tens') return undefined;
        current += v;
        last = 'tens';
      } else {
        if (last === 'unit') return undefined;
        if (last === 'tens' && v >= 10) return undefined;
        current += v;
        last = 'unit';
      }
    }
  }
  return total + current;
}

/** Spelled-out amounts, scales and myriads rewritten as digits. */
function amountsAsDigits(text: string): string {
  return (
    spokenAmounts(text)
      .replace(SCALED_NUMBER_WORDS, w => {
        const v = scaledWordsValue(w);
        return v === undefined ? w : String(v);
      })
      // "closes roughly eleven-fifty cards", "night shift about nine-eighty": hundreds said
      // without the word, as counts are said aloud (a clock time is "at nine-forty")
      .replace(
        SPOKEN_HUNDREDS,
        (_, h1?: string, t1?: string, h2?: string, t2?: string) =>
          String(
            UNIT_WORDS[(h1 ?? h2)!.toLowerCase()] * 100 +
              UNIT_WORDS[(t1 ?? t2)!.toLowerCase()],
          ),
      )
      // dictated: "the ninety fifth percentile", "llama three point one eight b"
      .replace(/\bninety[- ]fifth\b/gi, '95th')
      .replace(/\bninety[- ]ninth\b/gi, '99th')
      .replace(/\bninetieth\b/gi, '90th')
      // "twenty-two hundred": the tens and units first
      .replace(
        new RegExp(
          `\\b(${TENS_WORDS})[- ](${wordsWhere(v => v < 10)})\\b`,
          'gi',
        ),
        (_, t: string, u: string) =>
          String(SMALL_NUMBERS[t.toLowerCase()] + DIGIT_WORDS[u.toLowerCase()]),
      )
      // "a hundred and twenty", "three hundred fifty": hundreds with their tens and units, and
      // with the scale after them ("one hundred and four thousand" = 104,000)
      .replace(
        new RegExp(
          `\\b(a|one|two|three|four|five|six|seven|eight|nine) hundred(?: and)? (\\d{1,2}|${Object.keys(
            SMALL_NUMBERS,
          ).join(
            '|',
          )})(?: (thousand|million))?\\b(?! (?:hundred|thousand|million)\\b)`,
          'gi',
        ),
        (_, h: string, rest: string, scale?: string) =>
          String(
            ((DIGIT_WORDS[h.toLowerCase()] ?? 1) * 100 +
              (SMALL_NUMBERS[rest.toLowerCase()] ?? Number(rest))) *
              (scale ? SCALE_WORDS[scale.toLowerCase()] : 1),
          ),
      )
      .replace(
        new RegExp(
          `\\b(\\d+|one|${Object.keys(SMALL_NUMBERS).join(
            '|',
          )}) and a half (hundred|thousand|million)\\b`,
          'gi',
        ),
        (_, a: string, w: string) =>
          String(
            ((UNIT_WORDS[a.toLowerCase()] ?? Number(a)) + 0.5) *
              SCALE_WORDS[w.toLowerCase()],
          ),
      )
      // "2×10^5", "3 x 10^4", "10^6": a power of ten
      .replace(
        /(?:(\d+(?:\.\d+)?)\s*[×x*]\s*)?10\^(\d{1,2})\b/g,
        (_, a: string | undefined, e: string) =>
          String(Number(a ?? 1) * 10 ** Number(e)),
      )
      // "2 thousand 5 hundred" = 2,500: digits with their scales, as glossaries translate them
      .replace(
        /\b(\d{1,3}) thousand (?:and )?(\d) hundred\b/gi,
        (_, a: string, b: string) => String(Number(a) * 1000 + Number(b) * 100),
      )
      // "1万2千" = 12,000: a myriad and the thousands after it
      .replace(/(\d+)\s*[万만]\s*(\d)\s*[千천]/g, (_, a: string, b: string) =>
        String(Number(a) * 10000 + Number(b) * 1000),
      )
      // Korean and Japanese myriads: "3만" = 30,000, "300만" = 3,000,000, "2억" = 200,000,000
      .replace(COUNT_IN_MYRIADS, (_, a: string, w: string) =>
        String(Math.round(Number(a.replace(/,/g, '')) * MYRIADS[w])),
      )
      // Indian numbering: "1 lakh 8 hazaar" = 108,000, "2.5 crore" = 25,000,000
      .replace(
        /\b(\d+(?:\.\d+)?)\s*(lakhs?|lacs?|crores?)(?:\s+(\d+)\s*(?:hazaar|hazar|thousand))?\b/gi,
        (_, a: string, w: string, k?: string) =>
          String(
            Number(a) * (/^c/i.test(w) ? 1e7 : 1e5) + Number(k ?? 0) * 1000,
          ),
      )
      .replace(/\b(\d+)\s*(?:hazaar|hazar)\b/gi, (_, a: string) =>
        String(Number(a) * 1000),
      )
      // "50 thousand", "1.5 million", "1,2 million" (a decimal comma): a digit count with its
      // scale word
      .replace(
        /(?<![\d.,])(\d+(?:\.\d+|,\d{1,2})?)\s+(hundred|thousand|million)\b(?!\s+(?:tokens?\s+)?(?:a|per)\s+(?:day|month))/gi,
        (_, a: string, w: string) =>
          String(
            Math.round(
              Number(a.replace(',', '.')) * SCALE_WORDS[w.toLowerCase()],
            ),
          ),
      )
  );
}

/**
 * "from 9 in the morning to 9 at night", "10 in the evening", "Sunday night at 8", "10 a.m.": an
 * hour with the part of the day said in words or dotted, written as on a clock ("9am", "9pm").
 */
function spokenClockTimes(text: string): string {
  return (
    text
      // "ten a.m." once its number word is a digit (the glossary did the digits said as digits)
      .replace(...DOTTED_MERIDIEM)
      // "Sunday night at 8", "in the morning at 7": the part of the day said before the hour
      .replace(
        /\b(morning|evening|night|tonight)\s+at\s+(\d{1,2})(?::(\d{2}))?\b(?!\s*(?:[ap]\.?m\b|:\d|h\b|o['’]clock))/gi,
        (whole, part: string, h: string, m: string | undefined) => {
          const hour = Number(h);
          if (hour < 1 || hour > 12) return whole;
          const pm = !/morning/i.test(part) && hour !== 12;
          return `${part} at ${h}${m ? `:${m}` : ''}${pm ? 'pm' : 'am'}`;
        },
      )
      .replace(
        /\b(\d{1,2})(?::(\d{2}))?\s+(in the morning|in the afternoon|in the evening|at night|o['’]clock at night)\b/gi,
        (whole, h: string, m: string | undefined, part: string) => {
          const hour = Number(h);
          if (hour < 1 || hour > 12) return whole;
          const pm =
            !/morning/i.test(part) && !(/night/i.test(part) && hour === 12);
          return `${h}${m ? `:${m}` : ''}${pm ? 'pm' : 'am'}`;
        },
      )
  );
}

/** Spelled-out amounts rewritten as digits before scanning. */
export function normaliseNumberWords(text: string): string {
  return spokenClockTimes(
    spokenRatesAndDurations(amountsAsDigits(text))
      .replace(
        /\b(take|takes|taking|within|in|under|wait|up to|about|around|than|only|just|is|be)\s+(a|an|one)\s+(minute|hour|second)\b/gi,
        (_, w: string, _a: string, u: string) => `${w} 1 ${u}`,
      )
      // "there's about sixty of them": the whole group, counted ("two of them" stays a share)
      .replace(
        /\b(there(?:['’]s| is| are|['’]re)|we(?:['’]re| are)|they(?:['’]re| are))\s+((?:about|around|roughly|approximately|some|maybe)\s+)?(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?=\s+of (?:them|us)\b)/gi,
        (_, who: string, hedge: string | undefined, w: string) =>
          `${who} ${hedge ?? ''}${SMALL_NUMBERS[w.toLowerCase()]}`,
      )
      // "the six of us", "all twelve of us": the whole group, counted; "at most about six of us
      // drafting at once": a hedged count of it
      .replace(
        /\b(the|all|just|only|about|around|roughly|approximately|at most|up to|maybe|max(?:imum)?)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)(?=\s+of us\b)/gi,
        (_, who: string, w: string) =>
          `${who} ${SMALL_NUMBERS[w.toLowerCase()]}`,
      )
      // "rises to four times that", "five times as many people as usual": a multiple of a level said
      .replace(
        /\b(two|three|four|five|six|seven|eight|nine|ten)\s+times\s+(?=that\b|this\b|the (?:average|normal|usual|baseline)\b|as many\b|more (?:[a-z]+ ){0,2}?than\b)/gi,
        (_, w: string) => `${SMALL_NUMBERS[w.toLowerCase()]}x `,
      )
      .replace(
        /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b(?!\s+(times|of\b|hundred|thousand))/gi,
        (w: string) => String(SMALL_NUMBERS[w.toLowerCase()]),
      )
      .replace(/\bhalf a million\b/gi, '500000')
      .replace(/\b(?:a|one) quarter of a million\b/gi, '250000')
      .replace(/\bthree quarters of a million\b/gi, '750000')
      .replace(/\b(?:a|one) hundred thousand\b/gi, '100000')
      .replace(/\b(?:a|one) (hundred|thousand|million)\b/gi, (_, w: string) =>
        String(SCALE_WORDS[w.toLowerCase()]),
      )
      .replace(
        new RegExp(
          `\\b(${Object.keys(SMALL_NUMBERS).join(
            '|',
          )}) (hundred|thousand|million)\\b`,
          'gi',
        ),
        (_, a: string, w: string) =>
          String(SMALL_NUMBERS[a.toLowerCase()] * SCALE_WORDS[w.toLowerCase()]),
      )
      // "2,50,000 (2.5 lakh)", "12000 (12,000)": the same figure restated is said once
      .replace(
        /(\d[\d.,]*\d|\d)\s*\(\s*(?:~|≈|=|about|approx\.?|approximately|i\.e\.)?\s*(\d[\d.,]*\d|\d)\s*\)/gi,
        (whole, a: string, b: string) =>
          digitsValue(a) === digitsValue(b) ? a : whole,
      )
      // "a request every ~10s (so 6/min)": a cadence restated as its rate is said once
      .replace(
        /(\bevery\s*~?\s*(\d+(?:\.\d+)?)\s*(s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?)\b[^()\n]{0,30}?)\s*\(\s*(?:so|i\.e\.?|=|≈|~|about|roughly)?\s*~?\s*(\d+(?:\.\d+)?)\s*(?:\/|per|a|an)\s*(s|sec|second|min|minute|h|hr|hour)\s*\)/gi,
        (
          whole,
          cadence: string,
          n: string,
          u: string,
          r: string,
          per: string,
        ) =>
          Math.abs(
            (Number(r) * secondsIn(u)) / secondsIn(per) - 1 / Number(n),
          ) <=
          0.05 / Number(n)
            ? cadence
            : whole,
      ),
  );
}

/**
 * Seconds in a unit of time as requests and runs are said ("s", "mins", "hour", "rpm", "day",
 * "month"); a day when the unit says nothing shorter.
 */
export function secondsIn(unit: string): number {
  const u = unit.toLowerCase();
  if (/^(s|secs?|seconds?|rps|qps|req\/s|r\/s)$/.test(u)) return 1;
  if (/^(mins?|minutes?|rpm|qpm)$/.test(u)) return 60;
  if (/^(h|hrs?|hours?)$/.test(u)) return 3600;
  if (/^(weeks?|wk)$/.test(u)) return 7 * 86400;
  if (/^months?$/.test(u)) return 30 * 86400;
  return 86400;
}

/** Replaces a span with spaces so positions stay stable and numbers inside it are not read. */
export function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

function clauseBounds(
  text: string,
  start: number,
  end: number,
): [number, number] {
  let cs = 0;
  let ce = text.length;
  for (const m of text.matchAll(CLAUSE_DELIM)) {
    const ms = m.index!;
    const me = ms + m[0].length;
    if (me <= start) cs = me;
    else if (ms >= end) {
      ce = ms;
      break;
    }
  }
  return [cs, ce];
}

/** All numbers of a text with their clause context. */
export function scanNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    // "ICD-10 codes", "ISO-27001", "SOC-2": the number of a code's name, not a count
    if (/\b[A-Z]{2,}-$/.test(text.slice(Math.max(0, m.index! - 12), m.index)))
      continue;
    // "2.592M": before a multiplier the dot is a decimal point, not a thousands group
    const { value: base, format } =
      m[2] && /^\d{1,3}\.\d{3}$/.test(m[1])
        ? { value: Number(m[1]), format: undefined }
        : readDigits(m[1]);
    const mult = m[2] ? MULTIPLIERS[m[2].toLowerCase()] : 1;
    const start = m.index!;
    const end = start + m[0].length;
    const [cs, ce] = clauseBounds(text, start, end);
    // a minus sign right before the number (or before its currency), not a range "10-20"
    const negative =
      /(^|[\s(:=])[-\u2212]\s?(\$|usd\s?|€|£)?$/i.test(
        text.slice(Math.max(0, start - 6), start),
      ) &&
      // "- 3,500 employees" opening a line is a list bullet, not a minus sign
      !/^\s*[-*•]\s+(\$|usd\s?|€|£)?$/i.test(
        text.slice(text.lastIndexOf('\n', start - 1) + 1, start),
      );
    out.push({
      value: (negative ? -1 : 1) * base * mult,
      raw: `${negative ? '-' : ''}${m[0]}`,
      multiplied: mult !== 1,
      negative,
      ...(format ? { format } : {}),
      start,
      end,
      before: text.slice(cs, start),
      after: text.slice(end, Math.max(end, ce)),
      clause: text.slice(cs, Math.max(end, ce)),
    });
  }
  return out;
}

/** Formats a count for a reply: 1000 -> "1000", 25000 -> "25,000", 1.5 -> "1.5". */
export function fmt(n: number): string {
  if (Math.abs(n) >= 10000) return Math.round(n).toLocaleString('en-US');
  return String(Math.round(n * 1000) / 1000);
}

/** Formats dollars: 5000 -> "$5,000". */
export function fmtUsd(n: number): string {
  return `$${Math.round(n).toLocaleString('en-US')}`;
}

/** Rounds to 4 significant decimals for derived values. */
export function r4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** Words that hedge a figure: "about 7.500", "approx. 40", "ca. 300". */
export const HEDGE_WORDS =
  'about|around|approx\\.?|approximately|roughly|circa|ca\\.';

/** "items = 90_000", "2_000_000": the digit separator of code, TOML and YAML. */
export const DIGIT_SEPARATOR = /(\d)_(?=\d{3}(?:_?\d{3})*\b)/g;

/** Abbreviations and the usual misspellings of the words the rules key on. */
const ABBREVIATIONS: [RegExp, string][] = [
  // "each one does a letter every, uh, ten minutes": a dictated filler and its commas
  [/,?[ \t]*\b(?:uh+|uhm+|erm+|hmm+|um+(?=[ \t]*,))\b[ \t]*,?/gi, ' '],
  [/\bppl\b/gi, 'people'],
  [/\bmsgs\b/gi, 'messages'],
  [/\bmsg\b/gi, 'message'],
  // "one q per 5 min each", "they ask somthing every 4 min": a question, a typo
  [/\b(one|a|1) qs?\b(?=\s+(?:per|every|each|a|an)\b)/gi, '$1 question'],
  [/\bsomthing\b/gi, 'something'],
  // "lama 3.1 8b": the model family with an l dropped
  [/\blama(?=[\s-]*\d)/gi, 'llama'],
  [DIGIT_SEPARATOR, '$1'],
  [/\bconc\.?\s(?=users|sessions)/gi, 'concurrent '],
  [/(?<=\d\s?%\s?)conc\.?(?![a-z])/gi, 'concurrent'],
  // "a 9k-employee intranet": the head count written as a compound
  [
    /\b(\d[\d.,]*\s?k?)-(employee|user|seat|member|student|developer|engineer|agent|customer|person)\b/gi,
    '$1 $2s',
  ],
  [/\bcheep(est|er)?\b/gi, 'cheap$1'],
  [/\bevry\b/gi, 'every'],
  [/\b(?:smth|sth|smthg)\b/gi, 'something'],
  [/\btime-to-first-token\b/gi, 'time to first token'],
  [/\bfirst-token\b/gi, 'first token'],
  // "during business hrs (8-20)": the hours of a working day, abbreviated
  [/\b(business|office|working|work|opening|busy|peak) hrs\b/gi, '$1 hours'],
  // "ca 700 tokens", "ca. 6.000": the Nordic and German "about" (not the state "CA")
  [/\b[Cc]a\.?(?= ?~?\d)/g, 'about'],
  // "a cust service bot", "a q every 5 min each", "~2.5M subs", "resched": a word cut short in a
  // hurried line
  [/\bcust\.?(?= (?:service|support|care)\b)/gi, 'customer'],
  [/\ba q(?= (?:every|per|each|a) )/gi, 'a question'],
  [/(?<=\d\s?[kKmM]?\s?)subs\b/g, 'subscribers'],
  [/\bresched\b/gi, 'reschedule'],
  [/\bsvc\b/gi, 'service'],
  // "send msg abt every 4 min", "abt 300 tokens": "about" in a chat's shorthand
  [/\babt\b(?= (?:every|\d|~|once|twice|one|a |an ))/gi, 'about'],
  [/\beach one send\b/gi, 'each one sends'],
  [/\bonlin\b/gi, 'online'],
  [/\bapointment(s?)\b/gi, 'appointment$1'],
  [/\bmidnight\b/gi, '00:00'],
  // "every 4h", "every 6hrs": a cadence's hours written short
  [/\bevery (\d+)\s*(?:h|hrs?)\b/gi, 'every $1 hours'],
  // "not more than one-half of one percent (0.5%)": a share of one percent, in a memo's words
  [/\b(?:one[- ])?half of (?:one|1) (?:percent|per cent|%)/gi, '0.5 percent'],
  [
    /\b(?:one[- ])?quarter of (?:one|1) (?:percent|per cent|%)/gi,
    '0.25 percent',
  ],
  [/\bnoon\b/gi, '12:00'],
];

/**
 * Figures said in a shorthand the rules read in its longer form ("every couple of minutes",
 * "RM12,000", "40–60k", "prompt / answer: 700 / 350 tokens"); applied after the abbreviations.
 */
const SHORTHAND_FIGURES: [RegExp, string][] = [
  // "62,000 texts × 3 languages = 186,000 translations": the product is the count
  [
    /(?<![\d.,])\d[\d.,]*\s+[\p{L}-]+\s*[×x*]\s*\d+\s+[\p{L}-]+\s*=\s*(?=\d)/gu,
    '',
  ],
  // "5,000 *members* in total", "**must** be fast": words stressed with Markdown emphasis
  [/(?<![\w*])\*{1,2}([\p{L}][\p{L}'’ -]{0,40}?)\*{1,2}(?![\w*])/gu, '$1'],
  // "answers short, 60-ish words": about that many
  [/\b(\d[\d.,]*)-ish\b/gi, 'about $1'],
  // "200 words in, similar length out": the answer as long as the prompt
  [
    /(~?\d[\d.,]*\s*k?)\s*(tokens?|words?)\s+in,?\s+(?:and\s+)?(?:a\s+)?(?:similar|the same|about the same|roughly the same)(?:\s+(?:length|amount|number))?\s+(?:out|back)\b/gi,
    '$1 $2 in and $1 $2 out',
  ],
  // "from 7.00 to 21.00 h" (Catalan, Danish, Finnish and more write a clock time with a dot): the
  // times of day, not decimals, once both are whole or half hours of a day
  [
    /\bfrom ([01]?\d|2[0-4])\.(00|15|30|45) (to|until|till|-|–) ([01]?\d|2[0-4])\.(00|15|30|45)(?![\d.,]*\d)(?!\s*(?:%|[$€£¥]|usd|eur|gbp|dollars?|euros?|pounds?|tokens?|ms|s|sec|seconds?|x)(?![\p{L}]))/giu,
    'from $1:$2 $3 $4:$5',
  ],
  // "4.000 kr. pr. kørsel": the crowns' abbreviation dot ends no sentence
  [/(\d\s*kr)\.(?=[ \t]+\p{Ll})/gu, '$1'],
  // "A100 80GB (PCIe)": the GPU's form factor said in brackets
  [/\s*\((PCIe|SXM\d?|NVL)\)/gi, ' $1'],
  // "on H100 NVLs": the form factor in the plural, as people count the cards
  [/\b(H100|H200|GH200)([ -])(NVL|SXM\d?)s\b/gi, '$1$2$3'],
  [
    /\b(every|once every) couple(?: of)? (minutes|mins?|hours|hrs?|seconds|secs?)\b/gi,
    '$1 2 $2',
  ],
  // "per hour ~500 tickets on avg": the period said before the count
  [
    /\b(?:per|an?|each) (second|minute|hour|day),?\s+(~?\s?\d[\d.,]*\s*k?)\s+(tickets|requests|messages|queries|calls|chats|conversations|e-?mails|documents|questions)\b/gi,
    '$2 $3 per $1',
  ],
  // "invoices per run: about 7.500" (a key translated after the table was read): the count
  // before the things it counts
  [
    new RegExp(
      `^([ \\t]*(?:[-*•][ \\t]+)?)((?:[a-z-]+ ){0,2}?(?:${ITEM_NOUN_WORDS})) per run:[ \\t]*(?:(?:${HEDGE_WORDS}|~)[ \\t]*)?(\\d[\\d.,]*\\s*k?)[ \\t]*$`,
      'gim',
    ),
    '$1$3 $2 per run',
  ],
  // "just the close team, 40ish people": the team's head count
  [
    /\b(team|group|department|unit|squad),\s*(~?\s?\d[\d.,]*\s*k?)\s*(?:ish|or so)?\s+(people|persons|folks|ppl)\b/gi,
    '$1 of $2 people in total',
  ],
  // "runs 1/day", "runs: 2/week": a cadence, not a count
  [/\bruns?\s*[:=]?\s*(\d+)\s*\/\s*(day|week)\b/gi, '$1 runs per $2'],
  // "30k enrolled, about 3% on at once": a head count whose people go unsaid
  [
    /(?<![\d.,])(\d[\d.,]*\s*k?)\s+(enrolled|registered|licensed|signed[- ]up|subscribed)(?=\s*[,.;:)]|\s+(?:and|but|on|in|at|with)\b|\s*$)/gim,
    '$1 $2 users',
  ],
  // "1,200 is the total number of sellers who may use it": a head count, said the long way
  [
    /(?<![\d.,])(\d[\d.,]*)\s+(?:is|are) the total (?:number|count) of ([a-z]+)/gi,
    '$1 $2 in total',
  ],
  // "RM12,000", "CHF5000": a currency written onto its amount
  [/(?<![\p{L}$])(RM|Rp|Rs|R\$|CHF|EUR|USD|US\$|C\$|A\$)(?=\d)/gu, '$1 '],
  // "R30 000 a month": South African rand written onto an amount (not DeepSeek "R1 671B")
  [
    /(?<![\p{L}$])R(?=\d{1,3}(?:[ \u00a0,]\d{3})+(?![\d\p{L}])|\d{4,}(?![\d\p{L}]))/gu,
    'ZAR ',
  ],
  // "40–60k MAU": the multiplier of a range's top end is its bottom's too
  [
    /\b(\d+(?:[.,]\d+)?)\s*([–-])\s*(\d+(?:[.,]\d+)?)\s?([km])\b/gi,
    '$1$4$2$3$4',
  ],
  // "concurrency: ~2% at peak" in a pasted form: the share online at once
  [
    /\b(?:concurrency|concurrent share|active share|online share|(?:online |active )?at the same time|(?:online |active )?at once|simultaneously active)(?:,[^:\n]{0,30})?\s*:\s*(~?\s?\d+(?:[.,]\d+)?\s?%)/gi,
    '$1 of them online at the same time',
  ],
  // "req_per_active_min: 6" from a pasted spec (read as "req per active: 6 min"): a person's rate
  [
    /\b(?:req|reqs|requests?|msgs?|messages?|queries|prompts|completions)\s+per\s+active(?:\s+user)?\s*:\s*(\d+(?:\.\d+)?)\s*(min|minute|hour|sec|second)\b/gi,
    '$1 requests per active user per $2',
  ],
  // "~2M 1099 forms": a number right after a count names the kind of thing counted
  [
    /(?<![\d:.,–-])(\d[\d.,]*[ \t]*(?:[km]|million|thousand)?)[ \t]+([1-9]\d{3,4})[ \t]+(?!(?:tokens?|toks?|words?|ms|seconds?|minutes?|hours?)\b)(\p{L}{3,})/giu,
    '$1 $3 (type $2)',
  ],
  // "2k in / 500 out": a token pair
  [
    /(~?\d[\d.,]*\s*k?)\s*in\s*\/\s*(~?\d[\d.,]*\s*k?)\s*out\b/gi,
    '$1 tokens in and $2 tokens out',
  ],
  // "peak: x4": four times the average
  [
    /\bpeak(?:[ _](?:factor|multiplier))?\s*[:=]\s*[x×]\s*(\d+(?:\.\d+)?)\b/gi,
    'peak: $1x',
  ],
  // "Questions per active driver: one every 4 min" in a pasted form: each person's cadence
  [
    /\b(questions|requests|messages|queries|prompts|completions)\s+per\s+(active\s+)?([a-z]+?)s?\s*:\s*(one|a|an|\d+(?:\.\d+)?)\s+every\b/gi,
    'each $2$3 asks $4 $1 every',
  ],
  // "inputs are ~350 tokens and outputs about the same"
  [
    /\b(inputs?|prompts?)\s+(are|is)\s+(~?\s?\d[\d.,]*\s*k?)\s*(tokens?)\s+and\s+(outputs?|answers?|responses?|replies)\s+(?:are\s+|is\s+)?(?:about\s+|roughly\s+|around\s+|approximately\s+)?the same\b/gi,
    '$1 $2 $3 $4 and $5 $3 $4',
  ],
  // "avg review is 120 words and the translation comes out about the same length", "each text
  // is about 300 words and the translation has about the same length"
  [
    /\b([a-z]+)\s+(are|is)\s+(?:about\s+|roughly\s+|around\s+|approximately\s+)?(~?\s?\d[\d.,]*\s*k?)\s*(tokens?|words?)\s+and\s+(?:the\s+)?(outputs?|answers?|responses?|replies|translations?|summar(?:y|ies)|rewrites?)\s+(?:are\s+|is\s+|ha(?:s|ve)\s+|comes?\s+out\s+(?:at\s+)?)(?:about\s+|roughly\s+|around\s+|approximately\s+)?the same(?:\s+length)?\b/gi,
    '$1 $2 $3 $4 in, and the $5 is $3 $4 out',
  ],
  // "input: each item about 350 tokens": each item's length under its direction's label
  [
    /\b(inputs?|outputs?|prompts?|completions?)\s*:\s*(?:each|per|for each)\s+[a-z]+\s+((?:about|around|roughly|approx\.?)\s+|~\s*)?(?=\d)/gi,
    '$1: $2',
  ],
  // "record length: about 600 words", "summary_length: 120 token": the thing's own label ("avg
  // length" names no thing, and stays)
  [
    /\b(?!(?:avg|average|mean|typical|median|max|min|the)\b)([a-z]+)[ _]length(?=\s*[:=]\s*(?:about |around |roughly |approx\.? |circa |~\s*)?\d[\d.,]*\s*k?\s*(?:tokens?|toks?|words?)\b)/gi,
    '$1',
  ],
  // "Tokens of input / output ~2,000 / ~300", "input / output tokens: 900 / 150": the unit first
  [
    /\b(?:tokens?\s+(?:of\s+|for\s+)?(?:prompts?|inputs?|in)\s*\/\s*(?:answers?|outputs?|out|responses?|replies|completions?)|(?:prompts?|inputs?|in)\s*\/\s*(?:answers?|outputs?|out|responses?|replies|completions?)\s+tokens?)\s*[:=]?\s*(~?\s?\d[\d.,]*k?)\s*\/\s*(~?\s?\d[\d.,]*k?)(?!\s*(?:tokens?|toks?)\b)/gi,
    'prompts $1 tokens, answers $2 tokens',
  ],
  // "prompt / answer: ~700 / ~350 tokens"
  [
    /\b(?:prompts?|inputs?|in)\s*\/\s*(?:answers?|outputs?|out|responses?|replies|completions?)\s*:?\s*(~?\s?\d[\d.,]*k?)\s*\/\s*(~?\s?\d[\d.,]*k?)\s*(tokens?|toks?)\b/gi,
    'prompts $1 $3, answers $2 $3',
  ],
];

/**
 * Short keywords whose one-edit neighbours are common words ("uses" / "users"), so only two
 * swapped letters ("usres", "huors") are read as them.
 */
const SHORT_KEYWORDS = [
  'users',
  'user',
  'hours',
  'daily',
  'night',
  'nights',
  'month',
  'cheap',
  'peak',
  'week',
  'year',
  'runs',
  'every',
];

function swapOfShortKeyword(lw: string): string | undefined {
  return SHORT_KEYWORDS.find(
    k =>
      k.length === lw.length &&
      k !== lw &&
      [...k].filter((c, i) => c !== lw[i]).length === 2 &&
      withinOneEdit(lw, k),
  );
}
const VOCABULARY = [
  'chatbot',
  'helpdesk',
  'retrieval',
  'assistant',
  'transactions',
  'chatbots',
  'concurrent',
  'concurrently',
  'simultaneous',
  'simultaneously',
  'summarize',
  'summarise',
  'summarization',
  'summarisation',
  'summary',
  'summaries',
  'customer',
  'customers',
  'support',
  'translate',
  'translation',
  'completion',
  'completions',
  'employees',
  'developers',
  'requests',
  'request',
  'prompts',
  'budget',
  'latency',
  'documents',
  'assistant',
  'parallel',
  'classify',
  'classification',
  'overnight',
  'nightly',
  'population',
  'seconds',
  'minutes',
  'tokens',
  'possible',
  'traffic',
  'average',
  // load, cadence and window words
  'conversations',
  'sessions',
  'agents',
  'service',
  'window',
  'weekly',
  'hourly',
  'monthly',
  'minute',
  'response',
  'deadline',
  'translations',
  'summarise',
  // things a batch run processes (the item nouns of analyse.ts, plural; not those one edit
  // from another common word: "contracts" / "contacts", "products" / "produces")
  'transactions',
  'listings',
  'recordings',
  'passages',
  'paragraphs',
  'sentences',
  'snippets',
  'receipts',
  'statements',
  'resumes',
  'abstracts',
  'tickets',
  'reviews',
  'articles',
  'emails',
  'records',
  'images',
  'captions',
  'transcripts',
  'descriptions',
  'messages',
  'reports',
  'invoices',
  'claims',
  'comments',
  'papers',
  'filings',
  'entries',
  // model families: "mistrl 7b", "deepsek-r1"
  'mistral',
  'mixtral',
  'deepseek',
  'granite',
];
const VOCAB = new Set(VOCABULARY);
/** English words one edit from a keyword that are no typing slip ("lightly edited" / "nightly"). */
const NOT_SLIPS = new Set([
  'lightly',
  'tightly',
  'rightly',
  'sightly',
  'knightly',
  'widow',
  'budged',
  'summery',
  'meekly',
  'headline',
  'headlines',
  'previews',
]);

/** Damerau-Levenshtein distance of at most one (insert, delete, substitute, swap). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      a[i] === b[i + 1] &&
      a[i + 1] === b[i] &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  return a.length > b.length
    ? a.slice(i + 1) === b.slice(i)
    : a.slice(i) === b.slice(i + 1);
}

/**
 * Rewrites what the rules cannot read as such: a few words of other languages, abbreviations,
 * and words one typing slip away from a word the rules know ("concurent", "chatbto").
 * Returns the text and what was rewritten.
 */
/**
 * The zero of each script whose digits people type: Arabic-Indic, Persian, Devanagari, Bengali,
 * Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan,
 * Myanmar, Khmer, Mongolian, and the full-width digits of Japanese and Chinese input methods.
 */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66,
  0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810,
  0xff10,
];
const OTHER_SCRIPT_DIGIT = new RegExp(
  `[${DIGIT_ZEROS.map(
    z =>
      `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9)
        .toString(16)
        .padStart(4, '0')}`,
  ).join('')}]`,
  'g',
);

/**
 * "٤٬٢٠٠" → "4,200", "१२" → "12", "７万" → "7万": digits of other scripts, with Arabic
 * separators; before a pasted list or table is read, so "ક્લેમ: ૬૦,૦૦૦" is a figure there too.
 */
export function withAsciiDigits(text: string): string {
  return text
    .replace(OTHER_SCRIPT_DIGIT, d => {
      const code = d.codePointAt(0)!;
      const zero = DIGIT_ZEROS.find(z => code >= z && code <= z + 9)!;
      return String(code - zero);
    })
    .replace(/(?<=\d)\u066c(?=\d)/g, ',')
    .replace(/(?<=\d)\u066b(?=\d)/g, '.');
}

/** Digits of other scripts, inline code and footnote marks, Arabic punctuation: as typed in English. */
function asciiDigits(text: string): string {
  return (
    withAsciiDigits(text)
      // inline code in chat ("`6` agent workers"): the words, without the backticks
      .replace(/`([^`\n]{1,40})`/g, '$1')
      // footnote marks ("36 QPS at peak²", "¹ DE/FR only") are not figures
      .replace(/[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]/g, '')
      .replace(/\u060c/g, ',')
      .replace(/\u061b/g, ';')
      .replace(/\u061f/g, '?')
  );
}

/** `to` with `$1`, `$&` and `$$` filled in as String.prototype.replace fills them. */
function expandReplacement(
  to: string,
  match: string,
  groups: string[],
): string {
  return to.replace(/\$(\$|&|\d\d?)/g, (ref: string, what: string) => {
    if (what === '$') return '$';
    if (what === '&') return match;
    const n = Number(what);
    if (what.length === 2 && n >= 1 && n <= groups.length)
      return groups[n - 1] ?? '';
    const one = Number(what[0]);
    if (one < 1 || one > groups.length) return ref;
    return (groups[one - 1] ?? '') + what.slice(1);
  });
}

/**
 * A glossary rewrite whose English is padded with spaces (" at the same time ") drops the pad
 * where the text already has a space, so English rules that read single spaces ("questions from
 * our protocols") still match across it.
 */
function replaceUnpadded(text: string, re: RegExp, to: string): string {
  if (!/^ | $/.test(to)) return text.replace(re, to);
  return text.replace(re, (match: string, ...rest: unknown[]) => {
    const tail = typeof rest[rest.length - 1] === 'object' ? 2 : 1;
    const whole = rest[rest.length - tail] as string;
    const offset = rest[rest.length - tail - 1] as number;
    const groups = rest.slice(0, rest.length - tail - 1) as string[];
    let sub = expandReplacement(to, match, groups);
    if (offset === 0 || /\s/.test(whole[offset - 1]))
      sub = sub.replace(/^ +/, '');
    const next = whole[offset + match.length];
    if (next === undefined || /\s/.test(next)) sub = sub.replace(/ +$/, '');
    return sub;
  });
}

/**
 * "9:00–17:00 ET", "8am PST": a zone after a clock time says nothing the plan uses, and "ET"
 * would read as the French "and".
 */
function withoutTimeZones(text: string): string {
  return text.replace(
    /(\b\d{1,2}(?::\d{2}|\s*[ap]m\b))\s*(?:ET|EST|EDT|CT|CST|CDT|MT|MST|PT|PST|PDT|CET|CEST|BST|IST|AEST|AEDT|NZST|NZDT|SAST|EAT|WAT)\b/g,
    '$1',
  );
}

export function normaliseWords(text: string): {
  text: string;
  fixed: string[];
} {
  const fixed: string[] = [];
  let out = readBretonHours(
    readEastAfricanClock(
      readGermanClockFractions(withoutTimeZones(asciiDigits(text))),
    ),
  );
  for (const [re, to] of [...GLOSSARY, ...ABBREVIATIONS, ...SHORTHAND_FIGURES])
    out = replaceUnpadded(out, re, to);
  out = readCompoundDurations(out);
  // Traditional Chinese the glossary did not read, again in Simplified characters
  const simplified = simplifiedChinese(out);
  if (simplified !== out)
    out = HAN_GLOSSARY.reduce((t, [re, to]) => t.replace(re, to), simplified);
  // "120 people이고" once "120명" reads "120 people": a Korean particle on an English word
  out = out.replace(/(?<=[a-z])(?=[\uac00-\ud7a3])/gi, ' ');
  // "2 am 〜 6 am" once "午前2時" reads "2 am": the Japanese wave dash between figures is a range
  out = out.replace(/(?<=[\d\p{L}]\s*)[\u301c\uff5e](?=\s*\d)/gu, '-');
  // words of five letters or more, one edit from a keyword of six or more ("windw", "agnets"),
  // and two swapped letters of a short keyword ("usres"); whole words only, not the start of
  // Faroese "summarið" (the summer)
  out = out.replace(/(?<![\p{L}\p{M}\d])[a-z]{4,}(?![\p{L}\p{M}\d])/giu, w => {
    const lw = w.toLowerCase();
    if (VOCAB.has(lw) || NOT_SLIPS.has(lw)) return w;
    const swapped = swapOfShortKeyword(lw);
    if (swapped) {
      fixed.push(`"${w}" read as "${swapped}"`);
      return swapped;
    }
    if (lw.length < 5) return w;
    // an inflection ("second" / "seconds") is not a typing slip
    const hit = VOCABULARY.find(
      v =>
        v.length >= 6 &&
        lw.length >= v.length - 1 &&
        !v.startsWith(lw) &&
        !lw.startsWith(v) &&
        withinOneEdit(lw, v),
    );
    if (!hit) return w;
    fixed.push(`"${w}" read as "${hit}"`);
    return hit;
  });
  return { text: out, fixed };
}
