/**
 * Times of day said the German way, as a fraction of the hour to come: "halb sieben" is 6:30,
 * "viertel sieben" 6:15 (Austria, the east), "dreiviertel sieben" 6:45, "viertel vor sieben"
 * 6:45 and "viertel nach sechs" 6:15. Written as 24-hour clock times, the afternoon ones when
 * the words say so ("am Abend", "nachmittags"), for the hour ranges to read.
 */

const HOUR_WORDS = [
  'eins|ein',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
];

const MORNING =
  'in der früh|in da fruah|morgens|am morgen|früh|frua|am vormittag|vormittags';
const AFTERNOON =
  'am abend|abends|am nachmittag|nachmittags|in der nacht|nachts|auf d(?:ie|a) nacht';

const FRACTION_CLOCK = new RegExp(
  `(?<!\\p{L})(dreiviertel|drei viertel|viertel vor|viertel nach|viertel|halb)\\s+(${HOUR_WORDS.join(
    '|',
  )}|\\d{1,2})(?:\\s+uhr)?(?:\\s+(${MORNING})|\\s+(${AFTERNOON}))?(?!\\p{L})`,
  'giu',
);

/** The count a word says, from a list of counts from one (each an alternation); 0 if none. */
function countSaid(counts: string[], said: string): number {
  const words = said.replace(/\s+/g, ' ');
  return counts.findIndex(w => new RegExp(`^(?:${w})$`, 'iu').test(words)) + 1;
}

function hourOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : countSaid(HOUR_WORDS, word);
}

/** Minutes past the hour before, or past the hour said ("viertel nach"). */
const FRACTIONS: Record<string, { minutes: number; before: boolean }> = {
  halb: { minutes: 30, before: true },
  viertel: { minutes: 15, before: true },
  dreiviertel: { minutes: 45, before: true },
  'drei viertel': { minutes: 45, before: true },
  'viertel vor': { minutes: 45, before: true },
  'viertel nach': { minutes: 15, before: false },
};

export function readGermanClockFractions(text: string): string {
  return text.replace(
    FRACTION_CLOCK,
    (whole, fraction: string, hourWord: string, _morning, afternoon) => {
      const hour = hourOf(hourWord);
      if (hour < 1 || hour > 24) return whole;
      const { minutes, before } = FRACTIONS[fraction.toLowerCase()];
      let h = before ? hour - 1 : hour;
      if (h === 0) h = 12;
      if (afternoon && h < 12) h += 12;
      return `${h}:${String(minutes).padStart(2, '0')}`;
    },
  );
}

/**
 * The East African clock counts from sunrise: Swahili "saa mbili usiku" and Kinyarwanda "saa
 * mbiri z'ijoro" are the second hour of the night, 8 pm; "saa moja asubuhi" is 7 am. The hour
 * word's count plus six, with am or pm from the part of the day named after it.
 */
const EAST_AFRICAN_HOURS: string[] = [
  'moja|moya',
  'mbili|mbiri',
  'tatu',
  'nne|yine',
  'tano|tanu',
  'sita',
  'saba',
  'nane|munani',
  'tisa|cyenda',
  'kumi',
  "kumi na moja|kumi n['’]imwe",
  "kumi na mbili|kumi n['’]ebyiri",
];

const DAY_PARTS: [re: string, part: 'morning' | 'day' | 'night'][] = [
  ["asubuhi|alfajiri|(?:za |z['’])?mu gitondo", 'morning'],
  [
    "mchana|alasiri|jioni|(?:z['’]|za )?(?:amanywa|umugoroba)|ku manywa|nimugoroba",
    'day',
  ],
  ["usiku|(?:z['’]|za |mu )?ijoro|nijoro", 'night'],
];

const EAST_AFRICAN_CLOCK = new RegExp(
  `(?<![\\p{L}\\p{M}])saa\\s+(\\d{1,2}|${[...EAST_AFRICAN_HOURS]
    .reverse()
    .join('|')})\\s+(${DAY_PARTS.map(([re]) => re).join(
    '|',
  )})(?![\\p{L}\\p{M}])`,
  'giu',
);

/** Whether an hour of that part of the day is after noon: the night's 7 to 11 are, its 12 is not. */
const IS_PM: Record<'morning' | 'day' | 'night', (h: number) => boolean> = {
  morning: h => h === 12,
  day: h => h === 12 || h < 7,
  night: h => h >= 7 && h < 12,
};

function dayPartOf(words: string): 'morning' | 'day' | 'night' {
  return DAY_PARTS.find(([re]) =>
    new RegExp(`^(?:${re})$`, 'iu').test(words),
  )![1];
}

export function readEastAfricanClock(text: string): string {
  return text.replace(
    EAST_AFRICAN_CLOCK,
    (whole, hourWords: string, part: string) => {
      // "saa 12 asubuhi" counts the hour in digits, as often as in words
      const count = /^\d+$/.test(hourWords)
        ? Number(hourWords)
        : countSaid(EAST_AFRICAN_HOURS, hourWords);
      if (count < 1) return whole;
      const h = ((count + 5) % 12) + 1;
      return `${h} ${IS_PM[dayPartOf(part.toLowerCase())](h) ? 'pm' : 'am'}`;
    },
  );
}

/**
 * Breton hours: "dek eur noz" is 10 pm, "peder eur vintin" 4 am, "c'hwec'h eurvezh" six hours
 * (a span, not a time of day).
 */
const BRETON_COUNTS = [
  'unan|un',
  'daou|div',
  'tri|teir',
  'pevar|peder',
  'pemp',
  "c['’]hwec['’]h",
  'seizh',
  'eizh',
  'nav',
  'dek',
  'unnek',
  'daouzek',
];

const BRETON_HOUR = new RegExp(
  `(?<!\\p{L})(${BRETON_COUNTS.join(
    '|',
  )})\\s+(eur(?:vezh)?)(?:\\s+(vintin|beure|noz|goude merenn|abardaez))?(?!\\p{L})`,
  'giu',
);

export function readBretonHours(text: string): string {
  return text.replace(
    BRETON_HOUR,
    (whole, count: string, unit: string, part?: string) => {
      const n = countSaid(BRETON_COUNTS, count);
      if (unit.toLowerCase() === 'eurvezh') return `${n} hours`;
      if (!part) return whole;
      const pm =
        /^(goude merenn|abardaez)$/i.test(part) ||
        (/^noz$/i.test(part) && n >= 6 && n < 12);
      return `${n}${pm ? 'pm' : 'am'}`;
    },
  );
}

/**
 * "1 hour 30 minutes", "2h15m", "1 h 30 min": a duration in two units, as one figure of hours
 * ("1.5 hours"), so that a window or a time limit reads the whole span and not its first part.
 */
export function readCompoundDurations(text: string): string {
  return text.replace(
    /(?<![\d.,:])(\d{1,3})[ \t]*(?:h|hrs?|hours?)[ \t]*(?:and[ \t]+)?([0-5]?\d)[ \t]*(?:m|mins?|minutes?)(?![\p{L}\d])/giu,
    (_, hours: string, minutes: string) =>
      `${Number((Number(hours) + Number(minutes) / 60).toFixed(4))} hours`,
  );
}
