/**
 * The title a new plan gets when the team names none. An interactive plan reads as its load in
 * the team's words ("chatbot for 1,000 users", "chatbot for 40 concurrent users", "chatbot at
 * 5 req/s"); a batch plan reads as its job ("summarisation: 20,000 documents nightly within
 * 8 h"), since a rate of "0.69 req/s" describes no batch job a team would recognise.
 */
import { fmt } from '../format';
import type { Batch, Intent } from './schemas';

/** Hours before this, or from this on, a daily run counts as nightly (UTC). */
const NIGHT_ENDS = 6;
const NIGHT_STARTS = 18;

/** What one item of a batch job is, by use case (items when the use case does not say). */
function itemNoun(useCase: string): string {
  if (/summari[sz]ation/.test(useCase)) return 'documents';
  if (useCase === 'translation') return 'texts';
  return 'items';
}

/** A count as people write it: 20,000; 1.5 stays 1.5. */
function countText(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : fmt(n);
}

/** How often a job runs: nightly, daily, twice a day, 6 times a day, hourly, weekly, every 3 days. */
export function batchCadenceText(
  batch: Pick<Batch, 'runsPerDay' | 'startTime'>,
): string {
  const r = batch.runsPerDay ?? 1;
  if (r === 1) {
    const hour = Number((batch.startTime ?? '00:00').slice(0, 2));
    return hour < NIGHT_ENDS || hour >= NIGHT_STARTS ? 'nightly' : 'daily';
  }
  if (r === 2) return 'twice a day';
  if (r === 24) return 'hourly';
  if (r < 1) {
    const days = 1 / r;
    const whole = Math.round(days);
    if (Math.abs(days - whole) < 0.01 * whole)
      return whole === 7 ? 'weekly' : `every ${whole} days`;
    return `${fmt(r)} runs a day`;
  }
  if (Number.isInteger(r) && r > 24 && Number.isInteger(1440 / r))
    return `every ${1440 / r} min`;
  return Number.isInteger(r) ? `${r} times a day` : `${fmt(r)} runs a day`;
}

/** A window as read in a title: `8 h`, `2.5 h`, `45 min`. */
export function windowText(hours: number): string {
  return hours < 1 ? `${Math.round(hours * 60)} min` : `${fmt(hours)} h`;
}

/**
 * A batch job in one line: items per run, how often, and the window a run must finish in (the
 * time to the next run when the intent gives none, as the planner assumes).
 * @public
 */
export function batchJobTitle(
  useCase: string,
  batch: Pick<
    Batch,
    'itemsPerRun' | 'runsPerDay' | 'windowHours' | 'startTime'
  >,
): string {
  const window = batch.windowHours ?? 24 / (batch.runsPerDay ?? 1);
  const items = batch.itemsPerRun;
  const what =
    items === undefined
      ? 'a batch job'
      : `${countText(items)} ${itemNoun(useCase)}`;
  return `${useCase}: ${what} ${batchCadenceText(batch)} within ${windowText(
    window,
  )}`;
}

/** The longest title a plan may have (`CreatePlanRequestSchema`). */
const MAX_TITLE = 200;

/**
 * The default title of a plan for `intent`: the batch job for a batch intent (one with items
 * per run), else the use case and its users as stated. At most 200 characters.
 * @public
 */
export function planTitle(intent: Intent): string {
  if (intent.batch?.itemsPerRun !== undefined)
    return batchJobTitle(intent.useCase, intent.batch).slice(0, MAX_TITLE);
  return `${intent.useCase} ${loadText(intent)}`.slice(0, MAX_TITLE);
}

/** The load as a team says it: a population reads as plain users, a rate as req/s. */
function loadText(intent: Pick<Intent, 'users' | 'usersMean'>): string {
  const n = countText(intent.users);
  switch (intent.usersMean) {
    case 'rps':
      return `at ${n} req/s`;
    case 'concurrent':
      return `for ${n} concurrent users`;
    default:
      return `for ${n} users`;
  }
}
