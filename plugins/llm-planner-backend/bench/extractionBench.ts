/* eslint-disable no-console */
import type { Intent } from '@llm-planner/backstage-plugin-llm-planner-common';
import { loadSeedKb } from '@llm-planner/llm-planner-cli';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RuleIntentExtractor } from '../src/chat/rules';
import type { ExtractionResult } from '../src/chat/types';
import { replayConversation } from '../src/__testUtils__/conversation';

/**
 * `yarn bench:extraction`: runs the rule-based extractor over the labelled requests of
 * benchmarks/extraction/requests.jsonl, the way the chat does (one turn after the other, each
 * with the intent the previous turn left), and scores every field.
 *
 * Scoring, per request and field:
 *  - a field the label names must come out equal (numbers within 1 %);
 *  - a field the label does not name, or labels null, must stay unset (nothing invented), except SLO targets
 *    when the label expects latency words: those words fill SLO targets from a template;
 *  - `ask` is the field the one clarifying question must be about (it must be among the
 *    fields the extraction lists as missing, and a question must be asked), or null when no
 *    question may be asked: an ambiguous request counts as correct only when it is asked back.
 */

const repoRoot = resolve(__dirname, '../../..');
const dir = resolve(repoRoot, 'benchmarks/extraction');

type Label = {
  id: string;
  text?: string;
  turns?: string[];
  expect: Record<string, unknown>;
};

/** Fields scored: intent paths, `latency` (how latency words were read) and `ask`. */
export const FIELDS = [
  'useCase',
  'users',
  'usersMean',
  'activeFraction',
  'requestsPerActiveUserPerMin',
  'peakFactor',
  'activeHoursPerDay',
  'inputTokens',
  'outputTokens',
  'slo.percentile',
  'slo.ttftMs',
  'slo.itlMs',
  'slo.e2eMs',
  'model',
  'gpu',
  'pricing',
  'budget.usdPerMonth',
  'budget.usdPerRun',
  'budget.preference',
  'batch.itemsPerRun',
  'batch.runsPerDay',
  'batch.windowHours',
  'batch.tokensPerItem',
  'latency',
  'ask',
] as const;

function get(obj: unknown, path: string): unknown {
  let v: unknown = obj;
  for (const k of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[k];
  }
  return v;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.01);
  return a === b;
}

/** What one extraction says for a field (undefined when it says nothing). */
function actualOf(r: ExtractionResult, field: string): unknown {
  if (field === 'latency') return r.latency;
  return get(r.intent as Partial<Intent>, field);
}

type FieldResult = {
  field: string;
  expected: unknown;
  actual: unknown;
  ok: boolean;
};

/** Scores one labelled request against its extraction. */
export function scoreRequest(label: Label, r: ExtractionResult): FieldResult[] {
  const out: FieldResult[] = [];
  const exp = label.expect;
  const latencyWords = exp.latency !== undefined;
  for (const field of FIELDS) {
    if (field === 'ask') {
      const expected = exp.ask ?? null;
      const asked = r.clarifyingQuestion ? r.missing : [];
      const ok =
        expected === null
          ? !r.clarifyingQuestion
          : asked.includes(expected as string);
      out.push({
        field,
        expected,
        actual: r.clarifyingQuestion ? r.missing.join(',') : null,
        ok,
      });
      continue;
    }
    const expected = exp[field];
    const actual = actualOf(r, field);
    // a field labelled null must stay unset, as one the label does not name
    if (expected === undefined || expected === null) {
      if (actual === undefined) continue;
      if (latencyWords && field.startsWith('slo.')) continue;
      out.push({ field, expected: null, actual, ok: false });
      continue;
    }
    out.push({ field, expected, actual, ok: same(actual, expected) });
  }
  return out;
}

/** The labelled requests of a file; none when the file is missing. */
function readLabels(file: string): Label[] {
  const path = resolve(dir, file);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(l => l.trim())
    .map(l => JSON.parse(l));
}

/** Scores one labelled file. */
function scoreFile(extractor: RuleIntentExtractor, file: string) {
  return scoreLabels(extractor, file, readLabels(file));
}

/** Scores labelled requests (`file` names where they come from). */
function scoreLabels(
  extractor: RuleIntentExtractor,
  file: string,
  labels: Label[],
) {
  const perField = new Map<string, { n: number; ok: number }>();
  const failures: {
    id: string;
    field: string;
    expected: unknown;
    actual: unknown;
  }[] = [];
  let requestsAllOk = 0;
  for (const label of labels) {
    const turns = label.turns ?? [label.text!];
    const r = replayConversation(extractor, turns);
    const scored = scoreRequest(label, r);
    let all = true;
    for (const s of scored) {
      const e = perField.get(s.field) ?? { n: 0, ok: 0 };
      e.n++;
      if (s.ok) e.ok++;
      else {
        all = false;
        failures.push({
          id: label.id,
          field: s.field,
          expected: s.expected,
          actual: s.actual,
        });
      }
      perField.set(s.field, e);
    }
    if (all) requestsAllOk++;
  }
  let n = 0;
  let ok = 0;
  const fields: Record<
    string,
    { scored: number; correct: number; accuracy: number }
  > = {};
  for (const f of FIELDS) {
    const e = perField.get(f);
    if (!e) continue;
    n += e.n;
    ok += e.ok;
    fields[f] = {
      scored: e.n,
      correct: e.ok,
      accuracy: Math.round((e.ok / e.n) * 10000) / 10000,
    };
  }
  return {
    file,
    requests: labels.length,
    fieldsScored: n,
    fieldAccuracy: Math.round((ok / n) * 10000) / 10000,
    requestsFullyCorrect: requestsAllOk,
    requestAccuracy:
      Math.round((requestsAllOk / labels.length) * 10000) / 10000,
    target: 0.95,
    fields,
    failures,
  };
}

export function runExtractionBench(): void {
  const kb = loadSeedKb(repoRoot);
  const extractor = new RuleIntentExtractor({
    models: kb.models,
    gpus: kb.gpus,
    sloTemplates: kb.sloTemplates,
  });
  const devLabels = readLabels('requests.jsonl');
  const dev = scoreLabels(extractor, 'requests.jsonl', devLabels);
  // no held-out set between rounds (holdout.jsonl missing or empty): nothing unseen to score
  const holdout = readLabels('holdout.jsonl').length
    ? scoreFile(extractor, 'holdout.jsonl')
    : null;
  const looks = firstLooks(resolve(dir, 'results.json'), holdout);
  const results = {
    extractor: 'rules',
    ...looks,
    formerHoldoutSetsNow: formerSetsNow(
      extractor,
      devLabels,
      looks.earlierFirstLooks,
    ),
    dev,
    holdout,
  };
  writeFileSync(
    resolve(dir, 'results.json'),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  report(dev);
  if (holdout) report(holdout);
  else
    console.log(
      'no held-out set (holdout.jsonl missing or empty): the next unseen figure needs a new set',
    );
}

/**
 * Earlier held-out sets (keyed by their ids) scored now, inside the development set: figures
 * after tuning against them, kept next to their first looks, never a held-out measure.
 */
function formerSetsNow(
  extractor: RuleIntentExtractor,
  devLabels: Label[],
  earlier: FirstLook[] | undefined,
) {
  return (earlier ?? [])
    .filter(l => l.set)
    .map(l => {
      const ids = new Set(l.set!.split(' '));
      const s = scoreLabels(
        extractor,
        'requests.jsonl',
        devLabels.filter(x => ids.has(x.id)),
      );
      return {
        firstLookDate: l.date,
        firstLookFieldAccuracy: l.fieldAccuracy,
        requests: s.requests,
        fieldsScored: s.fieldsScored,
        fieldAccuracy: s.fieldAccuracy,
        requestsFullyCorrect: s.requestsFullyCorrect,
        note: 'scored now, in the development set, after tuning against it: not a held-out figure',
      };
    });
}

type FirstLook = {
  date: string;
  file: string;
  /** the held-out set's request ids, sorted and joined: which set this figure is of */
  set?: string;
  requests: number;
  fieldsScored: number;
  fieldAccuracy: number;
  requestsFullyCorrect: number;
  requestAccuracy: number;
  note: string;
};

/** Which held-out set a score is of: its request ids, sorted. */
function setKey(file: string): string {
  return readFileSync(resolve(dir, file), 'utf8')
    .split('\n')
    .filter(l => l.trim())
    .map(l => (JSON.parse(l) as Label).id)
    .sort()
    .join(' ');
}

/**
 * The held-out set's first-look figure (scored once, before the extractor was changed for it)
 * is kept from the previous results: later runs have been looked at while tuning. A held-out
 * set seen for the first time (other request ids than the kept first look's) is scored now,
 * and that score becomes its first look; earlier sets' first looks stay in `earlierFirstLooks`.
 */
function firstLooks(
  file: string,
  holdout: ReturnType<typeof scoreFile> | null,
): { holdoutFirstLook: FirstLook | null; earlierFirstLooks?: FirstLook[] } {
  const prev = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as {
        holdoutFirstLook?: FirstLook | null;
        earlierFirstLooks?: FirstLook[];
      })
    : {};
  const earlier = prev.earlierFirstLooks ?? [];
  const kept = prev.holdoutFirstLook;
  // no held-out set now: the last one joined the development set, its first look is history
  if (!holdout)
    return {
      holdoutFirstLook: null,
      earlierFirstLooks: kept ? [...earlier, kept] : earlier,
    };
  const set = setKey(holdout.file);
  // A first look without a set key was recorded before sets were keyed: an earlier set.
  if (kept && kept.set === set)
    return { holdoutFirstLook: kept, earlierFirstLooks: earlier };
  const now: FirstLook = {
    date: new Date().toISOString().slice(0, 10),
    file: holdout.file,
    set,
    requests: holdout.requests,
    fieldsScored: holdout.fieldsScored,
    fieldAccuracy: holdout.fieldAccuracy,
    requestsFullyCorrect: holdout.requestsFullyCorrect,
    requestAccuracy: holdout.requestAccuracy,
    note: 'the fresh held-out set scored once, before any extractor change it prompted',
  };
  return {
    holdoutFirstLook: now,
    earlierFirstLooks: kept ? [...earlier, kept] : earlier,
  };
}

function report(r: ReturnType<typeof scoreFile>): void {
  const { fields, failures } = r;
  console.log(
    `extraction benchmark ${r.file}: ${r.requests} requests, ${r.fieldsScored} scored fields`,
  );
  for (const [f, e] of Object.entries(fields))
    console.log(
      `  ${f.padEnd(22)} ${(e.accuracy * 100).toFixed(1).padStart(6)} %  (${
        e.correct
      }/${e.scored})`,
    );
  console.log(
    `field accuracy ${(r.fieldAccuracy * 100).toFixed(
      1,
    )} % (target 95 %); requests fully correct ${r.requestsFullyCorrect}/${
      r.requests
    }`,
  );
  for (const fl of failures)
    console.log(
      `  miss ${fl.id} ${fl.field}: expected ${JSON.stringify(
        fl.expected,
      )}, got ${JSON.stringify(fl.actual)}`,
    );
}
