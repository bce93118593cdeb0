/** Text helpers of the rule-based extractor: number scanning, clauses, formatting. */

/** A number found in a text, with its surroundings. */
export type NumberMention = {
  value: number;
  /** the number as written, with its multiplier ("1.5k", "2 million") */
  raw: string;
  /** whether a k / thousand / million multiplier was written */
  multiplied: boolean;
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
  m: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

const NUMBER_RE =
  /(?<![\w.])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(k|thousand|mn|mio|million|m|bn|billion)\b)?/gi;

const CLAUSE_DELIM =
  /[;!?\n]|\.(?=\s|$)|,\s|\s(?:and|but|while|plus|whereas)\s/gi;

/** Spelled-out amounts rewritten as digits before scanning. */
export function normaliseNumberWords(text: string): string {
  return text
    .replace(/\bhalf a million\b/gi, '500000')
    .replace(/\b(?:a|one) hundred thousand\b/gi, '100000')
    .replace(/\b(?:a|one) (hundred|thousand|million)\b/gi, (_, w: string) =>
      String(
        { hundred: 100, thousand: 1000, million: 1000000 }[w.toLowerCase()],
      ),
    )
    .replace(
      /\b(two|three|four|five|ten|twenty|fifty) (hundred|thousand)\b/gi,
      (_, a: string, w: string) =>
        String(
          {
            two: 2,
            three: 3,
            four: 4,
            five: 5,
            ten: 10,
            twenty: 20,
            fifty: 50,
          }[a.toLowerCase()]! * (w.toLowerCase() === 'hundred' ? 100 : 1000),
        ),
    );
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
    const base = Number(m[1].replace(/,/g, ''));
    const mult = m[2] ? MULTIPLIERS[m[2].toLowerCase()] : 1;
    const start = m.index!;
    const end = start + m[0].length;
    const [cs, ce] = clauseBounds(text, start, end);
    out.push({
      value: base * mult,
      raw: m[0],
      multiplied: mult !== 1,
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
