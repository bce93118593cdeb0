import {
  maxPerWindow,
  mean,
  percentile,
  ratesBetween,
  stdDev,
  summarize,
} from './stats';

describe('statistics', () => {
  it('computes percentiles like numpy (linear interpolation)', () => {
    const xs = [1, 2, 3, 4];
    // numpy.percentile([1,2,3,4], [50, 90, 95, 99]) = [2.5, 3.7, 3.85, 3.97]
    expect(percentile(xs, 50)).toBeCloseTo(2.5, 12);
    expect(percentile(xs, 90)).toBeCloseTo(3.7, 12);
    expect(percentile(xs, 95)).toBeCloseTo(3.85, 12);
    expect(percentile(xs, 99)).toBeCloseTo(3.97, 12);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 100)).toBe(4);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    // numpy.percentile(range(1, 101), 95) = 95.05
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        95,
      ),
    ).toBeCloseTo(95.05, 10);
  });

  it('computes mean and population std like numpy', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(stdDev([1, 2, 3, 4])).toBeCloseTo(1.118033988749895, 12);
    expect(mean([])).toBeNaN();
  });

  it('summarizes unsorted values', () => {
    const s = summarize([4, 1, 3, 2]);
    expect(s).toMatchObject({ count: 4, min: 1, max: 4, mean: 2.5, p50: 2.5 });
    expect(s.p99).toBeCloseTo(3.97, 12);
    expect(summarize([]).count).toBe(0);
  });

  it('places sweep rates evenly between the bounds', () => {
    expect(ratesBetween(1, 5, 3)).toEqual([2, 3, 4]);
    expect(ratesBetween(2, 2, 2)).toEqual([2, 2]);
  });

  it('finds the busiest window', () => {
    expect(maxPerWindow([0, 100, 200, 1500, 1600, 1700, 1800], 1000)).toBe(4);
    expect(maxPerWindow([], 1000)).toBe(0);
  });
});
