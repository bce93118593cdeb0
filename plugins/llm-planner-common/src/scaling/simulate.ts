/**
 * Discrete-time replay of one day (1 s steps) of traffic through a plan's latency surface and an
 * autoscaler policy. The model is documented in docs/scaling-model.md; in short:
 *
 * - Arrivals: per second, a Poisson count with the pattern's rate (seeded), or the rate itself
 *   (`arrivals: 'expected'`). No per-request objects: requests are fluid cohorts.
 * - Pool: the router spreads load evenly over the ready replicas, so every ready replica runs
 *   R / N sequences on average; one replica admits at most `slotsPerReplica` running sequences
 *   (vLLM `--max-num-seqs`, set to the plan's SLO capacity, bounded by the KV memory limit);
 *   beyond the pool's slots the rest waits in a FIFO queue (`vllm:num_requests_waiting`).
 * - Replica queues below saturation (replicaQueue.ts): each replica is a GI/G/c queue fed by
 *   the router (round robin, random, least requests), so requests also wait when clumps of
 *   arrivals fill one replica's slots; the wait is added to TTFT and e2e of cohorts the fluid
 *   pool serves without queueing.
 * - Service: running sequences finish at rate R / S(c), S = mean e2e at per-replica load c from
 *   the table; within a second the running count follows dR/dt = admitted - R / S exactly.
 * - Latency of the cohort admitted in a second = queue wait (FIFO over arrival seconds) + the
 *   surface's TTFT/ITL/e2e distribution at the load it is served at (ITL has no queue wait).
 * - Replicas: the policy's HPA controller runs every sync period on the metric averaged over a
 *   window ending a delay before; new pods are ready after the start-up + model-load time.
 * - Cost: GPU-hours of pods that exist (starting or ready), kept for `nodeScaleDownDelaySeconds`
 *   after a scale-down (cluster-autoscaler `scale-down-unneeded-time`, 10 min), x price.
 */
import { roundTo } from '../stats';
import type { Engine } from '../engine/predictor';
import type { Plan, Recommendation, SloTargets } from '../engine/schemas';
import { HOURS_PER_MONTH } from '../engine/cost';
import {
  DAY_SECONDS,
  Traffic,
  TrafficPattern,
  buildTraffic,
  hhmm,
} from './traffic';
import {
  AutoscalerParameters,
  AutoscalerPolicy,
  policyLabel,
  policyTiming,
  toParameters,
  validatePolicy,
} from './policies';
import { LatencyTable, buildLatencyTable } from './latencyTable';
import {
  Router,
  replicaQueueModel,
  serviceCv2FromTokens,
} from './replicaQueue';
import { HIST_BUCKETS, histQuantiles } from './histogram';
import {
  IF,
  INTERVAL_FIELDS,
  SERIES_FIELDS,
  SF,
  TENANT_FIELDS,
  TF,
  runKernel,
} from './kernel';
import type { KernelOutput } from './kernel';
import { policyKindSpec } from '../registry/autoscalers';

/**
 * CPU and memory of a vLLM pod, for the CPU/memory HPA policies. Modelling assumption:
 * GPU inference barely loads the CPU and host memory is flat.
 *
 * CPU cores used by a pod = idle (API server, metrics) + engine loop x GPU busy fraction (the
 * scheduler loop spins a core while sequences run) + tokenisation (per input token, at arrival)
 * + detokenisation and SSE streaming (per output token). Memory = a flat base (Python, torch,
 * CUDA context, pinned buffers; weights and KV cache are preallocated in GPU memory) + a small
 * per-request state. Utilisation = use / request.
 * @public
 */
export type PodResourceModel = {
  cpuRequestCores: number;
  cpuIdleCores: number;
  cpuEngineLoopCores: number;
  cpuPerInputTokenUs: number;
  cpuPerOutputTokenUs: number;
  memoryRequestGiB: number;
  memoryBaseGiB: number;
  memoryPerRequestMiB: number;
};

/** Default pod model (see {@link PodResourceModel}). @public */
export const DEFAULT_POD_MODEL: PodResourceModel = {
  cpuRequestCores: 4,
  cpuIdleCores: 0.3,
  cpuEngineLoopCores: 1,
  cpuPerInputTokenUs: 1,
  cpuPerOutputTokenUs: 60,
  memoryRequestGiB: 32,
  memoryBaseGiB: 14,
  memoryPerRequestMiB: 0.5,
};

/** A plan's deployment prepared for simulation (the engine is read once, here). @public */
export type ScalingPlan = {
  label: string;
  modelId: string;
  gpuId: string;
  tp: number;
  engine: string;
  precision: string;
  /** replicas the planner sized for the peak */
  replicas: number;
  slo: SloTargets;
  inputTokens: number;
  outputTokens: number;
  planPeakRps: number;
  planAvgRps: number;
  capacityConcurrencyPerReplica: number;
  capacityRpsPerReplica: number;
  /** max running sequences per replica (vLLM --max-num-seqs) */
  slotsPerReplica: number;
  /** KV-cache fraction of a replica one running sequence uses on average */
  kvPerSequence: number;
  /** squared coefficient of variation of a request's service time (from its output lengths) */
  serviceCv2: number;
  /** seconds from pod creation to ready: start + model load + warm-up */
  startupSeconds: number;
  pricing: 'on-demand' | 'spot';
  pricePerGpuHour: number;
  /** the other pricing, when prices.csv has it */
  alternativePricePerGpuHour: number | null;
  priceSource: string;
  table: LatencyTable;
  /** chart-ready latency vs load of one replica (performance-under-load chart) */
  surface: LoadCurvePoint[];
  assumptions: string[];
};

/** One point of the latency-vs-load curve of a replica. @public */
export type LoadCurvePoint = {
  concurrency: number;
  rpsPerReplica: number;
  ttftP50: number;
  ttftP95: number;
  itlP95: number;
  e2eP50: number;
  e2eP95: number;
};

/** Options of {@link prepareScalingPlan}. @public */
export type PrepareOptions = {
  /** which recommendation of the plan (index), default 0 */
  recommendation?: number;
  /** vLLM --max-num-seqs override; default = the plan's SLO capacity, bounded by KV memory */
  maxNumSeqs?: number;
  /** pod start-up + model load + warm-up, s; default 45 + weights/2 GB/s + 30 */
  startupSeconds?: number;
  /** grid points of the latency table, default 129 */
  tablePoints?: number;
  /**
   * coefficient of variation of the output lengths (the service-time spread the replica
   * queues see); default from the workload's p50/p90 output tokens. 0 = fixed-length requests.
   */
  outputTokensCv?: number;
};

/** Reads the plan's configuration into a lookup table once. @public */
export function prepareScalingPlan(
  engine: Engine,
  plan: Plan,
  options: PrepareOptions = {},
): ScalingPlan {
  const rec: Recommendation | undefined =
    plan.recommendations[options.recommendation ?? 0];
  if (!rec) throw new Error('the plan has no recommendation to simulate');
  const cfg = engine.resolveConfig({
    model: rec.modelId,
    gpu: rec.gpuId,
    tp: rec.tp,
    engine: rec.engine,
    precision: rec.precision,
  });
  const inTok = Math.round(plan.workload.inputTokens.mean);
  const outTok = Math.max(1, Math.round(plan.workload.outputTokens.mean));
  const assumptions: string[] = [];
  const memMax = rec.memory.maxConcurrency;
  let slots: number;
  if (options.maxNumSeqs) {
    slots = options.maxNumSeqs;
    assumptions.push(`max-num-seqs ${slots} per replica (given)`);
  } else {
    slots = Math.max(1, rec.capacityConcurrencyPerReplica);
    assumptions.push(
      `max-num-seqs = the SLO capacity of a replica (${roundTo(
        slots,
        2,
      )} sequences): beyond it requests wait in vLLM's queue`,
    );
  }
  if (memMax !== null && memMax > 0 && slots > memMax) {
    slots = memMax;
    assumptions.push(`bounded by the KV-cache memory: ${memMax} sequences`);
  }
  // a running sequence holds its prompt and, on average, half its output in the KV cache
  const kvPerSequence =
    memMax && memMax > 0 ? (inTok + outTok / 2) / (inTok + outTok) / memMax : 0;
  let serviceCv2: number;
  if (options.outputTokensCv !== undefined) {
    serviceCv2 = Math.max(0, options.outputTokensCv) ** 2;
    assumptions.push(
      `output-length CV ${options.outputTokensCv} (given): service-time spread of the replica queues`,
    );
  } else {
    const cv = serviceCv2FromTokens(plan.workload.outputTokens);
    serviceCv2 = cv.cv2;
    assumptions.push(
      `service-time CV ${roundTo(
        Math.sqrt(cv.cv2),
        2,
      )} for the replica queues: ${cv.basis}`,
    );
  }
  const weightsGb = (rec.memory.weightsGbPerGpu ?? 0) * 1;
  const startup = options.startupSeconds ?? Math.round(45 + weightsGb / 2 + 30);
  if (options.startupSeconds === undefined)
    assumptions.push(
      `pod ready ${startup} s after creation: 45 s scheduling and container start (image cached, GPU node available) + ${roundTo(
        weightsGb,
        2,
      )} GB weights per GPU at 2 GB/s + 30 s engine warm-up (CUDA graphs, KV profiling)`,
    );
  const table = buildLatencyTable(
    engine,
    cfg,
    inTok,
    outTok,
    slots,
    plan.workload.slo,
    options.tablePoints ?? 129,
  );
  const surface: LoadCurvePoint[] = [];
  for (
    let g = 0;
    g < table.points;
    g += Math.max(1, Math.floor(table.points / 32))
  ) {
    const c = Math.max(1, g * table.step);
    const e2eMean = table.mean[g * 3 + 2];
    const kn = (m: number, k: number) =>
      roundTo(table.knots[(g * 3 + m) * 5 + k], 2);
    surface.push({
      concurrency: roundTo(c, 2),
      rpsPerReplica: roundTo(c / (e2eMean / 1000), 3),
      ttftP50: kn(0, 0),
      ttftP95: kn(0, 2),
      itlP95: kn(1, 2),
      e2eP50: kn(2, 0),
      e2eP95: kn(2, 2),
    });
  }
  const alt = rec.cost.alternative;
  return {
    label: `${rec.replicas} x ${rec.modelId} on ${rec.tp} x ${rec.gpuId} (${rec.engine}, ${rec.precision})`,
    modelId: rec.modelId,
    gpuId: rec.gpuId,
    tp: rec.tp,
    engine: rec.engine,
    precision: rec.precision,
    replicas: rec.replicas,
    slo: plan.workload.slo,
    inputTokens: inTok,
    outputTokens: outTok,
    planPeakRps: plan.workload.peakRps,
    planAvgRps: plan.workload.avgRps,
    capacityConcurrencyPerReplica: rec.capacityConcurrencyPerReplica,
    capacityRpsPerReplica: rec.capacityRpsPerReplica,
    slotsPerReplica: slots,
    kvPerSequence,
    serviceCv2,
    startupSeconds: startup,
    pricing: rec.cost.pricing,
    pricePerGpuHour: rec.cost.pricePerGpuHour,
    alternativePricePerGpuHour: alt ? alt.pricePerGpuHour : null,
    priceSource: rec.cost.priceSource,
    table,
    surface,
    assumptions: [...assumptions, ...table.notes],
  };
}

/** Options of {@link simulate}. @public */
export type SimulationOptions = {
  /** PRNG seed of the arrivals, default 1 */
  seed?: number;
  /** Poisson counts per second (default) or the expected rate */
  arrivals?: 'poisson' | 'expected';
  /** percentile interval, s (default 300) */
  intervalSeconds?: number;
  /** timeline resolution, s (default 60) */
  seriesStepSeconds?: number;
  /** the day's last `warmupSeconds` are replayed first so it starts in a steady state (default 3600) */
  warmupSeconds?: number;
  /** overrides the plan's start-up time */
  startupSeconds?: number;
  /** GPU nodes are billed this long after their pod goes (default 600) */
  nodeScaleDownDelaySeconds?: number;
  /**
   * how requests reach the replicas (default `random`: a Kubernetes Service through kube-proxy);
   * decides how much requests queue per replica below saturation (replicaQueue.ts)
   */
  router?: Router;
  pod?: Partial<PodResourceModel>;
};

/** Latency percentiles, ms (null when nothing was served). @public */
export type Percentiles = {
  p50: number | null;
  p90: number | null;
  p95: number | null;
  p99: number | null;
};

/** One timeline row (default every 60 s): scaling timeline and utilisation charts. @public */
export type TimelinePoint = {
  /** second of the day at the start of the row */
  t: number;
  time: string;
  /** pattern rate, req/s */
  offeredRps: number;
  /** sampled arrivals, req/s */
  arrivalsRps: number;
  /** admitted into a batch, req/s */
  servedRps: number;
  /** spec replicas set by the autoscaler (end of row) */
  desiredReplicas: number;
  /** ready replicas (average over the row) */
  readyReplicas: number;
  /** replicas billed (pods + lingering nodes, average) */
  billedReplicas: number;
  /** waiting requests, pool total (average) */
  queue: number;
  /** running sequences, pool total (average) */
  running: number;
  /** fraction of time a ready replica's GPU has work (1 - e^-c) */
  gpuBusy: number;
  /** running / (ready x max-num-seqs) */
  slotUse: number;
  /** KV-cache use per replica, 0-1 */
  kvUse: number;
  /** CPU utilisation of a pod vs its request, 0-1 (model) */
  cpuUtil: number;
  /** memory utilisation of a pod vs its request, 0-1 (model) */
  memoryUtil: number;
  /** the policy's metric per ready pod (queue, running, KV or utilisation) */
  signal: number;
};

/** One percentile interval (default 5 min): latency and SLO charts. @public */
export type IntervalPoint = {
  t: number;
  time: string;
  /** requests admitted in the interval */
  requests: number;
  offeredRps: number;
  servedRps: number;
  readyReplicas: number;
  /** served req/s per ready replica (x axis of latency vs load) */
  rpsPerReplica: number;
  ttftP50: number | null;
  ttftP90: number | null;
  ttftP95: number | null;
  ttftP99: number | null;
  itlP50: number | null;
  itlP90: number | null;
  itlP95: number | null;
  itlP99: number | null;
  e2eP50: number | null;
  e2eP90: number | null;
  e2eP95: number | null;
  e2eP99: number | null;
  /** mean queue wait of the interval's requests, ms */
  queueWaitMs: number;
  /** fraction of the interval's requests meeting every target */
  meetingTargets: number | null;
  /** every target holds at the SLO percentile in this interval (null: no traffic) */
  sloMet: boolean | null;
};

/** Per-tenant results (multi-tenant mixes; one `default` tenant otherwise). @public */
export type TenantResult = {
  name: string;
  requests: number;
  served: number;
  shareOfRequests: number;
  ttft: Percentiles;
  e2e: Percentiles;
  meetingTargets: number | null;
  intervals: {
    t: number;
    time: string;
    offeredRps: number;
    servedRps: number;
    ttftP95: number | null;
    e2eP95: number | null;
  }[];
};

/** SLO attainment. @public */
export type Attainment = {
  /** fraction of requests meeting every target individually (TTFT, ITL, e2e) */
  requestsMeetingTargets: number;
  /** fraction of the SLO percentile: a p95 SLO tolerates 5 % of requests above target */
  allowedMissFraction: number;
  /** fraction of intervals with traffic where every target held at the SLO percentile */
  compliantIntervals: number;
  /** fraction of requests served in such intervals (the criterion of recommendPolicy) */
  compliantTraffic: number;
  perMetric: { ttft: number; itl: number; e2e: number };
};

/** Cost of the simulated day. @public */
export type SimulationCost = {
  pricing: 'on-demand' | 'spot';
  pricePerGpuHour: number;
  perDay: number;
  /** per day x 365 / 12 (the same day every day) */
  perMonth: number;
  onDemandPerDay: number | null;
  spotPerDay: number | null;
};

/** A simulated day. @public */
export type SimulationResult = {
  label: string;
  policy: AutoscalerPolicy;
  parameters: AutoscalerParameters;
  plan: {
    label: string;
    replicas: number;
    slotsPerReplica: number;
    startupSeconds: number;
    slo: SloTargets;
  };
  traffic: {
    description: string;
    peakRps: number;
    meanRps: number;
    totalRequests: number;
  };
  timeline: TimelinePoint[];
  intervals: IntervalPoint[];
  tenants: TenantResult[];
  latency: { ttft: Percentiles; itl: Percentiles; e2e: Percentiles };
  /** the interval with the most offered traffic */
  peak: IntervalPoint | null;
  attainment: Attainment;
  gpuHours: number;
  replicaHours: number;
  cost: SimulationCost;
  scaleEvents: { t: number; time: string; from: number; to: number }[];
  totals: {
    arrivals: number;
    served: number;
    /** still waiting at the end of the day */
    unserved: number;
    maxQueue: number;
    maxQueueWaitS: number;
    maxReadyReplicas: number;
    minReadyReplicas: number;
  };
  assumptions: string[];
  warnings: string[];
};

const PCT_INDEX = { p50: 0, p90: 1, p95: 2, p99: 3 } as const;

/** Router of {@link simulate} unless given: what a Kubernetes Service does. @public */
export const DEFAULT_ROUTER: Router = 'random';
const ROUTER_TEXT: Record<Router, string> = {
  'round-robin': 'round-robin router (each replica gets every N-th request)',
  random:
    'random router (a Kubernetes Service through kube-proxy: each replica gets a Poisson share)',
  'least-requests':
    'least-requests router (a request joins the replica with the fewest outstanding requests)',
};
const PCT_LEVEL = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 } as const;

/** The options of one run with their defaults applied. */
type RunSettings = {
  pod: PodResourceModel;
  startup: number;
  intervalS: number;
  seriesS: number;
  linger: number;
  warmup: number;
  poisson: boolean;
  seed: number;
  router: Router;
};

function runSettings(
  plan: ScalingPlan,
  options: SimulationOptions,
): RunSettings {
  return {
    pod: { ...DEFAULT_POD_MODEL, ...options.pod },
    startup: options.startupSeconds ?? plan.startupSeconds,
    intervalS: Math.max(1, Math.floor(options.intervalSeconds ?? 300)),
    seriesS: Math.max(1, Math.floor(options.seriesStepSeconds ?? 60)),
    linger: Math.max(0, options.nodeScaleDownDelaySeconds ?? 600),
    warmup: Math.max(0, Math.floor(options.warmupSeconds ?? 3600)),
    poisson: (options.arrivals ?? 'poisson') === 'poisson',
    seed: options.seed ?? 1,
    router: options.router ?? DEFAULT_ROUTER,
  };
}

/** The day through the kernel, the policy kind's simulation hook reading the pool. */
function replayDay(
  plan: ScalingPlan,
  day: Traffic,
  policy: AutoscalerPolicy,
  run: RunSettings,
): KernelOutput {
  return runKernel({
    rate: day.rate,
    tenantRates: day.tenants.map(x => x.rate),
    days: 1,
    warmup: run.warmup,
    poisson: run.poisson,
    seed: run.seed,
    table: plan.table,
    slots: plan.slotsPerReplica,
    startup: run.startup,
    inputTokens: plan.inputTokens,
    kvPerSequence: plan.kvPerSequence,
    pod: run.pod,
    policy,
    simulation: policyKindSpec(policy.kind).simulation,
    intervalSeconds: run.intervalS,
    seriesSeconds: run.seriesS,
    pctIdx: PCT_INDEX[plan.slo.percentile],
    queue: replicaQueueModel(
      plan.table,
      plan.slotsPerReplica,
      run.router,
      plan.serviceCv2 ?? 0.5,
    ),
  });
}

/** Timeline rows (default every minute) from the kernel's series and the billed pods. */
function timelineOf(
  k: KernelOutput,
  billed: Uint16Array,
  seriesS: number,
): TimelinePoint[] {
  const timeline: TimelinePoint[] = [];
  for (let r = 0; r < k.nSeries; r++) {
    const t0 = r * seriesS;
    const n = Math.min(seriesS, DAY_SECONDS - t0);
    const o = r * SERIES_FIELDS;
    const v = (f: number) => k.series[o + f] / n;
    let b = 0;
    for (let s = t0; s < t0 + n; s++) b += billed[s];
    timeline.push({
      t: t0,
      time: hhmm(t0),
      offeredRps: roundTo(v(SF.offered), 3),
      arrivalsRps: roundTo(v(SF.arrivals), 3),
      servedRps: roundTo(v(SF.served), 3),
      desiredReplicas: k.series[o + SF.spec],
      readyReplicas: roundTo(v(SF.ready), 2),
      billedReplicas: roundTo(b / n, 2),
      queue: roundTo(v(SF.queue), 2),
      running: roundTo(v(SF.running), 2),
      gpuBusy: roundTo(v(SF.busy), 3),
      slotUse: roundTo(v(SF.slot), 3),
      kvUse: roundTo(v(SF.kv), 3),
      cpuUtil: roundTo(v(SF.cpu), 3),
      memoryUtil: roundTo(v(SF.mem), 3),
      signal: roundTo(v(SF.signal), 3),
    });
  }
  return timeline;
}

/** Percentile intervals, and the day's request and compliance counts they add up to. */
function intervalsOf(
  k: KernelOutput,
  intervalS: number,
): {
  intervals: IntervalPoint[];
  requests: number;
  met: number;
  trafficIntervals: number;
  compliantIntervals: number;
  compliantRequests: number;
} {
  const intervals: IntervalPoint[] = [];
  const day = {
    requests: 0,
    met: 0,
    trafficIntervals: 0,
    compliantIntervals: 0,
    compliantRequests: 0,
  };
  for (let r = 0; r < k.nIntervals; r++) {
    const o = r * INTERVAL_FIELDS;
    const x = k.intervals;
    const n = x[o + IF.seconds] || 1;
    const req = x[o + IF.requests];
    const met = x[o + IF.sloMet];
    const readyAvg = x[o + IF.ready] / n;
    const pc = (m: number, q: number) => nn(x[o + IF.pct + m * 4 + q]);
    day.requests += req;
    day.met += x[o + IF.met];
    if (met >= 0) {
      day.trafficIntervals++;
      if (met === 1) {
        day.compliantIntervals++;
        day.compliantRequests += req;
      }
    }
    intervals.push({
      t: r * intervalS,
      time: hhmm(r * intervalS),
      requests: roundTo(req, 2),
      offeredRps: roundTo(x[o + IF.offered] / n, 3),
      servedRps: roundTo(req / n, 3),
      readyReplicas: roundTo(readyAvg, 2),
      rpsPerReplica: readyAvg > 0 ? roundTo(req / n / readyAvg, 3) : 0,
      ttftP50: pc(0, 0),
      ttftP90: pc(0, 1),
      ttftP95: pc(0, 2),
      ttftP99: pc(0, 3),
      itlP50: pc(1, 0),
      itlP90: pc(1, 1),
      itlP95: pc(1, 2),
      itlP99: pc(1, 3),
      e2eP50: pc(2, 0),
      e2eP90: pc(2, 1),
      e2eP95: pc(2, 2),
      e2eP99: pc(2, 3),
      queueWaitMs: req > 0 ? roundTo(x[o + IF.wait] / req, 2) : 0,
      meetingTargets: req > 1e-9 ? roundTo(x[o + IF.met] / req, 4) : null,
      sloMet: met < 0 ? null : met === 1,
    });
  }
  return { intervals, ...day };
}

/** p50/p90/p95/p99 of one histogram of a histogram array. */
function percentilesOf(h: Float64Array, base: number): Percentiles {
  let lo = HIST_BUCKETS;
  let hi = -1;
  for (let b = 0; b < HIST_BUCKETS; b++)
    if (h[base + b] > 0) {
      if (b < lo) lo = b;
      hi = b;
    }
  if (hi < 0) return { p50: null, p90: null, p95: null, p99: null };
  const q = new Float64Array(4);
  histQuantiles(
    h.subarray(base, base + HIST_BUCKETS),
    lo,
    hi,
    [0.5, 0.9, 0.95, 0.99],
    q,
  );
  return { p50: nn(q[0]), p90: nn(q[1]), p95: nn(q[2]), p99: nn(q[3]) };
}

/** Each tenant's share, latency and intervals (the day's latency when there is one tenant). */
function tenantsOf(
  k: KernelOutput,
  day: Traffic,
  intervalS: number,
  latency: SimulationResult['latency'],
): TenantResult[] {
  const multi = day.tenants.length > 1;
  return day.tenants.map((tn, ti) => {
    const rows: TenantResult['intervals'] = [];
    for (let r = 0; r < k.nIntervals; r++) {
      const o = (ti * k.nIntervals + r) * TENANT_FIELDS;
      const n = k.intervals[r * INTERVAL_FIELDS + IF.seconds] || 1;
      rows.push({
        t: r * intervalS,
        time: hhmm(r * intervalS),
        offeredRps: roundTo(k.tenantIntervals[o + TF.offered] / n, 3),
        servedRps: roundTo(k.tenantIntervals[o + TF.served] / n, 3),
        ttftP95: nn(k.tenantIntervals[o + TF.ttftP95]),
        e2eP95: nn(k.tenantIntervals[o + TF.e2eP95]),
      });
    }
    return {
      name: tn.name,
      requests: roundTo(tn.requests, 2),
      served: roundTo(k.tenantServed[ti], 2),
      shareOfRequests:
        day.totalRequests > 0 ? roundTo(tn.requests / day.totalRequests, 4) : 0,
      ttft: multi
        ? percentilesOf(k.tenantDayHist!, ti * 2 * HIST_BUCKETS)
        : latency.ttft,
      e2e: multi
        ? percentilesOf(k.tenantDayHist!, (ti * 2 + 1) * HIST_BUCKETS)
        : latency.e2e,
      meetingTargets:
        k.tenantServed[ti] > 0
          ? roundTo(k.tenantMet[ti] / k.tenantServed[ti], 4)
          : null,
      intervals: rows,
    };
  });
}

function scaleEventsOf(k: KernelOutput): SimulationResult['scaleEvents'] {
  const scaleEvents: SimulationResult['scaleEvents'] = [];
  for (let e = 0; e < k.events.length; e += 3)
    scaleEvents.push({
      t: k.events[e],
      time: hhmm(k.events[e]),
      from: k.events[e + 1],
      to: k.events[e + 2],
    });
  return scaleEvents;
}

/** Cost of the billed GPU-hours at the plan's price (and the other pricing, when known). */
function costOf(plan: ScalingPlan, gpuHours: number): SimulationCost {
  const perDay = gpuHours * plan.pricePerGpuHour;
  const alt =
    plan.alternativePricePerGpuHour !== null
      ? roundTo(gpuHours * plan.alternativePricePerGpuHour, 2)
      : null;
  return {
    pricing: plan.pricing,
    pricePerGpuHour: plan.pricePerGpuHour,
    perDay: roundTo(perDay, 2),
    perMonth: roundTo((perDay * HOURS_PER_MONTH) / 24, 2),
    onDemandPerDay: plan.pricing === 'on-demand' ? roundTo(perDay, 2) : alt,
    spotPerDay: plan.pricing === 'spot' ? roundTo(perDay, 2) : alt,
  };
}

function warningsOf(
  plan: ScalingPlan,
  day: Traffic,
  k: KernelOutput,
): string[] {
  const warnings = [...day.warnings];
  if (day.errors.length)
    warnings.push(`${day.errors.length} bad trace row(s) skipped`);
  if (k.finalQueue > 1)
    warnings.push(
      `${Math.round(
        k.finalQueue,
      )} requests still waiting at the end of the day`,
    );
  if (plan.table.provenance !== 'measured')
    warnings.push(
      `latencies are ${plan.table.provenance} (from the plan's latency surface)`,
    );
  return warnings;
}

function assumptionsOf(
  plan: ScalingPlan,
  policy: AutoscalerPolicy,
  run: RunSettings,
): string[] {
  const timing = policyTiming(policy);
  return [
    ...plan.assumptions,
    `${
      ROUTER_TEXT[run.router]
    }; each replica queues for its own max-num-seqs slots (GI/G/c, service-time CV ${roundTo(
      Math.sqrt(plan.serviceCv2 ?? 0.5),
      2,
    )}); requests are fluid cohorts (${
      run.poisson
        ? `Poisson arrivals per second, seed ${run.seed}`
        : 'expected arrivals'
    })`,
    `autoscaler syncs every ${timing.syncPeriodSeconds} s on the metric averaged over ${timing.metricWindowSeconds} s, ${timing.metricDelaySeconds} s old`,
    `GPU nodes billed while a pod exists and ${run.linger} s after it goes (cluster-autoscaler scale-down delay)`,
    `latency percentiles per ${
      run.intervalS / 60
    } min interval; an interval is compliant when every target holds at ${
      plan.slo.percentile
    }`,
  ];
}

/**
 * Simulates one day of `traffic` (a pattern or a built day) under `policy`: replay the day
 * through the kernel, bill the pods, then read the timeline, intervals, latency, tenants and
 * cost out of the kernel's arrays.
 * @public
 */
export function simulate(
  plan: ScalingPlan,
  traffic: TrafficPattern | Traffic,
  policy: AutoscalerPolicy,
  options: SimulationOptions = {},
): SimulationResult {
  const problems = validatePolicy(policy);
  if (problems.length)
    throw new Error(`invalid policy: ${problems.join('; ')}`);
  const day: Traffic = 'rate' in traffic ? traffic : buildTraffic(traffic);
  const run = runSettings(plan, options);
  const k = replayDay(plan, day, policy, run);

  // billing: pods, kept while their node lingers (sliding max over `linger` seconds)
  const billed = slidingMax(k.pods, Math.round(run.linger));
  let replicaSeconds = 0;
  for (let s = 0; s < DAY_SECONDS; s++) replicaSeconds += billed[s];
  const replicaHours = replicaSeconds / 3600;
  const gpuHours = replicaHours * plan.tp;

  const daily = intervalsOf(k, run.intervalS);
  const { intervals } = daily;
  const latency = {
    ttft: percentilesOf(k.dayHist, 0),
    itl: percentilesOf(k.dayHist, HIST_BUCKETS),
    e2e: percentilesOf(k.dayHist, 2 * HIST_BUCKETS),
  };
  let peak: IntervalPoint | null = null;
  for (const iv of intervals)
    if (!peak || iv.offeredRps > peak.offeredRps) peak = iv;
  const mpm = k.metPerMetric;
  const frac = (x: number) =>
    daily.requests > 0 ? roundTo(x / daily.requests, 4) : 1;
  return {
    label: policyLabel(policy),
    policy,
    parameters: toParameters(policy),
    plan: {
      label: plan.label,
      replicas: plan.replicas,
      slotsPerReplica: roundTo(plan.slotsPerReplica, 2),
      startupSeconds: run.startup,
      slo: plan.slo,
    },
    traffic: {
      description: day.description,
      peakRps: roundTo(day.peakRps, 3),
      meanRps: roundTo(day.meanRps, 3),
      totalRequests: Math.round(day.totalRequests),
    },
    timeline: timelineOf(k, billed, run.seriesS),
    intervals,
    tenants: tenantsOf(k, day, run.intervalS, latency),
    latency,
    peak,
    attainment: {
      requestsMeetingTargets: frac(daily.met),
      allowedMissFraction: roundTo(1 - PCT_LEVEL[plan.slo.percentile], 4),
      compliantIntervals:
        daily.trafficIntervals > 0
          ? roundTo(daily.compliantIntervals / daily.trafficIntervals, 4)
          : 1,
      compliantTraffic: frac(daily.compliantRequests),
      perMetric: { ttft: frac(mpm[0]), itl: frac(mpm[1]), e2e: frac(mpm[2]) },
    },
    gpuHours: roundTo(gpuHours, 2),
    replicaHours: roundTo(replicaHours, 2),
    cost: costOf(plan, gpuHours),
    scaleEvents: scaleEventsOf(k),
    totals: {
      arrivals: Math.round(k.arrivals),
      served: Math.round(k.served),
      unserved: Math.round(k.finalQueue),
      maxQueue: roundTo(k.maxQueue, 2),
      maxQueueWaitS: roundTo(k.maxWait, 2),
      maxReadyReplicas: k.maxReady,
      minReadyReplicas: k.minReady,
    },
    assumptions: assumptionsOf(plan, policy, run),
    warnings: warningsOf(plan, day, k),
  };
}

/** Max over the trailing window [t - w, t] of a per-second series (monotone deque, O(n)). */
function slidingMax(a: Uint16Array, w: number): Uint16Array {
  const n = a.length;
  const out = new Uint16Array(n);
  const dq = new Int32Array(n);
  let h = 0;
  let tl = 0;
  for (let i = 0; i < n; i++) {
    while (tl > h && a[dq[tl - 1]] <= a[i]) tl--;
    dq[tl++] = i;
    while (dq[h] < i - w) h++;
    out[i] = a[dq[h]];
  }
  return out;
}

function nn(x: number): number | null {
  return Number.isFinite(x) ? roundTo(x, 2) : null;
}

/**
 * How long a policy took to react to a load step at `fromT` (s of the day): seconds to its
 * first scale-up decision and to the first replica becoming ready after it; null when it never
 * scaled up that day.
 * @public
 */
export function scaleUpLag(
  result: SimulationResult,
  fromT: number,
): { decisionS: number | null; readyS: number | null } {
  const ev = result.scaleEvents.find(e => e.t >= fromT && e.to > e.from);
  if (!ev) return { decisionS: null, readyS: null };
  const before =
    result.timeline.find(r => r.t + 60 > fromT)?.readyReplicas ?? 0;
  const row = result.timeline.find(
    r => r.t >= ev.t && r.readyReplicas > before + 0.5,
  );
  return { decisionS: ev.t - fromT, readyS: row ? row.t + 60 - fromT : null };
}
