/**
 * Autoscaler policies and the Kubernetes HorizontalPodAutoscaler algorithm they run.
 *
 * The algorithm follows the HPA controller (kubernetes/kubernetes
 * `pkg/controller/podautoscaler/horizontal.go` and `replica_calculator.go`; documented at
 * https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#algorithm-details):
 *
 *  1. every sync period (HPA: `--horizontal-pod-autoscaler-sync-period`, 15 s; KEDA: its
 *     `pollingInterval`, 30 s) the metric is read;
 *  2. `desired = ceil(currentReplicas x currentMetricValue / desiredMetricValue)`, skipped when
 *     the ratio is within the tolerance (`--horizontal-pod-autoscaler-tolerance`, 0.1) of 1;
 *     for an `AverageValue` target this is `ceil(sum over pods / target)`; pods that are not
 *     ready count as 0 when scaling up (`replica_calculator.go`), which gives the same formula;
 *  3. stabilisation (`stabilizeRecommendationWithBehaviors`): the scale-up recommendation is the
 *     minimum and the scale-down recommendation the maximum of the recommendations stored over
 *     the respective windows (defaults: up 0 s, down 300 s);
 *  4. rate limits (`calculateScaleUpLimitWithScalingRules` /
 *     `calculateScaleDownLimitWithBehaviors`): each policy `{type: Pods|Percent, value,
 *     periodSeconds}` bounds the change relative to the replicas at the start of its period;
 *     `selectPolicy: Max` takes the policy allowing the largest change (defaults: up
 *     max(+100 %, +4 pods) per 15 s, down -100 % per 15 s);
 *  5. the result is clamped to [minReplicas, maxReplicas].
 *
 * KEDA creates an HPA with an External metric, so KEDA policies run the same algorithm (with
 * KEDA's 30 s polling). Scale to zero (KEDA `minReplicaCount: 0`) is allowed: while no replica
 * is ready, requests wait in the queue (as if held by a gateway) and the queue is the signal.
 */
import type { AutoscalerParameters } from '../registry/autoscalers';
import { PolicyKind, policyKindSpec } from '../registry/autoscalers';
import type {
  HpaRatePolicy,
  ScalingRules,
} from '../registry/autoscalerDefaults';

// declared with the registry (the lower layer), exported from here as before
export type { AutoscalerParameters, HpaRatePolicy, ScalingRules };

/** A policy to simulate: the rendered parameters plus how the controller observes the metric. @public */
export type AutoscalerPolicy = AutoscalerParameters & {
  /** label shown in comparisons; defaults to a description of the kind and target */
  name?: string;
  /** controller period: HPA 15 s, KEDA 30 s (defaults by kind) */
  syncPeriodSeconds?: number;
  /**
   * the metric is the average over this window ending `metricDelaySeconds` before the sync:
   * metrics-server/cAdvisor CPU and memory 30 s window + 15 s delay; Prometheus-scraped vLLM
   * gauges 15 s scrape window + 15 s delay (defaults by kind)
   */
  metricWindowSeconds?: number;
  metricDelaySeconds?: number;
  /** HPA tolerance, default 0.1 */
  tolerance?: number;
};

/** Kubernetes default scale-up rules: max(+100 %, +4 pods) per 15 s, no window. @public */
export const HPA_DEFAULT_SCALE_UP: ScalingRules = {
  policies: [
    { type: 'Percent', value: 100, periodSeconds: 15 },
    { type: 'Pods', value: 4, periodSeconds: 15 },
  ],
  selectPolicy: 'Max',
  stabilizationWindowSeconds: 0,
};

/** Kubernetes default scale-down rules: -100 % per 15 s (the 300 s window is separate). @public */
export const HPA_DEFAULT_SCALE_DOWN: ScalingRules = {
  policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }],
  selectPolicy: 'Max',
};

/** HPA default tolerance. @public */
export const HPA_TOLERANCE = 0.1;

/** Timing defaults by kind (see {@link AutoscalerPolicy}). @public */
export function policyTiming(p: AutoscalerPolicy): {
  syncPeriodSeconds: number;
  metricWindowSeconds: number;
  metricDelaySeconds: number;
  tolerance: number;
} {
  const sim = policyKindSpec(p.kind).simulation;
  return {
    syncPeriodSeconds: p.syncPeriodSeconds ?? sim.syncPeriodSeconds,
    metricWindowSeconds: p.metricWindowSeconds ?? sim.metricWindowSeconds,
    metricDelaySeconds: p.metricDelaySeconds ?? 15,
    tolerance: p.tolerance ?? HPA_TOLERANCE,
  };
}

/** Human label of a policy. @public */
export function policyLabel(p: AutoscalerPolicy): string {
  if (p.name) return p.name;
  return policyKindSpec(p.kind).title(p);
}

/** Fixed-size baseline. @public */
export function fixedPolicy(replicas: number): AutoscalerPolicy {
  return {
    kind: 'fixed',
    minReplicas: replicas,
    maxReplicas: replicas,
    target: 0,
    stabilizationWindowSeconds: 0,
    scaleUp: { policies: [], selectPolicy: 'Disabled' },
    scaleDown: { policies: [], selectPolicy: 'Disabled' },
  };
}

/** A policy with Kubernetes default behaviour (300 s scale-down window, default rates). @public */
export function hpaPolicy(
  kind: Exclude<PolicyKind, 'fixed'>,
  target: number,
  minReplicas: number,
  maxReplicas: number,
  overrides: Partial<AutoscalerPolicy> = {},
): AutoscalerPolicy {
  return {
    kind,
    target,
    minReplicas,
    maxReplicas,
    stabilizationWindowSeconds: 300,
    scaleUp: HPA_DEFAULT_SCALE_UP,
    scaleDown: HPA_DEFAULT_SCALE_DOWN,
    ...overrides,
  };
}

/** The parameters the manifests render (drops simulation-only fields). @public */
export function toParameters(p: AutoscalerPolicy): AutoscalerParameters {
  return {
    kind: p.kind,
    minReplicas: p.minReplicas,
    maxReplicas: p.maxReplicas,
    target: p.target,
    stabilizationWindowSeconds: p.stabilizationWindowSeconds,
    scaleUp: p.scaleUp,
    scaleDown: p.scaleDown,
  };
}

/** Problems with a policy, empty when valid. @public */
export function validatePolicy(p: AutoscalerPolicy): string[] {
  const errs: string[] = [];
  if (!Number.isInteger(p.minReplicas) || p.minReplicas < 0)
    errs.push('minReplicas must be an integer >= 0');
  if (
    !Number.isInteger(p.maxReplicas) ||
    p.maxReplicas < Math.max(1, p.minReplicas)
  )
    errs.push('maxReplicas must be an integer >= max(1, minReplicas)');
  const sim = policyKindSpec(p.kind).simulation;
  if (sim.autoscales && !(p.target > 0)) errs.push('target must be > 0');
  if (!sim.autoscales && p.minReplicas !== p.maxReplicas)
    errs.push('a fixed policy has minReplicas = maxReplicas');
  if (p.minReplicas === 0 && sim.autoscales && !sim.scalesToZero)
    errs.push('only KEDA policies scale to zero');
  if (p.stabilizationWindowSeconds < 0)
    errs.push('stabilizationWindowSeconds must be >= 0');
  for (const [side, r] of [
    ['scaleUp', p.scaleUp],
    ['scaleDown', p.scaleDown],
  ] as const)
    for (const pol of r.policies)
      if (!(pol.value > 0) || !(pol.periodSeconds > 0))
        errs.push(`${side} policies need value > 0 and periodSeconds > 0`);
  return errs;
}

/**
 * The HPA controller state for one simulation, with fixed-size typed buffers (no allocation per
 * sync). `decide` is called once per sync period.
 * @public
 */
export type HpaController = {
  /**
   * One sync at time `t` (s): `current` = spec replicas, `ready` = ready pods, `metricSum` = the
   * metric summed over ready pods (utilisation as a fraction of one pod's request), `metricKnown`
   * false when no pod reports it. Returns the new spec replicas.
   */
  decide(
    t: number,
    current: number,
    ready: number,
    metricSum: number,
    metricKnown: boolean,
  ): number;
};

/** Creates the HPA controller of a policy. @public */
export function createHpaController(p: AutoscalerPolicy): HpaController {
  const { tolerance, syncPeriodSeconds } = policyTiming(p);
  const autoscales = policyKindSpec(p.kind).simulation.autoscales;
  const upWin = p.scaleUp.stabilizationWindowSeconds ?? 0;
  const downWin = p.stabilizationWindowSeconds;
  const maxPeriod = Math.max(
    1,
    ...p.scaleUp.policies.map(x => x.periodSeconds),
    ...p.scaleDown.policies.map(x => x.periodSeconds),
  );
  // ring buffers of recommendations and scale events (one per sync at most)
  const recCap = Math.ceil(Math.max(upWin, downWin) / syncPeriodSeconds) + 2;
  const recT = new Float64Array(recCap);
  const recV = new Float64Array(recCap);
  let recN = 0;
  let recHead = 0;
  const evCap = Math.ceil(maxPeriod / syncPeriodSeconds) + 2;
  const evT = new Float64Array(evCap);
  const evD = new Float64Array(evCap);
  let evN = 0;
  let evHead = 0;

  const changeInPeriod = (t: number, period: number, up: boolean) => {
    let s = 0;
    for (let i = 0; i < evN; i++) {
      const k = (evHead - 1 - i + evCap) % evCap;
      if (evT[k] <= t - period) break;
      if (up ? evD[k] > 0 : evD[k] < 0) s += evD[k];
    }
    return s;
  };

  const upLimit = (t: number, current: number): number => {
    const r = p.scaleUp;
    if (r.selectPolicy === 'Disabled' || !r.policies.length)
      return r.selectPolicy === 'Disabled' ? current : Infinity;
    let res = r.selectPolicy === 'Max' ? -Infinity : Infinity;
    for (const pol of r.policies) {
      const start = current - changeInPeriod(t, pol.periodSeconds, true);
      const proposed =
        pol.type === 'Pods'
          ? start + pol.value
          : Math.ceil(start * (1 + pol.value / 100));
      res =
        r.selectPolicy === 'Max'
          ? Math.max(res, proposed)
          : Math.min(res, proposed);
    }
    return res;
  };

  const downLimit = (t: number, current: number): number => {
    const r = p.scaleDown;
    if (r.selectPolicy === 'Disabled' || !r.policies.length)
      return r.selectPolicy === 'Disabled' ? current : -Infinity;
    let res = r.selectPolicy === 'Max' ? Infinity : -Infinity;
    for (const pol of r.policies) {
      const start = current - changeInPeriod(t, pol.periodSeconds, false);
      const proposed =
        pol.type === 'Pods'
          ? start - pol.value
          : Math.trunc(start * (1 - pol.value / 100));
      res =
        r.selectPolicy === 'Max'
          ? Math.min(res, proposed)
          : Math.max(res, proposed);
    }
    return res;
  };

  return {
    decide(t, current, ready, metricSum, metricKnown) {
      if (!autoscales) return p.minReplicas;
      // 1-2. raw recommendation with tolerance
      let desired = current;
      if (metricKnown) {
        const base = Math.max(ready, 1);
        const ratio = metricSum / (base * p.target);
        if (current === 0)
          desired =
            metricSum > 0 ? Math.max(1, Math.ceil(metricSum / p.target)) : 0;
        else if (Math.abs(ratio - 1) > tolerance)
          desired = Math.ceil(metricSum / p.target - 1e-9);
        // unready pods count as 0 on scale-up, and are kept (not removed) on scale-down
        if (desired < current && ready < current)
          desired = Math.max(
            desired,
            current - ready + Math.ceil(metricSum / p.target - 1e-9),
          );
      }
      desired = Math.min(Math.max(desired, p.minReplicas), p.maxReplicas);
      // 3. stabilisation over stored recommendations
      let upRec = desired;
      let downRec = desired;
      for (let i = 0; i < recN; i++) {
        const k = (recHead - 1 - i + recCap) % recCap;
        const age = t - recT[k];
        if (age > Math.max(upWin, downWin)) break;
        if (age < upWin) upRec = Math.min(upRec, recV[k]);
        if (age < downWin) downRec = Math.max(downRec, recV[k]);
      }
      recT[recHead] = t;
      recV[recHead] = desired;
      recHead = (recHead + 1) % recCap;
      if (recN < recCap) recN++;
      let rec = current;
      if (rec < upRec) rec = upRec;
      if (rec > downRec) rec = downRec;
      // 4. behaviour rate limits
      if (rec > current) rec = Math.min(rec, upLimit(t, current));
      else if (rec < current) rec = Math.max(rec, downLimit(t, current));
      // 5. bounds
      rec = Math.min(Math.max(rec, p.minReplicas), p.maxReplicas);
      if (rec !== current) {
        evT[evHead] = t;
        evD[evHead] = rec - current;
        evHead = (evHead + 1) % evCap;
        if (evN < evCap) evN++;
      }
      return rec;
    },
  };
}
