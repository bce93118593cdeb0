import type { Intent } from '@llm-planner/backstage-plugin-llm-planner-common';
import { normaliseNumberWords, scanNumbers } from './text';

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
  const out: Partial<Intent> = { ...intent };
  const notes: string[] = [];
  const rec = out as Record<string, unknown>;
  for (const k of NUMERIC) {
    const v = rec[k];
    if (typeof v !== 'number' || v === (current as Record<string, unknown>)[k])
      continue;
    if (!grounded(v, said)) {
      delete rec[k];
      notes.push(
        `the model proposed ${k} = ${v}, which you did not say; left to the template`,
      );
    }
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
        delete slo[k];
        notes.push(
          `the model proposed slo.${k} = ${v} ms, which you did not say; left to the template`,
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
      // a monthly budget may come from a yearly one, runs a day from "every 6 hours"
      const ok =
        grounded(v, said) ||
        (k === 'usdPerMonth' && grounded(v * 12, said)) ||
        (k === 'runsPerDay' &&
          (v === 1 || v === 2 || v === 24 || grounded(24 / v, said)));
      if (!ok) {
        delete kept[k];
        notes.push(
          `the model proposed ${group}.${k} = ${v}, which you did not say; dropped`,
        );
      }
    }
    if (Object.keys(kept).length)
      (out as Record<string, unknown>)[group] = kept;
    else delete (out as Record<string, unknown>)[group];
  }
  return { intent: out, notes };
}

/** Budget check alike: a budget the user never said is dropped. */
export function groundedBudget(
  budget: number | undefined,
  userText: string,
): boolean {
  return (
    budget === undefined ||
    grounded(budget, saidNumbers(userText)) ||
    grounded(budget * 12, saidNumbers(userText))
  );
}
