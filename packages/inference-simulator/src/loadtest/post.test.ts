import { parseLoadtestArgs } from './cli';
import { benchmarkImportBody, outcomeBody, plannerApiBase } from './post';
import type { RunReport } from './report';

const summary = (p50: number) => ({
  count: 4,
  mean: p50,
  std: 1,
  min: p50 - 1,
  max: p50 + 1,
  p50,
  p90: p50 + 1,
  p95: p50 + 1,
  p99: null,
});

function run(strategy: any, completed = 4): RunReport {
  return {
    total_input_tokens: 233 * completed,
    total_output_tokens: 100 * completed,
    max_concurrent_requests: 6,
    llm_planner: {
      model: 'Qwen/Qwen3-8B',
      profile: { type: 'sweep', index: 0, count: 4 },
      strategy: { ...strategy, label: 'x' },
      data: { prompt_tokens: 233, output_tokens: 128, source: 'synthetic' },
      started_at: '2025-01-01T00:00:00.000Z',
      ended_at: '2025-01-01T00:00:10.000Z',
      requests: { total: completed + 1, completed, failed: 1, errors: {} },
      latency_ms: {
        ttft: summary(60),
        itl: summary(7),
        tpot: summary(7),
        e2e: summary(800),
      },
      throughput: {
        requests_per_s: 2,
        output_tokens_per_s: 200,
        total_tokens_per_s: 666,
      },
    },
  } as unknown as RunReport;
}

describe('--post-to targets', () => {
  it('resolves the planner API base from a backend URL', () => {
    expect(plannerApiBase('http://localhost:7007')).toBe(
      'http://localhost:7007/api/llm-planner',
    );
    expect(plannerApiBase('http://localhost:7007/api/llm-planner/')).toBe(
      'http://localhost:7007/api/llm-planner',
    );
    expect(plannerApiBase('https://portal.example.com/backstage')).toBe(
      'https://portal.example.com/backstage/api/llm-planner',
    );
  });

  it('builds a vllm-bench-serve import with the hardware context', () => {
    const body = benchmarkImportBody([run({ type: 'synchronous' })], {
      context: { gpu: 'H100', gpuCount: 1, tensorParallel: 1, engine: 'vLLM' },
    });
    expect(body).toMatchObject({
      format: 'vllm-bench-serve',
      dataset: 'llm-loadtest sweep Qwen/Qwen3-8B 2025-01-01T00:00:00.000Z',
      context: { gpu: 'H100', gpuCount: 1, tensorParallel: 1, engine: 'vLLM' },
    });
    expect(JSON.parse(body.content)).toHaveLength(1);
  });

  it('maps each strategy to an outcome load profile', () => {
    expect(outcomeBody(run({ type: 'synchronous' }))).toMatchObject({
      loadProfile: {
        kind: 'synchronous',
        concurrency: 1,
        inputTokens: 233,
        outputTokens: 100,
      },
      measured: {
        ttft: { mean: 60, p50: 60, p90: 61, p95: 61 },
        e2e: { p50: 800 },
        throughputRps: 2,
        requests: 4,
        errors: 1,
      },
      source: 'loadtest',
    });
    expect(
      outcomeBody(run({ type: 'synchronous' }))!.measured.ttft,
    ).not.toHaveProperty('p99');
    expect(
      outcomeBody(run({ type: 'concurrent', streams: 8 }))!.loadProfile,
    ).toMatchObject({ kind: 'concurrent', concurrency: 8 });
    expect(
      outcomeBody(run({ type: 'throughput', maxConcurrency: 256 }))!
        .loadProfile,
    ).toMatchObject({ kind: 'concurrent', concurrency: 6 });
    expect(
      outcomeBody(run({ type: 'poisson', rate: 3.5 }))!.loadProfile,
    ).toMatchObject({ kind: 'poisson', rate: 3.5 });
    expect(outcomeBody(run({ type: 'synchronous' }, 0))).toBeNull();
  });

  it('validates --post-as and its companions', () => {
    const base = ['--target', 'http://127.0.0.1:1', '--max-requests', '1'];
    expect(parseLoadtestArgs(base, {}).postAs).toBe('report');
    expect(
      parseLoadtestArgs(
        [
          ...base,
          '--post-to',
          'http://127.0.0.1:7007',
          '--post-as',
          'benchmarks',
          '--gpu',
          'H100',
          '--tp',
          '2',
        ],
        {},
      ).importContext,
    ).toEqual({
      gpu: 'H100',
      gpuCount: 2,
      tensorParallel: 2,
      engine: undefined,
      engineVersion: undefined,
      precision: undefined,
    });
    expect(() =>
      parseLoadtestArgs([...base, '--post-as', 'outcome'], {}),
    ).toThrow(/--post-as needs --post-to/);
    expect(() =>
      parseLoadtestArgs(
        [...base, '--post-to', 'http://x', '--post-as', 'outcome'],
        {},
      ),
    ).toThrow(/needs --deployment-id/);
    expect(() =>
      parseLoadtestArgs(
        [...base, '--post-to', 'http://x', '--post-as', 'benchmarks'],
        {},
      ),
    ).toThrow(/needs --gpu/);
    expect(() =>
      parseLoadtestArgs(
        [...base, '--post-to', 'http://x', '--post-as', 'csv'],
        {},
      ),
    ).toThrow(/report, benchmarks or outcome/);
    expect(() =>
      parseLoadtestArgs([...base, '--post-to', 'ftp://x'], {}),
    ).toThrow(/http\(s\) URL/);
  });
});
