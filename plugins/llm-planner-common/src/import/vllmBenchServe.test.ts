import { parseBenchmarkCsv } from '../engine/normalise';
import { recordsToCsv } from './toCsv';
import type { ImportContext } from './types';
import { vllmBenchServeToRecords } from './vllmBenchServe';
import { catalogs, FILES, readFormat } from './__testUtils__/formats';

const A10G: ImportContext = {
  gpu: 'A10G',
  gpuCount: 1,
  engine: 'vLLM',
  engineVersion: '0.25.1',
  precision: 'FP16',
};
const H100x2: ImportContext = {
  gpu: 'H100-SXM-80GB',
  gpuCount: 2,
  tensorParallel: 1,
  engine: 'vLLM',
};

function importRuns(text: string, context: ImportContext) {
  const { records, errors } = vllmBenchServeToRecords(text, context);
  expect(errors).toEqual([]);
  const parsed = parseBenchmarkCsv(recordsToCsv(records), catalogs());
  expect(parsed.errors).toEqual([]);
  expect(parsed.runs).toHaveLength(records.length);
  return { records, runs: parsed.runs };
}

function resultOf(name: string): any {
  return JSON.parse(readFormat(name));
}

describe('vllmBenchServeToRecords on the saved results', () => {
  it('reads a vLLM 0.25.1 sweep run: closed loop at max_concurrency', () => {
    const { records, runs } = importRuns(readFormat(FILES.vllmSweepRun), {
      ...A10G,
      fileName: FILES.vllmSweepRun,
    });
    expect(records).toHaveLength(1);
    const r = runs[0];
    expect(r).toMatchObject({
      modelRaw: 'facebook/opt-125m',
      gpuId: 'A10G',
      gpuCount: 1,
      tp: 1,
      engine: 'vllm',
      engineVersion: '0.25.1',
      precision: 'fp16',
      loadKind: 'closed-loop',
      concurrency: 2,
      effectiveConcurrency: 2,
      inputTokens: 32, // 256 / 8
      outputTokens: 16, // 128 / 8
    });
    expect(r.ttft.mean).toBeCloseTo(217.27289337468392, 3); // mean_ttft_ms
    expect(r.ttft.p50).toBeCloseTo(44.92285849846667, 3); // median_ttft_ms
    expect(r.ttft.p99).toBeCloseTo(762.4942294094944, 3);
    expect(r.tpot.mean).toBeCloseTo(8.204553624697533, 5);
    expect(r.itl.p99).toBeCloseTo(22.26501848665066, 4);
    expect(r.e2e.mean).toBeCloseTo(340.3411977451469, 3);
    expect(r.e2e.p50).toBeCloseTo(166.47808399284258, 3);
    expect(r.reqS).toBeCloseTo(5.859229976904171, 5);
    expect(r.outputTokS).toBeCloseTo(93.74767963046673, 4);
    expect(r.totalTokS).toBeCloseTo(281.2430388914002, 3);
    expect(r.mode).toBe(
      'vllm bench sweep closed-loop max_concurrency=2, 8 prompts',
    );
    expect(records[0].request_rate).toBe('inf');
    expect(r.source).toBe(
      `vllm bench sweep result ${FILES.vllmSweepRun} (date 20260818-021333)`,
    );
    expect(r.notes).toMatch(/completed=8, failed=0 of 8 prompts/);
    expect(r.notes).toMatch(/observed peak concurrency=6/);
    expect(r.notes).toMatch(/run_number=0, max_num_seqs=4/);
  });

  it('reads a sweep summary (a JSON list of results)', () => {
    const { runs } = importRuns(readFormat(FILES.vllmSweepSummary), A10G);
    expect(runs).toHaveLength(2);
    expect(runs.map(r => r.loadKind)).toEqual(['closed-loop', 'closed-loop']);
    expect(runs[0].ttft.mean).toBeCloseTo(217.27289337468392, 3);
    expect(runs[1].ttft.mean).toBeCloseTo(39.30731637592544, 3);
    expect(runs[1].e2e.p99).toBeCloseTo(169.63662419613684, 3);
    expect(runs[1].source).toBe(
      'vllm bench sweep result #2 (date 20260818-021338)',
    );
  });

  it.each([
    ['llm-d 1p1d', FILES.vllm1p1d, 249.5401489152573, 261.13618802046403],
    [
      'vllm 2 replicas',
      FILES.vllm2replicas,
      243.57119981985306,
      257.0488001947524,
    ],
  ])(
    'reads benchmark_serving.py 2025-05 (%s): gamma arrivals of shape 100 at 3.6 rps',
    (_n, file, ttftMean, ttftP95) => {
      const { runs } = importRuns(readFormat(file), H100x2);
      const r = runs[0];
      expect(r).toMatchObject({
        modelId: 'llama-3.1-8b',
        gpuId: 'H100-SXM-80GB',
        gpuCount: 2,
        tp: 1,
        loadKind: 'constant', // burstiness 100: coefficient of variation 0.1
        requestRate: 3.6,
        inputTokens: 7999, // 1599800 / 200
        outputTokens: 200, // 40000 / 200
      });
      expect(r.ttft.mean).toBeCloseTo(ttftMean, 4);
      expect(r.ttft.p95).toBeCloseTo(ttftP95, 4);
      expect(r.e2e).toEqual({}); // no e2el keys before mid-2025
      expect(r.notes).toMatch(/benchmark_serving.py layout/);
    },
  );

  it('reads JSON Lines with --metadata: GPU and count from "4xNVIDIA_L40S"', () => {
    const { records, runs } = importRuns(readFormat(FILES.vllmJsonl), {});
    expect(runs).toHaveLength(9);
    expect(runs.map(r => r.loadKind)).toEqual([
      'poisson',
      'poisson',
      'burst',
      'poisson',
      'poisson',
      'burst',
      'poisson',
      'poisson',
      'burst',
    ]);
    expect(runs.map(r => r.requestRate)).toEqual([
      10,
      30,
      null,
      10,
      30,
      null,
      10,
      30,
      null,
    ]);
    expect(runs.every(r => r.gpuId === 'L40S' && r.gpuCount === 4)).toBe(true);
    expect(
      runs.every(r => r.modelRaw === 'meta-llama/Llama-3.2-3B-Instruct'),
    ).toBe(true);
    expect(runs[0].inputTokens).toBe(999); // 299700 / 300, not the nominal input_len 1000
    expect(runs[0].outputTokens).toBeCloseTo(80945 / 300, 3);
    expect(runs[0].ttft.mean).toBeCloseTo(54.59561144333596, 4);
    expect(runs[0].dataset).toBe(
      'input_len=1000,output_len=500 (from --metadata)',
    );
    expect(runs[0].tp).toBeNull(); // 4 GPUs, tensor-parallel size not recorded
    expect(records[0].notes).toMatch(/deployment=no-features/);
    expect(records[3].notes).toMatch(/deployment=base/);
    expect(runs[2].source).toMatch(/line 3 \(date 20250530-194947\)$/);
    // Poisson runs carry Little's law concurrency from the measured rate and e2e (absent here)
    expect(runs[0].effectiveConcurrency).toBeNull();
  });

  it('lets the context override the --metadata', () => {
    const { runs } = importRuns(readFormat(FILES.vllmJsonl), {
      gpu: 'L4',
      gpuCount: 4,
      tensorParallel: 1,
      engine: 'vLLM',
      dataset: 'random 1000/500',
    });
    expect(
      runs.every(
        r => r.gpuId === 'L4' && r.tp === 1 && r.dataset === 'random 1000/500',
      ),
    ).toBe(true);
  });

  it('turns the all-requests-failed result into an error, not zero latencies', () => {
    const { records, errors } = vllmBenchServeToRecords(
      readFormat(FILES.vllmFailed),
      A10G,
    );
    expect(records).toEqual([]);
    expect(errors).toEqual([
      {
        row: 1,
        column: 'completed',
        reason:
          'all 8 requests failed (completed = 0): nothing was measured, the zero metrics are not latencies',
      },
    ]);
  });

  it('requires the GPU and the GPU count', () => {
    const { records, errors } = vllmBenchServeToRecords(
      readFormat(FILES.vllmSweepSummary),
      {},
    );
    expect(records).toEqual([]);
    expect(errors.map(e => [e.row, e.column])).toEqual([
      [1, 'gpu'],
      [1, 'gpu_count'],
      [2, 'gpu'],
      [2, 'gpu_count'],
    ]);
  });
});

describe('vllmBenchServeToRecords load kinds and context sources', () => {
  const base = () => resultOf(FILES.vllmSweepRun);

  it('maps rate=inf without max_concurrency to a burst', () => {
    const r = { ...base(), max_concurrency: null };
    const { records, runs } = importRuns(JSON.stringify(r), A10G);
    expect(runs[0]).toMatchObject({
      loadKind: 'burst',
      concurrency: null,
      requestRate: null,
    });
    expect(records[0].mode).toBe(
      'vllm bench sweep burst: 8 prompts at rate=inf',
    );
  });

  it('keeps a finite rate with a max_concurrency cap a rate, not a closed loop', () => {
    const r = {
      ...base(),
      request_rate: 4,
      burstiness: 1.0,
      max_concurrency: 2,
    };
    const { records, runs } = importRuns(JSON.stringify(r), A10G);
    expect(runs[0]).toMatchObject({ loadKind: 'poisson', requestRate: 4 });
    expect(runs[0].effectiveConcurrency).toBeCloseTo(
      (5.859229976904171 * 340.3411977451469) / 1000,
      6,
    );
    expect(records[0].notes).toMatch(/capped at 2 requests in flight/);
  });

  it('leaves bursty gamma arrivals of unknown kind, with the rate', () => {
    const r = {
      ...base(),
      request_rate: 4,
      burstiness: 0.5,
      max_concurrency: null,
    };
    const { runs } = importRuns(JSON.stringify(r), A10G);
    expect(runs[0]).toMatchObject({ loadKind: 'unknown', requestRate: 4 });
  });

  it('reads bare Infinity / NaN as Python writes them', () => {
    const text = JSON.stringify({ ...base(), max_concurrency: null })
      .replace('"request_rate":"inf"', '"request_rate":Infinity')
      .replace('"request_goodput":null', '"request_goodput":NaN');
    const { runs } = importRuns(text, A10G);
    expect(runs[0].loadKind).toBe('burst');
  });

  it('uses the llm_planner object of our load tester as context', () => {
    const r = {
      ...base(),
      llm_planner: {
        profile: { type: 'sweep', points: 4 },
        slo_attainment: { ttft: 0.98, itl: 1 },
        samples: [{ ok: true }, { ok: true }],
        gpu: 'H100-SXM-80GB',
        gpu_count: 2,
        tensor_parallel: 2,
        engine: 'vLLM',
        engine_version: '0.25.1',
        precision: 'BF16',
      },
    };
    const { records, runs } = importRuns(JSON.stringify(r), {});
    expect(runs[0]).toMatchObject({
      gpuId: 'H100-SXM-80GB',
      gpuCount: 2,
      tp: 2,
      engine: 'vllm',
      engineVersion: '0.25.1',
      precision: 'bf16',
    });
    expect(runs[0].source).toMatch(/^llm-planner load test result/);
    expect(records[0].notes).toMatch(/llm-planner profile sweep/);
    expect(records[0].notes).toMatch(/SLO attainment \{"ttft":0.98,"itl":1\}/);
    expect(records[0].notes).toMatch(/2 request samples/);
    // explicit context wins over the file
    const over = importRuns(JSON.stringify(r), {
      gpu: 'A10G',
      gpuCount: 1,
      tensorParallel: 1,
    });
    expect(over.runs[0]).toMatchObject({
      gpuId: 'A10G',
      gpuCount: 1,
      tp: 1,
      engine: 'vllm',
    });
  });

  it('fills the GPU from --metadata keys', () => {
    const r = {
      ...base(),
      gpu: 'H100',
      gpu_count: '8',
      tensor_parallel: '8',
      engine: 'SGLang',
    };
    const { runs } = importRuns(JSON.stringify(r), {});
    expect(runs[0]).toMatchObject({
      gpuId: 'H100-SXM-80GB',
      gpuCount: 8,
      tp: 8,
      engine: 'sglang',
    });
  });
});

describe('vllmBenchServeToRecords errors', () => {
  it.each([
    ['garbage', 'this is not json {'],
    ['empty', '   '],
    ['truncated object', '{"completed": 8, "mean_ttft_ms": '],
  ])('returns a row-0 error for %s text, never throws', (_n, text) => {
    const { records, errors } = vllmBenchServeToRecords(text, A10G);
    expect(records).toEqual([]);
    expect(errors).toEqual([
      expect.objectContaining({ row: 0, column: 'json' }),
    ]);
  });

  it('reports a bad JSON Lines line on its row and converts the others', () => {
    const lines = readFormat(FILES.vllmJsonl).trim().split('\n');
    lines[1] = lines[1].slice(0, 40);
    const { records, errors } = vllmBenchServeToRecords(lines.join('\n'), {});
    expect(records).toHaveLength(8);
    expect(errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'json',
        reason: expect.stringMatching(/^line 2 is not valid JSON/),
      }),
    ]);
  });

  it('rejects shapes that are not results with a clear reason', () => {
    expect(vllmBenchServeToRecords('[]', A10G).errors).toEqual([
      {
        row: 0,
        column: 'json',
        reason: 'the file holds no results (empty list)',
      },
    ]);
    expect(
      vllmBenchServeToRecords('{"params": {"max_num_seqs": 4}}', A10G).errors,
    ).toEqual([
      {
        row: 1,
        column: 'completed',
        reason:
          'not a vllm bench serve result: no completed count and no *_ttft_ms / *_tpot_ms keys',
      },
    ]);
    expect(
      vllmBenchServeToRecords('[1, "x"]', A10G).errors.map(e => e.row),
    ).toEqual([1, 2]);
    const guide = readFormat(FILES.guidellmV08);
    expect(vllmBenchServeToRecords(guide, A10G).errors[0].reason).toMatch(
      /GuideLLM report/,
    );
  });

  it('reports negative values and missing latency metrics', () => {
    const r = resultOf(FILES.vllmSweepRun);
    const neg = { ...r, total_input_tokens: -256 };
    const noLatency = Object.fromEntries(
      Object.entries(r).filter(([k]) => !/_ms$/.test(k)),
    );
    const { records, errors } = vllmBenchServeToRecords(
      JSON.stringify([neg, noLatency]),
      A10G,
    );
    expect(records).toEqual([]);
    expect(errors).toEqual([
      {
        row: 1,
        column: 'input_tokens',
        reason: 'negative value -32 in total_input_tokens',
      },
      {
        row: 2,
        column: 'ttft_mean_ms',
        reason:
          'no latency metrics (mean_ttft_ms, mean_tpot_ms, ...) in this result',
      },
    ]);
  });

  it('rejects a rate that is neither a number nor inf', () => {
    const r = { ...resultOf(FILES.vllmSweepRun), request_rate: 'fast' };
    expect(vllmBenchServeToRecords(JSON.stringify(r), A10G).errors).toEqual([
      expect.objectContaining({ row: 1, column: 'request_rate' }),
    ]);
  });
});
