import { isPlannerFieldName, settingsBlocks } from './injection';
import { camelWords, markupAsLines } from './markup';
import { ITEM_NOUN_WORDS } from './items';
import {
  DIGIT_SEPARATOR,
  HEDGE_WORDS,
  digitsValue,
  r4,
  secondsIn,
} from './text';

/** Pasted data as prose, in order: commands and tables first, then documents, then key/value lines. */
const PLAIN_STEPS: ((text: string) => string)[] = [
  inlineAssignments,
  gridTableRows,
  keyValueTable,
  tabbedPairs,
  commaPairsAsTable,
  withoutSectionTitles,
  withoutNonGoals,
  withoutContextOnly,
  jsonAsLines,
  clockSpanRows,
  csvAsLines,
  assignmentLines,
  alignedRows,
  withoutFences,
  groupCountTable,
  markdownRows,
  keyValueLines,
  startAndEndLines,
];

/**
 * A request pasted as data (a JSON object, a YAML block, a markdown table) rewritten as the
 * lines a person would type, so the rules read it like prose: `employees: 6500` becomes
 * "6500 employees.", `"tokens": {"in": 400}` becomes "400 tokens in.".
 */
export function asPlainLines(input: string): string {
  const text = markupAsLines(withoutLineBreakHyphens(input));
  // settings blocks stay as written, for the injection filter to leave out
  const blocks = settingsBlocks(text);
  const plain = (part: string) =>
    PLAIN_STEPS.reduce((t, step) => step(t), part);
  if (!blocks.length) return plain(text);
  let out = '';
  let from = 0;
  for (const [start, end] of blocks) {
    out += plain(text.slice(from, start)) + text.slice(start, end);
    from = end;
  }
  return out + plain(text.slice(from));
}

/**
 * "Depart-\nment", "to-\nkens": text copied out of a PDF, its words split at line ends; such
 * text also wraps sentences mid-clause ("roughly 5 % of\nstaff"), so those lines are joined.
 */
function withoutLineBreakHyphens(text: string): string {
  const split = /(\p{L})-[ \t]*\n[ \t]*(\p{Ll})/gu;
  if (!split.test(text)) return text;
  return text
    .replace(split, '$1$2')
    .replace(
      /([^\s.!?:;]|\b(?:ca|approx|e\.g|i\.e|vs|incl)\.)[ \t]*\n[ \t]*(?=[\p{Ll}\d])/gu,
      '$1 ',
    );
}

const GRID_BORDER = /^[ \t]*\+(?:[-=]+\+)+[ \t]*$/;

/**
 * A reStructuredText grid table ("+----+----+" borders, a cell's text wrapped over several "|"
 * lines) as one line per row: two columns read "name: value", more are kept as "a | b | c".
 */
function gridTableRows(text: string): string {
  const lines = text.split('\n');
  if (lines.filter(l => GRID_BORDER.test(l)).length < 2) return text;
  const out: string[] = [];
  let row: string[] | null = null;
  const flush = () => {
    if (row && row.some(c => c))
      out.push(row.length === 2 ? `${row[0]}: ${row[1]}` : row.join(' | '));
    row = null;
  };
  for (const line of lines) {
    if (GRID_BORDER.test(line)) {
      flush();
      continue;
    }
    const cells = /^[ \t]*\|.*\|[ \t]*$/.test(line) ? tableCells(line) : null;
    if (!cells) {
      flush();
      out.push(line);
      continue;
    }
    row = row
      ? row.map((c, i) => [c, cells[i] ?? ''].filter(Boolean).join(' '))
      : cells;
  }
  flush();
  return out.join('\n');
}

/** A heading that only names a part of a document: "### Summary", "h2. Overview", "**Context**". */
const SECTION_TITLE =
  /^[ \t]*(?:#{1,6}[ \t]*|h[1-6]\.[ \t]*)?(?:\*\*|__)?(?:summary|overview|tl;?dr|context|background|description|details)(?:\*\*|__)?[ \t]*:?[ \t]*$/gim;

/** "Actuarial pricing team — request summary:": the document's own label, not a task. */
const DOCUMENT_SUMMARY_LABEL =
  /(\S)[ \t]*[—–:-]?[ \t]*\b(?:request|ticket|project|capacity|change|executive) summary[ \t]*:?[ \t]*$/gim;

/** "Meeting notes 03/04 — Agents WG" on a message's first line: what the document is, not a task. */
const NOTES_TITLE =
  /^\s*(?:#{1,6}[ \t]*)?(?:\*\*|__)?(?:meeting notes|meeting minutes)(?=[ \t]*(?:[-—–:(]|\d|\*\*|__|\n))/i;

/**
 * A pasted document's section titles: "### Summary" names the part that follows, not a task
 * ("summarise"). Only in a message of several lines, where a title can stand on its own.
 */
function withoutSectionTitles(text: string): string {
  return text.includes('\n')
    ? text
        .replace(SECTION_TITLE, '')
        .replace(DOCUMENT_SUMMARY_LABEL, '$1')
        .replace(NOTES_TITLE, '')
    : text;
}

/**
 * A "Non-goals" / "Out of scope" section of a pasted design doc, up to the next heading: its
 * figures describe what is not being asked for.
 */
function withoutNonGoals(text: string): string {
  return (
    text
      // a bug report's "Actual: 2-3 s, ~9 tok/s" is how it is now, not the target
      .replace(
        /^[ \t]*(?:[-*][ \t]+)?(?:\*\*)?(?:actual(?: behaviou?r| result)?|current(?:ly)?|observed|today)(?:\*\*)?[ \t]*:(?:\*\*)?[^\n]*$/gim,
        '',
      )
      .replace(
        /^[ \t]*#{1,6}[ \t]*(?:non[- ]?goals?|out[- ]of[- ]scope|not in scope)\b[^\n]*(?:\n(?![ \t]*#{1,6}[ \t])[^\n]*)*/gim,
        '',
      )
      .replace(
        /^[ \t]*(?:\*\*)?(?:non[- ]?goals?|out[- ]of[- ]scope|not in scope)(?:\*\*)?[ \t]*:?(?:\*\*)?[ \t]*(?:\n[ \t]*[-*•][^\n]*)+/gim,
        '',
      )
  );
}

/**
 * "For context only: the pilot runs at 11,000 USD/month … — neither is relevant here": a
 * sentence its writer says is not about this request.
 */
function withoutContextOnly(text: string): string {
  return text.replace(
    /[^.!?\n]*\b(?:for context only|just for context|neither (?:is|are) relevant|not relevant (?:here|to this)|irrelevant (?:here|to this)|unrelated to this request)\b[^.!?\n]*[.!?]?/gi,
    '',
  );
}

/**
 * A two- or three-column table pasted from a spreadsheet under a "metric / value (/ notes)"
 * header (tab-separated or with "|"): each row read as "metric: value", its note after it.
 */
function keyValueTable(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex(l => {
    const h = pairCells(l);
    return (
      h.length >= 2 &&
      h.length <= 3 &&
      /^(metric|param|parameter|field|item|name|key|setting|property|attribute|option|what|kennzahl|kenngröße|merkmal|métrique|paramètre|métrica|parámetro|parametro|indicatore|wskaźnik|parametr|kenmerk|parametri|paraméter|parametre|параметр|параметър|παράμετρος|tham số|kigezo|parâmetro|פרמטר|پارامتر|معامل|पैरामीटर|매개변수|항목|参数|項目|パラメータ)s?$/iu.test(
        h[0],
      ) &&
      /^(value|amount|figure|number|wert|valeur|valor|valore|wartość|hodnota|waarde|værdi|verdi|värde|arvo|érték|valoare|değer|значение|значення|стойност|τιμή|nilai|giá trị|thamani|halaga|ערך|مقدار|قيمة|मान|값|值|数值|値)s?$/iu.test(
        h[1],
      )
    );
  });
  if (at < 0) return text;
  const rows: string[] = [];
  let i = at + 1;
  // the rule under a Markdown header row
  if (i < lines.length && /^[\s|:-]+$/.test(lines[i]) && lines[i].includes('-'))
    i++;
  for (; i < lines.length; i++) {
    const c = pairCells(lines[i]);
    if (c.length < 2 || !c[0] || !c[1]) break;
    const line = asLine('', keyWords(c[0]), c[1]);
    rows.push(c[2] ? `${line.replace(/\.$/, '')} (${c[2]}).` : line);
  }
  return [...lines.slice(0, at), ...rows, ...lines.slice(i)].join('\n');
}

/**
 * The cells of a table row, or of a "field,value" (or "field;value") CSV row split at its first
 * separator only (a value may hold commas: "35.000", "1,5").
 */
function pairCells(line: string): string[] {
  const cells = tableCells(line);
  if (cells.length) return cells;
  const at = [line.indexOf(';'), line.indexOf(',')]
    .filter(i => i >= 0)
    .sort((a, b) => a - b)[0];
  if (at === undefined) return cells;
  return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
}

/**
 * "skus_per_run<TAB>75000" on three or more lines in a row: name / value pairs pasted from a
 * spreadsheet without a header, as `key: value` lines.
 */
function tabbedPairs(text: string): string {
  const lines = text.split('\n');
  const pair = (l: string) => /^[^\t]+\t[^\t]+$/.test(l.trim());
  let run = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && pair(lines[i])) {
      run++;
      continue;
    }
    // "office⇥handlers" over "London⇥120" rows: a count split by group, left as a table
    // for groupCountTable to total
    if (run >= 3 && isGroupCountHeader(lines.slice(i - run, i)))
      for (let k = i - run; k < i; k++)
        lines[k] = `| ${lines[k].trim().split('\t').join(' | ')} |`;
    else if (run >= 3)
      for (let k = i - run; k < i; k++) {
        const [key, value] = lines[k].trim().split('\t');
        lines[k] = asLine('', keyWords(key.trim()), value.trim());
      }
    run = 0;
  }
  return lines.join('\n');
}

/**
 * "site,order_lines_per_run" over "Leeds,12000" rows: a count split by group, as a table for
 * groupCountTable to total.
 */
function commaPairsAsTable(text: string): string {
  const lines = text.split('\n');
  const pair = (l: string) => /^[^,\t|]+,[^,\t|]+$/.test(l.trim());
  let run = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && pair(lines[i])) {
      run++;
      continue;
    }
    const from = i - run;
    const rows = lines.slice(from, i);
    if (run >= 3 && isGroupCountHeader(rows, ','))
      for (let k = 0; k < rows.length; k++) {
        const [a, b] = rows[k].trim().split(',');
        lines[from + k] = k
          ? `| ${a} | ${b} |`
          : `| ${keyWords(a)} | ${keyWords(b)} |`;
      }
    run = 0;
  }
  return lines.join('\n');
}

/** A header of two words over rows whose second cell is a count. */
function isGroupCountHeader(rows: string[], separator = '\t'): boolean {
  const [head, ...body] = rows.map(r => r.trim().split(separator));
  return (
    /^\p{L}[\p{L}_ ]*$/u.test(head[0]) &&
    /^\p{L}[\p{L}_ ]*$/u.test(head[1]) &&
    body.every(r => /^~?\d[\d.,' ]*$/.test(r[1].trim()))
  );
}

/** The cells of a tab-separated line, or of one with at least `minPipes` "|" (not a rule row). */
function tableCells(line: string, minPipes = 1): string[] {
  if (line.includes('\t')) return line.split('\t').map(x => x.trim());
  if ((line.match(/\|/g) ?? []).length >= minPipes && !/^[\s|:-]+$/.test(line))
    return line
      .replace(/^\s*\||\|\s*$/g, '')
      .split('|')
      .map(x => x.trim());
  return [];
}

const CLOCK_CELL = /^\d{1,2}[:.h]\d{2}$/;

/**
 * "shift,start,end" over "morning,05:00,13:00" and "afternoon,13:00,21:00": rows that are each a
 * span of the day, said as the spans they are ("shift: morning 05:00-13:00, afternoon …"), so
 * the hours read every row and not only the first.
 */
function clockSpanRows(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i + 2 < lines.length; i++) {
    const head = csvFields(lines[i]);
    if (head.length < 3 || head.some(h => CLOCK_CELL.test(h))) continue;
    const spans: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = csvFields(lines[j]);
      const clocks = row.filter(c => CLOCK_CELL.test(c));
      // a row of counts as well ("early, 06:00, 24000, 08:00") is a batch run's line, not a span
      if (
        row.length !== head.length ||
        clocks.length !== 2 ||
        row.some(c => /\d/.test(c) && !CLOCK_CELL.test(c))
      )
        break;
      const name = row.filter(c => c && !CLOCK_CELL.test(c)).join(' ');
      spans.push(`${name} ${clocks[0]}-${clocks[1]}`.trim());
    }
    if (spans.length < 2) continue;
    return [
      ...lines.slice(0, i),
      `${head[0]}: ${spans.join(', ')}.`,
      ...lines.slice(j),
    ].join('\n');
  }
  return text;
}

const unbalancedBrackets = (cell: string): boolean =>
  (cell.match(/\(/g) ?? []).length !== (cell.match(/\)/g) ?? []).length;

/** "a,b,c" / "1,2,3": a header line and one row under it, with at least three fields. */
function csvAsLines(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = csvFields(lines[i]);
    const row = csvFields(lines[i + 1]);
    if (
      head.length < 3 ||
      head.length !== row.length ||
      !head.every(h => /^[\p{L}$][\p{L}\p{N}_ .()/$-]*$/u.test(h)) ||
      row.every(c => /^:?-+:?$/.test(c)) ||
      // "(typically 40,000–60,000 tokens each)": commas inside a bracket split no fields
      [...head, ...row].some(unbalancedBrackets)
    )
      continue;
    // a row pasted from a spreadsheet leaves its empty cells out
    const pairs = head.map((h, k) => (row[k] ? keyValueOf(h, row[k]) : ''));
    return [...lines.slice(0, i), ...pairs, ...lines.slice(i + 2)].join('\n');
  }
  return text;
}

/** The fields of one CSV line (tab-separated when pasted from a spreadsheet); a quoted field may hold commas. */
function csvFields(line: string): string[] {
  // "team | job | items/run" over "Fraud-ML | scoring | 6,000": a table pasted without its rule
  const cells = tableCells(line, 2);
  if (cells.length) return cells;
  // "jobb;elementer_per_kjøring;kjøring" (a semicolon-separated export, as Excel writes it
  // where the comma is the decimal mark)
  if (!line.includes(',') && (line.match(/;/g) ?? []).length >= 2)
    return line.split(';').map(x => x.trim());
  if (!line.includes(',')) return [];
  return [...line.matchAll(/(?:^|,)\s*("(?:[^"]|"")*"|[^,]*)/g)].map(m =>
    m[1].replace(/^"|"$/g, '').replace(/""/g, '"').trim(),
  );
}

/** A unit at the end of a key ("p95_total_latency_s", "expected_qps", "e2e_seconds"). */
const KEY_UNIT =
  /(?:^|[_ ])((?:req|reqs|requests|calls|queries|messages)[_ ]per[_ ](?:sec|second|s|min|minute|hour|hr|h|day))$|[_ ](ms|s|sec|seconds|min|mins|minutes|h|hours|usd|qps|rps|rpm|qpm)$/i;

/** A key that ends where its value goes ("must finish within", "request_every"). */
const ENDS_IN_PREPOSITION =
  /(?:\b|_)(within|by|in|under|below|every|per|before|after|until)$/i;

/** A value that is a bare quantity ("6500", "5%", "~3k", "$45k", "40–60k"), with nothing after it. */
const BARE_QUANTITY =
  /^[~≈$€£]?(?:\d[\d.,]*\s*[kKmM]?\s*[–-]\s*)?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d[\d.,]*)(?:[eE][+-]?\d+)?\s*(?:%|k|m|[kKmM]\b)?$/;

/** "8.00–17.00", "07:30-16:00": hours of the day, from one to another. */
const CLOCK_SPAN = /^\d{1,2}[.:][0-5]\d\s*[–-]\s*\d{1,2}[.:][0-5]\d\.?$/;

/** "usd" anywhere in a key ("max_usd_per_run"): the amount's currency. */
const KEY_CURRENCY = /(?:^|[_ ])usd(?=[_ ]|$)/i;

/** A key that is a person's rate ("msgs per active user per min"). */
/** Whom a key's rate is per ("per_active_user", "requests per active dev"). */
const RATE_PERSON =
  'user|person|agent|developer|dev|seat|employee|student|fan|customer|member|player|viewer|reader|visitor|patron|guest|analyst|clinician|nurse|technician|operator|rep|caller|passenger|driver|officer';

const PER_PERSON_RATE = new RegExp(
  `(?:^|[_ ])per[_ ](?:active[_ ])?(?:${RATE_PERSON}|session)[_ ]per[_ ](?:sec|second|min|minute|hour|hr|day)$`,
  'i',
);

/** "review_id", "ticket id", "ref": a column naming each record. */
const IDENTIFIER_KEY = /^(?:[\w ]*[_ ])?(?:id|uuid|guid|ref)$/i;

/** "p95_total_latency_s", "2.5" → "p95 total latency: 2.5 s": a unit in the key moves to the value. */
function keyValueOf(key: string, raw: string): string {
  const value = raw.replace(DIGIT_SEPARATOR, '$1');
  // "review_id,88121" in a sample row: a record's name, no quantity
  if (IDENTIFIER_KEY.test(key.trim()) && /^#?\d+$/.test(value)) return '';
  // "msgs_per_active_user_per_min: 1.5" reads "1.5 msgs per active user per min"
  if (PER_PERSON_RATE.test(key) && BARE_QUANTITY.test(value))
    return `${value} ${key.replace(/_/g, ' ').toLowerCase()}`;
  // "tok_in,200": the prompt's length, not a preposition's object
  const direction = /^(?:toks?|tokens?)[_ -](in|out)(?:put)?$/i.exec(
    key.trim(),
  );
  if (direction && BARE_QUANTITY.test(value))
    return `${value} ${/^in/i.test(direction[1]) ? 'input' : 'output'} tokens.`;
  // "must finish within: 20 min" reads "must finish within 20 min"
  if (ENDS_IN_PREPOSITION.test(key))
    return `${key.replace(/_/g, ' ')} ${value}`;
  // "$ cap/month: 2,200" reads "cap/month: $2,200"
  if (/^\$\s*/.test(key) && /^\d/.test(value))
    return `${key.replace(/^\$\s*/, '')}: $${value}`;
  // "max_usd_per_run: 120", "max_cost_per_run_usd: 120": the currency goes with the amount
  if (KEY_CURRENCY.test(key) && /^\d/.test(value)) {
    const rest = key.replace(KEY_CURRENCY, '');
    // "usd_per_month = 2500" (under [budget]): the amount a month is the budget
    return /^[_ ]?per[_ ]|^$/i.test(rest)
      ? `budget ${rest.replace(/_/g, ' ').trim()}: $${value}`
      : `${rest}: $${value}`;
  }
  const unit = KEY_UNIT.exec(key);
  if (!unit) return `${key}: ${value}`;
  const name = key.slice(0, unit.index);
  const said = `${value} ${(unit[1] ?? unit[2]).replace(/_/g, ' ')}`;
  // "requests_per_min,2520": the key is only the unit
  if (!name) return said;
  // "mustFinishWithinHours: 5" reads "must finish within 5 hours"
  // "request_every_min = 2": each person's cadence
  if (
    /^(?:requests?|quer(?:y|ies)|questions?|messages?|prompts?)[_ ]every$/i.test(
      name,
    )
  )
    return `each one sends a request every ${said}`;
  return ENDS_IN_PREPOSITION.test(name)
    ? `${name.replace(/_/g, ' ')} ${said}`
    : `${name}: ${said}`;
}

/** "2024-05-13T10:00:00Z INFO gw.summary ": a log line's timestamp, level and logger name. */
const LOG_LINE_HEAD =
  /^\s*\[?\d{4}-\d{2}-\d{2}[T ][\d:.,]+(?:Z|[+-]\d{2}:?\d{2})?\]?\s+(?:\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR)\]?\s+)?(?:[\w.:-]+\s+)?(?=[a-z][a-z0-9_-]*=)/i;

/**
 * "req_total=3.6e5 window=1h": a request count over a window, as the rate it is. Neither field
 * means anything alone (a window is no batch window, a total no head count).
 */
function windowedCount(
  pairs: { key: string; value: string }[],
): { line: string; keys: string[] } | undefined {
  const total = pairs.find(p =>
    /^(?:(?:req|reqs|requests?|calls|queries)[_-]?(?:total|count|n)|(?:total|count)[_-]?(?:req|reqs|requests?))$/i.test(
      p.key,
    ),
  );
  const span = pairs.find(p =>
    /^(?:window|interval|period|span)$/i.test(p.key),
  );
  const w = span && /^(\d+(?:\.\d+)?)(s|sec|m|min|h|d)$/i.exec(span.value);
  const count = total && digitsValue(total.value);
  if (!w || !count || !(count > 0)) return undefined;
  // a log's "5m" is minutes (secondsIn leaves a bare "m" to the day)
  const unit = w[2].toLowerCase() === 'm' ? 'min' : w[2];
  const perSecond = count / (Number(w[1]) * secondsIn(unit));
  return {
    line: `${r4(perSecond)} requests per second.`,
    keys: [total.key, span.key],
  };
}

/**
 * "/capacity plan service=triage concurrent_agents=35 ttft=2s": three or more `key=value` words
 * on one line (a ChatOps command, CLI flags) as `key: value` lines. A key in the planner's own
 * camelCase or dotted names stays as written, for the injection filter.
 */
function inlineAssignments(text: string): string {
  return text.replace(/^[^\n]*$/gm, line => {
    const log = LOG_LINE_HEAD.exec(line);
    // only a command: a ChatOps "/capacity …" or a CLI with flags, or a log line; pairs in
    // prose are how settings are smuggled in
    if (
      !log &&
      !/^\s*(?:\/[a-z][\w-]*|[a-z][\w.-]*(?:\s+[a-z][\w-]*)?\s+--[a-z])/.test(
        line,
      )
    )
      return line;
    const pairs = [
      ...line.matchAll(
        /(?:^|\s)(?:--([a-z][a-z0-9_-]*)(?:[ =](?!-)(\S+))?|([a-z][a-z0-9_-]*)=([^\s=]+))/g,
      ),
    ].map(m => ({
      at: m.index!,
      key: m[1] ?? m[3],
      value: m[2] ?? m[4] ?? '',
    }));
    if (pairs.length < 3 || pairs.some(p => /[A-Z.]/.test(p.key))) return line;
    const windowed = windowedCount(pairs);
    return [
      // a log line's timestamp, level and logger name are not the request
      log ? '' : line.slice(0, pairs[0].at).trim(),
      windowed?.line ?? '',
      ...pairs.map(({ key, value }) => {
        if (windowed?.keys.includes(key)) return '';
        const words = keyWords(key);
        // "--max-cost-per-run 400": an amount the key says is money
        if (
          /\b(cost|spend|budget)\b/.test(words) &&
          /^\d[\d.,]*k?$/i.test(value)
        )
          return `${words}: $${value}`;
        return value ? asLine('', words, value) : words;
      }),
    ]
      .filter(Boolean)
      .join('\n');
  });
}

/**
 * A block of three or more `name = value` lines (Terraform, HCL, an .ini or .env file) as
 * `name: value` lines; the `module "x" {` and `}` around them go, or the braces would read as an
 * object literal smuggled into prose.
 */
function assignmentLines(text: string): string {
  // a Java .properties file's keys are dotted ("job.items.per.run=450000")
  const ASSIGN =
    /^([ \t]*)([\p{L}_][\p{L}\p{M}\d_]*(?:\.[\p{L}_][\p{L}\p{M}\d_]*)*)[ \t]*=[ \t]*"?([^"\n]*?)"?[ \t]*$/gimu;
  if ((text.match(ASSIGN) ?? []).length < 3) return text;
  return withTokenSectionKeys(text)
    .replace(
      /^[ \t]*[a-z_]+(?:[ \t]+"[^"\n]*")*[ \t]*\{[ \t]*$|^[ \t]*\}[ \t]*$|^[ \t]*\[[\p{L}\p{M}\d_.-]+\][ \t]*$/gmu,
      '',
    )
    .replace(ASSIGN, (_, indent: string, key: string, said: string) => {
      // "target_qps = 30   # steady state": the figure, then its comment as a remark
      const [, value, comment] = /^(.*?)(?:[ \t]+(?:#|\/\/)[ \t]*(.*))?$/.exec(
        said,
      )!;
      const line = keyValueOf(key.replace(/\./g, '_'), value);
      if (!comment) return `${indent}${line}`;
      return `${indent}${line.replace(/\.$/, '')} (${comment})`;
    });
}

/**
 * "[tokens]\ninput_per_item = 2000": a key under an INI section that names the unit says it
 * ("tokens_input_per_item"), so its figure is not read as a count of items.
 */
function withTokenSectionKeys(text: string): string {
  let tokens = false;
  return text
    .split('\n')
    .map(line => {
      const section = /^[ \t]*\[([\w.-]+)\][ \t]*$/.exec(line);
      if (section) {
        tokens = /^(?:llm[_.-]?)?tokens?$/i.test(section[1]);
        return line;
      }
      if (!tokens || /tok/i.test(line.split('=')[0])) return line;
      return line.replace(/^([ \t]*)(?=[a-z_]+[ \t]*=)/i, '$1tokens_');
    })
    .join('\n');
}

/**
 * A plain-text table of two columns ("Documents / night   850k", under a rule of dashes) and
 * dotted leaders ("articles per night ..... 500k") as `name: value` lines.
 */
function alignedRows(text: string): string {
  const out = text.replace(
    /^([ \t]*)(\S[^\n]*?)[ \t]*\.{4,}[ \t]*(\S[^\n]*)$/gm,
    (_, indent: string, key: string, value: string) =>
      asLine(indent, key, value),
  );
  const rule = /^[ \t]*-{3,}(?:[ \t]+-{3,})+[ \t]*$/m.exec(out);
  if (!rule) return out;
  const head = out.slice(0, rule.index).replace(/\n?[^\n]*\n?$/, '\n');
  const rows = out.slice(rule.index + rule[0].length).split('\n');
  let i = 0;
  while (i < rows.length && !rows[i].trim()) i++;
  const table: string[] = [];
  for (; i < rows.length && /\S[ \t]{2,}\S/.test(rows[i]); i++) {
    const [key, ...rest] = rows[i].trim().split(/[ \t]{2,}/);
    table.push(asLine('', key, rest.join(' ')));
  }
  return [head.trimEnd(), ...table, ...rows.slice(i)].join('\n');
}

/**
 * A message that is one JSON object, keys flattened ("tokens in: 400"). Only the whole message:
 * an object inside prose is how settings are smuggled in, and the injection filter takes it out.
 */
function jsonAsLines(text: string): string {
  // a fenced JSON object inside prose ("payload from our intake form: ```json {…} ```")
  const fenced = text.replace(
    /^[ \t]*```json[ \t]*\n([\s\S]*?)\n[ \t]*```[ \t]*$/gim,
    (block, inner: string) => {
      const lines = jsonAsLines(inner);
      return lines === inner ? block : lines;
    },
  );
  if (fenced !== text) return fenced;
  // "Here's the request payload from our planning form:" (or "spec for the writer 👇", a blank
  // line under it) over the object, a sign-off or a remark under it ("Results feed the month-end close, so …")
  const intro =
    /^((?:[^{}\n]{0,300}\n){0,5})(\{[\s\S]*\})((?:[ \t]*\n[^{}\n]{0,300}){0,3})\s*$/.exec(
      text.trim(),
    );
  // "Sample of what we send:" over it: a payload the service will read, not the spec
  if (intro && /\b(?:sample|example)s?\b[^\n]*:?\s*$/i.test(intro[1].trim()))
    return text;
  if (intro && (intro[1] || intro[3])) {
    const lines = jsonAsLines(intro[2]);
    if (lines !== intro[2]) return `${intro[1]}${lines}${intro[3] ?? ''}`;
  }
  const t = text.trim();
  if (!t.startsWith('{') || !t.endsWith('}')) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(t);
  } catch {
    return text;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return text;
  // the planner's own field names ("usersMean", "budget.usdPerMonth", "intent") are settings
  // written as code, which the injection filter leaves out; a person's spec names things, and
  // `"useCase": "customer service voice bot"` is the task in a person's words
  const plannerKeys = keysOf(parsed).filter(isPlannerFieldName);
  const taskInWords =
    plannerKeys.length === 1 &&
    plannerKeys[0] === 'useCase' &&
    describesTask(parsed);
  if (plannerKeys.length && !taskInWords) return text;
  // `{"role": "system", "content": …}`: a chat message speaking as someone else, not a spec
  if (
    /^(?:system|assistant|developer|tool)$/i.test(
      String((parsed as Record<string, unknown>).role ?? ''),
    )
  )
    return text;
  return flatten(parsed as Record<string, unknown>, '').join('\n');
}

/** A top-level `useCase` in words ("customer support assistant for our portal"), not an id. */
function describesTask(parsed: object): boolean {
  const useCase = (parsed as Record<string, unknown>).useCase;
  return typeof useCase === 'string' && /\S\s+\S/.test(useCase);
}

function keysOf(v: unknown): string[] {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return [];
  return Object.entries(v).flatMap(([k, x]) => [k, ...keysOf(x)]);
}

function flatten(obj: Record<string, unknown>, prefix: string): string[] {
  return Object.entries(obj).flatMap(([k, v]) => {
    const key = `${prefix}${prefix ? ' ' : ''}${keyWords(k)}`;
    if (v && typeof v === 'object' && !Array.isArray(v))
      return flatten(v as Record<string, unknown>, key);
    // a list of records ("owners": [{…}]) says who, not what to plan
    if (Array.isArray(v) && v.some(x => x && typeof x === 'object')) return [];
    return [asLine('', key, Array.isArray(v) ? v.join(', ') : String(v))];
  });
}

/** "online_at_once" → "online at once"; an OpenAPI extension "x-expected-load" → "expected load". */
function keyWords(key: string): string {
  return (
    camelWords(key)
      .replace(/^x-/, '')
      // a ServiceNow custom field ("u_items_per_run")
      .replace(/^u_(?=[a-z])/i, '')
      .replace(/[_-]/g, ' ')
      // "avg_words_per_item": the length of each item, however it is averaged
      .replace(/^(?:avg|average|mean|typical) (?=(?:tokens?|words?)\b)/i, '')
      // "in_tok", "out_toks": spreadsheet shorthand for the input and output lengths
      .replace(/^(in|out)(?:put)? toks?$/i, (_, d: string) =>
        /^in/i.test(d) ? 'input tokens' : 'output tokens',
      )
      .replace(/\btoks?\b/gi, 'tokens')
      // "output_length_words": the length of the answer, in words
      .replace(
        /^(input|output|prompt|answer|reply|response) length (words|tokens)$/i,
        '$1 $2',
      )
      // "label_tokens", "answer_tokens": the length of what the model gives back
      .replace(
        /^(?:labels?|answers?|repl(?:y|ies)|responses?|completions?|generated) tokens$/i,
        'output tokens',
      )
      .trim()
  );
}

function withoutFences(text: string): string {
  return text.replace(/^[ \t]*```[\w-]*[ \t]*$/gm, '');
}

/** Column names of a metric / value table or a measure, not the people or things a count column counts. */
const NOT_COUNTED =
  /^(?:values?|wert|werte|valor|valores|valeur|valore|waarde|count|number|amount|figure|qty|quantity|tokens?|ms|latency|rps|qps|rpm|cost|costs|price|prices|share|percent|budget|hours?|usd|eur)$/i;

/** The first column of a metric / value table ("Metric", "Kennzahl", "Parameter"). */
const METRIC_COLUMN =
  /^(?:metrics?|kennzahl|field|fields|parameters?|params?|keys?|items?|names?|settings?|property|properties|attributes?|campo|champ|veld|dimension)$/i;

/** A table's total row ("Total", "Sum", "Gesamt", "Celkem", "Ukupno", "Totaal"). */
const TOTAL_ROW =
  /^(?:total|totals|sum|gesamt|insgesamt|celkem|ukupno|totaal|totale|suma|razem|összesen|yhteensä)$/i;

/**
 * "| Department | Clinicians |" over "| ICU | 95 |" rows: a head count split by group, as its
 * total ("1300 Clinicians in total."), the total row's when the table has one.
 */
function groupCountTable(text: string): string {
  return text.replace(
    /^[ \t]*\|?[ \t]*([\p{L}][\p{L} .'-]*?)[ \t]*\|[ \t]*(\p{L}+(?:[ \t]+\p{L}+){0,3})[ \t]*\|?[ \t]*\n(?:[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?){2}[ \t]*\n)?((?:[ \t]*\|?[ \t]*[^|\n]+\|[ \t]*~?\d[\d.,' ]*[ \t]*\|?[ \t]*(?:\n|$)){2,})/gmu,
    (table, group: string, noun: string, body: string) => {
      if (NOT_COUNTED.test(noun.split(/\s/)[0]) || METRIC_COLUMN.test(group))
        return table;
      const rows = body
        .trim()
        .split('\n')
        .map(r =>
          r
            .split('|')
            .map(c => c.trim())
            .filter(Boolean),
        );
      if (rows.some(r => r.length !== 2)) return table;
      const counts = rows.map(([label, n]) => ({
        label,
        n: digitsValue(n.replace(/^~/, '')),
      }));
      const total = counts.find(c => TOTAL_ROW.test(c.label));
      const sum = total ? total.n : counts.reduce((acc, c) => acc + c.n, 0);
      if (!(sum > 0)) return table;
      return `${sum} ${noun} in total.\n`;
    },
  );
}

/** "| Budget | $45k per quarter |" → "Budget | $45k per quarter"; the rule row under the header goes. */
function markdownRows(text: string): string {
  return text
    .replace(/^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*$/gm, '')
    .replace(/^[ \t]*\|(.*\|.*?)\|?[ \t]*$/gm, '$1');
}

/**
 * "window start: 00:00" over "window end: 03:00" (a config's two keys) as the span "window: 00:00
 * to 03:00", the way it is said in prose.
 */
function startAndEndLines(text: string): string {
  return text.replace(
    /^([ \t]*)((?:[\p{L}]+ )*?)start(?: time)?:[ \t]*(\d{1,2}(?::\d{2})?(?:[ \t]*[ap]m)?)[ \t]*\n[ \t]*\2end(?: time)?:[ \t]*(\d{1,2}(?::\d{2})?(?:[ \t]*[ap]m)?)[ \t]*$/gimu,
    (_, indent: string, what: string, start: string, end: string) =>
      `${indent}${what ? `${what.trim()}: ` : 'from '}${start} to ${end}`,
  );
}

/** A `key: value` line (a list bullet or a checklist box before it is allowed). */
const KEY_VALUE =
  /^([ \t]*)(?:[-*•][ \t]+(?:\[[ xX]\][ \t]+)?)?(\p{L}[\p{L}\p{M}\d_ .'/-]{0,40}?(?:[ \t]*\([\p{L}\p{M}\d_ .'/%-]{1,30}\))?)[ \t]*:[ \t]+([^\n]+?)[ \t]*$/gmu;

/** A key that is the peak over the average ("peak_factor", "burst multiplier"). */
const PEAK_FACTOR_KEY =
  /\b(peak|burst)[ _-]?(factor|multiplier|to[ _]avg|over[ _]avg)$/i;

/** A key that says what it counts ("rps_peak", "avg_input_tokens"), whatever its parent. */
const OWN_UNIT_KEY =
  /(?:^|[_\s-])(?:rps|qps|rpm|qpm|tokens?|users?|requests?|reqs?|calls|queries|messages|concurrent|sessions?|runs|agents?|streams?|conversations?|chats?)(?:$|[_\s-])/i;

/**
 * What a batch processes, named in a key of each one's size ("item_avg_tokens"); not what it
 * writes ("summary_tokens" is the answer's length).
 */
const ITEM_KEY_NOUN = new RegExp(
  `^(?!summar|captions?$)(?:${ITEM_NOUN_WORDS})$`,
  'i',
);

/** Parent keys whose children count in their unit ("tokens: input: 2500"). */
const UNIT_PARENT = /^(tokens?|traffic|load|requests)$/i;

/**
 * A `key: bare quantity` line of data says its noun after the number in prose ("6500
 * employees"); snake_case keys become words. A YAML comment after the value is dropped.
 */
function keyValueLines(text: string): string {
  // a YAML parent key, or a form of three or more "Field: value" lines (a ticket template)
  const dataBlock =
    /^[ \t]*[A-Za-z_][\w]*:[ \t]*$/m.test(text) ||
    (text.match(KEY_VALUE) ?? []).length >= 3;
  // "tokens:" over "input_avg: 2500": a parent that names the unit its children count in
  const parents: { indent: number; key: string }[] = [];
  return text.replace(
    /^([ \t]*)([A-Za-z_][\w-]*):[ \t]*$|^[^\n]*$/gm,
    (line, parentIndent?: string, parentKey?: string) => {
      const indent = /^[ \t]*/.exec(line)![0].length;
      while (parents.length && parents[parents.length - 1].indent >= indent)
        parents.pop();
      if (parentKey !== undefined) {
        parents.push({ indent: parentIndent!.length, key: parentKey });
        return line;
      }
      return line.replace(KEY_VALUE, (kv, ind: string, key: string, raw) => {
        if (!dataBlock && !key.includes('_')) return kv;
        // a quoted YAML value is the value, not a passage to process
        const value = String(raw)
          .replace(/[ \t]+#[ \t].*$/, '')
          .replace(/^(["'])(.*)\1$/, '$2');
        const parent = parents[parents.length - 1]?.key;
        // "traffic: rps_peak: 45": a key that names its own unit keeps it alone
        const words =
          parent && UNIT_PARENT.test(parent) && !OWN_UNIT_KEY.test(key)
            ? `${parent} ${keyWords(key)}`
            : keyWords(key);
        return asLine(ind, words, value);
      });
    },
  );
}

/** What a person sends and whom it is per ("requests per active user"). */
const PER_PERSON = `(?:req(?:uest)?s?|messages?|msgs?|queries|questions?|prompts?|calls?|asks)\\s+(?:per|\\/)\\s+(?:active\\s+|online\\s+)?(?:${RATE_PERSON})`;
/** A key naming a person's rate without its unit. */
const PER_PERSON_KEY = new RegExp(`^${PER_PERSON}$`, 'i');
/** The same key with its period after it ("req per active user / min"). */
const PER_PERSON_PERIOD_KEY = new RegExp(
  `^${PER_PERSON}\\s*(?:\\/|per)\\s*(min(?:ute)?|h(?:ou)?r|hour|sec(?:ond)?)$`,
  'i',
);

/** A key naming a group whose size the value is ("headcount", "user base"). */
const GROUP_SIZE_KEY =
  /^(?:total\s+)?(?:head\s?count|user\s?base|audience|population|workforce)$/i;

/** A key naming what is sent, one of which a cadence counts ("clicks", "llm calls"). */
const REQUEST_KEY =
  /^(?:(?:llm|model|api)\s+)?(?:clicks?|requests?|reqs?|quer(?:y|ies)|messages?|questions?|prompts?|calls?|completions?)(?:\s+rate)?$/i;

/** "each active user sends 2 requests per min.": a person's rate as the prose reader reads it. */
function personRateLine(indent: string, count: string, per: string): string {
  return `${indent}each active user sends ${count} requests per ${per}.`;
}

function asLine(indent: string, key: string, value: string): string {
  // "ttft_ms_p50": the percentile after the unit, read as "ttft p50" in ms
  const words = key.replace(
    /([_ ])(ms|s|sec|seconds)[_ ](p\d{2}(?:\.\d+)?)$/i,
    '$1$3$1$2',
  );
  const v = value.trim().replace(DIGIT_SEPARATOR, '$1');
  // "requests per active user,1 every 2 min": the person goes after the cadence
  // "Requests / active user | ~1 per 2 min" reads "~1 every 2 min per active user"
  if (
    PER_PERSON_KEY.test(words) &&
    /^~?\s?\d+(?:\.\d+)?\s+(?:every|per)\s+\d/i.test(v)
  )
    return `${indent}${v.replace(/\bper\b/i, 'every')} per active user`;
  // "Question every | 3 min per active user": the key ends in the cadence's own word
  if (/\bevery$/i.test(words) && /^~?\s?\d/.test(v))
    return `${indent}${words} ${v}`;
  // "prompt: 4k-6k (retrieved chunks)": the quantity, with its remark after it
  const remark = /^(.*?\S)\s*(\([^()]*\))$/.exec(v);
  if (remark && BARE_QUANTITY.test(remark[1]))
    return `${asLine(indent, words, remark[1]).replace(/\.?$/, '')} ${
      remark[2]
    }.`;
  // "req per active user / min | 2": a person's rate with its period in the key
  const perPersonPeriod = PER_PERSON_PERIOD_KEY.exec(words);
  if (perPersonPeriod && /^~?\s?\d+(?:\.\d+)?$/.test(v))
    return personRateLine(indent, v.replace(/^~\s?/, ''), perPersonPeriod[1]);
  // "Peak concurrency (% of user base): 2", "Target TTFT p95 (ms): 800": the unit the key
  // names in brackets goes after the figure
  const unitKey =
    /^(.*?)\s*\(\s*(%|ms|s|seconds|tokens|hours|h)(?:\s+of\s+[^)]*)?\s*\)$/i.exec(
      words,
    );
  if (unitKey && /^~?\s?\d[\d.,]*$/.test(v))
    return `${indent}${unitKey[1]}: ${v}${
      unitKey[2] === '%' ? '%' : ` ${unitKey[2]}`
    }`;
  // "qps: 40 avg, peak 120" reads "40 qps avg, peak 120": the rate's unit after its figure
  const rate = /^(?:rps|qps|rpm|qpm)$/i.test(words)
    ? /^(~?\s?\d[\d.,]*\s*k?)\s+([a-z].*)$/i.exec(v)
    : null;
  if (rate) return `${indent}${rate[1]} ${words} ${rate[2]}`;
  // "invoices per run: about 7.500": a hedged figure reads as the figure
  const hedged = new RegExp(`^(?:${HEDGE_WORDS})\\s+(.+)$`, 'i').exec(v);
  if (hedged && BARE_QUANTITY.test(hedged[1]))
    return asLine(indent, key, hedged[1]);
  // "clicks: one every 3 minutes per agent" reads "one click every 3 minutes per agent"
  const cadence =
    /^(~?\s?(?:one|a|an|\d+(?:\.\d+)?))\s+((?:every|per|a|an)\s+\S.*)$/i.exec(
      v,
    );
  if (cadence && REQUEST_KEY.test(words))
    return `${indent}${cadence[1]} ${words
      .replace(/\s+rate$/i, '')
      .replace(/ies$/i, 'y')
      .replace(/s$/i, '')} ${cadence[2]}`;
  // "msgs per active fan: 2 / min" reads "each active user sends 2 requests per min."
  const perUnit =
    /^~?\s?(\d+(?:\.\d+)?)\s*\/\s*(min(?:ute)?|h(?:ou)?r|hour|sec(?:ond)?)$/i.exec(
      v,
    );
  if (perUnit && PER_PERSON_KEY.test(words))
    return personRateLine(indent, perUnit[1], perUnit[2]);
  // "questions per person: about one per minute"
  const onePer =
    /^(?:(?:about|around|roughly|approx\.?|~)\s*)?(?:one|a|an)\s+(?:per|a|an|every)\s+(min(?:ute)?|h(?:ou)?r|hour|sec(?:ond)?)$/i.exec(
      v,
    );
  if (onePer && PER_PERSON_KEY.test(words))
    return personRateLine(indent, '1', onePer[1]);
  // "working hours: 8.00–17.00" is a clock span, not a quantity of the key's things
  if (!BARE_QUANTITY.test(v) || CLOCK_SPAN.test(v))
    return `${indent}${words}: ${v}`;
  // "users: {concurrentPct: 5}" reads "users concurrent: 5%": the key names the value's unit
  const percentKey = /^(.+?)[ ]?(?:pct|percent|percentage)$/i.exec(words);
  if (percentKey && /^\d+(?:[.,]\d+)?$/.test(v))
    return `${indent}${percentKey[1]}: ${v}%`;
  // "headcount: 45000" stays as it is: the group's size, which "45000 headcount" would not say
  if (GROUP_SIZE_KEY.test(words)) return `${indent}${words}: ${v}.`;
  // "load: peak_factor: 2.5" reads "peak factor: 2.5x", whatever its parent
  if (PEAK_FACTOR_KEY.test(words)) return `${indent}peak factor: ${v}x`;
  // "e2e_seconds: 6" reads "e2e: 6 seconds", "staff: 800" reads "800 staff."
  // "max_cost_usd_per_run: 150" reads "max cost per run: $150"
  if (
    KEY_UNIT.test(words) ||
    PER_PERSON_RATE.test(words) ||
    KEY_CURRENCY.test(words)
  )
    return `${indent}${keyValueOf(words, v)}`;
  // "item.avg.tokens=600" reads "each item about 600 tokens."
  // "avg_email_words: 220" reads "each email about 220 words.", "report_length_tokens: ~1500"
  // "each report about ~1500 tokens."
  const itemTokens =
    /^(?:(?:avg|average|mean|typical) )?([a-z]+?)s? (?:(?:avg|average|mean|typical|length|size) )?(tokens?|words?)$/i.exec(
      words,
    );
  if (itemTokens && ITEM_KEY_NOUN.test(itemTokens[1]))
    return `${indent}each ${itemTokens[1]} about ${v} ${itemTokens[2]
      .toLowerCase()
      .replace(/s?$/, 's')}.`;
  // "input_tokens_per_item: 350" reads "350 input tokens per item.", "avg_in_tokens: 450" reads
  // "450 input tokens."
  const directed =
    /^(?:(?:avg|average|mean|typical)\s+)?(input|output|prompt|completion|in|out)\s+((?:tokens?|words)\b.*)$/i.exec(
      words,
    );
  if (directed)
    return `${indent}${v} ${directed[1].replace(/^(in|out)$/i, '$1put')} ${
      directed[2]
    }.`;
  // "volume avg_tokens_each: 350" reads "350 tokens each (volume)."
  const tokens = /^(.+?)\s+(tokens?\s+\w.*)$/i.exec(words);
  return tokens
    ? `${indent}${v} ${tokens[2]} (${tokens[1]}).`
    : `${indent}${v} ${words}.`;
}
