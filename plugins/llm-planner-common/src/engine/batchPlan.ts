/**
 * A batch plan: the same candidates and memory fit as an interactive plan, sized per run by
 * `batch.ts` instead of per peak request rate, in the plan shape every reader (UI, manifests,
 * apply) already takes, with `workloadKind: 'batch'` and a `batch` section.
 */
import { roundTo } from '../stats';
import {
  BATCH_STARTUP_MINUTES,
  batchBudgetVerdict,
  batchCost,
  batchJobOf,
  rankBatchOptions,
  sizeBatchOptions,
  sizeBatchRun,
  windowTooShortError,
} from './batch';
import type { BatchFit } from './batch';
import type { ConfigCache } from './candidates';
import type { PriceIndex } from './cost';
import { DAYS_PER_MONTH } from './budget';
import { memoryFit } from './memory';
import type { Engine } from './predictor';
import {
  candidates,
  fitConfigurations,
  gpuClass,
  infeasibleSensitivity,
  provRank,
  rejections,
} from './planSteps';
import type { PlanRequest } from './planSteps';
import type { BatchJob, Plan, Recommendation, Sensitivity } from './schemas';

/** True when an intent asks for a batch plan: it names the items of a run. @public */
export function isBatchIntent(intent: { batch?: { itemsPerRun?: number } }) {
  return intent.batch?.itemsPerRun !== undefined;
}

/** How a batch plan is made, one line each (the plan's `batch.method`). */
const METHOD = [
  'throughput at the deadline, not latency: a run of N items must finish inside the window; per-item TTFT/ITL targets do not apply',
  "per-replica throughput: measured offline/burst (max-throughput) runs of the configuration at the job token shape when the benchmark store has them, else the latency predictor at the load (up to the memory fit) that maximises items/s by Little's law (in flight / mean e2e)",
  "sized at the confidence: replicas = ceil(items / ((window - start-up) x 3600 - one item's latency) / items/s per replica at the upper confidence bound of the e2e)",
  `every run pays a ${BATCH_STARTUP_MINUTES} min start-up (scheduling, image pull, model load) in its duration and GPU-hours`,
  `unit: GPU-hours per run = replicas x GPUs per replica x run hours; cost per run = GPU-hours x $/GPU-hour; per month = per run x runs a day x ${DAYS_PER_MONTH}; nothing runs between runs`,
];

/**
 * Plans a batch intent: candidates and memory fit for the job's token shape, every fitted
 * configuration sized per run, the cheapest run at the confidence first, at most one option per
 * (model family, GPU class).
 * @public
 */
export function planBatch(
  engine: Engine,
  priceIdx: PriceIndex,
  pricedGpus: Set<string>,
  configCache: ConfigCache,
  base: PlanRequest,
): Plan {
  const { intent, template, workload, confidence } = base;
  const { job, assumptions: jobAssumptions } = batchJobOf(intent, template);
  const assumptions = [
    `batch job: ${job.itemsPerRun.toLocaleString('en-US')} items per run, ${
      job.runsPerDay
    } run(s) a day from ${job.startTime} UTC, each inside ${
      job.windowHours
    } h; sized per run, scaled to zero between runs (the peak request rate of the workload is not used)`,
    ...jobAssumptions,
    `confidence ${confidence}: the replicas finish the run inside the window with ${
      Math.round(confidence * 1000) / 10
    } % probability, on the lower ${confidence} bound of the per-replica throughput (cross-validated error of its provenance class)`,
    `start-up: ${BATCH_STARTUP_MINUTES} min a run (scheduling, image pull, model load)`,
    `cost: replicas billed for the run's hours only, ${base.pricing} per-GPU price, cheapest row of prices.csv for the GPU with at least TP GPUs per instance; ${DAYS_PER_MONTH} days a month`,
    `memory: weights + KV cache of ${job.inputTokens} + ${job.outputTokens} tokens per item; 90 % of GPU memory usable minus a 2 GB runtime reserve`,
  ];
  const req: PlanRequest = {
    ...base,
    inTok: job.inputTokens,
    outTok: job.outputTokens,
    ctx: job.inputTokens + job.outputTokens,
    assumptions,
    dataNotes: [],
  };
  const cands = candidates(engine, pricedGpus, req);
  const fitted = fitConfigurations(priceIdx, configCache, req, cands);
  const rejected = rejections();
  for (const { choice, reason } of fitted.rejections)
    rejected.add(choice, reason);
  const options = sizeBatchOptions(engine, fitted.pending, job, confidence);
  const tooShort = windowTooShortError(options, job);
  if (tooShort) throw tooShort;
  const fits: BatchFit[] = [];
  for (const o of options) {
    if (o.ok) fits.push(o);
    else rejected.add(o.pc, () => o.reason);
  }
  let ranked = rankBatchOptions(fits, provRank);
  const budget = batchBudgetVerdict(
    intent,
    job,
    ranked,
    workload.slo.percentile,
  );
  if (intent.budget?.preference === 'performance' && budget) {
    // the shortest run within the budget first
    const within = ranked.filter(o => o.sizing.withinBudget);
    within.sort((a, b) => a.sizing.runHours.value - b.sizing.runHours.value);
    ranked = [...within, ...ranked.filter(o => !o.sizing.withinBudget)];
    assumptions.push(
      'price preference "performance": the shortest run within the budget is ranked first',
    );
  }
  const chosen = diverse(ranked, intent.maxAlternatives ?? 3);
  const recommendations = chosen.map(({ fit, kind }, i) =>
    recommendationOf(engine, priceIdx, fit, kind, i + 1, req, job),
  );
  for (let i = 1; i < recommendations.length; i++)
    recommendations[i].difference = differenceFrom(
      recommendations[i],
      recommendations[0],
    );
  const best = chosen[0]?.fit;
  const bestRec = recommendations[0];
  const explanation = `${
    bestRec
      ? `${bestRec.explanation} ${
          recommendations.length - 1
        } alternative(s) follow.`
      : `No configuration finishes ${job.itemsPerRun} items inside ${job.windowHours} h within memory and with a known price; ${rejected.count} configurations were rejected (see rejected).`
  }${budget ? ` Budget: ${budget.message}` : ''}`;
  return {
    workloadKind: 'batch',
    batch: { job, sizing: best ? best.sizing : null, method: METHOD },
    intent,
    workload,
    recommendations,
    rejected: rejected.shown,
    sensitivity: best ? sensitivityOf(best, job, bestRec) : [],
    assumptions,
    explanation,
    dataNotes: req.dataNotes,
    ...(budget ? { budget } : {}),
  };
}

/** The best, then at most one option per (model family, GPU class): no near-twins. */
function diverse(
  ranked: BatchFit[],
  maxAlternatives: number,
): { fit: BatchFit; kind: Recommendation['kind'] }[] {
  const out: { fit: BatchFit; kind: Recommendation['kind'] }[] = [];
  const seen = new Set<string>();
  for (const fit of ranked) {
    if (out.length > maxAlternatives) break;
    const key = `${fit.pc.model.family}|${gpuClass(fit.pc.gpu.id)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const best = out[0]?.fit.pc;
    let kind: Recommendation['kind'] = 'best';
    if (best)
      kind =
        gpuClass(fit.pc.gpu.id) !== gpuClass(best.gpu.id)
          ? 'other-gpu'
          : 'other-model';
    out.push({ fit, kind });
  }
  return out;
}

function recommendationOf(
  engine: Engine,
  priceIdx: PriceIndex,
  fit: BatchFit,
  kind: Recommendation['kind'],
  rank: number,
  req: PlanRequest,
  job: BatchJob,
): Recommendation {
  const { pc, cfg, sizing: s } = fit;
  const cost = batchCost(priceIdx, pc, s, job);
  const rec: Recommendation = {
    rank,
    modelId: pc.model.id,
    hfId: pc.model.hfId,
    gpuId: pc.gpu.id,
    tp: pc.tp,
    engine: req.engineName,
    precision: pc.precision,
    replicas: s.replicas,
    gpus: s.replicas * pc.tp,
    capacityConcurrencyPerReplica: s.concurrencyPerReplica,
    capacityRpsPerReplica: s.conservativeItemsPerSecondPerReplica,
    prediction: engine.predict(cfg, job.inputTokens, job.outputTokens, {
      concurrency: s.concurrencyPerReplica,
    }),
    margins: [],
    memory: memoryFit(
      pc.model,
      pc.gpu,
      pc.tp,
      pc.precision,
      job.inputTokens + job.outputTokens,
      Math.ceil(s.concurrencyPerReplica),
    ),
    cost,
    provenance: s.measurements.provenance,
    explanation: '',
    formulaTrace: [],
    kind,
    confidence: s.confidence,
    availability: {
      policy: 'best-effort',
      minReplicas: 0,
      reason:
        'a batch job: replicas run only during a run and scale to zero between runs; a failed pod is retried by the Job',
    },
    batch: s,
  };
  rec.explanation = explain(rec, job);
  rec.formulaTrace = traceOf(rec, fit, job);
  return rec;
}

function hours(h: number): string {
  return h < 1 ? `${Math.round(h * 60)} min` : `${roundTo(h, 2)} h`;
}

function usd(x: number): string {
  return `$${x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(2)}`;
}

function explain(r: Recommendation, job: BatchJob): string {
  const s = r.batch!;
  const p = s.probabilityWithinWindow;
  return (
    `${
      r.kind === 'best' ? 'Cheapest batch option' : `Alternative (${r.kind})`
    }: ${r.replicas} replica(s) of ${r.hfId} on ${r.tp} x ${r.gpuId} (${
      r.engine
    }, ${r.precision}) = ${r.gpus} GPU(s) while a run lasts. ` +
    `A run of ${job.itemsPerRun.toLocaleString('en-US')} items takes ${hours(
      s.runHours.value,
    )} (${Math.round(s.runHours.level * 100)} % interval ${hours(
      s.runHours.low,
    )}-${hours(s.runHours.high)}; ${hours(s.runHoursAtConfidence)} at the ${
      s.confidence
    } bound) inside the ${job.windowHours} h window${
      p === null ? '' : `, P(finishes in the window) ${Math.round(p * 100)} %`
    }: ${s.gpuHoursPerRun.value} GPU-hours, ${usd(
      s.usdPerRun.value,
    )} per run, ${usd(s.usdPerMonth.value)}/month at ${
      job.runsPerDay
    } run(s) a day (${r.cost.pricing}, ${r.cost.provider} ${
      r.cost.region
    }, price as of ${r.cost.priceAsOf}); nothing runs between runs. ` +
    `Throughput ${s.itemsPerSecondPerReplica.value} items/s per replica at ${
      s.concurrencyPerReplica
    } in flight (${s.conservativeItemsPerSecondPerReplica} at the ${
      s.confidence
    } bound), ${
      s.measurements.source === 'offline'
        ? 'measured by offline/burst runs'
        : `predicted (${s.measurements.provenance})`
    }.`
  );
}

function traceOf(r: Recommendation, fit: BatchFit, job: BatchJob): string[] {
  const s = r.batch!;
  const drainS = roundTo(
    (job.windowHours - s.startupHours) * 3600 - s.itemLatencyS,
    1,
  );
  return [
    `job: ${job.itemsPerRun} items per run, ${job.runsPerDay} run(s) a day, window ${job.windowHours} h; ${job.tokensFrom}`,
    `memory at TP ${r.tp}: ${r.memory.reason}`,
    `throughput per replica: ${s.measurements.basis}`,
    `replicas = ceil(items / (drain time x items/s at the ${s.confidence} bound)) = ceil(${job.itemsPerRun} / (${drainS} s x ${s.conservativeItemsPerSecondPerReplica})) = ${s.replicas}, drain time = window - ${BATCH_STARTUP_MINUTES} min start-up - one item's latency ${s.itemLatencyS} s`,
    `run hours = start-up + items / (replicas x items/s) + one item's latency = ${s.startupHours} + ${job.itemsPerRun} / (${s.replicas} x ${s.itemsPerSecondPerReplica.value}) / 3600 + ${s.itemLatencyS} / 3600 = ${s.runHours.value} h (${s.runHours.low}-${s.runHours.high} h)`,
    `GPU-hours per run = replicas x TP x run hours = ${s.replicas} x ${r.tp} x ${s.runHours.value} = ${s.gpuHoursPerRun.value}`,
    `cost per run = ${s.gpuHoursPerRun.value} GPU-h x $${r.cost.pricePerGpuHour}/GPU-h = $${s.usdPerRun.value} (${s.usdPerRun.low}-${s.usdPerRun.high}; $${s.usdPerRunAtConfidence} at the ${s.confidence} bound) (${r.cost.priceSource})`,
    `cost per month = $${s.usdPerRun.value} x ${job.runsPerDay} run(s)/day x ${DAYS_PER_MONTH} days = $${s.usdPerMonth.value}`,
    `P(run finishes in the window) = ${s.probabilityWithinWindow ?? '?'} (${
      fit.thr.measurements.provenance
    } throughput against the ${job.itemsPerRun} items / (${
      s.replicas
    } replicas x ${drainS} s) needed)`,
  ];
}

/** Why an alternative is shown: what it trades against the best option. */
function differenceFrom(r: Recommendation, best: Recommendation): string {
  const parts: string[] = [];
  if (gpuClass(r.gpuId) !== gpuClass(best.gpuId))
    parts.push(`other GPU (${r.gpuId})`);
  if (r.modelId !== best.modelId) parts.push(`other model (${r.hfId})`);
  const dearer = r.batch!.usdPerRun.value / best.batch!.usdPerRun.value - 1;
  parts.push(
    Math.abs(dearer) < 0.005
      ? 'same cost per run'
      : `${Math.round(Math.abs(dearer) * 100)} % ${
          dearer > 0 ? 'dearer' : 'cheaper'
        } per run`,
  );
  const faster = r.batch!.runHours.value / best.batch!.runHours.value - 1;
  if (Math.abs(faster) >= 0.1)
    parts.push(
      `run ${Math.round(Math.abs(faster) * 100)} % ${
        faster < 0 ? 'shorter' : 'longer'
      }`,
    );
  if (provRank(r.provenance) < provRank(best.provenance))
    parts.push(`better evidence (${r.provenance} vs ${best.provenance})`);
  else if (provRank(r.provenance) > provRank(best.provenance))
    parts.push(`weaker evidence (${r.provenance})`);
  return parts.join('; ');
}

/** What twice the items, half the window and the other pricing kind do to the best option. */
function sensitivityOf(
  best: BatchFit,
  job: BatchJob,
  rec: Recommendation,
): Sensitivity[] {
  const s = best.sizing;
  const price = best.pc.price.pricePerGpuHour;
  const line = (change: string, j: BatchJob): Sensitivity => {
    const r = sizeBatchRun(best.thr, j, best.pc.tp, price, s.confidence);
    if ('reason' in r)
      return infeasibleSensitivity(
        change,
        `infeasible on this configuration: ${r.reason}`,
      );
    return {
      change,
      replicas: r.replicas,
      gpus: r.replicas * best.pc.tp,
      deltaReplicas: r.replicas - s.replicas,
      perMonth: r.usdPerMonth.value,
      deltaPerMonth: roundTo(r.usdPerMonth.value - s.usdPerMonth.value, 2),
      note: `${hours(r.runHours.value)} a run, ${usd(
        r.usdPerRun.value,
      )} per run`,
    };
  };
  const out = [
    line('items per run x2', { ...job, itemsPerRun: job.itemsPerRun * 2 }),
    line(`window / 2 (${job.windowHours / 2} h)`, {
      ...job,
      windowHours: job.windowHours / 2,
    }),
    line('runs per day x2', { ...job, runsPerDay: job.runsPerDay * 2 }),
  ];
  const alt = rec.cost.alternative;
  if (alt)
    out.push({
      change: `${alt.pricing} instead of ${rec.cost.pricing}`,
      replicas: s.replicas,
      gpus: rec.gpus,
      deltaReplicas: 0,
      perMonth: alt.perMonth,
      deltaPerMonth: roundTo(alt.perMonth - rec.cost.perMonth, 2),
      note: `${alt.priceSource} (as of ${alt.priceAsOf})${
        alt.pricing === 'spot'
          ? '; spot capacity can be reclaimed mid-run: the Job retries, the run takes longer'
          : ''
      }`,
    });
  return out;
}
