import {
  AutoscalerPolicy,
  comparePolicies,
  CompareOptions,
  pickPolicy,
  PolicyComparison,
  ScalingPlan,
  TrafficPattern,
} from '@llm-planner/backstage-plugin-llm-planner-common';

/** One comparison to run: a prepared plan, a day of traffic and the policies. */
export type ScalingRequest = {
  plan: ScalingPlan;
  pattern: TrafficPattern;
  policies: AutoscalerPolicy[];
  options?: CompareOptions;
};

/** The comparison and which row is recommended. */
export type ScalingOutcome = {
  comparison: PolicyComparison;
  /** index of the recommended row */
  recommended: number;
  /** why it is recommended (or that none qualifies) */
  reason: string;
  ms: number;
};

/**
 * The recommended row of a comparison: `pickPolicy` of -common, the rule `recommendPolicy` and
 * the plan's autoscaler decision use.
 */
export function pickRecommended(cmp: PolicyComparison): {
  index: number;
  reason: string;
} {
  const { index, reason } = pickPolicy(cmp);
  return { index, reason };
}

/** Runs a comparison synchronously (in the worker, or inline where workers are missing). */
export function computeScaling(req: ScalingRequest): ScalingOutcome {
  const t0 = Date.now();
  const comparison = comparePolicies(
    req.plan,
    req.pattern,
    req.policies,
    req.options,
  );
  const pick = pickRecommended(comparison);
  return {
    comparison,
    recommended: pick.index,
    reason: pick.reason,
    ms: Date.now() - t0,
  };
}
