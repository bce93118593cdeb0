import {
  AutoscalerPolicy,
  comparePolicies,
  CompareOptions,
  PolicyComparison,
  ScalingPlan,
  TrafficPattern,
} from '@internal/backstage-plugin-llm-planner-common';

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

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10} %`;
}

/**
 * The recommended row of a comparison, by the rule of `recommendPolicy` in -common: the cheapest
 * (GPU-hours, then fewer scale events) reaching the attainment target; when none does, the one
 * with the best attainment and a "re-plan" reason.
 */
export function pickRecommended(cmp: PolicyComparison): {
  index: number;
  reason: string;
} {
  const rows = cmp.rows;
  if (!rows.length) return { index: -1, reason: 'no policy to compare' };
  const order = rows
    .map((_r, i) => i)
    .sort(
      (a, b) =>
        rows[a].gpuHours - rows[b].gpuHours ||
        rows[a].scaleEvents - rows[b].scaleEvents ||
        a - b,
    );
  const ok = order.filter(i => rows[i].meetsTarget);
  const fixed = cmp.fixedIndex >= 0 ? rows[cmp.fixedIndex] : null;
  if (ok.length) {
    const r = rows[ok[0]];
    return {
      index: ok[0],
      reason: `cheapest of the ${
        rows.length
      } compared policies reaching the attainment target ${pct(
        cmp.attainmentTarget,
      )} (${pct(r.sloAttainment)} of requests meet every target, ${pct(
        r.compliantTraffic,
      )} of the traffic in SLO-compliant intervals): ${
        r.gpuHours
      } GPU-hours/day${
        fixed && r.kind !== 'fixed'
          ? ` vs ${fixed.gpuHours} for the fixed deployment (${r.savingPct} % saved)`
          : ''
      }`,
    };
  }
  const score = (i: number) =>
    Math.min(rows[i].sloAttainment, rows[i].compliantTraffic);
  const best = order.reduce((b, i) => (score(i) > score(b) ? i : b), order[0]);
  return {
    index: best,
    reason: `no compared policy reaches the attainment target ${pct(
      cmp.attainmentTarget,
    )}; the best (${rows[best].label}) reaches ${pct(
      rows[best].sloAttainment,
    )} of requests meeting every target: re-plan with more headroom or capacity`,
  };
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
