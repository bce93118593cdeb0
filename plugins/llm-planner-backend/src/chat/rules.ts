import type { Intent } from '@internal/backstage-plugin-llm-planner-common';
import { analyse, type Findings } from './analyse';
import { buildChatCatalogIndex, type ChatCatalogIndex } from './catalog';
import {
  composeReply,
  missingOf,
  questionFor,
  templateAssumptions,
  USERS_MEAN_MARKER,
} from './reply';
import { sanitizeIntent } from './sanitize';
import { fmt, r4 } from './text';
import type {
  ChatCatalogs,
  ChatMessage,
  ExtractionResult,
  ExtractOptions,
  IntentExtractor,
} from './types';

/** A user turn: the user messages after an assistant message, and what that message asked. */
type Turn = { text: string; askedUsersMean: boolean };

/**
 * The turns to read. `current` holds what earlier turns gave, so only the newest turn is read;
 * with an empty `current` (a stateless client) every turn is replayed in order.
 */
export function turnsToRead(
  messages: ChatMessage[],
  current: Partial<Intent>,
): Turn[] {
  const turns: Turn[] = [];
  let asked = false;
  let buf: string[] = [];
  for (const m of messages) {
    if (m.role === 'assistant') {
      if (buf.length)
        turns.push({ text: buf.join('\n'), askedUsersMean: asked });
      buf = [];
      asked =
        m.content.includes(USERS_MEAN_MARKER) ||
        /\(population\)[^?]*\(concurrent\)/.test(m.content);
    } else buf.push(m.content);
  }
  if (buf.length) turns.push({ text: buf.join('\n'), askedUsersMean: asked });
  const hasState = Object.values(current).some(v => v !== undefined);
  return hasState ? turns.slice(-1) : turns;
}

type State = {
  intent: Partial<Intent>;
  notes: string[];
  assumptions: string[];
  budgetUsdPerMonth?: number;
};

function applyUsers(
  f: Findings,
  s: Partial<Intent>,
  st: State,
  askedUsersMean: boolean,
): void {
  const a = st.assumptions;
  if (f.rps !== undefined) {
    s.users = f.rps;
    s.usersMean = 'rps';
    const heads = f.population ?? f.ambiguousUsers ?? f.concurrent;
    if (heads !== undefined)
      st.notes.push(
        `sized from the request rate (${fmt(
          f.rps,
        )} req/s); the head count ${fmt(heads)} is kept as context only`,
      );
    return;
  }
  if (f.activeFraction !== undefined && f.population === undefined) {
    // "1000 users, 10 % of them at once": the head count is the population the share is of
    const heads = f.ambiguousUsers ?? f.concurrent;
    if (heads !== undefined) {
      s.users = heads;
      s.usersMean = 'population';
      a.push(
        `${fmt(heads)} users read as the people who may use it, ${fmt(
          f.activeFraction * 100,
        )} % of them at the same time`,
      );
      return;
    }
  }
  const pop =
    f.population ?? (f.concurrent !== undefined ? f.ambiguousUsers : undefined);
  if (pop !== undefined && f.concurrent !== undefined) {
    s.users = pop;
    s.usersMean = 'population';
    if (f.concurrent <= pop) {
      s.activeFraction = r4(f.concurrent / pop);
      a.push(
        `${fmt(pop)} people may use it and ${fmt(
          f.concurrent,
        )} at the same time: active fraction ${s.activeFraction}`,
      );
    } else
      st.notes.push(
        `${fmt(f.concurrent)} at the same time is more than the ${fmt(
          pop,
        )} people; ignored`,
      );
    return;
  }
  if (f.population !== undefined) {
    s.users = f.population;
    s.usersMean = 'population';
    return;
  }
  if (f.concurrent !== undefined) {
    if (
      s.users !== undefined &&
      s.usersMean !== 'rps' &&
      s.usersMean !== 'concurrent' &&
      f.concurrent < s.users
    ) {
      if (!s.usersMean)
        a.push(
          `${fmt(s.users)} users read as the people who may use it, since ${fmt(
            f.concurrent,
          )} of them are at the same time`,
        );
      s.usersMean = 'population';
      s.activeFraction = r4(f.concurrent / s.users);
      a.push(
        `${fmt(f.concurrent)} of ${fmt(
          s.users,
        )} people at the same time: active fraction ${s.activeFraction}`,
      );
    } else {
      s.users = f.concurrent;
      s.usersMean = 'concurrent';
    }
    return;
  }
  if (f.ambiguousUsers !== undefined) {
    const keep = s.users !== undefined ? s.usersMean : undefined;
    s.users = f.ambiguousUsers;
    if (f.usersMeanAnswer && !f.usersMeanDefaulted)
      s.usersMean = f.usersMeanAnswer;
    else if (keep) {
      s.usersMean = keep;
      a.push(`${fmt(f.ambiguousUsers)} users read as ${keep}, as before`);
    } else delete s.usersMean;
    return;
  }
  if (
    f.usersMeanAnswer &&
    s.users !== undefined &&
    (!s.usersMean || askedUsersMean)
  ) {
    s.usersMean = f.usersMeanAnswer;
    if (f.usersMeanDefaulted)
      a.push(
        `${fmt(
          s.users,
        )} users read as the people who may use it (population), the planner's default`,
      );
  }
}

function applyLatencyWords(
  f: Findings,
  s: Partial<Intent>,
  st: State,
  idx: ChatCatalogIndex,
): void {
  if (!f.latency) return;
  const tmpl = idx.templateSlo(s.useCase);
  const words = `"${f.latencyWords}"`;
  const slo = { ...(s.slo ?? {}) };
  if (f.latency === 'tight') {
    if (f.slo.ttftMs !== undefined) return;
    const target = idx.templateSlo('chatbot')?.ttftMs ?? 150;
    if (tmpl && tmpl.ttftMs !== null && tmpl.ttftMs <= target) {
      st.assumptions.push(
        `${words}: the ${s.useCase} template's time to first token (${tmpl.ttftMs} ms at ${tmpl.percentile}) is already tight; kept`,
      );
      return;
    }
    slo.ttftMs = target;
    st.assumptions.push(
      `${words} read as a tighter time to first token: ${target} ms (the chatbot template's target)`,
    );
  } else {
    if (s.useCase === 'batch-analytics') return;
    const batch = idx.templateSlo('batch-analytics') ?? {
      ttftMs: 2000,
      itlMs: 45,
      e2eMs: 90000,
      percentile: 'p95',
    };
    const set: string[] = [];
    for (const k of ['ttftMs', 'itlMs', 'e2eMs'] as const) {
      const bv = batch[k];
      if (f.slo[k] !== undefined || bv === null) continue;
      const tv = tmpl ? tmpl[k] : null;
      if (tv === null || tv === undefined || tv < bv) {
        slo[k] = bv;
        set.push(`${k.replace('Ms', '').toUpperCase()} ${bv} ms`);
      }
    }
    if (set.length)
      st.assumptions.push(
        `${words} read as latency-insensitive: ${set.join(
          ', ',
        )} (the batch-analytics template's targets)`,
      );
  }
  s.slo = slo;
}

function applyFindings(
  f: Findings,
  st: State,
  idx: ChatCatalogIndex,
  askedUsersMean: boolean,
): void {
  const s: Partial<Intent> = { ...st.intent };
  st.notes.push(...f.notes);
  st.assumptions.push(...f.assumptions);
  if (f.useCase) {
    if (s.useCase && s.useCase !== f.useCase)
      st.notes.push(`use case changed from ${s.useCase} to ${f.useCase}`);
    s.useCase = f.useCase;
  }
  applyUsers(f, s, st, askedUsersMean);
  const scalar = [
    'requestsPerActiveUserPerMin',
    'thinkTimeS',
    'activeFraction',
    'peakFactor',
    'burstFactor',
    'activeHoursPerDay',
    'headroom',
    'inputTokens',
    'outputTokens',
    'pricing',
    'engine',
    'model',
    'gpu',
  ] as const;
  for (const k of scalar)
    if (f[k] !== undefined) (s as Record<string, unknown>)[k] = f[k];
  const newSlo = Object.fromEntries(
    Object.entries(f.slo).filter(([, v]) => v !== undefined),
  );
  if (Object.keys(newSlo).length) s.slo = { ...(s.slo ?? {}), ...newSlo };
  applyLatencyWords(f, s, st, idx);
  if (f.budgetUsdPerMonth !== undefined)
    st.budgetUsdPerMonth = f.budgetUsdPerMonth;
  st.intent = s;
}

/**
 * Deterministic rule-based extractor: reads numbers with units, what "users" means, latency,
 * use-case words, token lengths, model and GPU mentions, budget, peak, hours and pricing. It never
 * invents numbers: whatever was not said stays undefined so the engine's templates apply, and
 * the reply lists what was assumed.
 */
export class RuleIntentExtractor implements IntentExtractor {
  readonly idx: ChatCatalogIndex;

  constructor(catalogs: ChatCatalogs | ChatCatalogIndex) {
    this.idx =
      'modelIndex' in catalogs ? catalogs : buildChatCatalogIndex(catalogs);
  }

  /** Same as `extract`, synchronously and without streaming. */
  extractSync(
    messages: ChatMessage[],
    current: Partial<Intent>,
  ): ExtractionResult {
    const base = sanitizeIntent(current, this.idx);
    const st: State = {
      intent: base.intent,
      notes: [...base.notes],
      assumptions: [],
    };
    for (const turn of turnsToRead(messages, current)) {
      const f = analyse(turn.text, this.idx, {
        askedUsersMean: turn.askedUsersMean,
        useCaseSoFar: st.intent.useCase,
      });
      applyFindings(f, st, this.idx, turn.askedUsersMean);
    }
    const clean = sanitizeIntent(st.intent, this.idx);
    const intent = clean.intent;
    const notes = unique([...st.notes, ...clean.notes]);
    const assumptions = unique([
      ...st.assumptions,
      ...templateAssumptions(intent, this.idx),
    ]);
    const missing = missingOf(intent);
    const clarifyingQuestion = questionFor(missing, intent);
    const reply = composeReply({
      intent,
      idx: this.idx,
      assumptions,
      notes,
      question: clarifyingQuestion,
      budgetUsdPerMonth: st.budgetUsdPerMonth,
    });
    return {
      intent,
      missing,
      ...(clarifyingQuestion ? { clarifyingQuestion } : {}),
      reply,
      extractor: 'rules',
      notes,
      assumptions,
      ...(st.budgetUsdPerMonth !== undefined
        ? { budgetUsdPerMonth: st.budgetUsdPerMonth }
        : {}),
    };
  }

  async extract(
    messages: ChatMessage[],
    current: Partial<Intent>,
    opts: ExtractOptions = {},
  ): Promise<ExtractionResult> {
    if (opts.signal?.aborted) throw opts.signal.reason ?? new Error('aborted');
    const result = this.extractSync(messages, current);
    opts.onToken?.(result.reply);
    return result;
  }
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
