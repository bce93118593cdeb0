import { BUDGET_CURRENCY_MARKER, BUDGET_PERIOD_MARKER } from './reply';
import { withBreakdownTotals } from './breakdowns';
import { foreignCurrency, foreignDollarsNamed } from './currency';
import { wordsAsTokens } from './wordLengths';
import { readBusinessVolume } from './businessVolume';
import { ignoredInstructionsNote, withoutInstructions } from './injection';
import { asPlainLines } from './structured';
import { ITEM_NOUN_WORDS, ITEM_NOUNS, ITEM_PHRASE } from './items';
import {
  USE_CASES_BY_CHAT_RANK,
  useCaseTask,
  type UsersMean,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import {
  findGpuMentions,
  findModelMentions,
  type ChatCatalogIndex,
  type NameMention,
} from './catalog';
import {
  blank,
  fmt,
  fmtUsd,
  normaliseNumberWords,
  normaliseWords,
  countOfText,
  digitsValue,
  r4,
  scanNumbers,
  secondsIn,
  type NumberMention,
  SMALL_NUMBERS,
  withAsciiDigits,
} from './text';

/** A value that must be asked back rather than guessed: the field and the question. */
export type Question = { field: string; question: string };

/** What the rules found in one turn of user text. Only what was said; nothing is invented. */
export type Findings = {
  useCase?: string;
  useCaseWords?: string;
  /** people who may use the service */
  population?: number;
  /** sessions at the same time */
  concurrent?: number;
  /** request rate at peak (req/s) */
  rps?: number;
  /** a head count whose meaning was not said ("1000 users") */
  ambiguousUsers?: number;
  /** a bare answer to "population, concurrent or rps?" */
  usersMeanAnswer?: UsersMean;
  usersMeanDefaulted?: boolean;
  requestsPerActiveUserPerMin?: number;
  thinkTimeS?: number;
  activeFraction?: number;
  peakFactor?: number;
  burstFactor?: number;
  activeHoursPerDay?: number;
  /** the clock span the busy hours were read from, start and end hour */
  busySpan?: [number, number];
  /** days a month a monthly volume falls on ("22 working days a month") */
  workingDaysPerMonth?: number;
  headroom?: number;
  inputTokens?: number;
  outputTokens?: number;
  slo: {
    percentile?: 'p50' | 'p90' | 'p95' | 'p99';
    ttftMs?: number;
    itlMs?: number;
    e2eMs?: number;
  };
  latency?: 'tight' | 'relaxed';
  latencyWords?: string;
  pricing?: 'on-demand' | 'spot';
  engine?: string;
  model?: string;
  gpu?: string;
  /**
   * choices the user takes back ("never mind the GPU"), with where in the turn they did: the
   * choice is cleared from the intent, and a name said before that point is not read
   */
  withdrawn: { model?: number; gpu?: number; budget?: number };
  /** the turn's one rate is a peak ("correction on the spikes: 36 rps"), with no average */
  ratePeakOnly?: boolean;
  /** a count said as more of the load an earlier turn gave ("add another 250 concurrent") */
  addedCount?: number;
  /** where the rate or concurrent count read last was said */
  loadSpan?: [number, number];
  /** the rate or concurrent count said as the peak ("at peak") or the average ("on average") */
  loadSaidAs?: 'peak' | 'average';
  budgetUsdPerMonth?: number;
  budgetUsdPerRun?: number;
  pricePreference?: 'lowest-cost' | 'performance';
  /** what the text says of a batch workload */
  batch: {
    itemsPerRun?: number;
    runsPerDay?: number;
    windowHours?: number;
    tokensPerItem?: number;
  };
  /** batch words were used ("nightly", "every hour", "batch job") */
  batchContext: boolean;
  /** "1.5M tokens/day of input": a day's token volume, items per run once an item's length is known */
  tokensPerDay?: number;
  /** a field two figures were given for with no telling which is right: earlier turns' value goes too */
  undecided?: string;
  /** a field given two figures in this turn, already asked back */
  conflicted?: string;
  /** "scratch the nightly part, it should be live": the batch earlier turns described is withdrawn */
  batchWithdrawn?: boolean;
  /** "one-off backfill", "not recurring": a single run, no cadence to assume */
  oneOff?: boolean;
  /** where the batch items were named ("8k support tickets"): what is processed, not the use case */
  itemSpans: [number, number][];
  /** values to ask back: contradictions, absurd values, amounts without a period */
  questions: Question[];
  /** numbers said for a field in this turn (contradictions are asked back) */
  said: Record<string, number>;
  /** where in the turn each said number ended (a correction word after it makes a later one win) */
  saidEnd: Record<string, number>;
  /** the turn's text as read (positions match the numbers') */
  turnText: string;
  /** figures the turn rules out ("8 at the same time, not 50") */
  ruledOut: number[];
  /** the last number used, its field and the factor its unit applied ("make that 2,500" reuses both) */
  lastSaid?: { key: NumKey; factor: number; raw?: number };
  /** numbers earlier turns said, by field: "sorry, that 45 is just the Clyde" names the one corrected */
  saidSoFar: Record<string, number>;
  /** the model earlier turns set: "swap Scout for Maverick" names another of its family */
  modelSoFar?: string;
  /** the GPU earlier turns set: "ours are the PCIe version" names another form of it */
  gpuSoFar?: string;
  /** counts followed by a plural noun in a batch request, used when no known item noun was counted */
  itemCandidates: {
    n: NumberMention;
    noun: [number, number];
    perRun?: boolean;
    /** said as everything there is ("in total we have 1.2 million pages"), not one run */
    total?: boolean;
    /** a volume over this period ("1.5M emails/month"), its share per run read at the end */
    per?: 'hour' | 'week' | 'month';
  }[];
  /** counts of items said before the turn described a batch job ("2.4M reviews a week") */
  itemsOutsideBatch: ItemsSaid[];
  /** such counts earlier turns said: one run's items once this turn says the batch job */
  itemsSaidBefore: ItemsSaid[];
  /** the last question asked about the batch window; a bare "8 hours" answers it */
  askedWindow: boolean;
  /** a monthly budget was said before: a bare "4k a month" next corrects it */
  budgetSoFar: boolean;
  /** the last question asked this budget in US dollars: a dollar amount next answers it */
  askedBudgetCurrency?: 'budget.usdPerMonth' | 'budget.usdPerRun';
  /** earlier turns described a batch job */
  batchSoFar: boolean;
  /** earlier turns set a use case */
  useCaseSoFar?: string;
  /** earlier turns set the share of users active at once: a corrected "more like 5 %" is one */
  shareSoFar: boolean;
  /** the end-to-end target came from an allowance ("it can take a minute") */
  e2eAllowance?: boolean;
  /** runs a day of the batch job earlier turns described: "12,000 calls a day" is then per run */
  runsPerDaySoFar?: number;
  /** busy hours a day earlier turns gave: a day's volume said later is spread over them */
  activeHoursSoFar?: number;
  /** a batch run's start said without its end ("runs every Saturday at 00:00") */
  runStart?: RunStart;
  /** the start an earlier turn said: an end said now makes the window */
  runStartSoFar?: RunStart;
  notes: string[];
  assumptions: string[];
};

/** Words that correct an earlier number of the same turn ("actually 800"). */
/** "plan for 150", "size it for": the figure to size the service for, which a later one revises. */
const PLAN_FOR =
  '(?:plan|size|design|dimension) (?:it |this |the service )?for';
const CORRECTION = new RegExp(
  `\\b(actually|sorry|i mean|i meant|correction|make (that|it)|rather|${PLAN_FOR}|no,? wait|wait,? no|oh,? wait|hang on|instead|scratch that|strike that|update|let me correct|(so )?call it|mis-?typed|typo|oops|my bad|my mistake)\\b`,
);
const PLAN_FOR_ANYWHERE = new RegExp(`\\b${PLAN_FOR}\\b`, 'g');
/** "… but plan for 150": the number right after it. */
const PLAN_FOR_BEFORE = new RegExp(`\\b${PLAN_FOR}\\s*(about|around|~)?\\s*$`);

/** "2k was last year's number", "that's last year's number": the figure before is ruled out. */
const FIGURE_RULED_OUT =
  /\b(?:was|were|is|that['’]s|that is|it['’]s|it is)\s+(?:last (?:year|month|quarter)['’]s|the old|an old|outdated|wrong|a typo|(?:just |only )?(?:the|our|for the) (?:pilot|poc|proof of concept|trial)(?! (?:is|was) (?:also|the same))|(?:for )?the whole (?:[a-z]+ )?(?:network|company|group|organi[sz]ation|estate|fleet|country|team|department|division|office))\b/;

/**
 * "at most 2 booking chats per salon at once, so ~180 concurrent sessions": a larger figure said
 * as the conclusion of the one before is its total, not a second figure.
 */
const CONCLUDED_TOTAL =
  /(?:,|\.|;|—|–|-)\s*(?:so|i\.e\.?|that['’]s|that is|which (?:is|makes)|making|in total|total(?:ling)?)\s*(?:about|around|roughly|approx\.?|approximately|~|≈)?\s*$/;

const SIZE_FOR_THAT =
  /^[^.;!?\n]{0,30}?\b(?:size|sized|plan|planned|provision|dimension)\s+(?:it\s+|the job\s+|the run\s+)?for\s+(?:that|this|it|those|these|the peak)\b/i;

/** ", so size for that" right after a count: the count just said is the one to plan for. */
function saidToSizeFor(turn: string, end: number): boolean {
  return SIZE_FOR_THAT.test(turn.slice(end, end + 60));
}

/** Bounds a said number must be within to be used; outside them it is asked back. */
const BOUNDS: Record<string, { min: number; max: number; what: string }> = {
  users: { min: 1e-6, max: 10_000_000, what: 'between 1 and 10,000,000' },
  'slo.ttftMs': { min: 1, max: 600_000, what: 'between 1 ms and 10 minutes' },
  'slo.itlMs': { min: 1, max: 600_000, what: 'between 1 ms and 10 minutes' },
  'slo.e2eMs': { min: 1, max: 600_000, what: 'between 1 ms and 10 minutes' },
  inputTokens: { min: 1, max: 10_000_000, what: 'between 1 and 10,000,000' },
  outputTokens: { min: 1, max: 10_000_000, what: 'between 1 and 10,000,000' },
  activeFraction: { min: 0, max: 1, what: 'between 0 % and 100 %' },
  activeHoursPerDay: { min: 1, max: 24, what: 'between 1 and 24 hours a day' },
  'budget.usdPerMonth': {
    min: 1e-6,
    max: 100_000_000,
    what: 'a positive amount of at most $100,000,000',
  },
  'budget.usdPerRun': {
    min: 1e-6,
    max: 10_000_000,
    what: 'a positive amount of at most $10,000,000',
  },
  'batch.itemsPerRun': { min: 1, max: 1e9, what: 'between 1 and 1 billion' },
  'batch.windowHours': {
    min: 1 / 60,
    max: 168,
    what: 'between 1 minute and a week',
  },
};

export type NumKey =
  | 'population'
  | 'concurrent'
  | 'rps'
  | 'ambiguousUsers'
  | 'inputTokens'
  | 'outputTokens'
  | 'activeFraction'
  | 'activeHoursPerDay'
  | 'slo.ttftMs'
  | 'slo.itlMs'
  | 'slo.e2eMs'
  | 'budget.usdPerMonth'
  | 'budget.usdPerRun'
  | 'batch.itemsPerRun'
  | 'batch.windowHours';

/** The intent field a finding fills, as the questions name it. */
function fieldOf(key: NumKey): string {
  return ['population', 'concurrent', 'rps', 'ambiguousUsers'].includes(key)
    ? 'users'
    : key;
}

function write(f: Findings, key: NumKey, v: number | undefined): void {
  if (key.startsWith('slo.'))
    f.slo[key.slice(4) as 'ttftMs' | 'itlMs' | 'e2eMs'] = v;
  else if (key === 'budget.usdPerMonth') f.budgetUsdPerMonth = v;
  else if (key === 'budget.usdPerRun') f.budgetUsdPerRun = v;
  else if (key === 'batch.itemsPerRun') f.batch.itemsPerRun = v;
  else if (key === 'batch.windowHours') f.batch.windowHours = v;
  else (f as Record<string, unknown>)[key] = v;
}

/**
 * Sets a number the user said, unless it is out of bounds (asked back, naming the field) or
 * contradicts another number said for the same field in this turn without a correction word
 * (asked back too; "actually 800" replaces the earlier one).
 */
function assign(
  f: Findings,
  key: NumKey,
  v: number,
  n: NumberMention,
  shown: string = n.raw,
): void {
  const field = fieldOf(key);
  const b = BOUNDS[field];
  if (b && (v < b.min || v > b.max || !Number.isFinite(v))) {
    write(f, key, undefined);
    ask(
      f,
      field,
      `${field}: ${shown} is not a value I can plan with (it must be ${b.what}). What did you mean?`,
    );
    return;
  }
  const prev = f.said[key];
  // a correction word between the earlier number and this one ("10 per second, no wait, 10 per
  // minute") or in this number's clause makes this one win
  const since = f.turnText
    .slice(Math.min(f.saidEnd[key] ?? n.start, n.start), n.start)
    .toLowerCase();
  const before = n.before.toLowerCase();
  // "Load: 12 sessions in flight at most. … 6. Capacity note: plan for 120": a sizing figure on
  // another line of a spec is a second figure, which contradicts the first rather than correcting it
  const onlyPlanForOnAnotherLine =
    since.includes('\n') &&
    !CORRECTION.test(`${before} ${since}`.replace(PLAN_FOR_ANYWHERE, ' '));
  // "30 tok/s (so ITL <= 33 ms)": a figure and its rounding restated (within 2 %) are one figure
  if (
    prev !== undefined &&
    Math.abs(prev - v) > Math.abs(v) * 0.02 &&
    ((!CORRECTION.test(before) && !CORRECTION.test(since)) ||
      onlyPlanForOnAnotherLine) &&
    // "~1,200 concurrent … that's last year's number, … 1,800 concurrent"
    !FIGURE_RULED_OUT.test(since) &&
    // ("back at 6am and we can't start before 1am, so 5 hours": the hours a window comes to)
    !(
      (v > prev || key === 'batch.windowHours') &&
      CONCLUDED_TOTAL.test(since)
    ) &&
    // "about 2000 invoices … up to 6k invoices, so size for that": the one said to size for
    !saidToSizeFor(f.turnText, n.end)
  ) {
    write(f, key, undefined);
    f.conflicted = field;
    ask(
      f,
      field,
      `${field}: you said both ${fmt(prev)} and ${fmt(
        v,
      )}; which one should the plan use?`,
    );
    f.said[key] = v;
    f.saidEnd[key] = n.end;
    return;
  }
  f.said[key] = v;
  f.saidEnd[key] = n.end;
  f.lastSaid = { key, factor: n.value ? v / n.value : 1, raw: n.value };
  if (key === 'rps' || key === 'concurrent') f.loadSpan = [n.start, n.end];
  if (f.questions.some(q => q.field === field && /both/.test(q.question)))
    f.questions = f.questions.filter(q => q.field !== field);
  write(f, key, v);
}

function ask(f: Findings, field: string, question: string): void {
  if (!f.questions.some(q => q.field === field))
    f.questions.push({ field, question });
}

/** Shares said in words. */
const SHARE_WORDS: Record<string, number> = {
  half: 0.5,
  'a third': 1 / 3,
  'a quarter': 0.25,
  'a fifth': 0.2,
  'a tenth': 0.1,
  'two thirds': 2 / 3,
  'three quarters': 0.75,
};

/**
 * Words after a count that are not things a batch processes ("into 12 categories", "8 fields":
 * what each item is sorted into or read for; "calls 3 tools": what an agent uses).
 */
const NOT_ITEMS =
  /^(hours?|hrs?|h|minutes?|mins?|seconds?|secs?|days?|nights?|weeks?|months?|years?|times|runs?|batch(es)?|jobs?|passes|gpus?|cards?|nodes?|replicas?|pods?|instances?|tokens?|toks?|requests?|reqs|queries|calls|users?|people|percent|ms|dollars?|euros?|bucks|usd|eur|per|of|in|a|an|the|and|or|to|at|on|is|are|was|each|every|for|with|within|by|parallel|concurrent|simultaneous|x|k|more|less|other|others|ones?|languages?|locales?|markets?|countries|regions?|stores|shops|branches|sites|outlets|locations|offices|depots|warehouses|clinics|hospitals|pharmacies|schools|campuses|categor(?:y|ies)|classes|buckets|topics|labels|fields|attributes|columns|tools)$/;

/** Small counts in words, as "two times a day" says them (digits are read as such). */
const COUNT_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|twelve';
const countOf = (w: string): number => SMALL_NUMBERS[w] ?? Number(w);

/** Words that make a count of items a batch run ("nightly", "every hour", "batch job"). */
const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend)';
const BATCH_WORDS = new RegExp(
  `\\b(nightly|overnight(?! (?:sleeper|trains?|bus(?:es)?|coach(?:es)?|ferr(?:y|ies)|flights?|stays?|guests?|shifts?|staff|crews?|parking|trips?|visits?|camps?|hikes?)\\b)|every (night|hour|morning|evening|week|month|other day)|(?<!\\b(?:use|uses|using|visit|visits|visiting|open|opens|access|accesses)\\s+(?:the\\s+|our\\s+|their\\s+)?(?:site|website|app|portal|shop|store|platform|service|it)\\s+)each (night|hour|morning|evening|week|month)|(a|per) night|(reports|documents|docs|records|tickets|items|logs|notes|e-?mails|messages|files|images|transactions|entries|calls|transcripts|orders|cases|forms) (each|per|every|a) shift|(?:at )?the end of (?:each|every) shift|every \\d+ (hours|days|weeks|minutes|mins)|every fortnight|fortnightly|bi-?weekly|hourly|weekly(?! (?:active )?(?:users|visitors|members|customers|sessions))|once a quarter|every quarter|(\\d+|${COUNT_WORDS}) times (a|per) year|once a (day|week|month)|twice (a|per) (day|week|month)|twice daily|(\\d+|${COUNT_WORDS})( times|\\s*[x×]) (a|per) (day|week|month)|(\\d+|${COUNT_WORDS}) times daily|batch|offline(?![- ](?:hosted|capable|mode|first|installs?|installed|deployments?|deployed|environments?|networks?|access)\\b)|(?<!\\b(?:do|does|did|doing|done) (?:the|a|this|that) )(?<!\\b(?:calls?|steps?|requests?|prompts?|turns?) (?:per|each|a|for each) )job(?![- ](?:tickets?|cards?|sheets?|descriptions?|titles?|ads?|adverts?|postings?|applications?|numbers?|sites?|offers?|seekers?|candidates?|interviews?|roles?|boards?)\\b)|backfill|runs? (?:over|during) the weekend|(?:an?|the) \\d+\\s*-?\\s*(?:h|hrs?|hours?) (?:run |processing |batch )?window|per run|each run(?!\\s+\\d)(?!\\s*(?:(?:has|have|makes?|takes?|needs?|involves?|averages?|is)\\s|=|:)\\s*(?:up to |about |around |~)?\\d+(?:\\s*[–-]\\s*\\d+)?\\s+(?:(?:llm|model|tool|api|chained|sequential)\\s+)?(?:calls?|requests?|steps?)\\b)|(?:a|the|one) run(?![- ](?:rate|reports?|logs?|sheets?|cards?)\\b)(?! (?:can|may|could|might|will|would) take| takes)(?!\\s*(?:(?:has|have|makes?|takes?|needs?|involves?|averages?|is)\\s|=|:)\\s*(?:up to |about |around |~)?\\d+(?:\\s*[–-]\\s*\\d+)? (?:(?:llm|model|tool|api|chained|sequential) )?(?:calls?|requests?|steps?)\\b)|\\d+ runs(?! in flight| at once| in parallel| concurrently))\\b`,
);

/** "performances run 3 hours a night": the hours of the events a service serves, no batch. */
const EVENT_HOURS =
  /\b(?:performances?|shows?|events?|games?|matches?|broadcasts?|streams?|sessions?)\s+(?:run|runs|last|lasts|go on|goes on)\s+(?:for\s+)?(?:about\s+|around\s+|~\s*)?(\d{1,2})\s*(?:h|hrs?|hours?)\s+(?:a|per|each)\s+(?:night|evening|day)\b/;

/** "in one Sunday-night run", "the Monday batch": a run on one day of the week. */
const WEEKDAY_RUN = `\\b(?:one|a single|a|the|our) ${WEEKDAY}(?:[- ](?:night|morning|evening|afternoon))?[- ](?:run|batch|job)\\b`;

/** "every Sunday" is a run's cadence, unless it says when traffic peaks ("peaks every Monday"). */
const WEEKDAY_CADENCE = new RegExp(
  `\\b(every|each) ${WEEKDAY}\\b|${WEEKDAY_RUN}`,
);
const WEEKDAY_PEAK = new RegExp(
  `\\b(peaks?|peaking|busiest|busy|spikes?|rush)\\b[^.;,]{0,30}\\b(every|each|on) ${WEEKDAY}`,
);

/**
 * A deadline or a clock window next to a count of items is a batch run too, without batch words
 * ("classify 20k emails between 22:00 and 04:00", "12k transcripts, ready by 7am").
 */
const DEADLINE =
  /\b(ready by|done by|finished by|completed? by|must (finish|complete|be (done|ready|finished|complete|out|published|delivered))|ha(s|ve) to (finish|complete|be (?:done|out|published|delivered))|needs? to (finish|complete|be done)|deadline|to finish|(between|from) \d{1,2}(:\d{2}|\s*[ap]m)\s*(and|to|until|-|–)\s*\d{1,2}(:\d{2}|\s*[ap]m))\b/;

/** "we are open from 8:00 to 17:30", "office hours 9:00 - 18:00": when people use it, no run's window. */
const OPEN_HOURS =
  /\b(?:open|opening hours?|office hours?|business hours?|working hours?|service hours?|support hours?|staffed|available|busy)\b[^.;]{0,20}?\b(?:from|between)\s+\d{1,2}(?::\d{2}|\s*[ap]m)?\s*(?:and|to|until|-|–)\s*\d{1,2}(?::\d{2}|\s*[ap]m)?/g;

/** Items handled one by one as they arrive: a request rate, not a batch run. */
const STREAM_WORDS =
  /\b(as (they|it|each \w+) (arrives?|comes? in|lands?)|as soon as|right after (each|every|a|the)|(flow|flows|flowing|stream|streams|streaming|trickl\w+|com(e|es|ing)) in (continuously|all day|around the clock|from)|continuously|in real[- ]time|on demand|(?:arrives?|arriving|com(?:e|es|ing) in)\s+(?:per|an?|each|every)\s+(?:hour|minute|second))\b/;

/**
 * Runs a day said in words: "nightly" 1, "twice a day" 2, "3 runs per day" 3, "every hour" 24,
 * "every 6 hours" 4; runs a week as a share of a day: "weekly" 1/7, "twice a week" 2/7.
 */
function runsPerDayOf(said: string): number | undefined {
  // "30k per week, not per night": the period ruled out says no cadence
  const l = said.replace(
    /\bnot (?:(?:per|a|each|every) [a-z]+|(?:hourly|nightly|daily|weekly|fortnightly|monthly|quarterly|yearly|annually)\b)/g,
    '',
  );
  const perDay = l.match(
    new RegExp(
      `\\b(\\d+|${COUNT_WORDS})(?: (?:times|runs|batches|batch runs|jobs|passes)|\\s*[x×]) (?:a|per|each) day\\b|\\b(\\d+|${COUNT_WORDS})(?: times|\\s*[x×]) daily\\b`,
    ),
  );
  if (perDay) return countOf(perDay[1] ?? perDay[2]);
  const everyMin = l.match(/\bevery (\d+) ?(?:mins?|minutes?)\b/);
  if (everyMin && Number(everyMin[1]) > 0)
    return r4(1440 / Number(everyMin[1]));
  // "2.4M documents per day, processed in 4 runs"
  const inRuns = l.match(/\bin (\d+) (?:[a-z]+ )?(runs|batches)\b/);
  if (inRuns && /\b(per|a|each) day\b|\bdaily\b/.test(l))
    return Number(inRuns[1]);
  const every = l.match(/\bevery (\d+) ?(?:hours|hrs|h)\b/);
  if (every && Number(every[1]) > 0) return r4(24 / Number(every[1]));
  const everyDays = l.match(/\bevery (\d+) (days|weeks)\b/);
  if (everyDays && Number(everyDays[1]) > 0)
    return 1 / (Number(everyDays[1]) * (everyDays[2] === 'weeks' ? 7 : 1));
  if (/\b(every fortnight|fortnightly|bi-?weekly)\b/.test(l)) return 1 / 14;
  if (/\btwice (a|per) day\b|\btwice daily\b/.test(l)) return 2;
  if (/\bevery other day\b/.test(l)) return 0.5;
  if (/\b(every hour|each hour|hourly)\b/.test(l)) return 24;
  if (
    /\b(nightly|overnight|every (night|morning|evening|day)|each (night|morning|evening|day)|(a|per) night|once a day|once daily|daily (run|job|batch)|(it['’]s|it is|runs?|make it|now) daily|end[- ]of[- ](the[- ])?day (run|job|batch))\b/.test(
      l,
    )
  )
    return 1;
  if (/\b(every|each|on) weekdays?\b/.test(l)) return 5 / 7;
  const perWeek = l.match(
    new RegExp(
      `\\b(\\d+|${COUNT_WORDS})(?: (?:times|runs?)|\\s*[x×]) (?:a|per|each) week\\b`,
    ),
  );
  if (perWeek) return countOf(perWeek[1]) / 7;
  if (/\btwice (a|per) week\b/.test(l)) return 2 / 7;
  // "5k reports each shift, 3 shifts a day", "we work in 3 shifts of 8 hours … at the end of
  // each shift": a run per shift
  const shifts = l.match(
    new RegExp(
      `\\b(\\d+|${COUNT_WORDS}) (?:[a-z]+ )?shifts (?:(?:a|per|each) day|of (?:\\d+|${COUNT_WORDS})[- ]?(?:hours?|hrs?|h)\\b)`,
    ),
  );
  if (shifts && /\b(each|per|every|a) shift\b/.test(l))
    return countOf(shifts[1]);
  // "we get one a week", "one batch a week"
  if (/\b(one|a single) (?:[a-z]+ )?(a|per|each) week\b/.test(l)) return 1 / 7;
  if (
    new RegExp(
      `\\b(weekly|once a week|(?:one|a single) run (?:a|per|each) week|every week|each week|(every|each) ${WEEKDAY}|on ${WEEKDAY}s|runs? (?:over|during) the weekend)\\b|${WEEKDAY_RUN}`,
    ).test(l)
  )
    return 1 / 7;
  if (/\btwice (a|per) month\b/.test(l)) return 2 / 30;
  const perYear = l.match(
    new RegExp(`\\b(\\d+|${COUNT_WORDS}) times (?:a|per) year\\b`),
  );
  if (perYear) return countOf(perYear[1]) / 365;
  if (
    /\b(once a quarter|every quarter|each quarter|quarterly (runs?|jobs?|batch(es)?))\b/.test(
      l,
    )
  )
    return 4 / 365;
  if (
    /\b(monthly (?:[a-z-]+ ){0,2}?(runs?|jobs?|batch(es)?)|once a month|every month|each month|(?:cadence|schedule|frequency|runs?)\s*[:=]\s*monthly)\b/.test(
      l,
    )
  )
    return 1 / 30;
  return undefined;
}

// "we'd like Qwen3-30B-A3B since it's cheap per token": why a model was picked, not a wish
const LOWEST_COST =
  /(?<!\b(?:since|because|as) (?:it|they|that|this)(?:['’]s| is| are|['’]re) (?:very |quite |pretty |really |so |relatively |fairly )?)\b(cheap|cheaper|cheapest|cheaply|low[- ]cost|lowest cost|tight budget|limited budget|small budget|(budget|money) is (very |really |quite |pretty |super )?(tight|limited|small)|shoestring|budget[- ](conscious|friendly|sensitive)|cost[- ](sensitive|conscious|effective|efficient)|cost matters|costs? (is|are) (key|critical|important)|affordable|inexpensive|economical|frugal|minimi[sz]e (the )?costs?|keep(?:ing)? (?:the |our |its )?(?:costs?|spend(?:ing)?|prices?|bills?) (?:low|down|minimal|to a minimum)|save money|as little as possible|(?:costs?|spend(?:ing)?|prices?|budget)(?: (?:must|should|needs? to|has to|have to) (?:be|stay|remain|be kept))? as low as possible|(cost|price) (over|before) (performance|speed|latency)|(cost|price) (matters )?more than (performance|speed|latency)|(cost|price) (is|comes) first|not too expensive|(mustn't|must not|shouldn't|should not|can't|cannot) (be|get|become) too expensive)\b/;
const PERFORMANCE =
  /\b((money|price|prices|cost|costs|budget) (isn't|isn’t|is not|aren't|aren’t|are not) (the|a|an|our) (concern|issue|problem|priority|constraint)|(money|price|prices|cost|costs|budget|spend(ing)?)( is| are|'s|’s)? (not (?:really |much of |at all |too much of )?(?:an issue|a problem|a concern|a factor|important|a big deal)|no object|secondary|irrelevant|no issue|no concern|(of )?no (concern|importance))|(cost|price|money|budget) (doesn't|does not|won't|will not) matter|spare no expense|no expense spared|regardless of (the )?cost|whatever it costs|(don't|do not) care about (the )?(cost|price|money)|budget is not (a|an) (concern|issue|problem)|performance first|best performance|latency is everything|no budget (limit|constraint)s?|(performance|speed|latency|quality) (over|before) (price|cost|money)|(performance|speed|latency|quality) (matters )?more( to (us|me|them|the team))? than (price|cost|money)|(speed|quality) (is|comes) first)\b/;

const TIGHT =
  /\b(latency (?:must|should|needs? to|has to) be (?:very |really |extremely |super )?(?:tight|low|minimal|short)|fast|faster|sharpish|sharp[- ]sharp|(?:callers|customers|users|people|they) (?:won['’]t|will not|don['’]t|do not) hang (?:about|around)|fastest(?! (?:setup|set-up|config(?:uration)?|hardware|gpus?|cards?|option|deployment|plan|machines?|instances?|nodes?)\b)|quickly|quick(?!\s+(?!answers?|repl|respons|turnaround|results?)[a-z])|as fast as possible|latency is everything|ultra[- ]low latency|instant(ly|aneous)?|snappy|snappily|real[- ]?time|low[- ]latency|(stream\w* )?at reading speed|responsive|immediate(ly)?|no lag|no waiting(?: at all)?|without (delay|lag|waiting)|latency (matters|is (important|critical|key|crucial))|latency[- ]sensitive|hates? (waiting|to wait)|(?:don['’]t|do not|doesn['’]t|does not|won['’]t) (?:want|like) (?:to wait|waiting)|(or|otherwise) (it|that) (feels?|is|gets|would (feel|be)) (sluggish|laggy|slow)|within the page load|as the page loads|feels? like typing|feels? like (?:texting|chatting with|talking to) a (?:person|human|friend|colleague)|(?:repl(?:y|ies)|answers?|responses?)(?: should| must| need to| have to)? (?:starts?|comes?|appears?|arrives?) (?:right|straight) away|(?:it|this|that) (?:can['’]t|cannot|can not|mustn['’]t|must not) be slow|lives (?:are )?on the line|(?:must|should|needs? to|has to|have to) (?:appear|show up|come|arrive|stream) as (?:you|they|people|users|devs?|developers) type|anything (?:sluggish|laggy|slow)|(?:be|comes?|get|gets) (?:back|ready|out|live) (?:with)?in (?:a few |mere )?seconds)\b/;
const NOT_TIGHT =
  /\b(nobody|no one|no-one)(['’]s| is)? wait(s|ing)?\b[^.,;:]{0,40}\breal[- ]?time\b|\b(?:nobody|no one|no-one) (?:needs?|wants?|expects?) (?:it |them |this |that |answers? |results? )?(?:to be )?(?:fast|quick|instant|immediate|real[- ]?time)|\b(not|no|isn['’]?t|is not|doesn['’]?t|does not|don['’]?t|do not|needn['’]?t|no need to)\b[^.,;:]{0,25}\b(fast|quick|instant|immediate|snappy|real[- ]?time|latency[- ]sensitive|urgent)|(speed|timing|response times?|how (fast|quickly|long) [a-z ]{0,20}) (doesn't|does not|won't|will not) matter|latency (doesn't|does not|is not|isn't) (matter|important|critical|an issue|a concern|a priority|a (big|huge) deal)|\bnot latency[- ]sensitive\b|\bnot time[- ]critical\b/;
/**
 * "so tutors can grade faster", "ready the instant the weekend ends", "anything faster is wasted
 * money", "people iterate fast": no wish about the service's latency.
 */
const NOT_A_LATENCY_WISH =
  /\bthe instant\b|\b(?:better|rather) (?:be )?(?:right|accurate|correct|thorough|slow) than fast\b|\b(?:iterate|iterates|iterating|move|moves|moving|ship|ships|shipping) (?:very |really |quite )?fast(?:er)?\b|\banything (?:faster|quicker) (?:is|would be) (?:\w+ )?(?:wasted|a waste|pointless|unnecessary|overkill|not needed)\b|\b(can|could|to|will|helps?(?: [a-z]+)?)\s+(?!(?:get|see|receive|load|read|start|be|feel|respond|reply|answer|run|stream|return|come|go)\b)[a-z]+\s+(?:much |a lot |a bit )?faster\b/g;
/** A batch or offline way of running: latency-insensitive, but no wish about latency. */
const RELAXED_MODE =
  /\b(batch|overnight|offline|nightly|every night|each night|at night|in bulk|background jobs?|asynchronous(ly)?|(?:weekly|monthly|daily|hourly) (?:jobs?|runs?))\b/;
/** What the user says about waiting: relaxed latency (and a contradiction next to "fast"). */
const RELAXED_WORDS =
  /\b(latency[- ]insensitive|no (?:(?:great|big|huge|real|particular) )?(rush|hurry)|(?:it['’]?s|it is) no problem if (?:the |an? )?(?:answers?|responses?|repl(?:y|ies)|it) takes?|we(?:['’]re| are) patient|can wait|throughput (matters|is what matters)|(can|may|could|might) (take|be slow)|(is|are|it's|it is|that's|that is)( totally| perfectly| completely| absolutely| really)? (fine|ok|okay|acceptable) (if|to wait|(?:for (?:an? |the |each )?[a-z]+ )?to take)|(nobody|no one|no-one)(['’]s| is) in a (hurry|rush)|(?:they|we|users|people|staff|folks)(?:['’]re| are) (?:no|not) in (?:a|any) (?:hurry|rush)|(?:no|nae) bother if it takes|(?<!\b(?:ttft|e2e|itl|tpot|p\d\d)\s*[:=]?[\d.,\s]*)(minutes?|seconds?|secs?|hours?|waits?|waiting|delays?)( (per|for|on|an?) [a-z]+){0,2} (is|are|would be) (perfectly |totally |completely |absolutely |really )?(acceptable|tolerable|fine|ok|okay)|(nobody|no one|no-one)(['’]s| is)? ([a-z]+ ){0,3}?watching (it|them|this|that|the (screen|output))|(not|aren't|are not|isn't|is not|nobody(['’]s| is)?|no one(['’]s| is)?) (watching|staring at|looking at) (the |their |a )?screens?|(ok|okay|fine|happy|content) (to wait|waiting)|(don't|do not|won't) mind waiting|(nobody|no one) minds|users (can|will) wait|slow is (fine|ok|okay)|take (their|its) time|(nobody|no one|no-one)(['’]s| is| are| will be)? ([a-z]+ ){0,3}?waiting|(nobody|no one|no-one) waits|not waiting (for|on) it|(latency|response times?)( requirements?)?(?: (?:is|are|can be) |\s*[:=]\s*)(relaxed|lenient|loose|flexible|secondary)|relaxed latency|(nobody|no one|no-one) watch(es)? (it|them|this|that|the output)( happen| live)?|(?:shows? up|arrives?|comes? (?:in|back)|lands?|appears?|is ready) [^.;!?]{0,30}?\blater,? (?:that['’]s|it['’]s|that is|it is|is) (?:fine|ok|okay|acceptable)|if it takes [^.;!?]{0,50}?(that['’]s|it['’]s|that is|it is|is) (fine|ok|okay|acceptable))\b/;

const CONCURRENT_WORDS =
  /\b((have|has|with) (a |an )?(session|chat|conversation)s? open|concurrent(ly)?|simultaneous(ly)?|(at|in) (the )?same (time|moment)|at once|in parallel|parallel|in[- ]flight|side by side|at a time|at any (one |given )?(time|moment)|online at the same|on (?:each |every |a |the )?shift)\b/;
const POPULATION_WORDS =
  /\b(in total|total|registered|(?:users|people|members) active (?:per|a|each) month|potential|who (may|might|could|can|will) use|(?:people|persons|users|folks)\s+(?:will|would|may|might|could|can)\s+use\s+(?:it|this|the tool)|user ?base|monthly active|daily active|(?:monthly|weekly|daily) (?:users|visitors)|mau|dau|licensed|employees|staff|colleagues|headcount|on (?:the|our) (?:roster|payroll|books|desk|team|floor|mailing list|e-?mail list|newsletter list)|enrolled|unique (?:users|visitors)|(?:users|visitors|people|persons|guests|customers|members|patients|passengers) (?:per|a|each) (?:month|week)|company of|organi[sz]ation of|team of|workforce|(?:people|persons|colleagues) of (?:the|our) (?:office|team|department|unit)|(in|at|across) (our|the|my|their|this) (company|organi[sz]ation|org|firm|business|school|university|hospital|department|group|office|agency))\b/;
const ORG_BEFORE =
  /\b(?:in|at|across|for) (?:our|the|my|their|this) (?:[a-z]+ )?(?:company|organi[sz]ation|org|firm|school|university|hospital|department|division|agency)\s*[,:]\s*(?:about |around |roughly |approximately |~)?$/;
const POP_NOUN =
  'mau|dau|wau|monthly active users|team leads|team leaders|readers|consumers|scripters|coordinators|guests|applicants|cardholders|card holders|season-ticket holders|ticket holders|fans|supporters|donors|shoppers|punters|daily active users|weekly active users|monthly users|daily users|weekly users|sres|technicians|dispatchers|pharmacists|physicians|paralegals|underwriters|adjusters|tutors|pupils|employees|staff|staff members|colleagues|developers|devs|engineers|students|members|customers|support agents|agents|analysts|doctors|nurses|lawyers|seats|subscribers|accounts|team members|workers|researchers|teachers|writers|editors|consultants|translators|reviewers|managers|clinicians|traders|sales reps|salespeople|sales people|sellers|merchants|dealers|vendors|retailers|resellers|franchisees|account executives|reps|representatives|operators|testers|scientists|designers|marketers|journalists|recruiters|accountants|auditors|patients|citizens|residents|partners|tenants|clients|drivers|couriers|pilots|techs|farmers|crew members|crew|cabin crew|flight crew|fee-earners|fee earners|clerks|caseworkers|case workers|case handlers|claims handlers|handlers(?<!event handlers)(?<!error handlers)(?<!lambda handlers)(?<!request handlers)|brokers|planners|funeral directors|directors|inspectors|surveyors|officials|civil servants|volunteers|instructors|lecturers|dentists|therapists|caregivers|surgeons|radiologists|staffers|advisors|advisers|bankers|specialists|experts|folks|heads(?<!attention heads)(?<!kv heads)|practitioners|curators|archivists|librarians|veterinarians|dispatch staff|field staff|cashiers|craftspeople|craftsmen|craftswomen|artisans|carpenters|plumbers|associates|coaches|players|gamers|passengers|travellers|travelers|riders|viewers|listeners|controllers(?<!ingress controllers)(?<!k8s controllers)(?<!kubernetes controllers)(?<!storage controllers)(?<!admission controllers)(?<!game controllers)|moderators|supervisors|officers|paramedics|firefighters|programmers|coders|interns|trainees|mechanics|electricians|buyers|chemists|statisticians|economists|professors|tellers|midwives|investigators|attorneys|solicitors|architects|estimators|schedulers|interpreters|subtitlers|linguists|producers|reporters|counsellors|counselors|examiners|assessors|card ?holders|patrons|visitors|borrowers|policyholders|policy holders|account holders|learners|attendees|participants|delegates|fishers|fishermen|anglers|parents|contributors|photographers|creators|authors|artists|illustrators|freelancers|pass ?holders|permit holders|licen[cs]e holders|badge holders|members of staff|season passes|ski passes|annual passes|stewards|marshals|ushers|wardens|captains|skippers|rangers|security guards|guards|porters|cleaners|receptionists|concierges|housekeepers|carers|care workers|aides|orderlies|foremen|welders|riggers|deckhands|sailors|seafarers|miners|operatives|families(?<!model families)(?<!gpu families)|households|relatives|lifesavers|lifeguards|rescuers|astronomers|physicists|astrophysicists|[a-z]{3,}ologists|botanists|historians|musicians|conservators|conservationists|beekeepers|herders|shearers|brewers|falconers|owners|reindeer owners';
/** "engineers:", "Number of employees =": a label whose value is a head count. */
const PEOPLE_LABEL_BEFORE = new RegExp(
  `(?:^|[\\n;(])\\s*(?:total\\s+|number of\\s+|no\\.? of\\s+|#\\s*)?(?:[a-z-]+\\s+){0,2}?(?:${POP_NOUN})\\s*(?:\\(total\\)\\s*)?[:=]\\s*(?:about|around|roughly|approx\\.?|~|≈)?\\s*$` +
    // "Students about 30 thousand, 2 % online": a sentence opening on the people, hedged
    `|(?:^|[\\n;(.!?])\\s*(?:${POP_NOUN})\\s+(?:about|around|roughly|approx\\.?|approximately|some|~|≈)\\s*$`,
);
/** People nouns also read inside a compound ("copywriters", "co-workers", "caseworkers"); short ones would match unrelated words. */
const POP_NOUN_IN_COMPOUND = `(?:[a-z]+-?)?(?:${POP_NOUN.split('|')
  .filter(w => w.length >= 7 && !w.includes(' '))
  .join('|')})`;
const POP_NOUN_BEFORE_BRACKET = new RegExp(
  `\\b(?:${POP_NOUN}|team|department|office|unit)\\s*\\(\\s*(?:about|around|roughly|approx\\.?|~)?\\s*$`,
);
/** "the clerks, " before "150 of them": people named, then counted. */
const PEOPLE_THEN_COUNT = new RegExp(
  `\\b(?:${POP_NOUN}),\\s*(?:about|around|roughly|approx\\.?|~|some|maybe)?\\s*$`,
);
const QUALIFIERS =
  '(?:concurrent|simultaneous|parallel|active|daily|monthly|registered|total|internal|external|expected|potential|named|licensed)\\s+';
/**
 * Up to two describing words before a noun ("chat" sessions, "in-house" lawyers), not a unit or
 * a preposition; an untranslated "de" / "van" may lead ("1,8 million de customers"), as may "of
 * our" ("12 of our engineers"), not join two nouns ("2,5 million reviews de customers" counts
 * reviews).
 */
const DESCRIBER =
  '(?:(?:de|di|da|do|des|du|van|von)\\s+|of (?:our|the|their|my)\\s+)?(?:(?!(?:of|per|a|an|the|in|at|for|with|and|or|to|de|di|da|do|des|du|van|von|hours?|h|mins?|minutes?|s|secs?|seconds?|days?|weeks?|months?|tokens?|requests?|reqs|calls|queries|ms|gpus?)\\b(?!-))[a-z\\u00c0-\\u017f/+#-]+\\s+){0,2}';
/** "(concurrent) employees", "on-call engineers": people who belong to a group, a population unless qualified. */
const POPULATION_NOUNS = new RegExp(
  `^\\s*(\\+\\s*)?(${QUALIFIERS})*${DESCRIBER}(${POP_NOUN}|${POP_NOUN_IN_COMPOUND})\\b`,
);
const USER_NOUNS = new RegExp(
  `^\\s*(\\+\\s*)?(${QUALIFIERS})*${DESCRIBER}(users?|people|persons|visitors|clients|callers|sessions|conversations|chats|learners|${POP_NOUN}|${POP_NOUN_IN_COMPOUND})\\b`,
);

type AnalyseContext = {
  askedUsersMean: boolean;
  useCaseSoFar?: string;
  /** the last question asked how long one batch run may take */
  askedWindow?: boolean;
  /** the conversation already has a monthly budget */
  budgetSoFar?: boolean;
  /** the last question asked the period of this amount ("budget is 9k" → "per quarter") */
  askedBudgetUsd?: number;
  /** the last question asked what a budget in another currency is in US dollars */
  askedBudgetCurrency?: 'budget.usdPerMonth' | 'budget.usdPerRun';
  /** earlier turns described a batch job: this turn's counts and hours are read as its figures */
  batchSoFar?: boolean;
  /** the conversation already has a share of the users active at once */
  shareSoFar?: boolean;
  /** runs a day of the batch job earlier turns described */
  runsPerDaySoFar?: number;
  /** busy hours a day earlier turns gave: a day's volume said later is spread over them */
  activeHoursSoFar?: number;
  /** the number the previous turn said last: "sorry, I meant 120" next corrects it */
  lastSaidSoFar?: { key: NumKey; factor: number; raw?: number };
  /** the numbers earlier turns said, by field */
  saidSoFar?: Record<string, number>;
  /** the model and GPU the conversation has so far */
  modelSoFar?: string;
  gpuSoFar?: string;
  runStartSoFar?: RunStart;
  /** counts of items earlier turns said before a batch job was described */
  itemsSaidBefore?: ItemsSaid[];
};

/** A count of items as said, and the period it arrives over, if any ("1.5M emails/month"). */
export type ItemsSaid = {
  value: number;
  raw: string;
  noun: string;
  per?: 'hour' | 'week' | 'month';
};

/** A batch run's start hour (0-24) and weekday, when said. */
export type RunStart = { h: number; day?: string };

/**
 * Reads one turn of user text. `askedUsersMean` tells whether the last question was about it.
 *
 * The steps run in order and each blanks what it read, so that a later step does not read a
 * model name's "3.1", a GPU's "80GB", a time of day or a percentile as a count:
 * quoted passages → models and GPUs → engine and pricing → batch cadence → requests in flight →
 * percentile → active hours and peaks → active share → "N of our M people" → numbers → use case →
 * latency words → users answer.
 */
export function analyse(
  input: string,
  idx: ChatCatalogIndex,
  ctx: AnalyseContext,
): Findings {
  const f = emptyFindings(ctx);
  let text = normaliseTurn(input, f);
  f.turnText = text;
  text = blankQuoted(text, f);
  text = readWithdrawnChoices(text, idx, f);
  text = readModelMentions(text, idx, f);
  text = readGpuMentions(text, idx, f);
  const volume = readBusinessVolume(text);
  text = volume.text;
  f.workingDaysPerMonth = volume.workingDaysPerMonth;
  f.assumptions.push(...volume.read);

  // engine, pricing, cadence and percentile read the text as it was before any count is blanked
  text = readPerPersonCadence(text, f);
  const beforeCounts = text.toLowerCase();
  readEngine(beforeCounts, f);
  readPricing(beforeCounts, f);
  text = readPricePreferenceAndCadence(text, beforeCounts, f);
  text = readRequestsInFlightProduct(text, f);
  text = readGrownCount(text, f);
  text = readPeoplePerSite(text, f);
  text = readSummedGroups(text, f);
  text = readPercentile(text, beforeCounts, f);
  text = readActiveHours(text, f);
  text = readPeaks(text, f);
  text = readShareOfShare(text, f);
  text = readActiveShare(text, f);
  text = readCountOfPopulation(text, f);
  text = readShareOfUserBase(text, f);

  const numbers = scanNumbers(text);
  for (const n of numbers) readNumber(n, f, text);
  readUndecidedFigure(beforeCounts, f);
  askImpossiblePace(beforeCounts, f);
  readSameOutputAsInput(beforeCounts, f);
  readUnknownShare(text, f);
  if (f.rps === undefined && f.concurrent === undefined)
    readRateUnitCorrection(text.toLowerCase(), f);
  // "bursts up to 5x during campaigns" with no other peak said: the peak over the average
  if (f.burstFactor !== undefined && f.peakFactor === undefined) {
    f.peakFactor = f.burstFactor;
    delete f.burstFactor;
  }
  f.ratePeakOnly =
    f.rps !== undefined &&
    f.peakFactor === undefined &&
    /\b(spikes?|peaks?|bursts?|busiest)\b/.test(beforeCounts) &&
    !/\b(averag\w*|avg|typical(ly)?|normal(ly)?|usual(ly)?|steady|baseline)\b/.test(
      beforeCounts,
    );
  f.loadSaidAs ??= loadWordsAround(f);
  f.addedCount = addedCount(beforeCounts);
  readItemCandidates(f);
  readItemsSaidBefore(f);

  const remaining = text.toLowerCase();
  // latency first: a contradiction asked back keeps interactive use cases open
  readLatencyWordsInto(remaining, f);
  readUseCase(
    f.itemSpans.reduce((t, [a, b]) => blank(t, a, b), remaining),
    idx,
    f,
  );
  readUsersMeanAnswer(remaining, ctx.askedUsersMean, f);
  readBudgetPeriodAnswer(remaining, ctx.askedBudgetUsd, f);
  readUnknownBudget(remaining, f);
  return f;
}

/** "so add another 250 concurrent", "plus a further 1,200 users", "another 40 agents on top". */
const ADDED_COUNT =
  /\b(?:add(?:ing)?|plus|with) (?:another|an extra|a further|an additional) (\d[\d,]*)\b|\banother (\d[\d,]*)\b[^.;!?\n]{0,40}\bon top\b/;

function addedCount(lower: string): number | undefined {
  const m = ADDED_COUNT.exec(lower);
  const digits = m?.[1] ?? m?.[2];
  return digits === undefined ? undefined : digitsValue(digits);
}

/**
 * "about 150 tokens in and the same out", "Output is about the same length as input", "the
 * translations are about the same length", "the translation about the same", "translation comes
 * back roughly the same length": answers as long
 * as the prompts.
 */
const SAME_LENGTH_OUT =
  /\b(?:and|,)\s+(?:about |roughly |approximately )?(?:the same|as many|similar)\s+(?:(?:on|for|in|as|of)\s+)?(?:the\s+)?(?:output|out|answers?|replies|responses?|completions?)\b|\b(?:outputs?|answers?|responses?|translations?|rewrites?|paraphrases?|results?)\s+(?:(?:is|are|has|have|comes? back|comes? out|ends? up)\s+)?(?:about |roughly |approximately )?(?:(?:the same|(?:a )?similar) length(?:\s+as\s+(?:the\s+)?(?:inputs?|prompts?|sources?|originals?|messages?))?|as long as\s+(?:the\s+)?(?:inputs?|prompts?|sources?|originals?|messages?)\b|(?:the same|similar|equally long|as long)(?=\s*(?:[.,;!)]|$)))/;

function readSameOutputAsInput(lower: string, f: Findings): void {
  const input = f.inputTokens;
  if (input === undefined || f.outputTokens !== undefined) return;
  if (!SAME_LENGTH_OUT.test(lower)) return;
  write(f, 'outputTokens', input);
  f.assumptions.push(`output as long as the input: ${input} tokens`);
}

/** "there is a budget, finance hasn't told us the number yet": a ceiling to ask for, not to guess. */
const UNKNOWN_BUDGET =
  /\bbudget\b[^.!?\n]{0,80}\b(?:(?:don['’]t|do not|doesn['’]t|does not) know|not (?:yet )?(?:decided|known|set|confirmed|final)|(?:hasn['’]t|has not|haven['’]t|have not) (?:told|given|confirmed|decided|set)|tbd|to be (?:decided|confirmed|defined)|unknown)\b/;

/** "no budget", "skip the budget", "money is no object": the team plans without a ceiling. */
const NO_BUDGET =
  /\b(?:no|without(?: an?)?|skip|drop|forget|ignore|never ?mind|leave out|scrap)(?: (?:the|a|that|any))? (?:budget|ceiling|cost (?:cap|limit)|spending (?:cap|limit)|price (?:cap|limit))\b|\b(?:budget|ceiling)\b[^.!?\n]{0,30}\b(?:doesn['’]t|does not|won['’]t|will not) matter\b/;

/** Whether a turn says to plan without a budget. @public */
export function declinesBudget(text: string): boolean {
  const lower = text.toLowerCase();
  return NO_BUDGET.test(lower) || PERFORMANCE.test(lower);
}

function readUnknownBudget(lower: string, f: Findings): void {
  if (
    f.budgetUsdPerMonth !== undefined ||
    f.budgetUsdPerRun !== undefined ||
    // a form's hint "(leave blank if unknown)" is not the user saying so
    !UNKNOWN_BUDGET.test(lower.replace(/\([^()]*\)/g, ''))
  )
    return;
  ask(
    f,
    'budget.usdPerMonth',
    'budget: you mentioned one without a figure; what is the most it may cost per month (or say "no budget" to plan without a ceiling)?',
  );
}

function emptyFindings(ctx: AnalyseContext): Findings {
  return {
    slo: {},
    notes: [],
    assumptions: [],
    batch: {},
    withdrawn: {},
    batchContext: false,
    itemSpans: [],
    questions: [],
    said: {},
    saidSoFar: ctx.saidSoFar ?? {},
    ...(ctx.modelSoFar ? { modelSoFar: ctx.modelSoFar } : {}),
    ...(ctx.gpuSoFar ? { gpuSoFar: ctx.gpuSoFar } : {}),
    saidEnd: {},
    turnText: '',
    ruledOut: [],
    itemCandidates: [],
    itemsOutsideBatch: [],
    itemsSaidBefore: ctx.itemsSaidBefore ?? [],
    askedWindow: Boolean(ctx.askedWindow),
    budgetSoFar: Boolean(ctx.budgetSoFar),
    ...(ctx.askedBudgetCurrency
      ? { askedBudgetCurrency: ctx.askedBudgetCurrency }
      : {}),
    batchSoFar: Boolean(ctx.batchSoFar),
    ...(ctx.useCaseSoFar ? { useCaseSoFar: ctx.useCaseSoFar } : {}),
    shareSoFar: Boolean(ctx.shareSoFar),
    ...(ctx.runsPerDaySoFar ? { runsPerDaySoFar: ctx.runsPerDaySoFar } : {}),
    ...(ctx.activeHoursSoFar ? { activeHoursSoFar: ctx.activeHoursSoFar } : {}),
    ...(ctx.lastSaidSoFar ? { lastSaid: ctx.lastSaidSoFar } : {}),
    ...(ctx.runStartSoFar ? { runStartSoFar: ctx.runStartSoFar } : {}),
  };
}

/**
 * "items per night: two and a half thousand" in a pasted spec, its count spelled out: once the
 * words are digits, the line reads as "2500 items per night." like a count said as a figure.
 */
function countsAfterTheirLabel(text: string): string {
  return (
    text
      .replace(
        /^([ \t]*)([a-z][a-z ]{1,30}?s) per (night|run|day|batch|week|hour|month)[ \t]*:[ \t]*(~?\d[\d.,]*\s*[km]?)[ \t]*$/gm,
        '$1$4 $2 per $3.',
      )
      // "active users per month — about 1.8 million": a dash between a label and its figure
      .replace(
        /(?<=(?:^|\n|:[ \t])[\p{L} \t]{0,40})(\p{L}{3,})[ \t]+[—–][ \t]+((?:about|around|roughly|approximately|up to)[ \t]+|~[ \t]*)?(?=\d)/gu,
        (_, last: string, hedge = '') => `${last}: ${hedge}`,
      )
      // "agent runs in flight: 25-40 at the busiest", "concurrent conversations: 150 to 250":
      // the count before what it counts, a range at its top end
      .replace(
        /^([ \t]*)([a-z][a-z -]{1,30}?s (?:in flight|in parallel|at once|at the same time|concurrently)|(?:concurrent|simultaneous|parallel) [a-z][a-z -]{1,30}?s)[ \t]*:?[ \t]*((?:up to |about |around )?~?\d(?:[\d.,]*\d)?(?:[ \t]*(?:[-–]|to)[ \t]*\d(?:[\d.,]*\d)?)?(?:[ \t]*[km]\b)?)/gim,
        (_, lead: string, label: string, count: string) =>
          `${lead}${count.replace(/[ \t]+to[ \t]+/, '-')} ${label} `,
      )
  );
}

/**
 * "from 150 to 250 concurrent conversations", "between 300 and 500 tokens": a range, read as
 * "150-250" (at its top end); counts up to 24 may be clock hours ("from 9 to 5") and stay.
 */
const WORDED_RANGE =
  /\b(?:from |between )?(\d{1,3}(?:,\d{3})+|\d+)\s+(?:to|and)\s+(\d{1,3}(?:,\d{3})+|\d+)\b(?![.,:]\d|\s*(?:h\b|hrs?\b|hours?\b|uhr\b|am\b|pm\b|[ap]\.m\.|o['’]clock|%|per ?cent|percent))/gi;

function wordedRanges(text: string): string {
  return text.replace(WORDED_RANGE, (whole, a: string, b: string) => {
    const [lo, hi] = [digitsValue(a), digitsValue(b)];
    return lo > 24 && hi > lo ? `${a}-${b}` : whole;
  });
}

/**
 * "polls close 6pm ET, we wind down ~4am", "we kick off at 8am and wrap up around 6pm": when the
 * busy hours start and end, said as events, read as the span "from 6pm to 4am".
 */
const START_THEN_END =
  /\b(?:polls? close|doors open|we (?:start|begin|kick off|open|go live)|(?:it |the (?:shift|night|day) )?(?:starts?|begins?|kicks? off))\s*(?:at\s+|around\s+|~\s*)?(\d{1,2}(?::\d{2})?\s*[ap]m)\b[^.\n]{0,40}?\b(?:wind(?:s)? down|wrap(?:s)? up|finish(?:es)?|stop(?:s)?|close down|shut down)\s*(?:at\s+|around\s+|by\s+|~\s*)?(\d{1,2}(?::\d{2})?\s*[ap]m)\b/gi;

function startAndEndTimes(text: string): string {
  return text.replace(
    START_THEN_END,
    (_, start: string, end: string) => `busy from ${start} to ${end}`,
  );
}

/**
 * "jon: so 90/min at peak?" answered "maria: yes": the figure asked about, confirmed, is the one
 * that counts, as if it had been said as a correction.
 */
const CONFIRMED_RESTATEMENT =
  /(^|\n)([^\n:]{1,30}:[ \t]*)?so,?[ \t]+((?:that['’]?s|it['’]?s|we['’]?re at)[ \t]+)?([^\n?]{1,60}?)\?[ \t]*\n([^\n:]{1,30}:[ \t]*)?(yes|yep|yeah|yup|correct|exactly|right|that['’]s right)\b/gi;

/** "2,000 staff (maybe 150 at the same time)": how many of a group counted are on at once. */
const BRACKETED_AT_ONCE =
  /(\d[\d,.]*\s*k?\s+(?:[\p{L}-]+\s+){0,2}?(?:staff|employees|people|persons|users|members|colleagues|customers|clients|students|agents|workers|personnel))\s*\(\s*((?:maybe|perhaps|about|around|roughly|approx\.?|up to|~)\s*)?(\d[\d,.]*\s*k?)\s+(?:at the same time|at once|concurrently|simultaneously|concurrent|online at once)\s*\)/giu;

/** The bracketed count said as "N of them at the same time", which reads it as a share. */
function bracketedCountsAtOnce(text: string): string {
  return text.replace(
    BRACKETED_AT_ONCE,
    (_, group: string, hedge = '', count: string) =>
      `${group}, ${hedge}${count} of them at the same time`,
  );
}

function confirmedRestatements(text: string): string {
  return text.replace(
    CONFIRMED_RESTATEMENT,
    (
      _,
      lead: string,
      who = '',
      _that,
      figure: string,
      answerer = '',
      yes: string,
    ) => `${lead}${who}actually ${figure}.\n${answerer}${yes}`,
  );
}

/**
 * Instructions and settings inside the request left out, typing slips fixed and number words
 * ("two hundred") turned into digits.
 */
function normaliseTurn(input: string, f: Findings): string {
  const { ignored, fixed, text } = readableRequest(input);
  if (ignored.length) f.notes.push(ignoredInstructionsNote(ignored));
  if (fixed.length)
    f.assumptions.push(`typing slips read: ${fixed.join(', ')}`);
  const summed = withBreakdownTotals(
    countsAfterTheirLabel(
      wordedRanges(
        bracketedCountsAtOnce(
          normaliseNumberWords(startAndEndTimes(confirmedRestatements(text))),
        ),
      ),
    ),
  );
  const negated = withoutNegatedNumbers(summed.text);
  f.ruledOut = negated.ruledOut;
  const lengths = wordsAsTokens(negated.text);
  f.assumptions.push(...summed.read, ...lengths.read);
  return lengths.text;
}

/**
 * What the rules read of a message: pasted data as prose, without instructions, settings or a
 * non-goals section, other languages and typing slips read as English words.
 */
export function readableRequest(input: string): {
  text: string;
  ignored: string[];
  fixed: string[];
} {
  // one spelling of each letter: "ज़" typed as one code point or as "ज" and a nukta, as the
  // glossary writes it
  const request = withoutInstructions(
    asPlainLines(withAsciiDigits(input.normalize('NFC'))),
  );
  const words = normaliseWords(request.text);
  return { text: words.text, ignored: request.ignored, fixed: words.fixed };
}

/** "3 per cent was last year's figure", "the 1,200/hour figure was last season": out of date. */
const OUTDATED =
  /(~?\d[\d.,]*(?:\s*(?:%|per ?cent|percent))?)(?=[^.;\d]{0,20}\b(?:was|were|is|are) (?:last (?:year|month|quarter|week|season|cycle|term|semester|intake|round|campaign)(?:['’]s)?(?![\w-])|the old|an old|outdated|stale|the previous|an earlier|the earlier)\b|[^.;\d]{0,60}\bbut (?:that|this|the) (?:figure|number|estimate|value) (?:is|was) (?:outdated|out of date|stale|no longer valid)\b|[^.;\d]{0,20}\bfrom (?:the |an |our )?(?:old|previous|earlier|former|last)\b)/gi;

/**
 * "120 is the whole commercial team", "20k is total enrollment … what actually matters is ~1,500
 * on it at the same time": a count of everyone, said to withdraw it as the users.
 */
const WHOLE_GROUP =
  /(~?\d[\d.,]*\s?k?)(?=\s+(?:is|was)\s+(?:just\s+)?the whole (?:[a-z]+ )?(?:team|company|department|organi[sz]ation|division|office|group|staff|workforce)\b|\s+(?:is|was)\s+(?:just\s+|only\s+)?(?:the\s+|our\s+)?total\b[^;\d]{0,60}?\bwhat (?:actually |really )?(?:matters|counts) is\b)/gi;

/** The value of a figure as written ("2M", "12,000", "2.5k", "8h"). */
function figureValue(raw: string): number {
  const figure = raw.replace(/\s?(?:h|hrs?|hours?)$/i, '');
  const unit = /\s?([km])$/i.exec(figure)?.[1].toLowerCase();
  const scale = { k: 1e3, m: 1e6 }[unit ?? ''] ?? 1;
  return countOfText(figure.replace(/\s?[km]$/i, '')) * scale;
}

/**
 * "25%, not 20%": a number said only to be ruled out is not read, nor one out of date; "it's 250,
 * not 150" also rules out the 150 quoted from an earlier message further down.
 */
function withoutNegatedNumbers(text: string): {
  text: string;
  ruledOut: number[];
} {
  const negated = [
    ...text.matchAll(
      /\b(?:not|instead of|rather than|(?:scratch|forget|disregard|strike|cross out) (?:the|that|this|my))\s+~?((?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d[\d.,]*\d|\d(?=\s?[km]\b))(?:\s?[km]\b)?)(?=[\s,.;:!?)]|$)(?!\s*%)/gi,
    ),
  ].map(m => m[1]);
  const escaped = negated.map(d => d.replace(/[.]/g, '\\.'));
  const elsewhere = escaped.length
    ? text.replace(
        new RegExp(
          // "not 200 but 350 people … within 200ms": a figure with a unit is another quantity
          `(?<![\\d.,])(?:${escaped.join(
            '|',
          )})(?![\\d]|[.,]\\d|\\s*(?:ms|s|secs?|seconds?|mins?|minutes?|h|hours?|tokens?|%)(?![a-z]))`,
          'g',
        ),
        d => ' '.repeat(d.length),
      )
    : text;
  // "120 is the whole commercial team. Only 35 are traders": a count withdrawn as everyone's,
  // here and in the earlier message that said it
  const wholeGroup = [...text.matchAll(WHOLE_GROUP)].map(m => m[1]);
  return {
    text: elsewhere
      .replace(OUTDATED, s => ' '.repeat(s.length))
      .replace(WHOLE_GROUP, s => ' '.repeat(s.length))
      .replace(
        /\b(not|instead of|rather than)(\s+)(~?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d[\d.,]*)(?:\s?[km]\b|\s*%)?)(?=[\s,.;:!?)]|$)/gi,
        (_, w: string, sp: string, num: string) =>
          `${w}${sp}${' '.repeat(num.length)}`,
      ),
    ruledOut: [...negated, ...wholeGroup].map(figureValue),
  };
}

/**
 * A quoted passage of several words is content the service is to process ("translate the
 * following: '...'"), not part of the request: its numbers and names are not read. One a
 * requirement cites ("the spec says:", "here is the ticket from the branch team:") is the request.
 */
const CITED =
  /\b(?:says|said|states|stated|reads|writes|wrote|written|requires|required|specifies|specified)\s*:?\s*$|\b(?:KR|OKR|objective|key result|requirement|req|goal|target|SLA|SLO)\s*[\d.]*\s*:\s*$|\bfrom (?:the|our|a|their)\s+(?:[\w'’-]+\s+){0,2}?(?:ticket|spec|specification|requirements?|sla|slo|contract|prd|brief|rfc|doc|document|test plan)\b[^:\n'"]{0,40}:\s*$|\b(?:here(?:['’]s| is)|below is|this is)\s+(?:the|our|their)\s+(?:[\w'’-]+\s+){0,2}?(?:ticket|spec|specification|requirements?|request|brief|prd)\b[^:\n'"]{0,60}:\s*$/i;

/**
 * "Here's an example case note so you get the idea:" and a block between `---` or ``` lines: a
 * sample of what the service will process, whose figures ("deposit withheld (£850)") are not the
 * request's.
 */
const SAMPLE_INTRO = `\\b(?:here(?:['’]s| is)|below is|this is|attached is|see)\\s+(?:an?\\s+|one\\s+)?(?:example|sample|typical)\\s+(?:[a-z-]+\\s+){0,2}?(?:${ITEM_NOUN_WORDS})\\b[^\\n]*`;
const SAMPLE_BLOCK = new RegExp(
  `${SAMPLE_INTRO}\\n((?:[ \\t]*\\n)*[ \\t]*(-{3,}|\`{3,}|={3,})[^\\n]*\\n[\\s\\S]*?\\n[ \\t]*\\2[ \\t]*(?=\\n|$))`,
  'gi',
);
/**
 * The same sample as the paragraph after an intro ending in a colon (a code fence already gone);
 * one left out as an injection leaves its lines blank, and the paragraph after it is the request's.
 */
const SAMPLE_PARAGRAPH = new RegExp(
  `${SAMPLE_INTRO}:[ \\t]*\\n((?:[ \\t]*\\n)?[^\\n]*\\S[\\s\\S]*?)(?=\\n[ \\t]*\\n|$)`,
  'gi',
);

function blankQuoted(text: string, f: Findings): string {
  const blankSample = (s: string, block: string) => {
    f.notes.push(
      'the pasted sample read as content to process, not as part of the request',
    );
    return s.slice(0, s.length - block.length) + block.replace(/[^\n]/g, ' ');
  };
  return text
    .replace(SAMPLE_BLOCK, blankSample)
    .replace(SAMPLE_PARAGRAPH, blankSample)
    .replace(
      /(?<=^|[\s:(])(['"\u201c\u2018])([^'"\u201c\u201d\u2018\u2019\n]+?)(['"\u201d\u2019])(?=$|[\s.,;:!?)])/g,
      (s, _open: string, inner: string, _close: string, at: number) => {
        if (inner.trim().split(/\s+/).length < 4) return s;
        // 'the requirements doc says: "users active at the same time: at most 150"': a requirement
        // cited, read as said
        if (CITED.test(text.slice(0, at))) return s;
        f.notes.push(
          `quoted text "${inner
            .trim()
            .slice(
              0,
              60,
            )}" read as content to process, not as part of the request`,
        );
        return ' '.repeat(s.length);
      },
    );
}

/** "never mind the GPU", "forget the A10G part", "we haven't decided on hardware". */
const WITHDRAWN =
  /\b(?:never mind|forget(?: about)?|scrap|scratch|drop|disregard)\s+(?:the\s+|that\s+|my\s+|our\s+)?([^.,;!?\n]{0,30}?)\s*(?:part|bit|idea|choice|requirement|preference|gpus?|hardware|cards?|models?)\b|\b(?:haven['’]t|have not|not yet|didn['’]t|did not) decided? (?:on |about )?(?:the )?(hardware|gpus?|model)\b|\bleave (?:the )?(gpu|hardware|model) (?:open|unset|to you|up to you)\b|\b(?:any|whichever) (gpu|hardware|model) (?:is fine|will do|works)\b/gi;

/**
 * "scrap the $3k", "forget the budget", "money is no object": a ceiling said before is taken
 * back (a new figure in the same turn still sets one).
 */
const BUDGET_WITHDRAWN =
  /\b(?:never mind|forget(?: about)?|scrap|scratch|drop|disregard|lift|remove)\s+(?:the\s+|that\s+|my\s+|our\s+)?(?:(?:~|about |around )?[$€£]\s?\d[\d.,]*\s*[km]?\b(?:\s*(?:\/\s*|per |a )(?:mo|month|run)\b)?(?:\s+(?:budget|cap|ceiling|limit)\b)?|(?:monthly |per-run )?(?:budget|spending|cost|spend)(?: (?:cap|ceiling|limit))?\b)|\bmoney is no (?:object|issue)\b|\bno (?:budget|spending|cost) (?:limit|cap|ceiling)s?\b|\bbudget is (?:unlimited|no (?:issue|concern|object))\b/gi;
const BUDGET_WITHDRAWN_ONCE = new RegExp(BUDGET_WITHDRAWN.source, 'i');

/** Whether the text takes a budget ceiling back ("scrap the $3k", "forget the budget"). */
export function takesBudgetBack(text: string): boolean {
  return BUDGET_WITHDRAWN_ONCE.test(text);
}

/** What the reply says when a ceiling said before is taken back. */
export const BUDGET_DROPPED_NOTE = 'budget ceiling dropped, as you said';

function readWithdrawnChoices(
  text: string,
  idx: ChatCatalogIndex,
  f: Findings,
): string {
  let rest = text;
  for (const m of text.matchAll(BUDGET_WITHDRAWN)) {
    f.withdrawn.budget = m.index! + m[0].length;
    // the figure taken back is not a new ceiling to ask about
    rest = withCountsBlanked(rest, m as RegExpExecArray, /\d/g);
  }
  for (const m of text.matchAll(WITHDRAWN)) {
    const said = m[0].toLowerCase();
    const gpu =
      /\b(gpus?|hardware|cards?)\b/.test(said) ||
      findGpuMentions(m[0], idx).some(g => g.id);
    const model =
      /\bmodels?\b/.test(said) || findModelMentions(m[0], idx).length > 0;
    const end = m.index! + m[0].length;
    if (gpu) f.withdrawn.gpu = end;
    else if (model) f.withdrawn.model = end;
    if (gpu || model) rest = blank(rest, m.index!, end);
  }
  return rest;
}

/** "infra says we must use T4s, but our CTO insists on H100 NVL": two people, two choices. */
const SAYS = String.raw`\b(?:says?|said|insists?|insisted|wants?|argues?|prefers?|demands?|swears? by|is adamant)\b`;
const DISPUTED_BETWEEN = new RegExp(
  String.raw`^[^.;\n]{0,80}?\b(?:but|while|whereas)\b[^.;\n]{0,60}?${SAYS}`,
  'i',
);
const SAYS_BEFORE = new RegExp(`${SAYS}[^.;\\n]{0,60}$`, 'i');

/** Two choices named with these words before the first and between the two. */
type PairSaid = { before: RegExp; between: RegExp };

function pairSaid(
  text: string,
  first: NameMention,
  later: NameMention,
  { before, between }: PairSaid,
): boolean {
  return (
    before.test(text.slice(0, first.start)) &&
    between.test(text.slice(first.end, later.start))
  );
}

/** Two people naming different choices in one sentence: which one wins is not settled. */
const DISPUTED: PairSaid = { before: SAYS_BEFORE, between: DISPUTED_BETWEEN };

/** "decide between Mixtral 8x22B and Llama 3.3 70B by next week": a choice still open. */
const UNDECIDED_CHOICE: PairSaid = {
  before:
    /\b(?:decide|deciding|decision|choose|choosing|pick|picking|undecided|torn|comparing|evaluating|still open)\b[^.;\n]{0,20}?\b(?:between|among|whether)\s+(?:the\s+)?$|\beither\s+(?:the\s+)?$/i,
  between: /^\s*(?:,|and|or|vs\.?|versus|\/)\s*(?:the\s+)?$/i,
};

/** "infra says L4 rather than A10G": the name after it is the one turned down. */
const INSTEAD_OF_BEFORE =
  /\b(?:rather than|instead of|in place of)\s+(?:the\s+|an?\s+)?$/i;

/** "swap Scout for Maverick", "switch from Scout to Maverick", ", not Scout": the one swapped out. */
function swappedOut(text: string, m: NameMention): boolean {
  const before = text.slice(0, m.start);
  const after = text.slice(m.end);
  return (
    // "make it Maverick, not Scout"
    /(?:^|[,;—–-]\s*|\bbut\s+)not\s+(?:the\s+)?$/i.test(before) ||
    (/\b(?:swap|replace|switch|change|exchange|trade)\s+(?:out\s+)?(?:the\s+)?$/i.test(
      before,
    ) &&
      /^\s+(?:out\s+)?(?:for|with|by|to)\b/i.test(after)) ||
    (/\b(?:swap|switch|change|move|go)\w*\s+(?:over\s+)?from\s+(?:the\s+)?$/i.test(
      before,
    ) &&
      /^\s+(?:to|over to)\b/i.test(after))
  );
}

/** "(we benchmarked deepseek-r1 too — rejected, too slow)": a choice tried and turned down. */
const REJECTED_AFTER =
  /^[^.;\n()]{0,30}?\b(?:rejected|ruled out|discarded|turned down|too slow|too expensive|not an option|didn['’]t (?:work|fit|cut it))\b/i;

function readModelMentions(
  text: string,
  idx: ChatCatalogIndex,
  f: Findings,
): string {
  const named = findModelMentions(text, idx);
  const mentions = [...named, ...variantMentions(text, idx, named, f)].sort(
    (a, b) => a.start - b.start,
  );
  const out = readChoiceMentions('model', mentions, text, f);
  const reading = named.find(m => m.reading && m.id === f.model)?.reading;
  if (reading) f.assumptions.push(reading);
  return out;
}

/**
 * "swap Scout for Maverick" after "Model: Llama 4 Scout": a bare name of another variant of the
 * model the conversation has, read as that family's model.
 */
function variantMentions(
  text: string,
  idx: ChatCatalogIndex,
  named: NameMention[],
  f: Findings,
): NameMention[] {
  const family = f.modelSoFar?.replace(/-[a-z]+$/, '-');
  if (!family || family === f.modelSoFar) return [];
  const out: NameMention[] = [];
  for (const m of text.matchAll(/\b\p{L}{4,}\b/gu)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (named.some(x => start < x.end && end > x.start)) continue;
    // a name, capitalised mid-sentence: "a large batch" or "Large documents …" is no "Mistral Large"
    if (
      !/^\p{Lu}/u.test(m[0]) ||
      /(?:^|[.!?:\n])\s*$/.test(text.slice(0, start))
    )
      continue;
    const id = `${family}${m[0].toLowerCase()}`;
    if (idx.resolveModel(id) === id) out.push({ raw: m[0], start, end, id });
  }
  return out;
}

function readGpuMentions(
  text: string,
  idx: ChatCatalogIndex,
  f: Findings,
): string {
  const named = findGpuMentions(text, idx);
  const mentions = [...named, ...formFactorMentions(text, idx, named, f)].sort(
    (a, b) => a.start - b.start,
  );
  return readChoiceMentions('gpu', mentions, text, f);
}

const FORM_FACTOR = /\b(?:pcie|sxm\d?|nvl)\b/i;

/**
 * "A100 80GB SXM… sorry, ours are the PCIe version not SXM": a bare form factor, read as the GPU
 * named before it (or earlier in the conversation) in that form.
 */
function formFactorMentions(
  text: string,
  idx: ChatCatalogIndex,
  named: NameMention[],
  f: Findings,
): NameMention[] {
  const out: NameMention[] = [];
  for (const m of text.matchAll(new RegExp(FORM_FACTOR.source, 'gi'))) {
    const start = m.index!;
    const end = start + m[0].length;
    if (named.some(x => start < x.end && end > x.start)) continue;
    const current =
      [...named].reverse().find(x => x.end <= start && x.id)?.id ?? f.gpuSoFar;
    if (!current || !FORM_FACTOR.test(current)) continue;
    const form = m[0].toLowerCase().startsWith('pcie')
      ? 'PCIe'
      : m[0].toUpperCase();
    // "H100-SXM-80GB" in NVL form is the H100 NVL, whatever its memory
    const id =
      idx.resolveGpu(current.replace(FORM_FACTOR, form)) ??
      idx.resolveGpu(`${current.split('-')[0]} ${form}`);
    if (id && id !== current) out.push({ raw: m[0], start, end, id });
  }
  return out;
}

/**
 * The model or GPU named: the last one kept, one turned down skipped, and two that different
 * people ask for asked back.
 */
function readChoiceMentions(
  field: 'model' | 'gpu',
  mentions: (NameMention & { count?: number })[],
  text: string,
  f: Findings,
): string {
  const name = field === 'gpu' ? 'GPU' : 'model';
  let rest = text;
  let kept: NameMention | undefined;
  let disputed = false;
  for (const m of mentions) {
    if (
      m.end <= (f.withdrawn[field] ?? -1) ||
      REJECTED_AFTER.test(text.slice(m.end)) ||
      INSTEAD_OF_BEFORE.test(text.slice(0, m.start)) ||
      swappedOut(text, m)
    ) {
      rest = blank(rest, m.start, m.end);
      continue;
    }
    const said = f[field];
    if (m.id) {
      if (
        kept &&
        said &&
        said !== m.id &&
        pairSaid(text, kept, m, UNDECIDED_CHOICE)
      ) {
        f.notes.push(
          `${name} not decided yet (${said} or ${m.id}); the planner compares catalog ${name}s`,
        );
        f[field] = undefined;
        kept = m;
        rest = blank(rest, m.start, m.end);
        continue;
      }
      if (kept && said && said !== m.id && pairSaid(text, kept, m, DISPUTED)) {
        ask(
          f,
          field,
          `${field}: different people asked for ${said} and ${m.id}; which ${name} should the plan use?`,
        );
        disputed = true;
      } else if (said && said !== m.id)
        f.notes.push(`several ${name}s mentioned; kept the last one (${m.id})`);
      f[field] = disputed ? undefined : m.id;
      kept = m;
    } else if (m.problem)
      f.notes.push(
        `${m.problem}; no ${name} set, the planner compares catalog ${name}s`,
      );
    if (m.count !== undefined)
      f.notes.push(
        `"${m.raw}": the GPU count is not taken from the chat; the planner sizes replicas and tensor parallelism`,
      );
    rest = blank(rest, m.start, m.end);
  }
  return rest;
}

function readEngine(lower: string, f: Findings): void {
  if (/\bvllm\b/.test(lower)) f.engine = 'vllm';
  else if (/\bsglang\b/.test(lower)) f.engine = 'sglang';
  else if (/\b(tensorrt[- ]?llm|trt[- ]?llm)\b/.test(lower))
    f.engine = 'trtllm';
  else if (/\b(tgi|text generation inference)\b/.test(lower)) f.engine = 'tgi';
  else if (/\bnim\b/.test(lower)) f.engine = 'nim';
}

function readPricing(lower: string, f: Findings): void {
  const spotNo =
    /\b(no|nae|not|never|can't|cannot|without|avoid|don't want|vetoed|veto|rejected|ruled out|banned|forbids?|forbade)\b[^.]{0,20}\b(spot|preemptible)\b/.test(
      lower,
    ) ||
    // "on-demand only — spot preemptions would make the editor stutter": spot as the problem
    /\b(spot|preemptible)\b[^.;]{0,20}\b(would|could|might|will)\s+(make|cause|break|interrupt|hurt|kill|stall|disrupt)\b/.test(
      lower,
    ) ||
    /\b(spot|preemptible)\b[^.]{0,20}\b(is|are)( not|n't) (acceptable|an option|allowed|ok|okay|possible|wanted)\b/.test(
      lower,
    );
  if (
    !spotNo &&
    /\b(spot|preemptible|interruptible)\b/.test(lower) &&
    /\bon[- ]demand( only)?\b/.test(lower) &&
    !/\b(or|and|vs\.?|versus|compare\w*)\s+(on[- ]demand|spot)\b/.test(lower)
  )
    ask(
      f,
      'pricing',
      'pricing: you mentioned both spot and on-demand; which prices should the plan use?',
    );
  else if (spotNo || /\bon[- ]demand only\b/.test(lower))
    f.pricing = 'on-demand';
  // "ask finance about spot vs on-demand — not decided": both open, the planner's default stands
  else if (
    /\b(?:spot|preemptible)\s+(?:or|vs\.?|versus)\s+on[- ]demand\b|\bon[- ]demand\s+(?:or|vs\.?|versus)\s+(?:spot|preemptible)\b/.test(
      lower,
    )
  )
    f.notes.push(
      'spot or on-demand not decided: the plan prices on-demand and shows spot as the option',
    );
  else if (/\b(spot|preemptible|interruptible)\b/.test(lower))
    f.pricing = 'spot';
  else if (onDemandPricing(lower)) f.pricing = 'on-demand';
  else if (/\breserved (instances?|capacity)\b/.test(lower)) {
    // "(we have reserved capacity)": capacity already bought is no price wish; "we want
    // reserved instances" asks for prices the catalog does not have
    if (
      !/\b(we|i|they)( already)? (have|own|hold|got)\b[^.]{0,20}\breserved\b/.test(
        lower,
      )
    )
      f.pricing = 'on-demand';
    f.notes.push(
      'reserved pricing is not in the price catalog; on-demand prices are used as the upper bound',
    );
  }
}

/**
 * The price preference. Both a cost word and a performance word ("as cheap as possible, but
 * performance over price") are asked back, unless a correction word between them makes the
 * later one win.
 */
function readPricePreference(lower: string, f: Findings): void {
  const perf = PERFORMANCE.exec(lower);
  const cheap = LOWEST_COST.exec(lower);
  if (!perf || !cheap) {
    if (perf) f.pricePreference = 'performance';
    else if (cheap) f.pricePreference = 'lowest-cost';
    return;
  }
  const [first, later] =
    perf.index < cheap.index ? [perf, cheap] : [cheap, perf];
  // one phrase inside the other ("cost over performance") is one wish
  if (later.index < first.index + first[0].length) {
    f.pricePreference = first === perf ? 'performance' : 'lowest-cost';
    return;
  }
  if (
    CORRECTION.test(lower.slice(first.index + first[0].length, later.index))
  ) {
    f.pricePreference = later === perf ? 'performance' : 'lowest-cost';
    return;
  }
  ask(
    f,
    'budget.preference',
    `budget.preference: you said "${cheap[0]}" and "${perf[0]}"; should the plan favour the lowest cost or performance?`,
  );
}

/** A count of things a batch processes: "20k support emails", "1.2M tickets". */
const ITEM_COUNT = new RegExp(
  `\\d(?:[\\d.,' ]*\\d)?\\s*(?:k|m|mn|million|thousand)?\\b${ITEM_PHRASE}`,
);

const ITEM_COUNTS = new RegExp(ITEM_COUNT.source, 'g');

/** After a count of items, a period that makes it a rate ("200 enquiries an hour"). */
const PER_SHORT_PERIOD =
  /^\s*(?:an|a|per|each|every|\/)\s*(?:hour|hr|h|minute|min|second|sec|s)\b/;

/**
 * A count of items that is not a rate: "200 enquiries an hour, nearly all between 8am and 8pm"
 * is traffic through the day, so its clock span is the busy hours and no run's window.
 */
function countsItemsPerRun(lower: string): boolean {
  for (const m of lower.matchAll(ITEM_COUNTS))
    if (!PER_SHORT_PERIOD.test(lower.slice(m.index! + m[0].length)))
      return true;
  return false;
}

/**
 * "on-demand instances", "on demand is fine": the price kind; "summarise transcripts on demand"
 * says when the service is used, not how its GPUs are paid.
 */
function onDemandPricing(lower: string): boolean {
  const m = /\bon[- ]demand\b/.exec(lower);
  if (!m) return false;
  // "summarise on-demand": when the task runs, not how the GPUs are billed
  if (/\b(summar\w*|translat\w*)\s+$/.test(lower.slice(0, m.index)))
    return false;
  if (m[0].includes('-')) return true;
  // "summaries on demand for the bank's analysts", "on demand when a visitor asks": when it is used
  if (
    /^\s*(for|when|as|whenever|by|from)\b/.test(
      lower.slice(m.index + m[0].length),
    )
  )
    return false;
  const around = lower.slice(
    Math.max(0, m.index - 30),
    m.index + m[0].length + 25,
  );
  return (
    /\b(instances?|pricing|prices?|billing|gpus?|nodes?|capacity|vms?|servers?|machines?|only|spot|reserved|rates?|cloud)\b/.test(
      around,
    ) ||
    !/\b(summar\w*|translat\w*|generat\w*|answer\w*|creat\w*|produc\w*|draft\w*|writ\w*|available|served|serv\w*)\b[^.;,]{0,40}$/.test(
      lower.slice(0, m.index),
    )
  );
}

/** "… every 3 minutes. Sorry, I meant every 2 minutes": a corrected interval. */
const CADENCE_CORRECTION =
  /\b(?:i meant|i mean|make that|actually|correction:?|rather)\s+(?:(?:about|around|roughly)\s+)?every\s+(\d+(?:\.\d+)?\s*)?(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i;

/** A person's messages said as a count, an interval and its unit. */
type Cadence = {
  said: string;
  at: number;
  count?: string;
  every?: string;
  unit: string;
};

/** Whom a person's rate is per ("per active dev", "/dev"). */
const PERSON_NOUNS =
  'user|person|dev|developer|agent|student|employee|session|seat|engineer|member|customer|fan|player|viewer|reader|visitor|patron|guest|analyst|clinician|nurse|technician|operator|rep|caller|passenger|driver|officer';
/** What a person sends, in a rate written as a unit ("2 req/min", "6 completions per … per min"). */
const SENT_NOUNS =
  'req(?:uest)?s?|messages?|msgs?|completions?|quer(?:y|ies)|questions?|prompts?';
/** The time unit of such a rate. */
const RATE_UNITS = 'min(?:ute)?|sec(?:ond)?|s|h(?:ou)?r?|hour';

/** The ways a person's cadence is said, each with where its count, interval and unit are. */
const CADENCES: {
  re: RegExp;
  /** group of the count; none when it is one ("each translating something every 2 minutes") */
  count?: number;
  every?: number;
  unit: number;
}[] = [
  // "an agent fires about 6 steps per minute", "each active user sends 8 requests a minute"
  {
    re: /\b(?:each|every|an?|one) (?:active )?(?:agent|user|person|employee|developer|dev|analyst|member|rep|student|engineer|worker|session|customer|client)\b[^.;,\d]{0,12}?\b(?:sends?|fires?|makes?|triggers?|issues?|runs?|does|asks?|submits?|executes?|generates?|performs?|takes?|hits?|calls?|posts?|averages?)\b[^.;,\d]{0,15}?\b(\d+(?:\.\d+)?)\s+(?:[a-z-]+\s+)?(?:messages?|questions?|requests?|quer(?:y|ies)|prompts?|steps?|calls?|completions?|turns?)\s+(?:per|a|an|each|every|\/)\s*(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i,
    count: 1,
    unit: 2,
  },
  // "an active underwriter submits about one case every five minutes", "a radiologist opens a
  // new case roughly every 4 minutes", "each agent completes a call every 4 minutes"
  {
    re: /\b(?:each|every|an?|one) (?:active )?(?:agent|rep|underwriter|broker|adjuster|clerk|officer|lawyer|teacher|nurse|doctor|reviewer|operator|caseworker|editor|writer|tutor|trader|planner|technician|dispatcher|recruiter|accountant|auditor|(?!other\b)[a-z]{3,}(?:ologist|ist|ian|er|or))\b[^.;,\d]{0,12}?\b(?:submits?|sends?|opens?|files?|runs?|asks?|raises?|creates?|makes?|reads?|reviews?|handles?|starts?|confirms?|accepts?|approves?|closes?|completes?|finishes?|translates?|edits?|posts?)\b[^.;,\d]{0,15}?\b(a|an|one|\d+(?:\.\d+)?)\s+(?:[a-z-]+\s+)?(?:cases?|tasks?|jobs?|tickets?|quer(?:y|ies)|requests?|questions?|messages?|reviews?|claims?|applications?|studies|study|files?|reports?|segments?|suggestions?|drafts?|translations?|summar(?:y|ies)|orders?|forms?|calls?|chats?|conversations?)\s+(?:(?:roughly|about|around|approximately|~)\s+)?(?:per|a|an|each|every|\/)\s*(\d+(?:\.\d+)?\s*)?(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i,
    count: 1,
    every: 2,
    unit: 3,
  },
  // "an agent clicks it about 12 times an hour", "each person sends a message 2 times a minute",
  // "each clicking maybe 3 times an hour": how often a person uses it
  {
    re: /\b(?:(?:each|every|an?|one) (?:active )?(?:agent|user|person|employee|developer|dev|analyst|member|rep|student|engineer|worker|customer|client)|each one|each of them|each(?= \w+ing\b))\b[^.;,\d]{0,24}?\b(?:clicks?|uses?|presses?|hits?|opens?|runs?|triggers?|asks?|sends?|calls?|clicking|using|pressing|hitting|opening|running|triggering|asking|sending|calling)\b(?:\s+(?:it|this|that|them|something|the button|(?:a|an|one) (?:message|question|request|query|prompt|completion|suggestion)))?\s+(?:(?:about|around|roughly|approximately|like|maybe|probably|perhaps)\s+|~\s*)?(\d+(?:\.\d+)?)\s+times\s+(?:a|an|per|each|every)\s+(minutes?|mins?|hours?|hrs?)\b/i,
    count: 1,
    unit: 2,
  },
  // "2% online, each sending a message per minute", "each asking 20 to 30 questions an hour"
  // (the range's top): each of the people just named
  {
    re: /\beach\s+(?:of them\s+|one\s+)?(?:sends?|sending|asks?|asking|submits?|submitting|fires?|firing|posts?|posting|makes?|making|does|doing|drafts?|drafting|requests?|requesting)\s+(?:(?:about|around|roughly|approximately|on average|~)\s*)?(?:\d+(?:\.\d+)?\s*(?:to|-|–)\s*)?(a|an|one|\d+(?:\.\d+)?)\s+(?:[a-z-]+\s+)?(?:messages?|questions?|requests?|quer(?:y|ies)|prompts?|translations?|summar(?:y|ies)|completions?|drafts?|lookups?)(?:\s+(?:per|a|an|each|every)|\s*\/)\s*(\d+(?:\.\d+)?\s*)?(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i,
    count: 1,
    every: 2,
    unit: 3,
  },
  // "each active user, about one message per 15 seconds": the rate after whom it is per
  {
    re: /\beach (?:active )?(?:user|person|employee|customer|client|agent|developer|dev|student|member)\s*[,:]\s*(?:(?:about|around|roughly|approximately|~)\s*)?(a|an|one|\d+(?:\.\d+)?)\s+(?:messages?|questions?|requests?|quer(?:y|ies)|prompts?)\s+(?:per|a|an|each|every|\/)\s*(\d+(?:\.\d+)?\s*)?(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i,
    count: 1,
    every: 2,
    unit: 3,
  },
  // "6 queries per bookseller per hour": a count per person, then the period
  {
    re: /\b(\d+(?:\.\d+)?)\s+(?:messages?|questions?|requests?|quer(?:y|ies)|prompts?|lookups?)\s+(?:per|a|an|each)\s+(?:active\s+)?(?:[a-z]{3,}(?:er|or|ist|ian|ant|ee)|user|person|member|agent|rep|customer|client|student|staff member)\s+(?:per|a|an|each|every|\/)\s*(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i,
    count: 1,
    unit: 2,
  },
  // "one message each every 90 seconds": a count each, then how often
  {
    re: /\b(a|an|one|\d+(?:\.\d+)?)\s+(?:[a-z-]+\s+)?(?:messages?|questions?|requests?|quer(?:y|ies)|prompts?|lookups?)\s+(?:each|apiece|a head|per (?:person|head))\s+(?:(?:roughly|about|around|approximately|~)\s*)?(?:every|per|a|an)\s+(\d+(?:\.\d+)?\s*)?(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i,
    count: 1,
    every: 2,
    unit: 3,
  },
  // "one question per 5 min each": a count, its interval, then that it is each person's
  {
    re: /\b(a|an|one|\d+(?:\.\d+)?)\s+(?:[a-z-]+\s+)?(?:messages?|questions?|requests?|quer(?:y|ies)|prompts?|lookups?)\s+(?:per|every|a|an)\s+(\d+(?:\.\d+)?\s*)?(minutes?|mins?|hours?|hrs?|seconds?|secs?)\s+(?:each|apiece|per (?:person|head|user))\b/i,
    count: 1,
    every: 2,
    unit: 3,
  },
  // "each one clicks every 5 min or so", "every agent asks about every 1 minute", "each of them
  // would press it roughly once every 3 minutes": each of the people just named
  {
    re: /\b(?:each (?:one|of them|person|user)|(?:each|every) (?:agent|employee|developer|dev|student|member|customer|analyst)s?)\s+(?:[a-z]+\s+){0,3}?(?:roughly |about |around |~)?(?:once )?every\s+(\d+(?:\.\d+)?)\s*(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i,
    every: 1,
    unit: 2,
  },
  // "requests: about every 2 minutes one per active user": the cadence before whom it is per
  {
    re: /(?<!\b(?:\d+|one|a|an)(?:\s+[a-z]+)?\s+)\bevery\s+(\d+(?:\.\d+)?)\s*(minutes?|mins?|hours?|hrs?|seconds?|secs?)\s+(?:(?:one|a|an)(?:\s+(?:request|message|question|query|prompt))?\s+)?(?:per|for each|from each|each) (?:active )?(?:user|person|employee|member|developer|dev|agent|analyst|student|customer|client)\b/i,
    every: 1,
    unit: 2,
  },
  // "questions per active person: about one every 3 minutes", "clicks per online agent: ~1
  // every 4 min": a spec's key, then the cadence
  {
    re: new RegExp(
      `\\b(?:${SENT_NOUNS}|chats?|clicks?|taps?|uses?|calls?)\\s+(?:per|from each|for each|by each)\\s+(?:(?:active|online|logged[- ]in)\\s+)?(?:${PERSON_NOUNS}|client|resident)\\s*[:=-]?\\s*(?:(?:roughly|about|around|approximately|maybe|~)\\s*)?(?:one|a|1)\\s+every\\s+(\\d+(?:\\.\\d+)?)\\s*(minutes?|mins?|hours?|hrs?|seconds?|secs?)\\b`,
      'i',
    ),
    every: 1,
    unit: 2,
  },
  // "each pings it roughly every 4 min", "each one opens a treaty about every 5 minutes", "each
  // clicks summarise every five minutes": each of the people just named, a verb before the cadence
  {
    re: /\beach\s+(?:one\s+|of (?:them|those|these)\s+)?(?:(?:would|will|might|may|could)\s+)?(?:pings?|asks?|uses?|quer(?:y|ies)|hits?|calls?|messages?|checks?|sends?|opens?|runs?|triggers?|clicks?|submits?|uploads?|pinging|asking|using|querying|hitting|calling|messaging|checking|sending|opening|running|triggering|clicking|submitting|uploading)\s+(?:(?:it|something|the (?:bot|assistant|service|model)|(?:a|an|one) [a-z-]+|(?!(?:roughly|about|around|approximately|maybe|probably|perhaps|once|every)\b)[a-z-]{3,})\s+)?(?:roughly |about |around |approximately |maybe |probably |perhaps |~)?(?:once (?:roughly |about |around |~)?)?every\s+(\d+(?:\.\d+)?)\s*(minutes?|mins?|hours?|hrs?|seconds?|secs?|s(?=\s|[,.;)]|$))\b/i,
    every: 1,
    unit: 2,
  },
  // "each asks on average once a minute", "they ask about once a minute", "each active engineer
  // generates tests roughly once every 4 min", "each fan pinging it about once a minute": once
  // per period, each of the people just named
  {
    re: /\b(?:each|they|users|people)\s+(?:of (?:them|those|these)\s+|one\s+|also\s+|(?:active\s+)?(?:user|person|employee|developer|dev|engineer|agent|analyst|member|student|worker|rep|fan|visitor|viewer|listener|player|customer|client|guest|subscriber|reader|caller|patient|passenger|rider|driver|teacher|parent)\s+)?(?:(?:would|will|might|may|could)\s+)?(?:sends?|asks?|submits?|posts?|writes?|queries|calls?|ask|send|generates?|runs?|uses?|triggers?|creates?|requests?|presses?|clicks?|taps?|hits?|pings?|pinging|asking|sending|using|hitting|querying|messaging|calling|checking)\s+(?:(?:it|them|this|tests|code|something|the button|(?:a|an|one) [a-z-]+)\s+)?(?:(?:on average|about|around|roughly|approximately|maybe|probably|perhaps|~)\s+)*once\s+(?:a|an|per|every)\s+(\d+(?:\.\d+)?\s*)?(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i,
    every: 1,
    unit: 2,
  },
  // "each generates one description every 5 minutes", "each one does a letter every 10 minutes":
  // what each of the people just named has the service write
  {
    re: /\beach\s+(?:of them\s+|one\s+)?(?:generates?|generating|creates?|creating|writes?|writing|drafts?|drafting|produces?|producing|does|doing)\s+(a|an|one|\d+(?:\.\d+)?)\s+(?:[a-z-]+\s+)?[a-z-]{3,}\s+(?:(?:roughly|about|around|approximately|~)\s+)?(?:per|a|an|each|every|\/)\s*(\d+(?:\.\d+)?\s*)?(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i,
    count: 1,
    every: 2,
    unit: 3,
  },
  // "each agent is making 1 summary every 2 mins"
  {
    re: /\b(?:each|every|per) (?:agent|user|person|employee|developer|analyst|member|rep|doctor|nurse|clinician|lawyer|student|engineer|worker)s?\b[^.;]{0,30}?\b(\d+(?:\.\d+)?)\s+[a-z-]+\s+every\s+(\d+(?:\.\d+)?)\s*(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i,
    count: 1,
    every: 2,
    unit: 3,
  },
  // "70 agents on shift, each translating something roughly every 2 minutes"
  {
    re: /(?<=\b(?:agents|users|people|employees|developers|devs|analysts|members|reps|students|engineers|workers|operators|nurses|doctors|lawyers|writers|editors)\b[^.;\d]{0,40}?)\beach\b[^.;\d]{0,40}?\b(?:roughly |about |around |approximately |~)?every\s+(\d+(?:\.\d+)?)\s*(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i,
    every: 1,
    unit: 2,
  },
  // "Each generates something about every 5 minutes": one person's pace, whoever was named
  {
    re: /\beach(?: one| of them)?\s+(?:generates?|sends?|asks?|submits?|fires?|makes?|triggers?|writes?|requests?|runs?)\s+(?:something|one|a (?:request|query|prompt|question|completion|generation))\s+(?:roughly |about |around |approximately |~)?every\s+(\d+(?:\.\d+)?)\s*(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i,
    every: 1,
    unit: 2,
  },
  // "sends a message roughly every 20 seconds", "asks a question every 4 minutes", "a
  // completion request fires every 10 seconds", "1 query per person every 15 min": send to send (a pause between messages is said as such: "30 s between messages")
  {
    re: /\b(a|an|one|\d+(?:\.\d+)?)\s+(?:[a-z-]+\s+)?(?:messages?|questions?|requests?|reqs?|quer(?:y|ies)|prompts?|turns?|completions?|suggestions?|generations?|drafts?|rewrites?|summar(?:y|ies)|recaps?|translations?|clicks?|taps?)\s+(?:(?:per|for each|each) (?:active )?(?!(?:second|minute|hour|day|week|month|run)s?\b)[a-z]+\s+)?(?:(?:fires?|goes (?:out|off)|is sent|gets sent|comes in|arrives?)\s+)?(?:(?:roughly|about|around|approximately|more or less|~)\s+)?(?:every|once (?:a|an|per|every))\s+(?:(?:about|around|roughly|approximately|~)\s*)?(\d+(?:\.\d+)?\s*)?(minutes?|mins?|hours?|hrs?|seconds?|secs?|s(?=\s|[,.;)]|$))\b/i,
    count: 1,
    every: 2,
    unit: 3,
  },
  // "completion requests: one every 10 s while typing": a table's row of what each person sends
  // (not "requests: about 40 each second", the service's rate)
  {
    re: /\b(?:completions?|requests?|messages?|quer(?:y|ies)|questions?|prompts?|suggestions?)\s*:\s*(?:(?:about|around|roughly|approximately|~)\s*)?(a|an|one|\d+(?:\.\d+)?)\s+every\s*(\d+(?:\.\d+)?\s*)?(minutes?|mins?|hours?|hrs?|seconds?|secs?|s(?=\s|[,.;)]|$))\b/i,
    count: 1,
    every: 2,
    unit: 3,
  },
  // "completions fire like every 10 sec while typing": what a person's editor sends, in the plural
  {
    re: /\b(?:completions|requests|messages|queries|questions|prompts|suggestions)\s+(?:fire|go (?:out|off)|are sent|get sent|come in|arrive|trigger)\s+(?:(?:like|roughly|about|around|approximately|~)\s+)?every\s+(\d+(?:\.\d+)?)\s*(minutes?|mins?|hours?|hrs?|seconds?|secs?|s(?=\s|[,.;)]|$))\b/i,
    every: 1,
    unit: 2,
  },
  // "an active user sends a refinement roughly every 40 seconds", "each asking for a text
  // every 3 minutes", "each opening roughly one alert every three minutes", "each pressing it
  // maybe once every 10 minutes": whatever a person sends
  {
    re: /\b(?:sends?|sending|submits?|submitting|asks?|asking|makes?|making|fires?|firing|posts?|posting|issues?|issuing|triggers?|triggering|requests?|requesting|generates?|generating|creates?|creating|summari[sz](?:es|ing)|translat(?:es|ing)|draft(?:s|ing)|open(?:s|ing)|press(?:es|ing)|click(?:s|ing)|hit(?:s|ting)|check(?:s|ing)|review(?:s|ing))\s+(?:for\s+)?(?:it\s+)?(?:(?:roughly|about|around|maybe|perhaps|approximately|~)\s*)?(?:(a|an|one|\d+(?:\.\d+)?)\s+(?:[a-z-]+\s+)?[a-z-]{3,}|something(?: to [a-z]+)?|once|(?:one|a single)(?=\s+every\b))\s+(?:(?:roughly|about|around|approximately|more or less|like|~)\s+)?(?:every|once (?:a|an|per|every))\s+(?:(?:about|around|roughly|approximately|~)\s*)?(\d+(?:\.\d+)?\s*)?(minutes?|mins?|hours?|hrs?|seconds?|secs?|s(?=\s|[,.;)]|$))\b/i,
    count: 1,
    every: 2,
    unit: 3,
  },
  // "2 req/min each", "~4 completions/min per dev": a rate with whom it is per
  {
    re: new RegExp(
      `(?<![\\d.,])(\\d+(?:\\.\\d+)?)\\s*(?:(?:[a-z-]+\\s+)?(?:${SENT_NOUNS}|calls?))?\\s*(?:\\/|per|an?)\\s*(${RATE_UNITS})[ \\t]+(?:each|apiece|per (?:active )?(?:${PERSON_NOUNS}|analyst|rep)s?)\\b`,
      'i',
    ),
    count: 1,
    unit: 2,
  },
  // "6 completions per active dev per min"
  {
    re: new RegExp(
      `(?<![\\d.,])(\\d+(?:\\.\\d+)?)\\s+(?:[a-z-]+\\s+)?(?:${SENT_NOUNS}|calls?)\\s+per\\s+(?:active\\s+)?(?:${PERSON_NOUNS})s?\\s+per\\s+(${RATE_UNITS})\\b`,
      'i',
    ),
    count: 1,
    unit: 2,
  },
  // "1 every 90 s per active student"
  {
    re: new RegExp(
      `(?<![\\d.,])(\\d+(?:\\.\\d+)?)\\s+(?:[a-z-]+\\s+)?every\\s+(\\d+(?:\\.\\d+)?)\\s*(minutes?|mins?|hours?|hrs?|seconds?|secs?|s)\\s+(?:per|each|for (?:each|every))\\s+(?:active\\s+)?(?:${PERSON_NOUNS})s?\\b`,
      'i',
    ),
    count: 1,
    every: 2,
    unit: 3,
  },
  // "1 question per 5 min each": a count per interval, each person
  {
    re: new RegExp(
      `(?<![\\d.,])(\\d+(?:\\.\\d+)?)\\s+(?:[a-z-]+\\s+)?(?:${SENT_NOUNS})\\s+(?:per|every|each)\\s+(\\d+(?:\\.\\d+)?)\\s*(min(?:ute)?s?|secs?|seconds?|s|h(?:ou)?rs?|hours?)[ \\t]+(?:each|apiece|per (?:active )?(?:${PERSON_NOUNS})s?)\\b`,
      'i',
    ),
    count: 1,
    every: 2,
    unit: 3,
  },
  // "1 req/2 min/dev": a count every interval, per person
  {
    re: new RegExp(
      `(?<![\\d.,])(\\d+(?:\\.\\d+)?)\\s*(?:${SENT_NOUNS})\\s*\\/\\s*(\\d+(?:\\.\\d+)?)\\s*(min(?:ute)?s?|secs?|s|h(?:ou)?rs?)\\s*\\/\\s*(?:active\\s+)?(?:${PERSON_NOUNS})s?\\b`,
      'i',
    ),
    count: 1,
    every: 2,
    unit: 3,
  },
  // "2% of them are in chat at the same time, sending ~1 msg a minute", "… and send on average 2
  // messages per minute": a person's pace, said as a small rate (a large one is the service's)
  {
    re: /\b(?:sending|firing off|firing|posting|asking|(?:they|each(?: one| of them)?|and)\s+(?:each\s+)?sends?|(?:will|would|may|might|can)\s+ask)\s+(?:on average |about |around |roughly |~\s*)*([1-9](?:\.\d+)?|a|an|one)\s+(?:msgs?|messages?|questions?|doubts?|requests?|queries|prompts?)\s+(?:a|an|per|\/)\s*(minute|min|hour|hr)\b/i,
    count: 1,
    unit: 2,
  },
  // "each requests suggestions about 4 times a minute", "each asks 3 times an hour", "each clicks
  // it about twice an hour": a person's pace said as a count of times
  {
    re: /\beach(?: one| of them|\s+[a-z]+)?\s+(?:asks?|requests?|sends?|fires?|triggers?|prompts?|uses?|clicks?|presses?|hits?|taps?|pings?|calls?|opens?|runs?)\s+(?:(?:it|this|them|the (?:button|bot|assistant|tool|feature|service))\s+)?(?:for\s+)?(?:(?:a|an|one)\s+)?(?:(?:[a-z-]+\s+)?(?:suggestions?|completions?|questions?|requests?|messages?|queries|prompts?)\s+)?(?:(?:roughly|about|around|approximately|like|maybe|probably|~)\s+)?(\d+(?:\.\d+)?)\s+times\s+(?:a|an|per)\s+(minute|min|hour|hr)\b/i,
    count: 1,
    unit: 2,
  },
  // "one doc every 15 min each", "a report every 2 hours per writer": whatever each person hands
  // in, said as a pace with whom it is per
  {
    re: /\b(a|an|one|\d+(?:\.\d+)?)\s+(?:[a-z-]+\s+)?[a-z-]{2,}\s+(?:(?:roughly|about|around|approximately|~)\s+)?every\s+(\d+(?:\.\d+)?\s*)?(minutes?|mins?|hours?|hrs?|seconds?|secs?)\s+(?:each|apiece|per (?:active )?(?:user|person|writer|analyst|agent|developer|dev|employee|member|rep|head))\b/i,
    count: 1,
    every: 2,
    unit: 3,
  },
  // "they ask maybe every 2 mins", "reps click more like every 2 minutes": the people's pace with
  // nothing counted, one use per interval
  {
    re: /\b(?:they|(?:the |our )?(?:reps|users|people|agents|employees|staff|members|customers|students|devs|developers|analysts|engineers|writers|editors))\s+(?:each\s+)?(?:ask|click|send|query|prompt|ping|message|use it|hit it|call it)\s+(?:(?:maybe|probably|perhaps|about|around|roughly|more like|like|~)\s*){0,2}every\s+(\d+(?:\.\d+)?\s*)?(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i,
    every: 1,
    unit: 2,
  },
  // "each hitting generate every ~minute", "each clicking summarise about every 3 min"
  {
    re: /\beach\s+(?:one\s+)?(?:hitting|clicking|pressing|using|running|calling|asking|sending|triggering)\s+(?:[a-z-]+\s+){0,2}?(?:(?:maybe|about|around|roughly|~)\s*)?every\s+(?:(?:maybe|about|around|roughly|~)\s*)?(\d+(?:\.\d+)?\s*)?(minutes?|mins?|hours?|hrs?|seconds?|secs?)\b/i,
    every: 1,
    unit: 2,
  },
  // "sends every 20 seconds a message" (Dutch and German word order)
  {
    re: /\bevery\s+(\d+(?:\.\d+)?\s*)?(minutes?|mins?|hours?|hrs?|seconds?|secs?)\s+(a|an|one|\d+(?:\.\d+)?)\s+(?:[a-z-]+\s+)?(?:messages?|questions?|requests?|quer(?:y|ies)|prompts?|completions?|suggestions?)\b/i,
    count: 3,
    every: 1,
    unit: 2,
  },
];

function findCadence(text: string): Cadence | undefined {
  for (const c of CADENCES) {
    const m = c.re.exec(text);
    if (m)
      return {
        said: m[0],
        at: m.index,
        count: c.count === undefined ? undefined : m[c.count],
        every: c.every === undefined ? undefined : m[c.every],
        unit: m[c.unit],
      };
  }
  return undefined;
}

/**
 * A person's messages as a rate, not a batch schedule ("each agent is making 1 summary every 2
 * mins"): read as requests per active user per minute and blanked before batch words are looked for.
 */
function readPerPersonCadence(text: string, f: Findings): string {
  const c = findCadence(text);
  if (!c) return text;
  const count =
    c.count === undefined || /^(a|an|one)$/i.test(c.count)
      ? 1
      : Number(c.count);
  const end = c.at + c.said.length;
  const fix = CADENCE_CORRECTION.exec(text.slice(end));
  const [every, unit] = fix ? [fix[1], fix[2]] : [c.every, c.unit];
  const minutes = (Number(every ?? 1) * secondsIn(unit)) / 60;
  if (!(minutes > 0)) return text;
  let out = text;
  if (fix) out = blank(out, end + fix.index, end + fix.index + fix[0].length);
  f.requestsPerActiveUserPerMin = r4(count / minutes);
  f.assumptions.push(
    `"${c.said.trim()}" read as ${fmt(
      r4(count / minutes),
    )} requests per active user per minute`,
  );
  // the figures only: "each asking for a blog draft every 5 minutes" still says the use case
  return (
    out.slice(0, c.at) +
    out.slice(c.at, end).replace(/\d/g, ' ') +
    out.slice(end)
  );
}

/** "the field reports arrive — about 8,500 a day": the things, then how many a day. */
const ITEMS_THEN_DAILY_COUNT =
  /\b(reports|documents|docs|tickets|records|e-?mails|messages|files|invoices|claims|forms|notes|transcripts|articles|reviews)\b[^.\d]{0,40}\d[\d.,]*\s*k?\s+(a|per|each) (day|night)\b/;

/** "scratch the nightly part — product wants it live as tickets come in": a batch withdrawn. */
export const BATCH_WITHDRAWN =
  /\b(scratch|forget|drop|never ?mind|no longer)\b[^.]{0,25}\b(nightly|batch|overnight|offline)\b|\blive as (they|tickets|requests|items|messages|orders|e-?mails|documents|calls) (come in|arrive|land)\b/;

const BATCH_WITHDRAWN_ALL = new RegExp(BATCH_WITHDRAWN.source, 'g');

/** "a bulletin for each of 2,600 regions": one output per counted thing, the items of a run. */
const ONE_FOR_EACH_OF =
  /\bfor each of (?:our |the |all |about |around |~\s*)*\d[\d,.  ]*\s*k?\s+[a-z-]+s\b/;

/** A job that runs once ("one-off backfill"; "online at any one time" is not). */
const ONE_OFF =
  /\b(one[- ]off|(?<!\b(?:any|at|each) )one[- ]time|once[- ]off|non[- ]recurring|not recurring|a single run|just once|only once)\b/;

/** Price preference, batch words and runs a day; blanks "3 times a day" and "every 6 hours". */
function readPricePreferenceAndCadence(
  text: string,
  lower: string,
  f: Findings,
): string {
  readPricePreference(lower, f);
  f.batchWithdrawn = BATCH_WITHDRAWN.test(lower);
  f.batchContext =
    !f.batchWithdrawn &&
    (f.batchSoFar ||
      BATCH_WORDS.test(lower.replace(EVENT_HOURS, ' ')) ||
      (WEEKDAY_CADENCE.test(lower) && !WEEKDAY_PEAK.test(lower)) ||
      // items handled as they come ("right after each call ends") are a stream, not a run
      (!STREAM_WORDS.test(lower) &&
        DEADLINE.test(lower.replace(OPEN_HOURS, ' ')) &&
        (countsItemsPerRun(lower) ||
          ITEMS_THEN_DAILY_COUNT.test(lower) ||
          ONE_FOR_EACH_OF.test(lower))) ||
      // "a one-off reclassification of 3 million product descriptions": a job over the items
      (ONE_OFF.test(lower) && ITEM_COUNT.test(lower)) ||
      // "extract diagnoses from 120,000 medical reports every day": offline processing
      (!STREAM_WORDS.test(lower) &&
        /\b(extract\w*|classif\w*|categori[sz]\w*|tag(ging)?|label(l?ing)?)\b/.test(
          lower,
        ) &&
        ITEM_COUNT.test(lower) &&
        /\b((every|each|per|a) day|daily)\b/.test(lower)));
  if (f.batchContext && ONE_OFF.test(lower)) f.oneOff = true;
  // "on the 1st of every month … it runs overnight": overnight says when a run starts, and
  // gives way to a cadence said elsewhere
  const cadenceText = (c: string) =>
    /\bovernight\b/.test(c) && !/\bovernight (batch|job|run)s?\b/.test(c)
      ? c.replace(/\bovernight\b/g, '')
      : c;
  const clauses = lower.split(/[.;!?\n]/);
  const explicit = clauses
    .map(c => runsPerDayOf(cadenceText(c)))
    .filter((x): x is number => x !== undefined);
  const runs = explicit.length
    ? runsPerDayOf(cadenceText(lower))
    : runsPerDayOf(lower);
  // "twice a day … the job runs once daily": two cadences in different clauses are asked back
  const cadences = new Set(
    explicit.length
      ? explicit
      : clauses.map(runsPerDayOf).filter((x): x is number => x !== undefined),
  );
  if (f.batchContext && cadences.size > 1)
    ask(
      f,
      'batch.runsPerDay',
      `batch.runsPerDay: you said runs of ${[...cadences]
        .map(x => `${fmt(x)} a day`)
        .join(' and ')}; how often does the job run?`,
    );
  else if (f.batchContext && runs !== undefined) f.batch.runsPerDay = runs;
  return text
    .replace(
      /\b\d+(?: times|\s*[x×]) (a|per) (day|week|month)\b|\b\d+(?: times|\s*[x×]) daily\b|\bevery \d+ (hours|days|weeks|minutes|mins)\b/gi,
      s => ' '.repeat(s.length),
    )
    .replace(
      /\b\d+(?= (runs|batches|batch runs|jobs) (a|per|each) (day|week)\b)|(?<=\bin )\d+(?= (?:[a-z]+ )?(runs|batches)\b)/gi,
      s => ' '.repeat(s.length),
    );
}

/**
 * "N <group>s ... each <verb> M <requests>": the group and per-member counts ("each making 4
 * calls per minute" is a rate, not calls in flight).
 */
const GROUPS_EACH =
  /\b(\d+)\s+(?:[\w-]+\s+){0,2}?(pipelines?|agents?|workers?|services?|jobs?|processes|apps?|applications?|teams?|bots?|clients?|instances?)\b(?:\s*\([^()]{0,60}\))?[^.;]{0,30}?\beach\s+(?:(?:can|will|may|could|might) )?(?:(?:\w+ing|with|has|have|runs?|uses?|makes?|sends?|fires?|keeps?|opens?)\s+)?(?:up to |about |around |~)?(\d+)\s+(?:[\w-]+\s+){0,2}?(?:parallel |concurrent |simultaneous )?(requests?|calls?|workers?|threads?|streams?|agents?|sessions?|conversations?)\b(?![^.;,\d]{0,24}?\b(?:per|a|an|every|each)\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day)\b|\s*\/\s*(?:s|sec|m|min|h|hr|hour)\b)/;
/**
 * The same with any group ("6 squads each run 4 agents"), used only with a concurrency word;
 * "8 agent pipelines (tool use, browsing), each keeps 16 requests in flight": an aside between.
 */
const ANY_GROUP_EACH =
  /\b(\d+)\s+(?:[\w-]+\s+){0,2}?([a-z]+s)\b(?:\s*\([^()]{0,60}\))?[^.;]{0,30}?\beach\s+(?:(?:can|will|may|could|might) )?(?:(?:\w+ing|with|has|have|runs?|uses?|makes?|sends?|fires?|keeps?|opens?)\s+)?(?:up to |about |around |~)?(\d+)\s+(?:[\w-]+\s+){0,2}?(?:parallel |concurrent |simultaneous )?(requests?|calls?|workers?|threads?|streams?|agents?|sessions?|conversations?)\b(?![^.;,\d]{0,24}?\b(?:per|a|an|every|each)\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day)\b|\s*\/\s*(?:s|sec|m|min|h|hr|hour)\b)/;

/**
 * "12 agent workers that plan … on their own. Each worker keeps 6 requests in flight": the
 * group named again after "each", sentences apart; used only with a concurrency word.
 */
const GROUP_THEN_EACH =
  /\b(\d+)\s+(?:[\w-]+\s+){0,2}?([a-z]{3,}?)s\b[^\n]{0,200}?\beach\s+\2\s+(?:(?:\w+ing|with|has|have|runs?|uses?|makes?|sends?|fires?|keeps?|opens?)\s+)?(?:up to |about |around |~)?(\d+)\s+(?:[\w-]+\s+)?(?:parallel |concurrent |simultaneous )?(requests?|calls?|workers?|threads?|streams?|agents?|sessions?|conversations?)\b(?![^.;,\d]{0,24}?\b(?:per|a|an|every|each)\s+(?:sec(?:ond)?|min(?:ute)?|hour|hr|day)\b|\s*\/\s*(?:s|sec|m|min|h|hr|hour)\b)/;

/**
 * "a dental chain with 14 branches … per branch about 2 conversations at the same time", "about
 * 2 chats simultaneously in each store": sites counted once, their sessions at once per site;
 * used only with a concurrency word.
 */
const SITES_THEN_PER = [
  /\b(\d+)\s+(?:[\w-]+\s+){0,2}?([a-z]{3,}?)(?:es|s)\b[^\n]{0,200}?\b(?:per|in each|at each|for each)\s+\2\s*,?\s*(?:(?:there (?:are|is)|we have|has)\s+)?(?:up to |about |around |roughly |~)?(\d+)\s+(?:[\w-]+\s+)?(?:parallel |concurrent |simultaneous )?(sessions?|conversations?|chats?|calls?)\b/,
  /\b(\d+)\s+(?:[\w-]+\s+){0,2}?([a-z]{3,}?)(?:es|s)\b[^\n]{0,200}?(?<![\d.,])(\d+)\s+(?:[\w-]+\s+)?(sessions?|conversations?|chats?|calls?)\s+(?:(?:simultaneously|at the same time|at once|concurrently|in parallel|open)\s+)?(?:per|in each|at each)\s+\2\b/,
];

/** Members that run side by side by nature (a worker, a thread, a stream). */
const PARALLEL_MEMBERS =
  '(?:sub-?agents?|agents?|workers?|threads?|streams?|requests?|calls?|sessions?|conversations?)';
/** "2 ingestion pipelines x 24 workers": groups times members. */
const GROUPS_TIMES = new RegExp(
  `\\b(\\d+)\\s+(?:[\\w-]+\\s+)?([a-z]+s)\\s*[x×*]\\s*(\\d+)\\s+(?:[\\w-]+\\s+){0,2}?(${PARALLEL_MEMBERS})\\b`,
);
/**
 * "9 sub-agents per task", "5 helpers per ticket": members per unit (any plural but a unit of
 * time, size or money); the units at a time are said elsewhere.
 */
const MEMBERS_PER_UNIT = new RegExp(
  `\\b(\\d+)\\s+(?:[\\w-]+\\s+)?((?!(?:tokens|toks|hours|hrs|minutes|mins|seconds|secs|days|weeks|months|dollars|euros|gpus|ms)\\b)[a-z-]+s)\\s+(?:per|for each|for every|in each|each)\\s+([a-z]+?)(?:es|s)?\\b`,
);
const AT_A_TIME =
  '(?:at a time|at once|concurrently|in parallel|simultaneously|at the same time|side by side)';

/** "each run has 12 calls": a count of calls in turn, not calls in flight. */
const SEQUENTIAL_CALLS =
  /^each\s+(?:[a-z]+\s+)?(?:has|have|takes?|needs?|involves?|averages?)\s+(?:up to |about |around |~)?\d+\s+(?:(?:llm|model|tool|api)\s+)?(?:calls?|requests?|steps?)\b/;

/**
 * "80 concurrent agent runs, each run has about 12 calls": calls one after the other, unless
 * what follows "each" says they run side by side.
 */
function callsInTurn(m: RegExpExecArray, lower: string): boolean {
  // "45 concurrent agent runs … ~12 llm calls per run": the steps of one run, one after another
  if (
    /^calls?$/.test(m[4]) &&
    /^(?:run|task|job|workflow|episode|ticket|case|quer(?:y|ie)|request|turn)$/.test(
      m[2],
    )
  )
    return true;
  const each = m.index + m[0].search(/\beach\b/);
  return (
    SEQUENTIAL_CALLS.test(lower.slice(each, m.index + m[0].length)) &&
    !/\b(parallel|concurrent\w*|simultaneous\w*|in flight|at once)\b/.test(
      lower.slice(each, m.index + m[0].length + 30),
    )
  );
}

type Product = { a: number; b: number; match: RegExpExecArray[]; what: string };

/** "8 pipelines, each running 16 parallel requests" or "2 pipelines x 24 workers … concurrently". */
function groupProduct(lower: string): Product | undefined {
  const each = [GROUPS_EACH, ANY_GROUP_EACH, GROUP_THEN_EACH, ...SITES_THEN_PER]
    .map(re => re.exec(lower))
    .find(
      (m, i) =>
        m &&
        !callsInTurn(m, lower) &&
        (i === 0 ||
          /\b(parallel|concurrent(?:ly)?|simultaneous(?:ly)?|at the same time|at once)\b/.test(
            m[0],
          ) ||
          /^\s*(in flight|in parallel|concurrently|simultaneously|at once|at a time|at the same time)\b/.test(
            lower.slice(m.index + m[0].length),
          )),
    );
  if (each)
    return {
      a: Number(each[1]),
      b: Number(each[3]),
      match: [each],
      what: `${each[1]} ${each[2]} x ${each[3]} ${each[4]} each`,
    };
  const times = GROUPS_TIMES.exec(lower);
  if (
    times &&
    (/^(workers?|threads?|streams?|sub-?agents?)$/.test(times[4]) ||
      new RegExp(`\\b(concurrent\\w*|parallel|${AT_A_TIME})`).test(lower))
  )
    return {
      a: Number(times[1]),
      b: Number(times[3]),
      match: [times],
      what: `${times[1]} ${times[2]} x ${times[3]} ${times[4]}`,
    };
  return undefined;
}

/** "up to 9 sub-agents per task … 7 tasks at a time": members per unit times units at once. */
function perUnitProduct(lower: string): Product | undefined {
  const per = MEMBERS_PER_UNIT.exec(lower);
  // "3 requests per user per minute" is a rate, not requests in flight
  if (
    !per ||
    /^(requests|reqs|calls|queries|messages|prompts|questions)$/.test(per[2]) ||
    /^\s*(per|a|an|each|every)\s+(second|sec|minute|min|hour|hr|day|week)\b/.test(
      lower.slice(per.index + per[0].length),
    )
  )
    return undefined;
  const units = new RegExp(
    `\\b(\\d+)\\s+(?:[\\w-]+\\s+)?${per[3]}(?:es|s)?\\s+(?:[a-z]+\\s+){0,2}?${AT_A_TIME}`,
  ).exec(lower);
  if (!units) return undefined;
  return {
    a: Number(units[1]),
    b: Number(per[1]),
    match: [per, units],
    what: `${units[1]} ${per[3]}s at a time x ${per[1]} ${per[2]} each`,
  };
}

/** People named by what they do: "officers", "pharmacists", "adjusters". */
const PERSON_SUFFIX = /(ers|ors|ists|ians|ants|ees|als|ives|ics)$/;

/** A plural that is neither a unit nor a thing a batch processes, so it may name people. */
function mayNamePeople(w: string): boolean {
  return !NOT_ITEMS.test(w) && !ITEM_NOUNS.test(` ${w}`);
}

/** The noun of a head count: "staff", "adjusters", "households" (a known group or a trade). */
function isHeadCountNoun(w: string): boolean {
  return (
    /^(?:staff|personnel|users|people)$/.test(w) ||
    (mayNamePeople(w) &&
      (PERSON_SUFFIX.test(w) || POPULATION_NOUNS.test(` ${w}`)))
  );
}

/** "64 clinics. ~45 visits per clinic a day": sites times the items of each, in a batch. */
const ITEMS_PER_SITE =
  /\b(\d+)\s+(?:[a-z-]+\s+)?([a-z]{3,}?)(?:es|s)\b[^\d]{0,40}?(?<![\d.,])~?(\d+)\s+(?:[a-z-]+\s+)?([a-z-]+s)\s+(?:per|in each|at each|for each|from each)\s+\2\b/;

/**
 * "5 interns and 3 seniors using it at the same time": groups of people added up, as
 * concurrent users with a concurrency word, else as a population when both name people;
 * "12 departments send 800 forms each" in a batch: groups times items, the items per run.
 */
function readSummedGroups(text: string, f: Findings): string {
  const lower = text.toLowerCase();
  const each =
    /\b(\d+)\s+([a-z-]+s)\s+(?:\w+\s+){1,2}?(\d+)\s+(?:[a-z-]+\s+)?([a-z-]+s)\s+each\b/.exec(
      lower,
    ) ?? (f.batchContext ? ITEMS_PER_SITE.exec(lower) : null);
  if (
    each &&
    f.batchContext &&
    !NOT_ITEMS.test(each[4]) &&
    !POPULATION_NOUNS.test(` ${each[4]}`)
  ) {
    const items = Number(each[1]) * Number(each[3]);
    f.batch.itemsPerRun = items;
    f.said['batch.itemsPerRun'] = items;
    f.assumptions.push(
      `${each[1]} ${each[2]} x ${each[3]} ${each[4]} each read as ${fmt(
        items,
      )} items per run`,
    );
    return blank(
      blank(text, each.index, each.index + each[1].length),
      lower.indexOf(each[3], each.index + each[1].length),
      lower.indexOf(each[3], each.index + each[1].length) + each[3].length,
    );
  }
  const sum =
    /\b(\d+)\s+([a-z-]+s)\s*(?:,|and|\+|plus)\s*(\d+)\s+([a-z-]+s)\b([^.;]{0,50})/.exec(
      lower,
    );
  if (!sum || f.batchContext) return text;
  if (!mayNamePeople(sum[2]) || !mayNamePeople(sum[4])) return text;
  const total = Number(sum[1]) + Number(sum[3]);
  const concurrent = has(CONCURRENT_WORDS, sum[5]);
  const person = (w: string) =>
    PERSON_SUFFIX.test(w) ||
    /ns$/.test(w) || // "interns"
    POPULATION_NOUNS.test(` ${w}`);
  const bothPeople = person(sum[2]) && person(sum[4]);
  if (!concurrent && !bothPeople) return text;
  const key = concurrent ? 'concurrent' : 'population';
  f[key] = total;
  f.said[key] = total;
  f.assumptions.push(
    `${sum[1]} ${sum[2]} and ${sum[3]} ${sum[4]} read as ${total} ${
      concurrent ? 'users at the same time (concurrent)' : 'people (population)'
    }`,
  );
  const at = (d: string, from: number) => lower.indexOf(d, from);
  const a = at(sum[1], sum.index);
  const b = at(sum[3], a + sum[1].length);
  return blank(blank(text, a, a + sum[1].length), b, b + sum[3].length);
}

/**
 * "320 branches, on average 6 clerks per branch", "30 branches with 3 directors each", "3 ships,
 * ~6k guests each": people per site times the sites, the
 * population (sessions or calls per site, which run at once, are read as requests in flight).
 */
const PEOPLE_PER_SITE =
  /\b(\d[\d,]*)\s+(?:[a-z-]+\s+)?([a-z]{3,}?)(?:es|s)\b[^.\n]{0,60}?(?:\b(?:on average|about|around|roughly|approximately|avg\.?)\s*|~\s*|\b)(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?k?)\s+(?:[a-z-]+\s+){0,2}?([a-z-]{3,}s|staff|personnel)\s+(?:(?:per|in each|at each|for each|each)\s+\2\b|each\b(?!\s+(?:send|ask|make|fire|post|submit|use|run)))/;

/** "Still about 12 desk staff per hotel": people per site, the sites counted sentences before. */
const PEOPLE_PER_NAMED_SITE =
  /\b(?:(?:on average|about|around|roughly|approximately|~|avg\.?)\s*)?(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z-]+\s+){0,2}?([a-z-]{3,}s|staff|personnel)\s+(?:per|in each|at each|for each|each)\s+([a-z]{3,})\b/;

/** Another match read as PEOPLE_PER_SITE's groups: sites, site noun, people per site, people. */
function asPeoplePerSite(
  found: RegExpExecArray,
  input: string,
  ...groups: [string, string, string, string]
): RegExpExecArray {
  return Object.assign([found[0], ...groups], {
    index: found.index,
    input,
  }) as unknown as RegExpExecArray;
}

/**
 * The same figures as PEOPLE_PER_SITE, the count of sites said earlier in the message (the first
 * said: "it's 40 hotels now, no 35"), with where that count stands.
 */
function peoplePerSiteSaidApart(
  lower: string,
): { m: RegExpExecArray; sitesAt: [number, number] } | null {
  const per = PEOPLE_PER_NAMED_SITE.exec(lower);
  if (!per) return null;
  const site = per[3].replace(/(?:es|s)$/, '');
  const from = Math.max(0, per.index - 400);
  const sites = new RegExp(
    `\\b(\\d[\\d,]*)\\s+(?:[a-z-]+\\s+)?(${site})(?:es|s)\\b`,
  ).exec(lower.slice(from, per.index));
  if (!sites) return null;
  const m = asPeoplePerSite(per, lower, sites[1], sites[2], per[1], per[2]);
  const at = from + sites.index;
  return { m, sitesAt: [at, at + sites[1].length] };
}

/** "~70 people per shift, 3 shifts": the people of every shift (the sites are shifts). */
const PEOPLE_PER_SHIFT =
  /(?:~\s*|\b)(\d+)\s+(?:[a-z-]+\s+)?([a-z-]{3,}s|staff|personnel|people)\s+(?:per|a|each|every)\s+shift,?\s+(?:across\s+|over\s+|x\s*|×\s*)?(\d+)\s+shifts\b/;

function peoplePerShift(lower: string): RegExpExecArray | null {
  const s = PEOPLE_PER_SHIFT.exec(lower);
  if (!s) return null;
  return asPeoplePerSite(s, lower, s[3], 'shift', s[1], s[2]);
}

/** A head count whose words say it grows: "we're 25 people now, maybe 40 by summer". */
const GROWN_LATER =
  /\b(\d[\d,.]*)(k?)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:now|today|currently|at the moment|right now|at launch|initially|to start(?: with)?)\b\s*[,;—–-]?\s*(?:and\s+|but\s+)?(?:maybe|probably|possibly|likely|perhaps|hopefully|about|around|roughly|~)?\s*(?:growing to\s+|rising to\s+|going to\s+|up to\s+)?(\d[\d,.]*)(k?)(?=\s+(?:by|in|next|later|within|after|come|from)\b)/;

/** "300 employees, growing to 500 next year": a head count and what it grows to. */
const GROWING_TO =
  /\b(\d[\d,.]*)(k?)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s*[,;(—–-]?\s*(?:and\s+)?(?:growing|rising|expanding|scaling|going up)\s+to\s+(?:about\s+|around\s+|roughly\s+|~\s*)?(\d[\d,.]*)(k?)\b/;

/**
 * A head count said with the count it grows to ("25 people now, maybe 40 by summer"): the plan is
 * sized for the grown count, as for the top of a range; both counts are blanked.
 */
function readGrownCount(text: string, f: Findings): string {
  const lower = text.toLowerCase();
  const m = GROWN_LATER.exec(lower) ?? GROWING_TO.exec(lower);
  if (!m || CONCURRENT_WORDS.test(m[0])) return text;
  const people = m[3].split(/\s+/).pop()!;
  if (
    !isHeadCountNoun(people) &&
    !/^(?:folks|seats)$/.test(people) &&
    // "12 of us now": the team itself
    !/^of us$/.test(m[3])
  )
    return text;
  const now = countOfText(m[1], m[2]);
  const later = countOfText(m[4], m[5]);
  if (!(later > now)) return text;
  f.population = later;
  f.said.population = later;
  f.assumptions.push(
    `${m[1]}${m[2]} ${people} growing to ${m[4]}${m[5]}: planned for ${fmt(
      later,
    )} (population)`,
  );
  return withCountsBlanked(text, m, /\d[\d,.]*k?/g);
}

function readPeoplePerSite(text: string, f: Findings): string {
  const lower = text.toLowerCase();
  const together = PEOPLE_PER_SITE.exec(lower) ?? peoplePerShift(lower);
  const apart = together ? null : peoplePerSiteSaidApart(lower);
  const m = together ?? apart?.m;
  if (!m || f.batchContext || CONCURRENT_WORDS.test(m[0])) return text;
  const people = m[4];
  if (!isHeadCountNoun(people)) return text;
  const sites = Number(m[1].replace(/,/g, ''));
  // "2,100 households per clinic": the count whole, not the 100 after its comma
  const perSite = m[3].replace(/,/g, '');
  const each = /k$/.test(perSite)
    ? parseFloat(perSite) * 1000
    : Number(perSite);
  const total = sites * each;
  f.population = total;
  f.said.population = total;
  f.assumptions.push(
    `${m[1]} ${m[2]}s x ${m[3]} ${people} each read as ${fmt(
      total,
    )} people (population)`,
  );
  // only the counts: the words still say who they are
  const read = withCountsBlanked(text, m, /\d[\d,]*/g);
  return apart ? blank(read, ...apart.sitesAt) : read;
}

/**
 * The text with the counts inside a match blanked (same length, so positions stay valid): the
 * figures are read, the words ("autonomous agents", "clerks") still say who or what.
 */
function withCountsBlanked(
  text: string,
  m: RegExpExecArray,
  count: RegExp = /\d+/g,
): string {
  return (
    text.slice(0, m.index) +
    m[0].replace(count, d => ' '.repeat(d.length)) +
    text.slice(m.index + m[0].length)
  );
}

/** Requests in flight as a product of groups and members: read as concurrent users. */
function readRequestsInFlightProduct(text: string, f: Findings): string {
  const lower = text.toLowerCase();
  const prod = groupProduct(lower) ?? perUnitProduct(lower);
  if (!prod) return text;
  const conc = prod.a * prod.b;
  f.concurrent = conc;
  f.said.concurrent = conc;
  f.assumptions.push(
    `${prod.what} read as ${conc} requests in flight at the same time (concurrent)`,
  );
  // only the counts: the words ("autonomous agents") still say the use case
  return prod.match.reduce((t, m) => withCountsBlanked(t, m), text);
}

const SHARE_OF_REQUESTS_WITHIN =
  /\b(50|90|95|99)\s*(?:%|per ?cent|percent) of (?:all )?(?:the )?(?:requests|answers|responses|replies|summaries|completions|translations|queries|calls|messages)\b[^.;]{0,60}?\b(?:within|in under|under|below|in less than)\b|\b(?:within|under|below|less than) \d[^.;]{0,30}?\b(?:for|in)\s+(?:the\s+)?(50|90|95|99)\s*(?:%|per ?cent|percent) of (?:all )?(?:the )?(?:requests|answers|responses|queries|calls)\b/;

/** "the p95 of concurrent sessions is 500": a load's peak, not a latency percentile. */
const LOAD_PERCENTILE =
  /\bp(?:9[059])\s+of\s+(?=(?:the |our )?(?:concurrent |active |open )?(?:sessions|users|requests|traffic|load|chats|conversations|calls)\b)/gi;

function readPercentile(said: string, saidLower: string, f: Findings): string {
  // same length, so positions stay valid
  const asPeak = (t: string) =>
    t.replace(LOAD_PERCENTILE, m => 'peak'.padEnd(m.length));
  const text = asPeak(said);
  const lower = asPeak(saidLower);
  const all = [
    ...lower.matchAll(
      /\bp(50|90|95|99)\b|\b(50|90|95|99)(th)?[- ]percentile\b|\b(median)\b/g,
    ),
  ].filter(
    // "p99 instead of p95": the one ruled out
    m => !/\b(?:instead of|rather than|not)\s*$/.test(lower.slice(0, m.index)),
  );
  // "p99 at 300 ms isn't realistic — make it p90 at 800 ms": the percentile the correction names
  const last = all[all.length - 1];
  const pct =
    all.length > 1 &&
    CORRECTION.test(lower.slice(all[0].index! + all[0][0].length, last.index))
      ? last
      : all[0];
  if (pct)
    f.slo.percentile = pct[4]
      ? 'p50'
      : (`p${pct[1] ?? pct[2]}` as Findings['slo']['percentile']);
  // "95 % of summaries shall be delivered within 90 seconds": a percentile in an SLA's words
  const share = SHARE_OF_REQUESTS_WITHIN.exec(lower);
  if (!pct && share) f.slo.percentile = `p${share[1] ?? share[2]}` as 'p90';
  return text
    .replace(SHARE_OF_REQUESTS_WITHIN, s =>
      s.replace(/^\d+\s*%/, m => ' '.repeat(m.length)),
    )
    .replace(/\bp(50|90|95|99)\b/gi, s => ' '.repeat(s.length))
    .replace(/\b(50|90|95|99)(th)?[- ]percentile\b/gi, s =>
      ' '.repeat(s.length),
    );
}

/** "the 8 working hours", "a 9-hour working day": busy hours a day said as a count. */
const BUSY_HOURS_SAID =
  /\b(\d{1,2})(?: (?:busy|busiest|working|business|office|opening|active|usage|broadcast|operating|trading|service) hours(?: (?:per|a) day)?|[- ]?(?:hours?|hrs?|h)[- ](?:working|work|business|office)[- ]?days?)\b|\bhours\s*:\s*(\d{1,2})\s*(?:h\s*)?(?:\/|per|a)\s*day\b|\b(?:office|business|working|opening) hours(?: only)?\s*\(\s*(\d{1,2})\s*(?:h|hrs?|hours?)(?:\s*(?:\/|per|a)\s*day)?\s*\)|\b(?:working|work|business) ?day\s*\(\s*(\d{1,2})\s*(?:h|hrs?|hours?)\s*\)|\b(?:work ?day|working day|business day)s? (?:is|are|runs?|lasts?) (?:about |around |roughly |~\s*)?(\d{1,2}) ?(?:hours?|hrs?|h)\b|\b(?:operating|opening|business|service|working|office) hours\s*:\s*(\d{1,2})\s*(?:h|hrs?|hours?)\b(?!\s*(?:a|per|\/)\s*(?:week|month))|\b(?:during|for|over|throughout|across) the (\d{1,2})[- ]?(?:hours?|hrs?|h) (?:live[- ]?)?(?:show|event|stream|live ?stream|broadcast|webinar|conference|launch|match|game|concert|telethon|premiere|keynote)\b|\bthe (?:live[- ]?)?(?:show|event|stream|live ?stream|broadcast|webinar|conference|launch|match|game|concert|telethon|premiere|keynote) (?:lasts?|runs?|takes?|is) (?:about |around |roughly |~\s*)?(\d{1,2}) ?(?:hours?|hrs?|h)\b/i;

/** Active hours from words ("24/7", "office hours") and from a range ("9am to 5pm"). */
function readActiveHours(text: string, f: Findings): string {
  let rest = text;
  if (
    // "…, a question every 2 minutes, 24h.": a bare "24h" closing a list of a service's traits
    (!f.batchContext &&
      /[,;]\s{0,2}24 ?h(?:rs|ours)?\s*(?:[.;)\n]|$)/i.test(rest)) ||
    /\b(24\/7|24x7|24 ?h(ours)? a day|24 ?h(?:ours?)? (?:coverage|service|support|operations?)|around the clock|round the clock|always on|day and night|(?:flat|evenly|steady|constant|spread(?: evenly)?) (?:over|across|throughout) (?:the |all )?(?:24 ?h(?:ours)?|(?:whole |entire )?day))\b/.test(
      rest.toLowerCase(),
    )
  ) {
    f.activeHoursPerDay = 24;
    rest = rest.replace(/24\/7|24x7/gi, s => ' '.repeat(s.length));
  } else if (BUSY_HOURS_SAID.test(rest)) {
    // "spread over the 8 working hours", "during the 9-hour working day": as many busy hours
    // "during the 2-hour show", "the live stream lasts 3 hours": the hours of the one event
    // "hours: 16/day" from a pasted form: the whole span, so the count is no rate
    // "business hours only (8h)", "per working day (8 hours)": the hours in brackets
    const said = BUSY_HOURS_SAID.exec(rest)!;
    f.activeHoursPerDay = Number(
      said[1] ??
        said[2] ??
        said[3] ??
        said[4] ??
        said[5] ??
        said[6] ??
        said[7] ??
        said[8],
    );
    // "5,000 narratives per working day (8 hours)": the day stays for the rate, the hours go
    const from =
      said[4] !== undefined ? said.index + said[0].indexOf('(') : said.index;
    rest = blank(
      rest,
      from,
      said.index + (said[1] !== undefined ? said[1].length : said[0].length),
    );
  } else if (
    /\b(office hours|business hours|working hours|work(ing)? day|9[- ]to[- ]5|nine to five|9\s?[-–]\s?5(?= (?:on )?(?:weekdays|mon|monday|daily|every day|workdays|business days)\b))\b/.test(
      rest.toLowerCase(),
    ) &&
    // "office hours 8–17", "office hours, from 8:30 to 17:00": the range below says how long
    !/\b(office|business|working) (hours|day)\s*[(:,]?\s*(from\s+|at\s+)?\d{1,2}(:\d{2})?\s*(am|pm|h)?\s*(-|–|to|until|till)\s*\d/.test(
      rest.toLowerCase(),
    ) &&
    // "open 6am-6pm (ticket office hours)": a span said on the clock says how long
    !/\b\d{1,2}(?::\d{2})?\s*[ap]m\s*(?:-|–|to|until|till)\s*\d{1,2}(?::\d{2})?\s*[ap]m\b/.test(
      rest.toLowerCase(),
    )
  ) {
    // "during the workday, 9 to 5": the hours say how long
    const nineToFive = /\b(9|nine)(?:[- ]to[- ]|\s?[-–]\s?)(5|five)\b/.test(
      rest.toLowerCase(),
    );
    // "business hours: 8 hours a day": the count said wins over the default
    const said = hoursADay(rest);
    if (said) {
      f.activeHoursPerDay = said.hours;
      rest = blank(rest, said.at, said.end);
    } else {
      f.activeHoursPerDay = nineToFive ? 8 : 10;
      f.assumptions.push(
        nineToFive
          ? '"9 to 5" read as busy 8 h/day'
          : '"office hours" read as busy 10 h/day',
      );
    }
  } else {
    // "90k requests a month … 10 hours a day": read before the figures, whatever their order,
    // so a volume said first is spread over these hours; "during the 10h US/EU overlap
    // window" is a service's busy hours (a batch's window is read with the batch)
    const said =
      hoursADay(rest) ?? (f.batchContext ? undefined : busyWindow(rest));
    if (said) {
      f.activeHoursPerDay = said.hours;
      rest = blank(rest, said.at, said.end);
    }
  }
  return readHourRanges(readStartEnd(rest, f), f);
}

/** "10 hours a day", "8 h/day": busy hours said as a count (1 to 24). */
function hoursADay(
  text: string,
): { hours: number; at: number; end: number } | undefined {
  // "10 hours a day", "during an 8-hour day", "an 8h working day", "every day 10 hours"
  const m =
    /\b(\d{1,2})\s*(?:hours?|hrs?|h)\s*(?:a|per|each|every|\/)\s*day\b|\b(?:every|each|per)\s+day\s*,?\s*(\d{1,2})\s*(?:hours?|hrs?|h)\b(?!\s*(?:window|before|after|later|ago|of\b))|\b(?:an?|the|our)\s+(\d{1,2})[- ]?(?:hours?|hrs?|h)\s+(?:work(?:ing)?\s*|business\s+)?day\b|\b(two|three|2|3)\s+(\d{1,2})[- ]?(?:hours?|hrs?|h)\s+shifts\s+(?:a|per|each)\s+day\b/i.exec(
      text,
    );
  // "two 8-hour shifts a day": the shifts back to back
  const shifts = m?.[4] ? countOf(m[4].toLowerCase()) : 1;
  return m
    ? hoursSpan(m, Number(m[1] ?? m[2] ?? m[3] ?? m[5]) * shifts)
    : undefined;
}

/**
 * "the 10h US/EU overlap window", "9,000 calls a day, spread evenly over 12 hours", "performances
 * run 3 hours a night": busy hours said as a window of a service.
 */
const BUSY_WINDOW = new RegExp(
  String.raw`\b(\d{1,2})\s*(?:h|hrs?|hours?)[- ](?:[\w/-]+\s+){0,2}?(?:overlap|busy|usage|working)\s+(?:window|hours)\b|\b(?:(?:evenly|equally|uniformly)\s+)?(?:spread|distributed)\s+(?:(?:evenly|equally|uniformly)\s+)?(?:over|across)\s+(?:the\s+|a\s+)?(\d{1,2})\s*(?:h|hrs?|hours?)\b|${EVENT_HOURS.source}`,
  'i',
);

function busyWindow(
  text: string,
): { hours: number; at: number; end: number } | undefined {
  const m = BUSY_WINDOW.exec(text);
  return m ? hoursSpan(m, Number(m[1] ?? m[2] ?? m[3])) : undefined;
}

/** Busy hours read from a match, where it stands in the text; none outside 1-24 h. */
function hoursSpan(
  m: RegExpExecArray,
  hours: number,
): { hours: number; at: number; end: number } | undefined {
  return hours >= 1 && hours <= 24
    ? { hours, at: m.index, end: m.index + m[0].length }
    : undefined;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const WEEKDAY_WORD =
  '(?:(sun|mon|tue|wed|thu|fri|sat)(?:day|\\.|s|urday|nesday|rsday|sday)?\\s+)';

/** Days from one weekday to the next given one ("friday" to "saturday": 1); 0 without both. */
function daysBetween(from?: string, to?: string): number {
  if (!from || !to) return 0;
  const a = WEEKDAYS.indexOf(from.toLowerCase() as (typeof WEEKDAYS)[number]);
  const b = WEEKDAYS.indexOf(to.toLowerCase() as (typeof WEEKDAYS)[number]);
  return (((b - a) % 7) + 7) % 7;
}

/**
 * Words just before a clock span that make it an incident's or a peak's, not busy hours ("Peak
 * (08:00–09:00 and 17:00–18:30) ≈ 2.5× the average").
 */
const INCIDENT_OR_PEAK_SPAN =
  /\b(?:degraded|outage|(?:went|was|were) down|unavailable|impacted|sev ?\d)\b[^.;:]{0,40}$|\b(?:peaks?|peaking|spikes?)\b(?:[^.;:,]|(?<=\d)\.(?=\d)){0,30}\b(?:in|during|between|from|around)\s+(?:the\s+)?$|\b(?:peaks?|peak hours|spikes?|rush(?: hours?)?)\s*[:(]\s*(?:\d{1,2}[:.]\d{2}\s*[–-]\s*\d{1,2}[:.]\d{2}\s*(?:and|en|und|et|y|e|i|och|og|,|&)\s*)*$/;

/**
 * "from 9 to 17", "8am-6pm", "from Friday 20:00 to Saturday 08:00": the busy hours, or a batch
 * window; blanked when read.
 */
function readHourRanges(text: string, f: Findings): string {
  const range = new RegExp(
    `\\b(?:(from|between|(?:opening|open) hours(?: are| is)?|open(?:s| from)?|(?:we|they|devs|people|staff|teams?|everyone) work|(?:clinics?|offices?|shops?|stores?|branches?|sites?|desks?|counters?) (?:run|open|are open|operate)|(?:(?:office|business|working) hours|(?:the )?work ?day|(?:the )?working day|(?:the )?business day)\\s*[(:]?(?:\\s*(?:at|from))?)\\s*)?${WEEKDAY_WORD}?(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|h)?\\s*(?:-|–|→|->|to|and|until|till)\\s*${WEEKDAY_WORD}?(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|h)?\\b`,
    'gi',
  );
  return text.replace(
    range,
    (
      s,
      fromWord,
      dayA,
      a,
      am,
      ap,
      dayB,
      b,
      bm,
      bp,
      offset: number,
      whole: string,
    ) => {
      // "they work 8–20 CET": a time zone after the span says it is clock time
      const zone =
        /^\s*(cet|cest|utc|gmt|est|edt|pst|pdt|et|pt|ist|jst|bst|cst|mst|aest|aedt|sast|sgt|hkt|kst|pht|msk|eet|pacific|eastern|central|mountain|atlantic|local time)\b/i.test(
          whole.slice(offset + s.length),
        );
      // "during the 9-18 workday": the day named after the span says it is clock time
      const dayAfter =
        /^\s*(?:work ?days?|working days?|business days?|office hours|business hours|working hours|shift)\b/i.test(
          whole.slice(offset + s.length),
        );
      // "~300 fee-earners, 9 to 6", "mostly on days, 8:30 to 4:30": a morning hour to an earlier
      // one is a working day
      // (set apart by commas, not a date's "11-03")
      const workingDay =
        !dayA &&
        !dayB &&
        !fromWord &&
        /^\d{1,2}(?::[0-5]\d)?[ \t]*(?:to|till|until|-|–)[ \t]*[1-8](?::[0-5]\d)?\s*$/i.test(
          s,
        ) &&
        Number(a) >= 6 &&
        Number(a) <= 11 &&
        Number(a) > Number(b) &&
        /(?:^|[,;:(]\s*|\n\s*)$/.test(whole.slice(0, offset)) &&
        /^[ \t]*(?:[.,;)\n]|$)/.test(whole.slice(offset + s.trimEnd().length));
      if (
        !fromWord &&
        !ap &&
        !bp &&
        !am &&
        !bm &&
        !zone &&
        !dayAfter &&
        !workingDay
      )
        return s;
      // an invitation's "When: Thursday · 10:30am – 11:00am" is the meeting, not the service
      const lineStart = whole.lastIndexOf('\n', offset) + 1;
      if (/^[ \t]*when\s*:/i.test(whole.slice(lineStart))) return s;
      // "went from 14 to 37 agents": not a clock
      if (Number(a) > 24 || Number(b) > 24) return s;
      // "TollAssist degraded 07:12–08:40", "peaks ~2.5x avg in the 07:00-09:00 window": an
      // incident's or a peak's span, not the hours it is busy
      if (
        INCIDENT_OR_PEAK_SPAN.test(whole.slice(lineStart, offset).toLowerCase())
      )
        return s;
      // "twice a day (06:00 and 18:00)": two times, a span only "between" them
      if (/\band\b/i.test(s) && !/^between$/i.test(fromWord ?? '')) return s;
      const next = whole.slice(offset + s.length);
      if (
        !ap &&
        !bp &&
        !am &&
        !bm &&
        /^\s*(users?|people|req|requests|rps|qps|tokens?|ms\b|s\b|sec|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|gpus?|x\b|%|k\b|employees|sessions|concurrent|per\b|agents?|developers|engineers|staff|seats|replicas|instances|nodes|pods|calls|chats|conversations)/i.test(
          next,
        )
      )
        return s;
      // "in the evening from 6 to 10pm": a bare start before a pm end is pm too
      const startPm =
        !ap && bp?.toLowerCase() === 'pm' && Number(a) < Number(b) ? 'pm' : ap;
      const start = clockHour(a, am, startPm);
      let end = clockHour(b, bm, bp) + 24 * daysBetween(dayA, dayB);
      // "office hours 9:30 to 6:30": a working day's morning start ends in the evening
      const officeDay =
        /\b(?:office|business|working|work|open|run|operate)\b/i.test(
          fromWord ?? '',
        ) &&
        !ap &&
        !bp &&
        Number(a) >= 6 &&
        Number(a) <= 11 &&
        Number(b) <= 8;
      // "9 to 5" and "8:30 until 6" are to 17 and 18; "22:00 and 04:00", "10pm to 2am" and
      // "20 to 4" cross midnight
      if (end <= start)
        end +=
          !officeDay &&
          !workingDay &&
          (bp || (am && bm) || ap || Number(a) >= 12)
            ? 24
            : 12;
      return busyFromTo(f, r4(start), r4(end), [offset, offset + s.length])
        ? ' '.repeat(s.length)
        : s;
    },
  );
}

/**
 * Busy hours, or a batch's window, from a start and an end hour (the end past 24 when the span
 * crosses midnight); false when not a span. A batch's busy hours come from its window and runs.
 */
function busyFromTo(
  f: Findings,
  start: number,
  end: number,
  at: [number, number],
): boolean {
  // a batch's window may span days ("Sat 00:00 → Sun 12:00"); busy hours are one day's
  const longest = f.batchContext ? 24 * 7 : 24;
  if (start > 24 || end > 24 + longest || end <= start || end - start > longest)
    return false;
  const hours = r4(end - start);
  const shown = `${clockText(start)} to ${clockText(end)}`;
  if (f.batchContext) {
    assignSpan(f, 'batch.windowHours', hours, shown, at);
    f.assumptions.push(`run window ${shown} read as ${fmt(hours)} h`);
  } else if (f.activeHoursPerDay === undefined) {
    f.activeHoursPerDay = hours;
    f.busySpan = [start, end];
    f.assumptions.push(`busy from ${shown} read as ${fmt(hours)} h/day`);
  } else if (
    f.busySpan &&
    start >= f.busySpan[1] &&
    end - f.busySpan[0] <= 24
  ) {
    // "early shift 06:00–14:00, late shift 14:00–22:00": spans back to back are one; "mornings
    // 6:30–8:30 and afternoons 2:30–4:30 pm": the school run's two busy spans add up
    const backToBack = start === f.busySpan[1];
    f.busySpan = [f.busySpan[0], end];
    f.activeHoursPerDay = r4(f.activeHoursPerDay + hours);
    f.assumptions.push(
      backToBack
        ? `busy from ${clockText(f.busySpan[0])} to ${clockText(
            end,
          )} (spans back to back) read as ${fmt(f.activeHoursPerDay)} h/day`
        : `and busy from ${shown}: ${fmt(f.activeHoursPerDay)} h/day in all`,
    );
  }
  return true;
}

/** A clock hour for a reply: 22 -> "22:00", 28.5 -> "04:30". */
function clockText(h: number): string {
  const hh = Math.floor(h) % 24;
  const mm = Math.round((h - Math.floor(h)) * 60);
  return `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
}

/** Sets a value read from a span of words rather than one number (a window from two times). */
function assignSpan(
  f: Findings,
  key: NumKey,
  v: number,
  shown: string,
  [start, end]: [number, number],
): void {
  assign(f, key, v, {
    value: v,
    raw: shown,
    multiplied: false,
    negative: false,
    start,
    end,
    before: f.turnText.slice(Math.max(0, start - 40), start),
    after: '',
    clause: shown,
  });
}

const CLOCK = '(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm|h)';
/** "starting at 5am ... done by 9am" (either order): a run's start and end times. */
const START_END = [
  new RegExp(
    `\\b(?:start(?:s|ing)?|begin(?:s|ning)?|kicks? off)\\s+(?:at\\s+)?${CLOCK}?\\b[^.;]{0,40}?\\b(?:done|finished|finish|completed?|ready|over|ends?|until|by|before)\\s+(?:by\\s+|at\\s+|the\\s+)?${CLOCK}\\b`,
    'gi',
  ),
  new RegExp(
    `\\b(?:done|finished|finish|completed?|ready|over|ends?)\\s+(?:by|at|before)\\s+${CLOCK}\\b[^.;]{0,40}?\\b(?:start(?:s|ing)?|begin(?:s|ning)?|kicks? off)\\s+(?:at\\s+)?${CLOCK}?\\b`,
    'gi',
  ),
];

function clockHour(h: string, m: string | undefined, ap?: string): number {
  const pm = ap?.toLowerCase() === 'pm' && Number(h) < 12 ? 12 : 0;
  // "12am" is midnight
  const am12 = ap?.toLowerCase() === 'am' && Number(h) === 12 ? -12 : 0;
  return Number(h) + pm + am12 + Number(m ?? 0) / 60;
}

/** A start and an end time said apart ("starting at 5am and done by 9am"); blanked when read. */
function readStartEnd(text: string, f: Findings): string {
  let rest = text;
  START_END.forEach((re, order) => {
    rest = rest.replace(re, (s, ...g: (string | number)[]) => {
      const [h1, m1, ap1, h2, m2, ap2] = g as string[];
      const offset = g[6] as number;
      const t1 = clockHour(h1, m1, ap1);
      const t2 = clockHour(h2, m2, ap2);
      const [start, end0] = order === 0 ? [t1, t2] : [t2, t1];
      const end = end0 <= start ? end0 + 24 : end0;
      return busyFromTo(f, r4(start), r4(end), [offset, offset + s.length])
        ? ' '.repeat(s.length)
        : s;
    });
  });
  return readClockWindow(rest, f);
}

/** A time of day with am/pm or minutes ("1am", "22:00"); a bare "7" is no clock time. */
const CLOCK_TIME =
  /\b(\d{1,2})(?::(\d{2}))?\s*(am|pm)\b|\b(\d{1,2}):(\d{2})\b/gi;
const CUE_DAY =
  '(?:(?:sun|mon|tue|wed|thu|fri|sat)(?:day|urday|nesday|rsday|sday)?\\s+)?';
const END_CUE = new RegExp(
  `\\b(by|until|till|before|ends?|ending|done|ready|finish\\w*|complete\\w*|deadline( is)?)\\s*:?\\s+(at\\s+|by\\s+)?(the latest\\s+|the\\s+)?${CUE_DAY}$`,
);
const START_CUE = new RegExp(
  `\\b(at|from|start\\w*|begin\\w*|kicks?[- ]off|launch\\w*|trigger\\w*)\\s*:?\\s+(at\\s+)?${CUE_DAY}$`,
);

/** "has to be done before folks log in at 7": an end said as a bare hour after its cue. */
const BARE_END_HOUR =
  /\b(?:before|by|until|till)\s+(?:[a-z']+\s+){0,4}?(?:at|around)\s+(\d{1,2})\b(?![:.,]?\d|\s*(?:%|k\b|am|pm|h\b|hours?|minutes?|mins?))/i;

/** "run kicks off at 6 every morning": a start said as a bare hour after its cue. */
const BARE_START_HOUR =
  /\b(?:kicks? off|starts?|begins?|launch\w*|trigger\w*)\s+(?:at\s+|around\s+)?(\d{1,2})\b(?![:.,]?\d|\s*(?:%|k\b|am|pm|h\b|hours?|minutes?|mins?))/i;

/**
 * A bare hour said after its cue, am or pm, whichever makes the shorter run from (or to) the
 * other end: `otherH` is the run's start for an end hour, its end for a start hour.
 */
function bareHour(
  text: string,
  re: RegExp,
  otherH: number,
  isEnd: boolean,
): { h: number; at: [number, number] } | undefined {
  const m = re.exec(text);
  const bare = m ? Number(m[1]) : 0;
  if (!m || bare < 1 || bare > 12) return undefined;
  const runOf = (h: number) =>
    (((isEnd ? h - otherH : otherH - h) % 24) + 24) % 24;
  const h = [bare % 12, (bare % 12) + 12]
    .filter(x => runOf(x) > 0)
    .sort((a, b) => runOf(a) - runOf(b))[0];
  const at = m.index + m[0].length - m[1].length;
  return { h, at: [at, at + m[1].length] };
}

const bareEndHour = (text: string, startH: number) =>
  bareHour(text, BARE_END_HOUR, startH, true);
const bareStartHour = (text: string, endH: number) =>
  bareHour(text, BARE_START_HOUR, endH, false);

/**
 * A batch run's start and end times anywhere in the turn, each told by the word before it ("each
 * night at 1am we kick off a run ...; results must be ready by 7am"): the window between them,
 * across midnight when the end is earlier. Read only for a batch, when both are said.
 */
function readClockWindow(text: string, f: Findings): string {
  if (!f.batchContext) return text;
  let start: { h: number; day?: string; at: [number, number] } | undefined;
  let end: typeof start;
  for (const m of text.matchAll(CLOCK_TIME)) {
    const h = m[4] ? clockHour(m[4], m[5]) : clockHour(m[1], m[2], m[3]);
    const before = text
      .slice(Math.max(0, m.index! - 30), m.index)
      .toLowerCase();
    const at: [number, number] = [m.index!, m.index! + m[0].length];
    const day = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\s+$/.exec(before)?.[1];
    if (!end && END_CUE.test(before)) end = { h, day, at };
    else if (!start && START_CUE.test(before)) start = { h, day, at };
  }
  if (start && !end) end = bareEndHour(text, start.h);
  if (end && !start) start = bareStartHour(text, end.h);
  // "runs every Saturday at 00:00 UTC", a turn later "done by 06:00 the same day"
  if (end && !start && f.runStartSoFar)
    start = { ...f.runStartSoFar, at: end.at };
  if (start && !end) f.runStart = { h: start.h, day: start.day };
  if (!start || !end) return text;
  // "starts Saturday 02:00 … done by Sunday 02:00": the weekdays say how many days apart
  const days = daysBetween(start.day, end.day);
  const hours = days
    ? r4(end.h + 24 * days - start.h)
    : r4((((end.h - start.h) % 24) + 24) % 24);
  if (!(hours > 0)) return text;
  const shown = `${clockText(start.h)} to ${clockText(end.h)}`;
  assignSpan(f, 'batch.windowHours', hours, shown, [
    Math.min(start.at[0], end.at[0]),
    Math.max(start.at[1], end.at[1]),
  ]);
  f.assumptions.push(`run window ${shown} read as ${fmt(hours)} h`);
  return blank(blank(text, ...start.at), ...end.at);
}

/** A peak said as a multiple in words, and its factor. */
const PEAK_MULTIPLE_WORDS: [string, number][] = [
  ['doubles?|double|twice', 2],
  ['triples?|three times', 3],
  ['quadruples?|four times', 4],
];

/** Peaks at a time of day (noted), peak factors in words, and vague counts ("thousands of"). */
function readPeaks(text: string, f: Findings): string {
  const peakAt = text
    .toLowerCase()
    .match(
      /\bpeaks?\b[^.]{0,20}?\b(at|around)\s+(\d{1,2}(?::\d{2})?\s*(?:am|pm)?)(?!\d|[.,]\d)/,
    );
  if (peakAt)
    f.notes.push(
      `peak at ${peakAt[2].trim()} noted; the peak factor comes from the template unless you give one (e.g. "3x at peak")`,
    );
  const rest = text.replace(
    /\b\d{1,2}(?::\d{2})?\s*(am|pm)\b|\b\d{1,2}:\d{2}\b/gi,
    s => ' '.repeat(s.length),
  );
  const lower = rest.toLowerCase();
  for (const [words, factor] of PEAK_MULTIPLE_WORDS) {
    // "doubles at peak", "traffic roughly quadruples in exam weeks", "the season triples usage"
    const said = new RegExp(
      `\\b(${words})\\b[^.]{0,30}\\bpeak|\\bpeak[^.]{0,30}\\b(${words})\\b|\\b(?:on )?(?:mondays?|fridays?|weekends?|match days?|game days?|rush hours?|lunch rush)\\b[^.;]{0,20}\\b(${words})\\b|\\b(${words})\\b[^.;]{0,20}\\bof (?:the )?(?:normal|usual)\\b|\\b(traffic|load|usage|volume|demand|requests)\\b[^.,;]{0,20}\\b(${words})\\b(?! (the|our) )|\\b(${words})\\s+(?:the\\s+|our\\s+)?(?:traffic|load|usage|volume|demand)\\b|\\b(?:goes|go|rises?|climbs?|jumps?|gets) to (${words})\\s+the\\s+(?:day['’]s\\s+|daily\\s+|normal\\s+|usual\\s+)?average\\b`,
    );
    if (said.test(lower)) f.peakFactor = factor;
  }
  if (
    /\b(hundreds|thousands|millions|lots|many|a few) of (users|people|customers|employees|requests)\b/.test(
      lower,
    )
  )
    f.notes.push(
      `"${
        lower.match(
          /\b(hundreds|thousands|millions|lots|many|a few) of \w+/,
        )![0]
      }" is not a number; give one so the plan can be sized`,
    );
  return readPeakRate(rest, f);
}

const RATE_UNIT =
  '(?:rps|qps|req\\/s|(?:requests? |calls? |queries )?(?:per|a|each) second)';
/** A load: a rate, or sessions at once ("600 concurrent conversations"). */
const LOAD_UNIT = `(?:${RATE_UNIT}|(?:concurrent|simultaneous|parallel) [a-z]+|[a-z]+ at (?:once|the same time))`;
/** "avg 1.2k rps, peaks of 3k rps", "600 concurrent chats, with peaks up to 1,500": the peak as a multiple. */
const LOAD_THEN_PEAK = new RegExp(
  `(\\d[\\d.,]*)\\s*(k)?\\s*${LOAD_UNIT}\\b[^.\\n]{0,50}?\\b(?:peak(?:s|ing)?(?:\\s+(?:of|at|up to|to|around|near|reaching|hitting))?|up to|rising to|(?:spik|burst)(?:e|es|s|ing)? (?:to|of|up to))\\s+~?(\\d[\\d.,]*)\\s*(k)?(?=\\s*${LOAD_UNIT}|\\s*[,.;)]|\\s*$|\\s+(?:during|at|when|in|on|around|for|bij|bei|lors|durante|durant)\\b)`,
);

/** "…, the average is half of that": the average as a share of a peak said just before. */
const AVERAGE_SHARE =
  "[^.\\n]{0,40}?\\b(?:(?:the )?average (?:is |sits at |runs at |is at |hovers (?:at |around )|comes to )?(?:about |around |roughly )?|on average,? (?:it(?:['’]s| is) )?(?:only |just )?(?:about |around |roughly )?|(?:about |around |roughly )?(?=(?:half|a third|a quarter) of (?:that|it|the peak) on average))(half|a third|a quarter|\\d{1,2}(?:\\.\\d+)? ?% of (?:the )?(?:peak|that|it))\\b";
/**
 * A peak, then the average as its share; groups: digits, "k", "minute" when per minute,
 * share; `sessions` when the peak is sessions at once rather than a rate.
 */
const PEAK_THEN_AVERAGE = [
  // "peaks of 8 requests per second, the average is half of that"
  new RegExp(
    `\\bpeaks?\\s+(?:of\\s+|at\\s+|is\\s+|was\\s+)?(?:about\\s+|around\\s+|roughly\\s+)?~?(\\d[\\d.,]*)\\s*(k)?\\s*()${RATE_UNIT}\\b${AVERAGE_SHARE}`,
  ),
  // "120 generations a minute at the busiest, and on average roughly a third of that",
  // "72,000 requests/hour at peak, about a third of that on average"
  new RegExp(
    `(\\d[\\d.,]*)\\s*(k)?\\s*(?:${RATE_UNIT}|(?:[a-z]+\\s+){0,2}?(?:per|a|an)\\s+(?:second|(minute)|hour)|(?:[a-z]+\\s*)?\\/\\s*(?:s|sec|minute|min|hour|h|hr))\\s+at (?:the )?(?:busiest|peak)\\b${AVERAGE_SHARE}`,
  ),
  // "at peak about 30,000 requests per minute, the average is about half of the peak"
  new RegExp(
    `\\bat (?:the )?peak\\b[^.;\\d]{0,20}?~?(\\d[\\d.,]*)\\s*(k)?\\s*(?:${RATE_UNIT}|(?:[a-z]+\\s+){0,2}?(?:per|a|an)\\s+(?:second|(minute)|hour)|(?:[a-z]+\\s*)?\\/\\s*(?:s|sec|minute|min|hour|h|hr))\\b${AVERAGE_SHARE}`,
  ),
  // "at peak we reach 1,800 concurrent conversations, day to day the average is a third of that"
  new RegExp(
    `\\b(?:at (?:the )?peak|peak (?:is|was|of|at))\\b(?:\\([^()]*\\)|[^.;\\d]){0,60}?~?(\\d[\\d.,]*)\\s*(k)?\\s*()(?:concurrent|simultaneous) [a-z]+${AVERAGE_SHARE}(?<sessions>)`,
  ),
];

function readAverageBelowPeak(text: string, f: Findings): string {
  const lower = text.toLowerCase();
  const m = PEAK_THEN_AVERAGE.map(re => re.exec(lower)).find(Boolean);
  if (!m) return text;
  // "the average sits at about 40% of peak"
  const share = SHARE_WORDS[m[4]] ?? Number(m[4].replace(/\s?%.*$/, '')) / 100;
  // "72,000 requests/hour at peak": the unit between the figure and "at peak"
  const atPeak = m[0].search(/\bat (?:the )?(?:busiest|peak)\b/);
  // "at peak 30,000 per minute": the unit after the figure
  const unitSaid = atPeak > 0 ? m[0].slice(0, atPeak) : m[0];
  const perHour = /(?:\/\s*(?:hour|hr|h)|\b(?:per|a|an)\s+hour)\b/.test(
    unitSaid,
  );
  const perMinute = Boolean(m[3]) || /\/\s*min(?:ute)?\b/.test(unitSaid);
  let seconds = 1;
  if (perMinute) seconds = 60;
  else if (perHour) seconds = 3600;
  const peak = countOfText(m[1], m[2]) / seconds;
  const sessions = m.groups?.sessions !== undefined;
  const unit = sessions ? 'sessions at once' : 'req/s';
  const average = r4(peak * share);
  if (!sessions) f.rps = f.said.rps = average;
  else f.concurrent = f.said.concurrent = average;
  f.peakFactor = r4(1 / share);
  f.assumptions.push(
    `peak ${fmt(r4(peak))} ${unit} with the average ${m[4]} of it: ${fmt(
      average,
    )} ${unit} on average, ${fmt(f.peakFactor)}x at peak`,
  );
  const at = m.index + m[0].indexOf(m[1]);
  return blank(text, at, at + m[1].length + (m[2]?.length ?? 0));
}

const COUNT =
  '~?(\\d+(?:\\.\\d+)?e\\d{1,2}|\\d{1,3}(?:[ \\u00a0]\\d{3})+|\\d[\\d.,]*\\d|\\d)\\s*(k)?\\b';
/** An average in words next to its figure: "averaging 4,800 per hour", "36,000 messages/hour on average". */
const AVERAGE_FIGURE = [
  new RegExp(
    `\\b(?:averag(?:e|es|ed|ing)|avg|mean|(?:a |the )?(?:normal|usual|regular)(?= ~?\\d)|(?:on )?(?:normal|usual|regular|ordinary) days?|typically|normally|usually|on (?:a )?(?:normal|typical|regular|usual) day)[:\\s]+(?:(?:(?!\\b(?:and|but)\\b)[^.;,\\d]){0,25}?)(?:(?:of|is|at|about|around|roughly|is about)\\s+)*${COUNT}(?!\\s*%)`,
  ),
  new RegExp(
    // (not "0.5% active on average": a share online, not a load)
    `${COUNT}(?!\\s*%)[^.;,\\d]{0,30}?\\b(?:on average|steady|sustained|baseline)\\b`,
  ),
  // "300 avg concurrent users" (a spreadsheet row), "~1,000 req/min average"
  new RegExp(
    `${COUNT}\\s+(?:(?:rps|qps|rpm|qpm|req(?:uest)?s?(?:\\s*\\/\\s*[a-z]+)?|calls|queries)\\s+)?(?:avg|average|mean|typical)\\b`,
  ),
  // "40 is the normal level"
  new RegExp(
    `${COUNT}\\s+is\\s+(?:the\\s+|our\\s+)?(?:normal|usual|typical|average|baseline|everyday)\\b`,
  ),
];
/** A peak in words before its figure: "the busiest hour sees 14,400", "peak is about 45". */
const PEAK_FIGURE = [
  // "90 requests/s at peak"
  new RegExp(
    `()${COUNT}[^.;,\\d]{0,30}?\\b(?:at|is)\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?peak\\b`,
  ),
  // "450 peak concurrent users" (a spreadsheet row)
  new RegExp(`()${COUNT}\\s+peak\\b`),
  new RegExp(
    `\\b(?:peak|peaks|peaking|busiest(?: (hour|day|minute|second|time))?)\\b[^.;\\d]{0,45}?${COUNT}`,
  ),
  // "averages about 600 RPM and hits ~1,800 RPM on Friday evenings": the figure it climbs to
  new RegExp(
    `()\\b(?:hits|hit|reaches|spikes to|jumps to|climbs to|goes up to|tops out at)\\s+(?:about\\s+|around\\s+|roughly\\s+)?${COUNT}`,
  ),
  // "at month-end close it's 120", "in exam weeks up to 900": a busy period named
  new RegExp(
    `\\b((?:at|during|in|around|on|over)\\s+(?:the\\s+)?(?:(?:month|quarter|year|week)[- ]end|(?:busy|high|holiday|exam|enrol?ment|tax|sales?) (?:season|period|weeks?|days?)|black friday|cyber monday))\\b[^.;\\d]{0,40}?${COUNT}`,
  ),
];
/** The period a figure is counted over, from the words after it ("4,800 requests per hour"). */
const FIGURE_PERIOD =
  /^\s*(?:[a-z-]+\s+){0,2}?(?:\/|per|a|an|each|every|within (?:one|a|1|a single))\s*(s|sec|second|min|minute|hr|h|hour|day)\b/;

/**
 * An average and a peak said as two figures of one sentence ("average 4,800 per hour; the
 * busiest hour sees 14,400"): the average is the load and the peak its multiple.
 */
/**
 * The sentences of a text, every two adjacent lines (a pasted spec's "avg: 9" over "peak: 27")
 * and every two adjacent sentences.
 */
function sentencesAndLinePairs(lower: string): { text: string; at: number }[] {
  const sentences = [...lower.matchAll(/[^.\n]+(?:\.(?=\d)[^.\n]*)*/g)].map(
    m => ({ text: m[0], at: m.index! }),
  );
  let at = 0;
  const lines = lower.split('\n').map(text => {
    const line = { text, at };
    at += text.length + 1;
    return line;
  });
  const pairs = lines.slice(0, -1).map((l, i) => ({
    text: `${l.text}\n${lines[i + 1].text}`,
    at: l.at,
  }));
  // "40 per second is the peak on Saturday evening. The normal average is 10 per second."
  const sentencePairs = sentences.slice(0, -1).map((s, i) => ({
    text: lower.slice(s.at, sentences[i + 1].at + sentences[i + 1].text.length),
    at: s.at,
  }));
  return [...sentences, ...pairs, ...sentencePairs];
}

function readAverageAndPeak(text: string, f: Findings): string | undefined {
  const lower = text.toLowerCase();
  for (const segment of sentencesAndLinePairs(lower)) {
    const sentence = Object.assign([segment.text], { index: segment.at });
    const avg = AVERAGE_FIGURE.map(re => re.exec(sentence[0])).find(Boolean);
    const peak = PEAK_FIGURE.map(re => re.exec(sentence[0])).find(Boolean);
    if (!avg || !peak) continue;
    // "each one asks on average 1 question a minute": one person's rate, not the load
    if (/\beach\b[^.;,\d]{0,30}$/.test(sentence[0].slice(0, avg.index)))
      continue;
    // "4,800 an hour on average; the busiest minute sees 240": both over the same period
    const avgPeriod = FIGURE_PERIOD.exec(
      sentence[0].slice(avg.index + avg[0].length),
    )?.[1];
    const countAt = peak.index + peak[0].indexOf(peak[2], peak[1]?.length ?? 0);
    const peakPeriod =
      peak[1] ||
      FIGURE_PERIOD.exec(
        sentence[0].slice(countAt + peak[2].length + (peak[3]?.length ?? 0)),
      )?.[1];
    const scale =
      avgPeriod && peakPeriod && peakPeriod !== 'time'
        ? secondsIn(avgPeriod) / secondsIn(peakPeriod)
        : 1;
    const average = countOfText(avg[1], avg[2]);
    const factor = (countOfText(peak[2], peak[3]) * scale) / average;
    if (!(factor > 1 && factor <= 50)) continue;
    // "concurrent chats average 200": the average is sessions at once, said before its figure
    if (
      /\b(concurrent|simultaneous|parallel) [a-z]+\s+averag/.test(sentence[0])
    )
      f.concurrent = f.said.concurrent = average;
    f.peakFactor = r4(factor);
    f.assumptions.push(
      `a peak of ${peak[2]}${peak[3] ?? ''}${
        peakPeriod ? ` a ${peakPeriod}` : ''
      } over an average of ${avg[1]}${avg[2] ?? ''}${
        avgPeriod ? ` a ${avgPeriod}` : ''
      } read as ${fmt(r4(factor))}x at peak`,
    );
    const at = sentence.index! + countAt;
    return blank(text, at, at + peak[2].length + (peak[3]?.length ?? 0));
  }
  return undefined;
}

/** Words next to a load count that say it is the peak ("at peak", "up to 40 at once"). */
const LOAD_AT_PEAK =
  /\b(?:at (?:the )?peak|peak(?:s|ing)?(?! factor)|at (?:the )?busiest|busiest|max(?:imum)?|at most|up to|worst[- ]case|spikes? (?:of|to))\b/;
/** Words next to a load count that say it is the average ("on average", "600 RPM avg"). */
const LOAD_ON_AVERAGE =
  /\b(?:on average|average|avg|typical(?:ly)?|normal(?:ly)?|usual(?:ly)?|on a normal day|baseline)\b/;

/**
 * "~600 RPM avg, peaks around 2.5x", "100 workflows in flight on average": whether the rate or
 * concurrent count read is the average the peak factor multiplies or the peak itself, by the
 * words of its own clause.
 */
function loadWordsAround(f: Findings): 'peak' | 'average' | undefined {
  if (!f.loadSpan) return undefined;
  const lower = f.turnText.toLowerCase();
  const [start, end] = f.loadSpan;
  const head = lower.slice(Math.max(0, start - 60), start);
  const clause = `${head.split(/[.;,:\n(]/).pop()} ${
    lower.slice(end, end + 60).split(/[.;,\n)]/)[0]
  }`;
  if (LOAD_AT_PEAK.test(clause)) return 'peak';
  if (LOAD_ON_AVERAGE.test(clause)) return 'average';
  return undefined;
}

function readPeakRate(text: string, f: Findings): string {
  const both = readAverageAndPeak(text, f);
  if (both !== undefined) return both;
  const m = LOAD_THEN_PEAK.exec(text.toLowerCase());
  if (!m) return readAverageBelowPeak(text, f);
  const factor = countOfText(m[3], m[4]) / countOfText(m[1], m[2]);
  if (!(factor > 1) || !Number.isFinite(factor)) return text;
  f.peakFactor = r4(factor);
  f.assumptions.push(
    `peak of ${m[3]}${m[4] ?? ''} over ${m[1]}${m[2] ?? ''} read as ${fmt(
      r4(factor),
    )}x at peak`,
  );
  const at = m.index + m[0].lastIndexOf(m[3]);
  return blank(text, at, at + m[3].length + (m[4]?.length ?? 0));
}

/**
 * "25% use it in a given week, and at any moment roughly 4% of those weekly users": the share at
 * once of everyone is the product (1 %).
 */
const SHARE_OF_SHARE =
  /\b(\d+(?:\.\d+)?)\s*%\s+(?:of (?:them|us|our [a-z]+|the [a-z]+)\s+)?(?:use|uses|using|are using|log in|touch) it\s+(?:in|on|during|each|every|per)\s+(?:a |any )?(?:given |typical |normal )?(?:week|month|day)\b[^.;]{0,80}?\b(\d+(?:\.\d+)?)\s*%\s+of (?:those|these|them|the (?:weekly|monthly|daily|active) users)(?:\s+(?:weekly|monthly|daily|active) users)?/i;

/**
 * "~40% of cardholders are regular users, and of those regulars about 2% would be on the chat at
 * the same time": a share of a share said to be on at once.
 */
const SHARE_OF_THOSE_AT_ONCE =
  /\b(\d+(?:\.\d+)?)\s*%\s+of (?:the |our |all )?[a-z-]+(?: [a-z-]+)?\s+(?:are|is|will be|would be|become)\s+[^.;]{0,40}?\b(?:of (?:those|these|them)(?: [a-z-]+)?,?\s+(?:about |around |roughly |maybe |approximately |~\s*)?(\d+(?:\.\d+)?)\s*%|(\d+(?:\.\d+)?)\s*%\s+of (?:those|these|them)(?: [a-z-]+)?)(?=[^.;]{0,50}?\b(?:(?:at|in) the same (?:time|moment)|at once|concurrently|simultaneously|online|at any (?:one |given )?(?:time|moment)))/i;

/** The two shares a share of a share multiplies, where it was said. */
function shareOfShare(
  text: string,
): { outer: string; inner: string; at: number; said: string } | undefined {
  const m = SHARE_OF_SHARE.exec(text);
  if (m) return { outer: m[1], inner: m[2], at: m.index, said: m[0] };
  const t = SHARE_OF_THOSE_AT_ONCE.exec(text);
  if (t) return { outer: t[1], inner: t[2] ?? t[3], at: t.index, said: t[0] };
  return undefined;
}

function readShareOfShare(text: string, f: Findings): string {
  const m = shareOfShare(text);
  if (!m) return text;
  f.activeFraction = r4((Number(m.outer) / 100) * (Number(m.inner) / 100));
  f.assumptions.push(
    `"${m.said}" read as ${m.inner} % of ${m.outer} %: ${fmt(
      r4(f.activeFraction * 100),
    )} % of everyone at once`,
  );
  return blank(text, m.at, m.at + m.said.length);
}

/** A share in words: "half of them at the same time", "1 of 10 use it in same moment". */
function readActiveShare(text: string, f: Findings): string {
  const share = text
    .toLowerCase()
    .match(
      /\b(half|(?:a|one)[- ](?:third|quarter|fifth|tenth)|(?:two|2)[- ]thirds|(?:three|3)[- ]quarters|(?:one|1) (?:in|of|out of) (\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty))( of (them|those|these|the users|the people|our users))?\b[^.;]{0,60}?\b((at|in) (the )?same (time|moment)|at once|simultaneously|concurrently|in parallel|at any (one |given )?(time|moment)|online|active(ly)?|typing|chatting|logged in|us(ing|es?) it|(?:are|is|be|being) on it|(?:are|is|be|being) on (?:the|this) (?:tool|app|system|service|bot|assistant) together)\b/,
    );
  if (!share) return text;
  // "one-fifth of them" is a fifth
  const words = share[1]
    .replace(/^(?:a|one)[- ]/, 'a ')
    .replace(/^(two|2)[- ]/, 'two ')
    .replace(/^(three|3)[- ]/, 'three ');
  const frac = share[2] ? 1 / countOf(share[2]) : SHARE_WORDS[words];
  f.activeFraction = r4(frac);
  // only the share's words: a head count after it ("a quarter of our 6,000 employees") is read
  const end = share.index! + share[1].length + (share[3]?.length ?? 0);
  return blank(text, share.index!, end);
}

/** "no clue how many will be on it at the same time": the share at once is not known. */
const UNKNOWN_SHARE =
  /\b(no (clue|idea)|not sure|(do not|don['’]t) know|can['’]?t (estimate|say|tell|guess)|cannot (estimate|say|tell|guess)|unsure)\b[^.;]{0,30}\bhow many\b[^.;]{0,40}\b((at|in) (the )?same (time|moment)|at once|concurrent(ly)?|simultaneous(ly)?|online|on it)\b/;

/**
 * A head count whose share at once the user says they do not know is asked back rather than
 * filled from the template: the share sizes everything.
 */
function readUnknownShare(text: string, f: Findings): void {
  if (f.activeFraction !== undefined || f.concurrent !== undefined) return;
  if (!UNKNOWN_SHARE.test(text.toLowerCase())) return;
  ask(
    f,
    'activeFraction',
    'activeFraction: you are not sure how many will use it at the same time. Roughly what share of them is active at once at the busiest time (for example 5 %), or how many at once?',
  );
}

/** Active-user counts by period: "200k MAU", "30k daily active users". */
const USER_BASE_KINDS: [kind: string, said: RegExp][] = [
  ['daily', /^\s*(?:dau|daily active(?: users)?|daily users)\b/],
  ['weekly', /^\s*(?:wau|weekly active(?: users)?|weekly users)\b/],
  ['monthly', /^\s*(?:mau|monthly active(?: users)?|monthly users)\b/],
];

/**
 * "200k MAU and 30k DAU; about 2% of DAU are active at any moment": of several active-user
 * counts, the one a share is said of is the population; the others are left unread.
 */
function readShareOfUserBase(text: string, f: Findings): string {
  const lower = text.toLowerCase();
  const bases = scanNumbers(text).flatMap(n => {
    const kind = USER_BASE_KINDS.find(([, re]) =>
      re.test(n.after.toLowerCase()),
    )?.[0];
    return kind ? [{ n, kind }] : [];
  });
  if (new Set(bases.map(b => b.kind)).size < 2) return text;
  const shareOf =
    /\d\s*(?:%|per ?cent|percent)\s+of\s+(?:the\s+|our\s+|those\s+|all\s+)?(dau|daily|wau|weekly|mau|monthly)\b/.exec(
      lower,
    )?.[1];
  if (!shareOf) return text;
  const kind =
    ({ dau: 'daily', wau: 'weekly', mau: 'monthly' } as Record<string, string>)[
      shareOf
    ] ?? shareOf;
  const chosen = bases.find(b => b.kind === kind);
  if (!chosen) return text;
  assign(f, 'population', chosen.n.value, chosen.n);
  f.assumptions.push(
    `the share is of the ${kind} active users: ${chosen.n.raw} taken as the population`,
  );
  return bases.reduce((t, b) => blank(t, b.n.start, b.n.end), text);
}

/**
 * "1,000 of our 25,000 customers are chatting at once": the first count is at the same time,
 * the second the population; both blanked once read.
 */
function readCountOfPopulation(text: string, f: Findings): string {
  const nums = scanNumbers(text);
  for (let i = 0; i + 1 < nums.length; i++) {
    const [a, b] = [nums[i], nums[i + 1]];
    const between = text.slice(a.end, b.start).toLowerCase();
    const span = text.slice(a.start, b.end + b.after.length).toLowerCase();
    if (
      /^\s+(out )?of\s+(all\s+)?(of\s+)?(our|the|its|their|your)?\s*$/.test(
        between,
      ) &&
      USER_NOUNS.test(b.after.toLowerCase()) &&
      (has(CONCURRENT_WORDS, span) || /\b(online|active)\b/.test(span)) &&
      a.value > 0 &&
      a.value < b.value
    ) {
      assign(f, 'concurrent', a.value, a);
      assign(f, 'population', b.value, b);
      return blank(blank(text, a.start, a.end), b.start, b.end);
    }
  }
  return text;
}

/** Verbs that name the task; the words after them name what is processed. */
const TASK_VERB =
  /\b(summar\w*|translat\w*|classif\w*|categori[sz]\w*|(re-?)?tag(s|ging)?|extract\w*|re-?rank\w*|scor(e|es|ing)|triag\w*|label(s|l?ing)?|moderat\w*|proofread\w*)\s+/g;
/** "a translation service for the tickets of our customer support": the object after "for". */
const TASK_SERVICE_FOR =
  /\b(summar\w*|translat\w*|classif\w*|tagging|extract\w*|moderat\w*)(?:\s+(?:service|api|tool|job|pipeline|endpoint|bot|assistant|engine|system))?\s+for\s+(?:the\s+|our\s+|all\s+)?/g;
/** Where the object of a task verb ends: a preposition, a cadence word, a conjunction or a clause break. */
const OBJECT_END =
  /^(for|with|into|in|at|within|every|each|by|from|out|to|on|per|and|but|or|nightly|overnight|daily|weekly|before|after|using|via|so|as|then|under|over|when|whenever|while|once|if|which|that|where|because)$/;

/**
 * "extracts named entities out of the day's news articles": what the task reads from is
 * processed too; where the source after the object ends (undefined when none).
 */
function sourceAfter(lower: string, end: number): number | undefined {
  const m =
    /^\s*\(?[^()]{0,60}?\)?\s*\b(?:from|out of)\s+((?:(?:the|our|all|each|every|today['’]s|the day['’]s|yesterday['’]s)\s+)?(?:[\p{L}\d'’&-]+\s*){1,4})/u.exec(
      lower.slice(end),
    );
  return m ? end + m.index + m[0].length : undefined;
}

/** A tool named by the task it does ("summariser", "translator"). */
const TASK_TOOL =
  /\b(?:summari[sz]er|translator|classifier|tagger|extractor)s?\b/g;

/**
 * "translates the day's new support tickets", "summarising support tickets": the words after a
 * task verb (up to five, to the next preposition) name what is processed, not the use case.
 * Returns where those objects are.
 */
function taskObjects(lower: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of [
    ...lower.matchAll(TASK_VERB),
    ...lower.matchAll(TASK_SERVICE_FOR),
  ]) {
    const pos = m.index! + m[0].length;
    const words =
      // a count with its separators ("1.2m historical tickets") is one word
      lower
        .slice(pos)
        .match(/^(?:(?:\d[\d.,]*\p{L}*|[\p{L}\d'’&-]+)[ \t]*){1,7}/u)?.[0] ??
      '';
    let end = pos;
    for (const w of words.matchAll(/\d[\d.,]*\p{L}*|[\p{L}\d'’&-]+/gu)) {
      if (OBJECT_END.test(w[0])) break;
      end = pos + w.index! + w[0].length;
    }
    if (end > pos) spans.push([pos, sourceAfter(lower, end) ?? end]);
  }
  // "a support-ticket summariser": the words before a tool named by its task are its object
  for (const m of lower.matchAll(TASK_TOOL)) {
    // how it runs ("interactive summariser") is not what it processes
    const words =
      /(?:(?!(?:interactive|real-?time|live|instant|on-demand|streaming|an?|the|our)[ \t])[\p{L}\d'’&-]+[ \t]+){1,3}$/u.exec(
        lower.slice(0, m.index!),
      );
    if (words) spans.push([m.index! - words[0].length, m.index!]);
  }
  return spans;
}

/**
 * How a batch runs ("nightly", "batch job"): it says the use case only when no task word does
 * ("agent runs" are an agent's work, not a batch's).
 */
const RUN_MODE_WORDS =
  /\b(batch(es)?|offline|overnight|nightly|bulk|every (night|morning|evening|day|week)|each (night|morning|evening|day|week)|once a (day|week)|jobs?|(?<!\bagent )runs?)\b/g;

/**
 * The use case from its keywords. A keyword inside the object of a task verb does not count
 * (a phrase that starts at the verb, "extract entities", does); batch words ("nightly", "batch
 * job") say how it runs and decide only when no strong task word is found without them.
 */
/** "Summary: LLM backend for sales-email drafting" in a pasted ticket: the ticket's title field. */
const SUMMARY_FIELD = /^([ \t>*-]*)summary(?=[ \t]*:[ \t]*[a-z])/gm;

/**
 * "purpose still TBD (summaries vs Q&A over matter files vs tagging docs), no decision yet", "not
 * sure what for yet: could be label blurbs or answering e-mails", "the application has not yet been
 * determined; options include drafting obituaries": a sentence that says the use case is not
 * chosen; the tasks it lists are options, not the task.
 */
const UNDECIDED_PURPOSE =
  /[^.;\n]*\b(?:purpose|use[- ]?case|(?:specific |exact )?application|what (?:it|we)(?:['’]ll| will)? (?:be )?(?:used|use it) for)\b[^.;\n]*\b(?:tbd|tbc|undecided|not (?:yet )?(?:been )?(?:decided|settled|agreed|chosen|determined)|no decision|still open|up in the air)\b[^.\n]*|[^.;\n]*\b(?:not sure|unsure|no idea|(?:don['’]?t|do not) know)(?: yet)? what (?:(?:it|we|they)(?:['’]ll| will| would)? (?:be )?(?:use|used|want|need)\w*(?: it)? )?for\b[^.;\n]*/g;

/**
 * "Not inline autocomplete — they paste a spec and get a file back": a short phrase denied at
 * the start of a sentence is what the service is not ("not just a chatbot" adds to it).
 */
const DENIED_TASK =
  /(?:(?<=(?:^|[.!?;\n—–])\s*)\b(?:not|isn['’]t|aren['’]t)\s+|(?<=(?:^|[.!?;:\n—–])\s*)\b(?:it|this|that)(?:['’]s|\s+is)\s+not\s+(?:about|for)\s+)(?!(?:just|only|merely|simply)\b)(?:(?:a|an)\s+)?(?:[\w+/-]+\s+){0,3}?[\w+/-]+(?:\s+after all)?(?=\s*(?:[.;,:—–\n]|\s-\s|\bbut\b|$))/g;

/**
 * "about 300 staff (operators, engineers, billing, customer care)": the departments people work
 * in, not what the service is for.
 */
const STAFF_MAKEUP =
  /(?<=\b\d[\d,.]*k?\s+(?:staff|employees|people|colleagues|personnel|users)\s*)\([^()\n]{0,160}\)/g;

/**
 * "calls 3-4 tools (code search, CI, internal wiki)": the tools an agent calls, not what the
 * service is for.
 */
const TOOL_LIST = /(?<=\b(?:tools?|apis?)\s*)\([^()\n]{0,160}\)/g;

/** "use_case: rag-qa" in a pasted spec: the use case named by its id, which no keyword outweighs. */
const USE_CASE_BY_ID = /\buse[ _-]?case\s*[:=]\s*["'`]?([a-z][a-z-]*[a-z])\b/g;

/**
 * "Use case: …", "purpose — …", a ticket's "Title: …": a line of a spec, table or ticket that
 * names the service's task.
 */
const USE_CASE_LINES =
  /^[ \t]*(?:[-*•][ \t]*)?(?:(?:use[ _-]?case|purpose|task|workload)(?:[ \t]*[:=—–-][ \t]*|[ \t]+)|title[ \t]*:[ \t]*)([^\n]+)/gm;

function readUseCase(said: string, idx: ChatCatalogIndex, f: Findings): void {
  const saidLower = said.toLowerCase();
  const named = new Set(
    [...saidLower.matchAll(USE_CASE_BY_ID)]
      .map(m => m[1])
      .filter(id => idx.isUseCase(id)),
  );
  // "search-rerank,rag-qa,…" beside "support-bot,customer-service,…": a table of several services
  const severalIds = () =>
    USE_CASES_BY_CHAT_RANK.filter(
      u => u.id.includes('-') && saidLower.includes(u.id),
    ).length > 1;
  if (named.size === 1 && !severalIds()) {
    const [id] = named;
    f.useCase = id;
    f.useCaseWords = id;
    return;
  }
  const lower = said
    .replace(SUMMARY_FIELD, (w, lead: string) => lead.padEnd(w.length))
    .replace(STAFF_MAKEUP, w => ' '.repeat(w.length))
    .replace(TOOL_LIST, w => ' '.repeat(w.length))
    .replace(UNDECIDED_PURPOSE, w => ' '.repeat(w.length))
    .replace(DENIED_TASK, w => ' '.repeat(w.length));
  const objects = taskObjects(lower);
  // "for our customer support team we summarise 1.2M tickets every night": a batch job is the
  // task it runs, not the support assistant it serves
  // "latency: relaxed, overnight is fine … must appear instantly": while the latency words contradict
  // each other (asked back), an interactive task stays possible
  const batch =
    f.batchContext &&
    !f.useCaseSoFar &&
    !f.questions.some(q => q.field === 'latency');
  // "| Use case | Real-time translation of chat messages |" in a requirements table: the one
  // line naming the use case outweighs whom the service is for ("support agents ↔ customers"),
  // when it names one task clearly
  const statedLines = [...lower.matchAll(USE_CASE_LINES)];
  const stated =
    statedLines.length === 1 && !severalIds()
      ? detectUseCase(
          statedLines[0][1],
          idx,
          taskObjects(statedLines[0][1]),
          batch,
        )
      : null;
  if (stated && stated.score >= 4 && stated.score > stated.runnerUp) {
    f.useCase = stated.id;
    f.useCaseWords = stated.words;
    return;
  }
  const byTask = detectUseCase(
    lower.replace(RUN_MODE_WORDS, w => ' '.repeat(w.length)),
    idx,
    objects,
    batch,
  );
  const useCase =
    byTask && byTask.score >= 4
      ? byTask
      : detectUseCase(lower, idx, objects, batch);
  if (!useCase && f.batchContext && !f.useCaseSoFar) {
    // a batch job that names no other task is planned with the batch-analytics template
    if (idx.isUseCase('batch-analytics')) {
      f.useCase = 'batch-analytics';
      f.assumptions.push(
        'a batch job naming no other task read as batch analytics (its template sets tokens and latency)',
      );
    }
    return;
  }
  // "it's a nightly batch" after "summarise our support tickets": how the task runs, not
  // another task; only task words change the use case an earlier turn set
  if (useCase && f.useCaseSoFar && (!byTask || byTask.score < 4)) return;
  // "each article is around 900 tokens" in a later turn: a thing processed, not a new task
  if (useCase && f.useCaseSoFar && ITEM_NOUNS.test(useCase.words)) return;
  // "… click and wait for the recap", then "7,200 summaries a day": the kind named first stays
  if (
    useCase &&
    f.useCaseSoFar &&
    f.useCaseSoFar !== useCase.id &&
    useCaseTask(f.useCaseSoFar) === useCase.id
  )
    return;
  if (useCase) {
    f.useCase = useCase.id;
    f.useCaseWords = useCase.words;
  }
}

/** Latency words; explicit numbers (read earlier) win over words. */
function readLatencyWordsInto(lower: string, f: Findings): void {
  const lat = readLatencyWords(lower);
  if (lat.conflict) {
    ask(
      f,
      'latency',
      `latency: you said ${lat.conflict}; does latency matter for this service (tight targets) or not (relaxed targets)?`,
    );
    // "must feel instant … it can take a minute": the minute is half of what is asked back
    if (f.e2eAllowance) {
      delete f.slo.e2eMs;
      delete f.said['slo.e2eMs'];
    }
  } else if (lat.latency) {
    f.latency = lat.latency;
    f.latencyWords = lat.words;
  }
}

/** A bare answer to "do your users mean population, concurrent or requests per second?". */
function readUsersMeanAnswer(lower: string, asked: boolean, f: Findings): void {
  if (
    /\b(req(uests)?\/s|rps|qps|requests? (per|a) second|per second)\b/.test(
      lower,
    )
  )
    f.usersMeanAnswer = 'rps';
  // "they're all employees, maybe a tenth on it at the same time": a share of them at once
  else if (
    CONCURRENT_WORDS.test(lower) &&
    (f.activeFraction !== undefined ||
      /\b(half|a third|a quarter|a fifth|a tenth|(one|1) (?:in|of|out of) \d+|\d+(\.\d+)? ?(%|percent))\b/.test(
        lower,
      ))
  )
    f.usersMeanAnswer = 'population';
  else if (CONCURRENT_WORDS.test(lower)) f.usersMeanAnswer = 'concurrent';
  else if (
    /\b(population|in total|total|people who (may|might|could|can) use|may use it|user ?base|everyone|all of them|registered|headcount)\b/.test(
      lower,
    )
  )
    f.usersMeanAnswer = 'population';
  else if (asked && /\b(first( one)?|a\))(?!\s+token)/.test(lower))
    f.usersMeanAnswer = 'population';
  else if (asked && /\b(second( one)?|b\))/.test(lower))
    f.usersMeanAnswer = 'concurrent';
  else if (asked && /\b(third|last)( one)?\b/.test(lower))
    f.usersMeanAnswer = 'rps';
  else if (
    asked &&
    /\b(don'?t know|not sure|no idea|unsure|whatever|you (decide|choose|pick)|default)\b/.test(
      lower,
    )
  ) {
    f.usersMeanAnswer = 'population';
    f.usersMeanDefaulted = true;
  }
}

/** Use cases that are a person waiting at a screen, which a batch run never is. */
const INTERACTIVE_ONLY = new Set([
  'chatbot',
  'customer-service',
  'code-completion',
  'interactive-summarisation',
]);

function detectUseCase(
  lower: string,
  idx: ChatCatalogIndex,
  objects: [number, number][] = [],
  batch = false,
): { id: string; words: string; score: number; runnerUp: number } | null {
  let best: { id: string; score: number; words: string } | null = null;
  let runnerUp = 0;
  // a keyword that starts inside the object belongs to it ("… tickets of our customer support")
  const inObject = (m: RegExpMatchArray) =>
    objects.some(([a, b]) => m.index! >= a && m.index! < b);
  for (const { id, chat } of USE_CASES_BY_CHAT_RANK) {
    if (!idx.isUseCase(id) || (batch && INTERACTIVE_ONLY.has(id))) continue;
    let score = 0;
    let words = '';
    for (const r of chat.rules) {
      const re = new RegExp(r.re.source, `${r.re.flags.replace('g', '')}g`);
      const m = [...lower.matchAll(re)].find(x => !inObject(x));
      if (m) {
        score += r.weight;
        if (!words) words = m[0];
      }
    }
    if (score > 0 && (!best || score > best.score)) {
      runnerUp = best?.score ?? 0;
      best = { id, score, words };
    } else runnerUp = Math.max(runnerUp, score);
  }
  return best && { ...best, runnerUp };
}

/** "drafts 300-": the words before a range, for the range's top end to read what its bottom follows. */
const withoutRangeBottom = (before: string) =>
  before.replace(/\d[\d.,]*\s*[km]?\s*(?:-|–|to)\s*$/, '');

/** "250–400 agents": a number that is a range's bottom end (the top is the one read). */
const RANGE_BOTTOM = /^\s*(?:-|–|to)\s*\d/;

function has(re: RegExp, s: string): boolean {
  return re.test(s.toLowerCase());
}

/** One number of a turn, lower-cased around it, and the findings it is read into. */
type NumberReading = {
  n: ReturnType<typeof scanNumbers>[number];
  f: Findings;
  before: string;
  after: string;
  clause: string;
  v: number;
};

/** "Option A: … ~$38k/month": a sentence pricing one of the options compared. */
const OPTION_SENTENCE =
  /^\s*(?:option|alternative|variant|plan)\s+[a-z0-9]\b\s*[:—–-]/i;

/** The number's sentence up to it, in the turn as said. */
function sentenceUpTo(f: Findings, n: NumberMention): string {
  const head = f.turnText.slice(0, n.start);
  return head.slice(
    Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n')) + 1,
  );
}

/** "that cost us ~$18k", "we paid": money already spent. */
const PAST_SPEND =
  /\b(?:cost(?:s|ed)? (?:us|me|them|the company)|spent|(?:we|they|i) paid|paid out|charged us)\s*(?:about|around|roughly|approximately|nearly|almost|over|~)?\s*(?:\$|usd|us\$|€|eur|£)?\s*~?$/;

/** A turn that is only an amount ("about 11k", "$11,000"): the answer to a budget question. */
const BARE_AMOUNT =
  /^\s*(?:about|around|roughly|approx\.?|~)?\s*\$?\s*\d[\d.,]*\s*(?:k|thousand)?\s*(?:usd|dollars?|us dollars)?\s*[.!]?\s*$/i;

/**
 * Money: a budget per month or per run in US dollars; an amount in another currency is asked
 * back in dollars (no exchange rate is guessed).
 */
function readMoney({ n, f, before, after, clause, v }: NumberReading): boolean {
  // "kr. 20.000 um mánaðin", "₹2,50,000": a currency sign or abbreviation written before
  const currencyBefore =
    /(\$|usd|us\$|€|eur|£|gbp|chf|sek|nok|dkk|\bkr\.?|₹|\brs\.?|¥|₩|₽|₺|₪|₦|₱|₴|฿|₫|\b(?:zar|aud|cad|nzd|sgd|hkd|jpy|cny|inr|brl|mxn|ars|krw|idr|php|thb|myr|pln|czk|huf|ngn|kes|aed|sar|pgk))\s*$/.test(
      before,
    );
  const currencyAfter =
    /^\s*(\$|usd|(?:us|u\.s\.)[- ]?dollars?|dollars?|bucks|€|eur|euros?|£|gbp|pounds?(?: sterling)?|quid|(?:swiss )?francs?|chf|kr|kronor|kroner|sek|nok|dkk|pln|czk|huf|rub|inr|brl|myr)\b/.test(
      after,
    ) || /^\s*(\$|€|£)/.test(after);
  // a budget was said before: a bare "actually 4k a month" corrects it
  const budgetFollowUp =
    (f.budgetSoFar || f.said['budget.usdPerMonth'] !== undefined) &&
    /^\s*(a|per|\/|each|for (the|a|one|this|next|the whole))\s*(month|mo|year|yr|quarter)\b/.test(
      after,
    ) &&
    !/\b(req|reqs|requests?|queries|calls|messages|tokens?|users?|people|items?|documents?)\b/.test(
      clause,
    );
  // "forty thousand rand a month max": the period after the currency's name
  const currencyWord = /^\s*([\p{L}]{3,12})(?=\s)/u.exec(after);
  const afterCurrency =
    currencyWord && foreignCurrency(currencyWord[1])
      ? after.slice(currencyWord[0].length)
      : after;
  const spendPeriod =
    /^\s*(a|per|\/|each|for (the|a|one|this|next|the whole))\s*(month|mo|year|yr|quarter|run)\b/.test(
      afterCurrency,
    ) &&
    (/\b(budget|spend|spending|cost|costs|ceiling|cap|afford|keep it|pay|max|maximum|limit|below|under|signed off|sign-off|approved|allocated|allotted|earmarked|set aside)\b/.test(
      clause,
    ) ||
      // "Budget, ja, the manager said forty thousand rand a month": a sentence about the budget
      /^[\s>*-]*budget\b/i.test(sentenceUpTo(f, n)));
  if (
    currencyBefore ||
    currencyAfter ||
    spendPeriod ||
    // "about 11k" right after "… what is that in US dollars a month?"
    (f.askedBudgetCurrency !== undefined && BARE_AMOUNT.test(f.turnText)) ||
    budgetFollowUp ||
    // "a 30k budget for six months"
    /^\s*(monthly |yearly |annual |quarterly |total )?budget\b/.test(after) ||
    (/\bbudget\b[^\d]{0,30}$/.test(before) &&
      !USER_NOUNS.test(after) &&
      !ITEM_NOUNS.test(after) &&
      !/^\s*(tokens?|ms|s\b|req|rps|qps|%|x\b|h\b|hours?|(days?|weeks?|months?|years?)\b)/.test(
        after,
      ))
  ) {
    // "that cost us ~$18k in consulting", "we paid $40k for the pilot": money already spent;
    // "Option A: … ~$38k/month": the price of an option compared, not a ceiling
    if (PAST_SPEND.test(before) || OPTION_SENTENCE.test(sentenceUpTo(f, n))) {
      f.notes.push(`${n.raw}: money already spent, not a budget; ignored`);
      return true;
    }
    const currency =
      foreignCurrency(`${before.slice(-6)}${n.raw}${after.slice(0, 14)}`) ??
      foreignDollarsNamed(f.turnText.slice(n.end).split(/[.!?\n]/)[0]);
    const settle = (
      key: 'budget.usdPerMonth' | 'budget.usdPerRun',
      usd: number,
    ) => {
      if (currency) askBudgetInDollars(f, key, usd, currency);
      else {
        // "R30 000 a month… scratch that, the contract is in dollars: US$1 600": the dollar
        // amount said after one in another currency answers its question
        f.questions = f.questions.filter(
          q => q.field !== key || !q.question.includes(BUDGET_CURRENCY_MARKER),
        );
        assign(f, key, usd, n, fmtUsd(v));
      }
      return true;
    };
    // the period right after the amount first ("$600 a month on a batch job"), then "per run",
    // "each nightly run may cost", then a period anywhere in the clause
    const next = after.match(/^\W*(\S+(\W+|$)){0,3}/)![0];
    const monthlyNext = monthlyBudget(v, next, f);
    if (monthlyNext !== undefined)
      return settle('budget.usdPerMonth', r4(monthlyNext));
    if (
      /(\b(per|a|each|every|one|a single)[\s-]+([a-z-]+\s+)?|\/\s*)(run|batch|job|pass)\b|\b(the )?(whole|entire) (job|run|batch|backfill)\b/.test(
        clause,
      ) ||
      // "under $250 per night" for a nightly run
      ((f.batchContext || f.batchSoFar) &&
        (f.batch.runsPerDay ?? f.runsPerDaySoFar) === 1 &&
        /\b(per|a|each|every)\s+night\b/.test(clause))
    )
      return settle('budget.usdPerRun', v);
    const monthly = monthlyBudget(v, clause, f);
    if (monthly !== undefined) return settle('budget.usdPerMonth', r4(monthly));
    if (/\b(hour|hourly|hr)\b|\/\s*h\b/.test(clause)) {
      f.notes.push(
        `${n.raw} per hour: hourly prices come from the price catalog, not the chat; ignored`,
      );
      return true;
    }
    // the dollar amount a currency question asked for, its period said in the question
    if (f.askedBudgetCurrency && !currency)
      return settle(f.askedBudgetCurrency, v);
    if (currency) return settle('budget.usdPerMonth', v);
    ask(
      f,
      'budget.usdPerMonth',
      `budget.usdPerMonth: is ${fmtUsd(v)} ${BUDGET_PERIOD_MARKER}?`,
    );
    return true;
  }
  return false;
}

/** Asks a budget said in another currency back in US dollars, with its period. */
function askBudgetInDollars(
  f: Findings,
  key: 'budget.usdPerMonth' | 'budget.usdPerRun',
  amount: number,
  currency: string,
): void {
  const period = key === 'budget.usdPerRun' ? ' per run' : ' a month';
  // "€9,000 a month… actually make that €12,000": the amount said last is the one asked about
  f.questions = f.questions.filter(q => q.field !== key);
  ask(
    f,
    key,
    `${key}: ${amount.toLocaleString('en-US', {
      maximumFractionDigits: 2,
    })} ${currency}${period} is not in US dollars and plans are priced in dollars; ${BUDGET_CURRENCY_MARKER}${period}?`,
  );
}

/** "per quarter" after "is $9,000 a budget per month, per run, …?": the amount with that period. */
function readBudgetPeriodAnswer(
  lower: string,
  amount: number | undefined,
  f: Findings,
): void {
  if (
    amount === undefined ||
    f.budgetUsdPerMonth !== undefined ||
    f.budgetUsdPerRun !== undefined
  )
    return;
  if (
    /\b(per|a|each|every)\s+([a-z-]+\s+)?(run|batch|job|pass)\b/.test(lower)
  ) {
    f.budgetUsdPerRun = amount;
    return;
  }
  const monthly = monthlyBudget(amount, lower, f);
  if (monthly !== undefined) f.budgetUsdPerMonth = r4(monthly);
}

/** Budget periods turned into a month (30 days): month, year, quarter, week, day. */
const BUDGET_PERIODS: { re: RegExp; months: number; name: string }[] = [
  { re: /\b(month|monthly|mo)\b|\/\s*mo/, months: 1, name: 'monthly' },
  {
    re: /\b(year|annual(ly)?|yearly|yr|per annum)\b/,
    months: 12,
    name: 'yearly',
  },
  { re: /\b(quarter|quarterly|qtr)\b/, months: 3, name: 'quarterly' },
  {
    re: /\b((a|per|each|every)\s+week|weekly (budget|spend|cap|limit))\b|\/\s*w(ee)?k\b/,
    months: 7 / 30,
    name: 'weekly',
  },
  {
    re: /\b((a|per|each|every)\s+day|daily (budget|spend|cap|limit))\b|\/\s*day\b/,
    months: 1 / 30,
    name: 'daily',
  },
];

/** A budget amount per month from the period its clause names, or undefined without one. */
function monthlyBudget(
  v: number,
  clause: string,
  f: Findings,
): number | undefined {
  // "30k for six months", "$50k over 2 years"
  const span = clause.match(
    /\b(for|over|per|every|each|across)\s+(\d+)\s+(months|years|weeks)\b/,
  );
  if (span && Number(span[2]) > 0) {
    const months =
      Number(span[2]) *
      { months: 1, years: 12, weeks: 7 / 30 }[span[3] as 'months'];
    f.assumptions.push(
      `budget ${fmtUsd(v)} for ${span[2]} ${span[3]} read as ${fmtUsd(
        v / months,
      )} per month`,
    );
    return v / months;
  }
  const p = BUDGET_PERIODS.find(b => b.re.test(clause));
  if (!p) return undefined;
  if (p.months !== 1)
    f.assumptions.push(
      `${p.name} budget ${fmtUsd(v)} read as ${fmtUsd(v / p.months)} per month`,
    );
  return v / p.months;
}

/** Percentages: headroom or the share of users active at once. */
function readPercentage({ n, f, after, clause, v }: NumberReading): boolean {
  if (/^\s*(%|percent|per ?cent)/.test(after)) {
    if (/\b(headroom|buffer|margin|spare|safety)\b/.test(clause))
      f.headroom = v / 100;
    else if (
      /\b(active|actively|online|use it at|busy|logged in|signed in|typing|coding|concurrency)\b/.test(
        clause,
      ) ||
      has(CONCURRENT_WORDS, clause) ||
      // "online at the same time, 2 %": the share after its label
      /\b(?:online|active|at (?:the )?same time|at once|concurrent(?:ly)?|simultaneous(?:ly)?)\s*[,:]\s*(?:about |around |roughly |~)?$/.test(
        sentenceUpTo(f, n).toLowerCase(),
      ) ||
      // "at peak maybe 0.4 % of them chat with the bot": a share of the people using it
      (/^\s*(%|percent|per ?cent)\s+of\s+(them|those|these|our|the|all)\b/.test(
        after,
      ) &&
        /\b(peak|busiest|chat\w*|us(e|es|ing)|talk\w*|ask\w*|quer(y|ies|ying)|interact\w*|log(s|ged)? in|engag\w*|send\w*|open\w*)\b/.test(
          clause,
        ))
    )
      assign(f, 'activeFraction', v / 100, n, `${n.raw} %`);
    else if (/\b(spot|discount|cheaper|saving)\b/.test(clause)) return true;
    // "sorry, checked the stats, it's more like 5%": corrects the share said before
    else if (
      f.shareSoFar &&
      (/\b(more like|closer to|rather|actually|make (it|that)|it['’]s|it is|more|less|about|around|roughly|says|said|reports?|estimates?)\s*(about |around |~)?$/.test(
        n.before.toLowerCase(),
      ) ||
        // "no wait, I mis-typed: 25%"
        CORRECTION.test(n.before.toLowerCase()))
    )
      assign(f, 'activeFraction', v / 100, n, `${n.raw} %`);
    else f.notes.push(`${n.raw}% : not clear what it is a share of; ignored`);
    return true;
  }
  return false;
}

/** "0.04 of the users online", "at a time only 0.01 active": a share said as a decimal. */
function readDecimalShare({ n, f, before, after, v }: NumberReading): boolean {
  if (!(v > 0 && v < 1) || !/^0?\.\d+$/.test(n.raw)) return false;
  const shareAfter =
    /^\s*(?:of (?:them|those|the users|our users|the people|the staff)\s*)?(?:are |is |will be |would be )?(?:active|online|logged in|concurrent(?:ly)?|at (?:a|the same|any one) time|at once|simultaneously)\b/.test(
      after,
    );
  const shareBefore =
    /\b(?:at (?:a|the same|any one) time|at once|simultaneously|concurrently)\s+(?:only\s+|just\s+)?(?:about\s+|around\s+|~)?$/.test(
      before,
    ) && /^\s*(?:are |is |will be )?(?:active|online)\b/.test(after);
  if (!shareAfter && !shareBefore) return false;
  assign(f, 'activeFraction', v, n, `${n.raw} of the users at once`);
  return true;
}

/** Counts of GPUs, replicas or tensor parallelism: the planner sizes them, so only noted. */
function readSizingCount({ n, f, before, after }: NumberReading): boolean {
  // "500k card transactions" counts items, not cards; "24 instances of our agent" counts agents
  if (
    ITEM_NOUNS.test(after) ||
    /^\s*(instances?|replicas?|copies) of\b/.test(after)
  )
    return false;
  if (
    /^\s*(x\s*)?(gpus?|cards?|nodes?|replicas?|pods?|instances?|servers?|machines?)\b(?!\s+holders?\b)/.test(
      after,
    )
  ) {
    f.notes.push(
      `"${n.raw}${
        after.match(/^\s*(x\s*)?\w+/)![0]
      }": counts of GPUs, replicas or nodes are not taken from the chat; the planner sizes them`,
    );
    return true;
  }
  if (/\b(tp|tensor[- ]parallel(ism)?)\s*(=|of|:)?\s*$/.test(before)) {
    f.notes.push(
      `tensor parallelism ${n.raw} is chosen by the planner; ignored`,
    );
    return true;
  }
  return false;
}

/** The window one batch run must finish in ("within 8 hours"), or the answer to the question about it. */
function readBatchWindow({ n, f, before, after, v }: NumberReading): boolean {
  const span = after.match(/^\s*-?\s*(h|hrs?|hours?|mins?|minutes?|days?)\b/);
  if (
    span &&
    (f.batchContext || f.askedWindow) &&
    // "8 hours a day" is busy hours, "twice a day in a 2-hour window" a window
    !/^\s*-?\s*(h|hrs?|hours?|mins?|minutes?)\s+((a|per|each)\s+day|daily)\b/.test(
      after,
    ) &&
    (f.askedWindow ||
      // "an 8-hour overnight window"
      /^\s*-?\s*(h|hrs?|hours?|mins?|minutes?)[- ](?:(?:overnight|nightly|night|processing|batch|run|maintenance|off-peak|daily|weekly|weekend)[- ])?(window|deadline|time ?limit|slot|weekend)\b/.test(
        after,
      ) ||
      // "with 10 hours to finish", "has 3 hours to get through them"
      /^\s*-?\s*(h|hrs?|hours?|mins?|minutes?)\s+(to (finish|complete|run|process|do|get|work)|for (each|the|one|every) (run|batch|job|pass))\b/.test(
        after,
      ) ||
      /\b(window|deadline|time ?limit|slot)\s*(of|is|was|will be|:|=)?\s*(?:actually|now|really|in fact)?\s*(about|around|roughly|~|up to|at most)?\s*$/.test(
        before,
      ) ||
      /^\s*-?\s*(h|hrs?|hours?|mins?|minutes?)\s+(per|each|a|every) (run|batch|job)\b/.test(
        after,
      ) ||
      /\b(runs?|batch(es)?|jobs?) of\s*$/.test(before) ||
      // "window — the weekend, 48 hours"
      /\bwindow\s*[:—–-][^.\d]{0,25}$/i.test(sentenceBefore(f, n)) ||
      // "it can run all weekend (48 h)"
      /\b(run|runs|take|takes|last|lasts)\b[^.(]{0,30}\(\s*$/.test(before) ||
      // "start at 5 am and must be ready at 8 (3 hours)": the span of the times just said
      /\b(?:ready|done|finished|complete[ds]?|by|until|till|to)\s+(?:at\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|h)?)?\s*\(\s*$/.test(
        before,
      ) ||
      // "needs to be finished over the weekend, so 48 hours": the deadline worked out
      // "… done by six am, we close at ten so that's eight hours"
      (/(?:^|\b)so\s*(?:(?:that['’]?s|thats|that is|it['’]?s|which is|that gives (?:us|them|you))\s*)?(about|around|roughly|~)?\s*$/.test(
        before,
      ) &&
        /\b(finish\w*|done|complete\w*|ready|by)\b[^.]{0,50}$/.test(
          sentenceBefore(f, n),
        )) ||
      /\b(within|in|inside(?: of)?(?: the)?|(?:max(?:imum)? )?run ?time|finish\w*|complete\w*|done|window( of)?|takes?|by|under|at most|max(imum)?|less than|budget of|runs? for|running for|lasts?( for)?|gets?|has|have|given|allowed|limited to|capped at|no (more|longer) than|for|(?:shrinks?|grows?|changes?|drops?|goes|is cut|gets cut)(?: down)? to)\s*[:=]?\s*(about|around|roughly|~|up to|at most|(?:the |a )?(?:full|whole|entire))?\s*$/.test(
        before,
      ))
  ) {
    // "within 5 days": a one-off job's window in days
    if (
      /^d/.test(span[1]) &&
      !/\b(within|in|under|at most|over|takes?|no (more|longer) than|deadline( is| of)?)\s*(about|around|roughly|~|up to|at most)?\s*$/.test(
        before,
      )
    )
      return false;
    const hours = (v * secondsIn(span[1])) / 3600;
    assign(f, 'batch.windowHours', r4(hours), n, `${n.raw} ${span[1]}`);
    return true;
  }
  return false;
}

/** Requests in flight: "64 concurrent calls", "16 requests in parallel". */
function readRequestsInFlight({ n, f, after, v }: NumberReading): boolean {
  if (
    /^\s*(concurrent|parallel|simultaneous)\s+(api\s+)?(calls|requests|queries|streams|threads|workers|jobs|connections|generations)\b/.test(
      after,
    ) ||
    /^\s*(api\s+)?(calls|requests|queries|streams|generations)\s+(in parallel|concurrently|at once|simultaneously|at the same time|in flight)\b/.test(
      after,
    ) ||
    // "150 agent runs in flight", "~100 agent workflows in flight": runs of an agent, each a
    // session at once
    /^\s*(?:(?:agent|agentic|ai)\s+)?(?:(?:workflow|agent)\s+)?(?:runs|sessions|tasks|loops|workflows|pipelines|executions|instances)\s+(?:running\s+)?(?:in flight|in parallel|concurrently|at once|simultaneously|at the same time)\b/.test(
      after,
    )
  ) {
    assign(f, 'concurrent', v, n);
    return true;
  }
  return false;
}

/** Tokens per second per user, read as inter-token latency. */
function readTokensPerSecond({
  n,
  f,
  after,
  clause,
  v,
}: NumberReading): boolean {
  if (/^\s*(tok(en)?s?\s*(\/|per)\s*(s|sec|second)|tps)\b/.test(after)) {
    if (
      /\b(total|aggregate|overall|cluster|combined|throughput)\b/.test(clause)
    ) {
      f.notes.push(
        `${n.raw} tokens/s of total throughput is an outcome of the plan, not an input; ignored`,
      );
      return true;
    }
    // through assign, so a rate no GPU streams (under 1 ms a token) is asked back, not clamped
    assign(
      f,
      'slo.itlMs',
      r4(1000 / v),
      n,
      `${n.raw} tokens/s (${fmt(1000 / v)} ms a token)`,
    );
    if (f.slo.itlMs !== undefined)
      f.assumptions.push(
        `${n.raw} tokens/s per user read as ${r4(
          1000 / v,
        )} ms per output token`,
      );
    return true;
  }
  return false;
}

/** A time-to-first-token target said earlier in the sentence ("TTFT under 300 ms, …"). */
const EARLIER_TTFT_TARGET =
  /\b(ttft|first tokens?|time to first token)\b[^.\d]{0,30}\d+(\.\d+)?\s*(ms|s|secs?|seconds?)\b[^.]*[,;]/i;

const TTFT_WORDS =
  /\b(ttft|first tokens?|time to first|first bytes?|first words?|start(s|ing)?( to)?( stream\w*| answer\w*| respond\w*| appear\w*| typing)?|begin\w*)\b/;
const ITL_WORDS =
  /\b(per (output )?token|itl|inter[- ]?token|tpot|between tokens|token latency|each token|a token)\b/;

/** A duration: think time, or a latency target (first token, per token or end to end). */
function readLatency({ n, f, before, after, v }: NumberReading): boolean {
  const timeUnit = after.match(
    /^\s*(ms|msecs?|millis(econds?)?|milliseconds?|s|secs?|seconds?|mins?|minutes?)\b/,
  );
  if (timeUnit) {
    const u = timeUnit[1];
    let ms = v * 1000;
    if (/^m(s|sec|illi)/.test(u)) ms = v;
    else if (/^min/.test(u)) ms = v * 60000;
    if (
      // "every 30 s", "think time of 5 s"; not "each step must come back in under 2 s", nor a
      // batch's "every 30 min" (its runs)
      (/\b(every|each|once every)\s+(?:about |around |roughly |~)?$/.test(
        before,
      ) &&
        !f.batchContext) ||
      /\b(between (messages|questions|requests|turns)|think(ing)? time|pause)\b[^\d]*$/.test(
        before,
      ) ||
      // "40 ms between tokens" is the per-token target
      /^\s*\w+\s+(between(?!\s+(?:output\s+|generated\s+|streamed\s+)?tokens?\b)|of think)/.test(
        after,
      )
    ) {
      f.thinkTimeS = ms / 1000;
      return true;
    }
    // "fine waiting 30s+ for a good answer": a wait people accept, no ceiling to plan to
    if (
      /^\s*(?:\+|or (?:more|longer)\b|and (?:up|more|longer)\b)/.test(
        after.slice(timeUnit[0].length),
      )
    ) {
      f.notes.push(
        `${
          n.raw
        }${timeUnit[0].trim()} or more: a wait that is accepted, not a target; ignored`,
      );
      return true;
    }
    const where = `${before} ${after}`;
    // "ttft 800ms / itl 40ms": the metric named since the figure before this one wins
    const sinceLastFigure = before.replace(/^[\s\S]*\d/, '');
    const namesTtft = TTFT_WORDS.test(sinceLastFigure);
    const namesItl = ITL_WORDS.test(sinceLastFigure);
    let metric: 'ttftMs' | 'itlMs' | 'e2eMs' | null = null;
    if (namesItl && !namesTtft) metric = 'itlMs';
    else if (TTFT_WORDS.test(where)) metric = 'ttftMs';
    else if (ITL_WORDS.test(where)) metric = 'itlMs';
    else if (
      !/\b(e2e|end[- ]to[- ]end|total|full|complete\w*|whole|finish\w*|overall|entire|latency|response time|respond\w*|responses?|answers?|repl(y|ies)|take|takes|taking|wait\w*|slow)\b/.test(
        where,
      ) &&
      EARLIER_TTFT_TARGET.test(
        sentenceUpTo(f, n).slice(0, -before.length || undefined),
      )
    )
      // "the dev lead wants TTFT under 300 ms, product says up to 1.5 s is fine": the same target
      metric = 'ttftMs';
    else if (
      /\b(e2e|end[- ]to[- ]end|total|full( \w+)? (answer|response|reply|solution|result|summary|draft|translation|output)|complete\w*|whole|finish\w*|overall|entire|take|takes|taking|wait(ing)?|slow)\b/.test(
        where,
      ) ||
      /^\s*\w*\s*(?:(?:at |@ ?)?p\d{2}\s+)?(is|are) (ok|okay|fine|acceptable)\b/.test(
        after,
      )
    )
      metric = 'e2eMs';
    else if (
      /\b(latency|response time|respond|responses?|answers?|repl(y|ies)|within|under|below|less than|max(imum)?)\b/.test(
        where,
      )
    ) {
      metric = ms < 1500 ? 'ttftMs' : 'e2eMs';
      f.assumptions.push(
        `"${n.clause.trim()}" read as ${metric === 'ttftMs' ? 'a' : 'an'} ${
          metric === 'ttftMs' ? 'time-to-first-token' : 'end-to-end'
        } target of ${fmt(
          ms,
        )} ms (say "first token" or "full answer" to change)`,
      );
    }
    // "TTFT p95: 40 ms." then "sorry, typo: I meant 400 ms": the target said last, corrected
    const corrected = f.lastSaid?.key;
    if (
      !metric &&
      (corrected === 'slo.ttftMs' ||
        corrected === 'slo.itlMs' ||
        corrected === 'slo.e2eMs') &&
      CORRECTION.test(before.replace(/^[\s\S]*\d/, ''))
    )
      metric = corrected.slice(4) as 'ttftMs' | 'itlMs' | 'e2eMs';
    if (!metric) {
      f.notes.push(
        `${n.raw}${timeUnit[0]}: not clear which latency it is; ignored`,
      );
      return true;
    }
    assign(f, `slo.${metric}`, ms, n, `${n.raw}${timeUnit[0]}`);
    // "it can take a minute": an allowance, which a contradiction asked back withdraws
    if (
      metric === 'e2eMs' &&
      (/\b(take|takes|taking|wait(ing)?|slow)\b/.test(where) ||
        /^\s*\w*\s*(is|are) (ok|okay|fine|acceptable)\b/.test(after))
    )
      f.e2eAllowance = true;
    return true;
  }
  return false;
}

const ITEM_SIZE_BEFORE = new RegExp(
  // "Ogni NOTAM ≈ 250 token": each of a kind of item the rules do not name
  // "Each is long – about 60k tokens": each item, its length said after a dash
  // "Each one is about 120 pages at roughly 500 words a page": each item, hedged
  // "per item, input about 800 tokens" (not "a short summary per report (under 120 tokens)")
  // "each claim: about 700 tokens": each item, its size after a colon
  // "avg size: ~300 tokens" (a batch spec's key): each item's size
  `\\beach\\s+[a-z][a-z-]*\\s*(?::\\s*(?:≈|~|about|around|roughly|approximately)?|≈|~|about|around|roughly|approximately)\\s*$|\\beach(?:\\s+one)?\\s+(?:is|are)\\s+(?:about|around|roughly|approximately|~)\\s*$|\\beach (?:one )?(?:is|are) (?:long|short|big|large|small)\\s*[–—-]?\\s*(?:about|around|roughly|approximately|~)?\\s*$|\\beach(\\s+one)?\\s+(with|having|containing)\\s*(about|around|roughly|approximately|~)?\\s*$|\\beach${ITEM_PHRASE}\\s+(has|have|is|are|contains?|averages?|runs?)\\s*(about|around|roughly|approximately|~|≈|of|on average|typically|usually)?\\s*$|\\beach${ITEM_PHRASE}\\s+(about|around|roughly|approximately|~)\\s*$|\\b(?:(?:an?|the) )?(average|typical|avg\\.?)${ITEM_PHRASE}\\s+(has|is|runs?|contains?)\\s*(about|around|roughly|approximately|~|of)?\\s*$|(?:^|[.;:])\\s*(an?|one|un|une|uno|una|ein|eine|een)${ITEM_PHRASE}\\s+(has|is|runs?)\\s*(about|around|roughly|approximately|~|on average)?\\s*$|\\b(average|typical|avg\\.?|mean)?${ITEM_PHRASE}\\s+(size|length)\\s*(:|is|of)?\\s*(about|around|roughly|approximately|~)?\\s*$|(?<!\\b(?:summar(?:y|ies)|answers?|outputs?|repl(?:y|ies)|labels?|responses?|descriptions?|translations?)\\s)\\bper${ITEM_PHRASE}[^.;\\d]{0,30}$|(?:^|\\n)\\s*(?:avg\\.?|average|typical|mean)\\s+(?:size|length)\\s*(?::|=|is|of)?\\s*(?:about|around|roughly|approximately|~|≈)?\\s*$`,
);
/** "per item", "each record", "a document": one of the things a batch processes. */
const PER_ITEM = new RegExp(`\\b(per|each|an?)${ITEM_PHRASE}`);

/** "Segments are short, ~40 tokens": the sentence says how big the things processed are. */
const ITEMS_ARE_BEFORE = new RegExp(
  `^\\s*(?:the\\s+|our\\s+)?${ITEM_PHRASE}\\s+(?:are|average|run)\\s+(?:short|long|small|big|tiny|brief)?\\s*,?\\s*(about|around|roughly|approximately|~|on average|typically)?\\s*$`,
);

/**
 * The number's sentence up to it, at most `reach` characters back; an abbreviation's dot ends no
 * sentence ("prompts ~1.5k tokens incl. history, replies ~200").
 */
function sentenceBefore(f: Findings, n: NumberMention, reach = 80): string {
  return f.turnText
    .slice(Math.max(0, n.start - reach), n.start)
    .split(/(?<!\b(?:incl|approx|ca|vs|etc|e\.g|i\.e))(?:[;\n]|\.(?!\d))/i)
    .pop()!;
}

/** The verbs of a request that makes things: writes, drafts, generates, produces … */
const MAKING_STEMS = 'writ|draft|generat|produc|creat|compos';

/**
 * "a tool that writes promo posts and press releases … Each press release is about 700 words":
 * the length of one of the things the request said it makes is the answer's.
 */
function lengthOfWhatIsMade(turn: string, sentence: string): 'out' | null {
  const each =
    /\beach\s+([a-z-]{3,}(?:\s+[a-z-]{2,})?)\s+(?:is\s+|runs\s+|comes to\s+)?(?:about|around|roughly|approx\.?|~|≈)?\s*$/.exec(
      sentence,
    );
  if (!each) return null;
  const noun = each[1].replace(/s$/, '');
  return new RegExp(
    `\\b(?:${MAKING_STEMS}|mak)\\w*\\b[^.;]{0,60}\\b${noun}s?\\b`,
    'i',
  ).test(turn)
    ? 'out'
    : null;
}

/** "something that drafts write-ups and social posts, roughly": a sentence making things, uncounted. */
const MAKES_UNCOUNTED = new RegExp(
  `^[^\\d]*\\b(?:${MAKING_STEMS})(?:e|es|s|ing)?\\b[^\\d]*$`,
);

/** The sentences after the one a figure is in, on its line. */
function laterSentences(f: Findings, n: NumberMention): string[] {
  const line = f.turnText.slice(n.end).toLowerCase().split('\n')[0];
  return line.split(/[.!?](?:\s|$)/).slice(1);
}

/** "Everyone's on calls at once", "they're all on it at the same time": all of those just counted. */
const EVERYONE_AT_ONCE =
  /^\s*(?:[-*•]\s*)?(?:everyone(?:['’]s| is| will be)|everybody(?:['’]s| is)|they(?:['’]re| are| will be| can) all|all of them (?:are|will be|can be))\b[^.;!?]{0,30}?\b(?:simultaneous(?:ly)?|concurrent(?:ly)?|(?:at|in) the same (?:time|moment)|at once)\b/;

/** The rest of the number's sentence in the turn, lower-cased. */
function sentenceAfter(f: Findings, n: NumberMention): string {
  return f.turnText
    .slice(n.end)
    .toLowerCase()
    .split(/[;\n]|\.\s/)[0];
}

/**
 * "the output is a score and a ~", "Output is full files, 2,500 to": what the output is, said
 * before its length.
 */
const OUTPUT_IS_A =
  /\b(?:outputs?|answers?|responses?|results?)\s+(?:is|are|will be|should be)\s+(?:(?:a|an)\s+[^.,;]{0,30}|(?:[a-z-]+\s+){0,3}[a-z-]+\s*[,:—–]\s*(?:about|around|roughly|approx\.?|~|≈)?\s*(?:\d[\d.,]*\s*k?\s*(?:to|-|–)\s*)?)$/;

/**
 * "auto-write the little card msg for each order at checkout (~40 words": the length in brackets
 * after what the sentence writes ("drafts replies to customer emails (~300 words" is the e-mail's;
 * "the product attributes (~150 tokens)" names a thing, not its making).
 */
const WRITTEN_THEN_BRACKET = new RegExp(
  `\\b(?:auto-?)?(?:${MAKING_STEMS})(?!ts?\\b)\\w*\\s+(?:(?!(?:to|from|of|on|about|based|using)\\b)[^.;()\\n]){0,60}\\(\\s*(?:about|around|roughly|approx\\.?|~|≈)?\\s*$`,
);

/** "each report is ~400 words, written from the stats sheet": a length of what is made from another. */
const WRITTEN_FROM_AFTER = new RegExp(
  `^\\s*(?:tokens?|words?)?\\s*,?\\s*(?:(?:${MAKING_STEMS})(?:ten|ted|ed)|made)\\s+(?:from|out of|based on)\\b`,
);

/** The subject before a length of something a writing assistant produces ("each description has about"). */
const GENERATED_LENGTH_BEFORE =
  /\b(drafts?|descriptions?|blog posts?|posts?|copy|stor(y|ies)|newsletters?|captions?|slogans?|letters?|e-?mails?|blurbs?|bulletins?|previews?|(?<kind>notes?|texts?|articles?))(\s+(?:itself|themselves))?(\s+(?:for|per)\s+(?:each|every)(?:\s+(?:one|item|product|of them))?)?([\s_-]+(len|length|size))?\s*(is|are|has|have|runs?(?: to| at)?|come to|of|will|would|should|be|:|≈|~|\(|about|around|approx\.?|roughly|typically|usually|on average|short|brief|concise|,|\s)*$/;

/**
 * "notes", "texts": what a writer makes, unless a summary is made of them or they are what it
 * writes from ("drafts letters from their case notes", "they paste notes of about 150 words").
 */
function isWrittenKind(f: Findings, kind: string): boolean {
  if (f.useCaseSoFar === 'content-generation') return true;
  const stem = kind.replace(/s$/, '');
  return (
    !/\bsummar/i.test(f.turnText) &&
    !new RegExp(
      `\\b(?:from|based on|out of|using|(?:paste|send|upload|type|enter|feed|provide|share|give)[sd]?)\\s+(?:[\\w-]+\\s+){0,3}?${stem}s?\\b`,
      'i',
    ).test(f.turnText)
  );
}

/** "… tokens per description": a length per thing a writing service produces. */
const GENERATED_PER =
  /^\s*(?:-\s*)?(?:tokens?|toks?)\s+(?:per|each|a|an|for each)\s+(?:generated\s+)?(?:descriptions?|drafts?|posts?|captions?|blurbs?|letters?|previews?|bulletins?|newsletters?)\b/;

/**
 * Words of a service that writes ("generator", "drafting assistant", "write", "we need a
 * description for each lot").
 */
const GENERATING =
  /\b(generat\w*|writ(e|es|ing)|writer|draft(ing|s|ed)?|compos\w*)\b|\bneeds? (?:an? |one )?(?:[\w-]+ )?(?:descriptions?|blurbs?|captions?) for (?:each|every)\b/;

/**
 * A token length whose direction the words right around it name: the second of a pair ("~60
 * tokens in and ~60 out"), "3000 prompt tokens", "~80 tokens of output", "output ≈ 400 tokens".
 */
const OUTPUT_COMES_OUT =
  /\b(outputs?|answers?|summar(?:y|ies)|translations?|repl(?:y|ies)|responses?)\s+(?:comes? out|ends? up)\s+(?:with|at)\s*(?:about|around|roughly|~|≈)?\s*$|\b(?:it|and it|the model|the llm)\s+(?:returns?|gives back|replies with|responds with|answers with)\s*(?:about|around|roughly|~|≈)?\s*$/;

/** "we only want back a handful of tags, maybe": what the service gives back, its length next. */
const WANTED_BACK =
  /\b(?:want|need|get|expect)s?\s+back\b[^.;\n]{0,40}?[,(—–-]?\s*(?:maybe|about|around|roughly|say|~|≈)?\s*$/;

const TOKENS_LABEL_DIRECTION =
  /\btokens?\s*[:=]?\s*(?:(?:in|input|prompt)\s*[:=]?\s*[~≈]?\s*\d[\d.,]*\s*k?\s*(?:\/|,|;|and)\s*)?(in|input|prompt|out|output|completion)\s*[:=]?\s*[~≈]?\s*$/;

function readNamedTokenDirection({
  n,
  f,
  before,
  after,
  v,
}: NumberReading): boolean {
  // "translate 36,000 summaries … each summary has about 300 words": what a translation job
  // counts is what it reads, whatever it is called
  if (
    f.batchContext &&
    /^\s*(tokens?|toks?)\b/.test(after) &&
    /\btranslat/i.test(f.turnText) &&
    /\beach\s+[a-z]+\s+has\s*(?:about|around|roughly|~|≈)?\s*$/.test(before) &&
    countedItemsBefore(f.turnText, before)
  ) {
    f.batch.tokensPerItem = v;
    assign(f, 'inputTokens', v, n);
    return true;
  }
  // "each text has about 400 tokens and the translation comes out with ~450": the output's length
  if (
    OUTPUT_COMES_OUT.test(before) &&
    (/^\s*(tokens?|toks?)\b/.test(after) || f.inputTokens !== undefined)
  ) {
    assign(f, 'outputTokens', v, n);
    return true;
  }
  const justBefore = f.turnText
    .slice(Math.max(0, n.start - 40), n.start)
    .toLowerCase();
  if (WANTED_BACK.test(justBefore) && /^\s*(tokens?|toks?)\b/.test(after)) {
    assign(f, 'outputTokens', v, n);
    return true;
  }
  // "input tokens ~600", "prompt tokens: 3000": the direction its label names before it
  const labelled =
    /\b(input|prompt|output|completion|response|answer)\s+tokens?\s*(?:[:=]|is|are|of|about|around|roughly|approx\.?|~|≈|\s)*$/.exec(
      justBefore,
    );
  if (labelled && !/^\s*(?:\/|per\b)/.test(after)) {
    assign(
      f,
      /^(input|prompt)$/.test(labelled[1]) ? 'inputTokens' : 'outputTokens',
      v,
      n,
    );
    return true;
  }
  // "Tokens: in 1.5k / out 350": both directions under one tokens label
  const underLabel = TOKENS_LABEL_DIRECTION.exec(justBefore);
  if (underLabel) {
    const out = /^(out|output|completion)$/.test(underLabel[1]);
    assign(f, out ? 'outputTokens' : 'inputTokens', v, n);
    return true;
  }
  // "transcripts … summarised into 500-token notes": what it is turned into is the answer
  if (
    /^\s*-?\s*(?:tokens?|toks?)\b/.test(after) &&
    /\b(?:summari[sz]ed|condensed|boiled down|distilled|compressed|shortened|cut down|turned)\s+(?:down\s+)?(?:in)?to\s+(?:an?\s+|about\s+|around\s+|roughly\s+|~\s*)?$/.test(
      justBefore,
    )
  ) {
    assign(f, 'outputTokens', v, n);
    return true;
  }
  // "~60 tokens in and ~60 out", "4,000 tokens input and 300 output": the second length of a
  // pair, its unit said once
  if (
    /^\s*out(put)?\b/.test(after) &&
    (/\b(tokens?|toks?)\b[^.;\n]{0,14}?\b(in|input)\b|\b(in|input|prompt)\s+(tokens?|toks?)\s+(and|,|\/)\s*$/.test(
      justBefore,
    ) ||
      // "each step's prompt ~12k tokens (big context), ~300 out"
      /\b(prompts?|inputs?)\b[^.;\n]{0,12}?\b(tokens?|toks?)\b(?:\s*\([^()\n]{0,30}\))?\s*(?:,|and|\/)\s*(?:~|≈|about |around )?\s*$/.test(
        justBefore,
      ))
  ) {
    assign(f, 'outputTokens', v, n);
    return true;
  }
  // "3000 prompt tokens", "350 answer tokens": the direction named with the unit
  const named =
    /^\s*(?:(?:avg|average|mean|typical|median|max)\s+)?(prompt|input|context|transcript|document|article|e-?mail|ticket|answer|output|completion|response|reply|summary|new|generated)[\s-]+(tokens?|toks?)\b(?!\s*(\/|per|a)\s*(s|sec|second|min|minute)\b)/.exec(
      after,
    );
  if (named) {
    const out =
      /^(answer|output|completion|response|reply|summary|new|generated)$/.test(
        named[1],
      );
    assign(f, out ? 'outputTokens' : 'inputTokens', v, n);
    return true;
  }
  const tokenUnit = /^\s*(-\s*)?(tokens?|toks?|tok)\b/.test(after);
  // "~80 tokens of output", "output ≈ 400 tokens per record": what each item gives back
  if (
    tokenUnit &&
    (/^\s*(-\s*)?(tokens?|toks?|tok)\s+(?:of\s+)?(output|out|answers?|completions?|responses?|repl(y|ies))\b/.test(
      after,
    ) ||
      /\b(outputs?|answers?|completions?|responses?|repl(y|ies)|summar(y|ies))\s*(?:is|are|has|have|of|:|≈|~|about|around|approx\.?|roughly|\s)*$/.test(
        before,
      ))
  ) {
    assign(f, 'outputTokens', v, n);
    return true;
  }
  // "roughly 1,500 tokens of input and 120 of output" in a summariser's request: the input
  if (
    tokenUnit &&
    /^\s*(-\s*)?(tokens?|toks?|tok)\s+of\s+(input|prompts?|context)\b/.test(
      after,
    )
  ) {
    assign(f, 'inputTokens', v, n);
    return true;
  }
  // "drafts are ~1,600 tokens" for a writing assistant: what it writes, not what it reads
  if (tokenUnit && isWrittenLength(f, before)) {
    assign(f, 'outputTokens', v, n);
    return true;
  }
  return false;
}

/**
 * "translation of the existing descriptions … each description is about 180 words": what is
 * translated is read, whatever a writer would make of it.
 */
function isTranslated(f: Findings, noun: string): boolean {
  const stem = noun.toLowerCase().replace(/s$/, '');
  return new RegExp(
    // "we translate the catalogue from Dutch to German: about 80,000 product descriptions": the
    // things the sentence translates, named after it says so
    `\\btranslat\\w*\\s+(?:of\\s+)?(?:[\\w-]+\\s+){0,4}?${stem}s?\\b|\\btranslat\\w*\\b[^.;!?\\n]{0,120}?:(?:[^.;!?\\n]|\\.(?=\\d)){0,40}?\\b${stem}s?\\b`,
    'i',
  ).test(f.turnText);
}

/** "each description is about": the length of a thing the turn has translated, read. */
function isTranslatedLength(f: Findings, before: string): boolean {
  const subject = GENERATED_LENGTH_BEFORE.exec(before);
  return subject !== null && isTranslated(f, subject[1]);
}

/** Words before a length that name what a writing service makes ("the emails should be short,"). */
function isWrittenLength(f: Findings, before: string): boolean {
  const generated = GENERATED_LENGTH_BEFORE.exec(before);
  return (
    generated !== null &&
    // "input per article ~400 tokens": what is read for each thing written
    !/\b(?:inputs?|prompts?|context)\s+(?:pro|per|for|of)\s+(?:each\s+|every\s+)?$/.test(
      before.slice(0, generated.index),
    ) &&
    // "notes run ~500 words" is what a writer makes, but what a summariser reads
    (!generated.groups?.kind || isWrittenKind(f, generated.groups.kind)) &&
    !isTranslated(f, generated[1]) &&
    (GENERATING.test(f.turnText.toLowerCase()) ||
      // "each description is about 160 words" after a turn that set up a writing assistant
      f.useCaseSoFar === 'content-generation')
  );
}

/** "summaries of ~2M tokens/day": a token volume, whatever is said before it; noted, not a length. */
function readTokenVolume(
  n: NumberMention,
  f: Findings,
  after: string,
  v: number,
): boolean {
  const volume =
    /^\s*(?:-\s*)?(?:tokens?|toks?)\s*(?:\/|per|a|an|each)\s*(day|d|month|hour|h|week)\b/.exec(
      after,
    );
  if (!volume) return false;
  f.tokensPerDay = (v * 86400) / secondsIn(volume[1]);
  // a batch's volume becomes its items once an item's length is said
  if (f.batchContext) return true;
  f.notes.push(
    `${n.raw} tokens a day (or month) is a token volume, not a request rate: the plan needs requests, say how many requests per day or per second (or the tokens per request)`,
  );
  return true;
}

/** "Digest length ~1,000 tokens each", "summaries: ~200 tokens each": what it writes, named first. */
const OUTPUT_NAMED_BEFORE =
  /\b(?:summar(?:y|ies)|digests?|answers?|outputs?|repl(?:y|ies)|responses?|translations?|recaps?|synops(?:is|es))(?:\s+(?:length|size)s?)?\s*(?:is|are|:|=|at)?\s*(?:about|around|roughly|approx\.?|~|≈|up to|at most|max(?:imum)?\.?|under)?\s*$/;

/** An output named right before its length: "summaries of at most", "answers of ~". */
const OUTPUT_OF_BEFORE =
  /\b(?:summar(?:y|ies)|answers?|outputs?|repl(?:y|ies)|responses?|translations?|labels?)\s+of\s+(?:at most|up to|max(?:imum)?\.?|no more than|under|about|around|roughly|approx\.?|~|≈)?\s*$/;

/**
 * "each record has about 600 tokens", "per item, input about 800 tokens": each item's size in a
 * batch; "each item about 300-500 tokens": the range's top end, read after what its bottom
 * follows (the reading's `before` leaves the bottom out).
 */
function readItemSize({ n, f, before, v }: NumberReading): boolean {
  if (
    !f.batchContext ||
    // "each report is ~400 words, written from the stats sheet": what each run makes
    WRITTEN_FROM_AFTER.test(sentenceAfter(f, n)) ||
    // "Summary length ~1,000 tokens": the length of what it writes
    OUTPUT_NAMED_BEFORE.test(before) ||
    !(
      // "each game (PGN with clock times) is about 1 500 tokens": the aside says what it holds
      (
        ITEM_SIZE_BEFORE.test(withoutAsides(before)) ||
        ITEMS_ARE_BEFORE.test(sentenceBefore(f, n).toLowerCase()) ||
        // "2.5 million leads per run, each ~300 tokens"
        /(?:^|[,;(])\s*each\s*(?:about|around|roughly|approx\.?|~|on average|averaging|avg\.?|typically)?\s*$/.test(
          before,
        )
      )
    )
  )
    return false;
  f.batch.tokensPerItem = v;
  assign(f, 'inputTokens', v, n);
  return true;
}

/** "600 tokens per email", "40k emails (~600 tokens each)": the size of each thing read. */
function readTokensOfEach({ n, f, before, after, v }: NumberReading): boolean {
  if (
    // "summaries of at most 500 tokens per report": the length of what it writes for each
    !OUTPUT_OF_BEFORE.test(before) &&
    !OUTPUT_NAMED_BEFORE.test(before) &&
    // "write the shop blurb for each one, ~80 words apiece": the length of what it writes
    !isWrittenLength(
      f,
      withoutRangeBottom(sentenceBefore(f, n).toLowerCase()),
    ) &&
    (new RegExp(
      `^\\s*(tokens?|toks?)\\s*(of [a-z]+\\s*)?(per|each|an?|\\/)${ITEM_PHRASE}`,
    ).test(after) ||
      // "420 avg tokens per narrative": in a batch, whatever it processes
      (f.batchContext &&
        /^\s*(tokens?|toks?)\s+(per|each|an?|\/)\s*(?!(second|sec|s|minute|min|hour|h|day|week|month|year|run|user|person|gpu|replica|request)s?\b)[a-z-]{3,}/.test(
          after,
        )) ||
      // "40k emails (~600 tokens each)": each of the batch's items, or each request's document
      // ("drafts write-ups and social posts, roughly 300 words a piece" is what it makes)
      (/^\s*(tokens?|toks?)\s*(of [a-z]+\s+)?(each|apiece|a piece)\b(?!\s+(day|hour|month|week|minute|second|run)s?\b)/.test(
        after,
      ) &&
        !MAKES_UNCOUNTED.test(sentenceBefore(f, n).toLowerCase())) ||
      // "~150 tokens in and ~250 out per item": the input of each item
      (f.batchContext &&
        /^\s*(tokens?|toks?)\s+(in|input)\b/.test(after) &&
        PER_ITEM.test(sentenceAfter(f, n))))
  ) {
    // "90k tokens per contract" in an interactive service is the prompt, not a batch item
    if (f.batchContext) f.batch.tokensPerItem = v;
    assign(f, 'inputTokens', v, n);
    return true;
  }
  return false;
}

/**
 * "each game (PGN with clock times) is about": the words before a length without the asides
 * that say what the thing holds; an aside naming a direction ("(input)") is kept.
 */
function withoutAsides(before: string): string {
  return before.replace(/\s*\(([^()]*)\)/g, (aside, inner: string) =>
    /\b(?:input|prompts?|output|answers?|context|tokens?)\b/i.test(inner)
      ? aside
      : '',
  );
}

/** A length said with "tokens" or "context": the window, or the direction the sentence names. */
function readTokensSaidWithUnit(
  { n, f, before, after, v }: NumberReading,
  contextUnit: boolean,
): boolean {
  if (contextUnit && !/\b(prompts?|inputs?)\b/.test(before)) {
    // "a 4k context" is a window of 4,096; "the retrieved context is about 4k tokens" and "~8k
    // token contexts" (each request's) are 4,000 and 8,000
    const windowSize =
      !/\bretriev/.test(before) &&
      !/^\s*(-\s*)?(tokens? )?contexts\b/.test(after) &&
      !/\b(about|around|roughly|approx\.?|approximately|circa|~)\s*$/.test(
        before,
      );
    const val =
      windowSize &&
      n.multiplied &&
      v % 1000 === 0 &&
      [4, 8, 16, 32, 64, 128].includes(v / 1000)
        ? v * 1.024
        : v;
    assign(f, 'inputTokens', val, n);
    f.assumptions.push(
      `"${n.raw} context" taken as prompts of up to ${fmt(
        val,
      )} tokens (sizes memory for full-context prompts)`,
    );
    return true;
  }
  // "prompts are ~1.5k tokens of code, completions short, ~40 tokens": the sentence says it
  const sentence = sentenceBefore(f, n).toLowerCase();
  // "the output is a score and a ~60-word comment": the sentence names it before the
  // clause's own words ("comment") can
  const dir =
    (isTranslatedLength(f, withoutAsides(before)) ? 'in' : null) ??
    (OUTPUT_IS_A.test(sentence) ||
    WRITTEN_THEN_BRACKET.test(sentence) ||
    WRITTEN_FROM_AFTER.test(sentenceAfter(f, n)) ||
    // "…, and the emails should be short, 90 words or so": the clause before says what is written
    (!before.trim() && isWrittenLength(f, sentence))
      ? 'out'
      : null) ??
    tokenDirection(withoutAsides(before), after) ??
    tokenDirection(sentence, after) ??
    (f.batchContext && countedItemsBefore(f.turnText, before) ? 'in' : null) ??
    // "run,items,avg_tokens" over "monthly,1.2M,250": a batch's bare length is its items'
    (f.batchContext && !before.trim() && /^\s*tokens?\s*\.?\s*$/.test(after)
      ? 'in'
      : null) ??
    lengthOfWhatIsMade(f.turnText, sentence) ??
    // "auto-generated commentary for all games from the weekend's tournaments — about 3-4k
    // games, ~500 words of commentary per game": what the sentence makes, said further back
    // (only the answer: what is read, said that far back, is as likely another count's)
    (tokenDirection(sentenceBefore(f, n, 240).toLowerCase(), after) === 'out'
      ? 'out'
      : null);
  if (dir === 'in') {
    // "1,200 contracts, each around 30 pages (call it 18k tokens)": the size of each item
    if (f.batchContext && /\beach\b/.test(sentence)) f.batch.tokensPerItem = v;
    assign(f, 'inputTokens', v, n);
  } else if (dir === 'out') assign(f, 'outputTokens', v, n);
  else
    f.notes.push(
      `${n.raw} tokens: not clear whether prompt or answer length; ignored`,
    );
  return true;
}

/** The token unit said as a word ("tokens", "toks"), not a throughput ("tok/s"). */
const TOKEN_WORD = /\b(?:tokens?\b|toks?\b(?!\s*\/))/i;

/** "input 2k / output 500 tokens", "80 tokens of input and 100 of output": the unit elsewhere. */
function readDirectionBeforeUnit({
  n,
  f,
  before,
  after,
  clause,
  v,
}: NumberReading): boolean {
  // "input 2k / output 500 tokens": the direction before the number, the unit later on
  const dirBefore =
    /\b(input|prompt|output|answer|completion|suggestion|response|reply|replie|summary|summarie)s?(?:\s+(?:incl\.?|including|with)\s+(?:the\s+)?[a-z' -]{1,40}?)?\s*(of\s*|is\s*|are\s*|:\s*)?(~|about|around|approx\.?|avg\.?|average|on average|typically|up to|at most|under|max\.?)?\s*$/.exec(
      before,
    );
  if (
    dirBefore &&
    ((/^\s*[a-z]{0,3}\s*(\/|,|and|tokens?|toks?)/.test(after) &&
      TOKEN_WORD.test(sentenceAfter(f, n))) ||
      // "inputs ~2k tokens, outputs ~150": the unit said with the first of the pair
      // "answers ~150 tokens, prompts ~1.5k incl. account context"
      // "output up to 4,000 (with the thinking)": an aside after the figure
      (/^\s*([.;,()]|$|(?:incl\.?|including|plus)(?:\s|$))/.test(after) &&
        TOKEN_WORD.test(sentenceBefore(f, n))))
  ) {
    const out =
      /^(output|answer|completion|suggestion|response|repl|summar)/.test(
        dirBefore[1],
      );
    assign(f, out ? 'outputTokens' : 'inputTokens', v, n);
    return true;
  }
  if (/^\s*in(put)?\b/.test(after) && TOKEN_WORD.test(clause)) {
    // "tokens: ~2k in, ~50 out per application": in a batch, the input of each item
    if (f.batchContext && PER_ITEM.test(sentenceAfter(f, n)))
      f.batch.tokensPerItem = v;
    assign(f, 'inputTokens', v, n);
    return true;
  }
  if (
    /^\s*out(put)?\b/.test(after) &&
    (TOKEN_WORD.test(clause) || /\bin\b/.test(clause))
  ) {
    assign(f, 'outputTokens', v, n);
    return true;
  }
  // "about 80 tokens of input and 100 of output": the unit said with the first of the pair
  const ofDirection =
    /^\s*of\s+(input|prompts?|output|answers?|completions?|responses?)\b/.exec(
      after,
    );
  if (ofDirection && TOKEN_WORD.test(sentenceBefore(f, n))) {
    const out = !/^(input|prompt)/.test(ofDirection[1]);
    assign(f, out ? 'outputTokens' : 'inputTokens', v, n);
    return true;
  }
  return false;
}

/** Token lengths: prompt, answer or context, and tokens per batch item. */
function readTokenLength({
  n,
  f,
  before,
  after,
  clause,
  v,
}: NumberReading): boolean {
  const tokenUnit = /^\s*(-\s*)?(tokens?|toks?|tok)\b/.test(after);
  if (readTokenVolume(n, f, after, v)) return true;
  if (readNamedTokenDirection({ n, f, before, after, clause, v })) return true;
  // "150 words per description" for a description writer: the length of what it writes
  if (
    GENERATED_PER.test(after) &&
    (GENERATING.test(f.turnText.toLowerCase()) ||
      f.useCaseSoFar === 'content-generation')
  ) {
    assign(f, 'outputTokens', v, n);
    return true;
  }
  if (tokenUnit && readItemSize({ n, f, before, after, clause, v }))
    return true;
  if (tokenUnit && readTokensOfEach({ n, f, before, after, clause, v }))
    return true;
  const contextUnit =
    // ("40 context cues" counts cues, not a window)
    /^\s*(-\s*)?(tokens? )?(contexts?|ctx)( window| length)?\b(?!\s+(?!(?:tokens|prompts|inputs|requests|queries)\b)[a-z]+s\b)/.test(
      after,
    ) ||
    /\b(?:context|ctx)( window| length)?( of| is|:)?\s*(about |around |~|up to )?$/.test(
      before,
    );
  if (tokenUnit || contextUnit)
    return readTokensSaidWithUnit(
      { n, f, before, after, clause, v },
      contextUnit,
    );
  return readDirectionBeforeUnit({ n, f, before, after, clause, v });
}

/** "peak factor 1.8", "peak-to-average ratio: 2": the factor named just before its bare number. */
const PEAK_FACTOR_NAMED =
  /\bpeak(?:[- ]to[- ](?:average|mean))?[- _]?(?:factor|multiplier|ratio)\s*(?::|=|of|is|is about|is around|~)?\s*$/;

/** Multipliers: burst, peak or headroom factors. */
function readMultiplier({
  n,
  f,
  before,
  after,
  clause,
  v,
}: NumberReading): boolean {
  if (
    (PEAK_FACTOR_NAMED.test(before) ||
      // "1.8 peak factor": a table row read as a figure, then its column
      /^\s*peak[- _]?(?:factor|multiplier)\s*\.?\s*$/.test(
        after.split('\n')[0],
      )) &&
    v > 1 &&
    v <= 20 &&
    !/^\s*%/.test(after)
  ) {
    f.peakFactor = v;
    return true;
  }
  if (/^\s*(?:(x|times|-fold|fold)\b|×)/.test(after) || /^x\b/.test(after)) {
    if (/\bburst/.test(clause)) f.burstFactor = v;
    else if (
      /\b(peak|peaks|peaking|peaked|spike|spikes|spiking|rush|busiest|surge|surges|surging|mornings?|evenings?|nights?|weekends?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:days?)?|launch|season|holidays?|(month|quarter|year)[- ]end)\b/.test(
        clause,
      ) ||
      // "traffic at 9am is 3x the daily average": a busy time against the average
      /^\s*(x|×|times)?\s*(the\s+)?(daily |usual |normal |typical )?(average|mean|baseline|normal)\b/.test(
        after,
      ) ||
      // "when the newsletter goes out it goes up to roughly 4x that": a rise over the level said
      // "during the monthly bill run it rises to four times that"
      (/\b(?:(?:goes|go|shoots?|jumps?|climbs?|rises?|grows?|ramps?)\s+up|(?:rises?|rising|grows?|growing|climbs?|climbing|jumps?|increases?|increasing)\s+to)\b/.test(
        clause,
      ) &&
        (/^\s*(x|×|times)\s+(that|this|it)\b/.test(after) ||
          // "when booking opens the load rises to 3x": the load's rise, said whole
          (/\b(load|traffic|volume|demand|usage)\b/.test(clause) &&
            /^\s*(x|×|times)\s*(?:$|[.;,)]|\s+(?:when|during|on|at|in|around)\b)/.test(
              after,
            )))) ||
      // "at Undas, five times as many people as usual": a crowd against the ordinary days
      /^\s*(x|×|times)\s+(?:as many|more)\s+(?:[a-z]+\s+){0,2}?(?:as|than)\s+(?:usual|normal|on (?:a|an|any) (?:normal|ordinary|average|typical|regular) day|the rest of the (?:year|month|week))\b/.test(
        after,
      ) ||
      // "on election nights we hit 3x that"
      (/\b(?:hits?|reach(?:es)?|sees?)\s*(?:about|around|roughly|~)?\s*$/.test(
        before,
      ) &&
        /^\s*(x|×|times)\s+(that|this|it|the (?:normal|usual|average))\b/.test(
          after,
        ))
    )
      f.peakFactor = v;
    else if (/\b(headroom|buffer|margin)\b/.test(clause)) {
      f.headroom = Math.max(0, v - 1);
      f.assumptions.push(
        `${n.raw}x headroom read as ${Math.round(
          (v - 1) * 100,
        )} % above the peak`,
      );
    } else f.notes.push(`${n.raw}x: not clear what it multiplies; ignored`);
    return true;
  }
  return false;
}

/** Hours of use a day. */
function readHoursPerDay({
  n,
  f,
  before,
  after,
  clause,
  v,
}: NumberReading): boolean {
  if (
    /^\s*(h|hrs?|hours?)\b/.test(after) &&
    /\b(a|per|each|\/)\s*day\b|\bdaily\b|\/\s*d\b/.test(clause)
  ) {
    assign(f, 'activeHoursPerDay', v, n, `${n.raw} hours a day`);
    return true;
  }
  // "it runs 24 hours", "we're open 24 hours": round the clock, a service's busy day
  if (
    v === 24 &&
    !f.batchContext &&
    /^\s*(h|hrs?|hours?)\s*(?:[.,;!)]|$|and\b)/.test(after) &&
    /\b(?:runs?|running|open|opens|operates?|operating|available|live|on|staffed|manned)\s*(?:for\s+)?(?:the\s+)?(?:full\s+)?$/.test(
      before,
    )
  ) {
    assign(f, 'activeHoursPerDay', v, n, `${n.raw} hours a day`);
    return true;
  }
  return false;
}

/** "per working day", "a business day": the day a rate is counted in, said with its kind. */
const WORKING = '(?:(?:working|work|business) )?';

/**
 * "10k tweets per hour", "600 reviews a business day", "45 reports arrive per minute": a rate of
 * things of any name.
 * ("per", "a" or "an" end a word: "400 artisans" is no "artis an s")
 */
const GENERIC_ITEM_RATE = new RegExp(
  `^\\s*(?:[a-z-]+\\s+)?([a-z-]{3,}s|prs)\\s*(?:(?:arrive|come in|come|land|flow in|stream in|pour in|(?:are|get) (?:submitted|filed|created|uploaded|raised|logged))\\s+)?(?:\\/|(?:per|an?|each|every)\\b)\\s*${WORKING}(s|sec|second|min|minute|hr|h|hour|day)\\b`,
);

/**
 * "6 completion requests a min", "1.7M LLM calls/day", "4 calls to the model per minute": up
 * to two nouns before the period.
 */
const REQUEST_RATE = new RegExp(
  `^\\s*(?:(?:llm|api|model|inference|http|internal|external|copilot|assistant|chat|chatbot|bot|customer|user|support)\\s+){0,2}(?:(?:req|reqs|requests?|queries|query|calls?|messages?|questions?|prompts?|conversations?|chats?|sessions?|tickets?|documents?|docs|completions?|generations?|api calls|summar(?:y|ies)|translations?|answers?|replies|responses?|lookups?|searches)\\s*){0,2}(?:(?:to|for|from|against) (?:the )?(?:model|llm|api|endpoint|service|backend)\\s+)?(?:(?:per|each|a|an|every) (?:active )?(?:user|person|agent|developer|employee|session)\\s*)?(?:\\/|(?:per|an?|each|every)\\b)\\s*${WORKING}(s|sec|second|min|minute|hr|h|hour|day|d|week|month)\\b`,
);

/** "3k invoices per day", "500 tickets a working day": a day's items. */
const ITEMS_PER_DAY = new RegExp(
  `${ITEM_NOUNS.source}\\s*(\\/|per|a|each|every)\\s*${WORKING}(day|d)\\b`,
);

/** Plural units and request words: a rate of them is not a rate of things processed. */
const NOT_PROCESSED =
  /^(tokens|toks|hours|hrs|minutes|mins|seconds|secs|days|weeks|months|years|dollars|euros|gpus|nodes|replicas|requests|reqs|queries|calls|times|runs|jobs|batches|shifts)$/;

/**
 * "10k tweets per hour": a rate of things the service handles one request each, whatever they
 * are called (not people, units or a day's volume).
 */
function genericItemRateUnit(after: string): string | undefined {
  const m = after.match(GENERIC_ITEM_RATE);
  if (!m || NOT_PROCESSED.test(m[1]) || POPULATION_NOUNS.test(` ${m[1]}`))
    return undefined;
  return m[2];
}

/** "claims/hour", "support tickets per day": the things a rate counts, as said. */
const RATE_THING =
  /^\s*(?:[a-z-]+\s+)?([a-z-]{3,})\s*(?:\/|per\b|an?\b|each\b|every\b)/;

/**
 * "makes ~7 LLM calls per claim", "each ticket takes 3 model calls": how many requests one of
 * the things a rate counts sends to the model (undefined when the turn does not say).
 */
function callsPerThing(
  text: string,
  things: string,
): { calls: number; said: string } | undefined {
  const one = things.replace(/ies$/, 'y').replace(/s$/, '');
  if (one === things || /^(?:call|request|req|quer|querie)$/.test(one))
    return undefined;
  const thing = `(?:${one}|${things})`;
  const calls = `(?:(?:llm|model|api|inference)\\s+)?(?:calls|requests|prompts|completions|round[- ]trips)`;
  const m =
    new RegExp(
      `(\\d+(?:\\.\\d+)?)\\s*${calls}\\s+(?:per|for each|for every|each|a|an|\\/)\\s*${thing}\\b`,
    ).exec(text) ??
    new RegExp(
      `\\b(?:each|every|per|one|a)\\s+(?:[a-z-]+\\s+){0,2}?${thing}\\s+(?:takes|needs|makes|triggers|means|is|=|goes through|runs through|involves|requires|uses)\\s*(?:about\\s+|around\\s+|roughly\\s+|~\\s*)?(\\d+(?:\\.\\d+)?)\\s*${calls}\\b`,
    ).exec(text);
  const n = m ? Number(m[1]) : NaN;
  return n > 1 && n <= 1000 ? { calls: n, said: m![0].trim() } : undefined;
}

/** "every day about 864,000 questions", "each hour ~300 requests": the period said first. */
const PERIOD_SAID_FIRST =
  /(?:^\s*|[.,;:!?(]\s*|\b(?:and|with|but)\s+)(?:every|each|per)\s+(second|minute|hour|day|week|month)\s*[,:]?\s*(?:we\s+(?:get|receive|handle|see|expect)\s+)?(?:about|around|roughly|approximately|approx\.?|~|up to|at most)?\s*$/;

/** The requests a number counts, said right after it. */
const REQUESTS_COUNTED =
  /^\s*(?:requests?|reqs|queries|questions|calls|messages|prompts|chats|conversations)\b/;

/** The unit of a total rate whose period comes before the count ("every day 864k questions"). */
function periodSaidFirst(before: string, after: string): string | undefined {
  if (!REQUESTS_COUNTED.test(after)) return undefined;
  return before.match(PERIOD_SAID_FIRST)?.[1];
}

/** Request rates, per user or in total, and items per day of a batch. */
function readRequestRate({
  n,
  f,
  before,
  after,
  clause,
  v,
}: NumberReading): boolean {
  const periodFirst = periodSaidFirst(before, after);
  // the unit of time the rate is per, said after the number or (for a total) before it
  const unit =
    after.match(REQUEST_RATE)?.[1] ??
    after.match(/^\s*(rps|qps|req\/s|r\/s|rpm|qpm)\b/)?.[1] ??
    (f.batchContext ? undefined : genericItemRateUnit(after)) ??
    periodFirst;
  const itemsPerDay = ITEMS_PER_DAY.test(after);
  // a batch's day, week or month of items: "350k tickets/week" with a weekly run is one run's worth
  const rateUnit = unit && /^(day|d|week|month)$/.test(unit) ? unit : undefined;
  // "the volume is 300k a night now": a nightly run's items
  const perNight = /^\s*(\/|per|a|each|every)\s*night\b/.test(after);
  const volumeUnit = rateUnit ?? (itemsPerDay || perNight ? 'day' : undefined);
  if (
    volumeUnit &&
    f.batchContext &&
    // "summarise every call transcript — roughly 12'000 per day": the items named before
    (ITEM_NOUNS.test(after) ||
      /^\s*(\/|per|a|each)\s*(day|d|week|month|night)\b/.test(after)) &&
    runsIn(f, volumeUnit) !== undefined
  ) {
    assign(f, 'batch.itemsPerRun', r4(v / runsIn(f, volumeUnit)!), n);
    return true;
  }
  if (unit) {
    // "900 claims/hour" with "~7 LLM calls per claim": each claim is that many requests
    const things = after.match(RATE_THING)?.[1];
    const fan = things
      ? callsPerThing(f.turnText.toLowerCase(), things)
      : undefined;
    const perS = 1 / secondsIn(unit);
    const count = v * (fan?.calls ?? 1);
    if (fan)
      f.assumptions.push(
        `${n.raw} ${things} per ${unit} x "${fan.said}" = ${r4(
          count,
        )} requests per ${unit}`,
      );
    const perUser =
      /\b(per|each|every|a) (active )?(user|person|agent|developer|dev|engineer|employee|session)\b/.test(
        clause,
      ) ||
      // "completions fire ~6/min while typing": what one person's typing fires
      /^\s*(?:\/|per|a|an|each)?\s*[a-z]+[^.;]{0,20}\bwhile (?:typing|coding|editing|they (?:type|code|edit))\b/.test(
        f.turnText.slice(n.end, n.end + 60).toLowerCase(),
      ) ||
      (!periodFirst &&
        /\b(each|every)( of them| \w+){0,2}?\s*(user|person|agent|developer|employee)?\s*((is |are )?(sending|asking|making|submitting|doing|having|starting|opening|running|firing|issuing|triggering)|sends?|asks?|makes?|submits?|does|has|starts|opens|runs|fires?|issues?|triggers?)?\s*(maybe |perhaps |about |around |roughly |approximately |~)?$/.test(
          before,
        )) ||
      /\busers? (send|ask|make|submit)s?\s*(about |around |~)?$/.test(before) ||
      // "about 3 messages a minute each"
      /^\s*[a-z ]{0,30}?\b(per|a|an)\s+(s|sec|second|min|minute|hr|h|hour)\s+(each|apiece)\b/.test(
        after,
      );
    if (perUser) {
      if (perS >= 1 / 3600) {
        f.requestsPerActiveUserPerMin = r4(count * perS * 60);
        if (perS !== 1 / 60)
          f.assumptions.push(
            `${n.raw} per user read as ${r4(
              count * perS * 60,
            )} requests per active user per minute`,
          );
      } else
        f.notes.push(
          `${n.raw} requests per user per day: give it per minute or hour of use; ignored`,
        );
      return true;
    }
    const rps = count * perS;
    if (perS < 1 / 3600) {
      const hours = f.activeHoursPerDay ?? f.activeHoursSoFar ?? 24;
      // a day's, week's or month's volume over the busy hours of a day (a month's over its
      // working days when the request says how many)
      const days =
        /^month/.test(unit) && f.workingDaysPerMonth
          ? f.workingDaysPerMonth
          : secondsIn(unit) / 86400;
      const avg = count / days / (hours * 3600);
      assign(f, 'rps', r4(avg * (f.peakFactor ?? 1)), n);
      // the peak factor said before it is already in
      if (f.peakFactor) f.loadSaidAs = 'peak';
      f.assumptions.push(
        `${n.raw} per ${
          { month: 'month', week: 'week' }[unit] ?? 'day'
        } spread over ${hours} h/day = ${r4(avg)} req/s on average${
          f.peakFactor ? ` x peak factor ${f.peakFactor}` : ''
        }, taken as the peak rate (say "N x at peak" if traffic is bursty)`,
      );
      return true;
    }
    assign(f, 'rps', r4(rps), n);
    if (perS !== 1)
      f.assumptions.push(
        `${n.raw} per ${unit} = ${r4(rps)} req/s, taken as the peak rate`,
      );
    return true;
  }
  return false;
}

/** A word that names people ("audiologists", "stewards"), not things counted. */
function namesPeople(word: string | undefined): boolean {
  return (
    !!word &&
    PERSON_SUFFIX.test(word) &&
    mayNamePeople(word) &&
    !has(CONCURRENT_WORDS, word)
  );
}

/** "Users: 300", "Users: ~300 fee-earners & paralegals", "Users — about 120" (the people it is for). */
function readUsersField({ n, f, before, after, v }: NumberReading): boolean {
  if (
    // "Users — about 120": a dash sets the value apart as a colon does
    !/\busers?\s*(?:[=:]|\s[—–]|[—–]\s)\s*(?:~|≈|about|around|roughly|approx\.?)?\s*$/.test(
      before,
    ) ||
    // "concurrent users: 2,000": a count at once, read with the other labels
    /\b(?:concurrent|simultaneous|parallel)\s+users?\s*[=:]/.test(before)
  )
    return false;
  if (namesPeople(/^\s+([a-z][a-z-]+)\b/.exec(after)?.[1]))
    assign(f, 'population', v, n);
  else assign(f, 'ambiguousUsers', v, n);
  return true;
}

/** A batch writing one item for each person counted: the people are the run's items. */
function readItemsForPeople({
  n,
  f,
  before,
  after,
  v,
}: NumberReading): boolean {
  if (!f.batchContext) return false;
  // "drafts renewal emails for 40k customers" in a batch: one item for each person
  if (
    /\b(e-?mails?|letters?|messages?|summar(y|ies)|reports?|replies|notes?|descriptions?|posts?|offers?|recommendations?|drafts?)\s+(for|to)\s+(each of\s+)?(our\s+|the\s+|all\s+)?(about\s+|around\s+|roughly\s+|approximately\s+|~\s*)?$/.test(
      before,
    ) &&
    POPULATION_NOUNS.test(after)
  ) {
    assign(f, 'batch.itemsPerRun', v, n);
    f.assumptions.push(
      `${n.raw}${
        after.match(POPULATION_NOUNS)![0]
      } read as one item each in the batch run`,
    );
    return true;
  }
  // "a paragraph for each customer's statement: 400k customers": one item per person
  const people = after.match(POPULATION_NOUNS)?.[0]?.trim();
  if (
    people &&
    new RegExp(
      `\\b(for|to|per) (each|every) ${people.replace(/s$/, '')}\\b`,
    ).test(f.turnText.toLowerCase())
  ) {
    assign(f, 'batch.itemsPerRun', v, n);
    f.assumptions.push(
      `${n.raw} ${people} read as one item each in the batch run`,
    );
    return true;
  }
  return false;
}

/** After a count, the group it sizes: "-person dev team", " strong support crew". */
const GROUP_OF_SIZE =
  /^\s*-?\s*(?:person|people|strong|member|seat)\s+(?:[a-z-]+\s+){0,2}?(?:team|department|dept|crew|office|company|firm|staff|unit|group|org|organi[sz]ation|practice|studio|agency|lab)s?\b/;

/** Head counts: concurrent users, a population or users not yet clear. */
function readHeadCount(r: NumberReading): boolean {
  const { n, f, before, after, v } = r;
  if (readItemsForPeople(r)) return true;
  const userNoun = after.match(USER_NOUNS);
  // "summarise 250k customer chats" in a batch: conversations processed, not held open
  if (
    f.batchContext &&
    /\b(sessions?|conversations?|chats?)\b/.test(userNoun?.[0] ?? '') &&
    !has(CONCURRENT_WORDS, n.clause)
  )
    return false;
  const popNoun = after.match(POPULATION_NOUNS);
  const popBefore =
    /\b(user ?base|audience|population|headcount|team|company|org(ani[sz]ation)?|workforce|staff|fleet|pool|swarm)\s*,?\s*(of|is|:|with)?\s*(our |the |all )?(about|around|roughly|approx\.?|~|up to|over|nearly)?\s*$/.test(
      before,
    ) ||
    // "medical writers (~60 people)": the group counted in brackets
    POP_NOUN_BEFORE_BRACKET.test(before) ||
    // "a 30-person dev team", "our 12 strong support crew": the group, sized
    GROUP_OF_SIZE.test(after) ||
    // "400 people in the sales department": everyone in a part of the organisation
    /^\s*(?:people|persons|staff|employees|colleagues)\s+(?:in|of|from|at)\s+(?:the|our|their|its)\s+(?:\S+\s+){0,2}?(?:department|dept|division|office|unit|branch|business unit)\b/.test(
      after,
    ) ||
    // "subscribers and buyers come to about 85k on the mailing list": everyone on a list
    /^\s*(?:people\s+)?(?:on|in) (?:the|our) (?:mailing|e-?mail|newsletter|membership|subscriber|customer) (?:list|database|register)\b/.test(
      after,
    ) ||
    // "we are 35 users": the writer's group, all of it
    /\bwe(?:['’]re| are)\s*(?:about|around|roughly|approx\.?|~)?\s*$/.test(
      before,
    ) ||
    // "we've about 350 audiologists" (not "we have 250,000 calls"): the people it has
    (/\bwe(?:['’]ve| have)(?: got)?\s*(?:about|around|roughly|approx\.?|~)?\s*$/.test(
      before,
    ) &&
      namesPeople(/^\s+([a-z][a-z-]+)\b/.exec(after)?.[1])) ||
    // "all the staff, about 5,000 people": everyone in the organisation, counted after a comma
    /\b(?:all (?:the |our )?(?:staff|employees|personnel|workforce)|everyone|the whole (?:company|organi[sz]ation|staff))\s*,\s*(?:about|around|roughly|approx\.?|~)?\s*$/.test(
      f.turnText.slice(Math.max(0, n.start - 60), n.start).toLowerCase(),
    );
  // "40 copies of the triage agent side by side": up to six words, then a concurrency phrase
  const concAfter =
    /^\s*(of (them|those|these)|users?|people|sessions|players|gamers|customers|callers|visitors|viewers)?\s*(will |would |are |might )?(be )?([a-z\u00c0-\u017f,'’-]+ ){0,6}?(at (the )?same (time|moment)|at once|simultaneously|concurrently|in parallel|side by side|at any (one |given )?(time|moment))/.test(
      after,
    ) ||
    // "120 analysts, ~30 at a time" (but "summarise them 100 at a time" in a batch is a chunk)
    (!f.batchContext &&
      /^\s*(of (them|those|these)|users?|people)?\s*(are |will be )?(online |active |on it )?at a time\b/.test(
        after,
      ));
  const bareConcurrent =
    // "expect 50k of them concurrent at peak", "make it 150 concurrent — legal says …"
    /^\s*(?:of (?:them|those|these)\s+)?(concurrent|simultaneous|in parallel|at once|at the same time)\s*(?:at (?:the )?peaks?|at peak times|during (?:the )?peaks?)?\s*(?:$|[—–(]|-\s)/.test(
      after,
    ) ||
    // a spreadsheet's "concurrency" column
    /^\s*(peak )?concurrency\b/.test(after) ||
    // "60–80 concurrent agent runs": runs of an agent, each a session at once
    /^\s*(?:concurrent|simultaneous|parallel)\s+(?:agent|agentic|workflow)\s*(?:runs|sessions|tasks|loops|executions)\b/.test(
      after,
    ) ||
    // "2,000 concurrent cars", "220 concurrent match streams": whatever holds the sessions open
    /^\s*(concurrent|simultaneous)\s+(?:(?!(?:tokens?|toks?|gpus?)\b)[a-z-]+\s+)?(?!(tokens?|toks?|gpus?|replicas?|pods?|nodes?|jobs?|runs?|batch\w*)\b)[a-z-]{3,}s\b/.test(
      after,
    );
  if (userNoun || popNoun || popBefore || concAfter || bareConcurrent) {
    const phrase = `${before.slice(-40)}${n.raw}${after.slice(0, 60)}`;
    if (
      /\b(concurrent|simultaneous|parallel|sessions?|conversations?|chats?)\b/.test(
        userNoun?.[0] ?? '',
      ) ||
      concAfter ||
      bareConcurrent ||
      has(CONCURRENT_WORDS, n.clause) ||
      // "a team of 40 developers, who all work simultaneously", "~40 analysts, at quarter
      // close all of them online at the same time": the people named, all at once
      /^[^.;!?,]*,\s*(?:[a-z-]+\s+){0,8}?(?:(?:who|they)(?: (?:are|can|could|will|may|might))? all|all of them|all of whom|all)\b[^.;!?]{0,30}?\b(?:simultaneous(?:ly)?|concurrent(?:ly)?|(?:at|in) the same (?:time|moment)|at once)\b/.test(
        sentenceAfter(f, n),
      ) ||
      // "620 seats on the phones at peak. Everyone's on calls at once at peak."
      laterSentences(f, n).some(t => EVERYONE_AT_ONCE.test(t))
    ) {
      if (
        /\b(sessions?|conversations?|chats?)\b/.test(userNoun?.[0] ?? '') &&
        !has(CONCURRENT_WORDS, n.clause)
      )
        f.assumptions.push(
          `"${
            n.raw
          } ${userNoun![0].trim()}" read as sessions open at the same time (concurrent)`,
        );
      assign(f, 'concurrent', v, n);
    } else if (
      /\b(active|daily|monthly)\b/.test(userNoun?.[0] ?? '') &&
      !/\b(daily|monthly)\b/.test(userNoun?.[0] ?? '') &&
      // "1.2 million active users per month": active over a month is the population
      !/^\s*(?:(?:per|a|an|each|every|\/)\s*(?:month|week|year)|monthly|weekly)\b/.test(
        after.slice(userNoun!.index! + userNoun![0].length),
      ) &&
      !/\b(?:per|each|every)\s+(?:month|week|year)\s*,?\s*$/.test(before)
    ) {
      assign(f, 'concurrent', v, n);
      f.assumptions.push(
        `"${n.raw} active users" read as users active at the same time (concurrent)`,
      );
    } else if (
      (popNoun && !/\b(active|daily|monthly)\b/.test(popNoun[0])) ||
      popBefore ||
      has(POPULATION_WORDS, phrase) ||
      // "an internal chatbot for the sales org, 3000 users": the group named just before
      ORG_BEFORE.test(sentenceUpTo(f, n).slice(-60))
    ) {
      assign(f, 'population', v, n);
    } else assign(f, 'ambiguousUsers', v, n);
    return true;
  }
  if (readUsersField(r)) return true;
  // "there are 1,500 of them" (the people named before): the whole group
  if (
    !f.batchContext &&
    /\b(there are|there're|there's|there is|we are|we're|they are|they're)\s+(about|around|roughly|approximately|~|some|maybe)?\s*$/.test(
      before,
    ) &&
    /^\s*of (them|us)\s*([.!,;]|$)/.test(after)
  ) {
    assign(f, 'population', v, n);
    return true;
  }
  // "only for the clerks, 150 of them": the people just named, counted
  if (
    !f.batchContext &&
    PEOPLE_THEN_COUNT.test(sentenceBefore(f, n).toLowerCase()) &&
    /^\s*of (them|us)\b/.test(after)
  ) {
    assign(f, 'population', v, n);
    return true;
  }
  return readLabelledCount(f, n, v, before);
}

/** A head count or a count at once after its label ("MAU: 120k", "engineers: 2,500"). */
function readLabelledCount(
  f: Findings,
  n: NumberMention,
  v: number,
  before: string,
): boolean {
  // "MAU: 120k", "monthly active users (MAU) about 1.2M", "registered farmers 2,50,000", "active
  // customers per month about 800 thousand": a population, its label before it
  if (
    /\b(mau|dau|wau|monthly active users|monthly users|(?:daily|weekly) (?:active )?users|user ?base|(?:[a-z]+ )?population|(?:registered|enrolled|licensed)\s+[a-z]+|headcount|monthly active (?:customers|members|clients|subscribers|players|accounts)|active (?:users|customers|members|clients|subscribers|players|accounts) (?:per|a|each) month)\)?\s*(?:\(mau\)\s*)?(?:는|은|は|が)?\s*(?:(?:is|are|of|at|about|around|roughly|approx\.?|approximately|~|≈|:|=)\s*)*$/.test(
      before,
    ) ||
    // "Users about 2,500, 1.5 % active at once": a sentence opening on the label
    /(?:^|[.;!?])\s*users\s+(?:about|around|roughly|approx\.?|~|≈)\s*$/.test(
      before,
    )
  ) {
    assign(f, 'population', v, n);
    return true;
  }
  // "concurrent users ~800", "peak concurrent sessions: 1,200", "average concurrent chat sessions
  // is around 400": the label before its count
  if (
    /\b(concurrent|simultaneous|parallel)\s+(?:(?:chat|user|voice|agent|support|live)\s+)?(users|sessions|chats|conversations|connections|requests|calls|streams|agents)\s*(?:(?:is|are|of|at|about|around|roughly|approx\.?|up to|max(?:imum)?|at peak|peak|~|≈|:|=)\s*)*$/.test(
      before,
    )
  ) {
    assign(f, 'concurrent', v, n);
    return true;
  }
  // "engineers: 2,500", "Employees = 3k" on a line of its own: the head count a label names
  if (PEOPLE_LABEL_BEFORE.test(before)) {
    assign(f, 'population', v, n);
    return true;
  }
  // "users active at the same time: at most 150": the label with its concurrency after the noun
  if (
    /\b(users|people|sessions|agents|chats|conversations)\s+(?:(?:active|online|logged in|connected)\s+)?(?:at the same time|at once|simultaneously|concurrently|in parallel)\s*(?::|=|is|are)\s*(?:(?:at most|up to|max(?:imum)?\.?|about|around|roughly|approx\.?|~|≈)\s*)*$/.test(
      before,
    )
  ) {
    assign(f, 'concurrent', v, n);
    return true;
  }
  // "concurrency is more like 1,100": requests or sessions at once; "concurrency: 250–400" its top
  if (
    /\bconcurrency\s*(is|of|=|:|will be|would be|should be|could be|might be|is going to be)?\s*(now |actually |more like |closer to |about |around |roughly |~|over |above |north of |at least |more than |up to )*$/.test(
      before,
    )
  ) {
    assign(f, 'concurrent', v, n);
    return true;
  }
  return false;
}

/** "for about", "serves ~": a hedge between a word and the number it is about. */
const HEDGE = '(?:(?:about|around|roughly|some|over|nearly|almost|~|≈)\\s*)?';

/** "descriptions for ~": one output for each thing the count after it names. */
const OUTPUTS_FOR_BEFORE = new RegExp(
  `\\b(descriptions?|summar(y|ies)|e-?mails?|letters?|reports?|captions?|translations?|tags|labels|answers|replies|messages?|posts?|texts?|titles?)\\s+for\\s*${HEDGE}$`,
);

/** "for about", "serving": whom the count after it is served to. */
const SERVES_BEFORE = new RegExp(
  `\\b(for|serving|serves?|across)\\s*${HEDGE}$`,
);

/** "the week's new SKUs (roughly": a plural noun, then its count opening a bracket. */
const ITEMS_THEN_COUNT_IN_PARENS =
  /(\p{L}[\p{L}-]*)\s*\(\s*(?:roughly|about|around|approx\.?|approximately|~|≈|ca\.?)?\s*$/iu;

/**
 * "<count> <plural noun phrase>" in a batch request ("1e3 essays", "400k search results",
 * "250.000 Produktbeschreibungen") and "<count> of them" after the items were named: a candidate
 * item count, used when no known item noun was counted in the turn.
 */
function itemCandidate({ n, f, before, after }: NumberReading): boolean {
  // "a report generator for 15 teams": whom it serves, not what a run processes
  // "descriptions for 18k new SKUs": one output for each, so the count after "for" is the items
  const outputsFor = OUTPUTS_FOR_BEFORE.test(before);
  if (!f.batchContext || (SERVES_BEFORE.test(before) && !outputsFor))
    return false;
  // "a text bulletin for each of 2,600 regions": one output per thing counted, whatever it is
  const forEachOf = /^\s*[\p{L}-]+/u.exec(after);
  if (
    forEachOf &&
    /\bfor each of\s+(?:the\s+|our\s+|all\s+)?(?:about\s+|around\s+|~\s*)?$/.test(
      before,
    )
  ) {
    f.itemCandidates.push({ n, noun: [n.end, n.end + forEachOf[0].length] });
    return true;
  }
  // "the week's new SKUs (roughly two and a half thousand of em)": the count of the noun before
  const countedBefore = ITEMS_THEN_COUNT_IN_PARENS.exec(
    f.turnText.slice(0, n.start),
  );
  if (
    countedBefore &&
    isPluralNoun(countedBefore[1]) &&
    !NOT_ITEMS.test(countedBefore[1].toLowerCase()) &&
    /^\s*(?:of (?:em|them|those)\s*)?\)/.test(after)
  ) {
    f.itemCandidates.push({ n, noun: [n.end, n.end] });
    return true;
  }
  // past the clause's end: "180000 NDT and weld inspection line items" names its kind with an "and"
  const raw = f.turnText.slice(n.end, n.end + 60).split(/[.;:!?\n]/)[0];
  // "pulls the newest invoices, about 27,000 per run": a count of whatever one run processes
  // "about 4,500 NOTAM per run", "50 000 scripts a night": one noun of any kind before "per run"
  const perRun =
    /^\s*(?:([\p{L}-]+)\s+)?(?:per|each|every|a) (?:(?:nightly|daily|weekly|monthly|night|morning)\s+)?(?:run|batch|job|pass|night)\b/u.exec(
      after,
    );
  if (
    /^\s*of (them|those|these)\b/.test(after) ||
    (perRun && !(perRun[1] && NOT_ITEMS.test(perRun[1].toLowerCase()))) ||
    // "Correction: 30k is per night, not per week": the count of a nightly run
    (f.batchContext && /^\s*(?:is|are)\s+(?:per|a|each)\s+night\b/.test(after))
  ) {
    f.itemCandidates.push({ n, noun: [n.end, n.end], perRun: true });
    return true;
  }
  // "180000 NDT and weld inspection line items": the noun after a few words that name its kind
  const words = [...raw.matchAll(/[\p{L}'’-]+/gu)].slice(0, 6);
  if (!words.length || raw.slice(0, words[0].index).trim()) return false;
  for (const [i, w] of words.entries()) {
    const lw = w[0].toLowerCase();
    if (i > 0 && i < 3 && /^(?:and|or)$/.test(lw)) continue;
    if (NOT_ITEMS.test(lw)) return false;
    // German nouns are capitalised ("Produktbeschreibungen")
    const noun = /^\p{Lu}\p{Ll}{3,}$/u.test(w[0]) && w.index === words[0].index;
    if (isPluralNoun(w[0]) || noun) {
      const end = n.end + w.index! + w[0].length;
      f.itemCandidates.push({
        n,
        noun: [n.end, end],
        total: isWholeBacklog(before, after),
        per: volumePeriod(f.turnText.slice(end)),
      });
      return true;
    }
  }
  return false;
}

/** "SKUs", "PDFs", "slips": a plural noun, though "-us" words are mostly singular ("status"). */
function isPluralNoun(word: string): boolean {
  const lw = word.toLowerCase();
  return (
    (/\p{L}{2,}s$/u.test(lw) && !/(ss|us|is)$/.test(lw)) ||
    /^\p{Lu}{2,}s$/u.test(word)
  );
}

/** The one candidate item count of a turn, when no known item noun was counted. */
function readItemCandidates(f: Findings): void {
  if (f.said['batch.itemsPerRun'] !== undefined) return;
  // "in total we have 1.2 million pages" is the whole backlog, "1.5M emails/month" a month's
  // volume: one run's count only when nothing is counted per run
  const perRunOrAny = f.itemCandidates.filter(x => !x.total && !x.per);
  const pool = perRunOrAny.length ? perRunOrAny : f.itemCandidates;
  // "(~9,000 per run) … into 40 categories": the count said per run is the one
  const perRun = pool.filter(x => x.perRun);
  // "about 4000 games … in peak season it's up to 5k games, so size for that": the one said to
  // size for
  const sizedFor = pool.filter(x => saidToSizeFor(f.turnText, x.noun[1]));
  let chosen = pool;
  if (perRun.length === 1) chosen = perRun;
  else if (sizedFor.length === 1) chosen = sizedFor;
  // "about 60 thousand lines (60 000)": one count said twice
  chosen = chosen.filter(
    (x, i) => chosen.findIndex(y => y.n.value === x.n.value) === i,
  );
  const [c, ...more] = chosen;
  if (!c) return;
  if (more.length) {
    f.notes.push(
      `several counts could be the items per run (${pool
        .map(x => x.n.raw)
        .join(', ')}); none taken`,
    );
    return;
  }
  f.itemSpans.push(c.noun);
  if (c.per) {
    const runs = runsIn(f, c.per);
    if (runs === undefined) return;
    assign(f, 'batch.itemsPerRun', r4(c.n.value / runs), c.n);
    f.assumptions.push(
      runs < 1
        ? `${c.n.raw} per ${c.per} × ${r4(1 / runs)} ${
            c.per
          }s between runs = ${r4(c.n.value / runs)} items per run`
        : `${c.n.raw} per ${c.per} over ${r4(runs)} runs = ${r4(
            c.n.value / runs,
          )} items per run`,
    );
    return;
  }
  assign(f, 'batch.itemsPerRun', c.n.value, c.n);
  f.assumptions.push(
    `"${c.n.raw}${f.turnText.slice(
      ...c.noun,
    )}" read as the items one run processes`,
  );
}

/**
 * "Tag our reviews, ~2.4M reviews a week", then "the job runs once a week": the count an earlier
 * turn said before the batch job was described is one run's items, when this turn describes the
 * job without a count of its own.
 */
function readItemsSaidBefore(f: Findings): void {
  if (
    !f.batchContext ||
    f.said['batch.itemsPerRun'] !== undefined ||
    f.itemCandidates.length
  )
    return;
  // one count, however often it was said
  if (new Set(f.itemsSaidBefore.map(x => x.value)).size !== 1) return;
  const [c] = f.itemsSaidBefore;
  const runs = c.per ? runsIn(f, c.per) : 1;
  if (runs === undefined) return;
  const items = r4(c.value / runs);
  f.batch.itemsPerRun = items;
  f.said['batch.itemsPerRun'] = items;
  f.assumptions.push(
    `"${c.raw}${c.noun}"${
      c.per ? ` per ${c.per}` : ''
    }, said earlier, read as ${fmt(items)} items per run`,
  );
}

/**
 * "~1.5M emails/month", "2,500 returns come in per hour": the period a count of items arrives
 * over, whose share one run takes ("a day" without a cadence is a daily run's, so not one).
 */
function volumePeriod(
  afterNoun: string,
): 'hour' | 'week' | 'month' | undefined {
  const m =
    /^\s*(?:(?:come|comes|coming|arrive|arrives|arriving|flow|flows|land|lands|get|gets) (?:in )?)?(?:\/|per|a|an|each|every)\s*(hour|week|month)\b/i.exec(
      afterNoun,
    );
  return m ? (m[1].toLowerCase() as 'hour' | 'week' | 'month') : undefined;
}

/** Runs of the batch in a day, week or month; undefined while its cadence is unknown. */
function runsIn(f: Findings, unit: string): number | undefined {
  const runsPerDay = f.batch.runsPerDay ?? f.runsPerDaySoFar;
  return runsPerDay === undefined
    ? undefined
    : (runsPerDay * secondsIn(unit)) / 86400;
}

/**
 * "In total we have 1.2 million pages, we process 40,000 every night", "a backlog of 3M
 * records": the count of everything there is, which one run processes only when nothing else
 * is said per run.
 */
function isWholeBacklog(before: string, after: string): boolean {
  return (
    /\b(?:in total|altogether|a total of|total of|backlog of)\b[^.;:\d]*$/.test(
      before,
    ) || /^\s*(?:[\p{L}-]+\s+){1,2}(?:in total|altogether)\b/u.test(after)
  );
}

/** "the number of reports per shift is now": a run's count, said after its items. */
const ITEMS_PER_RUN_NOW = new RegExp(
  `\\b(?:(?:number|count) of\\s+)?(?:[a-z-]+\\s+){0,2}?(?:${ITEM_NOUN_WORDS})\\s+(?:per|a|each|every)\\s+(?:run|shift|batch|night|job|pass)\\s+(?:is|are|will be|goes up to|rises to|becomes?|has gone up to)\\s+(?:now\\s+)?(?:about|around|roughly|~)?\\s*$`,
);

/** A count of items a batch run processes: "20k documents nightly". */
function readItemCount(reading: NumberReading): boolean {
  const { n, f, before, after, v } = reading;
  // "each run = 8-12 tool calls": requests an agent makes, not items a batch processes
  if (/^\s*(?:tool|api|llm|function|model)[\s-]+calls?\b/.test(after))
    return false;
  // "5k documents, each with 3 pages": a count inside one item, not the items of a run
  if (
    // "each 80-200 pages": the range's upper end too ("a bulletin for each of 2,600 regions"
    // counts them)
    /(?<!\bfor\s)\beach\s+(with|has|having|of|containing|about|around|~)?\s*(about|around|roughly|~|up to)?\s*(\d[\d.,]*\s*(-|–|to)\s*)?$/.test(
      before,
    ) ||
    // "Each PDF is ~8 pages", "applications typically run 40–60 pages": the size of one item
    (/\b(?:each\s+[a-z-]+(?:\s+(?:is|has|are|runs?|contains?))?|[a-z]+s\s+(?:typically\s+|usually\s+|often\s+)?(?:run|are|average|have))\s*(?:about|around|roughly|approx\.?|~|≈)?\s*(?:\d[\d.,]*\s*(?:-|–|to)\s*)?$/.test(
      before,
    ) &&
      /^\s*(?:pages?|words?|lines?|paragraphs?|sentences?|slides?|sheets?|chapters?|minutes?|mins?)\b/.test(
        after,
      ))
  ) {
    f.notes.push(
      `"${n.raw}${
        after.match(/^\s*[\p{L}-]+/u)?.[0] ?? ''
      }" read as the size of one item; not used`,
    );
    return true;
  }
  // "3-sentence summaries": the size of each output, not a count
  if (/^-\p{L}/u.test(after)) return false;
  if (
    f.batchContext &&
    ITEMS_PER_RUN_NOW.test(sentenceUpTo(f, n).toLowerCase())
  ) {
    assign(f, 'batch.itemsPerRun', v, n);
    return true;
  }
  if (!ITEM_NOUNS.test(after)) return itemCandidate(reading);
  // "2,500 contracts, 40–60 pages each": the length of each item, not a count of items ("1.2
  // million pages per run" is the count); "long contracts (on average 80 pages, …)": an average length
  const lengthUnit =
    /^\s*(?:[-–]\s*\d[\d.,]*\s*)?(pages?|words?|lines?|paragraphs?|sentences?)\b/;
  if (
    /^\s*(?:[-–]\s*\d[\d.,]*\s*)?(pages?|words?|lines?|paragraphs?|sentences?)\s+(each|apiece|long|per (?!(?:run|batch|job|pass|cycle|night|day|week|month|weekend|shift)\b)[a-z]+)\b/.test(
      after,
    ) ||
    (lengthUnit.test(after) &&
      /\b(on average|average|avg\.?)\s*(?:of\s+)?(?:about|around|roughly|~)?\s*$/.test(
        before,
      )) ||
    // "1,200 documents of 60–80 pages": each one's length, after the count of them
    (lengthUnit.test(after) &&
      /\d\s*[\p{L}-]{3,}s\s+of\s+(?:about\s+|around\s+|roughly\s+|~\s*)?$/u.test(
        before,
      ))
  ) {
    f.notes.push(
      `"${n.raw}${
        after.split(/[,.;]/)[0]
      }" read as the size of one item; not used`,
    );
    return true;
  }
  const itemNoun = after.match(ITEM_NOUNS)![0];
  const noun: [number, number] = [n.end, n.end + itemNoun.length];
  // "~1.5M emails/month … nightly": a volume over a week or month; one run's share is read at
  // the end, when the cadence is known, and only when no count is said per run ("a day" without
  // a cadence is a daily run's)
  const per = volumePeriod(after.slice(itemNoun.length));
  if (f.batchContext && per) {
    f.itemCandidates.push({ n, noun, per });
    return true;
  }
  if (f.batchContext && isWholeBacklog(before, after)) {
    f.itemCandidates.push({ n, noun, total: true });
    return true;
  }
  if (f.batchContext) {
    f.itemSpans.push(noun);
    assign(f, 'batch.itemsPerRun', v, n);
    return true;
  }
  f.itemsOutsideBatch.push({ value: v, raw: n.raw, noun: itemNoun, per });
  f.notes.push(
    `${n.raw}${itemNoun}: a number of items sets the load only for a batch run; say how often it runs and how long a run may take (e.g. "nightly, within 8 hours")`,
  );
  return true;
}

/**
 * "for 500", "serving 2000": a number of users of unclear meaning; "for our 220 paralegals":
 * the organisation's people, a population, whatever they are called.
 */
function readServedUsers({ n, f, before, after, v }: NumberReading): boolean {
  // "prompts just under 1,000 tokens, so plan for 1,000": the token length said again, rounded
  if (
    /\b(plan|planning|size|sizing|provision)\s+for\s*(about|around|~)?\s*$/.test(
      before,
    ) &&
    !/^\s*[a-z]/.test(after)
  ) {
    const sentence = sentenceBefore(f, n, 120).toLowerCase();
    const dir = TOKEN_WORD.test(sentence) ? tokenDirection(sentence, '') : null;
    if (dir) {
      assign(f, dir === 'in' ? 'inputTokens' : 'outputTokens', v, n);
      return true;
    }
  }
  // "~90 underwriters today, but plan for 150 after the Q3 onboarding": the head count to size for
  const people = f.lastSaid?.key;
  if (
    (people === 'population' || people === 'concurrent') &&
    PLAN_FOR_BEFORE.test(before) &&
    (!/^\s*(?!(?:after|by|from|next|once|when|in|at|on)\b)[a-z]/.test(after) ||
      POPULATION_NOUNS.test(after))
  ) {
    assign(f, people, v, n);
    return true;
  }
  const served = before.match(
    /\b(for|serve|serving|support|supporting|handle|handling|(?:so(?: that)?|lets?|letting|helps?|helping)(?=\s*(?:our|all of our|their)\b))\s*(our|all (of )?our|the|its|their)?\s*(about|around|roughly|approx\.?|~|up to|over|nearly)?\s*$/,
  );
  if (served && Math.abs(v) >= 2 && Number.isInteger(v)) {
    // "descriptions for 18k new SKUs" in a batch: things to process, read as items
    if (f.batchContext && !POPULATION_NOUNS.test(after)) return false;
    const nouns = after.match(/^\s*(?:([a-z][a-z&.-]{2,})\s+)?([a-z-]{3,}s)\b/);
    const noun = nouns?.[2] ?? nouns?.[1];
    // "for 25 compliance officers": a plural that names people by what they do
    const ownPeople =
      noun !== undefined &&
      (/\b(our|their|its)\b/.test(served[0]) || PERSON_SUFFIX.test(noun)) &&
      !f.batchContext &&
      mayNamePeople(noun);
    if (
      ownPeople &&
      /^(concurrent|simultaneous|parallel|active)$/.test(nouns?.[1] ?? '')
    ) {
      assign(f, 'concurrent', v, n);
      return true;
    }
    if (ownPeople) {
      assign(f, 'population', v, n);
      f.assumptions.push(
        `"${served[2]} ${n.raw} ${noun}" read as the organisation's people (population)`,
      );
      return true;
    }
    if (served[2]) return false;
    assign(f, 'ambiguousUsers', v, n);
    f.assumptions.push(
      `"${n.before.trim().split(/\s+/).slice(-1)[0]} ${
        n.raw
      }" read as a number of users`,
    );
    return true;
  }
  return false;
}

/**
 * "finance says 6,500, marketing insists on 65k; I don't know who's right yet", "let me find out
 * who's right", "not sure which number we should plan for": not settled.
 */
const UNDECIDED =
  /\b((don['’]?t|do not|doesn['’]?t) know (who|which)(['’]s| is| one is)? (right|correct)|(?:not sure|unsure|(?:don['’]?t|do not) know) which (?:number|figure|count|one) (?:we should |to |we['’]d |we need to |we have to )?(?:plan|size|go) (?:for|with)|not sure (who|which)(['’]s| is| one is)? (right|correct)|(nobody|no one) agrees|(we|they) (can['’]?t|cannot|could ?n['’]?t|do ?n['’]?t|do not|have ?n['’]?t|have not) (yet )?agree(d)?(?! (?:with|to)\b)|no agreement (yet|on)|(?:is|are|remains?|still) (?:still )?(?:being )?(?:debated|disputed)|being (?:debated|disputed)|(let me|i['’]ll|i will|we['’]ll|we will|need to|have to) (find out|check|figure out|confirm|verify) (who|which)(['’]s| is| one is)? (right|correct)|(?:have ?n['’]?t|have not|not|yet to) (?:yet )?(?:confirmed|decided|agreed|settled) which(?: one)? (?:applies|is binding|counts|holds)|not (?:yet )?resolved|unresolved|to agree (?:on )?a (?:figure|number)|(?:have ?n['’]?t|have not|has ?n['’]?t|has not|not) (?:yet )?(?:had (?:the )?time to |managed to )?(?:work(?:ed)?|figur(?:ed|e)|sort(?:ed)?) out (?:who|which)(?:['’]s| is| one is)? (?:right|correct))\b/;

/** Two figures for one field and no telling which is right: the field is asked back. */
function readUndecidedFigure(lower: string, f: Findings): void {
  if (!UNDECIDED.test(lower) || !f.lastSaid) return;
  // "the PM says Llama, the CTO says Qwen; they have not agreed yet": the choice is what is open;
  // "the window is 01:00–05:00, the runbook says done by 02:00; I don't know which is right": the
  // two figures already asked back are
  if (f.conflicted) {
    f.undecided = f.conflicted;
    return;
  }
  if (f.questions.some(q => q.field === 'model' || q.field === 'gpu')) return;
  // "250 concurrent, the platform team expects 2,500; not worked out who is right. Prompt
  // ~3,000 tokens": the figure said last before the doubt, not the turn's last one
  const doubtAt = UNDECIDED.exec(f.turnText.toLowerCase())?.index ?? Infinity;
  const before = Object.keys(f.saidEnd)
    .filter(k => f.saidEnd[k] <= doubtAt && f.said[k] !== undefined)
    .sort((a, b) => f.saidEnd[b] - f.saidEnd[a]);
  const key = (before[0] as NumKey | undefined) ?? f.lastSaid.key;
  const field = fieldOf(key);
  write(f, key, undefined);
  f.undecided = field;
  ask(
    f,
    field,
    `${field}: two figures were given and which is right is not settled; which one should the plan use?`,
  );
}

/** People typing by hand: each sends a request every few seconds at most. */
const TYPED_BY_HAND =
  /\b(?:typ(?:e|es|ed|ing)|by hand|manually|hand-?written|writ(?:e|es|ing) (?:their|the|each) (?:questions?|prompts?))\b/;
const MAX_TYPED_PER_PERSON_RPS = 1;

/**
 * "just the 5 engineers on shift, each typing questions by hand … 2,000 requests per second from
 * them": a rate no such group can send; which figure is right is asked back, neither is kept.
 */
function askImpossiblePace(lower: string, f: Findings): void {
  const people = f.concurrent ?? f.population;
  if (f.rps === undefined || !people || !TYPED_BY_HAND.test(lower)) return;
  if (f.rps / people <= MAX_TYPED_PER_PERSON_RPS) return;
  ask(
    f,
    'users',
    `users: ${fmt(f.rps)} requests per second from ${fmt(
      people,
    )} people typing by hand is ${fmt(
      r4(f.rps / people),
    )} a second each, more than anyone types; which figure is right?`,
  );
  write(f, 'rps', undefined);
  write(f, f.concurrent !== undefined ? 'concurrent' : 'population', undefined);
}

/** "that 45 is just the Clyde": an earlier figure, named, said to cover only part. */
const NAMED_FIGURE_RULED_OUT =
  /\b(?:that|the|this|your)\s+\d[\d,]*\s+(?:is|was|were|are)\s+(?:just|only)\b/;

const NAMED_EARLIER_FIGURE =
  /\b(?:that|the|this|your)\s+(\d[\d,]*(?:\.\d+)?\s?[km]?)\s+(?:is|was|were|are|figure|number)\b/;

/** "scratch the 2M, … it's at 2.6M now": an earlier figure named to be withdrawn. */
const SCRATCHED_FIGURE =
  /\b(?:scratch|forget|ignore|disregard|drop|strike|cross out)\s+(?:that|the|this|my)\s+(\d[\d,]*(?:\.\d+)?(?:\s?(?:[km]|h|hrs?|hours?)\b)?)(?!\d|[.,]\d|\s*%)/;

/** "change the 20k to", "the 20k is now": an earlier figure named, its new value next. */
const CHANGED_FIGURE =
  /\b(?:(?:change|update|bump|raise|lower|increase|reduce|decrease|move|set)\s+(?:that|the|this|my)\s+(\d[\d,]*(?:\.\d+)?(?:\s?[km]\b)?)\s+(?:up\s+|down\s+)?to|(?:that|the|this|my)\s+(\d[\d,]*(?:\.\d+)?(?:\s?[km]\b)?)\s+(?:is|are|has become|have become|became)\s+now)\s*(?:about|around|roughly|~)?\s*$/;

const MEMORY_UNIT_AFTER = /^\s*(?:gb|gib|tb|mb|gigabytes?)\b/i;

/**
 * A bare number right after a correction word ("2,000 employees, make that 2,500"): the value
 * of the number said last, read with the same unit.
 */
function readBareCorrection({
  n,
  f,
  before,
  after,
  v,
}: NumberReading): boolean {
  // "sorry, correction — 2k was last year's number, we're at 3,200 now": the earlier one ruled out
  const turnBefore = f.turnText.slice(0, n.start).toLowerCase();
  // the correction word must come after the value it corrects: "25 people at once - actually make
  // it 35", "220 examiners — sorry, 260" (the words since that value, across a comma)
  const sinceLastNumber = (
    /\d[^\d]{0,30}$/.test(turnBefore) ? turnBefore : before
  ).replace(/^[\s\S]*\d/, '');
  // "… 40 thousand tokens each. Summary maybe a page, call it 500 words": a rounding of the
  // new sentence's own figure, not a correction of the one before
  const roundsNewSentence =
    /[.!?]\s+[^.!?]*\bcall it\s*(?:about|around|~)?\s*$/.test(
      turnBefore.replace(/^[\s\S]*\d/, ''),
    );
  const changed = CHANGED_FIGURE.exec(turnBefore);
  // the earlier figure withdrawn or changed, as written ("2M", "8h")
  const scratched =
    SCRATCHED_FIGURE.exec(turnBefore)?.[1] ?? changed?.[1] ?? changed?.[2];
  const corrects =
    (CORRECTION.test(sinceLastNumber) && !roundsNewSentence) ||
    ((FIGURE_RULED_OUT.test(turnBefore) ||
      NAMED_FIGURE_RULED_OUT.test(turnBefore)) &&
      CORRECTION.test(turnBefore)) ||
    scratched !== undefined;
  // "sorry, that 45 is just the Clyde — … it's 65 all told": the earlier figure it names
  const named = scratched ?? NAMED_EARLIER_FIGURE.exec(turnBefore)?.[1];
  const namedKey =
    named !== undefined
      ? Object.keys(f.saidSoFar).find(
          k => f.saidSoFar[k] === figureValue(named),
        )
      : undefined;
  // "not 20k but 26k" after an earlier turn's "20k documents": the figure ruled out names it,
  // unless this turn already gave that field its new value
  // ("45 thousand, not 30": the ruled-out figure said in the new one's scale)
  const ruledOutKey = Object.keys(f.saidSoFar).find(
    k =>
      f.said[k] === undefined &&
      f.ruledOut.some(r =>
        [1, 1e3, 1e6].some(scale => f.saidSoFar[k] === r * scale && v >= scale),
      ),
  );
  // "make that 26k instead of 20k": the figure ruled out in this number's own sentence (its
  // digits blanked) is the one it replaces, not the figure said last
  const ruledOutHere =
    ruledOutKey !== undefined &&
    /\b(?:not|instead of|rather than)\s{3,}(?:[.,;:!?)]|$)/.test(
      `${sentenceBefore(f, n, 200)}${n.raw}${sentenceAfter(f, n)}`,
    );
  const correctedKey = (): Findings['lastSaid'] => {
    if (namedKey) return { key: namedKey as NumKey, factor: 1 };
    // a withdrawn figure that no earlier turn said is not the one said last
    if (corrects && !ruledOutHere)
      return scratched === undefined ? f.lastSaid : undefined;
    return ruledOutKey ? { key: ruledOutKey as NumKey, factor: 1 } : undefined;
  };
  const corrected = correctedKey();
  if (!corrected || !(corrects || ruledOutKey)) return false;
  // "correction: H200 (141GB) instead": a GPU's memory, not the figure said last
  if (MEMORY_UNIT_AFTER.test(after)) return false;
  const { key, factor } = corrected;
  // "scratch that — the 5k are done … starting at 00:00, live by 6am": the figure read last
  // was said later in the text, so this one does not correct it
  if ((f.saidEnd[key] ?? -1) > n.start) return false;
  assign(f, key, r4(v * factor), n);
  return true;
}

/**
 * "sorry — per hour, not per day" after "7,200 summaries per day": the rate said last, read
 * again with the corrected unit (a rate per day is spread over 24 hours here).
 */
function readRateUnitCorrection(lower: string, f: Findings): void {
  const said = f.lastSaid;
  const unit = /\bper (second|sec|minute|min|hour|hr|day)\b/.exec(
    lower.replace(/\bnot per \w+/g, ''),
  );
  if (
    !said ||
    said.key !== 'rps' ||
    said.raw === undefined ||
    !unit ||
    !CORRECTION.test(lower)
  )
    return;
  const rps = r4(said.raw / secondsIn(unit[1]));
  f.rps = rps;
  f.said.rps = rps;
  f.assumptions.push(
    `${fmt(said.raw)} per ${unit[1]} = ${fmt(rps)} req/s (the unit corrected)`,
  );
}

/** "We're a team of 12 engineers": the people building the service, not its users. */
function readOwnTeam({ n, f, before }: NumberReading): boolean {
  if (
    !/\b(?:we(?:'re|’re| are)|i(?:'m|’m| am) (?:on|in)|our (?:\w+ )?team is) (?:a |an )?(?:small |tiny |lean |core )?(?:team|squad|group|crew) of\s*(?:about|around|roughly|~)?\s*$/.test(
      before,
    )
  )
    return false;
  f.notes.push(
    `${n.raw}: the team building the service, not its users; ignored`,
  );
  return true;
}

/** "something the six of us can ask": the people asking are the writer's group, all of them. */
function readAllOfUs({ n, f, before, after, v }: NumberReading): boolean {
  if (
    !/\b(?:the|all|just|only)\s*$/.test(before) ||
    !/^\s+of us\b(?!\s+(?:(?:are |will be )?(?:build|building|maintain|maintaining|run|running|operate|operating)|(?:built|maintain|run|operate)\b))/.test(
      after,
    )
  )
    return false;
  assign(f, 'population', v, n);
  return true;
}

/**
 * "Correction: 120 is London only", "800 was only for the village": a figure said before, now
 * one site's share of the load (the rest follows), not a new figure.
 */
const ONE_SITES_SHARE =
  /^\s+(?:is|was|are|were)\s+(?:(?:just|only)\s+(?:for\s+)?(?:the\s+)?(?!(?:start|beginning|minimum|baseline|average|estimate|guess|peak|today|now|launch|pilot|first|beta)\b)[\p{L}-]+(?:\s+(?:office|site|branch|team|region|store|plant|depot|campus|village|town))?\s*(?:[.;,]|$)|(?:for\s+)?(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:office|site|branch|team|region|store|plant|depot|campus))?\s+(?:only|alone)\b)/u;

function readOneSitesShare({ n, f }: NumberReading): boolean {
  if (!ONE_SITES_SHARE.test(n.after)) return false;
  f.notes.push(`${n.raw} said as one site's share; not read as the total`);
  return true;
}

/** "~70 clinical staff (nurses + HCAs + 2 doctors)": an open bracket listing who a group counts. */
const GROUP_LISTED_BEFORE =
  /\d[\d,.]*\s*k?\s+(?:[\p{L}-]+\s+){0,2}?(?:staff|employees|people|persons|users|members|colleagues|personnel|workers|team)\s*\(([^()]*)$/iu;

/** A count inside the list of who a group counted just before is made of: part of it, not the total. */
function readGroupMakeup({ n, f }: NumberReading): boolean {
  const open = GROUP_LISTED_BEFORE.exec(f.turnText.slice(0, n.start));
  const close = /^([^()]*)\)/.exec(f.turnText.slice(n.end));
  if (!open || !close) return false;
  const inside = `${open[1]}${n.raw}${close[1]}`.toLowerCase();
  if (
    !/\+|,|&|\band\b/.test(inside) ||
    CONCURRENT_WORDS.test(inside) ||
    /%|\bper\b|\ba (?:day|week|month)\b|\b(?:active|online|peak|daily|monthly)\b/.test(
      inside,
    )
  )
    return false;
  f.notes.push(
    `${n.raw}: part of the group counted before it; not read as the total`,
  );
  return true;
}

/** The readings tried in turn on a number; the first that recognises it takes it. */
const NUMBER_READERS: ((r: NumberReading) => boolean)[] = [
  readOwnTeam,
  readAllOfUs,
  readOneSitesShare,
  readGroupMakeup,
  readMoney,
  readPercentage,
  readDecimalShare,
  readSizingCount,
  readBatchWindow,
  readRequestsInFlight,
  readTokensPerSecond,
  readLatency,
  readTokenLength,
  readMultiplier,
  readHoursPerDay,
  readRequestRate,
  readHeadCount,
  readItemCount,
  readServedUsers,
  readBareCorrection,
];

/** "405B", "70b,": a parameter count written onto the number (not "1.5B tokens"). */
const PARAMETER_COUNT =
  /^b\b(?!\s*(?:tokens?|toks?|requests?|reqs|calls?|queries|words?|items?|rows?|records?|documents?|docs|pages?|users?|dollars?|usd|\$))/;

/** Classifies one number by its unit and clause. */
function readNumber(
  n: ReturnType<typeof scanNumbers>[number],
  f: Findings,
  _text: string,
): void {
  if (n.multiplied && /k/i.test(n.raw)) {
    if (!f.assumptions.includes('"k" read as thousand (1k = 1,000)'))
      f.assumptions.push('"k" read as thousand (1k = 1,000)');
  }
  if (n.format && !f.assumptions.includes(n.format))
    f.assumptions.push(n.format);

  const reading: NumberReading = {
    n,
    f,
    after: n.after.toLowerCase(),
    // "Patrons: 60,000–80,000": the top end reads what the range's bottom follows
    before: withoutRangeBottom(n.before.toLowerCase()),
    clause: n.clause.toLowerCase(),
    v: n.value,
  };
  // "scrap the 405B": a model's size in parameters, not a figure of the workload
  if (PARAMETER_COUNT.test(reading.after)) return;
  // "4k-6k tokens", "Patrons: 60,000–80,000", "context: 3000–4000 tokens", "the big ones are
  // 10-12k tokens": a range's bottom end is read by no reader; its top is the figure read (or
  // noted)
  if (RANGE_BOTTOM.test(reading.after)) return;
  if (NUMBER_READERS.some(read => read(reading))) return;
  f.notes.push(`not sure what ${n.raw} refers to; ignored`);
}

/**
 * "score ~18,000 fraud alerts … Alerts are ~600 tokens": the length of the things a batch run
 * counted, whatever they are called.
 */
function countedItemsBefore(turnText: string, before: string): boolean {
  // "Alerts are ~600 tokens", "Each submission is ~300 tokens"
  const noun =
    /\b([a-z]{3,}s)\s+(?:are|is|average|run|each)\s*(?:about|around|roughly|~|≈)?\s*$/.exec(
      before,
    ) ??
    /\b(?:each|a|an|one|every)\s+([a-z]{2,})\s+(?:is|averages|runs|has)\s*(?:about|around|roughly|~|≈)?\s*$/.exec(
      before,
    );
  if (!noun) return false;
  const items = noun[1].endsWith('s')
    ? noun[1]
    : noun[1].replace(/y$/, 'ie').concat('s');
  if (NOT_ITEMS.test(items)) return false;
  return new RegExp(
    `\\d[\\d.,]*\\s*(?:k|m)?\\s+(?:[a-z-]+\\s+)?${items}\\b`,
    'i',
  ).test(turnText);
}

function tokenDirection(before: string, after: string): 'in' | 'out' | null {
  // "Output is a one-page note of about 300 words": what the output is, whatever it is called
  if (OUTPUT_IS_A.test(before)) return 'out';
  // "Answers in ~120 words": the answer's length, not the "in" of a prompt
  if (
    /\b(?:answers?|repl(?:y|ies)|responses?|outputs?|summar(?:y|ies))\s+in\s*(?:about|around|roughly|approx\.?|up to|under|at most|~|≈)?\s*$/.test(
      before,
    )
  )
    return 'out';
  const IN =
    /\b(prompts?|inputs?|context|questions?|documents?|docs?|queries|query|requests?|in|incoming|histor(?:y|ies)|system prompts?|(?<!(?:one|single|two|half|a)[- ]|-)pages?|pdfs?|(?<!generated )files?|contracts?|articles?|dispatch(?:es)?|reports?|transcript(?:ion)?s?|e-?mails?|tickets?|(?<!\b(?:wrap|wrap-up|after-call)[ -])notes?|records?|papers?|chapters?|books?|threads?|memos?|reviews?|comments?|logs?|filings?|statements?|(?<!generated )texts?|pasted|sends?|types?|typed|enters?|(?<!generated )(?:messages?|msgs?|segments?|sentences?|paragraphs?|passages?|items?)|invoices?|packs?|alerts?|bills?|letters?|complaints?|specs?|(?:spec |tech |data )?sheets?|rulings?|judg(?:e)?ments?|verdicts|depositions?|patents?|manuscripts?|meeting minutes|theses|dossiers?|proceedings|regulations?|narratives?|bundles?|charts?|leaflets?|bod(?:y|ies)|(?<!(?:the|a|one-page|each) )briefs?|(?<!\b(?:writes?|writing|generates?|generating|drafts?|drafting)\s)(?:scripts?|screenplays?|librettos?|sermons?|lectures?|speeches))\b/g;
  const OUT =
    /\b(answers?|(?:wrap|wrap-up|after-call)[ -]notes?|outputs?|responses?|completions?|suggestions?|generat\w*|gen|repl(y|ies)|out|summar(y|ies)|recaps?|translations?|write|writes|produc(?:e[sd]?|ing)|descriptions?|long answers|gets?|(?<!\b(?:each|every|one|per|the|a|tax|vat|income)\s)returns?|wait(?:s|ing)? for|digests?|(?<=\b(?:the|a|one-page|each)\s|-page\s)briefs?|briefs?(?= (?:should|will|must) )|(?:each|the) drafts?|synops(?:is|es)|condensed|boiled down|verdict|labels?|(?<!\b(?:prompts?|inputs?|contexts?|queries|questions?)\s)ends? up|comes? out at|(?<=\b(?:bot|it|model|assistant|llm|ai|agent)\s)giv(?:es|ing))\b/g;
  const last = (re: RegExp, s: string) => {
    let pos = -1;
    for (const m of s.matchAll(re)) pos = m.index!;
    return pos;
  };
  // "generated from a ~300-token spec sheet": what it is made from is what it reads
  if (
    /\b(?:generated|written|drafted|built|made|created|produced)\s+(?:from|out of|based on)\s+(?:an?|the|each|our)?\s*(?:~|≈|about|around|roughly|approx\.?)?\s*$/.test(
      before,
    )
  )
    return 'in';
  // "a summary of the last 5 minutes of match events (~3k tokens)": the length of what is summarised
  if (
    /\b(?:summar(?:y|ies)|translations?|recaps?|digests?)\s+of\s+[^.,;()]{3,60}\(\s*(?:~|≈|about|around|approx\.?)?\s*$/.test(
      before,
    )
  )
    return 'in';
  // what follows in the same clause ("400 token; output description …" says nothing of the 400,
  // nor "(… ~40k tokens) — we want summaries of them" of what is in brackets)
  const tail = after
    .replace(/^\s*(-\s*)?(tokens?|toks?)\b/, '')
    .split(/[;!?\n)）]|\.(?:\s|$)/)[0];
  // "we only need a five-token label back": what comes back is the output, whatever it is called
  if (/^\s*(?:[a-z]+\s+){0,2}back\b/.test(tail)) return 'out';
  // "we pass ~500 tokens of data and want about 300 words of text": what is wanted is written
  if (
    /\b(?:we|they|i|you)\s+(?:want|need|expect|would like|['’]d like)\s*(?:(?:about|around|roughly|approx\.?|~|≈|up to|at most)\s*)?$/.test(
      before,
    )
  )
    return 'out';
  // "a category + severity back (~20 tokens)": the length said of what comes back
  if (/\bback\s*\(\s*(?:~|≈|about|around|approx\.?|roughly)?\s*$/.test(before))
    return 'out';
  // "a short summary per report (under 120 tokens)": what it is per is not what is measured
  const bi = last(
    IN,
    before.replace(/\b(?:per|for each|for every)\s+[a-z-]+/g, m =>
      ' '.repeat(m.length),
    ),
  );
  const bo = last(OUT, before);
  if (bi >= 0 || bo >= 0) return bi > bo ? 'in' : 'out';
  // "~3,500 tokens of rubric + transcript": what the prompt holds
  if (
    /^\s*of\s+(?:the\s+)?(?:rubric|context|transcripts?|instructions|history|retrieved|source|input)\b/.test(
      tail,
    )
  )
    return 'in';
  // "~250 tokens of text out": the direction said right after wins over what it is
  const said = /^\s*(?:of [a-z]+(?: [a-z]+)?\s+)?(in|out|input|output)\b/.exec(
    tail,
  );
  if (said) return /^in/.test(said[1]) ? 'in' : 'out';
  const ai = tail.search(IN);
  const ao = tail.search(OUT);
  if (ai >= 0 && (ao < 0 || ai < ao)) return 'in';
  if (ao >= 0) return 'out';
  // "Typical story is 600–800 words", "each deed is usually 2–3k words": a thing there before the
  // request is what it reads
  if (
    /(?:^|[.;:!?\n]|\b(?:a|an|each|every|one|the)\s)\s*(?:(?:typical|average|single|new)\s+)?[a-z]{3,}\s+(?:is|runs|has)\s*(?:usually|typically|normally|generally|mostly)?\s*(?:about|around|roughly|~|≈)?\s*(?:\d[\d.,]*\s*k?\s*(?:[-–]|to)\s*)?$/.test(
      before,
    )
  )
    return 'in';
  return null;
}

/** How the latency words of a text read: tight, relaxed, or both (a contradiction). */
export function readLatencyWords(lower: string): {
  latency?: 'tight' | 'relaxed';
  words?: string;
  conflict?: string;
} {
  const notTight = NOT_TIGHT.exec(lower);
  const notTightSpans = [
    ...lower.matchAll(new RegExp(NOT_TIGHT.source, 'g')),
    ...lower.matchAll(NOT_A_LATENCY_WISH),
  ];
  const said = RELAXED_WORDS.exec(lower);
  // "scratch the nightly part": a batch word withdrawn says nothing of latency
  const relaxed =
    said ??
    RELAXED_MODE.exec(
      lower.replace(BATCH_WITHDRAWN_ALL, s => ' '.repeat(s.length)),
    );
  let tight: RegExpExecArray | null = null;
  const re = new RegExp(TIGHT.source, 'g');
  for (const m of lower.matchAll(re)) {
    // "not latency sensitive, nobody is waiting on it in real time": inside a denial
    const inside = notTightSpans.some(
      n => m.index! >= n.index! && m.index! < n.index! + n[0].length,
    );
    if (!inside) {
      tight = m as RegExpExecArray;
      break;
    }
  }
  if (notTight && tight)
    return { conflict: `"${tight[0]}" and "${notTight[0]}"` };
  if (said && tight) return { conflict: `"${tight[0]}" and "${said[0]}"` };
  if (notTight) return { latency: 'relaxed', words: notTight[0] };
  if (tight) return { latency: 'tight', words: tight[0] };
  if (relaxed) return { latency: 'relaxed', words: relaxed[0] };
  return {};
}
