import { InputError } from '@backstage/errors';
import {
  BATCH_STARTUP_MINUTES,
  batchBudgetVerdict,
  batchCost,
  batchJobOf,
  batchThroughput,
  concurrencyGrid,
  rankBatchOptions,
  sizeBatchOptions,
  sizeBatchRun,
  windowTooShortError,
} from './batch';
import type { BatchFit, BatchThroughput } from './batch';
import { ConfigCache } from './candidates';
import type { Pending } from './candidates';
import { HOURS_PER_MONTH, buildPriceIndex, pickPrice } from './cost';
import { memoryCapacity } from './memory';
import { createEngine } from './predictor';
import { SHAPE_TOLERANCE } from './surface';
import type { BatchJob, Intent, Precision } from './schemas';
import { seedKb } from './__testUtils__/seed';

const kb = seedKb();
const engine = createEngine(kb);
const cache = new ConfigCache(engine);
const prices = buildPriceIndex(kb.prices);
const summarisation = kb.sloTemplates.find(t => t.id === 'summarisation')!;

function pendingOf(
  modelId: string,
  gpuId: string,
  tp: number,
  precision: Precision,
  job: Pick<BatchJob, 'inputTokens' | 'outputTokens'>,
): Pending {
  const model = kb.models.find(m => m.id === modelId)!;
  const gpu = kb.gpus.find(g => g.id === gpuId)!;
  const price = pickPrice(prices, gpu.id, 'on-demand', tp)!;
  return {
    model,
    gpu,
    tp,
    precision,
    configs: cache.pair(model, gpu, 'vllm'),
    maxConc: memoryCapacity(
      model,
      gpu,
      tp,
      precision,
      job.inputTokens + job.outputTokens,
    ),
    price,
    lb: tp * price.pricePerGpuHour * HOURS_PER_MONTH,
  };
}

const nightly = (batch: Intent['batch'], more: Partial<Intent> = {}) =>
  ({ useCase: 'summarisation', users: 1, batch, ...more } as Intent);

describe('batchJobOf', () => {
  it('fills the use case token shape, one run a day and the window until the next run, and says so', () => {
    const { job, assumptions } = batchJobOf(
      nightly({ itemsPerRun: 20000 }),
      summarisation,
    );
    expect(job).toMatchObject({
      itemsPerRun: 20000,
      runsPerDay: 1,
      windowHours: 24,
      startTime: '00:00',
      inputTokens: Math.round(summarisation.tokens.input.mean),
      outputTokens: Math.round(summarisation.tokens.output.mean),
    });
    const text = assumptions.join('\n');
    expect(text).toMatch(/one batch run a day/);
    expect(text).toMatch(/until the next one starts \(24 h\)/);
    expect(text).toMatch(/"summarisation" use case's mean/);
  });

  it('takes tokens per item as the input and the intent output tokens', () => {
    const { job, assumptions } = batchJobOf(
      nightly(
        { itemsPerRun: 10, windowHours: 2, tokensPerItem: 900 },
        { outputTokens: 120 },
      ),
      summarisation,
    );
    expect(job).toMatchObject({ inputTokens: 900, outputTokens: 120 });
    expect(assumptions.join('\n')).not.toMatch(/tokens per item/);
  });

  it('refuses zero items and a window with no time after the start-up, naming the field', () => {
    expect(() =>
      batchJobOf(nightly({ itemsPerRun: 0 }), summarisation),
    ).toThrow(/^batch\.itemsPerRun: a batch run needs at least 1 item/);
    expect(() =>
      batchJobOf(nightly({ itemsPerRun: 0 }), summarisation),
    ).toThrow(InputError);
    expect(() =>
      batchJobOf(
        nightly({ itemsPerRun: 5, windowHours: BATCH_STARTUP_MINUTES / 60 }),
        summarisation,
      ),
    ).toThrow(/^batch\.windowHours: .* leaves no time/);
  });
});

describe('concurrencyGrid', () => {
  it('steps by about x1.5 and ends at the top', () => {
    expect(concurrencyGrid(20)).toEqual([1, 2, 3, 4, 6, 8, 12, 16, 20]);
    expect(concurrencyGrid(1)).toEqual([1]);
  });
});

describe('batchThroughput', () => {
  const job = { inputTokens: 2588, outputTokens: 291 };

  it('predicted: the load that gives the most items/s at the upper bound, with its interval', () => {
    const pc = pendingOf('llama-3.1-8b', 'A10G', 1, 'bf16', job);
    const cfg = pc.configs.get(pc.tp, pc.precision);
    const t = batchThroughput(engine, cfg, job, pc.maxConc, 0.9)!;
    expect(t.measurements.source).toBe('predicted');
    expect(t.measurements.basis).toMatch(/Little's law/);
    const probe = engine.statProbe(cfg, job.inputTokens, job.outputTokens);
    const conservativeAt = (c: number) =>
      c / (probe.upper('e2e', 'mean', c, 0.9)! / 1000);
    for (const c of concurrencyGrid(pc.maxConc))
      expect(conservativeAt(c)).toBeLessThanOrEqual(t.conservative + 1e-9);
    expect(t.conservative).toBeCloseTo(conservativeAt(t.concurrency), 9);
    // the interval holds the central value; the sized one is its lower end at 0.9
    expect(t.itemsPerSecond.low).toBeLessThanOrEqual(t.itemsPerSecond.value);
    expect(t.itemsPerSecond.value).toBeLessThanOrEqual(t.itemsPerSecond.high);
    expect(t.conservative).toBeLessThanOrEqual(t.itemsPerSecond.value);
    // a higher confidence never sizes on more throughput
    const t99 = batchThroughput(engine, cfg, job, pc.maxConc, 0.99)!;
    expect(t99.conservative).toBeLessThanOrEqual(t.conservative);
  });

  it('prefers measured offline / burst runs of the configuration and token shape', () => {
    const run = kb.runs.find(
      r =>
        r.loadKind === 'burst' &&
        r.engine === 'vllm' &&
        r.modelId &&
        r.gpuId &&
        r.tp === 1 &&
        r.precision &&
        r.inputTokens &&
        r.outputTokens &&
        r.reqS &&
        (r.gpuCount ?? 1) === 1 &&
        kb.gpus.some(g => g.id === r.gpuId),
    )!;
    const shape = {
      inputTokens: run.inputTokens!,
      outputTokens: run.outputTokens!,
    };
    const model = kb.models.find(m => m.id === run.modelId)!;
    const gpu = kb.gpus.find(g => g.id === run.gpuId)!;
    const cfg = cache.pair(model, gpu, 'vllm').get(1, run.precision!);
    const t = batchThroughput(engine, cfg, shape, 64, 0.9)!;
    const same = kb.runs.filter(
      r =>
        (r.loadKind === 'burst' || r.loadKind === 'offline') &&
        r.engine === 'vllm' &&
        r.modelId === run.modelId &&
        r.gpuId === run.gpuId &&
        r.tp === 1 &&
        r.precision === run.precision &&
        r.inputTokens !== null &&
        r.outputTokens !== null &&
        Math.abs(Math.log(r.inputTokens / run.inputTokens!)) <=
          Math.log(SHAPE_TOLERANCE) &&
        Math.abs(Math.log(r.outputTokens / run.outputTokens!)) <=
          Math.log(SHAPE_TOLERANCE),
    );
    expect(t.measurements).toMatchObject({
      source: 'offline',
      provenance: 'measured',
    });
    expect(t.measurements.rows).toEqual(same.map(r => r.row));
    expect(t.measurements.basis).toMatch(/offline\/burst run/);
    expect(t.itemsPerSecond.low).toBeLessThanOrEqual(t.itemsPerSecond.value);
    expect(t.conservative).toBeLessThanOrEqual(t.itemsPerSecond.value);
  });
});

describe('sizeBatchRun', () => {
  const job: BatchJob = {
    itemsPerRun: 20000,
    runsPerDay: 1,
    windowHours: 8,
    startTime: '00:00',
    inputTokens: 2588,
    outputTokens: 291,
    tokensFrom: '',
  };
  const thr: BatchThroughput = {
    concurrency: 16,
    itemsPerSecond: { value: 2, low: 1.5, high: 2.5, level: 0.8 },
    conservative: 1.25,
    itemLatencyS: 30,
    measurements: {
      source: 'predicted',
      provenance: 'interpolated',
      rows: [1],
      basis: '',
    },
    probabilityAtLeast: need => (need <= 1.25 ? 0.95 : 0.5),
  };

  it('sizes replicas on the conservative throughput and costs the run by its GPU-hours', () => {
    const s = sizeBatchRun(thr, job, 2, 1.5, 0.9);
    if ('reason' in s) throw new Error(s.reason);
    const drainS = (8 - BATCH_STARTUP_MINUTES / 60) * 3600 - 30;
    expect(s.replicas).toBe(Math.ceil(20000 / (drainS * 1.25)));
    const hours =
      BATCH_STARTUP_MINUTES / 60 + (20000 / (s.replicas * 2) + 30) / 3600;
    expect(s.runHours.value).toBeCloseTo(hours, 2);
    expect(s.runHours.low).toBeLessThan(s.runHours.value);
    expect(s.runHours.high).toBeGreaterThan(s.runHours.value);
    expect(s.runHoursAtConfidence).toBeLessThanOrEqual(job.windowHours);
    expect(s.gpuHoursPerRun.value).toBeCloseTo(hours * s.replicas * 2, 1);
    expect(s.usdPerRun.value).toBeCloseTo(hours * s.replicas * 2 * 1.5, 1);
    expect(s.usdPerMonth.value).toBeCloseTo(s.usdPerRun.value * 30, 0);
    expect(s.probabilityWithinWindow).toBe(0.95);
  });

  it('says when one item takes longer than the window', () => {
    const s = sizeBatchRun({ ...thr, itemLatencyS: 8 * 3600 }, job, 1, 1, 0.9);
    expect('reason' in s && s.reason).toMatch(/one item takes 28800 s/);
  });
});

describe('options, ranking, budget, cost', () => {
  const { job } = batchJobOf(
    nightly({ itemsPerRun: 20000, runsPerDay: 1, windowHours: 8 }),
    summarisation,
  );
  const pending = [
    pendingOf('llama-3.1-8b', 'A10G', 1, 'bf16', job),
    pendingOf('llama-3.1-8b', 'L40S', 1, 'bf16', job),
    pendingOf('qwen3-8b', 'A10G', 2, 'bf16', job),
  ];
  const options = sizeBatchOptions(engine, pending, job, 0.9);
  const fits = options.filter((o): o is BatchFit => o.ok);
  const ranked = rankBatchOptions(fits, () => 0);

  it('ranks the cheapest run at the confidence first', () => {
    expect(fits).toHaveLength(3);
    for (let i = 1; i < ranked.length; i++)
      expect(ranked[i - 1].sizing.usdPerRunAtConfidence).toBeLessThanOrEqual(
        ranked[i].sizing.usdPerRunAtConfidence,
      );
  });

  it('prices a run like the plan: hours billed are run hours x runs a month', () => {
    const o = ranked[0];
    const cost = batchCost(prices, o.pc, o.sizing, job);
    expect(cost.pricePerGpuHour).toBe(o.pc.price.pricePerGpuHour);
    expect(cost.hoursPerMonth).toBeCloseTo(o.sizing.runHours.value * 30, 1);
    expect(cost.perMonth).toBeCloseTo(o.sizing.usdPerMonth.value, 0);
  });

  it('within a budget, and what a too small budget buys', () => {
    const best = ranked[0].sizing;
    const rich = batchBudgetVerdict(
      nightly(job, { budget: { usdPerRun: best.usdPerRun.value * 2 } }),
      job,
      ranked,
      'p95',
    )!;
    expect(rich.withinBudget).toBe(true);
    expect(rich.message).toMatch(/within the/);
    const perRun = best.usdPerRun.value / 2;
    const poor = batchBudgetVerdict(
      nightly(job, { budget: { usdPerRun: perRun } }),
      job,
      ranked,
      'p95',
    )!;
    expect(poor.withinBudget).toBe(false);
    expect(ranked.every(o => o.sizing.withinBudget === false)).toBe(true);
    const miss = poor.affordable!.misses[0];
    expect(miss.metric).toBe('load');
    expect(miss.target).toBe(20000);
    expect(miss.predicted).toBeCloseTo(10000, -1);
    expect(poor.message).toMatch(/of the 20,000 items of a run \(50 %\)/);
    const monthly = batchBudgetVerdict(
      nightly(job, { budget: { usdPerMonth: best.usdPerMonth.value * 2 } }),
      job,
      ranked,
      'p95',
    )!;
    expect(monthly.withinBudget).toBe(true);
    expect(monthly.ceilingUsdPerMonth).toBe(best.usdPerMonth.value * 2);
  });

  it('a window shorter than one item of every configuration is an error naming the field', () => {
    const tiny = { ...job, windowHours: BATCH_STARTUP_MINUTES / 60 + 1e-4 };
    const none = sizeBatchOptions(engine, pending, tiny, 0.9);
    expect(none.every(o => !o.ok)).toBe(true);
    expect(windowTooShortError(none, tiny)?.message).toMatch(
      /^batch\.windowHours: .* is shorter than one item's latency/,
    );
    expect(windowTooShortError(options, job)).toBeNull();
  });
});
