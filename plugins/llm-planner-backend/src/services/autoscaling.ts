import {
  AutoscalerParameters,
  diurnalForPeak,
  Engine,
  prepareScalingPlan,
  recommendPolicy,
  StoredPlan,
} from '@internal/backstage-plugin-llm-planner-common';

/** What the manifests' autoscaler should use for a plan, and why. */
export type AutoscalingRecommendation = {
  parameters: AutoscalerParameters;
  label: string;
  reason: string;
  meetsTarget: boolean;
  attainmentTarget: number;
  /** The traffic day it was simulated on. */
  pattern: string;
  gpuHoursPerDay: number;
  fixedGpuHoursPerDay: number | null;
};

/**
 * Replays an office-hours day at the plan's peak rate through the candidate policies and
 * returns the cheapest that meets the SLO: the same computation the plan page's Scaling tab
 * shows, so the deployed autoscaler is the one the team reviewed.
 */
export function recommendAutoscaling(
  engine: Engine,
  stored: StoredPlan,
): AutoscalingRecommendation {
  const sp = prepareScalingPlan(engine, stored.plan);
  const pattern = diurnalForPeak(stored.plan.workload.peakRps, 'office-hours');
  const rec = recommendPolicy(sp, pattern);
  const fixed = rec.candidates.find(c => c.kind === 'fixed');
  return {
    parameters: rec.parameters,
    label: rec.label,
    reason: rec.reason,
    meetsTarget: rec.meetsTarget,
    attainmentTarget: rec.attainmentTarget,
    pattern: `office-hours day peaking at ${stored.plan.workload.peakRps} req/s`,
    gpuHoursPerDay: rec.row.gpuHours,
    fixedGpuHoursPerDay: fixed ? fixed.gpuHours : null,
  };
}
