/**
 * GuideLLM benchmark report JSON (`guidellm benchmark --output-path x.json`) to records of the
 * shared benchmark CSV layout. Handles the four report layouts (see benchmarks/formats/SCHEMAS.md):
 * v0.2 and v0.3 (no `metadata`, per-benchmark `args`), v0.4 to v0.7 (`metadata.version` 1,
 * top-level `args`, per-benchmark `config`) and v0.8 (`metadata.version` 2, `config.spec`).
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
  obj,
  strOf,
  writeHardware,
} from './util';

type Layout = {
  /** `legacy` = v0.2/v0.3 (per-benchmark `args`), `v1` = metadata.version 1, `v2` = version 2 */
  kind: 'legacy' | 'v1' | 'v2';
  /** version label for the notes and the default source */
  label: string;
};

function detectLayout(report: Json, first: Json): Layout | string {
  const meta = obj(report.metadata);
  const version = meta.version;
  const gv = strOf(meta.guidellm_version);
  const named = (fallback: string) =>
    gv ? `v${gv.replace(/^v/, '')}` : fallback;
  if (
    version === 2 ||
    (version === undefined && isObj(obj(report.config).spec))
  )
    return { kind: 'v2', label: named('v0.8+ (report layout 2)') };
  if (
    version === 1 ||
    (version === undefined && isObj(report.args) && isObj(first.config))
  )
    return { kind: 'v1', label: named('v0.4-v0.7 (report layout 1)') };
  if (version === undefined && isObj(first.args)) {
    const v03 =
      'max_error' in obj(first.args) || 'status' in obj(first.run_stats);
    return { kind: 'legacy', label: v03 ? 'v0.3 layout' : 'v0.2 layout' };
  }
  if (version !== undefined)
    return `unsupported GuideLLM report layout: metadata.version ${JSON.stringify(
      version,
    )} (known: none, 1, 2)`;
  return 'not a GuideLLM report layout: benchmarks carry neither args (v0.2/v0.3) nor config (v0.4+)';
}

/** The `successful` statistic of a metric, when present. */
function successful(metrics: Json, name: string): Json | undefined {
  const s = obj(metrics[name]).successful;
  return isObj(s) ? s : undefined;
}

const STATS = [
  ['mean', (s: Json) => numOf(s.mean)],
  ['p50', (s: Json) => numOf(obj(s.percentiles).p50) ?? numOf(s.median)],
  ['p90', (s: Json) => numOf(obj(s.percentiles).p90)],
  ['p95', (s: Json) => numOf(obj(s.percentiles).p95)],
  ['p99', (s: Json) => numOf(obj(s.percentiles).p99)],
] as const;

/** Describes a data spec of any layout, e.g. `synthetic prompt_tokens=256,output_tokens=128`. */
function describeData(data: unknown): string | undefined {
  if (Array.isArray(data)) {
    const parts = data.map(describeData).filter((x): x is string => !!x);
    return parts.length ? parts.join('; ') : undefined;
  }
  if (isObj(data)) {
    const kind = strOf(data.kind) ?? strOf(data.type_) ?? 'data';
    const tok = (k: string) => {
      const v = numOf(data[k]);
      if (v === undefined) return undefined;
      const sd = numOf(data[`${k}_stdev`]);
      return `${k}=${v}${sd ? `±${sd}` : ''}`;
    };
    const spec = ['prompt_tokens', 'output_tokens'].map(tok).filter(Boolean);
    const turns = numOf(data.turns);
    if (turns && turns > 1) spec.push(`turns=${turns}`);
    const path = strOf(data.path) ?? strOf(data.data);
    return [
      kind.replace(/_text$/, ''),
      path ? baseName(path) : undefined,
      spec.join(','),
    ]
      .filter(Boolean)
      .join(' ');
  }
  const s = strOf(data);
  if (!s) return undefined;
  // v1 keeps the list as its Python repr: "['/root/aime_2024_v2.jsonl']"
  const list = s.match(/^\[(.*)\]$/);
  if (list) {
    return describeData(
      list[1]
        .split(',')
        .map(x => x.trim().replace(/^['"]|['"]$/g, ''))
        .filter(Boolean),
    );
  }
  if (/^\s*[a-z_]+=\d/i.test(s)) return `synthetic ${s.replace(/\s+/g, '')}`;
  if (s.startsWith('{')) {
    try {
      return describeData(JSON.parse(s));
    } catch {
      return s;
    }
  }
  return /[\\/]/.test(s) ? baseName(s) : s;
}

type Load = {
  mode: string;
  concurrency?: number;
  rate?: string;
  note?: string;
};

/**
 * The load of one benchmark in the words `parseLoad` reads: synchronous and concurrent are
 * closed loops, constant and poisson are rates, throughput is a burst. The mode text avoids the
 * load keywords of other kinds (a constant rate's default `max_concurrency` cap is not a loop).
 */
function loadOf(
  strategy: Json,
  requests: string,
  stepNote: string,
): Load | string {
  const type = strOf(strategy.type_) ?? strOf(strategy.kind);
  const cap = numOf(strategy.max_concurrency);
  switch (type) {
    case 'synchronous':
      return {
        mode: `guidellm synchronous: closed-loop concurrency 1, ${requests}${stepNote}`,
        concurrency: 1,
      };
    case 'concurrent': {
      const n = numOf(strategy.streams) ?? cap;
      return n === undefined
        ? {
            mode: `guidellm concurrent: closed-loop, stream count not recorded, ${requests}${stepNote}`,
          }
        : {
            mode: `guidellm concurrent: closed-loop max_concurrency=${n}, ${requests}${stepNote}`,
            concurrency: n,
          };
    }
    case 'constant':
    case 'poisson': {
      const rate = numOf(strategy.rate);
      if (rate !== undefined && rate <= 0)
        return `${type} rate is not positive: ${rate}`;
      return {
        mode: `guidellm ${type} rate=${
          rate ?? '(not recorded)'
        } rps, ${requests}${stepNote}`,
        rate: rate === undefined ? undefined : String(rate),
      };
    }
    case 'throughput':
      return {
        mode: `guidellm throughput: burst, requests sent as fast as possible (rate=inf), ${requests}${stepNote}`,
        rate: 'inf',
        note:
          cap !== undefined
            ? `throughput strategy capped at ${cap} requests in flight`
            : undefined,
      };
    default:
      return type === undefined
        ? 'the benchmark does not record its scheduling strategy (strategy.type_)'
        : `unknown GuideLLM strategy "${type}"`;
  }
}

/** Whether the median collapsed to ~0 against the mean, as chunked streaming does to ITL. */
function chunkedStreaming(s: Json | undefined): boolean {
  if (!s) return false;
  const mean = numOf(s.mean);
  const p50 = numOf(obj(s.percentiles).p50) ?? numOf(s.median);
  return (
    mean !== undefined && mean > 0 && p50 !== undefined && p50 < 0.1 * mean
  );
}

/** What every benchmark of one report shares. */
type ReportScope = {
  layout: Layout;
  context: ImportContext;
  hw: Hardware;
  /** v1 top-level `args` */
  topArgs: Json;
  /** v2 `config.spec` */
  spec: Json;
  benchmarkCount: number;
};

/** The fields of one benchmark entry, read from where its layout keeps them. */
type BenchmarkView = {
  b: Json;
  legacy: boolean;
  cfg: Json;
  strategy: Json;
  profileType?: string;
  step?: number;
  metrics: Json;
  totals: Json;
  /** successful requests */
  ok?: number;
};

const reportError = (reason: string): RowError => ({
  row: 0,
  column: 'benchmarks',
  reason,
});

/** The benchmarks and layout of a report, or the file-level error that stops the import. */
function readReport(
  json: unknown,
): { report: Json; benchmarks: unknown[]; layout: Layout } | RowError {
  if (!isObj(json) || !Array.isArray(json.benchmarks)) {
    const hint =
      isObj(json) && 'completed' in json && 'mean_ttft_ms' in json
        ? ' (this looks like a vllm bench serve result)'
        : '';
    return reportError(`not a GuideLLM report: no benchmarks list${hint}`);
  }
  const benchmarks = json.benchmarks as unknown[];
  if (benchmarks.length === 0)
    return reportError('the report holds no benchmarks');
  const layout = detectLayout(json, obj(benchmarks[0]));
  if (typeof layout === 'string') return reportError(layout);
  return { report: json, benchmarks, layout };
}

function viewBenchmark(b: Json, scope: ReportScope): BenchmarkView {
  const legacy = scope.layout.kind === 'legacy';
  const cfg = obj(legacy ? b.args : b.config);
  const profile = obj(cfg.profile);
  const metrics = obj(b.metrics);
  const totals = obj(
    legacy ? b.request_totals : metrics.request_totals ?? b.request_totals,
  );
  return {
    b,
    legacy,
    cfg,
    strategy: obj(cfg.strategy),
    profileType:
      strOf(profile.type_) ??
      strOf(profile.kind) ??
      strOf(scope.topArgs.profile),
    step: numOf(legacy ? cfg.strategy_index : cfg.run_index),
    metrics,
    totals,
    ok: numOf(totals.successful),
  };
}

function writeModelAndDataset(
  w: CellWriter,
  v: BenchmarkView,
  scope: ReportScope,
): void {
  const { b, cfg, legacy } = v;
  const { context, topArgs, spec, layout } = scope;
  const model =
    context.model ??
    (legacy
      ? strOf(obj(b.worker).backend_model)
      : strOf(obj(cfg.backend).model) ??
        strOf(topArgs.model) ??
        strOf(obj(spec.backend).model));
  if (!model)
    w.error(
      'model',
      'the report names no model: give it as import context (model)',
    );
  w.text('model', model);
  const dataset =
    context.dataset ??
    (legacy
      ? describeData(obj(b.request_loader).data)
      : describeData(
          layout.kind === 'v2'
            ? spec.data
            : topArgs.data ?? obj(cfg.requests).data,
        ));
  w.text('dataset', dataset);
}

function writeLoad(w: CellWriter, v: BenchmarkView): Load | string {
  const requests = `${v.ok ?? '?'} requests`;
  const stepNote =
    v.profileType === 'sweep' ? ` (sweep step ${v.step ?? '?'})` : '';
  const load = loadOf(v.strategy, requests, stepNote);
  if (typeof load === 'string') w.error('mode', load);
  else {
    w.text('mode', load.mode);
    w.num('concurrency', load.concurrency, 'strategy');
    w.text('request_rate', load.rate);
  }
  return load;
}

/** the mean and percentile cells of one latency metric */
function writeStatCells(
  w: CellWriter,
  col: string,
  s: Json | undefined,
  name: string,
  scale = 1,
): void {
  if (!s) return;
  for (const [k, get] of STATS) {
    const value = get(s);
    w.num(
      `${col}_${k}_ms`,
      value === undefined ? undefined : value * scale,
      `${name}.successful`,
    );
  }
}

/** Latencies, tokens and rates; returns the inter-token latency statistic for the notes. */
function writeMeasurements(w: CellWriter, v: BenchmarkView): Json | undefined {
  const { metrics, ok } = v;
  const ttft = successful(metrics, 'time_to_first_token_ms');
  const itl = successful(metrics, 'inter_token_latency_ms');
  const e2e = successful(metrics, 'request_latency');
  const prompt = successful(metrics, 'prompt_token_count');
  const output = successful(metrics, 'output_token_count');
  const required: [Json | undefined, string, string][] = [
    [ttft, 'time_to_first_token_ms', 'ttft_mean_ms'],
    [e2e, 'request_latency', 'e2e_mean_ms'],
    [prompt, 'prompt_token_count', 'input_tokens'],
    [output, 'output_token_count', 'output_tokens'],
  ];
  for (const [s, name, column] of required) {
    if (!s || numOf(s.mean) === undefined)
      w.error(column, `metric ${name}.successful.mean is missing`);
  }
  if (ok === 0 || numOf(ttft?.count) === 0)
    w.error(
      'ttft_mean_ms',
      'no successful request in this benchmark: nothing was measured',
    );
  writeStatCells(w, 'ttft', ttft, 'time_to_first_token_ms');
  writeStatCells(w, 'tpot', itl, 'inter_token_latency_ms');
  writeStatCells(w, 'e2e', e2e, 'request_latency (s)', 1000);
  w.num(
    'input_tokens',
    numOf(prompt?.mean),
    'prompt_token_count.successful.mean',
  );
  w.num(
    'output_tokens',
    numOf(output?.mean),
    'output_token_count.successful.mean',
  );
  const rate = (name: string) => numOf(successful(metrics, name)?.mean);
  w.num(
    'req_s',
    rate('requests_per_second'),
    'requests_per_second.successful.mean',
  );
  w.num(
    'output_tok_s',
    rate('output_tokens_per_second'),
    'output_tokens_per_second.successful.mean',
  );
  w.num(
    'total_tok_s',
    rate('tokens_per_second'),
    'tokens_per_second.successful.mean',
  );
  return itl;
}

function writeSource(
  w: CellWriter,
  v: BenchmarkView,
  scope: ReportScope,
  index: number,
): void {
  const { context, layout, benchmarkCount } = scope;
  const runId = strOf(v.b.run_id) ?? strOf(v.cfg.run_id);
  w.text(
    'source',
    context.source ??
      `GuideLLM ${layout.label} report${
        context.fileName ? ` ${baseName(context.fileName)}` : ''
      }` +
        `${
          runId
            ? ` (run ${runId}, benchmark ${index + 1} of ${benchmarkCount})`
            : ''
        }`,
  );
}

function benchmarkNotes(
  v: BenchmarkView,
  scope: ReportScope,
  load: Load | string,
  itl: Json | undefined,
): string[] {
  const { profileType, step, ok, totals, b, metrics } = v;
  const { layout, hw } = scope;
  const notes: string[] = [`guidellm ${layout.label}`];
  if (profileType)
    notes.push(
      `profile ${profileType}${step !== undefined ? ` step ${step}` : ''}`,
    );
  const count = (k: string) => numOf(totals[k]);
  if (ok !== undefined)
    notes.push(
      `requests in measured window: successful=${ok}, errored=${
        count('errored') ?? '?'
      }, incomplete=${count('incomplete') ?? '?'}`,
    );
  const runStats = obj(b.run_stats);
  const status = strOf(runStats.status);
  const termination = strOf(runStats.termination_reason);
  if (status || termination)
    notes.push(
      `run status ${status ?? '?'}${termination ? ` (${termination})` : ''}`,
    );
  if (typeof load !== 'string' && load.note) notes.push(load.note);
  notes.push(
    'tpot columns = GuideLLM inter_token_latency_ms (first token excluded); e2e = request_latency s x 1000',
  );
  const tpotIncl = numOf(successful(metrics, 'time_per_output_token_ms')?.mean);
  if (tpotIncl !== undefined)
    notes.push(
      `GuideLLM time_per_output_token_ms (first token included) mean=${Number(
        tpotIncl.toPrecision(4),
      )} ms not imported`,
    );
  if (chunkedStreaming(itl))
    notes.push(
      'ITL/TPOT median ~0 vs mean, likely chunked streaming: p50 kept empty',
    );
  if (hw.tensorParallel === undefined && hw.gpuCount !== 1)
    notes.push('tensor_parallel not given');
  if (!hw.engine) notes.push('serving engine not given');
  return notes;
}

/** One `benchmarks[]` entry as a record, or the errors that keep it out. */
function convertBenchmark(
  raw: unknown,
  index: number,
  scope: ReportScope,
): CellWriter {
  const w = new CellWriter(index + 1);
  if (!isObj(raw)) {
    w.error('benchmarks', 'benchmark entry is not an object');
    return w;
  }
  const v = viewBenchmark(raw, scope);
  writeModelAndDataset(w, v, scope);
  writeHardware(w, scope.hw);
  const load = writeLoad(w, v);
  const itl = writeMeasurements(w, v);
  writeSource(w, v, scope, index);
  w.text('notes', benchmarkNotes(v, scope, load, itl).join('; '));
  return w;
}

/**
 * Converts a GuideLLM benchmark report (parsed JSON) into benchmark records, one per
 * `benchmarks[]` entry. The hardware (`gpu`, `gpuCount`, optionally `tensorParallel`, `engine`,
 * `engineVersion`, `precision`) comes from `context`, because reports do not record it.
 *
 * Column mapping: TTFT from `time_to_first_token_ms`; the `tpot_*` columns from GuideLLM's
 * `inter_token_latency_ms`, which excludes the first token like vLLM's TPOT (GuideLLM's own
 * `time_per_output_token_ms` includes the first token and has no column: it goes to the notes);
 * `e2e_*` from `request_latency` (seconds, converted to ms); tokens are the means of the
 * successful requests' prompt and output token counts; rates are the `successful` means.
 * Invalid benchmarks are reported as `{ row: index + 1, column, reason }`; file-level problems
 * (no benchmarks, missing context) as row 0. Never throws.
 * @public
 */
export function guidellmToRecords(
  json: unknown,
  context: ImportContext = {},
): ImportRecords {
  const errors: RowError[] = [];
  const records: Record<string, string>[] = [];
  const read = readReport(json);
  if ('reason' in read) return { records, errors: [read] };
  const { report, benchmarks, layout } = read;
  const hw: Hardware = {
    gpu: context.gpu?.trim() || undefined,
    gpuCount: context.gpuCount,
    tensorParallel: context.tensorParallel,
    engine: context.engine,
    engineVersion: context.engineVersion,
    precision: context.precision,
  };
  errors.push(...hardwareErrors(hw, 0, 'GuideLLM reports'));
  const scope: ReportScope = {
    layout,
    context,
    hw,
    topArgs: obj(report.args),
    spec: obj(obj(report.config).spec),
    benchmarkCount: benchmarks.length,
  };
  benchmarks.forEach((raw, i) => {
    const w = convertBenchmark(raw, i, scope);
    if (w.errors.length) errors.push(...w.errors);
    else records.push(w.rec);
  });
  return { records, errors };
}
