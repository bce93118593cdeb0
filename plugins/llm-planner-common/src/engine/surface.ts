import { decodeStats, e2eStats } from './roofline';
import type { BenchmarkRun, Precision, StatName, Stats } from './schemas';

/** Metrics of a latency surface. @public */
export type SurfaceMetric = 'ttft' | 'itl' | 'e2e';

/** One measured load point of a curve (runs at the same shape and load are merged). @public */
export type SurfacePoint = {
  concurrency: number;
  rows: number[];
  ttft: Stats;
  itl: Stats;
  e2e: Stats;
};

/** Points of one token shape, sorted by load. @public */
export type SurfaceCurve = {
  inputTokens: number | null;
  outputTokens: number | null;
  /** dataset name; identifies the shape when token counts are unknown */
  dataset: string;
  points: SurfacePoint[];
};

/** All measured curves of one (model, GPU, TP, engine, precision). @public */
export type LatencySurface = {
  key: string;
  modelId: string;
  gpuId: string;
  tp: number;
  engine: string;
  precision: Precision;
  curves: SurfaceCurve[];
};

/** Shapes within this factor of each other are the same shape. @public */
export const SHAPE_TOLERANCE = 1.15;
/** Loads within this factor of each other are merged into one point. @public */
const LOAD_MERGE = 1.02;

/** Key of a surface. @public */
export function surfaceKey(
  modelId: string,
  gpuId: string,
  tp: number,
  engine: string,
  precision: string,
): string {
  return `${modelId}|${gpuId}|${tp}|${engine}|${precision}`;
}

/** True when a run can sit on a latency surface used for planning. @public */
export function isSurfaceRun(r: BenchmarkRun): boolean {
  return (
    r.modelId !== null &&
    r.gpuId !== null &&
    r.tp !== null &&
    r.precision !== null &&
    r.effectiveConcurrency !== null &&
    r.effectiveConcurrency > 0 &&
    (r.loadKind === 'closed-loop' ||
      r.loadKind === 'constant' ||
      r.loadKind === 'poisson')
  );
}

function bucket(x: number | null): string {
  return x === null
    ? '?'
    : String(Math.round(Math.log(x) / Math.log(SHAPE_TOLERANCE)));
}

function medianOf(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function mergeStats(list: Stats[]): Stats {
  const out: Stats = {};
  for (const k of ['mean', 'p50', 'p90', 'p95', 'p99'] as const) {
    const vs = list.map(s => s[k]).filter((v): v is number => v !== undefined);
    if (vs.length) out[k] = medianOf(vs);
  }
  return out;
}

/**
 * Groups runs into latency surfaces, once. `keyOf` decides which runs share a surface
 * (default: model, GPU, TP, engine family, precision); runs it maps to null are skipped.
 * Within a surface, runs are grouped by token shape (within {@link SHAPE_TOLERANCE}; by
 * dataset when the shape is unknown) and merged by load.
 * @public
 */
export function buildSurfaces(
  runs: BenchmarkRun[],
  keyOf: (r: BenchmarkRun) => string | null = r =>
    isSurfaceRun(r)
      ? surfaceKey(r.modelId!, r.gpuId!, r.tp!, r.engine, r.precision!)
      : null,
): Map<string, LatencySurface> {
  const groups = new Map<string, Map<string, BenchmarkRun[]>>();
  for (const r of runs) {
    if (r.effectiveConcurrency === null || !(r.effectiveConcurrency > 0))
      continue;
    const key = keyOf(r);
    if (key === null) continue;
    const shape =
      r.inputTokens !== null && r.outputTokens !== null
        ? `${bucket(r.inputTokens)}:${bucket(r.outputTokens)}`
        : `ds:${r.dataset}:${bucket(r.outputTokens)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = new Map()));
    const list = g.get(shape);
    if (list) list.push(r);
    else g.set(shape, [r]);
  }
  const out = new Map<string, LatencySurface>();
  for (const [key, shapes] of groups) {
    const first = shapes.values().next().value![0];
    const curves: SurfaceCurve[] = [];
    for (const list of shapes.values()) {
      list.sort((a, b) => a.effectiveConcurrency! - b.effectiveConcurrency!);
      const points: SurfacePoint[] = [];
      let cur: BenchmarkRun[] = [];
      const flush = () => {
        if (!cur.length) return;
        points.push({
          concurrency: medianOf(cur.map(r => r.effectiveConcurrency!)),
          rows: cur.map(r => r.row),
          ttft: mergeStats(cur.map(r => r.ttft)),
          itl: mergeStats(cur.map(r => decodeStats(r))),
          e2e: mergeStats(cur.map(r => e2eStats(r))),
        });
        cur = [];
      };
      for (const r of list) {
        if (
          cur.length &&
          r.effectiveConcurrency! > cur[0].effectiveConcurrency! * LOAD_MERGE
        )
          flush();
        cur.push(r);
      }
      flush();
      const ins = list
        .map(r => r.inputTokens)
        .filter((x): x is number => x !== null);
      const outs = list
        .map(r => r.outputTokens)
        .filter((x): x is number => x !== null);
      curves.push({
        inputTokens: ins.length ? medianOf(ins) : null,
        outputTokens: outs.length ? medianOf(outs) : null,
        dataset: list[0].dataset,
        points,
      });
    }
    out.set(key, {
      key,
      modelId: first.modelId ?? first.modelRaw,
      gpuId: first.gpuId ?? first.gpuRaw,
      tp: first.tp ?? 0,
      engine: first.engine,
      precision: (first.precision ?? 'bf16') as Precision,
      curves,
    });
  }
  return out;
}

/** A value read off one curve at a load. @public */
export type CurveValue = {
  value: number;
  kind: 'measured' | 'interpolated';
  rows: number[];
  bracket: [number, number] | null;
};

/**
 * Reads `metric.stat` of a curve at `concurrency`: the measured point when the load matches
 * (within 1 %), else the log-log interpolation between the two measured neighbours. Outside the
 * measured load range it returns null: it never extrapolates.
 * @public
 */
export function readCurve(
  curve: SurfaceCurve,
  metric: SurfaceMetric,
  stat: StatName,
  concurrency: number,
): CurveValue | null {
  let lo: SurfacePoint | null = null;
  let hi: SurfacePoint | null = null;
  for (const p of curve.points) {
    const v = p[metric][stat];
    if (v === undefined) continue;
    if (Math.abs(p.concurrency - concurrency) <= 0.01 * concurrency)
      return { value: v, kind: 'measured', rows: p.rows, bracket: null };
    if (p.concurrency < concurrency) lo = p;
    else if (!hi) hi = p;
  }
  if (!lo || !hi) return null;
  const y0 = lo[metric][stat]!;
  const y1 = hi[metric][stat]!;
  const t =
    (Math.log(concurrency) - Math.log(lo.concurrency)) /
    (Math.log(hi.concurrency) - Math.log(lo.concurrency));
  return {
    value: Math.exp(Math.log(y0) + t * (Math.log(y1) - Math.log(y0))),
    kind: 'interpolated',
    rows: [...lo.rows, ...hi.rows],
    bracket: [lo.concurrency, hi.concurrency],
  };
}

/** The measured load range of a curve for a metric/stat, or null. @public */
export function curveRange(
  curve: SurfaceCurve,
  metric: SurfaceMetric,
  stat: StatName,
): { lo: SurfacePoint; hi: SurfacePoint } | null {
  let lo: SurfacePoint | null = null;
  let hi: SurfacePoint | null = null;
  for (const p of curve.points) {
    if (p[metric][stat] === undefined) continue;
    if (!lo) lo = p;
    hi = p;
  }
  return lo && hi ? { lo, hi } : null;
}
