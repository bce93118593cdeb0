/**
 * Load said in business figures rather than requests: "roughly 90k claims a month; each claim
 * kicks off our agent pipeline, which makes about 4 LLM calls" is 360,000 requests a month, and
 * "22 working days a month" says how many days that month's volume is spread over.
 */
import { blank, fmt, scanNumbers } from './text';

/** What the text says about business volume, and the text with what was read rewritten. */
export type BusinessVolume = {
  text: string;
  /** days a month the volume falls on ("22 working days a month") */
  workingDaysPerMonth?: number;
  /** what was read, for the reply's assumptions */
  read: string[];
};

const WORKING_DAYS =
  /\b(\d{1,2})\s+(?:working|business|work)\s+days\s+(?:a|per|each|every|in a)\s+month\b/i;

/** "90k claims a month": a count of things (not requests) per period. */
const THINGS_PER_PERIOD =
  /(?<![\d.,])\d[\d.,]*\s*[km]?\s+([a-z]{3,}s)\s+(?:a|per|each|every)\s+(day|week|month)\b/gi;

/** Nouns that are requests already; their counts are read as a rate as they stand. */
const REQUEST_NOUNS =
  /^(?:requests|calls|queries|messages|questions|prompts|completions|conversations|chats|sessions|tokens|users|people|runs|jobs|hours|days|weeks|months)$/i;

/**
 * Reads working days a month, and turns "N things a period … each thing … K LLM calls" into
 * "N×K requests a period" so the rate rules read it as a request volume.
 */
export function readBusinessVolume(input: string): BusinessVolume {
  const read: string[] = [];
  let text = input;
  let workingDaysPerMonth: number | undefined;
  const days = WORKING_DAYS.exec(text);
  if (days && Number(days[1]) >= 1 && Number(days[1]) <= 31) {
    workingDaysPerMonth = Number(days[1]);
    text = blank(text, days.index, days.index + days[0].length);
    read.push(
      `"${days[0]}": a month's volume spread over ${workingDaysPerMonth} days`,
    );
  }
  for (const m of [...text.matchAll(THINGS_PER_PERIOD)]) {
    const [said, things, period] = m;
    if (REQUEST_NOUNS.test(things)) continue;
    const thing = things.replace(/s$/i, '');
    const rest = text.slice(m.index! + said.length);
    const calls = new RegExp(
      `\\beach\\s+(?:of (?:them|those|these)|one|${thing})\\b[^.;]{0,100}?\\b(\\d+(?:\\.\\d+)?)\\s+(?:(?:llm|model|api|inference)\\s+)?(?:calls|requests|prompts|completions|inferences)\\b`,
      'i',
    ).exec(rest);
    if (!calls) continue;
    // the count as every figure is read ("90k", "1.200", "2.5M")
    const count = scanNumbers(said)[0]?.value ?? 0;
    const perThing = Number(calls[1]);
    if (!(count > 0) || !(perThing > 0)) continue;
    const requests = count * perThing;
    const at = m.index!;
    const callsAt = at + said.length + calls.index;
    // the calls' figures are blanked so they are not read again as something else; the
    // words stay (they may say the use case: "our agent pipeline")
    text =
      text.slice(0, callsAt) +
      calls[0].replace(/\d/g, ' ') +
      text.slice(callsAt + calls[0].length);
    text = `${text.slice(0, at)}${requests} requests a ${period}${text.slice(
      at + said.length,
    )}`;
    read.push(
      `"${said.trim()}" x ${fmt(perThing)} LLM calls each read as ${fmt(
        requests,
      )} requests a ${period}`,
    );
    break;
  }
  return { text, workingDaysPerMonth, read };
}
