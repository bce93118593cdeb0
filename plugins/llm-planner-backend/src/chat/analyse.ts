import type { UsersMean } from '@internal/backstage-plugin-llm-planner-common';
import {
  findGpuMentions,
  findModelMentions,
  type ChatCatalogIndex,
} from './catalog';
import {
  blank,
  fmt,
  fmtUsd,
  normaliseNumberWords,
  r4,
  scanNumbers,
} from './text';

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
  budgetUsdPerMonth?: number;
  notes: string[];
  assumptions: string[];
};

type Rule = { re: RegExp; weight: number };

/** Use-case words, most specific first (ties go to the earlier use case). */
const USE_CASE_RULES: [string, Rule[]][] = [
  [
    'long-document-summarisation',
    [
      {
        re: /summar\w*[^.]{0,60}\b(long|large|lengthy|big|huge)\s+(documents?|docs|reports?|contracts?|files|pdfs?|papers|filings|transcripts?)/,
        weight: 5,
      },
      {
        re: /\b(long|large|lengthy)\s+(documents?|docs|reports?|contracts?|pdfs?)[^.]{0,40}summar/,
        weight: 5,
      },
      { re: /summar\w*[^.]{0,40}\b(books?|\d{2,}[- ]page)/, weight: 5 },
    ],
  ],
  [
    'customer-service',
    [
      {
        re: /customer[- ](service|support|care|success|questions|inquiries|enquiries)/,
        weight: 4,
      },
      {
        re: /\b(help ?desk|service ?desk|call cent(er|re)|contact cent(er|re)|support tickets?|ticket(s|ing)?)\b/,
        weight: 4,
      },
      {
        re: /\bsupport (bot|chat ?bot|assistant|agent|team|portal|chat)/,
        weight: 4,
      },
      { re: /\bsupport\b/, weight: 1 },
    ],
  ],
  [
    'code-completion',
    [
      {
        re: /\b(code[- ]completion|auto-?complet\w*|copilot|tab[- ]complet\w*|inline (suggestions?|completions?)|fill[- ]in[- ]the[- ]middle|fim)\b/,
        weight: 5,
      },
      {
        re: /\bcomplet\w* (code|in the ide|as you type)|\bin the (ide|editor)\b/,
        weight: 3,
      },
    ],
  ],
  [
    'code-generation',
    [
      {
        re: /\b(code[- ](generation|gen|review|reviews|assistant)|generat\w* (code|functions|tests)|writ\w* (code|functions|unit tests)|coding (assistant|agent|help)|refactor\w*|pull requests?|unit tests?)\b/,
        weight: 4,
      },
      { re: /\b(code|coding|programming|developers?)\b/, weight: 1 },
    ],
  ],
  [
    'translation',
    [
      {
        re: /\b(translat\w*|locali[sz]\w*|paraphras\w*|multilingual|into (german|french|spanish|english|japanese|chinese))\b/,
        weight: 5,
      },
    ],
  ],
  [
    'agentic',
    [
      {
        re: /\b(agentic|ai agents?|llm agents?|autonomous agents?|tool[- ](use|using|calling|calls)|function[- ]calling|multi[- ]step (tasks|workflows?)|mcp)\b/,
        weight: 5,
      },
      {
        re: /(?<!(support|service|human|call center|call centre|sales|customer)\s)\bagents?\b/,
        weight: 2,
      },
    ],
  ],
  [
    'batch-analytics',
    [
      {
        re: /\b(batch|offline|overnight|nightly|bulk|analytics|classif\w*|categori[sz]\w*|extract\w* (fields|entities|data|information)|entity extraction|information extraction|sentiment|tagging|label(l)?ing|etl)\b/,
        weight: 3,
      },
    ],
  ],
  [
    'summarisation',
    [
      {
        re: /\b(summar(i[sz]\w*|y|ies)|tl;?dr|digests?|meeting notes|minutes of)\b/,
        weight: 4,
      },
    ],
  ],
  [
    'rag-qa',
    [
      {
        re: /\b(rag|retrieval[- ]augmented|retrieval|knowledge ?base|question[- ]answering|semantic search|internal (docs|documentation|wiki)|wiki|confluence|sharepoint|manuals?|policies|documentation|grounded)\b/,
        weight: 4,
      },
      {
        re: /\b(documents?|docs|pdfs?|search|q&a|questions about)\b/,
        weight: 2,
      },
    ],
  ],
  [
    'reasoning',
    [
      {
        re: /\b(reasoning|math(s|ematics)?|step[- ]by[- ]step|chain[- ]of[- ]thought|thinking model|complex problems?|logic puzzles?|proofs?)\b/,
        weight: 4,
      },
    ],
  ],
  [
    'content-generation',
    [
      {
        re: /\b(content (generation|creation|writing)|marketing|copy ?writ\w*|blog( posts?)?|articles?|newsletters?|product descriptions?|social media|creative writing|writing assistant|draft\w* (emails?|letters?|posts?))\b/,
        weight: 4,
      },
      { re: /\b(emails?|write|writing)\b/, weight: 1 },
    ],
  ],
  [
    'chatbot',
    [
      {
        re: /\b(chat ?bots?|chatgpt|conversational|chat assistant|chat (app|interface|ui))\b/,
        weight: 3,
      },
      { re: /\b(chat|assistant|q&a|ask questions|talk to)\b/, weight: 1 },
    ],
  ],
];

const TIGHT =
  /\b(fast|faster|quick(ly)?|instant(ly|aneous)?|snappy|real[- ]?time|low[- ]latency|responsive|immediate(ly)?|no lag|without (delay|lag)|latency (matters|is (important|critical|key|crucial))|latency[- ]sensitive)\b/;
const NOT_TIGHT =
  /\b(not|no|isn't|is not|doesn't|does not|don't|do not|needn't|no need to)\b[^.]{0,25}\b(fast|quick|instant|snappy|real[- ]?time|latency[- ]sensitive|urgent|matter)|latency (doesn't|does not|is not|isn't) (matter|important|critical|an issue)|\bnot latency[- ]sensitive\b/;
const RELAXED =
  /\b(batch|overnight|offline|nightly|every night|at night|in bulk|latency[- ]insensitive|no (rush|hurry)|can wait|background jobs?|throughput (matters|is what matters)|asynchronous(ly)?)\b/;

const CONCURRENT_WORDS =
  /\b(concurrent(ly)?|simultaneous(ly)?|at (the )?same (time|moment)|at once|in parallel|parallel|at any (one |given )?(time|moment)|online at the same)\b/;
const POPULATION_WORDS =
  /\b(in total|total|registered|potential|who (may|might|could|can|will) use|user ?base|monthly active|daily active|mau|dau|licensed|employees|staff|colleagues|headcount|company of|organi[sz]ation of|team of|workforce)\b/;
const POP_NOUN =
  'employees|staff|staff members|colleagues|developers|devs|engineers|students|members|customers|support agents|agents|analysts|doctors|nurses|lawyers|seats|subscribers|accounts|team members|workers|researchers|teachers';
const QUALIFIERS =
  '(?:concurrent|simultaneous|parallel|active|daily|monthly|registered|total|internal|external|expected|potential|named|licensed)\\s+';
/** "(concurrent) employees" etc.: people who belong to a group, i.e. a population unless qualified. */
const POPULATION_NOUNS = new RegExp(
  `^\\s*(\\+\\s*)?(${QUALIFIERS})*(${POP_NOUN})\\b`,
);
const USER_NOUNS = new RegExp(
  `^\\s*(\\+\\s*)?(${QUALIFIERS})*(users?|people|persons|visitors|clients|callers|sessions|conversations|chats|learners|${POP_NOUN})\\b`,
);

/** Reads one turn of user text. `askedUsersMean` tells whether the last question was about it. */
export function analyse(
  input: string,
  idx: ChatCatalogIndex,
  ctx: { askedUsersMean: boolean; useCaseSoFar?: string },
): Findings {
  const f: Findings = { slo: {}, notes: [], assumptions: [] };
  let text = normaliseNumberWords(input);
  const lower = () => text.toLowerCase();

  // --- models and GPUs, blanked so that "3.1" or "80GB" are not read as numbers
  for (const m of findModelMentions(text, idx)) {
    if (m.id) {
      if (f.model && f.model !== m.id)
        f.notes.push(`several models mentioned; kept the last one (${m.id})`);
      f.model = m.id;
    } else if (m.problem)
      f.notes.push(
        `${m.problem}; no model set, the planner compares catalog models`,
      );
    text = blank(text, m.start, m.end);
  }
  for (const g of findGpuMentions(text, idx)) {
    if (g.id) {
      if (f.gpu && f.gpu !== g.id)
        f.notes.push(`several GPUs mentioned; kept the last one (${g.id})`);
      f.gpu = g.id;
    } else if (g.problem)
      f.notes.push(
        `${g.problem}; no GPU set, the planner compares catalog GPUs`,
      );
    if (g.count !== undefined)
      f.notes.push(
        `"${g.raw}": the GPU count is not taken from the chat; the planner sizes replicas and tensor parallelism`,
      );
    text = blank(text, g.start, g.end);
  }

  // --- engine and pricing
  const l0 = lower();
  if (/\bvllm\b/.test(l0)) f.engine = 'vllm';
  else if (/\bsglang\b/.test(l0)) f.engine = 'sglang';
  else if (/\b(tensorrt[- ]?llm|trt[- ]?llm)\b/.test(l0)) f.engine = 'trtllm';
  else if (/\b(tgi|text generation inference)\b/.test(l0)) f.engine = 'tgi';
  else if (/\bnim\b/.test(l0)) f.engine = 'nim';
  if (
    /\b(no|not|never|can't|cannot|without|avoid|don't want)\b[^.]{0,20}\b(spot|preemptible)\b|\bon[- ]demand only\b/.test(
      l0,
    )
  )
    f.pricing = 'on-demand';
  else if (/\b(spot|preemptible|interruptible)\b/.test(l0)) f.pricing = 'spot';
  else if (/\bon[- ]demand\b/.test(l0)) f.pricing = 'on-demand';
  else if (/\breserved (instances?|capacity)\b/.test(l0)) {
    f.pricing = 'on-demand';
    f.notes.push(
      'reserved pricing is not in the price catalog; on-demand prices are used as the upper bound',
    );
  }

  // --- percentile
  const pct = l0.match(
    /\bp(50|90|95|99)\b|\b(50|90|95|99)(th)?[- ]percentile\b|\b(median)\b/,
  );
  if (pct)
    f.slo.percentile = pct[4]
      ? 'p50'
      : (`p${pct[1] ?? pct[2]}` as Findings['slo']['percentile']);
  text = text.replace(/\bp(50|90|95|99)\b/gi, s => ' '.repeat(s.length));
  text = text.replace(/\b(50|90|95|99)(th)?[- ]percentile\b/gi, s =>
    ' '.repeat(s.length),
  );

  // --- active hours from words and ranges, peaks at a time of day
  if (
    /\b(24\/7|24x7|24 ?h(ours)? a day|around the clock|round the clock|always on|day and night)\b/.test(
      lower(),
    )
  ) {
    f.activeHoursPerDay = 24;
    text = text.replace(/24\/7|24x7/gi, s => ' '.repeat(s.length));
  } else if (
    /\b(office hours|business hours|working hours|work(ing)? day|9[- ]to[- ]5|nine to five)\b/.test(
      lower(),
    )
  ) {
    f.activeHoursPerDay = 10;
    f.assumptions.push('"office hours" read as busy 10 h/day');
  }
  const range =
    /\b(?:(from|between)\s+)?(\d{1,2})(?::(\d{2}))?\s*(am|pm|h)?\s*(?:-|–|to|and|until)\s*(\d{1,2})(?::(\d{2}))?\s*(am|pm|h)?\b/gi;
  text = text.replace(
    range,
    (s, fromWord, a, am, ap, b, bm, bp, offset: number, whole: string) => {
      if (!fromWord && !ap && !bp && !am && !bm) return s;
      const next = whole.slice(offset + s.length);
      if (
        !ap &&
        !bp &&
        !am &&
        !bm &&
        /^\s*(users?|people|req|requests|rps|qps|tokens?|ms\b|s\b|sec|seconds?|gpus?|x\b|%|k\b|employees|sessions|concurrent|per\b)/i.test(
          next,
        )
      )
        return s;
      const start =
        Number(a) + (ap?.toLowerCase() === 'pm' && Number(a) < 12 ? 12 : 0);
      let end =
        Number(b) + (bp?.toLowerCase() === 'pm' && Number(b) < 12 ? 12 : 0);
      if (end <= start && !bp) end += 12;
      if (start > 24 || end > 24 || end <= start) return s;
      if (f.activeHoursPerDay === undefined) {
        f.activeHoursPerDay = end - start;
        f.assumptions.push(
          `busy from ${start}:00 to ${end}:00 read as ${end - start} h/day`,
        );
      }
      return ' '.repeat(s.length);
    },
  );
  const peakAt = lower().match(
    /\bpeaks?\b[^.]{0,20}?\b(at|around)\s+(\d{1,2}(?::\d{2})?\s*(?:am|pm)?)/,
  );
  if (peakAt)
    f.notes.push(
      `peak at ${peakAt[2].trim()} noted; the peak factor comes from the template unless you give one (e.g. "3x at peak")`,
    );
  text = text.replace(
    /\b\d{1,2}(?::\d{2})?\s*(am|pm)\b|\b\d{1,2}:\d{2}\b/gi,
    s => ' '.repeat(s.length),
  );
  const l1 = lower();
  if (
    /\b(doubles?|twice)\b[^.]{0,30}\bpeak|\bpeak[^.]{0,30}\b(doubles?|twice)\b/.test(
      l1,
    )
  )
    f.peakFactor = 2;
  if (
    /\b(triples?|three times)\b[^.]{0,30}\bpeak|\bpeak[^.]{0,30}\b(triples?|three times)\b/.test(
      l1,
    )
  )
    f.peakFactor = 3;
  if (
    /\b(hundreds|thousands|millions|lots|many|a few) of (users|people|customers|employees|requests)\b/.test(
      l1,
    )
  )
    f.notes.push(
      `"${
        l1.match(/\b(hundreds|thousands|millions|lots|many|a few) of \w+/)![0]
      }" is not a number; give one so the plan can be sized`,
    );

  // --- a share in words: "half of them at the same time"
  const share = lower().match(
    /\b(half|a third|a quarter|a fifth|a tenth|one in (\d+))( of (them|those|these|the users|the people|our users))?\b[^.]{0,30}\b(at (the )?same time|at once|simultaneously|concurrently|online|active)\b/,
  );
  if (share) {
    const frac = share[2]
      ? 1 / Number(share[2])
      : {
          half: 0.5,
          'a third': 1 / 3,
          'a quarter': 0.25,
          'a fifth': 0.2,
          'a tenth': 0.1,
        }[share[1]]!;
    f.activeFraction = r4(frac);
    text = blank(text, share.index!, share.index! + share[0].length);
  }

  // --- numbers
  for (const n of scanNumbers(text)) readNumber(n, f, text);

  // --- use case
  const useCase = detectUseCase(lower(), idx);
  if (useCase) {
    f.useCase = useCase.id;
    f.useCaseWords = useCase.words;
  }

  // --- latency words (explicit numbers win over words)
  const l2 = lower();
  const notTight = NOT_TIGHT.exec(l2);
  const relaxed = RELAXED.exec(l2);
  const tight = TIGHT.exec(l2);
  if (notTight) {
    f.latency = 'relaxed';
    f.latencyWords = notTight[0];
  } else if (tight) {
    f.latency = 'tight';
    f.latencyWords = tight[0];
  } else if (relaxed) {
    f.latency = 'relaxed';
    f.latencyWords = relaxed[0];
  }

  // --- a bare answer to the users question
  const l3 = l2;
  const asked = ctx.askedUsersMean;
  if (
    /\b(req(uests)?\/s|rps|qps|requests? (per|a) second|per second)\b/.test(l3)
  )
    f.usersMeanAnswer = 'rps';
  else if (CONCURRENT_WORDS.test(l3)) f.usersMeanAnswer = 'concurrent';
  else if (
    /\b(population|in total|total|people who (may|might|could|can) use|may use it|user ?base|everyone|all of them|registered|headcount)\b/.test(
      l3,
    )
  )
    f.usersMeanAnswer = 'population';
  else if (asked && /\b(first( one)?|a\))(?!\s+token)/.test(l3))
    f.usersMeanAnswer = 'population';
  else if (asked && /\b(second( one)?|b\))/.test(l3))
    f.usersMeanAnswer = 'concurrent';
  else if (asked && /\b(third|last)( one)?\b/.test(l3))
    f.usersMeanAnswer = 'rps';
  else if (
    asked &&
    /\b(don'?t know|not sure|no idea|unsure|whatever|you (decide|choose|pick)|default)\b/.test(
      l3,
    )
  ) {
    f.usersMeanAnswer = 'population';
    f.usersMeanDefaulted = true;
  }
  return f;
}

function detectUseCase(
  lower: string,
  idx: ChatCatalogIndex,
): { id: string; words: string } | null {
  let best: { id: string; score: number; words: string } | null = null;
  for (const [id, rules] of USE_CASE_RULES) {
    if (!idx.isUseCase(id)) continue;
    let score = 0;
    let words = '';
    for (const r of rules) {
      const m = lower.match(r.re);
      if (m) {
        score += r.weight;
        if (!words) words = m[0];
      }
    }
    if (score > 0 && (!best || score > best.score)) best = { id, score, words };
  }
  return best ? { id: best.id, words: best.words } : null;
}

function has(re: RegExp, s: string): boolean {
  return re.test(s.toLowerCase());
}

/** Classifies one number by its unit and clause. */
function readNumber(
  n: ReturnType<typeof scanNumbers>[number],
  f: Findings,
  _text: string,
): void {
  const after = n.after.toLowerCase();
  const before = n.before.toLowerCase();
  const clause = n.clause.toLowerCase();
  const v = n.value;
  if (n.multiplied && /k/i.test(n.raw)) {
    if (!f.assumptions.includes('"k" read as thousand (1k = 1,000)'))
      f.assumptions.push('"k" read as thousand (1k = 1,000)');
  }

  // money
  const currencyBefore = /(\$|usd|us\$|€|eur|£|gbp)\s*$/.test(before);
  const currencyAfter =
    /^\s*(\$|usd|dollars?|bucks|€|eur|euros?|£|gbp)\b/.test(after) ||
    /^\s*(\$|€|£)/.test(after);
  if (
    currencyBefore ||
    currencyAfter ||
    (/\bbudget\b/.test(clause) &&
      !/^\s*(users?|people|tokens?|ms|s\b|req)/.test(after))
  ) {
    if (/€|eur|£|gbp/.test(before.slice(-5) + after.slice(0, 10)))
      f.notes.push(
        `${n.raw} is not in US dollars; taken as USD without conversion`,
      );
    let monthly: number | undefined;
    if (/\b(month|monthly|mo)\b|\/\s*mo/.test(clause)) monthly = v;
    else if (/\b(year|annual(ly)?|yearly|yr|per annum)\b/.test(clause)) {
      monthly = v / 12;
      f.assumptions.push(
        `yearly budget ${fmtUsd(v)} read as ${fmtUsd(v / 12)} per month`,
      );
    } else if (/\b(hour|hourly|hr)\b|\/\s*h\b/.test(clause)) {
      f.notes.push(
        `${n.raw} per hour: hourly prices come from the price catalog, not the chat; ignored`,
      );
      return;
    } else if (/\bbudget\b/.test(clause)) {
      monthly = v;
      f.assumptions.push(`budget ${fmtUsd(v)} read as per month`);
    } else {
      f.notes.push(
        `${n.raw}: an amount of money without a period; ignored (say "per month" to set a budget)`,
      );
      return;
    }
    f.budgetUsdPerMonth = r4(monthly);
    return;
  }

  // percentages
  if (/^\s*(%|percent|per ?cent)/.test(after)) {
    if (/\b(headroom|buffer|margin|spare|safety)\b/.test(clause))
      f.headroom = v / 100;
    else if (
      /\b(active|online|at (the )?same time|at once|concurrent|use it at|busy)\b/.test(
        clause,
      )
    )
      f.activeFraction = v / 100;
    else if (/\b(spot|discount|cheaper|saving)\b/.test(clause)) return;
    else f.notes.push(`${n.raw}% : not clear what it is a share of; ignored`);
    return;
  }

  // time-of-day numbers and GPU/replica counts
  if (
    /^\s*(x\s*)?(gpus?|cards?|nodes?|replicas?|pods?|instances?|servers?|machines?)\b/.test(
      after,
    )
  ) {
    f.notes.push(
      `"${n.raw}${
        after.match(/^\s*(x\s*)?\w+/)![0]
      }": counts of GPUs, replicas or nodes are not taken from the chat; the planner sizes them`,
    );
    return;
  }
  if (/\b(tp|tensor[- ]parallel(ism)?)\s*(=|of|:)?\s*$/.test(before)) {
    f.notes.push(
      `tensor parallelism ${n.raw} is chosen by the planner; ignored`,
    );
    return;
  }

  // tokens per second per user -> inter-token latency
  if (/^\s*(tok(en)?s?\s*(\/|per)\s*(s|sec|second)|tps)\b/.test(after)) {
    if (
      /\b(total|aggregate|overall|cluster|combined|throughput)\b/.test(clause)
    ) {
      f.notes.push(
        `${n.raw} tokens/s of total throughput is an outcome of the plan, not an input; ignored`,
      );
      return;
    }
    f.slo.itlMs = r4(1000 / v);
    f.assumptions.push(
      `${n.raw} tokens/s per user read as ${r4(1000 / v)} ms per output token`,
    );
    return;
  }

  // latency / time
  const timeUnit = after.match(
    /^\s*(ms|msecs?|millis(econds?)?|milliseconds?|s|secs?|seconds?|mins?|minutes?)\b/,
  );
  if (timeUnit) {
    const u = timeUnit[1];
    let ms = v * 1000;
    if (/^m(s|sec|illi)/.test(u)) ms = v;
    else if (/^min/.test(u)) ms = v * 60000;
    if (
      /\b(every|each|once every|between (messages|questions|requests|turns)|think(ing)? time|pause)\b[^\d]*$/.test(
        before,
      ) ||
      /^\s*\w+\s+(between|of think)/.test(after)
    ) {
      f.thinkTimeS = ms / 1000;
      return;
    }
    const where = `${before} ${after}`;
    let metric: 'ttftMs' | 'itlMs' | 'e2eMs' | null = null;
    if (
      /\b(ttft|first token|time to first|first byte|first word|start(s|ing)?( to)?( stream\w*| answer\w*| respond\w*| appear\w*| typing)?|begin\w*)\b/.test(
        where,
      )
    )
      metric = 'ttftMs';
    else if (
      /\b(per (output )?token|itl|inter[- ]?token|tpot|between tokens|token latency|each token|a token)\b/.test(
        where,
      )
    )
      metric = 'itlMs';
    else if (
      /\b(e2e|end[- ]to[- ]end|total|full (answer|response|reply)|complete\w*|whole|finish\w*|overall|entire)\b/.test(
        where,
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
    if (!metric) {
      f.notes.push(
        `${n.raw}${timeUnit[0]}: not clear which latency it is; ignored`,
      );
      return;
    }
    f.slo[metric] = ms;
    return;
  }

  // token lengths
  const tokenUnit = /^\s*(-\s*)?(tokens?|toks?)\b/.test(after);
  const contextUnit =
    /^\s*(-\s*)?(tokens? )?(context|ctx)( window| length)?\b/.test(after) ||
    /\bcontext( window| length)?( of| is)?\s*(about |around |~|up to )?$/.test(
      before,
    );
  if (tokenUnit || contextUnit) {
    if (contextUnit && !/\b(prompts?|inputs?)\b/.test(before)) {
      const val =
        n.multiplied &&
        v % 1000 === 0 &&
        [4, 8, 16, 32, 64, 128].includes(v / 1000)
          ? v * 1.024
          : v;
      f.inputTokens = val;
      f.assumptions.push(
        `"${n.raw} context" taken as prompts of up to ${fmt(
          val,
        )} tokens (sizes memory for full-context prompts)`,
      );
      return;
    }
    const dir = tokenDirection(before, after);
    if (dir === 'in') f.inputTokens = v;
    else if (dir === 'out') f.outputTokens = v;
    else
      f.notes.push(
        `${n.raw} tokens: not clear whether prompt or answer length; ignored`,
      );
    return;
  }
  if (/^\s*in(put)?\b/.test(after) && /\btokens?\b/.test(clause)) {
    f.inputTokens = v;
    return;
  }
  if (/^\s*out(put)?\b/.test(after) && /\btokens?\b|\bin\b/.test(clause)) {
    f.outputTokens = v;
    return;
  }

  // multipliers
  if (/^\s*(x|×|times|-fold|fold)\b/.test(after) || /^x\b/.test(after)) {
    if (/\bburst/.test(clause)) f.burstFactor = v;
    else if (
      /\b(peak|peaks|spike|spikes|rush|busiest|surge|morning|launch)\b/.test(
        clause,
      )
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
    return;
  }

  // hours per day
  if (
    /^\s*(h|hrs?|hours?)\b/.test(after) &&
    /\b(a|per|each|\/)\s*day\b|\bdaily\b|\/\s*d\b/.test(clause)
  ) {
    f.activeHoursPerDay = v;
    return;
  }

  // request rates
  const rate =
    after.match(
      /^\s*(?:(?:req|reqs|requests?|queries|query|calls?|messages?|questions?|prompts?|conversations?|chats?|sessions?|tickets?|documents?|docs|completions?|generations?|api calls)\s*)?(?:\/|per|a|an|each|every)\s*(s|sec|second|min|minute|hr|h|hour|day|d|month)\b/,
    ) ?? after.match(/^\s*(rps|qps|req\/s|r\/s|rpm|qpm)\b/);
  if (rate) {
    const unit = rate[1];
    let perS = 1 / 86400;
    if (/^(s|sec|second|rps|qps|req\/s|r\/s)$/.test(unit)) perS = 1;
    else if (/^(min|minute|rpm|qpm)$/.test(unit)) perS = 1 / 60;
    else if (/^(h|hr|hour)$/.test(unit)) perS = 1 / 3600;
    else if (unit === 'month') perS = 1 / (30 * 86400);
    const perUser =
      /\b(per|each|every|a) (user|person|agent|developer|employee|session)\b/.test(
        clause,
      ) ||
      /\b(each|every)( \w+)?\s*(user|person|agent|developer|employee)?\s*(sends?|asks?|makes?|submits?)?\s*(about |around |~)?$/.test(
        before,
      ) ||
      /\busers? (send|ask|make|submit)s?\s*(about |around |~)?$/.test(before);
    if (perUser) {
      if (perS >= 1 / 3600) {
        f.requestsPerActiveUserPerMin = r4(v * perS * 60);
        if (perS !== 1 / 60)
          f.assumptions.push(
            `${n.raw} per user read as ${r4(
              v * perS * 60,
            )} requests per active user per minute`,
          );
      } else
        f.notes.push(
          `${n.raw} requests per user per day: give it per minute or hour of use; ignored`,
        );
      return;
    }
    const rps = v * perS;
    if (perS < 1 / 3600) {
      const hours = f.activeHoursPerDay ?? 24;
      const avg = unit === 'month' ? rps * (24 / hours) : v / (hours * 3600);
      f.rps = r4(avg * (f.peakFactor ?? 1));
      f.assumptions.push(
        `${n.raw} per ${
          unit === 'month' ? 'month' : 'day'
        } spread over ${hours} h/day = ${r4(avg)} req/s on average${
          f.peakFactor ? ` x peak factor ${f.peakFactor}` : ''
        }, taken as the peak rate (say "N x at peak" if traffic is bursty)`,
      );
      return;
    }
    f.rps = r4(rps);
    if (perS !== 1)
      f.assumptions.push(
        `${n.raw} per ${unit} = ${r4(rps)} req/s, taken as the peak rate`,
      );
    return;
  }

  // head counts
  const userNoun = after.match(USER_NOUNS);
  const popNoun = after.match(POPULATION_NOUNS);
  const popBefore =
    /\b(user ?base|audience|population|headcount|team|company|org(ani[sz]ation)?|workforce|staff)\s*(of|is|:|with)?\s*(about|around|roughly|approx\.?|~|up to|over|nearly)?\s*$/.test(
      before,
    );
  const concAfter =
    /^\s*(of (them|those|these)|users?|people|sessions)?\s*(will |would |are |might )?(be )?(\w+ )?(at (the )?same (time|moment)|at once|simultaneously|concurrently|in parallel|at any (one |given )?(time|moment))/.test(
      after,
    );
  if (userNoun || popNoun || popBefore || concAfter) {
    const phrase = `${before.slice(-40)}${n.raw}${after.slice(0, 60)}`;
    if (
      /\b(concurrent|simultaneous|parallel|sessions?|conversations?|chats?)\b/.test(
        userNoun?.[0] ?? '',
      ) ||
      concAfter ||
      has(CONCURRENT_WORDS, n.clause)
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
      f.concurrent = v;
    } else if (
      /\b(active|daily|monthly)\b/.test(userNoun?.[0] ?? '') &&
      !/\b(daily|monthly)\b/.test(userNoun?.[0] ?? '')
    ) {
      f.concurrent = v;
      f.assumptions.push(
        `"${n.raw} active users" read as users active at the same time (concurrent)`,
      );
    } else if (
      (popNoun && !/\b(active|daily|monthly)\b/.test(popNoun[0])) ||
      popBefore ||
      has(POPULATION_WORDS, phrase)
    ) {
      f.population = v;
    } else f.ambiguousUsers = v;
    return;
  }
  if (
    /\b(for|serve|serving|support|supporting|handle|handling)\s*(about|around|roughly|approx\.?|~|up to|over|nearly)?\s*$/.test(
      before,
    ) &&
    v >= 2 &&
    Number.isInteger(v)
  ) {
    f.ambiguousUsers = v;
    f.assumptions.push(
      `"${n.before.trim().split(/\s+/).slice(-1)[0]} ${
        n.raw
      }" read as a number of users`,
    );
    return;
  }
  f.notes.push(`not sure what ${n.raw} refers to; ignored`);
}

function tokenDirection(before: string, after: string): 'in' | 'out' | null {
  const IN =
    /\b(prompts?|inputs?|context|questions?|documents?|docs|queries|query|requests?|in|incoming|history|system prompts?|pages?)\b/g;
  const OUT =
    /\b(answers?|outputs?|responses?|completions?|generat\w*|repl(y|ies)|out|summar(y|ies)|write|writes|produce\w*|long answers)\b/g;
  const last = (re: RegExp, s: string) => {
    let pos = -1;
    for (const m of s.matchAll(re)) pos = m.index!;
    return pos;
  };
  const bi = last(IN, before);
  const bo = last(OUT, before);
  if (bi >= 0 || bo >= 0) return bi > bo ? 'in' : 'out';
  const tail = after.replace(/^\s*(-\s*)?(tokens?|toks?)\b/, '');
  const ai = tail.search(IN);
  const ao = tail.search(OUT);
  if (ai >= 0 && (ao < 0 || ai < ao)) return 'in';
  if (ao >= 0) return 'out';
  return null;
}
