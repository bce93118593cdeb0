/**
 * The plan's one autoscaler decision: made once, from the plan and its traffic assumption, by
 * the scaling simulation (`recommendPolicy`), stored with the plan by the backend, and used
 * unchanged by the Scaling tab, the Manifests preview, the software template and the published
 * repository.
 */
import type { Engine } from '../engine/predictor';
import type { Plan } from '../engine/schemas';
import type { AutoscalerParameters } from './policies';
import { policyLabel } from './policies';
import type { PolicyComparison } from './compare';
import { candidatePolicies, comparePolicies, pickPolicy } from './compare';
import type { Router } from './replicaQueue';
import type { ScalingPlan } from './simulate';
import { DEFAULT_ROUTER, prepareScalingPlan } from './simulate';
import type { DiurnalPattern } from './traffic';
import { diurnalForPeak } from './traffic';
import { policyKindSpec } from '../registry/autoscalers';

/** Version of the decision rule; a stored decision of another version is still used as is. @public */
export const AUTOSCALING_DECISION_VERSION = 1;

/** Which autoscaler object the decision renders into. @public */
export type AutoscalerObject = 'keda' | 'hpa' | 'none';

/** The autoscaler decision of a plan (what the manifests' autoscaler renders, and why). @public */
export type AutoscalingDecision = {
  version: number;
  /** what the manifests' autoscaler renders */
  parameters: AutoscalerParameters;
  label: string;
  reason: string;
  meetsTarget: boolean;
  attainmentTarget: number;
  /** the plan's traffic assumption the day was simulated on */
  traffic: { pattern: DiurnalPattern; description: string };
  /** kept for clients of the first API: the traffic description */
  pattern: string;
  router: Router;
  /** the object it renders by default: KEDA for vLLM metrics, HPA for CPU/memory, none if fixed */
  renders: AutoscalerObject;
  gpuHoursPerDay: number;
  fixedGpuHoursPerDay: number | null;
  /** the configuration decided for (`model|gpu|tp|engine|precision`, replicas) */
  configuration: string;
};

/**
 * The plan's traffic assumption: an office-hours day peaking at the workload's peak rate (night
 * base 5 % of it), the day every decision is simulated on.
 * @public
 */
export function planTrafficAssumption(plan: Pick<Plan, 'workload'>): {
  pattern: DiurnalPattern;
  description: string;
} {
  const peak = plan.workload.peakRps;
  return {
    pattern: diurnalForPeak(peak, 'office-hours'),
    description: `office-hours day peaking at ${peak} req/s`,
  };
}

/** The autoscaler object parameters render into by default. @public */
export function autoscalerObjectOf(p: AutoscalerParameters): AutoscalerObject {
  return policyKindSpec(p.kind).manifest.object;
}

/**
 * The `autoscaler` of `renderManifests` that renders a decision as decided: KEDA for vLLM
 * metrics, an HPA for CPU/memory (a fixed size renders no autoscaler with either).
 * @public
 */
export function autoscalerKindOf(
  p: AutoscalerParameters,
): 'keda' | 'hpa-custom-metrics' {
  return autoscalerObjectOf(p) === 'hpa' ? 'hpa-custom-metrics' : 'keda';
}

function configurationOf(plan: Plan): string {
  const r = plan.recommendations[0];
  return r
    ? `${r.modelId}|${r.gpuId}|${r.tp}|${r.engine}|${r.precision} x ${r.replicas}`
    : 'none';
}

/** Options the decision is simulated with (fixed: the decision must be reproducible). */
export const DECISION_SIMULATION = { seed: 1, router: DEFAULT_ROUTER } as const;

/**
 * The decision from a comparison of {@link candidatePolicies} on the plan's traffic assumption
 * (as the browser's simulation worker returns it).
 * @public
 */
export function decisionOfComparison(
  plan: Plan,
  cmp: PolicyComparison,
): AutoscalingDecision {
  const pick = pickPolicy(cmp);
  const result = cmp.results[pick.index];
  const row = cmp.rows[pick.index];
  const fixed = cmp.fixedIndex >= 0 ? cmp.rows[cmp.fixedIndex] : null;
  const traffic = planTrafficAssumption(plan);
  return {
    version: AUTOSCALING_DECISION_VERSION,
    parameters: result.parameters,
    label: policyLabel(result.policy),
    reason: pick.reason,
    meetsTarget: row.meetsTarget,
    attainmentTarget: cmp.attainmentTarget,
    traffic,
    pattern: traffic.description,
    router: DECISION_SIMULATION.router,
    renders: autoscalerObjectOf(result.parameters),
    gpuHoursPerDay: row.gpuHours,
    fixedGpuHoursPerDay: fixed ? fixed.gpuHours : null,
    configuration: configurationOf(plan),
  };
}

/** The comparison a decision is made from (candidates on the plan's traffic assumption). @public */
export function decisionComparison(sp: ScalingPlan, plan: Plan) {
  return comparePolicies(
    sp,
    planTrafficAssumption(plan).pattern,
    candidatePolicies(sp),
    DECISION_SIMULATION,
  );
}

/**
 * Decides the plan's autoscaler: prepares the plan's first recommendation for simulation,
 * replays its traffic assumption through every candidate policy and keeps the cheapest that
 * meets the SLO (`recommendPolicy`'s rule). Deterministic: the same plan and knowledge base give
 * the same decision. Null when the plan has no recommendation.
 * @public
 */
export function decideAutoscaling(
  engine: Engine,
  plan: Plan,
): AutoscalingDecision | null {
  if (!plan.recommendations.length) return null;
  const sp = prepareScalingPlan(engine, plan);
  return decisionOfComparison(plan, decisionComparison(sp, plan));
}

/** A decision in one line. @public */
export function decisionText(d: AutoscalingDecision): string {
  if (d.parameters.kind === 'fixed')
    return `no autoscaler: fixed ${d.parameters.minReplicas} replica(s) (${d.reason})`;
  return `${d.label} (${d.reason})`;
}
