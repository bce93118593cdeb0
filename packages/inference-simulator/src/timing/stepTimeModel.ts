/** Per-step costs of one replica, derived from measured benchmarks (never constants in code). */
export interface StepTimeModel {
  /** ms to prefill `promptTokens` for one sequence joining a running batch of `batchSize`. */
  prefillMs(promptTokens: number, batchSize: number): number;
  /** ms for one decode step producing one token for each of `batchSize` running sequences. */
  decodeStepMs(batchSize: number, meanContextTokens: number): number;
  /** Where the numbers come from, shown in /v1/models metadata and logs. */
  describe(): { model: string; gpu: string; tp: number; provenance: string };
}

/** One measured load point (e.g. a closed-loop run at `concurrency` users). */
export type TimingPoint = {
  /** Concurrent sequences (closed-loop users, or the effective concurrency of a rate run). */
  concurrency: number;
  /** Time to first token at that load, ms (median preferred). */
  ttftMs: number;
  /** Inter-token latency at that load, ms (mean preferred). */
  itlMs: number;
  /** Prompt tokens of the measured requests. */
  inputTokens: number;
  /** Output tokens of the measured requests. */
  outputTokens: number;
};

/** Identity of the points, echoed by `describe()`. */
export type TimingIdentity = {
  model?: string;
  gpu?: string;
  tp?: number;
  provenance?: string;
};

/**
 * Linear interpolation in ln(x) between sorted knots; clamped below the first knot, and above
 * the last knot extended linearly in x with the last segment's (non-negative) slope, which is
 * how decode cost grows once a GPU is compute bound. Exported for tests.
 */
export function interpolateLogLinear(
  xs: number[],
  ys: number[],
  x: number,
): number {
  const n = xs.length;
  if (n === 0) throw new Error('no points to interpolate');
  const v = Math.max(x, 1e-9);
  if (n === 1 || v <= xs[0]) return ys[0];
  if (v >= xs[n - 1]) {
    const slope = Math.max(
      0,
      (ys[n - 1] - ys[n - 2]) / (xs[n - 1] - xs[n - 2]),
    );
    return ys[n - 1] + slope * (v - xs[n - 1]);
  }
  let i = 0;
  while (xs[i + 1] < v) i++;
  const t =
    (Math.log(v) - Math.log(xs[i])) / (Math.log(xs[i + 1]) - Math.log(xs[i]));
  return ys[i] + t * (ys[i + 1] - ys[i]);
}

function mergeByConcurrency(points: TimingPoint[]): TimingPoint[] {
  const byC = new Map<number, TimingPoint[]>();
  for (const p of points) {
    const list = byC.get(p.concurrency) ?? [];
    list.push(p);
    byC.set(p.concurrency, list);
  }
  const avg = (list: TimingPoint[], k: keyof TimingPoint) =>
    list.reduce((s, p) => s + p[k], 0) / list.length;
  return [...byC.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([concurrency, list]) => ({
      concurrency,
      ttftMs: avg(list, 'ttftMs'),
      itlMs: avg(list, 'itlMs'),
      inputTokens: avg(list, 'inputTokens'),
      outputTokens: avg(list, 'outputTokens'),
    }));
}

/** Throws a readable error when a point cannot be used. */
export function validatePoints(points: unknown): TimingPoint[] {
  if (!Array.isArray(points) || points.length === 0) {
    throw new Error('a timing profile needs a non-empty "points" list');
  }
  return points.map((p, i) => {
    const o = p as Record<string, unknown>;
    const field = (k: keyof TimingPoint, min: number) => {
      const v = o?.[k];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < min) {
        throw new Error(
          `points[${i}].${k} must be a number >= ${min} (got ${JSON.stringify(
            v,
          )})`,
        );
      }
      return v;
    };
    const point = {
      concurrency: field('concurrency', 0),
      ttftMs: field('ttftMs', 0),
      itlMs: field('itlMs', 0),
      inputTokens: field('inputTokens', 0),
      outputTokens: field('outputTokens', 0),
    };
    if (point.concurrency <= 0) {
      throw new Error(`points[${i}].concurrency must be > 0`);
    }
    return point;
  });
}

/**
 * Builds a StepTimeModel from measured load points, interpolating log-linearly in batch size.
 *
 * - decode step at batch b = measured ITL at concurrency b (closed-loop ITL is the decode step
 *   time of a batch of that many sequences, prefill interference included);
 * - prefill of a sequence joining a batch of b = measured TTFT at concurrency b + 1, scaled
 *   linearly by `promptTokens / inputTokens` of the points.
 *
 * Below the smallest measured concurrency the first point is used; above the largest one the
 * last segment is extended linearly in batch size (reported in `describe().provenance`).
 * Context length does not change the decode step here: the points share one token shape and
 * an adapter from the planning engine's surface can supply a shape-aware model instead.
 */
export function stepTimeModelFromPoints(
  points: TimingPoint[],
  identity: TimingIdentity = {},
): StepTimeModel {
  const merged = mergeByConcurrency(validatePoints(points));
  const xs = merged.map(p => p.concurrency);
  const ttft = merged.map(p => p.ttftMs);
  const itl = merged.map(p => p.itlMs);
  const refInput =
    merged.reduce((s, p) => s + p.inputTokens, 0) / merged.length;
  const range = `${xs[0]}..${xs[xs.length - 1]}`;
  const provenance =
    `${identity.provenance ?? 'measured points'}; ` +
    `${merged.length} points, concurrency ${range}, ` +
    `~${Math.round(refInput)} prompt tokens; log-linear in batch size, ` +
    `linear extrapolation above ${xs[xs.length - 1]}`;
  return {
    prefillMs(promptTokens, batchSize) {
      const base = interpolateLogLinear(xs, ttft, batchSize + 1);
      return refInput > 0 ? (base * promptTokens) / refInput : base;
    },
    decodeStepMs(batchSize) {
      return interpolateLogLinear(xs, itl, Math.max(1, batchSize));
    },
    describe: () => ({
      model: identity.model ?? 'unknown',
      gpu: identity.gpu ?? 'unknown',
      tp: identity.tp ?? 1,
      provenance,
    }),
  };
}

/** A model with no latency at all: for protocol tests and HTTP throughput benchmarks. */
export function instantStepTimeModel(
  identity: TimingIdentity = {},
): StepTimeModel {
  return {
    prefillMs: () => 0,
    decodeStepMs: () => 0,
    describe: () => ({
      model: identity.model ?? 'unknown',
      gpu: identity.gpu ?? 'none',
      tp: identity.tp ?? 1,
      provenance: identity.provenance ?? 'instant: no timing profile given',
    }),
  };
}

/** Multiplies every duration of `model` by `timeScale` (0.1 runs ten times faster). */
export function scaleStepTimeModel(
  model: StepTimeModel,
  timeScale: number,
): StepTimeModel {
  if (timeScale === 1) return model;
  return {
    prefillMs: (p, b) => model.prefillMs(p, b) * timeScale,
    decodeStepMs: (b, c) => model.decodeStepMs(b, c) * timeScale,
    describe: () => {
      const d = model.describe();
      return { ...d, provenance: `${d.provenance}; time scale ${timeScale}` };
    },
  };
}
