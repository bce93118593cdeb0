import type { Intent } from '@llm-planner/backstage-plugin-llm-planner-common';
import { normaliseNumberWords, normaliseWords, scanNumbers } from './text';

/** Numbers a user said, with the conversions an extraction may legitimately apply. */
export function saidNumbers(userText: string): number[] {
  const text = normaliseNumberWords(userText);
  const base = new Set<number>();
  for (const n of scanNumbers(text)) {
    base.add(n.value);
    base.add(Number(n.raw.replace(/[^\d.]/g, '')) || n.value);
  }
  const l = text.toLowerCase();
  if (/24\/7|24x7|around the clock/.test(l)) base.add(24);
  if (/office hours|business hours|working hours/.test(l)) base.add(10);
  if (/\b(double|doubles|twice)\b/.test(l)) base.add(2);
  if (/\b(triple|triples|three times)\b/.test(l)) base.add(3);
  const out = new Set<number>(base);
  const factors = [
    1000,
    1 / 1000,
    60,
    1 / 60,
    3600,
    1 / 3600,
    1 / 86400,
    1 / 100,
    1.024,
    1024,
  ];
  const xs = [...base].filter(x => x > 0);
  for (const x of xs) {
    for (const f of factors) out.add(x * f);
    out.add(1000 / x); // tokens/s -> ms per token
  }
  for (const a of xs) for (const b of xs) if (a !== b) out.add(a / b); // e.g. 200 of 5000 at once
  return [...out];
}

function grounded(v: number, said: number[]): boolean {
  return said.some(s => Math.abs(s - v) <= Math.max(1e-9, Math.abs(v) * 0.005));
}

/** Clock times said ("1am", "22:00", "6:30 pm") as hours of the day. */
function clockTimes(userText: string): number[] {
  const out: number[] = [];
  for (const m of userText.matchAll(
    /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b|\b(\d{1,2}):(\d{2})\b/gi,
  )) {
    const h = Number(m[1] ?? m[4]);
    const min = Number(m[2] ?? m[5] ?? 0);
    const pm = m[3]?.toLowerCase() === 'pm' && h < 12 ? 12 : 0;
    const am12 = m[3]?.toLowerCase() === 'am' && h === 12 ? -12 : 0;
    out.push(h + pm + am12 + min / 60);
  }
  return out;
}

/** Runs a day that cadence words give without the number being said. */
const CADENCE_RUNS = [
  1,
  2,
  24,
  0.5,
  1 / 7,
  2 / 7,
  5 / 7,
  1 / 14,
  1 / 30,
  2 / 30,
];

/**
 * Whether a batch or budget figure follows from what was said: a monthly budget from a yearly,
 * quarterly, weekly or daily one or one over N months; runs a day from cadence words, "every N
 * hours / minutes / days / weeks"; a window from a start and an end clock time (across midnight).
 */
function groundedDerived(
  k: string,
  v: number,
  said: number[],
  clocks: number[],
): boolean {
  if (k === 'usdPerMonth')
    return (
      [12, 3, 7 / 30, 1 / 30].some(f => grounded(v * f, said)) ||
      said.some(n => n > 1 && n <= 120 && grounded(v * n, said))
    );
  if (k === 'runsPerDay')
    return (
      CADENCE_RUNS.some(r => Math.abs(r - v) < 1e-3) ||
      grounded(24 / v, said) ||
      grounded(1440 / v, said) ||
      grounded(1 / v, said) ||
      grounded(1 / (7 * v), said)
    );
  if (k === 'windowHours')
    return clocks.some(a =>
      clocks.some(
        b => a !== b && Math.abs(((((b - a) % 24) + 24) % 24) - v) < 1e-3,
      ),
    );
  return false;
}

const NUMERIC: (keyof Intent)[] = [
  'users',
  'activeFraction',
  'requestsPerActiveUserPerMin',
  'thinkTimeS',
  'peakFactor',
  'burstFactor',
  'activeHoursPerDay',
  'inputTokens',
  'outputTokens',
  'headroom',
  'maxAlternatives',
];

/**
 * Drops numbers a model put in the intent that the user never said (directly or by a unit
 * conversion) and that were not in the intent before: the model proposes, code disposes.
 */
export function dropUngroundedNumbers(
  intent: Partial<Intent>,
  current: Partial<Intent>,
  userText: string,
): { intent: Partial<Intent>; notes: string[] } {
  const said = saidNumbers(userText);
  const clocks = clockTimes(userText);
  const out: Partial<Intent> = { ...intent };
  const notes: string[] = [];
  const rec = out as Record<string, unknown>;
  for (const k of NUMERIC) {
    const v = rec[k];
    if (typeof v !== 'number' || v === (current as Record<string, unknown>)[k])
      continue;
    if (!grounded(v, said)) {
      const earlier = (current as Record<string, unknown>)[k];
      restoreEarlier(rec, k, earlier);
      notes.push(proposedNote(`${k} = ${v}`, earlier, 'left to the template'));
    }
  }
  for (const k of ['usersMean', 'usersAt'] as const) {
    const v = out[k];
    if (!v || v === current[k] || groundedChoice(k, v, userText)) continue;
    restoreEarlier(out as Record<string, unknown>, k, current[k]);
    notes.push(
      `the model read users as ${
        k === 'usersAt' ? `the ${v}` : v
      }, which nothing you said states; ${
        current[k] === undefined ? 'asked instead' : `kept ${current[k]}`
      }`,
    );
  }
  if (out.slo) {
    const slo = { ...out.slo } as Record<string, unknown>;
    for (const k of ['ttftMs', 'itlMs', 'e2eMs']) {
      const v = slo[k];
      if (
        typeof v !== 'number' ||
        v === (current.slo as Record<string, unknown> | undefined)?.[k]
      )
        continue;
      if (!grounded(v, said)) {
        const earlier = (current.slo as Record<string, unknown> | undefined)?.[
          k
        ];
        restoreEarlier(slo, k, earlier);
        notes.push(
          proposedNote(`slo.${k} = ${v} ms`, earlier, 'left to the template'),
        );
      }
    }
    out.slo = slo as Intent['slo'];
    if (Object.keys(slo).length === 0) delete out.slo;
  }
  for (const group of ['budget', 'batch'] as const) {
    const obj = out[group] as Record<string, unknown> | undefined;
    if (!obj) continue;
    const before = (current[group] ?? {}) as Record<string, unknown>;
    const kept = { ...obj };
    for (const [k, v] of Object.entries(obj)) {
      if (typeof v !== 'number' || v === before[k]) continue;
      const ok = grounded(v, said) || groundedDerived(k, v, said, clocks);
      if (!ok) {
        restoreEarlier(kept, k, before[k]);
        notes.push(proposedNote(`${group}.${k} = ${v}`, before[k], 'dropped'));
      }
    }
    if (Object.keys(kept).length)
      (out as Record<string, unknown>)[group] = kept;
    else delete (out as Record<string, unknown>)[group];
  }
  return { intent: out, notes };
}

/** An ungrounded value never replaces what the conversation already had: that goes back, or the key goes. */
function restoreEarlier(
  target: Record<string, unknown>,
  key: string,
  earlier: unknown,
): void {
  if (earlier === undefined) delete target[key];
  else target[key] = earlier;
}

/** The note for a value the model proposed and the user never said: what happened to it. */
function proposedNote(
  proposed: string,
  earlier: unknown,
  withoutEarlier: string,
): string {
  return `the model proposed ${proposed}, which you did not say; ${
    earlier === undefined ? withoutEarlier : `kept ${earlier} from earlier`
  }`;
}

/** Words that say what a count of users means, in the glossary's English. */
/**
 * Words that must back a reading of users a model proposes: a rate or a concurrent count, or a
 * count said as the average ("avg", "on average", a peak multiple over it). A population and a
 * peak, the defaults, need none.
 */
const CHOICE_WORDS: Record<'usersMean' | 'usersAt', Record<string, RegExp>> = {
  usersMean: {
    rps: /\b(rps|qps|rpm|qpm|req\/s|per (s|sec|second|minute|min|hour|hr|h|day)|a (second|minute|hour|day)|\/\s*(s|sec|min|h|hr)|throughput)\b/,
    concurrent:
      /\b(concurrent\w*|simultaneous\w*|parallel|at (the )?same (time|moment)|at once|at a time|in flight|side by side|online|active)\b/,
  },
  usersAt: {
    average:
      /\b(on average|average|avg|typical(ly)?|normal(ly)?|usual(ly)?|baseline|peaks?|peaking|\d+(?:[.,]\d+)?\s*(?:x|×|times))(?=\W|$)/,
  },
};

/** Whether the user's words state the reading of users a model proposes. */
function groundedChoice(
  k: 'usersMean' | 'usersAt',
  v: string,
  userText: string,
): boolean {
  const words = CHOICE_WORDS[k][v];
  return !words || words.test(normaliseWords(userText).text.toLowerCase());
}

/** Budget check alike: a budget the user never said is dropped. */
export function groundedBudget(
  budget: number | undefined,
  userText: string,
): boolean {
  if (budget === undefined) return true;
  const said = saidNumbers(userText);
  return (
    grounded(budget, said) || groundedDerived('usdPerMonth', budget, said, [])
  );
}
