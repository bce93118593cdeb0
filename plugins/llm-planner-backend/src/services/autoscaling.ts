import {
  AutoscalingDecision,
  decideAutoscaling,
  Engine,
  Plan,
} from '@internal/backstage-plugin-llm-planner-common';

/** What the manifests' autoscaler uses for a plan, and why: the plan's autoscaler decision. */
export type AutoscalingRecommendation = AutoscalingDecision;

// knowledge.plan() returns the same object for the same intent and knowledge-base version, so
// a decision is simulated once per plan the engine produced
const decided = new WeakMap<Plan, AutoscalingDecision | null>();

/**
 * The plan's autoscaler decision: its office-hours day replayed through the candidate policies,
 * the cheapest meeting the SLO (`decideAutoscaling`, the computation the Scaling tab shows).
 * Made when the plan is stored, so the deployed autoscaler is the one the team reviewed.
 */
export function decideForPlan(
  engine: Engine,
  plan: Plan,
): AutoscalingDecision | null {
  if (decided.has(plan)) return decided.get(plan)!;
  const decision = decideAutoscaling(engine, plan);
  decided.set(plan, decision);
  return decision;
}

/** The stored plan with its decision attached (a copy: the engine's plan is shared). */
export function withDecision(engine: Engine, plan: Plan): Plan {
  return { ...plan, autoscaling: decideForPlan(engine, plan) };
}
