/**
 * Autoscaler vocabularies, each kind with its behaviour attached: adding a kind is one entry
 * here (plus its test); the scaling simulation, the policy rules, the manifests renderer, the
 * scaffolder action's schema and the UI lists all iterate these records.
 *
 * Two vocabularies, because they answer two questions:
 * - {@link AUTOSCALER_POLICY_KINDS}: which signal a policy scales on (`AutoscalerParameters.kind`).
 * - {@link AUTOSCALER_RENDERERS}: which Kubernetes object renders it (`renderManifests`'
 *   `autoscaler`: a KEDA `ScaledObject` or an `autoscaling/v2` HPA).
 */
import { z } from 'zod';
import type { WorkloadKind } from '../engine/schemas';
import { defaultQueueTarget, queueSearchTargets } from './autoscalerDefaults';
import type {
  ScalingPlanCapacity,
  ScalingRules,
  SearchTarget,
} from './autoscalerDefaults';
import { roundTo } from '../stats';

export type { ScalingPlanCapacity, SearchTarget };

/**
 * The pool as the scaling simulation sees it in one second, each field summed over the ready
 * pods (what a per-pod AverageValue target is compared with, times the ready pods).
 * @public
 */
export type PoolSignals = {
  readyPods: number;
  /** waiting requests of the pool (`vllm:num_requests_waiting`) */
  waiting: number;
  /** running sequences (`vllm:num_requests_running`) */
  running: number;
  /** CPU use / request, per pod (model of `PodResourceModel`) */
  cpuUtilisation: number;
  /** memory use / request, per pod (model of `PodResourceModel`) */
  memoryUtilisation: number;
  /** KV-cache fraction in use, per pod: running sequences x their KV share (`kvPerSequence`) */
  kvCacheUse: number;
};

/** How the scaling simulation runs a kind (`scaling/kernel.ts` calls it once a second). @public */
export type AutoscalerSimulation = {
  /** false for a fixed size: the controller never runs */
  autoscales: boolean;
  /** the metric the controller reads, summed over ready pods */
  signal(pool: PoolSignals): number;
  /** the metric is readable with no ready pod (a queue in front of the pods) */
  readableWithoutReadyPods: boolean;
  /** controller period: HPA 15 s, KEDA `pollingInterval` 30 s */
  syncPeriodSeconds: number;
  /** averaging window of the metric: metrics-server 30 s, a Prometheus scrape 15 s */
  metricWindowSeconds: number;
  /** may run at zero replicas (KEDA `minReplicaCount: 0`) */
  scalesToZero: boolean;
};

/** The Kubernetes parts a kind renders into an autoscaler object. @public */
export type AutoscalerManifest = {
  /** the object a decision renders into by default: KEDA for vLLM gauges, HPA for resources */
  object: 'none' | 'hpa' | 'keda';
  /** `cpu` / `memory` for a resource utilisation (an explicit fallback for GPU inference) */
  resource: 'cpu' | 'memory' | null;
  /** the KEDA trigger of a target */
  kedaTrigger(
    target: number,
    ctx: ManifestMetricContext,
  ): Record<string, unknown>;
  /** the `autoscaling/v2` HPA metric of a target */
  hpaMetric(target: number): Record<string, unknown>;
};

/** What a trigger needs from the deployment. @public */
export type ManifestMetricContext = {
  /** Prometheus label selector of the service's pods */
  promSelector: string;
  serverAddress: string;
};

/** One autoscaler policy kind. @public */
export type AutoscalerPolicyKindSpec = {
  /** name in lists and editors */
  label: string;
  /** the metric it reads, as documented to reviewers */
  metric: string;
  /** unit of the target as people type it (`%` for utilisations) */
  unit: string;
  /** the target is a fraction 0..1 shown as a percentage */
  utilisation: boolean;
  /** label of a policy (comparisons, decisions) */
  title(p: AutoscalerParameters): string;
  /** label of rendered parameters (the manifest annotation), before the scale-down window */
  annotation(p: AutoscalerParameters): string;
  /** a problem with a target value, beyond "> 0" */
  targetIssue(target: number): string | null;
  /** target of the policy compared by default (`defaultPolicies`), null to leave it out */
  defaultTarget(plan: ScalingPlanCapacity): number | null;
  /**
   * targets the policy search (`candidatePolicies`) tries, each with Kubernetes default
   * behaviour unless it names a scale-down; empty to leave the kind out of the search
   */
  searchTargets(plan: ScalingPlanCapacity): SearchTarget[];
  /**
   * the plans it decides for: an interactive plan's day is simulated over the interactive
   * kinds; a batch plan is decided without simulation on its batch kind
   */
  workload: WorkloadKind;
  simulation: AutoscalerSimulation;
  manifest: AutoscalerManifest;
};

const round2 = (x: number) => roundTo(x, 2);
const round4 = (x: number) => roundTo(x, 4);
const percent = (x: number) => Math.round(x * 100);
const range = (p: AutoscalerParameters) =>
  `${p.minReplicas}-${p.maxReplicas} replicas`;

/** A Kubernetes quantity for a per-pod average value (`2`, `2500m`, `700m`). */
function quantity(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return `${Math.round(v * 1000)}m`;
}

/** A decimal string for KEDA thresholds (`2`, `2.5`, `0.7`). @public */
export function decimal(v: number): string {
  return String(round4(v));
}

const HPA_SYNC_SECONDS = 15;
const KEDA_POLLING_SECONDS = 30;

/** Metrics-server CPU/memory: 30 s window; one kind per resource. */
function resourceKind(resource: 'cpu' | 'memory'): {
  simulation: AutoscalerSimulation;
  manifest: AutoscalerManifest;
} {
  const name = `${resource}-utilization`;
  return {
    simulation: {
      autoscales: true,
      signal:
        resource === 'cpu'
          ? pool => pool.cpuUtilisation
          : pool => pool.memoryUtilisation,
      readableWithoutReadyPods: false,
      syncPeriodSeconds: HPA_SYNC_SECONDS,
      metricWindowSeconds: 30,
      scalesToZero: false,
    },
    manifest: {
      object: 'hpa',
      resource,
      kedaTrigger: target => ({
        type: resource,
        name,
        metricType: 'Utilization',
        metadata: { value: String(percent(target)) },
      }),
      hpaMetric: target => ({
        type: 'Resource',
        resource: {
          name: resource,
          target: { type: 'Utilization', averageUtilization: percent(target) },
        },
      }),
    },
  };
}

/** A vLLM gauge: KEDA Prometheus trigger, or a prometheus-adapter Pods metric for an HPA. */
type VllmGauge = {
  /** KEDA trigger name */
  trigger: string;
  promql: (selector: string) => string;
  /** metric name of prometheus-adapter */
  adapter: string;
};

function vllmGaugeManifest(
  object: 'hpa' | 'keda',
  gauge: VllmGauge,
): AutoscalerManifest {
  return {
    object,
    resource: null,
    kedaTrigger: (target, ctx) => ({
      type: 'prometheus',
      name: gauge.trigger,
      metadata: {
        serverAddress: ctx.serverAddress,
        query: gauge.promql(ctx.promSelector),
        threshold: decimal(target),
      },
    }),
    hpaMetric: target => ({
      type: 'Pods',
      pods: {
        metric: { name: gauge.adapter },
        target: { type: 'AverageValue', averageValue: quantity(target) },
      },
    }),
  };
}

/** A Prometheus-scraped gauge: 15 s scrape window; KEDA polls every 30 s, an HPA every 15 s. */
function gaugeSimulation(
  signal: (pool: PoolSignals) => number,
  controller: 'hpa' | 'keda',
  readableWithoutReadyPods = false,
): AutoscalerSimulation {
  return {
    autoscales: true,
    signal,
    readableWithoutReadyPods,
    syncPeriodSeconds:
      controller === 'keda' ? KEDA_POLLING_SECONDS : HPA_SYNC_SECONDS,
    metricWindowSeconds: 15,
    scalesToZero: controller === 'keda',
  };
}

const WAITING: VllmGauge = {
  trigger: 'requests-waiting',
  promql: sel => `sum(vllm:num_requests_waiting{${sel}})`,
  adapter: 'vllm_num_requests_waiting',
};
const RUNNING: VllmGauge = {
  trigger: 'requests-running',
  promql: sel => `sum(vllm:num_requests_running{${sel}})`,
  adapter: 'vllm_num_requests_running',
};
const KV_CACHE: VllmGauge = {
  trigger: 'kv-cache-usage',
  // vLLM renamed the gauge (gpu_cache_usage_perc -> kv_cache_usage_perc); read either
  promql: sel =>
    `sum(vllm:kv_cache_usage_perc{${sel}}) or sum(vllm:gpu_cache_usage_perc{${sel}})`,
  adapter: 'vllm_gpu_cache_usage_perc',
};

const kvCacheFraction = (target: number) =>
  target > 1 ? 'a KV-cache target is a fraction of the cache (0..1)' : null;
const resourceFraction = (target: number) =>
  target > 5
    ? 'a CPU/memory target is a utilisation fraction of the request (0.7 = 70 %)'
    : null;
const noIssue = () => null;
/** KV-cache use of a replica at 60 % of its slots: the running-requests default in KV units. */
const kvAtSixtyPercentOfSlots = (plan: ScalingPlanCapacity) => {
  const kvAtSlots = plan.slotsPerReplica * plan.kvPerSequence;
  return kvAtSlots > 0 ? round4(kvAtSlots * 0.6) : null;
};

/** How a kind that never autoscales simulates: no signal, the replicas it starts with. */
const NOT_AUTOSCALED: AutoscalerPolicyKindSpec['simulation'] = {
  autoscales: false,
  signal: () => 0,
  readableWithoutReadyPods: false,
  syncPeriodSeconds: HPA_SYNC_SECONDS,
  metricWindowSeconds: 15,
  scalesToZero: false,
};

/** The manifest parts of a kind that renders no autoscaler object. */
const NO_AUTOSCALER_OBJECT: AutoscalerPolicyKindSpec['manifest'] = {
  object: 'none',
  resource: null,
  kedaTrigger: () => ({}),
  hpaMetric: () => ({}),
};

/**
 * The policy kinds, in the order comparisons list them.
 * @public
 */
export const AUTOSCALER_POLICY_KINDS = {
  fixed: {
    label: 'Fixed size',
    metric: '-',
    unit: '',
    utilisation: false,
    title: p => `fixed ${p.minReplicas} replica(s)`,
    annotation: p => `fixed ${p.minReplicas} replica(s)`,
    targetIssue: noIssue,
    defaultTarget: () => null,
    searchTargets: () => [],
    workload: 'interactive',
    simulation: NOT_AUTOSCALED,
    manifest: NO_AUTOSCALER_OBJECT,
  },
  'hpa-cpu': {
    label: 'HPA CPU',
    metric: 'cpu (metrics-server), averageUtilization',
    unit: '%',
    utilisation: true,
    title: p => `HPA CPU ${percent(p.target)} % (${range(p)})`,
    annotation: p => `CPU ${percent(p.target)} % (${range(p)})`,
    targetIssue: resourceFraction,
    defaultTarget: () => 0.7,
    searchTargets: () => [],
    workload: 'interactive',
    ...resourceKind('cpu'),
  },
  'hpa-memory': {
    label: 'HPA memory',
    metric: 'memory (metrics-server), averageUtilization',
    unit: '%',
    utilisation: true,
    title: p => `HPA memory ${percent(p.target)} % (${range(p)})`,
    annotation: p => `memory ${percent(p.target)} % (${range(p)})`,
    targetIssue: resourceFraction,
    defaultTarget: () => 0.8,
    searchTargets: () => [],
    workload: 'interactive',
    ...resourceKind('memory'),
  },
  'keda-queue': {
    label: 'KEDA queue depth',
    metric: 'vllm:num_requests_waiting (AverageValue per pod)',
    unit: 'waiting/pod',
    utilisation: false,
    title: p => `KEDA queue ${round2(p.target)} waiting/pod (${range(p)})`,
    annotation: p =>
      `vllm:num_requests_waiting ${decimal(p.target)} per pod (${range(p)})`,
    targetIssue: noIssue,
    defaultTarget: defaultQueueTarget,
    searchTargets: queueSearchTargets,
    workload: 'interactive',
    // the queue is in front of the pods (as if held by a gateway): read even at zero replicas
    simulation: gaugeSimulation(pool => pool.waiting, 'keda', true),
    manifest: vllmGaugeManifest('keda', WAITING),
  },
  'keda-running': {
    label: 'KEDA running requests',
    metric: 'vllm:num_requests_running (AverageValue per pod)',
    unit: 'running/pod',
    utilisation: false,
    title: p => `KEDA running ${round2(p.target)}/pod (${range(p)})`,
    annotation: p =>
      `vllm:num_requests_running ${decimal(p.target)} per pod (${range(p)})`,
    targetIssue: noIssue,
    defaultTarget: plan => round2(plan.slotsPerReplica * 0.6),
    // 40-80 % of max-num-seqs
    searchTargets: plan =>
      [0.4, 0.5, 0.6, 0.7, 0.8].map(f => ({
        target: round2(plan.slotsPerReplica * f),
      })),
    workload: 'interactive',
    simulation: gaugeSimulation(pool => pool.running, 'keda'),
    manifest: vllmGaugeManifest('keda', RUNNING),
  },
  'keda-kv-cache': {
    label: 'KEDA KV-cache use',
    metric: 'vllm:gpu_cache_usage_perc (AverageValue per pod)',
    unit: '%',
    utilisation: true,
    title: p => `KEDA KV cache ${percent(p.target)} % (${range(p)})`,
    annotation: p => `KV-cache use ${decimal(p.target)} per pod (${range(p)})`,
    targetIssue: kvCacheFraction,
    defaultTarget: kvAtSixtyPercentOfSlots,
    searchTargets: plan => {
      const target = kvAtSixtyPercentOfSlots(plan);
      return target === null ? [] : [{ target }];
    },
    workload: 'interactive',
    simulation: gaugeSimulation(pool => pool.kvCacheUse, 'keda'),
    manifest: vllmGaugeManifest('keda', KV_CACHE),
  },
  'hpa-kv-cache': {
    label: 'HPA KV-cache use',
    metric:
      'vllm:gpu_cache_usage_perc (prometheus-adapter Pods metric, AverageValue per pod)',
    unit: '%',
    utilisation: true,
    title: p => `HPA KV cache ${percent(p.target)} % (${range(p)})`,
    annotation: p => `KV-cache use ${decimal(p.target)} per pod (${range(p)})`,
    targetIssue: kvCacheFraction,
    defaultTarget: kvAtSixtyPercentOfSlots,
    searchTargets: () => [],
    workload: 'interactive',
    // KV-cache pressure for clusters without KEDA: a plain HPA reads the gauge through
    // prometheus-adapter and syncs every 15 s instead of KEDA's 30 s polling. The simulated
    // signal is the kernel's KV-cache use: running sequences x the KV share of one (its prompt
    // and half its output, over the replica's KV capacity in sequences).
    simulation: gaugeSimulation(pool => pool.kvCacheUse, 'hpa'),
    manifest: vllmGaugeManifest('hpa', KV_CACHE),
  },
  cronjob: {
    label: 'CronJob, scale to zero between runs',
    metric: "- (the schedule: runs start on the plan's cron schedule)",
    unit: '',
    utilisation: false,
    title: p =>
      `CronJob of ${p.maxReplicas} pod(s) a run, scale to zero between runs`,
    annotation: p =>
      `CronJob of ${p.maxReplicas} pod(s) a run, none between runs`,
    targetIssue: noIssue,
    defaultTarget: () => null,
    searchTargets: () => [],
    // a batch run is sized by the planner for its window: nothing reads a metric, and nothing
    // runs (or holds a GPU) between runs
    workload: 'batch',
    simulation: { ...NOT_AUTOSCALED, scalesToZero: true },
    manifest: NO_AUTOSCALER_OBJECT,
  },
} satisfies Record<string, AutoscalerPolicyKindSpec>;

/** Which signal a policy scales on. @public */
export type PolicyKind = keyof typeof AUTOSCALER_POLICY_KINDS;

/**
 * The autoscaler parameters the manifests render (HPA `spec` + `behavior`, or a KEDA
 * `ScaledObject` with `advanced.horizontalPodAutoscalerConfig.behavior`).
 *
 * `target` units by kind: `hpa-cpu` / `hpa-memory` utilisation of the pod's request (0.7 =
 * 70 %, `averageUtilization: 70`); `keda-queue` waiting requests per pod
 * (`vllm:num_requests_waiting`, AverageValue); `keda-running` running requests per pod
 * (`vllm:num_requests_running`, AverageValue); `keda-kv-cache` KV-cache use per pod as a
 * fraction (`vllm:gpu_cache_usage_perc`, AverageValue); `fixed` unused (min = max).
 * `stabilizationWindowSeconds` is the scale-down window (`behavior.scaleDown`).
 * @public
 */
export type AutoscalerParameters = {
  kind: PolicyKind;
  minReplicas: number;
  maxReplicas: number;
  target: number;
  stabilizationWindowSeconds: number;
  scaleUp: ScalingRules;
  scaleDown: ScalingRules;
};

/** The policy kinds, in registry order. @public */
export const POLICY_KINDS = Object.keys(AUTOSCALER_POLICY_KINDS) as [
  PolicyKind,
  ...PolicyKind[],
];

/** zod enum of the policy kinds. @public */
export const PolicyKindSchema = z.enum(POLICY_KINDS);

/** The registry entry of a policy kind. @public */
export function policyKindSpec(kind: PolicyKind): AutoscalerPolicyKindSpec {
  return AUTOSCALER_POLICY_KINDS[kind];
}

/** Prometheus metric a policy reads, for documentation and the manifests. @public */
export const POLICY_METRIC = Object.fromEntries(
  POLICY_KINDS.map(k => [k, AUTOSCALER_POLICY_KINDS[k].metric]),
) as Record<PolicyKind, string>;

/** Scale out when running requests per replica exceed this fraction of `--max-num-seqs`. @public */
export const RUNNING_TARGET_FRACTION = 0.8;
/** Scale out when waiting requests per replica exceed this fraction of `--max-num-seqs` (at least 1). @public */
export const WAITING_TARGET_FRACTION = 0.1;
/** CPU utilisation target of the explicit `hpa-cpu` fallback. @public */
export const CPU_FALLBACK_UTILIZATION = 70;

/** A metric of an autoscaler: a policy kind's signal at a target. @public */
export type AutoscalerMetric = { kind: PolicyKind; target: number };

const vllmDefaultMetrics = (maxNumSeqs: number): AutoscalerMetric[] => [
  {
    kind: 'keda-queue',
    target: Math.max(1, Math.ceil(maxNumSeqs * WAITING_TARGET_FRACTION)),
  },
  {
    kind: 'keda-running',
    target: Math.max(1, Math.floor(maxNumSeqs * RUNNING_TARGET_FRACTION)),
  },
];

/** One way of rendering an autoscaler (`renderManifests`' `autoscaler`). @public */
export type AutoscalerRendererSpec = {
  label: string;
  /** the object it renders */
  object: 'hpa' | 'keda';
  /** renders vLLM gauges (an HPA reads them through prometheus-adapter) */
  vllmMetrics: boolean;
  /**
   * KServe scales on it by itself (`autoscalerClass: hpa` + `scaleMetric`), so without
   * recommended parameters no object is rendered for an `InferenceService`.
   */
  kserveNative: boolean;
  /** Without recommended parameters: the metrics the autoscaler combines. */
  defaultMetrics(maxNumSeqs: number): AutoscalerMetric[];
  /** said to the reviewer when it is rendered without recommended parameters */
  warning: string | null;
};

/**
 * The autoscalers `renderManifests` renders.
 * @public
 */
export const AUTOSCALER_RENDERERS = {
  keda: {
    label: 'KEDA ScaledObject',
    object: 'keda',
    vllmMetrics: true,
    kserveNative: false,
    defaultMetrics: vllmDefaultMetrics,
    warning: null,
  },
  'hpa-custom-metrics': {
    label: 'HPA custom metrics',
    object: 'hpa',
    vllmMetrics: true,
    kserveNative: false,
    defaultMetrics: vllmDefaultMetrics,
    warning: null,
  },
  'hpa-cpu': {
    label: 'HPA CPU (fallback)',
    object: 'hpa',
    vllmMetrics: false,
    kserveNative: true,
    defaultMetrics: () => [
      { kind: 'hpa-cpu', target: CPU_FALLBACK_UTILIZATION / 100 },
    ],
    warning:
      'Autoscaling on CPU utilisation (explicit fallback): CPU says little about GPU inference load; prefer keda or hpa-custom-metrics',
  },
} satisfies Record<string, AutoscalerRendererSpec>;

/** Which autoscaler to render. `hpa-cpu` is an explicit fallback only. @public */
export type AutoscalerKind = keyof typeof AUTOSCALER_RENDERERS;

/** The autoscalers, in registry order. @public */
export const AUTOSCALER_KINDS = Object.keys(AUTOSCALER_RENDERERS) as [
  AutoscalerKind,
  ...AutoscalerKind[],
];

/** zod enum of the autoscalers. @public */
export const AutoscalerKindSchema = z.enum(AUTOSCALER_KINDS);

/** The registry entry of an autoscaler. @public */
export function autoscalerRendererSpec(
  kind: AutoscalerKind,
): AutoscalerRendererSpec {
  return AUTOSCALER_RENDERERS[kind];
}
