/**
 * What the autoscaler registry needs below it: the HPA behavior types, the part of a scaling
 * plan it reads, and the targets and rules it derives from a plan. `scaling/policies` and
 * `scaling/compare` re-export them, so `scaling/` imports the registry and never the reverse.
 */

/** One HPA behavior policy. @public */
export type HpaRatePolicy = {
  type: 'Pods' | 'Percent';
  value: number;
  periodSeconds: number;
};

/** HPA `behavior.scaleUp` / `behavior.scaleDown` rules (without the window, see below). @public */
export type ScalingRules = {
  policies: HpaRatePolicy[];
  selectPolicy: 'Max' | 'Min' | 'Disabled';
  /**
   * Scale-up only: `behavior.scaleUp.stabilizationWindowSeconds` (default 0). The scale-down
   * window is the policy's top-level `stabilizationWindowSeconds`.
   */
  stabilizationWindowSeconds?: number;
};

/**
 * What the registry reads of a scaling plan (`ScalingPlan` has these and more) to derive a
 * kind's targets.
 * @public
 */
export type ScalingPlanCapacity = {
  slo: { ttftMs?: number | null };
  capacityRpsPerReplica: number;
  /** max running sequences per replica (vLLM --max-num-seqs) */
  slotsPerReplica: number;
  /** KV-cache fraction of a replica one running sequence uses on average */
  kvPerSequence: number;
};

/** A target the policy search tries, and the scale-down it tries it with. @public */
export type SearchTarget = { target: number; scaleDown?: ScalingRules };

/** A gentle scale-down: one pod per 2 minutes. @public */
export const GENTLE_SCALE_DOWN: ScalingRules = {
  policies: [{ type: 'Pods', value: 1, periodSeconds: 120 }],
  selectPolicy: 'Max',
};

/**
 * Default queue target: the waiting requests per pod that a replica drains in half the TTFT
 * target (so queueing alone spends at most half the TTFT budget), at least 1.
 * @public
 */
export function defaultQueueTarget(plan: ScalingPlanCapacity): number {
  const ttftS = (plan.slo.ttftMs ?? 1000) / 1000;
  return Math.max(1, Math.round(plan.capacityRpsPerReplica * ttftS * 0.5));
}

/**
 * Queue targets the policy search tries: half, once and twice the default, each with Kubernetes
 * default scale-down and with a gentle one.
 */
export function queueSearchTargets(plan: ScalingPlanCapacity): SearchTarget[] {
  const qt = defaultQueueTarget(plan);
  return Array.from(
    new Set([Math.max(1, Math.round(qt / 2)), qt, qt * 2]),
  ).flatMap(target => [{ target }, { target, scaleDown: GENTLE_SCALE_DOWN }]);
}
