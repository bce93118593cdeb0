/**
 * The latency surface of one configuration, read from the engine ONCE into typed arrays, so the
 * simulation loop interpolates instead of calling the engine.
 *
 * For each of `G` per-replica concurrency levels c_g = g x maxConcurrency / (G - 1) (c < 1 is
 * read at c = 1) and each metric (TTFT, ITL, e2e) the table holds the mean and five quantile
 * knots: p50, p90, p95, p99 from the engine and p99.9 extrapolated in normal-score space from
 * p95 -> p99. Missing percentiles are filled in the same space (log latency linear in the normal
 * score z, i.e. a piecewise log-normal); a missing e2e is TTFT + ITL x (output - 1).
 *
 * The distribution of a cohort at load c is represented by atoms at the knots with weights
 * 0.5, 0.4, 0.05, 0.04, 0.01: a histogram of such cohorts returns exactly the knot at p50, p90,
 * p95 and p99 for a homogeneous load. The fraction of a cohort meeting a target is read from the
 * piecewise log-normal CDF through the knots (continuous, not stepped).
 */
import type { Engine, ResolvedConfig } from '../engine/predictor';
import type { ProvenanceKind, SloTargets, StatName } from '../engine/schemas';
import { worstProvenance } from '../engine/predictor';
import { histBucket } from './histogram';
import { normalCdf } from '../stats';

/** Normal scores of the knots p50, p90, p95, p99, p99.9. @public */
export const KNOT_Z = [0, 1.2815516, 1.6448536, 2.3263479, 3.0902323];
/** Atom weights of the knots. @public */
export const KNOT_WEIGHTS = [0.5, 0.4, 0.05, 0.04, 0.01];
/** Metrics of the table, in storage order. @public */
export const TABLE_METRICS = ['ttft', 'itl', 'e2e'] as const;
const K = 5;
const M = 3;

/** Precomputed latency lookup table. @public */
export type LatencyTable = {
  points: number;
  maxConcurrency: number;
  /** concurrency per grid step */
  step: number;
  /** knots, ms: index (g x 3 + metric) x 5 + knot */
  knots: Float64Array;
  /** histogram bucket of each knot (no queueing), same index */
  knotBucket: Int32Array;
  /** means, ms: index g x 3 + metric */
  mean: Float64Array;
  /** fraction of a cohort at load c_g meeting each target without queueing: g x 3 + metric (1 when no target) */
  meet0: Float64Array;
  /** fraction meeting every target without queueing (comonotone: min over metrics) */
  meetAll0: Float64Array;
  /** target per metric, ms (Infinity when none) */
  targets: Float64Array;
  provenance: ProvenanceKind;
  notes: string[];
};

/**
 * Fraction of a distribution given by 5 knots (at `off` in `knots`) at or below `x` ms:
 * log-linear interpolation of the normal score between knots, linear extrapolation outside.
 * @public
 */
export function knotCdf(knots: Float64Array, off: number, x: number): number {
  if (!(x > 0)) return 0;
  const lx = Math.log(x);
  let i = 0;
  while (i < K - 2 && x > knots[off + i + 1]) i++;
  const a = knots[off + i];
  const b = knots[off + i + 1];
  if (!(b > a))
    return x >= a ? normalCdf(KNOT_Z[i + 1]) : normalCdf(KNOT_Z[i] - 3);
  const z =
    KNOT_Z[i] +
    ((KNOT_Z[i + 1] - KNOT_Z[i]) * (lx - Math.log(a))) /
      (Math.log(b) - Math.log(a));
  return normalCdf(z);
}

/** Fills 5 knots from whatever of mean/p50/p90/p95/p99 is known. Null when nothing is. */
function fillKnots(
  stats: Partial<Record<StatName, number>>,
): { knots: number[]; mean: number } | null {
  const q: (number | undefined)[] = [
    stats.p50,
    stats.p90,
    stats.p95,
    stats.p99,
  ];
  const known = q.map((v, i) => (v && v > 0 ? i : -1)).filter(i => i >= 0);
  const sigma0 = 0.35; // assumed log-sd when only one point is known (p90/p50 ~ 1.57)
  const lk: number[] = new Array(4);
  if (known.length === 0) {
    if (!(stats.mean && stats.mean > 0)) return null;
    const mu = Math.log(stats.mean) - (sigma0 * sigma0) / 2;
    for (let i = 0; i < 4; i++) lk[i] = mu + sigma0 * KNOT_Z[i];
  } else if (known.length === 1) {
    const j = known[0];
    const mu = Math.log(q[j]!) - sigma0 * KNOT_Z[j];
    for (let i = 0; i < 4; i++) lk[i] = mu + sigma0 * KNOT_Z[i];
  } else {
    for (let i = 0; i < 4; i++) {
      if (q[i] && q[i]! > 0) {
        lk[i] = Math.log(q[i]!);
        continue;
      }
      // interpolate/extrapolate between the nearest known knots in z
      let lo = -1;
      let hi = -1;
      for (const j of known) {
        if (j < i) lo = j;
        if (j > i && hi < 0) hi = j;
      }
      let a = lo;
      let b = hi;
      if (a < 0) {
        a = known[0];
        b = known[1];
      } else if (b < 0) {
        a = known[known.length - 2];
        b = known[known.length - 1];
      }
      const la = Math.log(q[a]!);
      const lb = Math.log(q[b]!);
      lk[i] =
        la + ((lb - la) * (KNOT_Z[i] - KNOT_Z[a])) / (KNOT_Z[b] - KNOT_Z[a]);
    }
  }
  for (let i = 1; i < 4; i++) if (lk[i] < lk[i - 1]) lk[i] = lk[i - 1];
  const slope = (lk[3] - lk[2]) / (KNOT_Z[3] - KNOT_Z[2]);
  const l999 = lk[3] + slope * (KNOT_Z[4] - KNOT_Z[3]);
  const knots = [...lk.map(Math.exp), Math.exp(l999)];
  const mean =
    stats.mean && stats.mean > 0
      ? stats.mean
      : KNOT_WEIGHTS.reduce((s, w, i) => s + w * knots[i], 0);
  return { knots, mean };
}

/**
 * Builds the table: `points` x 3 metrics x 5 stats calls to `engine.predictStat` (the only
 * engine calls of a simulation).
 * @public
 */
export function buildLatencyTable(
  engine: Engine,
  cfg: ResolvedConfig,
  inputTokens: number,
  outputTokens: number,
  maxConcurrency: number,
  slo: SloTargets,
  points = 129,
): LatencyTable {
  const G = Math.max(2, Math.floor(points));
  const maxC = Math.max(1, maxConcurrency);
  const step = maxC / (G - 1);
  const knots = new Float64Array(G * M * K);
  const knotBucket = new Int32Array(G * M * K);
  const mean = new Float64Array(G * M);
  const meet0 = new Float64Array(G * M);
  const meetAll0 = new Float64Array(G);
  const targets = Float64Array.from([
    slo.ttftMs ?? Infinity,
    slo.itlMs ?? Infinity,
    slo.e2eMs ?? Infinity,
  ]);
  let provenance: ProvenanceKind = 'measured';
  const notes: string[] = [];
  const stats: StatName[] = ['mean', 'p50', 'p90', 'p95', 'p99'];
  for (let g = 0; g < G; g++) {
    const c = Math.max(1, g * step);
    const got: (ReturnType<typeof fillKnots> | null)[] = [];
    for (const metric of TABLE_METRICS) {
      const s: Partial<Record<StatName, number>> = {};
      for (const st of stats) {
        const v = engine.predictStat(
          cfg,
          metric,
          st,
          inputTokens,
          outputTokens,
          c,
          false,
        );
        if (v) {
          s[st] = v.value;
          provenance = worstProvenance(provenance, v.provenance);
        }
      }
      got.push(fillKnots(s));
    }
    let [ttft, itl, e2e] = got;
    if (!ttft && e2e && itl)
      ttft = {
        knots: e2e.knots.map((v, i) =>
          Math.max(1, v - itl!.knots[i] * (outputTokens - 1)),
        ),
        mean: Math.max(1, e2e.mean - itl.mean * (outputTokens - 1)),
      };
    if (!ttft)
      throw new Error(
        `no TTFT prediction for ${cfg.model.id} on ${cfg.gpu.id} TP${cfg.tp} at load ${c}: cannot simulate`,
      );
    if (!itl && e2e)
      itl = {
        knots: e2e.knots.map((v, i) =>
          Math.max(0.1, (v - ttft!.knots[i]) / Math.max(1, outputTokens - 1)),
        ),
        mean: Math.max(
          0.1,
          (e2e.mean - ttft.mean) / Math.max(1, outputTokens - 1),
        ),
      };
    if (!itl) throw new Error('no ITL or e2e prediction: cannot simulate');
    if (!e2e) {
      e2e = {
        knots: ttft.knots.map((v, i) => v + itl!.knots[i] * (outputTokens - 1)),
        mean: ttft.mean + itl.mean * (outputTokens - 1),
      };
      if (g === 0)
        notes.push('e2e = TTFT + ITL x (output tokens - 1): no e2e prediction');
    }
    const all = [ttft, itl, e2e];
    let meetAll = 1;
    for (let m = 0; m < M; m++) {
      const off = (g * M + m) * K;
      for (let k = 0; k < K; k++) {
        knots[off + k] = all[m]!.knots[k];
        knotBucket[off + k] = histBucket(all[m]!.knots[k]);
      }
      mean[g * M + m] = all[m]!.mean;
      const f = Number.isFinite(targets[m])
        ? knotCdf(knots, off, targets[m])
        : 1;
      meet0[g * M + m] = f;
      if (f < meetAll) meetAll = f;
    }
    meetAll0[g] = meetAll;
  }
  return {
    points: G,
    maxConcurrency: maxC,
    step,
    knots,
    knotBucket,
    mean,
    meet0,
    meetAll0,
    targets,
    provenance,
    notes,
  };
}
