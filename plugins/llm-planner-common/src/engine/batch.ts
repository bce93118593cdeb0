/**
 * Batch planning: a job of N items that must finish inside a window, a few times a day. The
 * unit is the run, not the month: the throughput one replica sustains at the deadline sets the
 * replicas that finish inside the window, and the run's GPU-hours set its cost; nothing runs
 * between runs. Pure: the engine, the fitted configurations and their prices come in as data.
 */
import { InputError } from '@backstage/errors';
import { median, roundTo } from '../stats';
import { DAYS_PER_MONTH } from './budget';
import { labelOf } from './candidates';
import type { Pending } from './candidates';
import { MAX_SEARCH_CONCURRENCY } from './capacity';
import { offerCost } from './cost';
import type { PriceIndex } from './cost';
import type { Engine, ResolvedConfig } from './predictor';
import { SHAPE_TOLERANCE, surfaceKey } from './surface';
import {
  DEFAULT_INTERVAL_LEVEL,
  intervalQuantiles,
  LOAD_BANDS,
} from './uncertainty';
import type {
  BatchJob,
  BatchMeasurements,
  BatchSizing,
  BenchmarkRun,
  BudgetVerdict,
  CostBreakdown,
  Intent,
  Interval,
  Percentile,
  Price,
  SloTemplate,
} from './schemas';

/**
 * Start-up every run pays before its first item: node provisioning, pulling the serving image
 * and loading the weights. Counted in the run's duration and GPU-hours. Assumption.
 * @public
 */
export const BATCH_STARTUP_MINUTES = 10;

/** Replicas a batch run may use at most (the intent's `minReplicas` bound). @public */
export const MAX_BATCH_REPLICAS = 1000;

/**
 * The batch job of an intent with its defaults, and the assumptions they make. Throws an
 * InputError naming the field for a job that cannot be planned.
 * @public
 */
export function batchJobOf(
  intent: Intent,
  template: SloTemplate,
): { job: BatchJob; assumptions: string[] } {
  const b = intent.batch ?? {};
  const assumptions: string[] = [];
  if (b.itemsPerRun === undefined || !(b.itemsPerRun >= 1))
    throw new InputError(
      `batch.itemsPerRun: a batch run needs at least 1 item (got ${
        b.itemsPerRun ?? 'none'
      })`,
    );
  const runsPerDay = b.runsPerDay ?? 1;
  if (b.runsPerDay === undefined) assumptions.push('one batch run a day');
  const spacing = 24 / runsPerDay;
  const windowHours = b.windowHours ?? spacing;
  if (b.windowHours === undefined)
    assumptions.push(
      `no window given: a run may take until the next one starts (${roundTo(
        spacing,
        2,
      )} h)`,
    );
  if (windowHours * 60 <= BATCH_STARTUP_MINUTES)
    throw new InputError(
      `batch.windowHours: ${windowHours} h leaves no time to process items after the ${BATCH_STARTUP_MINUTES} min start-up of a run (scheduling, image pull, model load)`,
    );
  const inputFromIntent = b.tokensPerItem ?? intent.inputTokens;
  const inputTokens = Math.round(inputFromIntent ?? template.tokens.input.mean);
  const outputTokens = Math.max(
    1,
    Math.round(intent.outputTokens ?? template.tokens.output.mean),
  );
  const from = (said: boolean) =>
    said ? 'as asked' : `the "${template.id}" use case's mean`;
  const tokensFrom = `input ${inputTokens} tokens per item (${from(
    inputFromIntent !== undefined,
  )}), output ${outputTokens} (${from(intent.outputTokens !== undefined)})`;
  if (inputFromIntent === undefined || intent.outputTokens === undefined)
    assumptions.push(
      `tokens per item: ${tokensFrom}; say tokensPerItem and outputTokens to change`,
    );
  const startTime = b.startTime ?? '00:00';
  if (b.startTime === undefined)
    assumptions.push('runs start at 00:00 UTC (batch.startTime to change)');
  return {
    job: {
      itemsPerRun: b.itemsPerRun,
      runsPerDay,
      windowHours,
      startTime,
      inputTokens,
      outputTokens,
      tokensFrom,
    },
    assumptions,
  };
}

/** The throughput one replica of a configuration sustains on a job's items. @public */
export type BatchThroughput = {
  /** requests kept in flight */
  concurrency: number;
  /** items/s: point, and its interval at the default level */
  itemsPerSecond: Interval;
  /** items/s at the confidence: what replicas are sized on */
  conservative: number;
  /** one item's end-to-end latency at that load, upper bound at the confidence (s) */
  itemLatencyS: number;
  measurements: BatchMeasurements;
  /** probability the measured throughput is at least `need` items/s */
  probabilityAtLeast(need: number): number | null;
};

/** Loads tried for the throughput-maximising concurrency: 1, 2, 3, 4, 6, 8, 12, ... and the top. */
export function concurrencyGrid(top: number): number[] {
  const out: number[] = [];
  for (let c = 1; c <= top; c *= 2) {
    out.push(c);
    if (c >= 2 && c * 1.5 <= top) out.push(c * 1.5);
  }
  if (out[out.length - 1] !== top && top >= 1) out.push(top);
  return out;
}

/** A load in the top band of the error model: offline runs keep every slot busy. */
const SATURATED_LOAD = LOAD_BANDS[LOAD_BANDS.length - 1] * 2;

const offlineIndex = new WeakMap<Engine, Map<string, BenchmarkRun[]>>();

/**
 * Offline and burst (max-throughput) runs by configuration, built once per engine. A run on
 * more GPUs than its TP is data parallel: its throughput is split over its replicas.
 */
function offlineRunsOf(engine: Engine): Map<string, BenchmarkRun[]> {
  let idx = offlineIndex.get(engine);
  if (idx) return idx;
  idx = new Map();
  for (const r of engine.kb.runs) {
    if (r.loadKind !== 'offline' && r.loadKind !== 'burst') continue;
    if (!r.modelId || !r.gpuId || r.tp === null || !r.precision) continue;
    const k = surfaceKey(r.modelId, r.gpuId, r.tp, r.engine, r.precision);
    const l = idx.get(k);
    if (l) l.push(r);
    else idx.set(k, [r]);
  }
  offlineIndex.set(engine, idx);
  return idx;
}

function sameShape(a: number, b: number): boolean {
  return Math.abs(Math.log(a / b)) <= Math.log(SHAPE_TOLERANCE) + 1e-9;
}

/** Items/s of one replica in an offline or burst run, null when the run does not say. */
function offlineItemsPerSecond(r: BenchmarkRun, tp: number): number | null {
  let perRun = r.reqS;
  if (perRun === null && r.outputTokS !== null && r.outputTokens)
    perRun = r.outputTokS / r.outputTokens;
  if (perRun === null || !(perRun > 0)) return null;
  const replicas =
    r.gpuCount !== null && r.gpuCount > tp && r.gpuCount % tp === 0
      ? r.gpuCount / tp
      : 1;
  return perRun / replicas;
}

/**
 * Throughput of one replica on the job's items. Measured offline / burst runs of the same
 * configuration and token shape (within the surfaces' shape tolerance) come first: they measure
 * exactly this regime. Otherwise the predictor: the load (up to what fits in memory) that
 * maximises items/s by Little's law, concurrency / e2e, on the upper bound of the e2e at the
 * confidence, so the sized throughput is the conservative one. Null when nothing predicts it.
 * @public
 */
export function batchThroughput(
  engine: Engine,
  cfg: ResolvedConfig,
  job: Pick<BatchJob, 'inputTokens' | 'outputTokens'>,
  maxConcurrency: number,
  confidence: number,
): BatchThroughput | null {
  const inTok = job.inputTokens;
  const outTok = job.outputTokens;
  // throughput = c / e2e: its bounds are c / (e2e's bounds), so the e2e error class applies
  const boundsOf = (
    secondsPerItem: number,
    provenance: BatchMeasurements['provenance'],
    c: number,
  ) => {
    const v = { value: secondsPerItem, provenance };
    const { lo, hi } = intervalQuantiles(engine.errorModel(), provenance);
    const at = (p: number) =>
      engine.upperBound(cfg, 'e2e', v, inTok, outTok, c, p);
    return { slow: at(confidence), mid: at(0.5), high: at(lo), low: at(hi) };
  };
  const ratesOf = (b: ReturnType<typeof boundsOf>, raw: number): Interval => ({
    value: b.mid ? 1 / b.mid : raw,
    low: b.low ? 1 / b.low : raw,
    high: b.high ? 1 / b.high : raw,
    level: DEFAULT_INTERVAL_LEVEL,
  });

  const measured = (
    offlineRunsOf(engine).get(
      surfaceKey(cfg.model.id, cfg.gpu.id, cfg.tp, cfg.engine, cfg.precision),
    ) ?? []
  ).filter(
    r =>
      r.inputTokens !== null &&
      r.outputTokens !== null &&
      sameShape(r.inputTokens, inTok) &&
      sameShape(r.outputTokens, outTok) &&
      offlineItemsPerSecond(r, cfg.tp) !== null,
  );
  if (measured.length) {
    const rate = median(measured.map(r => offlineItemsPerSecond(r, cfg.tp)!));
    const c = Math.max(
      1,
      Math.min(maxConcurrency, MAX_SEARCH_CONCURRENCY, SATURATED_LOAD),
    );
    const b = boundsOf(1 / rate, 'measured', c);
    const conservative = b.slow ? 1 / b.slow : rate;
    const e2e = engine.predictStat(cfg, 'e2e', 'mean', inTok, outTok, c, false);
    return {
      concurrency: c,
      itemsPerSecond: ratesOf(b, rate),
      conservative,
      itemLatencyS: e2e
        ? (engine.upperBound(cfg, 'e2e', e2e, inTok, outTok, c, confidence) ??
            e2e.value) / 1000
        : c / conservative,
      measurements: {
        source: 'offline',
        provenance: 'measured',
        rows: measured.map(r => r.row),
        basis: `median of ${measured.length} offline/burst run(s) of ${
          cfg.model.id
        } on ${cfg.gpu.id} TP${cfg.tp} ${cfg.engine} ${
          cfg.precision
        } at ${inTok}/${outTok} tokens (${[
          ...new Set(measured.map(r => r.mode)),
        ].join('; ')}): ${roundTo(rate, 3)} items/s per replica`,
      },
      probabilityAtLeast: need =>
        engine.probabilityWithin(
          cfg,
          'e2e',
          { value: 1 / rate, provenance: 'measured' },
          inTok,
          outTok,
          c,
          1 / need,
        ),
    };
  }

  const probe = engine.statProbe(cfg, inTok, outTok);
  const top = Math.max(1, Math.min(maxConcurrency, MAX_SEARCH_CONCURRENCY));
  let best: { c: number; point: number; up: number; rate: number } | null =
    null;
  for (const c of concurrencyGrid(top)) {
    const point = probe.value('e2e', 'mean', c);
    const up = probe.upper('e2e', 'mean', c, confidence);
    if (point === null || up === null || !(point > 0) || !(up > 0)) continue;
    const rate = c / (up / 1000);
    if (!best || rate > best.rate) best = { c, point, up, rate };
  }
  if (!best) return null;
  const { c, point, up } = best;
  const e2e = engine.predictStat(cfg, 'e2e', 'mean', inTok, outTok, c)!;
  const b = boundsOf(point / 1000 / c, e2e.provenance, c);
  const rate = c / (point / 1000);
  const rates = ratesOf(b, rate);
  return {
    concurrency: c,
    itemsPerSecond: rates,
    conservative: best.rate,
    itemLatencyS: up / 1000,
    measurements: {
      source: 'predicted',
      provenance: e2e.provenance,
      rows: e2e.rows,
      basis: `Little's law at ${c} requests in flight (the load up to the memory fit's ${top} that gives the most items/s at the upper ${confidence} bound of the e2e): ${c} / mean e2e ${Math.round(
        point,
      )} ms = ${roundTo(rate, 3)} items/s per replica as predicted, ${roundTo(
        rates.value,
        3,
      )} after the median cross-validated error of its class, ${roundTo(
        best.rate,
        3,
      )} at the upper bound ${Math.round(up)} ms; e2e ${e2e.provenance}: ${
        e2e.basis
      }`,
    },
    probabilityAtLeast: need =>
      engine.probabilityWithin(
        cfg,
        'e2e',
        { value: point, provenance: e2e.provenance },
        inTok,
        outTok,
        c,
        (c / need) * 1000,
      ),
  };
}

/** Throughputs kept per engine (cleared when full). */
const THROUGHPUTS_KEPT = 20_000;
const throughputs = new WeakMap<Engine, Map<string, BatchThroughput | null>>();

/**
 * {@link batchThroughput} remembered per engine: it depends on the configuration, token shape,
 * memory fit and confidence, not on the items, window or runs, so what-if edits of those reuse it.
 */
const cachedThroughput: typeof batchThroughput = (
  engine,
  cfg,
  job,
  maxConcurrency,
  confidence,
) => {
  let kept = throughputs.get(engine);
  if (!kept) throughputs.set(engine, (kept = new Map()));
  const key = `${surfaceKey(
    cfg.model.id,
    cfg.gpu.id,
    cfg.tp,
    cfg.engine,
    cfg.precision,
  )}|${job.inputTokens}|${job.outputTokens}|${maxConcurrency}|${confidence}`;
  let thr = kept.get(key);
  if (thr === undefined) {
    thr = batchThroughput(engine, cfg, job, maxConcurrency, confidence);
    if (kept.size >= THROUGHPUTS_KEPT) kept.clear();
    kept.set(key, thr);
  }
  return thr;
};

/** Why a configuration cannot run the job, or its sizing. */
export type BatchOption =
  | {
      ok: true;
      pc: Pending;
      cfg: ResolvedConfig;
      thr: BatchThroughput;
      sizing: BatchSizing;
    }
  | { ok: false; pc: Pending; reason: string; latencyS?: number };

/**
 * Replicas that finish the run inside the window at the confidence, and the run's duration,
 * GPU-hours and cost (point, interval, at the confidence). The window holds the start-up, the
 * items at the replicas' conservative throughput, and the last items' own latency.
 * @public
 */
export function sizeBatchRun(
  thr: BatchThroughput,
  job: BatchJob,
  gpusPerReplica: number,
  pricePerGpuHour: number,
  confidence: number,
): BatchSizing | { reason: string; latencyS: number } {
  const startupH = BATCH_STARTUP_MINUTES / 60;
  const drainS = (job.windowHours - startupH) * 3600 - thr.itemLatencyS;
  if (drainS <= 0)
    return {
      reason: `one item takes ${roundTo(
        thr.itemLatencyS,
        1,
      )} s (upper ${confidence} bound) at ${
        thr.concurrency
      } in flight, more than the ${
        job.windowHours
      } h window leaves after the ${BATCH_STARTUP_MINUTES} min start-up`,
      latencyS: thr.itemLatencyS,
    };
  const replicas = Math.ceil(
    job.itemsPerRun / (drainS * thr.conservative) - 1e-9,
  );
  if (replicas > MAX_BATCH_REPLICAS)
    return {
      reason: `needs ${replicas} replicas to finish inside ${job.windowHours} h (at most ${MAX_BATCH_REPLICAS})`,
      latencyS: thr.itemLatencyS,
    };
  const hoursAt = (itemsPerS: number) =>
    startupH +
    (job.itemsPerRun / (replicas * itemsPerS) + thr.itemLatencyS) / 3600;
  const ips = thr.itemsPerSecond;
  const runHours: Interval = {
    value: hoursAt(ips.value),
    low: hoursAt(ips.high),
    high: hoursAt(ips.low),
    level: ips.level,
  };
  const gpus = replicas * gpusPerReplica;
  const scale = (i: Interval, k: number): Interval => ({
    value: roundTo(i.value * k, 2),
    low: roundTo(i.low * k, 2),
    high: roundTo(i.high * k, 2),
    level: i.level,
  });
  const gpuHours = scale(runHours, gpus);
  const usdPerRun = scale(runHours, gpus * pricePerGpuHour);
  const need = job.itemsPerRun / (replicas * drainS);
  const runHoursAtConfidence = hoursAt(thr.conservative);
  return {
    replicas,
    gpusPerReplica,
    concurrencyPerReplica: thr.concurrency,
    itemsPerSecondPerReplica: {
      value: roundTo(ips.value, 3),
      low: roundTo(ips.low, 3),
      high: roundTo(ips.high, 3),
      level: ips.level,
    },
    conservativeItemsPerSecondPerReplica: roundTo(thr.conservative, 3),
    itemLatencyS: roundTo(thr.itemLatencyS, 2),
    startupHours: roundTo(startupH, 3),
    runHours: scale(runHours, 1),
    runHoursAtConfidence: roundTo(runHoursAtConfidence, 2),
    gpuHoursPerRun: gpuHours,
    usdPerRun,
    usdPerRunAtConfidence: roundTo(
      runHoursAtConfidence * gpus * pricePerGpuHour,
      2,
    ),
    usdPerMonth: scale(
      runHours,
      gpus * pricePerGpuHour * job.runsPerDay * DAYS_PER_MONTH,
    ),
    probabilityWithinWindow: roundToOrNull(thr.probabilityAtLeast(need), 3),
    confidence,
    measurements: thr.measurements,
  };
}

function roundToOrNull(x: number | null, digits: number): number | null {
  return x === null ? null : roundTo(x, digits);
}

/**
 * Sizes every fitted configuration for the job; the ones that finish inside the window come
 * first, cheapest run at the confidence first (pricing the risk: a cheap but uncertain estimate
 * is charged its conservative duration), then fewer GPUs, then better evidence.
 * @public
 */
export function sizeBatchOptions(
  engine: Engine,
  pending: Pending[],
  job: BatchJob,
  confidence: number,
): BatchOption[] {
  const out: BatchOption[] = [];
  for (const pc of pending) {
    const cfg = pc.configs.get(pc.tp, pc.precision);
    const thr = cachedThroughput(engine, cfg, job, pc.maxConc, confidence);
    if (!thr) {
      out.push({
        ok: false,
        pc,
        reason: `no throughput prediction for ${labelOf(pc)} at ${
          job.inputTokens
        }/${job.outputTokens} tokens`,
      });
      continue;
    }
    const sizing = sizeBatchRun(
      thr,
      job,
      pc.tp,
      pc.price.pricePerGpuHour,
      confidence,
    );
    if ('reason' in sizing)
      out.push({
        ok: false,
        pc,
        reason: sizing.reason,
        latencyS: sizing.latencyS,
      });
    else out.push({ ok: true, pc, cfg, thr, sizing });
  }
  return out;
}

/** Order of the feasible options: cheapest run at the confidence, fewer GPUs, better evidence. */
export function rankBatchOptions(
  options: Extract<BatchOption, { ok: true }>[],
  provRank: (p: BatchMeasurements['provenance']) => number,
): Extract<BatchOption, { ok: true }>[] {
  const gpusOf = (o: Extract<BatchOption, { ok: true }>) =>
    o.sizing.replicas * o.sizing.gpusPerReplica;
  return [...options].sort(
    (a, b) =>
      a.sizing.usdPerRunAtConfidence - b.sizing.usdPerRunAtConfidence ||
      gpusOf(a) - gpusOf(b) ||
      provRank(a.sizing.measurements.provenance) -
        provRank(b.sizing.measurements.provenance),
  );
}

/**
 * The error for a window no configuration can meet because one item alone takes longer: names
 * the field and the shortest window that would do. Null when some configuration fits or
 * another reason rejected them.
 * @public
 */
export function windowTooShortError(
  options: BatchOption[],
  job: BatchJob,
): InputError | null {
  if (!options.length || options.some(o => o.ok)) return null;
  const latencies = options
    .map(o => (o.ok ? undefined : o.latencyS))
    .filter((x): x is number => x !== undefined);
  if (latencies.length !== options.length) return null;
  const fastest = Math.min(...latencies);
  const needed = BATCH_STARTUP_MINUTES / 60 + fastest / 3600;
  if (needed < job.windowHours) return null;
  return new InputError(
    `batch.windowHours: ${
      job.windowHours
    } h is shorter than one item's latency: the fastest configuration takes ${roundTo(
      fastest,
      1,
    )} s per item of ${job.inputTokens}/${
      job.outputTokens
    } tokens after a ${BATCH_STARTUP_MINUTES} min start-up; give at least ${roundTo(
      needed * 1.1,
      2,
    )} h`,
  );
}

/**
 * Cost of a batch option in the shape every plan carries: $/hour while the run lasts, hours
 * billed a month (run hours x runs a day x 30), $/month, $/1M output tokens of a run, and the
 * other pricing kind of the same offer.
 * @public
 */
export function batchCost(
  priceIdx: PriceIndex,
  pc: Pending,
  sizing: BatchSizing,
  job: BatchJob,
): CostBreakdown {
  const p = pc.price;
  const gpus = sizing.replicas * sizing.gpusPerReplica;
  const hoursPerMonth = roundTo(
    sizing.runHours.value * job.runsPerDay * DAYS_PER_MONTH,
    2,
  );
  const perMonthOf = (q: Price) =>
    roundTo(
      sizing.runHours.value *
        gpus *
        q.pricePerGpuHour *
        job.runsPerDay *
        DAYS_PER_MONTH,
      2,
    );
  const outputMTokens = (job.itemsPerRun * job.outputTokens) / 1e6;
  return {
    ...offerCost(priceIdx, pc.gpu.id, p, perMonthOf),
    perHour: roundTo(gpus * p.pricePerGpuHour, 2),
    per1MOutputTokens: roundTo(sizing.usdPerRun.value / outputMTokens, 2),
    hoursPerMonth,
  };
}

/** A sized option of {@link sizeBatchOptions}. @public */
export type BatchFit = Extract<BatchOption, { ok: true }>;

/**
 * How a batch plan relates to the intent's budget. A ceiling per run is compared with a run's
 * expected cost, a monthly one with the runs of a month. Every option's `withinBudget` is set.
 * Over budget: what the ceiling buys on the cheapest option, the share of a run's items it pays
 * for (a run's cost hardly depends on its replicas: more replicas finish sooner for the same
 * GPU-hours), next to what the whole run costs.
 * @public
 */
export function batchBudgetVerdict(
  intent: Intent,
  job: BatchJob,
  ranked: BatchFit[],
  percentile: Percentile,
): BudgetVerdict | undefined {
  const b = intent.budget;
  if (b?.usdPerRun === undefined && b?.usdPerMonth === undefined)
    return undefined;
  const runsPerMonth = job.runsPerDay * DAYS_PER_MONTH;
  const perRun = b.usdPerRun ?? roundTo(b.usdPerMonth! / runsPerMonth, 2);
  const ceilingUsdPerMonth = b.usdPerMonth ?? roundTo(perRun * runsPerMonth, 2);
  const basis =
    b.usdPerRun !== undefined
      ? `$${b.usdPerRun}/run x ${job.runsPerDay} run(s)/day x ${DAYS_PER_MONTH} days`
      : `$${b.usdPerMonth}/month as asked = $${perRun}/run over ${runsPerMonth} runs`;
  for (const o of ranked)
    o.sizing.withinBudget = o.sizing.usdPerRun.value <= perRun;
  const cheapest = ranked.reduce<BatchFit | undefined>(
    (a, o) =>
      !a || o.sizing.usdPerRun.value < a.sizing.usdPerRun.value ? o : a,
    undefined,
  );
  const base = {
    ceilingUsdPerMonth,
    basis,
    sloCostUsdPerMonth: cheapest ? cheapest.sizing.usdPerMonth.value : null,
  };
  const best = ranked[0];
  if (best?.sizing.withinBudget)
    return {
      ...base,
      withinBudget: true,
      affordable: null,
      message: `A run costs ${usd(best.sizing.usdPerRun.value)} (${usd(
        best.sizing.usdPerMonth.value,
      )}/month), within the ${usd(perRun)}/run budget.`,
    };
  if (!cheapest)
    return {
      ...base,
      withinBudget: false,
      affordable: null,
      message: `No configuration finishes the run inside ${job.windowHours} h, at any price.`,
    };
  const s = cheapest.sizing;
  const share = Math.min(1, perRun / s.usdPerRun.value);
  const items = Math.floor(job.itemsPerRun * share);
  const label = labelOf(cheapest.pc);
  return {
    ...base,
    withinBudget: false,
    affordable: {
      config: label,
      replicas: s.replicas,
      gpus: s.replicas * s.gpusPerReplica,
      perMonth: ceilingUsdPerMonth,
      misses: [
        {
          metric: 'load',
          percentile,
          target: job.itemsPerRun,
          predicted: items,
          overPct: roundTo((1 - share) * 100, 1),
        },
      ],
    },
    message: `The ${usd(perRun)}/run budget buys ${roundTo(
      s.gpuHoursPerRun.value * share,
      1,
    )} GPU-hours of ${label}: about ${items.toLocaleString(
      'en-US',
    )} of the ${job.itemsPerRun.toLocaleString(
      'en-US',
    )} items of a run (${Math.round(share * 100)} %); the whole run costs ${usd(
      s.usdPerRun.value,
    )} (${usd(s.usdPerMonth.value)}/month).`,
  };
}

function usd(x: number): string {
  return `$${x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(2)}`;
}
