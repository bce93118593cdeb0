import { median, quantile, roundTo } from '../stats';
import { bytesPerParam, kvBytesPerSequence } from './memory';
import type {
  BenchmarkRun,
  GpuSpec,
  ModelSpec,
  Precision,
  StatName,
  Stats,
} from './schemas';

/**
 * gpus.csv leaves A10G compute blank and notes it is "often approximated by A10 numbers";
 * the estimator follows that note for compute only. Modelling assumption.
 * @public
 */
export const GPU_COMPUTE_FALLBACK: Record<string, string> = { A10G: 'A10' };

/**
 * Scaling efficiency of tensor parallelism per doubling of TP (all-reduce cost).
 * Modelling assumption, not fitted: the seed data has too few TP sweeps of one model.
 * @public
 */
export const TP_EFFICIENCY_PER_DOUBLING = 0.9;

/**
 * TTFT of one statistic at C requests in flight: a fixed overhead (tokenisation, scheduling,
 * the HTTP round trip), the request's own prefill, and the wait behind `queue` x (C - 1) other
 * requests' prefill. Equal-length requests in a closed loop arrive together, so the p95 request
 * waits behind about 95 % of the others: the fitted weights come out near the percentile. @public
 */
export type TtftFit = { overheadMs: number; queue: number };

/** TTFT statistics fitted on at least this many runs from this many configurations. @public */
export const TTFT_FIT_MIN_RUNS = 8;
/** @public */
export const TTFT_FIT_MIN_CONFIGURATIONS = 3;

/** How far above the run's own p95/p99 a Little's-law mean may sit (ramp-up, tail runs). */
const LITTLE_MEAN_SLACK = 1.25;
/** Runs the roofline is fitted on at most. @public */
export const FIT_MAX_POINTS = 2000;
/** Grids of the decode-side fit: fixed and per-sequence step overheads, ms. */
const STEP_OVERHEADS_MS = [0, 0.5, 1, 2, 4, 8];
const SEQ_OVERHEADS_MS = [0, 0.005, 0.01, 0.02, 0.04, 0.08];

/** Efficiency factors of the roofline, fitted on measured runs. @public */
export type RooflineFactors = {
  /** fraction of peak dense TFLOPs reached in prefill */
  prefill: number;
  /** fraction of peak memory bandwidth reached in decode */
  decode: number;
  /** fixed per-step overhead (scheduling, sampling, kernel launches), ms */
  stepOverheadMs: number;
  /** per-step overhead of each sequence in the batch (scheduler and sampler CPU time), ms */
  seqOverheadMs: number;
  /** prefill time in TTFT relative to the decode-side prefill estimate (fitted on TTFT) */
  ttftPrefillScale: number;
  /**
   * Compute speed-up of 8-bit and 4-bit precisions over bf16 (at most the GPU's peak ratio),
   * fitted: the low-precision peak promises about 2x, measured serving gets less (attention
   * and (de)quantisation stay at 16 bits)
   */
  lowPrecisionSpeedup: number;
  /** per TTFT statistic with enough measured runs; others derive from a fitted one */
  ttft: Partial<Record<StatName, TtftFit>>;
  /** percentile / mean ratios per metric (median over measured rows) */
  tail: Record<'ttft' | 'itl' | 'e2e', Partial<Record<StatName, number>>>;
  /** in-sample error of the fit, median and p90 absolute % error per metric */
  error: Record<
    'ttft' | 'itl' | 'e2e',
    { medianPct: number; p90Pct: number; n: number }
  >;
  fittedOn: number;
};

/** The factors a roofline estimate reads. @public */
export type RooflineKernelFactors = Pick<
  RooflineFactors,
  | 'prefill'
  | 'decode'
  | 'stepOverheadMs'
  | 'seqOverheadMs'
  | 'ttftPrefillScale'
  | 'lowPrecisionSpeedup'
  | 'ttft'
>;

/** A model x GPU x TP x precision for the estimator. @public */
export type RooflineConfig = {
  model: ModelSpec;
  gpu: GpuSpec;
  computeGpu: GpuSpec;
  tp: number;
  precision: Precision;
  kvBytes: number;
};

/** Peak dense TFLOPs of a GPU at a precision, or null. @public */
export function peakTflops(g: GpuSpec, p: Precision): number | null {
  const half = g.bf16Tflops ?? g.fp16Tflops;
  if (p === 'fp16') return g.fp16Tflops ?? g.bf16Tflops;
  if (p === 'bf16') return half;
  if (g.fp8) return g.fp8Tflops ?? half;
  return half;
}

/** True when the estimator has every number it needs. @public */
export function rooflineUsable(c: RooflineConfig): boolean {
  return (
    c.model.activeParamsB !== null &&
    c.model.totalParamsB !== null &&
    c.model.layers !== null &&
    c.model.kvHeads !== null &&
    c.gpu.memBwTbs !== null &&
    peakTflops(c.computeGpu, c.precision) !== null
  );
}

/** The typical (mean) TTFT, ITL and e2e in ms predicted by the roofline. @public */
export type RooflineEstimate = {
  ttft: number;
  /** TTFT of the statistics with their own fit */
  ttftByStat: Partial<Record<StatName, number>>;
  itl: number;
  e2e: number;
  /** one request's prefill alone (before TTFT's fitted prefill scale), ms */
  prefillMs: number;
  /** one decode step of the whole batch, ms */
  stepMs: number;
};

/**
 * Roofline estimate at `concurrency` requests in flight:
 *  - prefill is compute-bound: t_pf = 2 x active params x input tokens / (TP x TFLOPs x eta_p)
 *  - a decode step is bandwidth-bound: t_dec = (weights read + KV read) / (TP x BW x eta_d),
 *    or compute-bound for large batches, plus a fixed step overhead; MoE weights read grow
 *    with the batch as more experts are touched
 *  - chunked prefill interleaves the prefill of new requests with decode steps:
 *    ITL = t_dec + (C / output tokens) x t_pf
 *  - TTFT of a statistic = overhead + s x t_pf x (1 + q x (C - 1)) + t_dec, with overhead, prefill
 *    scale s and queue weight q fitted on measured TTFT ({@link TtftFit});  e2e = mean TTFT +
 *    (output - 1) x ITL
 * @public
 */
export function rooflineEstimate(
  c: RooflineConfig,
  f: RooflineKernelFactors,
  inputTokens: number,
  outputTokens: number,
  concurrency: number,
): RooflineEstimate {
  return rooflineKernel(c, f, inputTokens, outputTokens)(concurrency);
}

/**
 * {@link rooflineEstimate} of one configuration and token shape as a function of the load, with
 * everything that does not depend on the load computed once (capacity searches call it many
 * times). Same arithmetic, in the same order, as a direct estimate.
 * @public
 */
export function rooflineKernel(
  c: RooflineConfig,
  f: RooflineKernelFactors,
  inputTokens: number,
  outputTokens: number,
): (concurrency: number) => RooflineEstimate {
  const m = c.model;
  const tpEff = c.tp * Math.pow(TP_EFFICIENCY_PER_DOUBLING, Math.log2(c.tp));
  const peak = peakTflops(c.computeGpu, c.precision)!;
  const halfPeak = peakTflops(c.computeGpu, 'bf16');
  // an 8-bit or 4-bit precision reaches only part of its peak's promise over 16 bits
  const lowPrecision = halfPeak !== null && peak > halfPeak;
  const flops =
    (lowPrecision ? Math.min(peak, halfPeak * f.lowPrecisionSpeedup) : peak) *
    1e12 *
    tpEff;
  const bw = c.gpu.memBwTbs! * 1e12 * tpEff;
  const active = m.activeParamsB! * 1e9;
  const total = m.totalParamsB! * 1e9;
  const bpp = bytesPerParam(c.precision);
  const moe = total > active;
  const e = m.experts ?? 0;
  const k = m.expertsPerToken ?? 0;
  const ctx = inputTokens + outputTokens / 2;
  const kvSeq = kvBytesPerSequence(m, ctx, c.kvBytes) ?? 0;
  const bwEff = bw * f.decode;
  const flopsEff = flops * f.prefill;
  const twoActive = 2 * active;
  const tPf = ((twoActive * inputTokens) / flopsEff) * 1000;
  const outSteps = Math.max(1, outputTokens);
  const tPfTtft = tPf * f.ttftPrefillScale;
  const ttftFits = Object.entries(f.ttft) as [StatName, TtftFit][];
  const decodeSteps = Math.max(0, outputTokens - 1);
  return concurrency => {
    const C = Math.max(1, concurrency);
    let touched = active;
    if (moe) {
      let frac = C > 1 ? 1 : 0;
      if (e > 0 && k > 0) frac = 1 - Math.pow(1 - k / e, C - 1);
      touched = active + (total - active) * frac;
    }
    const memTime = (touched * bpp + C * kvSeq) / bwEff;
    const computeTime = (twoActive * C) / flopsEff;
    const tDec =
      Math.max(memTime, computeTime) * 1000 +
      f.stepOverheadMs +
      f.seqOverheadMs * C;
    const itl = tDec + (C / outSteps) * tPf;
    const ttftByStat: Partial<Record<StatName, number>> = {};
    for (const [stat, fit] of ttftFits)
      ttftByStat[stat] =
        fit.overheadMs + tPfTtft * (1 + fit.queue * (C - 1)) + tDec;
    const ttft = ttftByStat.mean ?? tPfTtft + tDec;
    const e2e = ttft + decodeSteps * itl;
    return {
      ttft,
      ttftByStat,
      itl,
      e2e,
      prefillMs: tPf,
      stepMs: tDec,
    };
  };
}

/** The typical value of a stats record: mean, else median. @public */
export function typical(s: Stats): number | undefined {
  return s.mean ?? s.p50;
}

/** The decode-latency stats of a run: TPOT when reported (per request), else ITL. @public */
export function decodeStats(r: BenchmarkRun): Stats {
  const out: Stats = {};
  for (const k of ['mean', 'p50', 'p90', 'p95', 'p99'] as const) {
    const v = r.tpot[k] ?? r.itl[k];
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/**
 * The end-to-end latency stats of a run. A closed loop that reports no mean gets it from
 * Little's law on its measured throughput (in flight / requests per second), exact in steady
 * state; deriving it from a percentile by a fitted ratio is off by 2x for equal-length requests.
 * @public
 */
export function e2eStats(r: BenchmarkRun): Stats {
  if (
    r.e2e.mean !== undefined ||
    r.loadKind !== 'closed-loop' ||
    !(r.effectiveConcurrency! > 0)
  )
    return r.e2e;
  const rps =
    r.reqS ??
    (r.outputTokS && r.outputTokens ? r.outputTokS / r.outputTokens : null);
  if (!rps || !(rps > 0)) return r.e2e;
  const mean = (1000 * r.effectiveConcurrency!) / rps;
  // a throughput that contradicts the run's own percentiles is not this run's steady state
  const top = r.e2e.p99 ?? r.e2e.p95;
  return top !== undefined && mean > top * LITTLE_MEAN_SLACK
    ? r.e2e
    : { ...r.e2e, mean };
}

type FitPoint = {
  cfg: RooflineConfig;
  /** model, GPU, TP, engine and precision: TTFT fits must span several */
  config: string;
  inTok: number;
  outTok: number;
  c: number;
  ttft: Stats;
  itl?: number;
  e2e?: number;
};

const STATS: StatName[] = ['mean', 'p50', 'p90', 'p95', 'p99'];

const logGrid = (lo: number, hi: number, n: number) =>
  Array.from({ length: n }, (_, i) => lo * Math.pow(hi / lo, i / (n - 1)));

function fitPoints(
  runs: BenchmarkRun[],
  resolve: (r: BenchmarkRun) => RooflineConfig | null,
): FitPoint[] {
  const pts: FitPoint[] = [];
  for (const r of runs) {
    if (
      r.effectiveConcurrency === null ||
      r.inputTokens === null ||
      r.outputTokens === null
    )
      continue;
    const cfg = resolve(r);
    if (!cfg || !rooflineUsable(cfg)) continue;
    const p: FitPoint = {
      cfg,
      config: [r.modelId, r.gpuId, r.tp, r.engine, r.precision].join('|'),
      inTok: r.inputTokens,
      outTok: r.outputTokens,
      c: r.effectiveConcurrency,
      ttft: r.ttft,
      itl: typical(decodeStats(r)),
      e2e: typical(e2eStats(r)),
    };
    if (STATS.some(k => p.ttft[k] !== undefined) || p.itl || p.e2e) pts.push(p);
  }
  // a grid search over more points fits no better and costs linearly: an even-stride sample
  // keeps a large knowledge base's index build in seconds (deterministic, so plans are stable)
  if (pts.length <= FIT_MAX_POINTS) return pts;
  const stride = pts.length / FIT_MAX_POINTS;
  return Array.from(
    { length: FIT_MAX_POINTS },
    (_, i) => pts[Math.floor(i * stride)],
  );
}

type DecodeFit = Pick<
  RooflineFactors,
  | 'prefill'
  | 'decode'
  | 'stepOverheadMs'
  | 'seqOverheadMs'
  | 'lowPrecisionSpeedup'
>;

/** Decode-side factors: grid search on ITL and e2e, with TTFT as prefill plus one step. */
function fitDecode(pts: FitPoint[]): DecodeFit {
  const rows = pts.filter(p => p.itl || p.e2e);
  const score = (fit: DecodeFit) => {
    const errs: number[] = [];
    const f = {
      ...fit,
      ttftPrefillScale: 1,
      ttft: {},
    };
    for (const p of rows) {
      const e = rooflineEstimate(p.cfg, f, p.inTok, p.outTok, p.c);
      if (p.itl) errs.push(Math.abs(Math.log(e.itl / p.itl)));
      if (p.e2e) errs.push(Math.abs(Math.log(e.e2e / p.e2e)));
    }
    return median(errs);
  };
  let best: DecodeFit = {
    prefill: 0.5,
    decode: 0.5,
    stepOverheadMs: 0,
    seqOverheadMs: 0,
    lowPrecisionSpeedup: 2,
  };
  let bestScore = Infinity;
  const consider = (fit: DecodeFit) => {
    const sc = score(fit);
    if (sc < bestScore) {
      best = fit;
      bestScore = sc;
    }
  };
  // the efficiencies and the step overhead first, then the per-sequence overhead with the
  // decode efficiency it trades against (a full grid over all four is 6x slower); the
  // low-precision speed-up is identified by TTFT (fitTtft)
  for (const prefill of logGrid(0.05, 1, 16))
    for (const decode of logGrid(0.1, 1, 16))
      for (const stepOverheadMs of STEP_OVERHEADS_MS)
        consider({ ...best, prefill, decode, stepOverheadMs });
  const first = best;
  for (const decode of logGrid(0.1, 1, 16))
    for (const seqOverheadMs of SEQ_OVERHEADS_MS)
      consider({ ...first, decode, seqOverheadMs });
  return best;
}

const TTFT_OVERHEADS_MS = [0, 2, 4, 8, 16, 32, 64];
const TTFT_QUEUES = [0, ...logGrid(0.01, 3, 13)];
/** ratio between neighbours of {@link TTFT_QUEUES} */
const TTFT_QUEUE_STEP = Math.pow(300, 1 / 12);
const LOW_PRECISION_SPEEDUPS = [1, 1.25, 1.5, 2];

/**
 * TTFT factors: the low-precision speed-up (TTFT is where compute binds, so it identifies it)
 * and one prefill scale for every statistic, and per statistic reported by enough runs of
 * enough configurations the overhead and queue weight minimising its median absolute log error
 * (grid search, coarse then refined; each run's prefill and step times computed once per
 * speed-up).
 */
function fitTtft(
  pts: FitPoint[],
  decode: DecodeFit,
): Pick<RooflineFactors, 'ttftPrefillScale' | 'ttft' | 'lowPrecisionSpeedup'> {
  const fitted = STATS.map(stat => {
    const rows = pts.filter(p => p.ttft[stat] !== undefined);
    const enough =
      rows.length >= TTFT_FIT_MIN_RUNS &&
      new Set(rows.map(p => p.config)).size >= TTFT_FIT_MIN_CONFIGURATIONS;
    return { stat, rows: enough ? rows : [] };
  }).filter(s => s.rows.length > 0);
  let best: {
    score: number;
    scale: number;
    speedup: number;
    ttft: Partial<Record<StatName, TtftFit>>;
  } = {
    score: Infinity,
    scale: 1,
    speedup: decode.lowPrecisionSpeedup,
    ttft: {},
  };
  for (const speedup of LOW_PRECISION_SPEEDUPS) {
    const base = {
      ...decode,
      lowPrecisionSpeedup: speedup,
      ttftPrefillScale: 1,
      ttft: {},
    };
    const byStat = fitted.map(({ stat, rows }) => ({
      stat,
      rows: rows.map(p => {
        const e = rooflineEstimate(p.cfg, base, p.inTok, p.outTok, p.c);
        return {
          pf: e.prefillMs,
          step: e.stepMs,
          c: Math.max(1, p.c),
          y: p.ttft[stat]!,
        };
      }),
    }));
    for (const scale of logGrid(0.5, 4, 13)) {
      const all: number[] = [];
      const ttft: Partial<Record<StatName, TtftFit>> = {};
      for (const { stat, rows } of byStat) {
        const fit = fitTtftStat(rows, scale);
        ttft[stat] = {
          overheadMs: fit.overheadMs,
          queue: roundTo(fit.queue, 4),
        };
        all.push(...fit.errs);
      }
      const score = all.length ? median(all) : 0;
      if (score < best.score) best = { score, scale, speedup, ttft };
    }
  }
  return {
    ttftPrefillScale: roundTo(best.scale, 3),
    lowPrecisionSpeedup: best.speedup,
    ttft: best.ttft,
  };
}

/** Overhead and queue weight of one TTFT statistic at a prefill scale: coarse grid, then refined. */
function fitTtftStat(
  rows: { pf: number; step: number; c: number; y: number }[],
  scale: number,
): { overheadMs: number; queue: number; errs: number[] } {
  let fit = { overheadMs: 0, queue: 0, score: Infinity, errs: [0] };
  const consider = (overheadMs: number, queue: number) => {
    const errs = rows.map(r =>
      Math.abs(
        Math.log(
          (overheadMs + scale * r.pf * (1 + queue * (r.c - 1)) + r.step) / r.y,
        ),
      ),
    );
    const sc = median(errs);
    if (sc < fit.score) fit = { overheadMs, queue, score: sc, errs };
  };
  for (const overheadMs of TTFT_OVERHEADS_MS)
    for (const queue of TTFT_QUEUES) consider(overheadMs, queue);
  const coarse = fit;
  for (const queue of logGrid(
    Math.max(coarse.queue / TTFT_QUEUE_STEP, 0.001),
    coarse.queue * TTFT_QUEUE_STEP || 0.01,
    9,
  ))
    consider(coarse.overheadMs, queue);
  return fit;
}

/**
 * Fits the roofline efficiency factors on measured runs by grid search, minimising the median
 * absolute log error: decode-side factors on typical ITL and e2e, then the TTFT factors on
 * every reported TTFT statistic. Returns the factors with their in-sample error.
 * @public
 */
export function fitRoofline(
  runs: BenchmarkRun[],
  resolve: (r: BenchmarkRun) => RooflineConfig | null,
): RooflineFactors {
  const pts = fitPoints(runs, resolve);
  const decode = fitDecode(pts);
  const fitted = { ...decode, ...fitTtft(pts, decode) };
  const tail = fitTailRatios(runs);
  const error = {} as RooflineFactors['error'];
  for (const metric of ['ttft', 'itl', 'e2e'] as const) {
    const errs: number[] = [];
    for (const p of pts) {
      const e = rooflineEstimate(p.cfg, fitted, p.inTok, p.outTok, p.c);
      const pairs: [number | undefined, number | null][] =
        metric === 'ttft'
          ? STATS.map(k => [
              p.ttft[k],
              rooflineStatistic(e, { ...fitted, tail }, 'ttft', k),
            ])
          : [[p[metric], e[metric]]];
      for (const [meas, est] of pairs)
        if (meas && est !== null)
          errs.push((Math.abs(est - meas) / meas) * 100);
    }
    error[metric] = {
      medianPct: roundTo(median(errs), 1),
      p90Pct: roundTo(quantile(errs, 0.9), 1),
      n: errs.length,
    };
  }
  return {
    prefill: roundTo(decode.prefill, 3),
    decode: roundTo(decode.decode, 3),
    stepOverheadMs: decode.stepOverheadMs,
    seqOverheadMs: decode.seqOverheadMs,
    ttftPrefillScale: fitted.ttftPrefillScale,
    lowPrecisionSpeedup: fitted.lowPrecisionSpeedup,
    ttft: fitted.ttft,
    tail,
    error,
    fittedOn: pts.length,
  };
}

/** The fitted ratio of two statistics of a metric (p99 / mean, ...); null when not fitted. @public */
export function tailRatio(
  factors: Pick<RooflineFactors, 'tail'>,
  metric: 'ttft' | 'itl' | 'e2e',
  from: StatName,
  to: StatName,
): number | null {
  if (from === to) return 1;
  const t = factors.tail[metric];
  const a = from === 'mean' ? 1 : t[from];
  const b = to === 'mean' ? 1 : t[to];
  return a && b ? b / a : null;
}

/** Fitted statistics a TTFT statistic without its own fit is derived from, in order. */
const TTFT_DERIVE_FROM: StatName[] = ['p95', 'p99', 'p90', 'mean', 'p50'];

/**
 * Where a TTFT statistic comes from: its own fit (ratio 1), else the first fitted statistic
 * with a tail ratio to it; null when none is fitted.
 */
function ttftSource(
  factors: Pick<RooflineFactors, 'tail' | 'ttft'>,
  stat: StatName,
): { from: StatName; fit: TtftFit; ratio: number } | null {
  const own = factors.ttft[stat];
  if (own) return { from: stat, fit: own, ratio: 1 };
  for (const from of TTFT_DERIVE_FROM) {
    const fit = factors.ttft[from];
    const ratio = fit ? tailRatio(factors, 'ttft', from, stat) : null;
    if (fit && ratio !== null) return { from, fit, ratio };
  }
  return null;
}

/** How {@link rooflineStatistic} reads a statistic, for a prediction's basis. @public */
export function describeRooflineStatistic(
  factors: Pick<RooflineFactors, 'tail' | 'ttft' | 'ttftPrefillScale'>,
  metric: 'ttft' | 'itl' | 'e2e',
  stat: StatName,
): string {
  const source = metric === 'ttft' ? ttftSource(factors, stat) : null;
  if (source) {
    const { from, fit, ratio } = source;
    const fitted = `; TTFT ${from} fitted as ${fit.overheadMs} ms + ${factors.ttftPrefillScale} x prefill x (1 + ${fit.queue} x (in-flight - 1)) + one decode step`;
    return from === stat
      ? fitted
      : `${fitted}, x fitted ${stat}/${from} ratio ${ratio.toFixed(2)}`;
  }
  const ratio = tailRatio(factors, metric, 'mean', stat);
  return stat === 'mean' || ratio === null
    ? ''
    : ` x fitted ${stat}/mean ratio ${ratio.toFixed(2)}`;
}

/**
 * One statistic of a roofline estimate: a TTFT statistic from its own fit, else from a fitted
 * one x the fitted tail ratio between them; ITL and e2e as the mean x the tail ratio.
 * @public
 */
export function rooflineStatistic(
  est: RooflineEstimate,
  factors: Pick<RooflineFactors, 'tail' | 'ttft'>,
  metric: 'ttft' | 'itl' | 'e2e',
  stat: StatName,
): number | null {
  const source = metric === 'ttft' ? ttftSource(factors, stat) : null;
  const fromFit = source ? est.ttftByStat[source.from] : undefined;
  if (source && fromFit !== undefined) return fromFit * source.ratio;
  const ratio = tailRatio(factors, metric, 'mean', stat);
  return ratio === null ? null : est[metric] * ratio;
}

/** Median ratio of each percentile to the typical value, per metric, over measured runs. @public */
export function fitTailRatios(runs: BenchmarkRun[]): RooflineFactors['tail'] {
  const out = { ttft: {}, itl: {}, e2e: {} } as RooflineFactors['tail'];
  for (const metric of ['ttft', 'itl', 'e2e'] as const) {
    for (const s of ['p50', 'p90', 'p95', 'p99'] as const) {
      const ratios: number[] = [];
      for (const r of runs) {
        if (r.loadKind === 'burst' || r.loadKind === 'offline') continue;
        const st = metric === 'itl' ? decodeStats(r) : r[metric];
        const t = typical(st);
        const v = st[s];
        if (t && v && t > 0) ratios.push(v / t);
      }
      if (ratios.length >= 5) out[metric][s] = roundTo(median(ratios), 3);
    }
  }
  return out;
}
