import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { qwen3H100Points } from '../__testUtils__/benchmarkPoints';
import {
  loadTimingProfile,
  parseTimingProfile,
  stepTimeModelFromProfile,
} from './profile';
import {
  interpolateLogLinear,
  scaleStepTimeModel,
  stepTimeModelFromPoints,
} from './stepTimeModel';
import { createPrng, jitterFactor } from './prng';

describe('stepTimeModelFromPoints', () => {
  const { points, source } = qwen3H100Points();

  it('reads a real closed-loop sweep from the benchmark CSV', () => {
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(source).toMatch(/gpustack/);
  });

  it('reproduces the measured points exactly', () => {
    const model = stepTimeModelFromPoints(points, { model: 'Qwen/Qwen3-8B' });
    for (const p of points) {
      expect(model.decodeStepMs(p.concurrency, 300)).toBeCloseTo(p.itlMs, 6);
      // a sequence joining c - 1 running ones is the c-th: TTFT measured at concurrency c
      expect(model.prefillMs(p.inputTokens, p.concurrency - 1)).toBeCloseTo(
        p.ttftMs,
        6,
      );
    }
  });

  it('interpolates log-linearly in batch size between points', () => {
    const sorted = [...points].sort((a, b) => a.concurrency - b.concurrency);
    const [a, b] = sorted.slice(-2);
    const mid = Math.sqrt(a.concurrency * b.concurrency); // halfway in log space
    const model = stepTimeModelFromPoints(points);
    expect(model.decodeStepMs(mid, 0)).toBeCloseTo((a.itlMs + b.itlMs) / 2, 6);
  });

  it('clamps below the first point and extends the last segment linearly', () => {
    expect(interpolateLogLinear([2, 4], [10, 12], 1)).toBe(10);
    expect(interpolateLogLinear([2, 4], [10, 12], 8)).toBeCloseTo(16, 9);
    expect(interpolateLogLinear([2, 4], [12, 10], 8)).toBe(10); // never decreasing above
    expect(interpolateLogLinear([5], [7], 100)).toBe(7);
  });

  it('scales prefill with the prompt length and time with timeScale', () => {
    const model = stepTimeModelFromPoints(points);
    const ref = points[0].inputTokens;
    expect(model.prefillMs(2 * ref, 0)).toBeCloseTo(
      2 * model.prefillMs(ref, 0),
      6,
    );
    const fast = scaleStepTimeModel(model, 0.1);
    expect(fast.decodeStepMs(4, 0)).toBeCloseTo(
      model.decodeStepMs(4, 0) * 0.1,
      9,
    );
    expect(fast.describe().provenance).toMatch(/time scale 0.1/);
  });

  it('rejects bad points with the field name', () => {
    expect(() => stepTimeModelFromPoints([])).toThrow(/non-empty/);
    expect(() =>
      stepTimeModelFromPoints([
        {
          concurrency: 1,
          ttftMs: -1,
          itlMs: 1,
          inputTokens: 1,
          outputTokens: 1,
        },
      ]),
    ).toThrow(/points\[0\]\.ttftMs/);
  });
});

describe('timing profile files', () => {
  it('loads a profile and describes where its numbers come from', () => {
    const { points, source } = qwen3H100Points();
    const file = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'sim-')),
      'p.json',
    );
    fs.writeFileSync(
      file,
      JSON.stringify({
        model: 'Qwen/Qwen3-8B',
        gpu: 'H100-SXM-80GB',
        tp: 1,
        provenance: source,
        points,
      }),
    );
    const model = stepTimeModelFromProfile(loadTimingProfile(file));
    expect(model.describe()).toMatchObject({
      model: 'Qwen/Qwen3-8B',
      gpu: 'H100-SXM-80GB',
      tp: 1,
    });
    expect(model.describe().provenance).toMatch(/gpustack/);
  });

  it('names the bad field', () => {
    expect(() => parseTimingProfile({ points: [], tp: 1 })).toThrow(/points/);
    expect(() =>
      parseTimingProfile({
        points: [
          {
            concurrency: 1,
            ttftMs: 1,
            itlMs: 1,
            inputTokens: 1,
            outputTokens: 1,
          },
        ],
        jitter: 'x',
      }),
    ).toThrow(/profile.jitter/);
    expect(() => loadTimingProfile('/nonexistent/p.json')).toThrow(
      /cannot read profile/,
    );
  });

  it('shipped example profile is valid', () => {
    const p = loadTimingProfile(
      path.resolve(__dirname, '../../profiles/qwen3-8b-h100-vllm.json'),
    );
    expect(p.points.length).toBe(3);
  });
});

describe('seeded jitter', () => {
  it('is deterministic and mean preserving', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const xs = Array.from({ length: 2000 }, () => jitterFactor(a, 0.1));
    expect(xs.slice(0, 5)).toEqual(
      Array.from({ length: 5 }, () => jitterFactor(b, 0.1)),
    );
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0.9);
    expect(Math.max(...xs)).toBeLessThanOrEqual(1.1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(1, 2);
  });
});
