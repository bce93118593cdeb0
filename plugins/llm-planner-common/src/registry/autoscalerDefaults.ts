/**
 * Targets and rules the autoscaler registry derives from a plan. They sit below both the
 * registry and the scaling comparison (which re-exports them) so that neither imports the other
 * at run time.
 */
import type { ScalingRules } from '../scaling/policies';
import type { ScalingPlan } from '../scaling/simulate';

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
export function defaultQueueTarget(plan: ScalingPlan): number {
  const ttftS = (plan.slo.ttftMs ?? 1000) / 1000;
  return Math.max(1, Math.round(plan.capacityRpsPerReplica * ttftS * 0.5));
}

/**
 * Queue targets the policy search tries: half, once and twice the default, each with Kubernetes
 * default scale-down and with a gentle one.
 */
export function queueSearchTargets(plan: ScalingPlan): SearchTarget[] {
  const qt = defaultQueueTarget(plan);
  return Array.from(
    new Set([Math.max(1, Math.round(qt / 2)), qt, qt * 2]),
  ).flatMap(target => [{ target }, { target, scaleDown: GENTLE_SCALE_DOWN }]);
}
