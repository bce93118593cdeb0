import { parseBenchmarkCsv } from '../engine/normalise';
import { guidellmToRecords } from './guidellm';
import { recordsToCsv } from './toCsv';
import type { ImportContext } from './types';
import { catalogs, FILES, readFormatJson } from './__testUtils__/formats';

const H100: ImportContext = {
  gpu: 'H100-SXM-80GB',
  gpuCount: 1,
  engine: 'vLLM',
  engineVersion: '0.9.1',
};

/** Converts and normalises; asserts that neither step reports an error. */
function importRuns(json: unknown, context: ImportContext) {
  const { records, errors } = guidellmToRecords(json, context);
  expect(errors).toEqual([]);
  const parsed = parseBenchmarkCsv(recordsToCsv(records), catalogs());
  expect(parsed.errors).toEqual([]);
  expect(parsed.runs).toHaveLength(records.length);
  return { records, runs: parsed.runs, warnings: parsed.warnings };
}

/** A deep copy of a saved report, to make invalid or other-strategy variants of it. */
function copyOf(name: string): any {
  return JSON.parse(JSON.stringify(readFormatJson(name)));
}

describe('guidellmToRecords on the saved reports', () => {
  it.each([
    ['v0.2', FILES.guidellmV02, 'v0.2 layout'],
    ['v0.3', FILES.guidellmV03, 'v0.3 layout'],
  ])('reads the %s layout (sweep, synchronous step)', (_v, file, label) => {
    const { records, runs } = importRuns(readFormatJson(file), H100);
    expect(records).toHaveLength(1); // the stripped sweep keeps its first benchmark only
    const r = runs[0];
    expect(r).toMatchObject({
      modelRaw: 'example_model',
      gpuId: 'H100-SXM-80GB',
      gpuCount: 1,
      tp: 1,
      engine: 'vllm',
      engineVersion: '0.9.1',
      loadKind: 'closed-loop',
      concurrency: 1,
      requestRate: null,
      effectiveConcurrency: 1,
      outputTokens: 128,
      dataset: 'synthetic prompt_tokens=256,output_tokens=128',
    });
    expect(r.inputTokens).toBeCloseTo(257.1087, 3);
    expect(r.ttft.mean).toBeCloseTo(16.792535781860348, 4);
    expect(r.ttft.p50).toBeCloseTo(16.38054847717285, 4); // the median: v0.2/v0.3 have no p50
    expect(r.ttft.p99).toBeCloseTo(21.281957626342773, 4);
    // request_latency is in seconds: 0.6444743664368339 s
    expect(r.e2e.mean).toBeCloseTo(644.4744, 3);
    expect(r.e2e.p90).toBeCloseTo(648.8736, 3);
    // GuideLLM's ITL (first token excluded) is the store's TPOT; its own TPOT is not imported
    expect(r.tpot.mean).toBeCloseTo(4.941609043733832, 5);
    expect(r.itl).toEqual({});
    expect(r.reqS).toBeCloseTo(1.5481806532737452, 5);
    expect(r.outputTokS).toBeCloseTo(198.13346751788123, 3);
    expect(r.totalTokS).toBeCloseTo(992.6867, 3);
    expect(r.mode).toMatch(/sweep step 0/);
    expect(r.source).toMatch(new RegExp(`GuideLLM ${label} report`));
    expect(r.notes).toMatch(/successful=46, errored=0, incomplete=1/);
    expect(r.notes).toMatch(
      /time_per_output_token_ms \(first token included\) mean=4\.903 ms/,
    );
  });

  it('notes the v0.3 run status', () => {
    const { records } = guidellmToRecords(
      readFormatJson(FILES.guidellmV03),
      H100,
    );
    expect(records[0].notes).toMatch(
      /run status success \(max_seconds_reached\)/,
    );
  });

  it('reads the v0.5 layout (metadata.version 1) with the hardware from context', () => {
    const { runs } = importRuns(readFormatJson(FILES.guidellmV05), {
      gpu: 'Intel XPU (model not named)',
      gpuCount: 4,
      tensorParallel: 4,
      engine: 'vLLM',
      engineVersion: '0.1.dev12986+gfa99ccebd',
      precision: 'FP8',
      fileName: `guidellm_results/20260302_1917/${FILES.guidellmV05}`,
    });
    expect(runs).toHaveLength(1);
    const r = runs[0];
    expect(r).toMatchObject({
      modelRaw: 'Qwen/Qwen3-30B-A3B',
      modelId: 'qwen3-30b-a3b',
      precision: 'fp8',
      gpuRaw: 'Intel XPU (model not named)',
      gpuId: null,
      gpuCount: 4,
      tp: 4,
      loadKind: 'closed-loop',
      concurrency: 1,
      outputTokens: 1024,
      dataset: 'aime_2024_v2.jsonl',
    });
    expect(r.inputTokens).toBeCloseTo(92.0526, 3);
    expect(r.ttft.mean).toBeCloseTo(59.9928153188605, 4);
    expect(r.ttft.p50).toBeCloseTo(58.10093879699707, 4);
    expect(r.e2e.mean).toBeCloseTo(39601.166, 1); // 39.60116597225791 s
    expect(r.e2e.p99).toBeCloseTo(40430.07, 1);
    expect(r.tpot.mean).toBeCloseTo(38.65124784686373, 4);
    expect(r.reqS).toBeCloseTo(0.025, 6);
    expect(r.source).toBe(
      `GuideLLM v0.5.0.dev0 report ${FILES.guidellmV05} (run 9610439e-ed3b-496c-9bc8-a7215d0ae143, benchmark 1 of 1)`,
    );
    expect(r.notes).toMatch(/successful=19, errored=0, incomplete=0/);
  });

  it('reads the v0.8 layout (metadata.version 2, config.spec): two constant rates', () => {
    const { records, runs } = importRuns(readFormatJson(FILES.guidellmV08), {
      ...H100,
      model: 'meta-llama/Llama-3.1-8B-Instruct', // override of the mock model name
    });
    expect(records).toHaveLength(2);
    expect(runs.map(r => [r.loadKind, r.requestRate, r.concurrency])).toEqual([
      ['constant', 2, null],
      ['constant', 4, null],
    ]);
    expect(runs.every(r => r.modelId === 'llama-3.1-8b')).toBe(true);
    expect(runs[0].inputTokens).toBe(71.5);
    expect(runs[1].inputTokens).toBe(65.5);
    expect(runs[0].outputTokens).toBe(8);
    expect(runs[0].ttft.mean).toBeCloseTo(11.481165885925293, 4);
    expect(runs[1].e2e.mean).toBeCloseTo(17.63391, 4); // 0.017633914947509766 s
    expect(runs[1].tpot.mean).toBeCloseTo(1.0904414313180106, 5);
    // Little's law on the measured rate: 0.3984 req/s x 19.79 ms
    expect(runs[0].effectiveConcurrency).toBeCloseTo(
      (0.39843430656414264 * 19.78909969329834) / 1000,
      6,
    );
    expect(runs[0].dataset).toBe(
      'synthetic prompt_tokens=32±4,output_tokens=8,turns=2',
    );
    expect(runs[0].source).toMatch(
      /^GuideLLM v0\.8\.0\.dev18 report \(run 563b778f/,
    );
    // the constant strategy's default max_concurrency cap must not make it a closed loop
    expect(runs[0].mode).not.toMatch(/max_concurrency|closed-loop/);
  });

  it('keeps the model of the report unless the context overrides it', () => {
    const { records } = guidellmToRecords(
      readFormatJson(FILES.guidellmV08),
      H100,
    );
    expect(records.map(r => r.model)).toEqual([
      'e2e-mock-model',
      'e2e-mock-model',
    ]);
  });
});

describe('guidellmToRecords load strategies', () => {
  const withStrategy = (strategy: object) => {
    const report = copyOf(FILES.guidellmV08);
    report.benchmarks = [report.benchmarks[0]];
    report.benchmarks[0].config.strategy = strategy;
    return report;
  };

  it('maps concurrent to a closed loop of N streams', () => {
    const { runs } = importRuns(
      withStrategy({ type_: 'concurrent', streams: 8, max_concurrency: 8 }),
      H100,
    );
    expect(runs[0]).toMatchObject({
      loadKind: 'closed-loop',
      concurrency: 8,
      effectiveConcurrency: 8,
    });
  });

  it('maps poisson to a rate', () => {
    const { runs } = importRuns(
      withStrategy({ type_: 'poisson', rate: 3.5, max_concurrency: 10240 }),
      H100,
    );
    expect(runs[0]).toMatchObject({
      loadKind: 'poisson',
      requestRate: 3.5,
      concurrency: null,
    });
  });

  it('maps throughput to a burst', () => {
    const { records, runs } = importRuns(
      withStrategy({ type_: 'throughput', max_concurrency: 512 }),
      H100,
    );
    expect(runs[0]).toMatchObject({
      loadKind: 'burst',
      requestRate: null,
      concurrency: null,
    });
    expect(records[0].request_rate).toBe('inf');
    expect(records[0].notes).toMatch(/capped at 512/);
  });

  it('reads the concurrent strategy of the v0.2 layout', () => {
    const report = copyOf(FILES.guidellmV02);
    report.benchmarks[0].args.strategy = { type_: 'concurrent', streams: 4 };
    const { runs } = importRuns(report, H100);
    expect(runs[0]).toMatchObject({ loadKind: 'closed-loop', concurrency: 4 });
  });

  it('reports an unknown strategy instead of guessing', () => {
    const { errors } = guidellmToRecords(
      withStrategy({ type_: 'fancy' }),
      H100,
    );
    expect(errors).toEqual([
      { row: 1, column: 'mode', reason: 'unknown GuideLLM strategy "fancy"' },
    ]);
  });

  it('keeps ITL/TPOT medians empty when chunked streaming collapsed them', () => {
    const report = withStrategy({ type_: 'constant', rate: 2 });
    const itl = report.benchmarks[0].metrics.inter_token_latency_ms.successful;
    itl.median = 0.001;
    itl.percentiles.p50 = 0.001;
    const { records, runs } = importRuns(report, H100);
    expect(records[0].notes).toMatch(/chunked streaming/);
    expect(runs[0].tpot.p50).toBeUndefined();
    expect(runs[0].tpot.mean).toBeCloseTo(1.1508464813232422, 5);
  });
});

describe('guidellmToRecords errors', () => {
  it('requires the GPU and GPU count as context', () => {
    const { errors } = guidellmToRecords(readFormatJson(FILES.guidellmV05), {
      engine: 'vLLM',
    });
    expect(errors).toEqual([
      expect.objectContaining({ row: 0, column: 'gpu' }),
      expect.objectContaining({ row: 0, column: 'gpu_count' }),
    ]);
    expect(errors[0].reason).toMatch(/give it as import context/);
  });

  it('rejects a GPU count that is not a positive whole number', () => {
    const { errors } = guidellmToRecords(readFormatJson(FILES.guidellmV05), {
      gpu: 'H100',
      gpuCount: 1.5,
    });
    expect(errors).toEqual([
      expect.objectContaining({ row: 0, column: 'gpu_count' }),
    ]);
  });

  it('reports reports without benchmarks', () => {
    expect(guidellmToRecords({ benchmarks: [] }, H100).errors).toEqual([
      {
        row: 0,
        column: 'benchmarks',
        reason: 'the report holds no benchmarks',
      },
    ]);
    for (const bad of [null, 42, 'x', [], {}, { benchmarks: 'no' }]) {
      const { records, errors } = guidellmToRecords(bad, H100);
      expect(records).toEqual([]);
      expect(errors).toEqual([
        expect.objectContaining({ row: 0, column: 'benchmarks' }),
      ]);
    }
  });

  it('points at a vllm bench serve result given as GuideLLM', () => {
    const { errors } = guidellmToRecords(
      { completed: 8, mean_ttft_ms: 1 },
      H100,
    );
    expect(errors[0].reason).toMatch(/looks like a vllm bench serve result/);
  });

  it('rejects an unknown report layout version', () => {
    const report = copyOf(FILES.guidellmV08);
    report.metadata.version = 3;
    expect(guidellmToRecords(report, H100).errors).toEqual([
      expect.objectContaining({
        row: 0,
        reason: expect.stringMatching(/metadata.version 3/),
      }),
    ]);
  });

  it('reports negative numbers and missing metrics on the benchmark row', () => {
    const report = copyOf(FILES.guidellmV08);
    report.benchmarks[0].metrics.time_to_first_token_ms.successful.mean = -1;
    delete report.benchmarks[1].metrics.request_latency;
    const { records, errors } = guidellmToRecords(report, H100);
    expect(records).toEqual([]);
    expect(errors).toEqual([
      {
        row: 1,
        column: 'ttft_mean_ms',
        reason: 'negative value -1 in time_to_first_token_ms.successful',
      },
      {
        row: 2,
        column: 'e2e_mean_ms',
        reason: 'metric request_latency.successful.mean is missing',
      },
    ]);
  });

  it('reports a benchmark without successful requests', () => {
    const report = copyOf(FILES.guidellmV05);
    report.benchmarks[0].metrics.request_totals.successful = 0;
    const { errors } = guidellmToRecords(report, H100);
    expect(errors).toEqual([
      expect.objectContaining({
        row: 1,
        reason: expect.stringMatching(/no successful request/),
      }),
    ]);
  });

  it('never throws on odd shapes', () => {
    const odd = [
      { benchmarks: [null, 1, 'x'] },
      { benchmarks: [{ args: null }] },
      {
        metadata: { version: 1 },
        benchmarks: [
          { config: { strategy: 5 }, metrics: { request_totals: null } },
        ],
      },
      { metadata: { version: 2 }, config: { spec: [] }, benchmarks: [{}] },
    ];
    for (const o of odd) {
      expect(() => guidellmToRecords(o, H100)).not.toThrow();
      expect(guidellmToRecords(o, H100).errors.length).toBeGreaterThan(0);
    }
  });
});
