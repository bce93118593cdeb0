import type { Intent } from '@llm-planner/backstage-plugin-llm-planner-common';
import type { ChatCatalogIndex } from './catalog';
import { fmt, fmtUsd } from './text';

/** Essential fields, in the order the chat asks about them. */
export const ESSENTIAL = ['useCase', 'users', 'usersMean'] as const;

/** What is still missing or ambiguous in an intent. */
export function missingOf(intent: Partial<Intent>): string[] {
  const missing: string[] = [];
  if (!intent.useCase) missing.push('useCase');
  if (intent.users === undefined) missing.push('users');
  else if (!intent.usersMean) missing.push('usersMean');
  return missing;
}

/** Marker the users question carries, so the next turn knows what was asked. */
export const USERS_MEAN_MARKER =
  '(population), people chatting at the same moment (concurrent)';

/** Marker the budget period question carries, after the amount it asks about. */
export const BUDGET_PERIOD_MARKER =
  'a budget per month, per run, or something else';

/** The amount a budget period question asked about, when the message is one. */
export function askedBudgetAmount(message: string): number | undefined {
  const m = message.match(/is \$([\d,]+) a budget per month, per run/);
  return m ? Number(m[1].replace(/,/g, '')) : undefined;
}

/** Marker the budget currency question carries, after the amount in its own currency. */
export const BUDGET_CURRENCY_MARKER = 'what is that in US dollars';

/** A currency question the message asks: the budget field it is about and the question line. */
export type BudgetCurrencyQuestion = {
  field: 'budget.usdPerMonth' | 'budget.usdPerRun';
  question: string;
};

/** The budget currency question a chat message asked, when it is one. */
export function askedBudgetCurrency(
  message: string,
): BudgetCurrencyQuestion | undefined {
  const m = new RegExp(
    `^(budget\\.usdPer(?:Month|Run)):[^\\n]*${BUDGET_CURRENCY_MARKER}[^\\n]*`,
    'm',
  ).exec(message);
  return m
    ? {
        field: m[1] as BudgetCurrencyQuestion['field'],
        question: m[0].trim(),
      }
    : undefined;
}

/** Marker the batch window question carries, so a bare "8 hours" next is read as the window. */
export const BATCH_WINDOW_MARKER = 'how long may one run take';

/**
 * The figure a batch request still lacks to be planned as throughput (items per run, then the
 * window one run must finish in), when the request rate is not known otherwise.
 */
export function batchQuestion(
  intent: Partial<Intent>,
  batchContext: boolean,
): { field: string; question: string } | undefined {
  if (!batchContext || (intent.users !== undefined && intent.usersMean))
    return undefined;
  const b = intent.batch ?? {};
  if (b.itemsPerRun === undefined)
    return {
      field: 'batch.itemsPerRun',
      question:
        'How many items (documents, tickets, records) does one batch run process, and how often does it run?',
    };
  if (b.windowHours === undefined)
    return {
      field: 'batch.windowHours',
      question: `Batch sizing is planned as throughput (items per run ÷ the time a run may take): ${BATCH_WINDOW_MARKER} for ${fmt(
        b.itemsPerRun,
      )} items, e.g. "8 hours"?`,
    };
  return undefined;
}

/** The one clarifying question for the first missing essential, if any. */
export function questionFor(
  missing: string[],
  intent: Partial<Intent>,
): string | undefined {
  if (missing.includes('useCase'))
    return 'What will the service be used for: for example a support chatbot, code completion, summarising documents, questions over your documents (RAG), translation, agents with tool use, or offline batch analytics?';
  if (missing.includes('users'))
    return 'How many people will use it, or, if you know it, how many requests per second do you expect at peak?';
  if (missing.includes('usersMean') && intent.users !== undefined)
    return `Are ${fmt(
      intent.users,
    )} users the people who may use it ${USERS_MEAN_MARKER}, or requests per second?`;
  return undefined;
}

/**
 * The question to ask: the model's own question when it covers exactly what code found missing,
 * otherwise the code's question; none when nothing essential is missing.
 */
export function pickQuestion(
  missing: string[],
  intent: Partial<Intent>,
  proposed?: string,
  proposedMissing: string[] = [],
): string | undefined {
  if (!missing.length) return undefined;
  if (proposed && missing.every(m => proposedMissing.includes(m)))
    return proposed;
  return questionFor(missing, intent);
}

/** One line restating the intent in words. */
export function describeIntent(
  intent: Partial<Intent>,
  idx: ChatCatalogIndex,
): string {
  const parts: string[] = [];
  if (intent.useCase)
    parts.push(
      `use case ${idx.useCaseName(intent.useCase)} (${intent.useCase})`,
    );
  if (intent.users !== undefined) {
    const u = fmt(intent.users);
    if (intent.usersMean === 'population')
      parts.push(`${u} people who may use it`);
    else if (intent.usersMean === 'concurrent')
      parts.push(
        `${u} people chatting at the same moment${
          intent.usersAt === 'average' ? ' on average' : ''
        }`,
      );
    else if (intent.usersMean === 'rps')
      parts.push(
        `${u} requests per second ${
          intent.usersAt === 'average' ? 'on average' : 'at peak'
        }`,
      );
    else parts.push(`${u} users (meaning still open)`);
  }
  if (intent.activeFraction !== undefined)
    parts.push(
      `${fmt(intent.activeFraction * 100)} % of them active at the same time`,
    );
  if (intent.requestsPerActiveUserPerMin !== undefined)
    parts.push(
      `${fmt(
        intent.requestsPerActiveUserPerMin,
      )} requests per active user per minute`,
    );
  if (intent.thinkTimeS !== undefined)
    parts.push(`${fmt(intent.thinkTimeS)} s between messages`);
  if (intent.peakFactor !== undefined)
    parts.push(`peak ${fmt(intent.peakFactor)}x the average`);
  if (intent.burstFactor !== undefined)
    parts.push(`bursts of ${fmt(intent.burstFactor)}x`);
  if (intent.activeHoursPerDay !== undefined)
    parts.push(`busy ${fmt(intent.activeHoursPerDay)} h/day`);
  const slo = intent.slo ?? {};
  const lat: string[] = [];
  if (slo.ttftMs !== undefined)
    lat.push(`first token within ${fmt(slo.ttftMs)} ms`);
  if (slo.itlMs !== undefined)
    lat.push(`${fmt(slo.itlMs)} ms per output token`);
  if (slo.e2eMs !== undefined)
    lat.push(`full answer within ${fmt(slo.e2eMs)} ms`);
  if (lat.length)
    parts.push(
      `${lat.join(', ')}${slo.percentile ? ` at ${slo.percentile}` : ''}`,
    );
  else if (slo.percentile) parts.push(`latency measured at ${slo.percentile}`);
  if (intent.inputTokens !== undefined)
    parts.push(`prompts of ~${fmt(intent.inputTokens)} tokens`);
  if (intent.outputTokens !== undefined)
    parts.push(`answers of ~${fmt(intent.outputTokens)} tokens`);
  if (intent.model) parts.push(`model ${intent.model}`);
  if (intent.gpu) parts.push(`GPU ${intent.gpu}`);
  if (intent.engine) parts.push(`engine ${intent.engine}`);
  if (intent.pricing) parts.push(`${intent.pricing} prices`);
  if (intent.headroom !== undefined)
    parts.push(`${fmt(intent.headroom * 100)} % headroom`);
  const b = intent.budget;
  if (b?.usdPerMonth !== undefined)
    parts.push(`budget ${fmtUsd(b.usdPerMonth)} per month`);
  if (b?.usdPerRun !== undefined)
    parts.push(`budget $${fmt(b.usdPerRun)} per batch run`);
  if (b?.preference === 'lowest-cost') parts.push('lowest cost first');
  if (b?.preference === 'performance') parts.push('performance first');
  const batch = intent.batch;
  if (batch) {
    const bits: string[] = [];
    if (batch.itemsPerRun !== undefined)
      bits.push(`${fmt(batch.itemsPerRun)} items per run`);
    if (batch.runsPerDay !== undefined)
      bits.push(`${fmt(batch.runsPerDay)} run(s) a day`);
    if (batch.windowHours !== undefined)
      bits.push(`within ${fmt(batch.windowHours)} h`);
    if (batch.tokensPerItem !== undefined)
      bits.push(`~${fmt(batch.tokensPerItem)} tokens per item`);
    if (bits.length) parts.push(`batch: ${bits.join(', ')}`);
  }
  return parts.join('; ');
}

/** What the engine will take from templates and defaults because the chat did not say it. */
export function templateAssumptions(
  intent: Partial<Intent>,
  idx: ChatCatalogIndex,
): string[] {
  const out: string[] = [];
  if (!intent.useCase) return out;
  const t = `the "${idx.useCaseName(intent.useCase)}" template`;
  if (intent.inputTokens === undefined && intent.outputTokens === undefined)
    out.push(`prompt and answer lengths from ${t}`);
  else if (intent.inputTokens === undefined)
    out.push(`prompt length from ${t}`);
  else if (intent.outputTokens === undefined)
    out.push(`answer length from ${t}`);
  const slo = intent.slo ?? {};
  if (
    slo.ttftMs === undefined &&
    slo.itlMs === undefined &&
    slo.e2eMs === undefined
  )
    out.push(`latency targets from ${t}`);
  if (
    intent.usersMean === 'population' &&
    intent.activeFraction === undefined &&
    intent.requestsPerActiveUserPerMin === undefined &&
    intent.thinkTimeS === undefined
  )
    out.push(
      `share of people active at once and requests per person from ${t}`,
    );
  if (
    intent.peakFactor === undefined &&
    intent.usersMean !== 'rps' &&
    intent.users !== undefined
  )
    out.push(`peak factor from ${t}`);
  if (intent.activeHoursPerDay === undefined)
    out.push('busy 10 h/day (planner default, used for the average rate only)');
  if (!intent.model && !intent.gpu)
    out.push('model and GPU: the planner compares the catalog');
  if (!intent.pricing) out.push('on-demand prices');
  return out;
}

/** Composes the friendly reply: what was understood, every assumption, notes, one question. */
export function composeReply(args: {
  intent: Partial<Intent>;
  idx: ChatCatalogIndex;
  assumptions: string[];
  notes: string[];
  question?: string;
}): string {
  const said = describeIntent(args.intent, args.idx);
  const lines: string[] = [];
  lines.push(
    said
      ? `Here is what I understood: ${said}.`
      : 'I have not understood any planning details yet.',
  );
  if (args.assumptions.length) {
    lines.push('', 'Assumptions:');
    for (const a of args.assumptions) lines.push(`- ${a}`);
  }
  if (args.notes.length) {
    lines.push('', 'Notes:');
    for (const n of args.notes) lines.push(`- ${n}`);
  }
  lines.push(
    '',
    args.question ??
      'That is enough to plan. Tell me if anything above is wrong, or change it in the plan.',
  );
  return lines.join('\n');
}
