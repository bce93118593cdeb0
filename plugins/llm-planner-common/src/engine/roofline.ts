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

/** Efficiency factors of the roofline, fitted on measured runs. @public */
export type RooflineFactors = {
  /** fraction of peak dense TFLOPs reached in prefill */
  prefill: number;
  /** fraction of peak memory bandwidth reached in decode */
  decode: number;
  /** fixed per-step overhead (scheduling, sampling, kernel launches), ms */
  stepOverheadMs: number;
  /** fitted weight of the wait behind other requests' prefill in TTFT */
  prefillQueue: number;
  /** percentile / mean ratios per metric (median over measured rows) */
  tail: Record<'ttft' | 'itl' | 'e2e', Partial<Record<StatName, number>>>;
  /** in-sample error of the fit, median and p90 absolute % error per metric */
  error: Record<
    'ttft' | 'itl' | 'e2e',
    { medianPct: number; p90Pct: number; n: number }
  >;
  fittedOn: number;
};

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
export type RooflineEstimate = { ttft: number; itl: number; e2e: number };

/**
 * Roofline estimate at `concurrency` requests in flight:
 *  - prefill is compute-bound: t_pf = 2 x active params x input tokens / (TP x TFLOPs x eta_p)
 *  - a decode step is bandwidth-bound: t_dec = (weights read + KV read) / (TP x BW x eta_d),
 *    or compute-bound for large batches, plus a fixed step overhead; MoE weights read grow
 *    with the batch as more experts are touched
 *  - chunked prefill interleaves the prefill of new requests with decode steps:
 *    ITL = t_dec + (C / output tokens) x t_pf
 *  - TTFT = t_pf x (1 + (C - 1) x prefill share x q) + t_dec, q a fitted queueing factor;  e2e = TTFT + (output - 1) x ITL
 * @public
 */
export function rooflineEstimate(
  c: RooflineConfig,
  f: Pick<
    RooflineFactors,
    'prefill' | 'decode' | 'stepOverheadMs' | 'prefillQueue'
  >,
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
  f: Pick<
    RooflineFactors,
    'prefill' | 'decode' | 'stepOverheadMs' | 'prefillQueue'
  >,
  inputTokens: number,
  outputTokens: number,
): (concurrency: number) => RooflineEstimate {
  const m = c.model;
  const tpEff = c.tp * Math.pow(TP_EFFICIENCY_PER_DOUBLING, Math.log2(c.tp));
  const flops = peakTflops(c.computeGpu, c.precision)! * 1e12 * tpEff;
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
  // a new request also waits for the prefill of the other in-flight requests that are still in
  // their prefill phase (share of prefill tokens in the work of a request)
  const prefillShare = inputTokens / (inputTokens + outSteps);
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
    const tDec = Math.max(memTime, computeTime) * 1000 + f.stepOverheadMs;
    const itl = tDec + (C / outSteps) * tPf;
    const ttft = tPf * (1 + (C - 1) * prefillShare * f.prefillQueue) + tDec;
    const e2e = ttft + decodeSteps * itl;
    return { ttft, itl, e2e };
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

type FitPoint = {
  cfg: RooflineConfig;
  inTok: number;
  outTok: number;
  c: number;
  ttft?: number;
  itl?: number;
  e2e?: number;
};

/**
 * Fits the roofline efficiency factors on measured runs by grid search, minimising the median
 * absolute log error of typical TTFT, ITL and e2e over every run whose model, GPU, TP,
 * precision, token shape and in-flight load are known. Returns the factors with their
 * in-sample error.
 * @public
 */
export function fitRoofline(
  runs: BenchmarkRun[],
  resolve: (r: BenchmarkRun) => RooflineConfig | null,
): RooflineFactors {
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
      inTok: r.inputTokens,
      outTok: r.outputTokens,
      c: r.effectiveConcurrency,
      ttft: typical(r.ttft),
      itl: typical(decodeStats(r)),
      e2e: typical(r.e2e),
    };
    if (p.ttft !== undefined || p.itl !== undefined || p.e2e !== undefined)
      pts.push(p);
  }
  const grid = (lo: number, hi: number, n: number) =>
    Array.from({ length: n }, (_, i) => lo * Math.pow(hi / lo, i / (n - 1)));
  // decode-side factors first (ITL and e2e), then the TTFT queueing factor on TTFT alone
  let best = {
    prefill: 0.5,
    decode: 0.5,
    stepOverheadMs: 0,
    prefillQueue: 0,
    score: Infinity,
  };
  for (const prefill of grid(0.05, 1, 16)) {
    for (const decode of grid(0.1, 1, 16)) {
      for (const stepOverheadMs of [0, 0.5, 1, 2, 4, 8]) {
        const errs: number[] = [];
        const f = { prefill, decode, stepOverheadMs, prefillQueue: 0 };
        for (const p of pts) {
          const e = rooflineEstimate(p.cfg, f, p.inTok, p.outTok, p.c);
          if (p.itl) errs.push(Math.abs(Math.log(e.itl / p.itl)));
          if (p.e2e) errs.push(Math.abs(Math.log(e.e2e / p.e2e)));
        }
        const score = median(errs);
        if (score < best.score) best = { ...f, score };
      }
    }
  }
  let bestQ = { q: 0, score: Infinity };
  for (const q of [0, ...grid(0.01, 4, 24)]) {
    const errs: number[] = [];
    for (const p of pts) {
      if (!p.ttft) continue;
      const e = rooflineEstimate(
        p.cfg,
        { ...best, prefillQueue: q },
        p.inTok,
        p.outTok,
        p.c,
      );
      errs.push(Math.abs(Math.log(e.ttft / p.ttft)));
    }
    const score = median(errs);
    if (score < bestQ.score) bestQ = { q, score };
  }
  best.prefillQueue = bestQ.q;
  const error = {} as RooflineFactors['error'];
  for (const metric of ['ttft', 'itl', 'e2e'] as const) {
    const errs: number[] = [];
    for (const p of pts) {
      const meas = p[metric];
      if (!meas) continue;
      const e = rooflineEstimate(p.cfg, best, p.inTok, p.outTok, p.c)[metric];
      errs.push((Math.abs(e - meas) / meas) * 100);
    }
    error[metric] = {
      medianPct: roundTo(median(errs), 1),
      p90Pct: roundTo(quantile(errs, 0.9), 1),
      n: errs.length,
    };
  }
  return {
    prefill: roundTo(best.prefill, 3),
    decode: roundTo(best.decode, 3),
    stepOverheadMs: best.stepOverheadMs,
    prefillQueue: roundTo(best.prefillQueue, 3),
    tail: fitTailRatios(runs),
    error,
    fittedOn: pts.length,
  };
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
