import { digitsValue } from './text';

/**
 * Counts said per site and summed ("Jurong about 18 agents in flight, Changi another 12. So 30
 * total", "Northeast 14, Midwest 11, Southeast 13, so 38 hospitals", "Seats at peak: Melbourne
 * 220, Brisbane 140, Manila 300"), with a site corrected later in the same message ("oh wait
 * Changi is 14 not 12", "Manila's down to 260"): the text is rewritten so that the rules read one
 * count, the corrected total, where the breakdown was said.
 */

type Figure = { at: number; end: number; value: number };

/** A plain count: no unit, share, money or time after it, no decimal. */
const COUNT =
  /(?<![\d.,$€£:/-])\d{1,3}(?:,\d{3})+(?![\d.])|(?<![\d.,$€£:/-])\d+(?![\d:%]|[.,]\d|\s*(?:%|k\b|m\b|x\b|ms\b|s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|h\b|hrs?\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b|tokens?\b|words?\b|pages?\b|gb\b|[ap]\.?m\b|b\b))/gi;

/** A count in thousands: "20k", "8.2k". */
const THOUSANDS = /(?<![\d.,$€£:/-])(\d+(?:\.\d+)?)\s?k\b/gi;

/** "So 30 total", "so that's 38 hospitals", "= 660", "660 in total". */
const TOTAL_BEFORE =
  /(?:\bso(?: that['’]?s| that is| it['’]?s| we['’]re at)?|\bthat['’]?s|\bwhich (?:is|makes)|=|\bmakes?|\bfor a total of|\btotal(?:ling)?(?: of)?|\bin all)\s*(?:,\s*)?(?:what,?\s+)?(?:about |around |roughly |~\s*)?$/i;
const TOTAL_AFTER =
  /^\s+(?:total|in total|all up|altogether|overall|combined)\b/i;

/** "Changi is 14 not 12", "Manila's down to 260", "make Brisbane 150". */
const SITE_CORRECTION =
  /\b(?:make |making )?([A-Z][\p{L}-]{2,})(?:['’]s|\s+(?:is|are|has|have|was|should be))?\s+(?:now\s+|actually\s+|really\s+|only\s+|just\s+)?(?:(?:down|up)\s+to\s+)?~?(\d{1,3}(?:,\d{3})+|\d+)(?:,?\s+not\s+(\d{1,3}(?:,\d{3})+|\d+))?/gu;

/**
 * A colon-labelled list of places and counts: "Seats at peak: Melbourne 220, Brisbane 140, Manila
 * outsourcer 300" (a place in a script without capitals counts as a name).
 */
const LABELLED_LIST =
  /[ \t]?:[ \t]*((?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’-]+(?:[ \t]+[\p{L}'’()-]+){0,2}[ \t]+(?:about |~)?\d[\d,]*(?:\.\d+)?k?[ \t]*(?:,|;|،|,? and)[ \t]*){1,6}[\p{Lu}\p{Lo}][\p{L}\p{M}'’-]+(?:[ \t]+[\p{L}'’()-]+){0,2}[ \t]+(?:about |~)?\d[\d,]*(?:\.\d+)?k?)(?=(?:[ \t]+[\p{Ll}&]+){0,4}[ \t]*[.;\n]|$)/gu;

function figures(text: string, from: number, to: number): Figure[] {
  const out: Figure[] = [];
  COUNT.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(COUNT)) {
    const at = from + m.index!;
    out.push({ at, end: at + m[0].length, value: digitsValue(m[0]) });
  }
  THOUSANDS.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(THOUSANDS)) {
    const at = from + m.index!;
    const value = Math.round(parseFloat(m[1]) * 1000);
    out.push({ at, end: at + m[0].length, value });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Where the sentences before a position start (up to two sentences back). */
function breakdownStart(text: string, at: number): number {
  let start = at;
  for (let i = 0; i < 3; i++) {
    const cut = Math.max(
      text.lastIndexOf('. ', start - 2),
      text.lastIndexOf('\n\n', start - 2),
    );
    if (cut < 0) return 0;
    start = cut + 1;
  }
  return start;
}

/** "plant 2", "line 3": a small number right after a name, said as an identifier. */
function namesASite(text: string, p: Figure): boolean {
  return (
    p.value < 10 &&
    /\b(?:plant|line|site|store|branch|office|building|hall|ward|unit|team|shift|region|zone|depot|warehouse|terminal|gate|dock|berth|station|campus|clinic|hospital|school)\s*$/i.test(
      text.slice(Math.max(0, p.at - 20), p.at),
    )
  );
}

type Breakdown = {
  parts: Figure[];
  total?: Figure;
  /** the total is said with what it counts ("38 hospitals", "2,750 a day"), so it stays where it is */
  totalKeepsNoun: boolean;
  /**
   * "Seats at peak: Melbourne 220, …": the label and its list, said again as "660 seats at
   * peak"; without words, the list alone, said as its total
   */
  label?: { at: number; end: number; words: string };
};

/** The summands just before a stated total, when their sum is that total. */
function breakdownWithTotal(text: string): Breakdown | undefined {
  for (const t of figures(text, 0, text.length)) {
    const before = text.slice(Math.max(0, t.at - 30), t.at);
    const after = text.slice(t.end, t.end + 20);
    if (!TOTAL_BEFORE.test(before) && !TOTAL_AFTER.test(after)) continue;
    const earlier = figures(text, breakdownStart(text, t.at), t.at);
    for (let k = 2; k <= Math.min(6, earlier.length); k++) {
      // "plant 2 about 860": a small number naming a site is no part
      const parts = earlier
        .slice(-k)
        .filter((p, i, all) => i === all.length - 1 || !namesASite(text, p));
      const sum = parts.reduce((a, p) => a + p.value, 0);
      if (parts.length < 2 || sum !== t.value) continue;
      return {
        parts,
        total: t,
        // "so 38 hospitals", "2,750 a day": what the total is of is said after it
        totalKeepsNoun: !TOTAL_AFTER.test(after) && /^\s+[a-z]/i.test(after),
      };
    }
  }
  return undefined;
}

function labelledList(text: string): Breakdown | undefined {
  LABELLED_LIST.lastIndex = 0;
  const m = LABELLED_LIST.exec(text);
  if (!m) return undefined;
  const from = m.index + m[0].length - m[1].length;
  const parts = figures(text, from, m.index + m[0].length);
  if (parts.length < 2) return undefined;
  const sentence = text.lastIndexOf('. ', m.index);
  const lineStart = Math.max(
    text.lastIndexOf('\n', m.index) + 1,
    sentence < 0 ? 0 : sentence + 2,
  );
  const end = m.index + m[0].length;
  // "…: Chennai 90, …, Kochi 50 radiologists and residents": the people named after the list
  // are what it counts, so the total goes where the list was
  if (/^[ \t]+\p{Ll}/u.test(text.slice(end)))
    return {
      parts,
      totalKeepsNoun: false,
      label: { at: from, end, words: '' },
    };
  const words = text
    .slice(lineStart, m.index)
    .replace(/^[\s>*•-]+/, '')
    .trimEnd();
  const noun = /^[a-z][a-z-]{2,}s\b/i.test(words);
  return {
    parts,
    totalKeepsNoun: false,
    ...(noun
      ? {
          label: {
            at: lineStart + text.slice(lineStart).indexOf(words),
            end: m.index + m[0].length,
            words,
          },
        }
      : {}),
  };
}

/** A later "Changi is 14 not 12" for one of the parts: the part and its new value. */
function correctionOf(
  text: string,
  b: Breakdown,
): { part: Figure; value: number; said: Figure[] } | undefined {
  const after = (b.total ?? b.parts[b.parts.length - 1]).end;
  SITE_CORRECTION.lastIndex = after;
  for (const m of text.matchAll(SITE_CORRECTION)) {
    if (m.index! < after) continue;
    const site = m[1];
    const part = b.parts.find((p, i) => {
      const from = i ? b.parts[i - 1].end : Math.max(0, p.at - 60);
      return new RegExp(`\\b${site}\\b`, 'u').test(text.slice(from, p.at));
    });
    if (!part) continue;
    const value = digitsValue(m[2]);
    if (m[3] !== undefined && digitsValue(m[3]) !== part.value) continue;
    return {
      part,
      value,
      said: figures(text, m.index!, m.index! + m[0].length),
    };
  }
  return undefined;
}

type Edit = { at: number; end: number; by: string };

/** Blanks or replaces figures (right to left, so earlier positions hold). */
function rewrite(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.at - a.at))
    out = out.slice(0, e.at) + e.by + out.slice(e.end);
  return out;
}

/** The plain counts of a list ("Duved 250 och Tegefjäll 150"). */
function countsIn(list: string): number[] {
  return [...list.matchAll(/\d[\d,]*/g)].map(m => digitsValue(m[0]));
}

/** "Add Duved 250 and Tegefjäll 150 concurrent sessions": more sites, each with its count. */
const ADDED_SITES =
  /\b(add|plus)\s+((?:\p{Lu}[\p{L}-]+[ \t]+\d{1,3}(?:,\d{3})*\d*[ \t]*(?:,|and|&)[ \t]*)+\p{Lu}[\p{L}-]+[ \t]+\d{1,3}(?:,\d{3})*\d*)(?![\d.,]\d)/giu;

function addedSites(text: string): { text: string; read: string[] } {
  const read: string[] = [];
  const out = text.replace(ADDED_SITES, (_, add: string, list: string) => {
    const counts = countsIn(list);
    const total = counts.reduce((a, c) => a + c, 0);
    read.push(`${counts.join(' + ')} added read as ${total} more`);
    return `${add} another ${total}`;
  });
  return { text: out, read };
}

/** "Engineers per shift: 180 on the day shift, 140 in the afternoon, 100 at night". */
const PER_SHIFT_LIST =
  /\b(\p{L}+s)\s+(?:per|by|on|across|in)\s+(?:the\s+)?shifts?\s*:\s*((?:~?\d[\d,]*(?:[ \t]+[^,.;\d\n]{1,30})?,[ \t]*(?:and[ \t]+)?){1,5}~?\d[\d,]*(?:[ \t]+[^,.;\d\n]{1,30})?)(?=[.;\n]|$)/giu;

/** A count per shift, said as the people over all shifts. */
function perShiftLists(text: string): { text: string; read: string[] } {
  const read: string[] = [];
  const out = text.replace(
    PER_SHIFT_LIST,
    (whole, noun: string, list: string) => {
      const counts = countsIn(list);
      if (counts.length < 2) return whole;
      const total = counts.reduce((a, c) => a + c, 0);
      read.push(
        `${counts.join(' + ')} over the shifts read as ${total} in all`,
      );
      return `${total} ${noun}`;
    },
  );
  return { text: out, read };
}

/** Counts said per site, summed and corrected, as one count where they were said. */
export function withBreakdownTotals(input: string): {
  text: string;
  read: string[];
} {
  const shifts = perShiftLists(input);
  const added = addedSites(shifts.text);
  added.read.unshift(...shifts.read);
  const text = added.text;
  const b = breakdownWithTotal(text) ?? labelledList(text);
  if (!b) return added;
  const fix = correctionOf(text, b);
  const sum = b.parts.reduce((a, p) => a + p.value, 0);
  const total = fix ? sum - fix.part.value + fix.value : sum;
  const edits: Edit[] = (fix?.said ?? []).map(f => ({ ...f, by: '' }));
  const parts = b.parts.map(p => p.value).join(' + ');
  const read = [
    ...added.read,
    fix
      ? `${parts} with ${fix.part.value} corrected to ${fix.value} read as ${total} in all`
      : `${parts} read as ${total} in all`,
  ];
  if (b.label) {
    edits.push({
      at: b.label.at,
      end: b.label.end,
      by: b.label.words ? `${total} ${b.label.words}` : String(total),
    });
  } else if (b.total && b.totalKeepsNoun) {
    edits.push({ ...b.total, by: String(total) });
    edits.push(...b.parts.map(p => ({ ...p, by: '' })));
  } else {
    const [first, ...rest] = b.parts;
    edits.push({ ...first, by: String(total) });
    edits.push(...rest.map(p => ({ ...p, by: '' })));
    if (b.total) edits.push({ ...b.total, by: '' });
  }
  return { text: rewrite(text, edits), read };
}
