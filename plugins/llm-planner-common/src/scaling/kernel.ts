/**
 * The simulation loop: numbers and typed arrays only (no objects per second or per request), so
 * a day of 86,400 steps runs in a few milliseconds. {@link simulate} builds the chart-ready
 * objects from its output. The model is described in simulate.ts and docs/scaling-model.md.
 */
import type { AutoscalerPolicy } from './policies';
import { createHpaController, policyTiming } from './policies';
import { KNOT_WEIGHTS, LatencyTable, knotCdf } from './latencyTable';
import { HIST_BUCKETS, histBucket, histQuantiles } from './histogram';
import { createRng, samplePoisson } from './prng';
import type { ReplicaQueueModel } from './replicaQueue';
import type { AutoscalerSimulation } from '../registry/autoscalers';

// module-local aliases: the CommonJS interop of imports is a getter call per access
const poissonSample = samplePoisson;
const bucketOf = histBucket;
const cdfOf = knotCdf;
const quantilesOf = histQuantiles;
const NB = HIST_BUCKETS;
const KW = Float64Array.from(KNOT_WEIGHTS);
const QS = [0.5, 0.9, 0.95, 0.99];
/**
 * Time constant (s) of the offered load the replica queues are evaluated at. The Erlang
 * formulas already contain the Poisson clumps; a shorter average would count them twice.
 */
const SMOOTH_S = 60;

/** Per-timeline-row fields (averages over the row, except spec). */
export const SF = {
  offered: 0,
  arrivals: 1,
  served: 2,
  ready: 3,
  queue: 4,
  running: 5,
  busy: 6,
  slot: 7,
  kv: 8,
  cpu: 9,
  mem: 10,
  signal: 11,
  spec: 12,
} as const;
const NSF = 13;

/** Per-interval fields. */
export const IF = {
  requests: 0,
  met: 1,
  wait: 2,
  offered: 3,
  ready: 4,
  seconds: 5,
  /** ttft p50,p90,p95,p99 at 6..9, itl at 10..13, e2e at 14..17 */
  pct: 6,
  /** 1 met, 0 not met, -1 no traffic */
  sloMet: 18,
} as const;
const NIF = 19;

/** Per-tenant-interval fields. */
export const TF = { offered: 0, served: 1, ttftP95: 2, e2eP95: 3 } as const;
const NTF = 4;

/** Pod CPU/memory model parameters, flattened. */
export type KernelPod = {
  cpuRequestCores: number;
  cpuIdleCores: number;
  cpuEngineLoopCores: number;
  cpuPerInputTokenUs: number;
  cpuPerOutputTokenUs: number;
  memoryRequestGiB: number;
  memoryBaseGiB: number;
  memoryPerRequestMiB: number;
};

/** Everything the loop needs. */
export type KernelInput = {
  rate: Float64Array;
  tenantRates: Float64Array[];
  days: number;
  warmup: number;
  poisson: boolean;
  seed: number;
  table: LatencyTable;
  slots: number;
  startup: number;
  inputTokens: number;
  kvPerSequence: number;
  pod: KernelPod;
  policy: AutoscalerPolicy;
  /** the policy kind's simulation hook: the metric it reads (`AUTOSCALER_POLICY_KINDS`) */
  simulation: AutoscalerSimulation;
  intervalSeconds: number;
  seriesSeconds: number;
  /** 0..3 = p50, p90, p95, p99 */
  pctIdx: number;
  /** per-replica queueing below saturation (router, slots); null = pooled fluid only */
  queue: ReplicaQueueModel | null;
};

/** Everything the loop produces. */
export type KernelOutput = {
  nSeries: number;
  series: Float64Array;
  nIntervals: number;
  intervals: Float64Array;
  tenantIntervals: Float64Array;
  pods: Uint16Array;
  dayHist: Float64Array;
  tenantDayHist: Float64Array | null;
  tenantServed: Float64Array;
  tenantMet: Float64Array;
  metPerMetric: Float64Array;
  /** t, from, to triples */
  events: number[];
  arrivals: number;
  served: number;
  finalQueue: number;
  maxQueue: number;
  maxWait: number;
  maxReady: number;
  minReady: number;
};

/**
 * Adds a cohort of weight `w` (5 atoms at `knots[off..off+4]`, shifted by `addMs`) to the
 * histogram at `base`, widening the touched bucket range `range[ri..ri+1]`.
 */
function addCohort(
  h: Float64Array,
  range: Int32Array,
  ri: number,
  base: number,
  knots: Float64Array,
  knotBucket: Int32Array,
  off: number,
  w: number,
  addMs: number,
): void {
  let lo = range[ri];
  let hi = range[ri + 1];
  for (let k = 0; k < 5; k++) {
    const b =
      addMs > 0 ? bucketOf(knots[off + k] + addMs) : knotBucket[off + k];
    h[base + b] += w * KW[k];
    if (b < lo) lo = b;
    if (b > hi) hi = b;
  }
  range[ri] = lo;
  range[ri + 1] = hi;
}

/** Adds `w` x a dense bucket mass `mass` starting at bucket `lo` to the histogram at `base`. */
function addDense(
  h: Float64Array,
  range: Int32Array,
  ri: number,
  base: number,
  mass: Float64Array,
  lo: number,
  w: number,
): void {
  const n = mass.length;
  for (let j = 0; j < n; j++) h[base + lo + j] += w * mass[j];
  if (lo < range[ri]) range[ri] = lo;
  if (lo + n - 1 > range[ri + 1]) range[ri + 1] = lo + n - 1;
}

/** Interval histograms and accumulators, flushed every interval. */
class IntervalState {
  readonly hI = new Float64Array(3 * NB);
  readonly hD = new Float64Array(3 * NB);
  readonly range = Int32Array.from([NB, -1, NB, -1, NB, -1]);
  readonly gW: Float64Array;
  readonly tgW: Float64Array;
  readonly tI: Float64Array;
  readonly tD: Float64Array;
  readonly tRange: Int32Array;
  readonly tServedI: Float64Array;
  readonly tArrI: Float64Array;
  readonly tServedD: Float64Array;
  readonly tMetD: Float64Array;
  readonly acc = new Float64Array(NIF);
  readonly metM = new Float64Array(3);
  readonly qout = new Float64Array(4);
  gLo: number;
  gHi = -1;
  constructor(readonly G: number, readonly nT: number) {
    this.gW = new Float64Array(G);
    this.gLo = G;
    const multi = nT > 1;
    this.tgW = new Float64Array(multi ? nT * G : 0);
    this.tI = new Float64Array(multi ? nT * 2 * NB : 0);
    this.tD = new Float64Array(multi ? nT * 2 * NB : 0);
    this.tRange = new Int32Array(multi ? nT * 4 : 0);
    for (let k = 0; k < this.tRange.length; k += 2) {
      this.tRange[k] = NB;
      this.tRange[k + 1] = -1;
    }
    this.tServedI = new Float64Array(nT);
    this.tArrI = new Float64Array(nT);
    this.tServedD = new Float64Array(nT);
    this.tMetD = new Float64Array(nT);
  }
}

function flushInterval(
  st: IntervalState,
  tab: LatencyTable,
  queue: ReplicaQueueModel | null,
  pctIdx: number,
  out: Float64Array,
  outOff: number,
  tOut: Float64Array,
  tOff: number,
  nIntervals: number,
): void {
  const { G, nT, gW, tgW, hI, hD, range, acc, qout } = st;
  const multi = nT > 1;
  const knots = tab.knots;
  const knotBucket = tab.knotBucket;
  const TG = tab.points | 0;
  for (let cellIdx = st.gLo; cellIdx <= st.gHi; cellIdx++) {
    const w = gW[cellIdx];
    if (!(w > 0)) continue;
    gW[cellIdx] = 0;
    // cell = ready replicas x TG + load level
    const g = cellIdx % TG;
    const qc = queue ? queue.cell((cellIdx / TG) | 0, g) : null;
    const fAll = qc ? qc.meetAll : tab.meetAll0[g];
    acc[IF.met] += w * fAll;
    if (qc) {
      st.metM[0] += w * qc.meet[0];
      st.metM[1] += w * qc.meet[1];
      st.metM[2] += w * qc.meet[2];
      addDense(hI, range, 0, 0, qc.mass[0], qc.lo[0], w);
      addCohort(hI, range, 2, NB, knots, knotBucket, g * 15 + 5, w, 0);
      addDense(hI, range, 4, 2 * NB, qc.mass[1], qc.lo[1], w);
      acc[IF.wait] += w * qc.pw * qc.waitMs;
    } else {
      st.metM[0] += w * tab.meet0[g * 3];
      st.metM[1] += w * tab.meet0[g * 3 + 1];
      st.metM[2] += w * tab.meet0[g * 3 + 2];
      addCohort(hI, range, 0, 0, knots, knotBucket, g * 15, w, 0);
      addCohort(hI, range, 2, NB, knots, knotBucket, g * 15 + 5, w, 0);
      addCohort(hI, range, 4, 2 * NB, knots, knotBucket, g * 15 + 10, w, 0);
    }
    for (let k = 0; k < nT; k++) {
      const wk = multi ? tgW[k * G + cellIdx] : w;
      if (!(wk > 0)) continue;
      if (multi && qc) {
        tgW[k * G + cellIdx] = 0;
        addDense(st.tI, st.tRange, k * 4, k * 2 * NB, qc.mass[0], qc.lo[0], wk);
        addDense(
          st.tI,
          st.tRange,
          k * 4 + 2,
          (k * 2 + 1) * NB,
          qc.mass[1],
          qc.lo[1],
          wk,
        );
      } else if (multi) {
        tgW[k * G + cellIdx] = 0;
        addCohort(
          st.tI,
          st.tRange,
          k * 4,
          k * 2 * NB,
          knots,
          knotBucket,
          g * 15,
          wk,
          0,
        );
        addCohort(
          st.tI,
          st.tRange,
          k * 4 + 2,
          (k * 2 + 1) * NB,
          knots,
          knotBucket,
          g * 15 + 10,
          wk,
          0,
        );
      }
      st.tServedI[k] += wk;
      st.tMetD[k] += wk * fAll;
    }
  }
  st.gLo = G;
  st.gHi = -1;
  for (let i = 0; i < NIF; i++) out[outOff + i] = acc[i];
  let sloMet = acc[IF.requests] > 1e-9 ? 1 : -1;
  for (let m = 0; m < 3; m++) {
    const base = m * NB;
    const lo = range[2 * m];
    const hi = range[2 * m + 1];
    if (hi >= 0) {
      quantilesOf(hI.subarray(base, base + NB), lo, hi, QS, qout);
      for (let b = lo; b <= hi; b++) {
        hD[base + b] += hI[base + b];
        hI[base + b] = 0;
      }
    } else qout.fill(NaN);
    for (let q = 0; q < 4; q++) out[outOff + IF.pct + m * 4 + q] = qout[q];
    const target = tab.targets[m];
    if (sloMet === 1 && target < Infinity && qout[pctIdx] > target * 1.0000001)
      sloMet = 0;
    range[2 * m] = NB;
    range[2 * m + 1] = -1;
  }
  out[outOff + IF.sloMet] = sloMet;
  for (let k = 0; k < nT; k++) {
    const o = tOff + k * nIntervals * NTF;
    tOut[o + TF.offered] = st.tArrI[k];
    tOut[o + TF.served] = st.tServedI[k];
    if (multi) {
      for (let which = 0; which < 2; which++) {
        const idx = k * 2 + which;
        const base = idx * NB;
        const lo = st.tRange[2 * idx];
        const hi = st.tRange[2 * idx + 1];
        let v = NaN;
        if (hi >= 0) {
          quantilesOf(st.tI.subarray(base, base + NB), lo, hi, QS, qout);
          v = qout[2];
          for (let b = lo; b <= hi; b++) {
            st.tD[base + b] += st.tI[base + b];
            st.tI[base + b] = 0;
          }
        }
        tOut[o + (which === 0 ? TF.ttftP95 : TF.e2eP95)] = v;
        st.tRange[2 * idx] = NB;
        st.tRange[2 * idx + 1] = -1;
      }
    } else {
      tOut[o + TF.ttftP95] = out[outOff + IF.pct + 2];
      tOut[o + TF.e2eP95] = out[outOff + IF.pct + 10];
    }
    st.tServedD[k] += st.tServedI[k];
    st.tServedI[k] = 0;
    st.tArrI[k] = 0;
  }
  acc.fill(0);
}

/**
 * Runs the day.
 *
 * hot loop: one function on purpose, longer than the ~150-line rule (`yarn lint:functions`):
 * the per-second state lives in local scalars and typed arrays that V8 keeps in registers;
 * splitting the step into functions would pass or box that state 86,400 times a run.
 */
export function runKernel(inp: KernelInput): KernelOutput {
  const tab = inp.table;
  const G = tab.points | 0;
  const invStep = 1 / tab.step;
  const knots = tab.knots;
  const knotBucket = tab.knotBucket;
  const meet0 = tab.meet0;
  const tabMean = tab.mean;
  const tgt0 = tab.targets[0];
  const tgt2 = tab.targets[2];
  const rate = inp.rate;
  const DAY = rate.length | 0;
  const W = inp.warmup | 0;
  const N_STEPS = (W + DAY) | 0;
  const slots = inp.slots;
  const startup = inp.startup;
  const poisson = inp.poisson;
  const rng = createRng(inp.seed);
  const policy = inp.policy;
  const fixed = !inp.simulation.autoscales;
  const timing = policyTiming(policy);
  const ctrl = createHpaController(policy);
  const sync = timing.syncPeriodSeconds;
  const mDelay = timing.metricDelaySeconds | 0;
  const mWin = Math.max(1, timing.metricWindowSeconds | 0);
  const signalOf = inp.simulation.signal;
  const readableWithoutPods = inp.simulation.readableWithoutReadyPods;
  // one object reused every second: the hook reads it, nothing is allocated in the loop
  const pool = {
    readyPods: 0,
    waiting: 0,
    running: 0,
    cpuUtilisation: 0,
    memoryUtilisation: 0,
    kvCacheUse: 0,
  };
  const pod = inp.pod;
  const cpuIdle = pod.cpuIdleCores;
  const cpuLoop = pod.cpuEngineLoopCores;
  const cpuIn = (inp.inputTokens * pod.cpuPerInputTokenUs) / 1e6;
  const cpuOut = pod.cpuPerOutputTokenUs / 1e6;
  const cpuReq = pod.cpuRequestCores;
  const memBase = pod.memoryBaseGiB;
  const memPer = pod.memoryPerRequestMiB / 1024;
  const memReq = pod.memoryRequestGiB;
  const kvPerSeq = inp.kvPerSequence;
  const tRates = inp.tenantRates;
  const nT = tRates.length;
  const multi = nT > 1;
  const intervalS = inp.intervalSeconds | 0;
  const seriesS = inp.seriesSeconds | 0;
  const nSeries = Math.ceil(DAY / seriesS);
  const nIntervals = Math.ceil(DAY / intervalS);

  const cumA = new Float64Array(N_STEPS + 1);
  const sigCum = new Float64Array(N_STEPS + 1);
  const shares = multi ? new Float32Array(nT * N_STEPS) : new Float32Array(0);
  const pods = new Uint16Array(DAY);
  const series = new Float64Array(nSeries * NSF);
  const intervals = new Float64Array(nIntervals * NIF);
  const tenantIntervals = new Float64Array(nT * nIntervals * NTF);
  const queue = inp.queue;
  const pendCap = (Math.max(inp.policy.maxReplicas, 1) + 1) | 0;
  // zero-wait cohorts are binned per (ready replicas, load level) cell
  const st = new IntervalState(queue ? (pendCap + 1) * G : G, nT);
  const acc = st.acc;
  const gW = st.gW;
  const tgW = st.tgW;
  const events: number[] = [];

  let Q = 0;
  let R = 0;
  let D = 0;
  // offered arrivals per second, smoothed over about a minute: the load the replica queues
  // are evaluated at (the Erlang formulas are steady-state; the per-second clumps are theirs)
  // (it starts at the mean rate of the first minute: the start is taken as steady)
  let arrSmooth = 0;
  for (let k = 0; k < SMOOTH_S; k++) {
    const sec0 = k - W < 0 ? k - W + DAY : k - W;
    arrSmooth += rate[sec0 % DAY] / SMOOTH_S;
  }
  let ptr = 0;
  let spec = fixed
    ? policy.minReplicas | 0
    : Math.max(policy.minReplicas, 1) | 0;
  if (policy.minReplicas === 0) spec = 0;
  let ready = spec | 0;
  const pend = new Float64Array(pendCap);
  let pendHead = 0;
  let pendN = 0;
  let nextSync = -W + sync;
  let totalArr = 0;
  let totalServed = 0;
  let maxQ = 0;
  let maxWait = 0;
  let maxReady = 0;
  let minReady = 65535;

  for (let i = 0; i < N_STEPS; i++) {
    const t = i - W;
    const sec = t < 0 ? t + DAY : t;
    const lam = rate[sec];
    const a = poisson ? poissonSample(rng, lam) : lam;
    cumA[i + 1] = cumA[i] + a;
    Q += a;
    arrSmooth += (a - arrSmooth) / SMOOTH_S;
    if (multi) {
      let tot = 0;
      for (let k = 0; k < nT; k++) tot += tRates[k][sec];
      for (let k = 0; k < nT; k++)
        shares[k * N_STEPS + i] = tot > 0 ? tRates[k][sec] / tot : 1 / nT;
    }

    // autoscaler sync
    if (t >= nextSync) {
      nextSync += sync;
      if (!fixed) {
        const end = i - mDelay > 0 ? i - mDelay : 0;
        const start = end - mWin > 0 ? end - mWin : 0;
        const known = end > start && (ready > 0 || readableWithoutPods);
        const metric = known
          ? (sigCum[end] - sigCum[start]) / (end - start)
          : 0;
        const next = ctrl.decide(t, spec, ready, metric, known) | 0;
        if (next !== spec) {
          if (t >= 0) events.push(t, spec, next);
          if (next > spec) {
            for (let k = spec; k < next; k++) {
              pend[(pendHead + pendN) % pendCap] = t + startup;
              pendN++;
            }
          } else {
            // the ReplicaSet deletes not-ready pods first
            let remove = spec - next;
            while (remove > 0 && pendN > 0) {
              pendN--;
              remove--;
            }
            ready -= remove;
          }
          spec = next;
        }
      }
    }
    while (pendN > 0 && pend[pendHead] <= t) {
      pendHead = (pendHead + 1) % pendCap;
      pendN--;
      ready++;
    }

    // service: dR/dt = alpha - R / S within the step (exact), S = mean e2e at load c
    const N = ready;
    let Nsvc = N;
    if (N === 0 && R > 0) Nsvc = 1; // terminating pods finish their sequences
    let alpha = 0;
    let Ravg = 0;
    let cAvg = 0;
    let gi = 0;
    if (Nsvc > 0) {
      let x = (R / Nsvc) * invStep;
      if (x > G - 1) x = G - 1;
      const g0 = x | 0;
      const f = x - g0;
      const g1 = g0 < G - 1 ? g0 + 1 : g0;
      let S = (tabMean[g0 * 3 + 2] * (1 - f) + tabMean[g1 * 3 + 2] * f) / 1000;
      if (S < 1e-3) S = 1e-3;
      const e = Math.exp(-1 / S);
      const ome = 1 - e;
      if (N > 0) {
        const amax = (N * slots - R * e) / (S * ome);
        alpha = Math.max(0, Math.min(Q, amax));
      }
      const R1 = R * e + alpha * S * ome;
      Ravg = alpha * S + (R - alpha * S) * ome * S;
      if (Ravg < 0) Ravg = 0;
      R = R1;
      Q -= alpha;
      if (Q < 1e-9) Q = 0;
      cAvg = Ravg / Nsvc;
      gi = (cAvg * invStep + 0.5) | 0;
      if (gi > G - 1) gi = G - 1;
    }

    // load level of the replica queues: smoothed offered load per replica, in sequences
    let gq = gi;
    if (queue && Nsvc > 0) {
      const Sq = tabMean[gi * 3 + 2] / 1000;
      gq = ((arrSmooth * Sq) / Nsvc) * invStep + 0.5;
      gq = gq > G - 1 ? G - 1 : gq | 0;
    }

    // latency of the admitted cohorts: FIFO over arrival seconds
    if (alpha > 0) {
      let d0 = D;
      const d1 = D + alpha;
      D = d1;
      while (d0 < d1 - 1e-12) {
        while (ptr < i && cumA[ptr + 1] <= d0 + 1e-12) ptr++;
        let w = (cumA[ptr + 1] < d1 ? cumA[ptr + 1] : d1) - d0;
        if (!(w > 0)) {
          if (ptr >= i) w = d1 - d0;
          else {
            ptr++;
            continue;
          }
        }
        const aS = cumA[ptr + 1] - cumA[ptr];
        const fracMid = aS > 0 ? (d0 + w / 2 - cumA[ptr]) / aS : 0.5;
        let wait = ptr >= i ? 0 : i + 0.5 - (ptr + fracMid);
        if (wait < 0) wait = 0;
        d0 += w;
        if (t < 0) continue;
        acc[IF.requests] += w;
        if (wait > 0) {
          const waitMs = wait * 1000;
          const fT = tgt0 < Infinity ? cdfOf(knots, gi * 15, tgt0 - waitMs) : 1;
          const fI = meet0[gi * 3 + 1];
          const fE =
            tgt2 < Infinity ? cdfOf(knots, gi * 15 + 10, tgt2 - waitMs) : 1;
          let meet = fT < fI ? fT : fI;
          if (fE < meet) meet = fE;
          st.metM[0] += w * fT;
          st.metM[1] += w * fI;
          st.metM[2] += w * fE;
          if (wait > maxWait) maxWait = wait;
          addCohort(
            st.hI,
            st.range,
            0,
            0,
            knots,
            knotBucket,
            gi * 15,
            w,
            waitMs,
          );
          addCohort(
            st.hI,
            st.range,
            2,
            NB,
            knots,
            knotBucket,
            gi * 15 + 5,
            w,
            0,
          );
          addCohort(
            st.hI,
            st.range,
            4,
            2 * NB,
            knots,
            knotBucket,
            gi * 15 + 10,
            w,
            waitMs,
          );
          acc[IF.met] += w * meet;
          acc[IF.wait] += w * waitMs;
          if (multi) {
            for (let k = 0; k < nT; k++) {
              const wk = w * shares[k * N_STEPS + ptr];
              if (!(wk > 0)) continue;
              addCohort(
                st.tI,
                st.tRange,
                k * 4,
                k * 2 * NB,
                knots,
                knotBucket,
                gi * 15,
                wk,
                waitMs,
              );
              addCohort(
                st.tI,
                st.tRange,
                k * 4 + 2,
                (k * 2 + 1) * NB,
                knots,
                knotBucket,
                gi * 15 + 10,
                wk,
                waitMs,
              );
              st.tServedI[k] += wk;
              st.tMetD[k] += wk * meet;
            }
          } else {
            st.tServedI[0] += w;
            st.tMetD[0] += w * meet;
          }
        } else {
          const cellIdx = queue ? Nsvc * G + gq : gi;
          gW[cellIdx] += w;
          if (cellIdx < st.gLo) st.gLo = cellIdx;
          if (cellIdx > st.gHi) st.gHi = cellIdx;
          if (multi)
            for (let k = 0; k < nT; k++)
              tgW[k * st.G + cellIdx] += w * shares[k * N_STEPS + ptr];
        }
      }
    }

    // signals, summed over ready pods
    const busy = N > 0 ? 1 - Math.exp(-cAvg) : 0;
    const itlMs = N > 0 ? tabMean[gi * 3 + 1] : 0;
    const outTokS = itlMs > 0 ? Ravg / (itlMs / 1000) : 0;
    const cpuSum =
      (N * (cpuIdle + cpuLoop * busy) + a * cpuIn + outTokS * cpuOut) / cpuReq;
    const memSum = (N * memBase + (R + Q) * memPer) / memReq;
    const kvSum = Ravg * kvPerSeq;
    pool.readyPods = N;
    pool.waiting = Q;
    pool.running = Ravg;
    pool.cpuUtilisation = cpuSum;
    pool.memoryUtilisation = memSum;
    pool.kvCacheUse = kvSum;
    const sig = signalOf(pool);
    sigCum[i + 1] = sigCum[i] + sig;
    if (t < 0) continue;

    // recording
    pods[t] = spec;
    totalArr += a;
    totalServed += alpha;
    if (Q > maxQ) maxQ = Q;
    if (N > maxReady) maxReady = N;
    if (N < minReady) minReady = N;
    acc[IF.offered] += lam;
    acc[IF.ready] += N;
    acc[IF.seconds] += 1;
    if (multi) for (let k = 0; k < nT; k++) st.tArrI[k] += tRates[k][sec];
    else st.tArrI[0] += lam;
    const so = ((t / seriesS) | 0) * NSF;
    series[so + SF.offered] += lam;
    series[so + SF.arrivals] += a;
    series[so + SF.served] += alpha;
    series[so + SF.ready] += N;
    series[so + SF.queue] += Q;
    series[so + SF.running] += Ravg;
    series[so + SF.busy] += busy;
    if (N > 0) {
      series[so + SF.slot] += Ravg / (N * slots);
      series[so + SF.kv] += kvSum / N;
      series[so + SF.cpu] += cpuSum / N;
      series[so + SF.mem] += memSum / N;
      series[so + SF.signal] += sig / N;
    } else series[so + SF.signal] += sig;
    series[so + SF.spec] = spec;

    if ((t + 1) % intervalS === 0 || t === DAY - 1) {
      const iv = (t / intervalS) | 0;
      flushInterval(
        st,
        tab,
        queue,
        inp.pctIdx,
        intervals,
        iv * NIF,
        tenantIntervals,
        iv * NTF,
        nIntervals,
      );
    }
  }
  return {
    nSeries,
    series,
    nIntervals,
    intervals,
    tenantIntervals,
    pods,
    dayHist: st.hD,
    tenantDayHist: multi ? st.tD : null,
    tenantServed: st.tServedD,
    tenantMet: st.tMetD,
    metPerMetric: st.metM,
    events,
    arrivals: totalArr,
    served: totalServed,
    finalQueue: Q,
    maxQueue: maxQ,
    maxWait,
    maxReady,
    minReady: minReady === 65535 ? 0 : minReady,
  };
}

/** Per-timeline-row field count (for consumers of the raw series). */
export const SERIES_FIELDS = NSF;
/** Per-interval field count. */
export const INTERVAL_FIELDS = NIF;
/** Per-tenant-interval field count. */
export const TENANT_FIELDS = NTF;
