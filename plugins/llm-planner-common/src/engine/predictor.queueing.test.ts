import { createEngine } from './predictor';
import { e2eStats, rooflineEstimate, rooflineStatistic } from './roofline';
import { restsOnEstimates } from './verification';
import { seedKb } from './__testUtils__/seed';
import type { BenchmarkRun, KnowledgeBase, Recommendation } from './schemas';

const QWEN_BF16 = {
  model: 'qwen3-8b',
  gpu: 'H100-SXM-80GB',
  tp: 1,
  engine: 'vllm',
  precision: 'bf16' as const,
};

const isQwenVllmBf16 = (r: BenchmarkRun) =>
  r.modelId === 'qwen3-8b' &&
  r.gpuId === 'H100-SXM-80GB' &&
  r.tp === 1 &&
  r.engine === 'vllm' &&
  r.precision === 'bf16';

describe('queueing-aware TTFT, Little-law e2e and siblings', () => {
  const kb = seedKb();
  const engine = createEngine(kb);

  it('fits a TTFT queue weight per reported statistic: the p95 request waits behind most of the others', () => {
    const { ttft } = engine.factors;
    expect(ttft.p95).toBeDefined();
    expect(ttft.mean).toBeDefined();
    // equal-length requests in a closed loop arrive together: the p95 one waits behind ~95 %
    expect(ttft.p95!.queue).toBeGreaterThan(0.5);
    expect(ttft.p95!.queue).toBeLessThan(1.5);
    expect(ttft.p95!.queue).toBeGreaterThan(ttft.mean!.queue);
    expect(engine.factors.lowPrecisionSpeedup).toBeGreaterThanOrEqual(1);
    expect(engine.factors.lowPrecisionSpeedup).toBeLessThanOrEqual(2);
  });

  it('grows an estimated TTFT p95 with the load, and derives an unfitted percentile from a fitted one', () => {
    const cfg = engine.resolveConfig({ ...QWEN_BF16, gpu: 'L40S' });
    const at = (c: number) =>
      rooflineStatistic(
        rooflineEstimate(cfg.roof!, engine.factors, 1024, 128, c),
        engine.factors,
        'ttft',
        'p95',
      )!;
    expect(at(64) / at(8)).toBeGreaterThan(4);
    const p90 = engine.predictStat(cfg, 'ttft', 'p90', 1024, 128, 32)!;
    expect(p90.provenance).toBe('estimated');
    expect(p90.basis).toMatch(/TTFT p95 fitted as .* x fitted p90\/p95 ratio/);
  });

  it("takes a closed loop's missing mean e2e from Little's law on its measured throughput", () => {
    const run = kb.runs.find(
      r =>
        r.loadKind === 'closed-loop' &&
        r.e2e.mean === undefined &&
        (r.e2e.p95 ?? r.e2e.p99) !== undefined &&
        r.reqS !== null &&
        r.effectiveConcurrency !== null,
    )!;
    expect(run).toBeDefined();
    expect(e2eStats(run).mean).toBeCloseTo(
      (1000 * run.effectiveConcurrency!) / run.reqS!,
      6,
    );
    // a run that reports its mean keeps it
    const reported = kb.runs.find(r => r.e2e.mean !== undefined)!;
    expect(e2eStats(reported)).toBe(reported.e2e);
    // a throughput that contradicts the run's own tail is not used
    expect(
      e2eStats({ ...run, reqS: run.effectiveConcurrency! / 1e6 }).mean,
    ).toBeUndefined();
  });

  it('moves a measured sibling (same model, GPU and TP, other precision) by the roofline ratio and labels it', () => {
    const held: KnowledgeBase = {
      ...kb,
      runs: kb.runs.filter(r => !isQwenVllmBf16(r)),
    };
    const without = createEngine(held);
    const cfg = without.resolveConfig(QWEN_BF16);
    expect(cfg.surface).toBeUndefined();
    expect(cfg.siblings[0].surface.key).toBe(
      'qwen3-8b|H100-SXM-80GB|1|vllm|fp8',
    );
    const p = without.predictStat(cfg, 'ttft', 'p95', 1024, 128, 64)!;
    expect(p.provenance).toBe('sibling');
    expect(p.basis).toMatch(/same model, GPU and engine at fp8/);
    expect(p.low).toBeLessThan(p.value);
    expect(p.high).toBeGreaterThan(p.value);
    // the held-out measurement lies within a factor of two of the sibling's transfer
    const measured = engine.predictStat(
      engine.resolveConfig(QWEN_BF16),
      'ttft',
      'p95',
      1024,
      128,
      64,
    )!;
    expect(measured.provenance).toBe('measured');
    expect(p.value / measured.value).toBeGreaterThan(0.5);
    expect(p.value / measured.value).toBeLessThan(2);
    // a recommendation on sibling numbers asks to be verified before approval
    expect(restsOnEstimates({ provenance: 'sibling' } as Recommendation)).toBe(
      true,
    );
  });

  it('a configuration with a surface of its own never reads a sibling', () => {
    expect(engine.resolveConfig(QWEN_BF16).siblings).toEqual([]);
  });
});
