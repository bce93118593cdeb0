import { buildSurfaces, readCurve, surfaceKey } from './surface';
import { seedKb } from './__testUtils__/seed';

describe('latency surfaces', () => {
  const kb = seedKb();
  const surfaces = buildSurfaces(kb.runs);
  const s = surfaces.get(
    surfaceKey('qwen3-8b', 'H100-SXM-80GB', 1, 'vllm', 'bf16'),
  )!;
  const curve = s.curves.find(
    c => c.inputTokens === 1024 && c.outputTokens === 128,
  )!;

  it('indexes measured runs by model, GPU, TP, engine and precision', () => {
    expect(s).toBeDefined();
    expect(curve.points.map(p => p.concurrency)).toEqual([
      1, 4, 32, 64, 84, 88, 128, 256,
    ]);
  });

  it('returns a measured point as measured', () => {
    const v = readCurve(curve, 'ttft', 'p95', 32)!;
    expect(v.kind).toBe('measured');
    expect(v.rows).toHaveLength(1);
    const run = kb.runs.find(r => r.row === v.rows[0])!;
    expect(v.value).toBe(run.ttft.p95);
  });

  it('interpolates between its two measured neighbours in log space', () => {
    const lo = readCurve(curve, 'ttft', 'p95', 32)!.value;
    const hi = readCurve(curve, 'ttft', 'p95', 64)!.value;
    const mid = readCurve(curve, 'ttft', 'p95', 45)!;
    expect(mid.kind).toBe('interpolated');
    expect(mid.value).toBeGreaterThan(Math.min(lo, hi));
    expect(mid.value).toBeLessThan(Math.max(lo, hi));
    expect(mid.bracket).toEqual([32, 64]);
  });

  it('never extrapolates beyond the measured loads', () => {
    expect(readCurve(curve, 'ttft', 'p95', 0.5)).toBeNull();
    expect(readCurve(curve, 'ttft', 'p95', 1000)).toBeNull();
  });
});
