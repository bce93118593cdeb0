/**
 * Per-replica queueing below saturation. The fluid pool of the kernel only queues once the
 * replicas' slots are full; real replicas also queue at moderate load, because requests arrive
 * in clumps and each replica admits at most `--max-num-seqs` sequences into its own batch: a
 * request routed to a full replica waits there while another replica may have a free slot.
 *
 * Each ready replica is a GI/G/c queue with c = max-num-seqs servers, fed by the router:
 *
 * - `round-robin`: replica i gets every N-th request of a Poisson stream, i.e. Erlang-N
 *   inter-arrival times (squared coefficient of variation c_a^2 = 1 / N), c servers;
 * - `random` (a Kubernetes Service through kube-proxy in iptables mode): a Poisson split, each
 *   replica sees Poisson arrivals (c_a^2 = 1), c servers;
 * - `least-requests` (join the replica with the fewest outstanding requests): behaves like one
 *   pooled queue of N x c servers with Poisson arrivals.
 *
 * The probability of waiting is Erlang C at the replica's offered load (a = the smoothed offered
 * load per replica, in Erlangs), raised to (1 + 1 / c_a^2) / 2 for arrivals more regular than
 * Poisson (round robin); the wait of a waiting request is
 * exponential with the Allen-Cunneen mean `S / (c (1 - rho)) x (c_a^2 + c_s^2) / 2`, S = mean
 * e2e at that load (the service time of a slot), c_s^2 = the squared coefficient of variation
 * of the service time (from the spread of output lengths: decode dominates). Utilisation is
 * capped at {@link MAX_QUEUE_RHO}; beyond it the fluid queue of the kernel carries the wait.
 *
 * The TTFT and e2e distribution of a cohort served at load level g with N ready replicas is
 * then the surface distribution (5 atoms) with probability 1 - P(wait), and the surface
 * convolved with the exponential wait otherwise, spread exactly over the histogram buckets.
 * Entries are computed lazily per (N, g) and cached per latency table, router and c_s^2.
 */
import { HIST_BUCKETS, HIST_MIN_MS, HIST_RATIO, histBucket } from './histogram';
import { KNOT_WEIGHTS, LatencyTable, knotCdf } from './latencyTable';

/** How requests are spread over the ready replicas. @public */
export type Router = 'round-robin' | 'random' | 'least-requests';

/** Highest utilisation the per-replica queue model is evaluated at. @public */
export const MAX_QUEUE_RHO = 0.95;
/** Below this probability of waiting a cohort is served as the plain surface. */
const MIN_PW = 1e-4;
/** Wait quantile points used for the fraction meeting a target. */
const WAIT_POINTS = 32;

/** The queueing of one (N, g) cell. @public */
export type QueueCell = {
  /** probability a request waits for a slot */
  pw: number;
  /** mean wait of a waiting request, ms */
  waitMs: number;
  /** TTFT and e2e histogram mass: buckets lo[m]..lo[m] + mass[m].length - 1 (m = 0 TTFT, 1 e2e) */
  lo: [number, number];
  mass: [Float64Array, Float64Array];
  /** fraction meeting each target (TTFT, ITL, e2e) and every target */
  meet: Float64Array;
  meetAll: number;
};

/** Lazily computed queue cells of one table, router and service variability. @public */
export type ReplicaQueueModel = {
  router: Router;
  /** servers per replica (integer max-num-seqs) */
  servers: number;
  serviceCv2: number;
  /** null when the probability of waiting is negligible */
  cell(replicas: number, g: number): QueueCell | null;
};

/**
 * Erlang C: probability that an arrival waits in an M/M/c queue with offered load `a` Erlangs
 * (a < c), through the stable Erlang B recursion.
 * @public
 */
export function erlangC(c: number, a: number): number {
  if (!(a > 0)) return 0;
  if (a >= c) return 1;
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  const rho = a / c;
  return b / (1 - rho * (1 - b));
}

const LN_RATIO = Math.log(HIST_RATIO);
function bucketLow(b: number): number {
  return b <= 0 ? 0 : HIST_MIN_MS * Math.exp((b - 1) * LN_RATIO);
}

/** Surface atoms of metric m at g (5 knots) convolved with Exp(theta), times `scale`, added to `out`. */
function convolve(
  knots: Float64Array,
  off: number,
  theta: number,
  scale: number,
  out: Float64Array,
  lo: number,
): void {
  const hi = lo + out.length - 1;
  for (let k = 0; k < 5; k++) {
    const s = knots[off + k];
    const w = scale * KNOT_WEIGHTS[k];
    let b = histBucket(s);
    let prev = 0; // F(low edge of b - s), the low edge is at or below s
    while (b <= hi) {
      const up = bucketLow(b + 1) - s;
      const f = up > 0 ? 1 - Math.exp(-up / theta) : 0;
      const m = f - prev;
      if (m > 0) out[b - lo] += w * m;
      prev = f;
      if (1 - f < 1e-7) break;
      b++;
    }
    if (b > hi) out[hi - lo] += w * (1 - prev);
  }
}

const CACHE = new WeakMap<LatencyTable, Map<string, ReplicaQueueModel>>();

/** Creates the (cached) queue model of a latency table. @public */
export function replicaQueueModel(
  table: LatencyTable,
  slots: number,
  router: Router,
  serviceCv2: number,
): ReplicaQueueModel {
  const servers = Math.max(1, Math.floor(slots + 1e-9));
  const key = `${router}|${servers}|${serviceCv2}`;
  let byKey = CACHE.get(table);
  if (!byKey) {
    byKey = new Map();
    CACHE.set(table, byKey);
  }
  const hit = byKey.get(key);
  if (hit) return hit;
  const G = table.points;
  const cells = new Map<number, QueueCell | null>();
  const model: ReplicaQueueModel = {
    router,
    servers,
    serviceCv2,
    cell(replicas, g) {
      const n = Math.max(1, replicas);
      const id = n * G + g;
      let c = cells.get(id);
      if (c === undefined) {
        c = computeCell(table, servers, router, serviceCv2, n, g);
        cells.set(id, c);
      }
      return c;
    },
  };
  byKey.set(key, model);
  return model;
}

function computeCell(
  table: LatencyTable,
  servers: number,
  router: Router,
  cs2: number,
  n: number,
  g: number,
): QueueCell | null {
  const a = Math.min(g * table.step, MAX_QUEUE_RHO * servers);
  if (!(a > 0)) return null;
  const rho = a / servers;
  const pooled = router === 'least-requests';
  const c = pooled ? servers * n : servers;
  let ca2 = 1;
  if (router === 'round-robin') ca2 = 1 / n;
  if (pooled) ca2 = 1;
  // Poisson arrivals see Erlang C; more regular arrivals (round robin) find a free slot more
  // often: C^((1 + 1/c_a^2) / 2) (fitted to a discrete-event model of round robin over 3
  // replicas, c = 1..16, rho = 0.6..0.8; exact for Poisson arrivals)
  const pw = erlangC(c, pooled ? a * n : a) ** ((1 + 1 / ca2) / 2);
  if (!(pw > MIN_PW)) return null;
  const S = table.mean[g * 3 + 2];
  const waitMs = (S / (c * (1 - rho))) * ((ca2 + cs2) / 2);
  if (!(waitMs > 0)) return null;
  const knots = table.knots;
  const lo: [number, number] = [0, 0];
  const mass: [Float64Array, Float64Array] = [
    new Float64Array(0),
    new Float64Array(0),
  ];
  ([0, 2] as const).forEach((m, i) => {
    const off = (g * 3 + m) * 5;
    const first = histBucket(knots[off]);
    const last = Math.min(
      HIST_BUCKETS - 1,
      histBucket(knots[off + 4] + waitMs * 16),
    );
    const out = new Float64Array(last - first + 1);
    for (let k = 0; k < 5; k++)
      out[histBucket(knots[off + k]) - first] += (1 - pw) * KNOT_WEIGHTS[k];
    convolve(knots, off, waitMs, pw, out, first);
    lo[i] = first;
    mass[i] = out;
  });
  // fraction meeting each target: plain surface, or the surface after a wait quantile
  const meet = new Float64Array(3);
  let meetAll = 1;
  for (let m = 0; m < 3; m++) {
    const f0 = table.meet0[g * 3 + m];
    const target = table.targets[m];
    let f = f0;
    if (m !== 1 && Number.isFinite(target)) {
      let fw = 0;
      for (let i = 0; i < WAIT_POINTS; i++) {
        const w = -waitMs * Math.log(1 - (i + 0.5) / WAIT_POINTS);
        fw += knotCdf(knots, (g * 3 + m) * 5, target - w);
      }
      f = (1 - pw) * f0 + (pw * fw) / WAIT_POINTS;
    }
    meet[m] = f;
    if (f < meetAll) meetAll = f;
  }
  return { pw, waitMs, lo, mass, meet, meetAll };
}

/**
 * Squared coefficient of variation of the service time, from the workload's output lengths
 * (log-normal through p50/p90, or mean/p90); 0.5 when only the mean is known.
 * @public
 */
export function serviceCv2FromTokens(tokens: {
  mean: number;
  p50: number | null;
  p90: number | null;
}): { cv2: number; basis: string } {
  const z90 = 1.2815516;
  if (tokens.p90 && tokens.p50 && tokens.p90 > tokens.p50) {
    const s = Math.log(tokens.p90 / tokens.p50) / z90;
    return {
      cv2: Math.exp(s * s) - 1,
      basis: `log-normal output lengths through p50 ${tokens.p50} / p90 ${tokens.p90}`,
    };
  }
  if (tokens.p90 && tokens.mean > 0 && tokens.p90 > tokens.mean) {
    // ln(p90 / mean) = z s - s^2 / 2  ->  s = z - sqrt(z^2 - 2 ln(p90 / mean))
    const l = Math.log(tokens.p90 / tokens.mean);
    const disc = z90 * z90 - 2 * l;
    if (disc > 0) {
      const s = z90 - Math.sqrt(disc);
      return {
        cv2: Math.exp(s * s) - 1,
        basis: `log-normal output lengths through mean ${tokens.mean} / p90 ${tokens.p90}`,
      };
    }
  }
  return {
    cv2: 0.5,
    basis: 'output-length spread unknown: assumed CV 0.71',
  };
}
