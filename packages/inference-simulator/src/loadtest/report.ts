import { Endpoint, RequestSample } from './client';
import {
  ProfileSpec,
  Strategy,
  StrategyResult,
  concurrencyOf,
  strategyLabel,
} from './runner';
import { Summary, maxPerWindow, summarize } from './stats';

export type SloMetric = 'ttft' | 'itl' | 'tpot' | 'e2e';
export type SloStat = 'mean' | 'p50' | 'p90' | 'p95' | 'p99';

/** A latency objective, e.g. TTFT p95 <= 500 ms. */
export type SloTarget = { metric: SloMetric; stat: SloStat; targetMs: number };

export type SloResult = {
  metric: SloMetric;
  stat: SloStat;
  target_ms: number;
  measured_ms: number | null;
  /** The measured statistic is within the target. */
  met: boolean;
  /** Share of successful requests whose own value is within the target (0..1). */
  attainment: number | null;
};

/** Summary statistics in ms, JSON friendly (null instead of NaN). */
export type JsonSummary = { [K in keyof Summary]: number | null };

/** Per-request record kept in the report (times in ms, start in s from the run start). */
export type ReportSample = {
  start_s: number;
  ok: boolean;
  error?: string;
  prompt_tokens: number | null;
  output_tokens: number;
  ttft_ms: number | null;
  itl_ms: number | null;
  tpot_ms: number | null;
  e2e_ms: number | null;
};

/** Our block next to the vLLM fields: everything an outcome import needs. */
export type LlmPlannerBlock = {
  version: 1;
  tool: 'llm-loadtest';
  target: string;
  model: string;
  endpoint: Endpoint;
  profile: { type: ProfileSpec['type']; index: number; count: number };
  strategy: Strategy & { label: string };
  limits: { max_requests: number | null; max_seconds: number | null };
  data: {
    prompt_tokens: number | null;
    output_tokens: number;
    source: 'synthetic' | 'builtin';
  };
  started_at: string;
  ended_at: string;
  duration_s: number;
  requests: {
    total: number;
    completed: number;
    failed: number;
    errors: Record<string, number>;
  };
  latency_ms: {
    ttft: JsonSummary;
    itl: JsonSummary;
    tpot: JsonSummary;
    e2e: JsonSummary;
  };
  throughput: {
    requests_per_s: number;
    output_tokens_per_s: number;
    total_tokens_per_s: number;
  };
  slo: { targets: SloResult[]; all_met: boolean; goodput_rps: number } | null;
  samples?: ReportSample[];
};

/** A `vllm bench serve` result object plus the `llm_planner` block. */
export type RunReport = Record<string, unknown> & {
  llm_planner: LlmPlannerBlock;
};

export type ReportContext = {
  target: string;
  model: string;
  endpoint: Endpoint;
  profile: ProfileSpec['type'];
  inputTokens?: number;
  outputTokens: number;
  limits: { maxRequests?: number; maxSeconds?: number };
  slo: SloTarget[];
  /** `--metadata k=v` pairs, merged into the top level as vLLM does. */
  metadata?: Record<string, string>;
  label?: string;
  includeSamples?: boolean;
};

const finite = (v: number) => (Number.isFinite(v) ? v : null);

function jsonSummary(s: Summary): JsonSummary {
  const out = {} as JsonSummary;
  for (const [k, v] of Object.entries(s)) out[k as keyof Summary] = finite(v);
  return out;
}

function sampleValue(s: RequestSample, metric: SloMetric): number {
  switch (metric) {
    case 'ttft':
      return s.ttftMs;
    case 'itl':
      return s.itlMeanMs;
    case 'tpot':
      return s.tpotMs;
    default:
      return s.e2eMs;
  }
}

function dateStamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(
    d.getHours(),
  )}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** The load generator as a `mode` string the benchmark CSV normaliser understands. */
function modeOf(s: Strategy): string {
  switch (s.type) {
    case 'synchronous':
      return 'llm-loadtest closed-loop max_concurrency=1';
    case 'concurrent':
      return `llm-loadtest closed-loop max_concurrency=${s.streams}`;
    case 'throughput':
      return `llm-loadtest closed-loop max_concurrency=${s.maxConcurrency} (throughput)`;
    default:
      return `llm-loadtest ${s.type} rate=${s.rate} rps`;
  }
}

const SLO_FLAG_METRICS = ['ttft', 'itl', 'tpot', 'e2e', 'e2el'];
const SLO_FLAG_STATS = ['mean', 'p50', 'p90', 'p95', 'p99'];
const SLO_FLAG = new RegExp(
  `^--slo-(${SLO_FLAG_METRICS.join('|')})-(${SLO_FLAG_STATS.join('|')})-ms$`,
);

/** Every SLO flag name (without `--`), e.g. `slo-ttft-p95-ms`. */
export const SLO_FLAGS = SLO_FLAG_METRICS.flatMap(metric =>
  SLO_FLAG_STATS.map(stat => `slo-${metric}-${stat}-ms`),
);

/** Parses `--slo-ttft-p95-ms`-style flag names; undefined when the name is not an SLO flag. */
export function parseSloFlag(
  flag: string,
  value: string,
): SloTarget | undefined {
  const m = flag.match(SLO_FLAG);
  if (!m) return undefined;
  const v = Number(value);
  if (!Number.isFinite(v) || v <= 0)
    throw new Error(`${flag} must be a positive number of ms`);
  return {
    metric: (m[1] === 'e2el' ? 'e2e' : m[1]) as SloMetric,
    stat: m[2] as SloStat,
    targetMs: v,
  };
}

/** SLO results of successful samples; goodput counts requests within every target. */
export function evaluateSlo(
  samples: RequestSample[],
  targets: SloTarget[],
  durationS: number,
): LlmPlannerBlock['slo'] {
  if (targets.length === 0) return null;
  const ok = samples.filter(s => s.ok);
  const results = targets.map((t): SloResult => {
    const values = ok
      .map(s => sampleValue(s, t.metric))
      .filter(Number.isFinite);
    const sum = summarize(values);
    const measured = t.stat === 'mean' ? sum.mean : sum[t.stat];
    const within = values.filter(v => v <= t.targetMs).length;
    return {
      metric: t.metric,
      stat: t.stat,
      target_ms: t.targetMs,
      measured_ms: finite(measured),
      met: Number.isFinite(measured) && measured <= t.targetMs,
      attainment: values.length ? within / values.length : null,
    };
  });
  const good = ok.filter(s =>
    targets.every(t => {
      const v = sampleValue(s, t.metric);
      return !Number.isFinite(v) || v <= t.targetMs;
    }),
  ).length;
  return {
    targets: results,
    all_met: results.every(r => r.met) && ok.length > 0,
    goodput_rps: durationS > 0 ? good / durationS : 0,
  };
}

/** Largest number of output tokens produced within any one second (vLLM's field). */
function maxOutputTokensPerSecond(samples: RequestSample[]): number {
  const times: number[] = [];
  for (const s of samples) {
    if (!s.ok || !Number.isFinite(s.ttftMs)) continue;
    let t = s.startAbsMs + s.ttftMs;
    times.push(t);
    for (const gap of s.itls) {
      t += gap;
      times.push(t);
    }
  }
  return maxPerWindow(times, 1000);
}

/**
 * One strategy's result in the `vllm bench serve` result layout (ms latencies, mean / median /
 * std / p50 / p90 / p95 / p99 of ttft, tpot, itl, e2el; ITL pooled over all gaps as vLLM does)
 * plus the `llm_planner` block.
 */
export function buildRunReport(
  result: StrategyResult,
  ctx: ReportContext,
  position: { index: number; count: number },
): RunReport {
  const ok = result.samples.filter(s => s.ok);
  const failed = result.samples.length - ok.length;
  const totalIn = ok.reduce(
    (s, r) => s + (Number.isFinite(r.promptTokens) ? r.promptTokens : 0),
    0,
  );
  const totalOut = ok.reduce((s, r) => s + r.outputTokens, 0);
  const d = result.durationS;
  const rate = (n: number) => (d > 0 ? n / d : 0);
  const ttft = summarize(ok.map(s => s.ttftMs));
  const tpot = summarize(ok.map(s => s.tpotMs).filter(Number.isFinite));
  const itl = summarize(ok.flatMap(s => s.itls));
  const e2e = summarize(ok.map(s => s.e2eMs));
  const s = result.strategy;
  const slo = evaluateSlo(result.samples, ctx.slo, d);
  const errors: Record<string, number> = {};
  for (const r of result.samples) {
    if (!r.ok)
      errors[r.error ?? 'error'] = (errors[r.error ?? 'error'] ?? 0) + 1;
  }
  const latency: Record<string, number> = {};
  for (const [name, sum] of [
    ['ttft', ttft],
    ['tpot', tpot],
    ['itl', itl],
    ['e2el', e2e],
  ] as const) {
    if (name === 'e2el' && ok.length === 0) continue; // vLLM omits e2el when nothing completed
    latency[`mean_${name}_ms`] = finite(sum.mean) ?? 0;
    latency[`median_${name}_ms`] = finite(sum.p50) ?? 0;
    latency[`std_${name}_ms`] = finite(sum.std) ?? 0;
    for (const p of ['p50', 'p90', 'p95', 'p99'] as const) {
      latency[`${p}_${name}_ms`] = finite(sum[p]) ?? 0;
    }
  }
  const maxConcurrency = concurrencyOf(s);
  const llmPlanner: LlmPlannerBlock = {
    version: 1,
    tool: 'llm-loadtest',
    target: ctx.target,
    model: ctx.model,
    endpoint: ctx.endpoint,
    profile: {
      type: ctx.profile,
      index: position.index,
      count: position.count,
    },
    strategy: { ...s, label: strategyLabel(s) },
    limits: {
      max_requests: ctx.limits.maxRequests ?? null,
      max_seconds: ctx.limits.maxSeconds ?? null,
    },
    data: {
      prompt_tokens: ctx.inputTokens ?? null,
      output_tokens: ctx.outputTokens,
      source: ctx.inputTokens === undefined ? 'builtin' : 'synthetic',
    },
    started_at: new Date(result.startedAt).toISOString(),
    ended_at: new Date(result.endedAt).toISOString(),
    duration_s: d,
    requests: {
      total: result.samples.length,
      completed: ok.length,
      failed,
      errors,
    },
    latency_ms: {
      ttft: jsonSummary(ttft),
      itl: jsonSummary(
        summarize(ok.map(x => x.itlMeanMs).filter(Number.isFinite)),
      ),
      tpot: jsonSummary(tpot),
      e2e: jsonSummary(e2e),
    },
    throughput: {
      requests_per_s: rate(ok.length),
      output_tokens_per_s: rate(totalOut),
      total_tokens_per_s: rate(totalIn + totalOut),
    },
    slo,
  };
  if (ctx.includeSamples !== false) {
    llmPlanner.samples = result.samples.map(r => ({
      start_s: Math.round(r.startMs) / 1000,
      ok: r.ok,
      ...(r.error ? { error: r.error } : {}),
      prompt_tokens: finite(r.promptTokens),
      output_tokens: r.outputTokens,
      ttft_ms: finite(r.ttftMs),
      itl_ms: finite(r.itlMeanMs),
      tpot_ms: finite(r.tpotMs),
      e2e_ms: finite(r.e2eMs),
    }));
  }
  return {
    date: dateStamp(result.startedAt),
    endpoint_type: ctx.endpoint === 'chat' ? 'openai-chat' : 'openai',
    backend: ctx.endpoint === 'chat' ? 'openai-chat' : 'openai',
    label: ctx.label ?? null,
    model_id: ctx.model,
    tokenizer_id: ctx.model,
    num_prompts: result.samples.length,
    request_rate:
      s.type === 'constant' || s.type === 'poisson' ? s.rate : 'inf',
    burstiness: s.type === 'poisson' ? 1.0 : null,
    max_concurrency: maxConcurrency,
    duration: d,
    completed: ok.length,
    failed,
    total_input_tokens: totalIn,
    total_output_tokens: totalOut,
    request_throughput: rate(ok.length),
    request_goodput: slo ? slo.goodput_rps : null,
    output_throughput: rate(totalOut),
    total_token_throughput: rate(totalIn + totalOut),
    max_output_tokens_per_s: maxOutputTokensPerSecond(ok),
    max_concurrent_requests: result.maxInFlight,
    ...latency,
    mode: modeOf(s),
    ...(ctx.inputTokens !== undefined
      ? { input_len: String(ctx.inputTokens) }
      : {}),
    output_len: String(ctx.outputTokens),
    ...(ctx.metadata ?? {}),
    llm_planner: llmPlanner,
  };
}

/**
 * The report file: one result object for a single strategy (as `vllm bench serve`), a list of
 * them for several strategies (as `vllm bench sweep`'s summary.json).
 */
export function buildReport(
  results: StrategyResult[],
  ctx: ReportContext,
): RunReport | RunReport[] {
  const reports = results.map((r, index) =>
    buildRunReport(r, ctx, { index, count: results.length }),
  );
  return reports.length === 1 ? reports[0] : reports;
}

const fmt = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined || !Number.isFinite(v)
    ? '-'
    : v.toFixed(digits);

/** A readable table of the runs, one row per strategy. */
export function formatSummaryTable(reports: RunReport[]): string {
  const header = [
    'strategy',
    'ok',
    'fail',
    'req/s',
    'out tok/s',
    'TTFT p50',
    'TTFT p95',
    'ITL p50',
    'ITL p95',
    'E2E p50',
    'E2E p95',
    'SLO',
  ];
  const rows = reports.map(r => {
    const b = r.llm_planner;
    const slo = b.slo
      ? `${b.slo.all_met ? 'met' : 'MISSED'} (${b.slo.targets
          .map(
            t =>
              `${t.metric} ${t.stat} ${fmt(t.measured_ms, 0)}/${t.target_ms}`,
          )
          .join(', ')})`
      : '-';
    return [
      b.strategy.label,
      String(b.requests.completed),
      String(b.requests.failed),
      fmt(b.throughput.requests_per_s, 2),
      fmt(b.throughput.output_tokens_per_s, 0),
      fmt(r.median_ttft_ms as number),
      fmt(r.p95_ttft_ms as number),
      fmt(r.median_itl_ms as number, 2),
      fmt(r.p95_itl_ms as number, 2),
      fmt(r.median_e2el_ms as number, 0),
      fmt(r.p95_e2el_ms as number, 0),
      slo,
    ];
  });
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map(r => r[i].length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === 0 || i === cells.length - 1
          ? c.padEnd(widths[i])
          : c.padStart(widths[i]),
      )
      .join('  ');
  const errors = reports.flatMap(r =>
    Object.entries(r.llm_planner.requests.errors).map(
      ([e, n]) => `  ${r.llm_planner.strategy.label}: ${n} x ${e}`,
    ),
  );
  return [
    'latencies in ms',
    line(header),
    line(widths.map(w => '-'.repeat(w))),
    ...rows.map(line),
    ...(errors.length ? ['errors:', ...errors] : []),
  ].join('\n');
}
