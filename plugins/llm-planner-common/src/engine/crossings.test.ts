import { highestPassingLoad, measuredCrossings } from './crossings';
import {
  CapacityCvError,
  capacityFactor,
  capacityProbability,
  errorModelOf,
} from './uncertainty';
import type { SurfacePoint } from './surface';

const point = (concurrency: number, ttftP95: number): SurfacePoint => ({
  concurrency,
  rows: [],
  ttft: { p95: ttftP95 },
  itl: {},
  e2e: {},
});

describe('measured crossings', () => {
  it('asks where a rising sweep meets a target between each pair of neighbouring loads', () => {
    const sweep = [point(1, 100), point(4, 100), point(16, 400)];
    const [x, ...rest] = measuredCrossings(sweep, 'ttft', 'p95');
    expect(rest).toHaveLength(0); // 1 -> 4 does not rise
    expect(x.index).toBe(1);
    expect(x.target).toBeCloseTo(200);
    // log-log halfway between 4 and 16 in-flight requests
    expect(x.capacity).toBeCloseTo(8);
  });

  it('skips a pair whose lower value a lighter load already exceeded (the sweep crosses it earlier)', () => {
    const sweep = [point(1, 300), point(2, 150), point(4, 200)];
    expect(measuredCrossings(sweep, 'ttft', 'p95')).toEqual([]);
  });
});

describe('highest passing load', () => {
  it('finds where a growing latency first exceeds a target, bisected in log space', () => {
    const latency = (c: number) => 10 * c;
    const { lo, hi } = highestPassingLoad(
      c => (latency(c) > 100 ? 1 : 0),
      1024,
      true,
    );
    expect(lo).toBeLessThanOrEqual(10);
    expect(lo).toBeGreaterThan(9.5);
    expect(hi).not.toBeNull();
  });

  it('reports a miss at one request in flight and a search that reaches the cap', () => {
    expect(highestPassingLoad(() => 2, 64, true)).toEqual({
      lo: 0,
      hi: 1,
      failing: 2,
    });
    expect(highestPassingLoad(() => 0, 64, false)).toMatchObject({
      lo: 64,
      hi: null,
    });
  });
});

describe('capacity error classes', () => {
  const errors = (
    kind: CapacityCvError['kind'],
    fold: CapacityCvError['fold'],
    configs: number,
    ratios: number[],
  ): CapacityCvError[] =>
    ratios.map((r, i) => ({
      kind,
      metric: 'ttft',
      logError: Math.log(r),
      fold,
      config: `c${i % configs}`,
    }));
  const ratios = [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4];

  it('sizes on the (1 - confidence) quantile of measured / predicted capacity', () => {
    const model = errorModelOf([], errors('transferred', 'curve', 2, ratios));
    expect(capacityFactor(model, 'transferred', 'ttft', 0.9)).toBeCloseTo(
      0.59,
      2,
    );
    expect(capacityFactor(model, 'transferred', 'ttft', 0.5)).toBeCloseTo(
      0.95,
      2,
    );
    // a load at the predicted capacity is reached by the true one in 5 of 10 folds
    expect(capacityProbability(model, 'transferred', 'ttft', 10, 10)).toBe(0.5);
    expect(capacityProbability(model, 'transferred', 'ttft', 10, 5)).toBe(1);
  });

  it('does not let errors of fewer than five held-out configurations size anything', () => {
    const thin = errorModelOf(
      [],
      errors('estimated', 'configuration', 3, ratios),
    );
    expect(capacityFactor(thin, 'estimated', 'ttft', 0.9)).toBeNull();
    expect(capacityProbability(thin, 'estimated', 'ttft', 10, 10)).toBeNull();
    const broad = errorModelOf(
      [],
      errors('estimated', 'configuration', 5, ratios),
    );
    expect(capacityFactor(broad, 'estimated', 'ttft', 0.9)).not.toBeNull();
  });

  it('sizes a target close to the unloaded latency on the errors of such targets', () => {
    // near the floor a few ms of error move the capacity far; far above it they do not
    const near = errors('transferred', 'curve', 2, ratios).map(e => ({
      ...e,
      headroom: 1.2,
      logError: e.logError * 3,
    }));
    const far = errors('transferred', 'curve', 2, ratios).map(e => ({
      ...e,
      headroom: 6,
      logError: e.logError / 3,
    }));
    const model = errorModelOf([], [...near, ...far]);
    const at = (headroom?: number) =>
      capacityFactor(model, 'transferred', 'ttft', 0.9, headroom)!;
    expect(at(1.2)).toBeCloseTo(0.59 ** 3, 2);
    expect(at(6)).toBeCloseTo(0.59 ** (1 / 3), 2);
    // a target without a floor to compare with reads every headroom's errors
    expect(at()).toBeLessThan(at(6));
    expect(at()).toBeGreaterThan(at(1.2));
    expect(
      capacityProbability(model, 'transferred', 'ttft', 10, 8, 1.2)!,
    ).toBeLessThan(
      capacityProbability(model, 'transferred', 'ttft', 10, 8, 6)!,
    );
  });
});
