import { logTicks } from './charts';

describe('logTicks', () => {
  it.each([
    [1, 8],
    [1, 16.5],
    [1, 100],
    [1, 1024],
    [0.5, 3000],
  ])('gives distinct, rounded-distinct ticks from %p to %p', (min, max) => {
    const ticks = logTicks(min, max);
    const labels = ticks.map(v => String(Math.round(v)));
    expect(new Set(labels).size).toBe(labels.length);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks[ticks.length - 1]).toBeLessThanOrEqual(max * 1.0001);
  });
});
