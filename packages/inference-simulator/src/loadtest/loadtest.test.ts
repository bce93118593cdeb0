import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { AddressInfo } from 'node:net';
import { RunningSimulator, startSimulator } from '../server';
import { stepTimeModelFromPoints } from '../timing/stepTimeModel';
import { parseLoadtestArgs, runLoadtest } from './cli';
import { createPromptSource } from './prompts';
import { buildReport, evaluateSlo, RunReport } from './report';
import { arrivalSchedule, RunContext, runProfile, runStrategy } from './runner';
import { countTokens } from '../tokenizer';

/** A fast synthetic replica: 2 ms steps at batch 1, 6 ms at batch 16. */
const timing = stepTimeModelFromPoints([
  { concurrency: 1, ttftMs: 10, itlMs: 2, inputTokens: 64, outputTokens: 16 },
  { concurrency: 16, ttftMs: 20, itlMs: 6, inputTokens: 64, outputTokens: 16 },
]);

describe('load tester', () => {
  let sim: RunningSimulator;
  let ctx: RunContext;

  beforeAll(async () => {
    sim = await startSimulator({
      model: 'm',
      host: '127.0.0.1',
      port: 0,
      timing,
      maxNumSeqs: 64,
    });
    ctx = {
      target: { target: sim.url, model: 'm', endpoint: 'completions' },
      prompts: createPromptSource({ inputTokens: 64, outputTokens: 8 }),
      limits: { maxRequests: 8 },
    };
  });
  afterAll(() => sim.close());

  it('makes synthetic prompts of the requested token length', () => {
    const p = createPromptSource({ inputTokens: 233, outputTokens: 1 });
    expect(countTokens(p(0).prompt)).toBe(233);
    expect(p(0).prompt).not.toBe(p(1).prompt);
    expect(
      createPromptSource({ outputTokens: 4 })(0).inputTokens,
    ).toBeUndefined();
  });

  it('runs synchronous and concurrent strategies closed-loop', async () => {
    const sync = await runStrategy({ type: 'synchronous' }, ctx);
    expect(sync.samples).toHaveLength(8);
    expect(sync.maxInFlight).toBe(1);
    expect(
      sync.samples.every(
        s => s.ok && s.outputTokens === 8 && s.promptTokens === 64,
      ),
    ).toBe(true);
    for (const s of sync.samples) {
      expect(s.ttftMs).toBeGreaterThan(0);
      expect(s.itls).toHaveLength(7);
      expect(s.e2eMs).toBeGreaterThan(s.ttftMs);
    }
    const conc = await runStrategy(
      { type: 'concurrent', streams: 4 },
      { ...ctx, limits: { maxRequests: 12 } },
    );
    expect(conc.samples).toHaveLength(12);
    expect(conc.maxInFlight).toBe(4);
  });

  it('schedules constant-rate arrivals evenly and Poisson arrivals from the seed', () => {
    const offsets = (schedule: () => number, n: number) =>
      Array.from({ length: n }, schedule);
    expect(offsets(arrivalSchedule({ type: 'constant', rate: 50 }), 5)).toEqual(
      [0, 20, 40, 60, 80],
    );
    const poisson = (seed: number) =>
      offsets(arrivalSchedule({ type: 'poisson', rate: 100 }, seed), 1000);
    const a = poisson(3);
    expect(poisson(3)).toEqual(a); // the seed decides
    expect(poisson(4)).not.toEqual(a);
    const gaps = a.slice(1).map((t, i) => t - a[i]);
    expect(gaps.every(g => g >= 0)).toBe(true);
    const meanGap = a[999] / 999;
    expect(meanGap).toBeGreaterThan(9); // 10 ms expected, 1000 draws
    expect(meanGap).toBeLessThan(11);
    expect(Math.max(...gaps)).toBeGreaterThan(3 * Math.min(...gaps)); // irregular
  });

  // Wall-clock lateness depends on the machine's load, so the run is checked for what load
  // cannot change: no request is issued before it is due.
  it('issues no request before it is due', async () => {
    for (const [strategy, seed] of [
      [{ type: 'constant', rate: 50 }, 0],
      [{ type: 'poisson', rate: 100 }, 3],
    ] as const) {
      const result = await runStrategy(strategy, {
        ...ctx,
        seed,
        limits: { maxRequests: 10 },
      });
      const due = arrivalSchedule(strategy, seed);
      const starts = result.samples.map(s => s.startMs).sort((x, y) => x - y);
      expect(starts).toHaveLength(10);
      // the k-th request to start was due no earlier than the k-th offset
      for (const start of starts) expect(start).toBeGreaterThanOrEqual(due());
    }
  });

  // the duration limit is tested in simulated time (runner.limits.test.ts)

  it('sweeps from synchronous to throughput with rates in between', async () => {
    const results = await runProfile(
      { type: 'sweep', points: 2, maxConcurrency: 16, rateType: 'constant' },
      { ...ctx, limits: { maxRequests: 16 } },
    );
    expect(results.map(r => r.strategy.type)).toEqual([
      'synchronous',
      'throughput',
      'constant',
      'constant',
    ]);
    const rate = (i: number) =>
      results[i].samples.length / results[i].durationS;
    // The bounds run one request at a time, then 16 at once; how much faster 16 complete is
    // the machine's business (a loaded one even reversed it), so the swept rates are checked
    // against the two measured ones: from the synchronous rate up to the higher of the two.
    expect(results[0].maxInFlight).toBe(1);
    expect(results[1].maxInFlight).toBe(16);
    const rates = results
      .slice(2)
      .map(r => (r.strategy as { rate: number }).rate);
    const top = Math.max(rate(0), rate(1));
    expect(rates[0]).toBeGreaterThan(rate(0) * 0.99);
    expect(rates[1]).toBeGreaterThanOrEqual(rates[0]);
    expect(rates[1]).toBeLessThan(top * 1.01);

    const report = buildReport(results, {
      target: sim.url,
      model: 'm',
      endpoint: 'completions',
      profile: 'sweep',
      inputTokens: 64,
      outputTokens: 8,
      limits: { maxRequests: 16 },
      slo: [{ metric: 'ttft', stat: 'p95', targetMs: 10_000 }],
    }) as RunReport[];
    expect(Array.isArray(report)).toBe(true);
    expect(report).toHaveLength(4);
    const [syncRun, thr] = report;
    // vllm bench serve result layout
    for (const key of [
      'date',
      'backend',
      'model_id',
      'num_prompts',
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
      'output_throughput',
      'total_token_throughput',
      'mean_ttft_ms',
      'median_ttft_ms',
      'std_ttft_ms',
      'p90_ttft_ms',
      'p95_ttft_ms',
      'p99_ttft_ms',
      'mean_tpot_ms',
      'median_tpot_ms',
      'p99_tpot_ms',
      'mean_itl_ms',
      'median_itl_ms',
      'p99_itl_ms',
      'mean_e2el_ms',
      'median_e2el_ms',
      'p99_e2el_ms',
    ]) {
      expect(syncRun).toHaveProperty(key);
    }
    expect(syncRun).toMatchObject({
      model_id: 'm',
      request_rate: 'inf',
      max_concurrency: 1,
      completed: 16,
      failed: 0,
      total_input_tokens: 16 * 64,
      total_output_tokens: 16 * 8,
      mode: 'llm-loadtest closed-loop max_concurrency=1',
    });
    expect(thr.max_concurrency).toBe(16);
    expect(report[2].request_rate).toBeCloseTo(rates[0], 9);
    expect(syncRun.llm_planner).toMatchObject({
      tool: 'llm-loadtest',
      profile: { type: 'sweep', index: 0, count: 4 },
      strategy: { type: 'synchronous', label: 'synchronous' },
      requests: { completed: 16, failed: 0 },
      slo: { all_met: true },
    });
    expect(syncRun.llm_planner.samples).toHaveLength(16);
    expect(syncRun.llm_planner.samples![0]).toMatchObject({
      ok: true,
      output_tokens: 8,
      prompt_tokens: 64,
    });
    expect(
      (syncRun.p99_ttft_ms as number) >= (syncRun.median_ttft_ms as number),
    ).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report); // no NaN / undefined surprises
  });

  it('evaluates SLO targets, attainment and goodput', () => {
    const mk = (ttft: number, itl: number) => ({
      ok: true,
      startMs: 0,
      startAbsMs: 0,
      ttftMs: ttft,
      e2eMs: ttft + 100,
      itls: [itl],
      itlMeanMs: itl,
      tpotMs: itl,
      promptTokens: 1,
      outputTokens: 2,
    });
    const samples = [mk(100, 10), mk(200, 10), mk(300, 30), mk(400, 10)];
    const slo = evaluateSlo(
      samples,
      [
        { metric: 'ttft', stat: 'p50', targetMs: 250 },
        { metric: 'itl', stat: 'p95', targetMs: 20 },
      ],
      2,
    )!;
    expect(slo.targets[0]).toMatchObject({
      measured_ms: 250,
      met: true,
      attainment: 0.5,
    });
    expect(slo.targets[1]).toMatchObject({ met: false, attainment: 0.75 });
    expect(slo.all_met).toBe(false);
    expect(slo.goodput_rps).toBe(1); // requests 1 and 2 meet both, over 2 s
  });

  it('counts errors of a faulty endpoint', async () => {
    const faulty = await startSimulator({
      model: 'm',
      host: '127.0.0.1',
      port: 0,
      errorRate: 1,
    });
    try {
      const r = await runStrategy(
        { type: 'synchronous' },
        {
          ...ctx,
          target: { ...ctx.target, target: faulty.url },
          limits: { maxRequests: 3 },
        },
      );
      const report = buildReport([r], {
        target: faulty.url,
        model: 'm',
        endpoint: 'completions',
        profile: 'synchronous',
        outputTokens: 8,
        limits: { maxRequests: 3 },
        slo: [],
      }) as RunReport;
      expect(report).toMatchObject({
        completed: 0,
        failed: 3,
        mean_ttft_ms: 0,
      });
      expect(report).not.toHaveProperty('mean_e2el_ms');
      expect(Object.values(report.llm_planner.requests.errors)).toEqual([3]);
    } finally {
      await faulty.close();
    }
  });
});

describe('llm-loadtest command', () => {
  it('parses flags and rejects bad ones with the usage', () => {
    const o = parseLoadtestArgs(
      [
        '--target',
        'http://h:1',
        '--profile',
        'concurrent',
        '--concurrency',
        '1,4',
        '--max-requests',
        '5',
        '--slo-ttft-p95-ms',
        '500',
        '--slo-e2e-p99-ms=9000',
        '--metadata',
        'gpu=H100',
        '--input-tokens',
        '100',
      ],
      {},
    );
    expect(o.profile).toEqual({ type: 'concurrent', streams: [1, 4] });
    expect(o.slo).toEqual([
      { metric: 'ttft', stat: 'p95', targetMs: 500 },
      { metric: 'e2e', stat: 'p99', targetMs: 9000 },
    ]);
    expect(o.metadata).toEqual({ gpu: 'H100' });
    expect(() => parseLoadtestArgs(['--max-requests', '1'], {})).toThrow(
      /--target is required[\s\S]*Usage/,
    );
    expect(() =>
      parseLoadtestArgs(['--target', 'http://h', '--bogus', '1'], {}),
    ).toThrow(/Unknown flag --bogus/);
    expect(() => parseLoadtestArgs(['--target', 'http://h'], {})).toThrow(
      /--max-requests or --max-seconds/,
    );
    expect(() =>
      parseLoadtestArgs(
        [
          '--target',
          'http://h',
          '--max-requests',
          '1',
          '--profile',
          'constant',
        ],
        {},
      ),
    ).toThrow(/needs --rate/);
    expect(() =>
      parseLoadtestArgs(
        [
          '--target',
          'http://h',
          '--max-requests',
          '1',
          '--slo-ttft-p42-ms',
          '1',
        ],
        {},
      ),
    ).toThrow(/Unknown flag/);
  });

  it('writes the report, prints a summary and posts the report to the backend', async () => {
    const sim = await startSimulator({
      model: 'Qwen/Qwen3-8B',
      host: '127.0.0.1',
      port: 0,
      timing,
    });
    const received: { auth?: string; body: unknown }[] = [];
    const backend = http.createServer((req, res) => {
      let body = '';
      req.on('data', d => (body += d));
      req.on('end', () => {
        received.push({
          auth: req.headers.authorization,
          body: JSON.parse(body),
        });
        res
          .writeHead(201, { 'content-type': 'application/json' })
          .end('{"imported":1}');
      });
    });
    await new Promise<void>(r => backend.listen(0, '127.0.0.1', r));
    const backendUrl = `http://127.0.0.1:${
      (backend.address() as AddressInfo).port
    }/api/llm-planner/v1/benchmarks/import`;
    const out = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'lt-')),
      'report.json',
    );
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let printed = '';
    let progress = '';
    stdout.on('data', d => (printed += d));
    stderr.on('data', d => (progress += d));
    try {
      const options = parseLoadtestArgs(
        [
          '--target',
          sim.url,
          '--profile',
          'constant',
          '--rate',
          '40',
          '--max-requests',
          '6',
          '--output-tokens',
          '4',
          '--output',
          out,
          '--post-to',
          backendUrl,
          '--token',
          'tok',
          '--slo-ttft-p95-ms',
          '1000',
          '--progress-interval',
          '0.01',
        ],
        {},
      );
      await runLoadtest(options, { stdout, stderr });
      const file = JSON.parse(fs.readFileSync(out, 'utf8'));
      expect(file).toMatchObject({
        model_id: 'Qwen/Qwen3-8B',
        completed: 6,
        request_rate: 40,
      });
      expect(file.llm_planner.data.source).toBe('builtin');
      expect(received).toHaveLength(1);
      expect(received[0].auth).toBe('Bearer tok');
      expect(received[0].body).toEqual(file);
      expect(printed).toMatch(/constant@40\.00rps/);
      expect(printed).toMatch(/TTFT p95/);
      expect(printed).toMatch(/report posted/);
      expect(progress).toMatch(/constant@40\.00rps .*\] +\d+%/);
    } finally {
      await sim.close();
      await new Promise(r => backend.close(r));
    }
  });
});
