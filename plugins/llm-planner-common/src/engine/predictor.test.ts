import { createEngine } from './predictor';
import { seedKb } from './__testUtils__/seed';

describe('prediction engine', () => {
  const engine = createEngine(seedKb());

  it('fits roofline efficiencies on measured runs and reports their error', () => {
    const f = engine.factors;
    expect(f.fittedOn).toBeGreaterThan(50);
    for (const x of [f.prefill, f.decode]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThanOrEqual(1);
    }
    expect(f.error.itl.n).toBeGreaterThan(0);
    expect(Number.isFinite(f.error.itl.medianPct)).toBe(true);
  });

  it('labels a measured point measured and cites its row', () => {
    const p = engine.predict(
      { model: 'Qwen/Qwen3-8B', gpu: 'H100', tp: 1 },
      1024,
      128,
      { concurrency: 32 },
    );
    expect(p.ttft.p95.provenance).toBe('measured');
    expect(p.ttft.p95.rows.length).toBe(1);
  });

  it('interpolates across input length between two measured shapes', () => {
    const p = engine.predict(
      { model: 'qwen3-8b', gpu: 'H100-SXM-80GB', tp: 1 },
      2048,
      128,
      { concurrency: 32 },
    );
    // 1024/128 and 8192/... do not share the output length; 128/128 and 1024/128 do not bracket 2048
    expect(['interpolated', 'transferred']).toContain(p.ttft.p95.provenance);
    const q = engine.predict(
      { model: 'qwen3-8b', gpu: 'H100-SXM-80GB', tp: 1 },
      512,
      128,
      { concurrency: 32 },
    );
    expect(q.ttft.p95.provenance).toBe('interpolated');
    expect(q.ttft.p95.basis).toMatch(
      /across input length between measured shapes 128 and 1024/,
    );
    const lo = engine.predict(
      { model: 'qwen3-8b', gpu: 'H100-SXM-80GB', tp: 1 },
      128,
      128,
      { concurrency: 32 },
    ).ttft.p95.value;
    const hi = engine.predict(
      { model: 'qwen3-8b', gpu: 'H100-SXM-80GB', tp: 1 },
      1024,
      128,
      { concurrency: 32 },
    ).ttft.p95.value;
    expect(q.ttft.p95.value).toBeGreaterThan(Math.min(lo, hi));
    expect(q.ttft.p95.value).toBeLessThan(Math.max(lo, hi));
  });

  it('labels an L4 prediction estimated, never measured', () => {
    const p = engine.predict(
      { model: 'meta-llama/Llama-3.1-8B-Instruct', gpu: 'L4', tp: 1 },
      512,
      256,
      { concurrency: 4 },
    );
    expect(p.provenance).toBe('estimated');
    expect(p.itl.p95.provenance).toBe('estimated');
    expect(p.notes.join(' ')).toMatch(/thinly covered/);
  });

  it('does not extrapolate a measured curve: outside its loads the value is transferred by the roofline and says so', () => {
    const p = engine.predict(
      { model: 'qwen3-8b', gpu: 'H100', tp: 1 },
      1024,
      128,
      { concurrency: 600 },
    );
    expect(p.ttft.p95.provenance).toBe('transferred');
    expect(p.ttft.p95.basis).toMatch(/not extrapolated/);
  });

  it('converts a request rate into requests in flight by Little law', () => {
    const p = engine.predict(
      { model: 'llama-3.1-8b', gpu: 'A100', tp: 1 },
      512,
      256,
      { rate: 2 },
    );
    expect(p.concurrency).toBeCloseTo((2 * p.e2e.mean.value) / 1000, 1);
    expect(p.throughputRps.value).toBeCloseTo(2, 1);
  });

  it('throws a clear error on an unknown model or GPU', () => {
    expect(() =>
      engine.resolveConfig({ model: 'nope-1b', gpu: 'H100', tp: 1 }),
    ).toThrow(/unknown model/);
    expect(() =>
      engine.resolveConfig({ model: 'qwen3-8b', gpu: 'TPU', tp: 1 }),
    ).toThrow(/unknown GPU/);
  });
});

describe('calibration from measured outcomes', () => {
  it('multiplies the calibrated configuration and labels it calibrated', () => {
    const kb = seedKb();
    const plain = createEngine(kb);
    const cfg = plain.resolveConfig({
      model: 'Qwen/Qwen3-8B',
      gpu: 'H100',
      tp: 1,
    });
    const before = plain.predictStat(cfg, 'ttft', 'p90', 1000, 1000, 8)!;
    const calibrated = createEngine(kb, {
      calibration: [
        {
          modelId: cfg.model.id,
          gpuId: cfg.gpu.id,
          tp: 1,
          engine: cfg.engine,
          shape: null,
          ttft: {
            value: 1.25,
            low: 1.2,
            high: 1.3,
            level: 0.8,
            n: 3,
            teams: 1,
            outcomeIds: [4, 5, 6],
            outlierIds: [],
            bounded: false,
          },
          itl: null,
          e2e: null,
          samples: 3,
        },
      ],
    });
    const after = calibrated.predictStat(
      calibrated.resolveConfig({ model: 'Qwen/Qwen3-8B', gpu: 'H100', tp: 1 }),
      'ttft',
      'p90',
      1000,
      1000,
      8,
    )!;
    expect(after.value).toBeCloseTo(before.value * 1.25, 6);
    expect(after.provenance).toBe('calibrated');
    expect(after.basis).toMatch(
      /x 1.250 \(80 % interval 1.200-1.300\) from 3 measured outcomes of 1 team .*outcomes #4, #5, #6/,
    );

    const itl = calibrated.predictStat(
      calibrated.resolveConfig({ model: 'Qwen/Qwen3-8B', gpu: 'H100', tp: 1 }),
      'itl',
      'p90',
      1000,
      1000,
      8,
    )!;
    expect(itl).toEqual(plain.predictStat(cfg, 'itl', 'p90', 1000, 1000, 8));
  });
});

describe('uncertainty of every prediction', () => {
  const kb = seedKb();
  const engine = createEngine(kb);

  it('gives each predicted statistic an interval from the cross-validated error of its class', () => {
    const measured = engine.predict(
      { model: 'qwen3-8b', gpu: 'H100-SXM-80GB', tp: 1 },
      1024,
      128,
      { concurrency: 8 },
    );
    const estimated = engine.predict(
      { model: 'llama-3.1-8b', gpu: 'L4', tp: 1 },
      1024,
      128,
      { concurrency: 8 },
    );
    for (const p of [measured, estimated])
      for (const metric of ['ttft', 'itl', 'e2e'] as const)
        for (const v of Object.values(p[metric])) {
          expect(v.level).toBe(0.8);
          // an interval of the measured value: a biased class need not contain the point
          expect(v.low).toBeLessThan(v.high!);
          expect(v.basis).toMatch(/interval from \d+ cross-validated/);
        }
    const width = (v: { low?: number; high?: number }) => v.high! / v.low!;
    expect(estimated.ttft.p95.provenance).toBe('estimated');
    expect(estimated.ttft.p95.basis).toMatch(/leave-one-configuration-out/);
    // an estimate is less sure than a number read off a measured curve
    expect(width(estimated.ttft.p95)).toBeGreaterThan(width(measured.ttft.p95));
  });

  it('fits its error model from held-out points, shapes and configurations', () => {
    const model = engine.errorModel();
    expect(model.n).toBeGreaterThan(100);
    expect(model.classes.estimated?.ttft?.folds).toContain('configuration');
    expect(model.classes.interpolated?.itl?.folds).toContain('point');
    const c = model.classes.estimated!.ttft!;
    expect(c.logErrors).toEqual([...c.logErrors].sort((a, b) => a - b));
  });

  it('bounds from above more at higher confidence and says how likely a target holds', () => {
    const cfg = engine.resolveConfig({
      model: 'llama-3.1-8b',
      gpu: 'L4',
      tp: 1,
    });
    const v = engine.predictStat(cfg, 'ttft', 'p95', 1024, 128, 8)!;
    const at = (p: number) =>
      engine.upperBound(cfg, 'ttft', v, 1024, 128, 8, p)!;
    expect(at(0.95)).toBeGreaterThan(at(0.9));
    expect(at(0.9)).toBeGreaterThan(at(0.5));
    const pHigh = engine.probabilityWithin(
      cfg,
      'ttft',
      v,
      1024,
      128,
      8,
      at(0.9),
    )!;
    expect(pHigh).toBeGreaterThanOrEqual(0.85);
    expect(pHigh).toBeLessThanOrEqual(0.95);
    expect(
      engine.probabilityWithin(cfg, 'ttft', v, 1024, 128, 8, v.value / 100),
    ).toBeLessThan(0.05);
  });
});
