import {
  mean,
  median,
  mulberry32,
  quantile,
  quantileSorted,
  roundTo,
} from './stats';

describe('quantile (type 7, linear interpolation)', () => {
  it('matches numpy.percentile with its default method', () => {
    // numpy.percentile([1, 2, 3, 4], [0, 25, 50, 90, 100]) -> [1, 1.75, 2.5, 3.7, 4]
    const xs = [4, 1, 3, 2];
    expect(quantile(xs, 0)).toBe(1);
    expect(quantile(xs, 0.25)).toBe(1.75);
    expect(quantile(xs, 0.5)).toBe(2.5);
    expect(quantile(xs, 0.9)).toBeCloseTo(3.7, 12);
    expect(quantile(xs, 1)).toBe(4);
    // numpy.percentile([15, 20, 35, 40, 50], 40) -> 29
    expect(quantileSorted([15, 20, 35, 40, 50], 0.4)).toBeCloseTo(29, 12);
  });

  it('clamps q to [0, 1] and is NaN on an empty sample', () => {
    expect(quantileSorted([1, 2, 3], -0.5)).toBe(1);
    expect(quantileSorted([1, 2, 3], 1.5)).toBe(3);
    expect(quantileSorted([7], 0.9)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('does not reorder its input', () => {
    const xs = [3, 1, 2];
    quantile(xs, 0.5);
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('median and mean', () => {
  it('averages the two middle values of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('is the arithmetic mean, NaN when empty', () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(mean([])).toBeNaN();
  });
});

describe('roundTo', () => {
  it('rounds half up to the given decimal places', () => {
    expect(roundTo(1.23456, 0)).toBe(1);
    expect(roundTo(1.25, 1)).toBe(1.3);
    expect(roundTo(1.23456, 2)).toBe(1.23);
    expect(roundTo(1.23456, 3)).toBe(1.235);
    expect(roundTo(1.23456, 4)).toBe(1.2346);
    expect(roundTo(-1.005, 2)).toBe(Math.round(-1.005 * 100) / 100);
  });
});

describe('mulberry32', () => {
  it('replays the same sequence for a seed (the simulations depend on it)', () => {
    const rng = mulberry32(42);
    expect([rng(), rng(), rng()]).toEqual([
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099,
    ]);
    const zero = mulberry32(0);
    expect(zero()).toBe(0.26642920868471265);
  });

  it('draws uniformly on [0, 1)', () => {
    const rng = mulberry32(7);
    const draws = Array.from({ length: 10000 }, rng);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(mean(draws)).toBeCloseTo(0.5, 1);
  });
});
