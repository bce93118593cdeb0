import { withSeedTemplates } from '../registry/useCases';
import { parseCsvRecords } from './csv';
import {
  buildGpuNameIndex,
  buildModelNameIndex,
  resolveGpuName,
  resolveModelName,
} from './names';
import {
  BenchmarkRun,
  GpuSpec,
  KnowledgeBase,
  LoadKind,
  ModelSpec,
  ModelSpecSchema,
  Precision,
  Price,
  RowError,
  SloTemplate,
  SloTemplateRow,
  SloTemplateSchema,
  Stats,
} from './schemas';

/** Columns of the shared benchmark layout (benchmarks.csv). @public */
export const BENCHMARK_COLUMNS = [
  'model',
  'params_b',
  'precision',
  'gpu',
  'gpu_count',
  'tensor_parallel',
  'engine',
  'engine_version',
  'input_tokens',
  'output_tokens',
  'concurrency',
  'request_rate',
  'ttft_mean_ms',
  'ttft_p50_ms',
  'ttft_p90_ms',
  'ttft_p99_ms',
  'itl_mean_ms',
  'itl_p90_ms',
  'e2e_mean_ms',
  'e2e_p90_ms',
  'output_tok_s',
  'req_s',
  'source',
  'ttft_p95_ms',
  'itl_p50_ms',
  'itl_p95_ms',
  'itl_p99_ms',
  'tpot_mean_ms',
  'tpot_p50_ms',
  'tpot_p90_ms',
  'tpot_p95_ms',
  'tpot_p99_ms',
  'e2e_p50_ms',
  'e2e_p95_ms',
  'e2e_p99_ms',
  'total_tok_s',
  'dataset',
  'mode',
  'notes',
] as const;

const REQUIRED_COLUMNS = ['model', 'gpu', 'source'];
const NUMERIC_COLUMNS = BENCHMARK_COLUMNS.filter(
  c =>
    c.endsWith('_ms') ||
    c.endsWith('_s') ||
    [
      'params_b',
      'gpu_count',
      'tensor_parallel',
      'input_tokens',
      'output_tokens',
      'concurrency',
    ].includes(c),
);

function num(v: string | undefined): number | null {
  if (v === undefined || v === '') return null;
  const x = Number(v);
  return Number.isFinite(x) ? x : null;
}

/** Normalises a precision spelling; unknown or blank stays null. @public */
export function normalisePrecision(raw: string): {
  precision: Precision | null;
  kvFp8: boolean;
} {
  const s = raw.trim().toLowerCase();
  const kvFp8 = /fp8 kv|\+fp8/.test(s);
  if (s === '') return { precision: null, kvFp8 };
  if (s.startsWith('mxfp4')) return { precision: 'mxfp4', kvFp8 };
  if (s.startsWith('fp4') || s === 'nvfp4') return { precision: 'fp4', kvFp8 };
  if (s.startsWith('fp8')) return { precision: 'fp8', kvFp8 };
  if (s.includes('w8a8') || s.startsWith('int8'))
    return { precision: 'int8', kvFp8 };
  if (s.startsWith('bf16')) return { precision: 'bf16', kvFp8 };
  if (s.startsWith('fp16')) return { precision: 'fp16', kvFp8 };
  if (s.includes('awq') || s.startsWith('int4'))
    return { precision: 'int4', kvFp8 };
  return { precision: null, kvFp8 };
}

/** Normalises an engine spelling to a family id. @public */
export function normaliseEngine(raw: string): string {
  const s = raw.toLowerCase();
  if (s.includes('nim')) return 'nim';
  if (s.includes('ascend')) return 'vllm-ascend';
  if (s.includes('sglang')) return 'sglang';
  if (s.includes('tensorrt') || s.includes('trt')) return 'trtllm';
  if (s.includes('tgi')) return 'tgi';
  if (s.includes('mindie')) return 'mindie';
  if (s.includes('llmboost')) return 'other';
  if (s.includes('vllm')) return 'vllm';
  if (s.includes('transformers')) return 'hf-transformers';
  return 'other';
}

/**
 * Reads the load generator from the `mode`, `concurrency` and `request_rate` columns.
 * Rates of `inf` are bursts, not rates. Values that cannot be read stay null.
 * @public
 */
export function parseLoad(
  mode: string,
  concurrencyCol: string,
  rateCol: string,
): { kind: LoadKind; concurrency: number | null; rate: number | null } {
  const m = mode.toLowerCase();
  const conc = num(concurrencyCol);
  const rateNum = rateCol.toLowerCase() === 'inf' ? null : num(rateCol);
  const concInMode = m.match(/concurrency[=\s](\d+)/);
  if (m.includes('offline') || m.includes('trtllm-bench'))
    return { kind: 'offline', concurrency: null, rate: null };
  if (m.includes('closed-loop') || m.includes('max_concurrency')) {
    return {
      kind: 'closed-loop',
      concurrency: conc ?? (concInMode ? Number(concInMode[1]) : null),
      rate: null,
    };
  }
  if (m.includes('single request') || m.includes('singlestream'))
    return { kind: 'closed-loop', concurrency: 1, rate: null };
  if (m.includes('burst') || m.includes('rps=inf') || m.includes('rate=inf'))
    return { kind: 'burst', concurrency: null, rate: null };
  if (m.includes('poisson'))
    return { kind: 'poisson', concurrency: null, rate: rateNum };
  if (m.includes('constant')) {
    const r = m.match(/rate=([\d.]+)\s*rps/);
    return {
      kind: 'constant',
      concurrency: null,
      rate: rateNum ?? (r ? Number(r[1]) : null),
    };
  }
  if (conc !== null)
    return { kind: 'closed-loop', concurrency: conc, rate: null };
  return { kind: 'unknown', concurrency: null, rate: rateNum };
}

function stats(
  rec: Record<string, string>,
  metric: string,
  dropMedian: boolean,
): Stats {
  const out: Stats = {};
  for (const s of ['mean', 'p50', 'p90', 'p95', 'p99'] as const) {
    const v = num(rec[`${metric}_${s}_ms`]);
    // a 0 ms latency is not a measurement; guidellm medians of ITL/TPOT can be ~0 because of
    // chunked streaming, which makes them unit-ambiguous: keep them empty
    if (v === null || v <= 0) continue;
    if (dropMedian && s === 'p50') continue;
    out[s] = v;
  }
  return out;
}

/** Options of the benchmark CSV parser. @public */
export type ParseBenchmarkOptions = {
  models?: ModelSpec[];
  gpus?: GpuSpec[];
  /** Called every `progressEvery` rows (default 1000) and at the end with rows read so far. */
  onProgress?: (parsed: number, total: number) => void;
  progressEvery?: number;
  /**
   * Called with each valid run and its row as soon as it is read, so a caller can store runs
   * while later rows are still parsed. A row error found later still fails the file.
   */
  onRun?: (run: BenchmarkRun, record: Record<string, string>) => void;
};

/**
 * Parses benchmark CSV text in the shared column layout into typed runs. Invalid rows are
 * skipped and reported as `{ row, column, reason }`; it never throws on bad data. `records`
 * are the data rows as read (cell text unchanged), `records[run.row - 1]` being a run's row.
 * @public
 */
export function parseBenchmarkCsv(
  text: string,
  options: ParseBenchmarkOptions = {},
): {
  runs: BenchmarkRun[];
  errors: RowError[];
  warnings: RowError[];
  records: Record<string, string>[];
} {
  const { header, records } = parseCsvRecords(text);
  const errors: RowError[] = [];
  const warnings: RowError[] = [];
  for (const c of REQUIRED_COLUMNS) {
    if (!header.includes(c))
      errors.push({ row: 0, column: c, reason: 'missing column' });
  }
  if (errors.length > 0) return { runs: [], errors, warnings, records };
  const modelIdx = buildModelNameIndex(options.models ?? []);
  const gpuIdx = buildGpuNameIndex(options.gpus ?? []);
  const numericColumns = NUMERIC_COLUMNS.filter(c => header.includes(c));
  const every = Math.max(1, options.progressEvery ?? 1000);
  const runs: BenchmarkRun[] = [];
  records.forEach((read, i) => {
    const row = i + 1;
    if (options.onProgress && row % every === 0)
      options.onProgress(row, records.length);
    // cells kept empty below are blanked on a copy, so `records` keeps the row as read
    let rec = read;
    const rowErrors: RowError[] = [];
    for (const c of REQUIRED_COLUMNS) {
      if (!rec[c])
        rowErrors.push({ row, column: c, reason: 'required value is empty' });
    }
    for (const c of numericColumns) {
      const v = rec[c];
      if (v === undefined || v === '') continue;
      const x = Number(v);
      if (Number.isFinite(x)) {
        if (x < 0)
          rowErrors.push({ row, column: c, reason: `negative value: ${v}` });
        continue;
      }
      if (c === 'request_rate' && v.toLowerCase() === 'inf') continue;
      if (/^\s*(<=?|>=?|~|≈|about|up to)/i.test(v)) {
        // a bound or an approximation is not a value: keep the cell empty and say so
        warnings.push({
          row,
          column: c,
          reason: `ambiguous value kept empty: "${v}"`,
        });
        if (rec === read) rec = { ...read };
        rec[c] = '';
        continue;
      }
      rowErrors.push({ row, column: c, reason: `not a number: "${v}"` });
    }
    const tp = num(rec.tensor_parallel);
    if (tp !== null && !Number.isInteger(tp))
      rowErrors.push({
        row,
        column: 'tensor_parallel',
        reason: 'not an integer',
      });
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      return;
    }
    const model = resolveModelName(rec.model, modelIdx);
    const prec = normalisePrecision(rec.precision ?? '');
    const precision = prec.precision ?? model?.precision ?? null;
    const load = parseLoad(
      rec.mode ?? '',
      rec.concurrency ?? '',
      rec.request_rate ?? '',
    );
    const chunkedStreaming = /chunked streaming/i.test(rec.notes ?? '');
    const e2e = stats(rec, 'e2e', false);
    const itl = stats(rec, 'itl', chunkedStreaming);
    let tpot = stats(rec, 'tpot', chunkedStreaming);
    // GuideLLM's TPOT averages over every output token, the first (prefill) one included; its
    // ITL excludes it and is what vLLM calls TPOT. Keep only the comparable one.
    const guidellmTpot =
      /guidellm/i.test(`${rec.mode ?? ''} ${rec.source ?? ''}`) &&
      tpot.mean !== undefined &&
      itl.mean !== undefined &&
      tpot.mean > itl.mean;
    if (guidellmTpot) tpot = {};
    const reqS = num(rec.req_s);
    const outTokS = num(rec.output_tok_s);
    let outputTokens = num(rec.output_tokens);
    let outputTokensDerived = false;
    if (
      outputTokens === null &&
      outTokS !== null &&
      reqS !== null &&
      reqS > 0
    ) {
      outputTokens = Math.round((outTokS / reqS) * 10) / 10;
      outputTokensDerived = true;
    }
    let effectiveConcurrency: number | null = null;
    if (load.kind === 'closed-loop') effectiveConcurrency = load.concurrency;
    else if (
      (load.kind === 'poisson' || load.kind === 'constant') &&
      load.rate !== null
    ) {
      const rate = reqS ?? load.rate;
      if (e2e.mean !== undefined)
        effectiveConcurrency = (rate * e2e.mean) / 1000;
      else if (e2e.p50 !== undefined)
        effectiveConcurrency = (rate * e2e.p50) / 1000;
    }
    runs.push({
      row,
      modelRaw: rec.model,
      modelId: model?.modelId ?? null,
      paramsB: num(rec.params_b),
      precisionRaw: rec.precision ?? '',
      precision,
      kvFp8: prec.kvFp8 || /fp8-kv/i.test(rec.model),
      gpuRaw: rec.gpu,
      gpuId: resolveGpuName(rec.gpu, gpuIdx),
      gpuCount: num(rec.gpu_count),
      tp,
      engineRaw: rec.engine ?? '',
      engine: normaliseEngine(rec.engine ?? ''),
      engineVersion: rec.engine_version ?? '',
      inputTokens: num(rec.input_tokens),
      outputTokens,
      outputTokensDerived,
      loadKind: load.kind,
      concurrency: load.concurrency,
      requestRate: load.rate,
      effectiveConcurrency,
      ttft: stats(rec, 'ttft', false),
      itl,
      tpot,
      e2e,
      outputTokS: outTokS,
      totalTokS: num(rec.total_tok_s),
      reqS,
      dataset: rec.dataset ?? '',
      mode: rec.mode ?? '',
      source: rec.source,
      notes: guidellmTpot
        ? `${
            rec.notes ?? ''
          }; GuideLLM TPOT (first token included) dropped, ITL used`.replace(
            /^; /,
            '',
          )
        : rec.notes ?? '',
    });
    options.onRun?.(runs[runs.length - 1], read);
  });
  options.onProgress?.(records.length, records.length);
  return { runs, errors, warnings, records };
}

/** Parses gpus.csv. @public */
export function parseGpuCsv(text: string): {
  gpus: GpuSpec[];
  errors: RowError[];
} {
  const { records } = parseCsvRecords(text);
  const gpus: GpuSpec[] = [];
  const errors: RowError[] = [];
  for (const [i, r] of records.entries()) {
    const row = i + 1;
    const mem = num(r.memory_gb);
    if (!r.gpu) {
      errors.push({ row, column: 'gpu', reason: 'empty' });
      continue;
    }
    if (mem === null || mem <= 0) {
      errors.push({
        row,
        column: 'memory_gb',
        reason: 'missing or invalid',
      });
      continue;
    }
    gpus.push({
      id: r.gpu,
      vendor: r.vendor,
      architecture: r.architecture,
      memoryGb: mem,
      memBwTbs: num(r.mem_bw_tbs),
      bf16Tflops: num(r.bf16_dense_tflops),
      fp16Tflops: num(r.fp16_dense_tflops),
      fp8Tflops: num(r.fp8_dense_tflops),
      fp8: (r.fp8_support ?? '').toLowerCase().startsWith('yes'),
      fp4: (r.fp4_support ?? '').toLowerCase().startsWith('yes'),
      interconnect: r.interconnect ?? '',
      interconnectGbs: num(r.interconnect_gbs),
      source: r.source ?? '',
      notes: r.notes ?? '',
    });
  }
  return { gpus, errors };
}

/** Parses prices.csv; GPU names are resolved to gpus.csv ids when `gpus` is given. @public */
export function parsePriceCsv(
  text: string,
  gpus: GpuSpec[] = [],
): { prices: Price[]; errors: RowError[] } {
  const { records } = parseCsvRecords(text);
  const idx = buildGpuNameIndex(gpus);
  const prices: Price[] = [];
  const errors: RowError[] = [];
  for (const [i, r] of records.entries()) {
    const row = i + 1;
    const perGpu = num(r.price_per_gpu_hour_usd);
    const count = num(r.gpu_count);
    const type = (r.pricing_type ?? '').toLowerCase();
    if (perGpu === null || perGpu <= 0) {
      errors.push({
        row,
        column: 'price_per_gpu_hour_usd',
        reason: 'missing or invalid',
      });
      continue;
    }
    if (count === null || count <= 0 || !Number.isInteger(count)) {
      errors.push({
        row,
        column: 'gpu_count',
        reason: 'missing or not a whole GPU count',
      });
      continue;
    }
    let pricing: 'spot' | 'on-demand' | null = null;
    if (type.startsWith('spot')) pricing = 'spot';
    else if (type.startsWith('on-demand')) pricing = 'on-demand';
    if (!pricing) {
      errors.push({
        row,
        column: 'pricing_type',
        reason: `unknown pricing "${r.pricing_type}"`,
      });
      continue;
    }
    prices.push({
      row,
      provider: r.provider ?? '',
      region: r.region ?? '',
      instanceType: r.instance_type ?? '',
      gpuRaw: r.gpu ?? '',
      gpuId: resolveGpuName(r.gpu ?? '', idx),
      gpuCount: count,
      pricing,
      pricingRaw: r.pricing_type ?? '',
      pricePerHour: num(r.price_per_hour_usd),
      pricePerGpuHour: perGpu,
      asOf: r.as_of ?? '',
      source: r.source ?? '',
      notes: r.notes ?? '',
    });
  }
  return { prices, errors };
}

/** Parses slo_templates.csv as published (kept verbatim, numbers stay text). @public */
export function parseSloTemplateCsv(text: string): {
  rows: SloTemplateRow[];
  errors: RowError[];
} {
  const { records } = parseCsvRecords(text);
  const rows: SloTemplateRow[] = [];
  const errors: RowError[] = [];
  for (const [i, r] of records.entries()) {
    if (!r.use_case) {
      errors.push({
        row: i + 1,
        column: 'use_case',
        reason: 'empty',
      });
      continue;
    }
    rows.push({
      row: i + 1,
      useCase: r.use_case,
      sourceType: r.source_type ?? '',
      percentile: r.percentile ?? '',
      ttftMs: r.ttft_ms ?? '',
      itlMs: r.tpot_or_itl_ms ?? '',
      itlMetric: r.tpot_or_itl_metric ?? '',
      e2eMs: r.e2e_ms ?? '',
      typicalInputTokens: r.typical_input_tokens ?? '',
      typicalOutputTokens: r.typical_output_tokens ?? '',
      workloadTokenStats: r.workload_token_stats ?? '',
      source: r.source ?? '',
      notes: r.notes ?? '',
    });
  }
  return { rows, errors };
}

/** Validates the model catalog JSON (benchmarks/catalog/models.json). @public */
export function parseModelCatalog(json: unknown): ModelSpec[] {
  const list = (json as { models?: unknown }).models ?? json;
  return ModelSpecSchema.array().parse(list);
}

/** Validates the SLO template catalog JSON (benchmarks/catalog/slo_templates.json). @public */
export function parseSloTemplateCatalog(json: unknown): SloTemplate[] {
  const list = (json as { templates?: unknown }).templates ?? json;
  return SloTemplateSchema.array().parse(list);
}

/** Inputs of {@link buildKnowledgeBase}: file contents, read by the caller. @public */
export type KnowledgeBaseSources = {
  benchmarksCsv: string;
  gpusCsv: string;
  pricesCsv: string;
  modelsJson: unknown;
  sloTemplatesJson: unknown;
};

/** Where each source of the knowledge base lives in a seed folder (the repository's `benchmarks/`). @public */
export const SEED_FILES = {
  benchmarksCsv: 'data/benchmarks.csv',
  gpusCsv: 'data/gpus.csv',
  pricesCsv: 'data/prices.csv',
  modelsJson: 'catalog/models.json',
  sloTemplatesJson: 'catalog/slo_templates.json',
} as const satisfies Record<keyof KnowledgeBaseSources, string>;

/**
 * The knowledge base sources of a seed folder: `read` returns the text of one of its files, given
 * its path relative to the folder (one of {@link SEED_FILES}). @public
 */
export function seedSources(
  read: (relativePath: string) => string,
): KnowledgeBaseSources {
  return {
    benchmarksCsv: read(SEED_FILES.benchmarksCsv),
    gpusCsv: read(SEED_FILES.gpusCsv),
    pricesCsv: read(SEED_FILES.pricesCsv),
    modelsJson: JSON.parse(read(SEED_FILES.modelsJson)),
    sloTemplatesJson: JSON.parse(read(SEED_FILES.sloTemplatesJson)),
  };
}

/** Builds the knowledge base from the seed files' contents. @public */
export function buildKnowledgeBase(src: KnowledgeBaseSources): {
  kb: KnowledgeBase;
  errors: { file: string; errors: RowError[] }[];
} {
  const models = parseModelCatalog(src.modelsJson);
  const { gpus, errors: gpuErrors } = parseGpuCsv(src.gpusCsv);
  const { prices, errors: priceErrors } = parsePriceCsv(src.pricesCsv, gpus);
  const { runs, errors: runErrors } = parseBenchmarkCsv(src.benchmarksCsv, {
    models,
    gpus,
  });
  const sloTemplates = withSeedTemplates(
    parseSloTemplateCatalog(src.sloTemplatesJson),
  );
  return {
    kb: { runs, models, gpus, prices, sloTemplates },
    errors: [
      { file: 'gpus.csv', errors: gpuErrors },
      { file: 'prices.csv', errors: priceErrors },
      { file: 'benchmarks.csv', errors: runErrors },
    ].filter(e => e.errors.length > 0),
  };
}
