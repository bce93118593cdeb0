/**
 * `vllm bench serve` / `benchmark_serving.py --save-result` result JSON to records of the shared
 * benchmark CSV layout. Accepts one result object, a JSON array of results (the `bench sweep`
 * summary.json) or JSON Lines (`--append-result`). See benchmarks/formats/SCHEMAS.md.
 * Pure and isomorphic.
 */
import type { RowError } from '../engine/schemas';
import type { ImportContext, ImportRecords } from './types';
import {
  baseName,
  CellWriter,
  Hardware,
  hardwareErrors,
  isObj,
  Json,
  numOf,
  parseGpuSpelling,
  pickNum,
  pickStr,
  strOf,
  writeHardware,
} from './util';

/** Keys a result writes itself; every other top-level key came from `--metadata` or a sweep. */
const RESULT_KEYS = new Set([
  'date',
  'endpoint_type',
  'backend',
  'label',
  'model_id',
  'tokenizer_id',
  'num_prompts',
  'timestamp',
  'request_rate',
  'burstiness',
  'max_concurrency',
  'duration',
  'completed',
  'failed',
  'total_input_tokens',
  'total_output_tokens',
  'request_throughput',
  'request_goodput',
  'request_goodput:',
  'output_throughput',
  'total_token_throughput',
  'max_output_tokens_per_s',
  'max_concurrent_requests',
  'rtfx',
  'input_lens',
  'output_lens',
  'ttfts',
  'itls',
  'generated_texts',
  'errors',
  'start_times',
  'llm_planner',
]);
const LATENCY_KEY = /^(mean|median|std|p\d+(\.\d+)?)_(ttft|tpot|itl|e2el)_ms$/;

/** Burstiness (gamma shape) from which arrivals are regular enough to call the rate constant. */
const NEAR_CONSTANT_BURSTINESS = 10;

/** One result of the file: its value, or why it could not be read; `line` for JSON Lines. */
type Item = { value?: unknown; line?: number; error?: string };
type Parsed = { items: Item[]; error?: string };

/** Python's json.dumps writes bare Infinity / NaN; JSON.parse does not read them. */
function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const fixed = text.replace(
      /("(?:[^"\\]|\\.)*")|(-?Infinity|NaN)\b/g,
      (_m, str: string | undefined, bare: string | undefined) =>
        str ?? (bare === 'Infinity' ? '"inf"' : 'null'),
    );
    if (fixed === text) throw e;
    return JSON.parse(fixed);
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Splits the text into result values: one JSON value (object or array), else JSON Lines. */
export function parseResultText(text: string): Parsed {
  const t = text.replace(/^\uFEFF/, '').trim();
  if (t === '') return { items: [], error: 'the file is empty' };
  try {
    const whole = parseLenient(t);
    const list = Array.isArray(whole) ? whole.flat() : [whole];
    if (list.length === 0)
      return { items: [], error: 'the file holds no results (empty list)' };
    return { items: list.map(value => ({ value })) };
  } catch (e) {
    const lines = t.split(/\r?\n/);
    if (lines.filter(l => l.trim() !== '').length < 2 || !t.startsWith('{'))
      return { items: [], error: `invalid JSON: ${message(e)}` };
  }
  // JSON Lines: one result per line; a bad line is an error on the row it would have been
  const items: Item[] = [];
  t.split(/\r?\n/).forEach((l, n) => {
    if (l.trim() === '') return;
    try {
      items.push({ value: parseLenient(l), line: n + 1 });
    } catch (e) {
      items.push({
        line: n + 1,
        error: `line ${n + 1} is not valid JSON: ${message(e)}`,
      });
    }
  });
  return { items };
}

type Tool = { name: string; layout: string };

function toolOf(r: Json, planner: Json | undefined): Tool {
  const newer = 'failed' in r || 'endpoint_type' in r || 'label' in r;
  const layout = newer
    ? 'vllm bench serve layout (vLLM >= 0.9)'
    : 'benchmark_serving.py layout (before mid-2025)';
  if (planner) return { name: 'llm-planner load test', layout };
  if ('run_number' in r) return { name: 'vllm bench sweep', layout };
  return { name: newer ? 'vllm bench serve' : 'benchmark_serving.py', layout };
}

/** The load in the words `parseLoad` reads, and the columns that go with it. */
function loadOf(
  r: Json,
  tool: string,
):
  | { mode: string; concurrency?: number; rate: string; note?: string }
  | string {
  const prompts = numOf(r.num_prompts);
  const n = prompts === undefined ? '' : `, ${prompts} prompts`;
  const rawRate = r.request_rate;
  const inf =
    rawRate === null ||
    rawRate === undefined ||
    (typeof rawRate === 'string' && /^\+?inf(inity)?$/i.test(rawRate.trim()));
  const rate = inf ? undefined : numOf(rawRate);
  if (!inf && rate === undefined)
    return `request_rate is neither a number nor "inf": ${JSON.stringify(
      rawRate,
    )}`;
  if (rate !== undefined && rate <= 0)
    return `request_rate is not positive: ${rate}`;
  const maxConc = numOf(r.max_concurrency);
  if (maxConc !== undefined && maxConc <= 0)
    return `max_concurrency is not positive: ${maxConc}`;
  if (rate === undefined) {
    return maxConc !== undefined
      ? {
          mode: `${tool} closed-loop max_concurrency=${maxConc}${n}`,
          concurrency: maxConc,
          rate: 'inf',
        }
      : {
          mode: `${tool} burst${n ? `: ${prompts} prompts` : ''} at rate=inf`,
          rate: 'inf',
        };
  }
  const burstiness = numOf(r.burstiness) ?? 1;
  const capped = maxConc !== undefined ? `, at most ${maxConc} in flight` : '';
  const note =
    maxConc !== undefined
      ? `rate-limited and capped at ${maxConc} requests in flight (max_concurrency)`
      : undefined;
  if (burstiness === 1)
    return {
      mode: `${tool} poisson rate=${rate} rps${n}${capped}`,
      rate: String(rate),
      note,
    };
  if (burstiness >= NEAR_CONSTANT_BURSTINESS)
    return {
      mode: `${tool} near-constant rate=${rate} rps (gamma arrivals, shape ${burstiness})${n}${capped}`,
      rate: String(rate),
      note,
    };
  // gamma arrivals neither Poisson nor near-regular: keep the rate, the load kind stays unknown
  return {
    mode: `${tool} gamma arrivals (shape ${burstiness}) at ${rate} rps${n}${capped}`,
    rate: String(rate),
    note,
  };
}

function compact(v: unknown, max = 120): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > max ? `${s.slice(0, max - 3)}...` : s;
}

/** Notes from the llm_planner object of our own load tester. */
function plannerNotes(p: Json): string[] {
  const out: string[] = [];
  const profile = p.profile;
  if (profile !== undefined && profile !== null) {
    const prof = isObj(profile)
      ? strOf(profile.type) ??
        strOf(profile.type_) ??
        strOf(profile.kind) ??
        compact(profile)
      : compact(profile);
    out.push(`llm-planner profile ${prof}`);
  }
  const slo = p.slo_attainment ?? p.sloAttainment;
  if (slo !== undefined && slo !== null)
    out.push(`SLO attainment ${compact(slo)}`);
  const samples = p.samples;
  if (Array.isArray(samples)) out.push(`${samples.length} request samples`);
  else if (numOf(samples) !== undefined)
    out.push(`${numOf(samples)} request samples`);
  return out;
}

type ResultLoad = Exclude<ReturnType<typeof loadOf>, string>;

/**
 * The result object and its completed count, or undefined when it is not a result with
 * measurements (the reason is written to `w`); a negative count is an error that does not stop.
 */
function readResult(
  w: CellWriter,
  value: unknown,
  row: number,
): { r: Json; completed: number } | undefined {
  if (!isObj(value)) {
    w.error('json', `result ${row} is not a JSON object`);
    return undefined;
  }
  const r = value;
  if (Array.isArray(r.benchmarks)) {
    w.error(
      'json',
      'this is a GuideLLM report, not a vllm bench serve result: import it as guidellm',
    );
    return undefined;
  }
  const completed = numOf(r.completed);
  if (completed === undefined) {
    const hasLatency = Object.keys(r).some(k => LATENCY_KEY.test(k));
    w.error(
      'completed',
      hasLatency
        ? 'the result has no completed request count'
        : 'not a vllm bench serve result: no completed count and no *_ttft_ms / *_tpot_ms keys',
    );
    return undefined;
  }
  if (completed < 0)
    w.error('completed', `negative completed count: ${completed}`);
  if (completed === 0) {
    const failed = numOf(r.failed) ?? numOf(r.num_prompts);
    w.error(
      'completed',
      `all ${
        failed === undefined ? '' : `${failed} `
      }requests failed (completed = 0): nothing was measured, the zero metrics are not latencies`,
    );
    return undefined;
  }
  return { r, completed };
}

/** explicit context first, then our load tester's llm_planner object `p`, then --metadata */
function resultHardware(r: Json, p: Json, context: ImportContext): Hardware {
  const metaGpuRaw = pickStr(r, [
    'gpu',
    'gpu_type',
    'gpu_model',
    'accelerator',
    'hardware',
  ]);
  const plannerGpuRaw = pickStr(p, ['gpu', 'gpuType', 'gpu_type']);
  const gpuFrom = (raw?: string) => (raw ? parseGpuSpelling(raw) : undefined);
  const ctxGpu = context.gpu?.trim() ? { gpu: context.gpu.trim() } : undefined;
  const gpu = ctxGpu ?? gpuFrom(plannerGpuRaw) ?? gpuFrom(metaGpuRaw);
  const gpuCount =
    context.gpuCount ??
    pickNum(p, ['gpu_count', 'gpuCount', 'num_gpus']) ??
    gpuFrom(plannerGpuRaw)?.count ??
    pickNum(r, ['gpu_count', 'num_gpus']) ??
    gpuFrom(metaGpuRaw)?.count;
  return {
    gpu: gpu?.gpu,
    gpuCount,
    tensorParallel:
      context.tensorParallel ??
      pickNum(p, [
        'tensor_parallel',
        'tensorParallel',
        'tp',
        'tensor_parallel_size',
      ]) ??
      pickNum(r, ['tensor_parallel', 'tensor_parallel_size', 'tp', 'tp_size']),
    engine:
      context.engine ??
      pickStr(p, ['engine']) ??
      pickStr(r, ['engine', 'serving_engine']),
    engineVersion:
      context.engineVersion ??
      pickStr(p, ['engine_version', 'engineVersion']) ??
      pickStr(r, ['engine_version', 'vllm_version']),
    precision:
      context.precision ??
      pickStr(p, ['precision', 'dtype']) ??
      pickStr(r, ['precision', 'dtype', 'quantization']),
  };
}

/** Model and dataset cells; returns the --metadata token lengths, the tokens' fallback. */
function writeModelAndDataset(
  w: CellWriter,
  r: Json,
  p: Json,
  context: ImportContext,
): { metaIn?: number; metaOut?: number } {
  const model =
    context.model ?? pickStr(p, ['model']) ?? pickStr(r, ['model_id', 'model']);
  if (!model)
    w.error(
      'model',
      'the result names no model (model_id): give it as import context (model)',
    );
  w.text('model', model);

  const metaIn = pickNum(r, ['input_len', 'random_input_len']);
  const metaOut = pickNum(r, ['output_len', 'random_output_len']);
  const dataset =
    context.dataset ??
    pickStr(p, ['dataset']) ??
    pickStr(r, ['dataset', 'dataset_name']) ??
    (metaIn !== undefined || metaOut !== undefined
      ? `input_len=${metaIn ?? '?'},output_len=${
          metaOut ?? '?'
        } (from --metadata)`
      : undefined);
  w.text('dataset', dataset);
  return { metaIn, metaOut };
}

function writeLoad(w: CellWriter, r: Json, tool: Tool): ResultLoad | string {
  const load = loadOf(r, tool.name);
  if (typeof load === 'string') w.error('request_rate', load);
  else {
    w.text('mode', load.mode);
    w.num('concurrency', load.concurrency, 'max_concurrency');
    w.text('request_rate', load.rate);
  }
  return load;
}

/** tokens: measured means of the completed requests, else the --metadata lengths */
function writeTokens(
  w: CellWriter,
  r: Json,
  completed: number,
  meta: { metaIn?: number; metaOut?: number },
): void {
  const totalIn = numOf(r.total_input_tokens);
  const totalOut = numOf(r.total_output_tokens);
  w.num(
    'input_tokens',
    totalIn !== undefined ? totalIn / completed : meta.metaIn,
    'total_input_tokens',
  );
  w.num(
    'output_tokens',
    totalOut !== undefined ? totalOut / completed : meta.metaOut,
    'total_output_tokens',
  );
}

/** latencies, all in ms, and the throughputs */
function writeLatencies(w: CellWriter, r: Json): void {
  const hasLatency = ['ttft', 'tpot', 'itl', 'e2el'].some(
    m =>
      numOf(r[`mean_${m}_ms`]) !== undefined ||
      numOf(r[`median_${m}_ms`]) !== undefined,
  );
  if (!hasLatency)
    w.error(
      'ttft_mean_ms',
      'no latency metrics (mean_ttft_ms, mean_tpot_ms, ...) in this result',
    );
  for (const [metric, col] of [
    ['ttft', 'ttft'],
    ['tpot', 'tpot'],
    ['itl', 'itl'],
    ['e2el', 'e2e'],
  ] as const) {
    const key = (s: string) => `${s}_${metric}_ms`;
    w.num(`${col}_mean_ms`, numOf(r[key('mean')]), key('mean'));
    w.num(
      `${col}_p50_ms`,
      numOf(r[key('median')]) ?? numOf(r[key('p50')]),
      key('median'),
    );
    for (const q of ['p90', 'p95', 'p99'] as const)
      w.num(`${col}_${q}_ms`, numOf(r[key(q)]), key(q));
  }
  w.num('req_s', numOf(r.request_throughput), 'request_throughput');
  w.num('output_tok_s', numOf(r.output_throughput), 'output_throughput');
  w.num(
    'total_tok_s',
    numOf(r.total_token_throughput),
    'total_token_throughput',
  );
}

function resultNotes(
  r: Json,
  completed: number,
  tool: Tool,
  load: ResultLoad | string,
  planner: Json | undefined,
  hw: Hardware,
): string[] {
  const notes: string[] = [tool.layout];
  notes.push('in/out tokens = totals/completed');
  const failed = numOf(r.failed);
  notes.push(
    `completed=${completed}${failed !== undefined ? `, failed=${failed}` : ''}${
      numOf(r.num_prompts) !== undefined
        ? ` of ${numOf(r.num_prompts)} prompts`
        : ''
    }`,
  );
  const peak = numOf(r.max_concurrent_requests);
  if (peak !== undefined) notes.push(`observed peak concurrency=${peak}`);
  if (typeof load !== 'string' && load.note) notes.push(load.note);
  const goodput = numOf(r.request_goodput) ?? numOf(r['request_goodput:']);
  if (goodput !== undefined) notes.push(`request goodput ${goodput} req/s`);
  const label = strOf(r.label);
  if (label) notes.push(`label ${label}`);
  const extra = Object.entries(r)
    .filter(
      ([k, v]) =>
        !RESULT_KEYS.has(k) &&
        !LATENCY_KEY.test(k) &&
        (typeof v !== 'object' || v === null),
    )
    .map(([k, v]) => `${k}=${v}`);
  if (extra.length) notes.push(`metadata/sweep params: ${extra.join(', ')}`);
  if (planner) notes.push(...plannerNotes(planner));
  if (hw.tensorParallel === undefined && hw.gpuCount !== 1)
    notes.push('tensor_parallel not given');
  if (!hw.engine)
    notes.push(
      'serving engine not given (the client backend is not the engine)',
    );
  return notes;
}

function convertOne(
  value: unknown,
  row: number,
  /** where the result sits in the file, e.g. ` line 3` or ` #2`; empty for a single result */
  where: string,
  context: ImportContext,
): { rec?: Record<string, string>; errors: RowError[] } {
  const w = new CellWriter(row);
  const result = readResult(w, value, row);
  if (!result) return { errors: w.errors };
  const { r, completed } = result;

  const planner = isObj(r.llm_planner) ? r.llm_planner : undefined;
  const tool = toolOf(r, planner);
  const hw = resultHardware(r, planner ?? {}, context);
  w.errors.push(...hardwareErrors(hw, row, `${tool.name} results`));
  writeHardware(w, hw);
  const meta = writeModelAndDataset(w, r, planner ?? {}, context);
  const load = writeLoad(w, r, tool);
  writeTokens(w, r, completed, meta);
  writeLatencies(w, r);

  // provenance
  const date = strOf(r.date);
  const file = context.fileName ? ` ${baseName(context.fileName)}` : '';
  w.text(
    'source',
    context.source ??
      `${tool.name} result${file}${where}${date ? ` (date ${date})` : ''}`,
  );
  w.text(
    'notes',
    resultNotes(r, completed, tool, load, planner, hw).join('; '),
  );
  return w.errors.length ? { errors: w.errors } : { rec: w.rec, errors: [] };
}

/**
 * Converts `vllm bench serve` / `benchmark_serving.py` results into benchmark records: one
 * record per result, whether the text holds one JSON object, a JSON array (sweep summary) or
 * JSON Lines (`--append-result`). Mean input/output tokens are `total_*_tokens / completed`;
 * `request_rate` "inf" is a burst, or a closed loop when `max_concurrency` is set; a finite rate
 * is Poisson when `burstiness` is 1. The hardware comes from `context`, else from a top-level
 * `llm_planner` object (our load tester) or from `--metadata` keys (`gpu` such as
 * `4xNVIDIA_L40S`, `tensor_parallel`, `engine`, `precision`, `input_len`, ...). A result with
 * `completed` 0 (every request failed) is a row error, not a row of zeros.
 * Errors are `{ row: result index + 1, column, reason }`; unreadable text is row 0. Never throws.
 * @public
 */
export function vllmBenchServeToRecords(
  text: string,
  context: ImportContext = {},
): ImportRecords {
  const errors: RowError[] = [];
  const records: Record<string, string>[] = [];
  const parsed = parseResultText(typeof text === 'string' ? text : '');
  if (parsed.error)
    errors.push({ row: 0, column: 'json', reason: parsed.error });
  parsed.items.forEach((item, i) => {
    if (item.error !== undefined) {
      errors.push({ row: i + 1, column: 'json', reason: item.error });
      return;
    }
    let where = '';
    if (item.line !== undefined) where = ` line ${item.line}`;
    else if (parsed.items.length > 1) where = ` #${i + 1}`;
    const out = convertOne(item.value, i + 1, where, context);
    if (out.rec) records.push(out.rec);
    errors.push(...out.errors);
  });
  return { records, errors };
}
