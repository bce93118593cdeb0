import type { Intent } from '@llm-planner/backstage-plugin-llm-planner-common';
import {
  BUDGET_DROPPED_NOTE,
  analyse,
  BATCH_WITHDRAWN,
  declinesBudget,
  readableRequest,
  readLatencyWords,
  type Findings,
  type Question,
} from './analyse';
import { buildChatCatalogIndex, type ChatCatalogIndex } from './catalog';
import {
  BATCH_WINDOW_MARKER,
  askedBudgetAmount,
  askedBudgetCurrency,
  type BudgetCurrencyQuestion,
  batchQuestion,
  composeReply,
  missingOf,
  questionFor,
  templateAssumptions,
  USERS_MEAN_MARKER,
} from './reply';
import { sanitizeIntent } from './sanitize';
import { countOfText, fmt, r4 } from './text';
import type {
  ChatCatalogs,
  ChatMessage,
  ExtractionResult,
  ExtractOptions,
  IntentExtractor,
} from './types';

/** A user turn: the user messages after an assistant message, and what that message asked. */
type Turn = {
  text: string;
  askedUsersMean: boolean;
  askedWindow: boolean;
  askedBudgetUsd?: number;
  /** the chat asked what a budget in another currency is in US dollars */
  askedBudgetCurrency?: BudgetCurrencyQuestion;
  /** the chat asked about the share of users online at once (a value it could not use) */
  askedShare?: boolean;
  /** which user turn of the conversation it comes from (a quoted e-mail is a turn of its own) */
  message: number;
};

const QUOTED_LINE = /^[ \t]*>/;
const QUOTE_HEADER =
  /^[ \t]*>?[ \t]*(?:on\b.{0,80}\bwrote|-{2,}\s*original message\s*-{2,}|from:.{0,80})[ \t]*:?[ \t]*$/i;

/**
 * A reply above a quoted e-mail ("> On Tue, Priya wrote: …"): the quoted text is older, so it is
 * read as a turn before the reply and the reply's figures win. Null without both parts.
 */
function splitQuotedEarlier(text: string): [string, string] | null {
  const lines = text.split('\n');
  const quoted = lines.filter(l => QUOTED_LINE.test(l));
  const reply = lines.filter(
    l => !QUOTED_LINE.test(l) && !QUOTE_HEADER.test(l),
  );
  if (!quoted.length || !reply.some(l => /\p{L}{3}/u.test(l))) return null;
  // "(note from finance, pasted below)": a quote the reply brings in, read with it
  if (/\b(pasted|quoted|copied|forwarded) below\b/i.test(reply.join(' ')))
    return null;
  return [
    quoted
      .map(l => l.replace(/^[ \t]*(?:>[ \t]?)+/, ''))
      .filter(l => !QUOTE_HEADER.test(l))
      .join('\n'),
    reply.join('\n'),
  ];
}

/** The user's turns, each with what the chat asked just before it. */
function userTurns(messages: ChatMessage[]): Turn[] {
  const turns: Turn[] = [];
  let asked = false;
  let askedWindow = false;
  let askedBudgetUsd: number | undefined;
  let askedCurrency: Turn['askedBudgetCurrency'];
  let askedShare = false;
  let buf: string[] = [];
  let message = 0;
  const push = () => {
    const text = buf.join('\n');
    const split = splitQuotedEarlier(text);
    if (split)
      turns.push({
        text: split[0],
        askedUsersMean: false,
        askedWindow: false,
        message,
      });
    turns.push({
      text: split ? split[1] : text,
      askedUsersMean: asked,
      askedWindow,
      askedBudgetUsd,
      askedBudgetCurrency: askedCurrency,
      askedShare,
      message,
    });
    message++;
  };
  for (const m of messages) {
    if (m.role === 'assistant') {
      if (buf.length) push();
      buf = [];
      asked =
        m.content.includes(USERS_MEAN_MARKER) ||
        /\(population\)[^?]*\(concurrent\)/.test(m.content);
      askedWindow = m.content.includes(BATCH_WINDOW_MARKER);
      askedBudgetUsd = askedBudgetAmount(m.content);
      askedCurrency = askedBudgetCurrency(m.content);
      askedShare = /^activeFraction:/m.test(m.content);
    } else buf.push(m.content);
  }
  if (buf.length) push();
  return turns;
}

type State = {
  intent: Partial<Intent>;
  notes: string[];
  assumptions: string[];
  /** values of the newest turn to ask back */
  questions: Question[];
  /** the batch's request rate was derived here (so a new batch figure re-derives it) */
  batchRate?: boolean;
};

/**
 * Load said against what earlier turns or this turn's questions already hold: a head count whose
 * absurd share is asked back stays a population; a corrected peak over an earlier average is a
 * new peak. True when one applied.
 */
function applyUsersInContext(
  f: Findings,
  s: Partial<Intent>,
  a: string[],
): boolean {
  // "400 employees, 130 % of them online at once": the share is asked back, the head count is
  // still the people it is a share of
  if (
    f.concurrent !== undefined &&
    f.population === undefined &&
    f.rps === undefined &&
    f.questions.some(q => q.field === 'activeFraction')
  ) {
    s.users = f.concurrent;
    s.usersMean = 'population';
    return true;
  }
  // "that 300 was just Sydney … so add another 250 concurrent": more of the load said before
  const said = (['concurrent', 'population', 'rps'] as const).find(
    k => f[k] !== undefined,
  );
  if (
    said &&
    f.addedCount !== undefined &&
    f[said] === f.addedCount &&
    s.users !== undefined &&
    s.usersMean === said
  ) {
    a.push(
      `${fmt(f.addedCount)} read as more on top of the ${fmt(
        s.users,
      )} said before: ${fmt(s.users + f.addedCount)}`,
    );
    s.users += f.addedCount;
    return true;
  }
  // "correction on the spikes: flash sales hit 36 rps" after an average rate: a new peak
  if (
    f.rps !== undefined &&
    f.ratePeakOnly &&
    s.usersMean === 'rps' &&
    s.users !== undefined &&
    f.rps > s.users
  ) {
    s.peakFactor = r4(f.rps / s.users);
    a.push(
      `${fmt(f.rps)} req/s read as the peak over the ${fmt(
        s.users,
      )} req/s average: ${fmt(s.peakFactor)}x at peak`,
    );
    return true;
  }
  return false;
}

/** People counted over a month or a week ("active customers a month", "MAU"): everyone who is ever on at once. */
const ACTIVE_OVER_A_PERIOD =
  /\b(?:active|users?|customers?|visitors?)\b[^.;\d]{0,20}\b(?:a|per|each|every) (?:month|week)\b|\b(?:per|each) (?:month|week)\b[^.;\d]{0,10}\d[^.;]{0,20}\bactive\b|\b(?:monthly|weekly) active\b|\b[mw]au\b/i;

/** The first figure the pattern finds (its groups 1 and 2: digits and an optional "k") that is the count. */
function findCount(
  text: string,
  figures: RegExp,
  count: number,
): RegExpMatchArray | undefined {
  for (const m of text.matchAll(figures))
    if (Math.abs(countOfText(m[1], m[2]) - count) <= count * 0.01) return m;
  return undefined;
}

/** "plan for all 4,000 technicians": the count at once said as the whole group. */
function saysAllOf(text: string, count: number): boolean {
  return (
    findCount(
      text,
      /\ball\s+(?:(?:of\s+)?(?:the|our|those|these)\s+)?(\d[\d,.]*)\s*(k\b)?/gi,
      count,
    ) !== undefined
  );
}

/**
 * "We have 2,000 employees in total … 5,000 people chatting at the same time": the head count
 * said as the whole, which no count of people at once can outnumber ("40 agents in total … 650
 * conversations at once" counts other things).
 */
function saysTotal(text: string, total: number, atOnce: number): boolean {
  const peopleAtOnce =
    findCount(
      text,
      /(\d[\d,.  ]*)(\s*k\b)?\s+(?:people|persons|users|employees|staff|colleagues|members|students|workers|staffers)\b/gi,
      atOnce,
    ) !== undefined;
  return (
    peopleAtOnce &&
    (findCount(
      text,
      /\b(?:in total|a total of|altogether|overall)\s+(?:of\s+)?(?:about\s+|around\s+|~\s*)?(\d[\d,.  ]*)(\s*k\b)?/gi,
      total,
    ) !== undefined ||
      findCount(
        text,
        /(\d[\d,.  ]*)(\s*k\b)?\s+(?:[a-z-]+\s+){1,2}?(?:in total|altogether|overall)\b/gi,
        total,
      ) !== undefined)
  );
}

/**
 * "We are 12 members in total … about 50 members chatting at the same time": the same people
 * counted twice, more of them at once than there are (not "40 agents … 650 conversations").
 */
function sameNounCounted(text: string, total: number, atOnce: number): boolean {
  const nounOf = (count: number) =>
    findCount(text, /(\d[\d,.]*)(\s*k\b)?\s+([a-z]{3,})/gi, count)?.[3]
      .toLowerCase()
      .replace(/s$/, '');
  const noun = nounOf(total);
  return noun !== undefined && noun === nounOf(atOnce);
}

/**
 * "Total users: 3,000 … design for 30,000 concurrent users": both figures counted as the users,
 * so the larger one at once is a contradiction, not another kind of count.
 */
function bothCountUsers(text: string, total: number, atOnce: number): boolean {
  return (
    findCount(
      text,
      /\b(?:total|all|number of)\s+(?:of\s+)?users\s*[:=]?\s*(?:about\s+|around\s+|~\s*)?(\d[\d,.]*)(\s*k\b)?/gi,
      total,
    ) !== undefined &&
    findCount(
      text,
      /(\d[\d,.]*)(\s*k\b)?\s+(?:concurrent|simultaneous)\s+users\b/gi,
      atOnce,
    ) !== undefined
  );
}

/**
 * A head count and a count at once in the same turn: the count at once as a share of the
 * people, or the people withdrawn or contradicted by it. True when one applied.
 */
function applyPopulationWithConcurrent(
  f: Findings,
  s: Partial<Intent>,
  st: State,
): boolean {
  const a = st.assumptions;
  const pop =
    f.population ?? (f.concurrent !== undefined ? f.ambiguousUsers : undefined);
  // "size it for ~8 analysts at the same time, not 50": the head count withdrawn, the count at
  // once is what to size for
  if (
    pop !== undefined &&
    f.concurrent !== undefined &&
    f.population === undefined &&
    f.ruledOut.includes(pop)
  ) {
    s.users = f.concurrent;
    s.usersMean = 'concurrent';
    delete s.activeFraction;
    return true;
  }
  if (pop !== undefined && f.concurrent !== undefined) {
    s.users = pop;
    s.usersMean = 'population';
    // "5 % of 4,000 online, so roughly 800 at the same time": the share and the count disagree
    const share = f.activeFraction;
    if (
      share !== undefined &&
      Math.abs(share * pop - f.concurrent) > 0.25 * f.concurrent
    ) {
      delete s.activeFraction;
      f.questions.push({
        field: 'activeFraction',
        question: `activeFraction: ${fmt(share * 100)} % of ${fmt(
          pop,
        )} is ${fmt(share * pop)} at the same time, not ${fmt(
          f.concurrent,
        )}; which is it?`,
      });
      return true;
    }
    if (f.concurrent <= pop) {
      s.activeFraction = r4(f.concurrent / pop);
      a.push(
        `${fmt(pop)} people may use it and ${fmt(
          f.concurrent,
        )} at the same time: active fraction ${s.activeFraction}`,
      );
    } else if (
      /\bof (?:them|those|these|whom)\b/i.test(f.turnText) ||
      ACTIVE_OVER_A_PERIOD.test(f.turnText) ||
      saysAllOf(f.turnText, f.concurrent) ||
      saysTotal(f.turnText, pop, f.concurrent) ||
      sameNounCounted(f.turnText, pop, f.concurrent) ||
      bothCountUsers(f.turnText, pop, f.concurrent)
    ) {
      // "3,000 technicians … around 5,000 of them online at the same time", "2,000 active
      // customers a month … 15,000 conversations at the same time": a part larger than its
      // whole is a slip in one of the two figures, asked back
      delete s.users;
      delete s.usersMean;
      f.questions.push({
        field: 'users',
        question: `users: ${fmt(f.concurrent)} of ${fmt(
          pop,
        )} people at the same time is more than all of them; how many people use it, and how many at once?`,
      });
    } else {
      // "went from 14 to 37 agents … 650 concurrent customer conversations": more at once
      // than the head count, so the head count is not the people using it
      s.users = f.concurrent;
      s.usersMean = 'concurrent';
      st.notes.push(
        `${fmt(f.concurrent)} at the same time is more than the ${fmt(
          pop,
        )} people, so those are not the users; sized on ${fmt(
          f.concurrent,
        )} at the same time`,
      );
    }
    return true;
  }
  return false;
}

function applyUsers(
  f: Findings,
  s: Partial<Intent>,
  st: State,
  askedUsersMean: boolean,
): void {
  const a = st.assumptions;
  if (applyUsersInContext(f, s, a)) return;
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
  if (applyPopulationWithConcurrent(f, s, st)) return;
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
      f.concurrent < s.users &&
      // "size it for ~8 analysts at the same time, not 50": the earlier count withdrawn
      !f.ruledOut.includes(s.users)
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
    // a target said or asked back ("1 s or 5 s?") is not replaced by the template's
    if (
      f.slo.ttftMs !== undefined ||
      f.questions.some(q => q.field === 'slo.ttftMs')
    )
      return;
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
  if (f.questions.some(q => q.field === 'users')) {
    // a head count or rate is being asked back: none of this turn's is used until answered
    delete f.rps;
    delete f.population;
    delete f.concurrent;
    delete f.ambiguousUsers;
  }
  // "I don't know who's right yet": what earlier turns said of it is not settled either
  if (f.undecided === 'users') {
    delete s.users;
    delete s.usersMean;
  } else if (f.undecided) delete (s as Record<string, unknown>)[f.undecided];
  const load = { users: s.users, usersMean: s.usersMean };
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
  for (const k of ['model', 'gpu'] as const) {
    if (f.withdrawn[k] === undefined) continue;
    if (s[k] !== undefined)
      st.notes.push(
        `${k === 'gpu' ? 'GPU' : 'model'} ${s[k]} dropped, as you said`,
      );
    delete s[k];
  }
  for (const k of scalar)
    if (f[k] !== undefined && !f.questions.some(q => q.field === k))
      (s as Record<string, unknown>)[k] = f[k];
  const newSlo = Object.fromEntries(
    Object.entries(f.slo).filter(([, v]) => v !== undefined),
  );
  if (Object.keys(newSlo).length) s.slo = { ...(s.slo ?? {}), ...newSlo };
  applyLatencyWords(f, s, st, idx);
  applyBudget(f, s, st);
  applyBatch(f, s, st);
  applyUsersAt(f, s, st, load);
  st.questions = f.questions;
  st.intent = s;
}

/**
 * "~600 RPM avg, peaks around 2.5x": a rate or concurrent count said as the average is planned
 * at average x peak factor; one said at peak, or with no peak factor, is the peak. A peak factor
 * said in a later turn makes an earlier count the average unless it was said as the peak.
 */
function applyUsersAt(
  f: Findings,
  s: Partial<Intent>,
  st: State,
  before: Partial<Intent>,
): void {
  if (
    (s.usersMean !== 'rps' && s.usersMean !== 'concurrent') ||
    s.batch?.itemsPerRun !== undefined
  ) {
    delete s.usersAt;
    return;
  }
  const newCount = s.users !== before.users || s.usersMean !== before.usersMean;
  const was = newCount ? undefined : s.usersAt;
  if (newCount) {
    if (f.loadSaidAs) s.usersAt = f.loadSaidAs;
    else delete s.usersAt;
  }
  if (s.usersAt === undefined && f.peakFactor !== undefined && !f.ratePeakOnly)
    s.usersAt = 'average';
  if (s.usersAt === 'average' && was !== 'average')
    st.assumptions.push(
      `${fmt(s.users!)} ${
        s.usersMean === 'rps' ? 'req/s' : 'at the same time'
      } read as the average; sized for ${fmt(s.peakFactor ?? 1)}x that at peak`,
    );
}

/**
 * "budget €9,000 a month" → "what is that in US dollars?" → "also p95 under 2 s": a turn that
 * neither answers nor declines leaves the budget unset, so the question stays asked (a plan
 * without the ceiling the team stated would be silently dearer).
 */
function reaskBudgetCurrency(turn: Turn | undefined, st: State): void {
  const asked = turn?.askedBudgetCurrency;
  if (!asked || st.questions.some(q => q.field === asked.field)) return;
  const key = asked.field === 'budget.usdPerRun' ? 'usdPerRun' : 'usdPerMonth';
  if (st.intent.budget?.[key] !== undefined) return;
  if (declinesBudget(turn.text)) {
    st.notes.push('budget: left out, as you said; plans have no cost ceiling');
    return;
  }
  st.questions = [
    { field: asked.field, question: asked.question },
    ...st.questions,
  ];
}

/**
 * "summarise 36,000 transcripts, each ~25k tokens": documents at least as long as the
 * long-document template's typical input (10,240 tokens in the seed's slo_templates.csv row 18)
 * are what that template is for.
 */
function longDocumentsBySize(st: State, idx: ChatCatalogIndex): void {
  const input = st.intent.inputTokens ?? st.intent.batch?.tokensPerItem;
  const long = idx.templates.get('long-document-summarisation')?.tokens.input
    .mean;
  if (
    st.intent.useCase !== 'summarisation' ||
    input === undefined ||
    !long ||
    input < long
  )
    return;
  st.intent.useCase = 'long-document-summarisation';
  st.assumptions.push(
    `documents of ${fmt(
      input,
    )} tokens, as long as the long-document template's (${fmt(
      long,
    )}): planned as long-document summarisation`,
  );
}

/** "the budget is per run, not per month": the ceiling moves to the other period. */
const NOT_THE_PERIOD =
  /\b(?:not|rather than|instead of)\s+(?:per |a |an |each |\/ ?)?(month|run)(?:ly)?\b/i;

function applyBudget(f: Findings, s: Partial<Intent>, st: State): void {
  const b = { ...(s.budget ?? {}) };
  if (f.withdrawn.budget !== undefined) {
    if (b.usdPerMonth !== undefined || b.usdPerRun !== undefined)
      st.notes.push(BUDGET_DROPPED_NOTE);
    delete b.usdPerMonth;
    delete b.usdPerRun;
  }
  const withdrawn = NOT_THE_PERIOD.exec(f.turnText)?.[1].toLowerCase();
  if (withdrawn === 'month' && f.budgetUsdPerRun !== undefined)
    delete b.usdPerMonth;
  if (withdrawn === 'run' && f.budgetUsdPerMonth !== undefined)
    delete b.usdPerRun;
  // "that's 500 pounds, not dollars": a ceiling asked again is not the one said before
  for (const q of f.questions) {
    if (q.field === 'budget.usdPerMonth') delete b.usdPerMonth;
    if (q.field === 'budget.usdPerRun') delete b.usdPerRun;
  }
  if (f.budgetUsdPerMonth !== undefined) b.usdPerMonth = f.budgetUsdPerMonth;
  if (f.budgetUsdPerRun !== undefined) b.usdPerRun = f.budgetUsdPerRun;
  if (f.pricePreference) b.preference = f.pricePreference;
  if (Object.keys(b).length) s.budget = b;
  else delete s.budget;
}

/**
 * Batch figures go to `intent.batch`; once items per run and the window are known the batch is
 * planned as throughput: items / window as the peak request rate, busy window x runs a day.
 */
function applyBatch(f: Findings, s: Partial<Intent>, st: State): void {
  const b = { ...(s.batch ?? {}) };
  for (const [k, v] of Object.entries(f.batch))
    if (v !== undefined) (b as Record<string, number>)[k] = v;
  // "1.5M tokens/day of input, ~500 tokens per record": the items a run holds
  if (
    f.batchContext &&
    b.itemsPerRun === undefined &&
    f.tokensPerDay !== undefined &&
    b.tokensPerItem
  ) {
    const runs = b.runsPerDay ?? 1;
    b.itemsPerRun = Math.round(f.tokensPerDay / runs / b.tokensPerItem);
    st.assumptions.push(
      `${fmt(f.tokensPerDay)} tokens a day ÷ ${fmt(
        b.tokensPerItem,
      )} tokens an item${
        runs === 1 ? '' : ` ÷ ${fmt(runs)} runs a day`
      } = ${fmt(b.itemsPerRun)} items per run`,
    );
  }
  // one run a day is assumed only when the cadence is not being asked back
  if (
    f.batchContext &&
    b.itemsPerRun !== undefined &&
    !b.runsPerDay &&
    !f.questions.some(q => q.field === 'batch.runsPerDay')
  ) {
    if (f.oneOff)
      st.assumptions.push(
        'a one-off job: read the cost per run (a monthly figure would assume it repeats daily)',
      );
    else {
      b.runsPerDay = 1;
      st.assumptions.push('one batch run a day');
    }
  }
  if (!Object.keys(b).length) return;
  const saidLoad =
    f.rps !== undefined ||
    f.population !== undefined ||
    f.concurrent !== undefined ||
    f.ambiguousUsers !== undefined;
  // "5 % of 12,000 staff online, a question every 2 minutes", "8 rps … for the weekly report":
  // a cadence with no items and no window beside a service's load is not a batch job
  if (
    !s.batch &&
    saidLoad &&
    b.itemsPerRun === undefined &&
    b.windowHours === undefined
  )
    return;
  s.batch = b;
  if (b.itemsPerRun === undefined || b.windowHours === undefined || saidLoad)
    return;
  if (s.users !== undefined && !st.batchRate && s.usersMean !== 'rps') return;
  const rps = r4(b.itemsPerRun / (b.windowHours * 3600));
  s.users = rps;
  s.usersMean = 'rps';
  // busy hours need the cadence; while it is asked back they stay unset
  const busy =
    b.runsPerDay === undefined
      ? undefined
      : Math.min(24, Math.max(1, b.windowHours * b.runsPerDay));
  if (busy === undefined) delete s.activeHoursPerDay;
  else s.activeHoursPerDay = r4(busy);
  st.batchRate = true;
  st.assumptions.push(
    `batch sizing is planned as throughput: ${fmt(
      b.itemsPerRun,
    )} items per run in ${fmt(b.windowHours)} h = ${fmt(
      rps,
    )} requests/s as the peak rate${
      busy === undefined ? '' : `, busy ${fmt(busy)} h/day`
    }; planned as a batch job: replicas that finish each run inside the window, costed in GPU-hours per run, nothing running between runs`,
  );
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
      questions: [],
      batchRate: Boolean(current.batch && current.usersMean === 'rps'),
    };
    let batchContext = Boolean(current.batch);
    // `current` holds what earlier turns gave, so only the newest turn is read; with an empty
    // `current` (a stateless client) every turn is replayed in order
    const all = userTurns(messages);
    const hasState = Object.values(current).some(v => v !== undefined);
    const newest = all.filter(t => t.message === all[all.length - 1]?.message);
    const turns = hasState ? newest : all;
    // with state only the newest turn is read: the earlier ones are read once, each with what the
    // one before said last, for what they carry forward ("Sorry, I meant 120" needs the number
    // the turn before said last; "200 users", "actually 2,000", "now finance says 20, let me
    // find out who's right": the third turn disputes the users)
    const earlier: Findings[] = [];
    if (hasState)
      for (const t of all.slice(0, all.length - newest.length))
        earlier.push(
          analyse(t.text, this.idx, {
            askedUsersMean: false,
            lastSaidSoFar: earlier[earlier.length - 1]?.lastSaid,
          }),
        );
    const saidBefore = earlier[earlier.length - 1];
    let lastSaid: Findings['lastSaid'] = saidBefore?.lastSaid;
    const saidSoFar: Record<string, number> = Object.assign(
      {},
      ...earlier.map(e => e.said),
    );
    // "grade essays in batch", then "12,000 essays per exam session": the turn before said batch
    // though it set no batch field yet
    if (saidBefore?.batchContext) batchContext = true;
    // a run's start said in an earlier turn, for an end said now
    let runStart = earlier
      .map(e => e.runStart)
      .filter(Boolean)
      .pop();
    // "~2.4M reviews a week" said before any batch job: one run's items once a turn describes it
    let itemsSaidBefore = earlier.flatMap(e => e.itemsOutsideBatch);
    for (const turn of turns) {
      const f = analyse(turn.text, this.idx, {
        askedUsersMean: turn.askedUsersMean,
        useCaseSoFar: st.intent.useCase,
        askedWindow: turn.askedWindow,
        askedBudgetUsd: turn.askedBudgetUsd,
        askedBudgetCurrency: turn.askedBudgetCurrency?.field,
        budgetSoFar: st.intent.budget?.usdPerMonth !== undefined,
        batchSoFar: batchContext,
        shareSoFar:
          st.intent.activeFraction !== undefined || Boolean(turn.askedShare),
        runsPerDaySoFar: st.intent.batch?.runsPerDay,
        activeHoursSoFar: st.intent.activeHoursPerDay,
        lastSaidSoFar: lastSaid,
        saidSoFar: { ...saidSoFar },
        modelSoFar: st.intent.model,
        gpuSoFar: st.intent.gpu,
        runStartSoFar: runStart,
        itemsSaidBefore:
          st.intent.batch?.itemsPerRun === undefined ? itemsSaidBefore : [],
      });
      itemsSaidBefore = [...itemsSaidBefore, ...f.itemsOutsideBatch];
      lastSaid = f.lastSaid;
      Object.assign(saidSoFar, f.said);
      runStart = f.runStart ?? runStart;
      if (f.batchWithdrawn) withdrawBatch(st, this.idx);
      batchContext = f.batchWithdrawn ? false : batchContext || f.batchContext;
      applyFindings(f, st, this.idx, turn.askedUsersMean);
    }
    reaskBudgetCurrency(turns[turns.length - 1], st);
    longDocumentsBySize(st, this.idx);
    // a batch request's prompt is one item: "AVG_PROMPT_TOKENS=700" is each item's size
    const b = st.intent.batch;
    if (
      b &&
      b.tokensPerItem === undefined &&
      st.intent.inputTokens !== undefined
    )
      st.intent.batch = { ...b, tokensPerItem: st.intent.inputTokens };
    const clean = sanitizeIntent(st.intent, this.idx);
    const intent = clean.intent;
    const notes = unique([...st.notes, ...clean.notes]);
    const assumptions = unique([
      ...st.assumptions,
      ...templateAssumptions(intent, this.idx),
    ]);
    // values to ask back first, then the essentials, a batch's missing figures for the load
    const batch = batchQuestion(intent, batchContext);
    let essential = missingOf(intent);
    if (batch) essential = essential.filter(m => m !== 'users');
    const missing = unique([
      ...st.questions.map(q => q.field),
      ...essential.filter(m => m === 'useCase'),
      ...(batch ? [batch.field] : []),
      ...essential.filter(m => m !== 'useCase'),
    ]);
    const clarifyingQuestion =
      st.questions[0]?.question ??
      (essential.includes('useCase')
        ? questionFor(essential, intent)
        : undefined) ??
      batch?.question ??
      questionFor(essential, intent);
    // a batch job is sized for throughput: without latency words its latency reads as relaxed
    const latency =
      latencyOf(messages) ??
      (intent.batch?.itemsPerRun !== undefined ||
      intent.batch?.windowHours !== undefined
        ? 'relaxed'
        : undefined);
    const reply = composeReply({
      intent,
      idx: this.idx,
      assumptions,
      notes,
      question: clarifyingQuestion,
    });
    const monthly = intent.budget?.usdPerMonth;
    return {
      intent,
      missing,
      ...(clarifyingQuestion ? { clarifyingQuestion } : {}),
      reply,
      extractor: 'rules',
      notes,
      assumptions,
      ...(monthly !== undefined ? { budgetUsdPerMonth: monthly } : {}),
      ...(latency ? { latency } : {}),
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

/** How the latency words of the user's messages read, the newest message that has any first. */
/**
 * "Scratch the nightly part, it should be live": the batch, the load read from it and the
 * relaxed targets its batch words filled in go.
 */
function withdrawBatch(st: State, idx: ChatCatalogIndex): void {
  const relaxed = idx.templateSlo('batch-analytics');
  const slo = { ...(st.intent.slo ?? {}) };
  for (const k of ['ttftMs', 'itlMs', 'e2eMs'] as const)
    if (relaxed && slo[k] === relaxed[k]) delete slo[k];
  st.intent.slo = Object.keys(slo).length ? slo : undefined;
  const { batch, ...rest } = st.intent;
  st.intent = st.batchRate
    ? {
        ...rest,
        users: undefined,
        usersMean: undefined,
        activeHoursPerDay: undefined,
      }
    : rest;
  st.batchRate = false;
  if (batch) st.notes.push('the batch job said earlier is withdrawn');
}

export function latencyOf(
  messages: ChatMessage[],
): 'tight' | 'relaxed' | undefined {
  const users = messages.filter(m => m.role === 'user');
  for (let i = users.length - 1; i >= 0; i--) {
    // the same request the rules read: without instructions, settings or a non-goals section
    const l = readableRequest(users[i].content).text.toLowerCase();
    const r = readLatencyWords(l);
    if (r.latency) return r.latency;
    if (r.conflict) return undefined;
    // "scratch the nightly part": what earlier turns said of the batch no longer applies
    if (BATCH_WITHDRAWN.test(l)) return undefined;
  }
  return undefined;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
