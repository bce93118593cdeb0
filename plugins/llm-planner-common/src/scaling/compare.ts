/**
 * Policies side by side, and the recommended policy: the cheapest one whose SLO attainment
 * reaches the target. Its parameters are what the manifests' autoscaler renders.
 */
import {
  AutoscalerParameters,
  AutoscalerPolicy,
  fixedPolicy,
  hpaPolicy,
  policyLabel,
  toParameters,
} from './policies';
import {
  ScalingPlan,
  SimulationOptions,
  SimulationResult,
  simulate,
} from './simulate';
import { Traffic, TrafficPattern, buildTraffic } from './traffic';
import {
  POLICY_KINDS,
  PolicyKind,
  policyKindSpec,
} from '../registry/autoscalers';

export {
  GENTLE_SCALE_DOWN,
  defaultQueueTarget,
} from '../registry/autoscalerDefaults';

/** Default max replicas of autoscaled policies: 1.5 x the planned size + 1. @public */
export function defaultMaxReplicas(plan: ScalingPlan): number {
  return Math.max(plan.replicas + 1, Math.ceil(plan.replicas * 1.5) + 1);
}

/**
 * The policies compared by default: the fixed planned size, then each kind of
 * `AUTOSCALER_POLICY_KINDS` at its `defaultTarget`: HPA on CPU 70 % and memory 80 % as commonly
 * deployed; KEDA on queue depth ({@link defaultQueueTarget}), running requests (60 % of
 * max-num-seqs: latency grows faster than linearly near the SLO knee, so a hotter target makes
 * the HPA's proportional rule scale down into saturation) and KV-cache use (the same point in KV
 * units). Autoscaled policies run from 1 to {@link defaultMaxReplicas} with Kubernetes default
 * behaviour.
 * @public
 */
export function defaultPolicies(plan: ScalingPlan): AutoscalerPolicy[] {
  const max = defaultMaxReplicas(plan);
  const out: AutoscalerPolicy[] = [fixedPolicy(plan.replicas)];
  for (const kind of POLICY_KINDS) {
    const target = policyKindSpec(kind).defaultTarget(plan);
    if (target !== null)
      out.push(hpaPolicy(kind as AutoscaledKind, target, 1, max));
  }
  return out;
}

type AutoscaledKind = Exclude<PolicyKind, 'fixed'>;

/** Kinds the verdict reads, the vLLM signals first, then the CPU/memory fallbacks. */
function verdictKinds(): PolicyKind[] {
  const autoscaled = POLICY_KINDS.filter(
    k => policyKindSpec(k).simulation.autoscales,
  );
  const isResource = (k: PolicyKind) => !!policyKindSpec(k).manifest.resource;
  return [
    ...autoscaled.filter(k => !isResource(k)),
    ...autoscaled.filter(isResource),
  ];
}

/** One row of a comparison (the side-by-side table and the cost chart). @public */
export type ComparisonRow = {
  label: string;
  kind: AutoscalerPolicy['kind'];
  gpuHours: number;
  costPerDay: number;
  costPerMonth: number;
  /** vs the fixed policy of the comparison (positive = cheaper); null without one */
  savingPct: number | null;
  /** fraction of requests meeting every target (the SLO attainment) */
  sloAttainment: number;
  /** fraction of requests served in intervals where the SLO held at its percentile */
  compliantTraffic: number;
  requestsMeetingTargets: number;
  peakTtftP95: number | null;
  peakSloMet: boolean | null;
  ttftP95: number | null;
  e2eP95: number | null;
  maxReadyReplicas: number;
  minReadyReplicas: number;
  scaleEvents: number;
  maxQueueWaitS: number;
  meetsTarget: boolean;
};

/** Several policies on the same day. @public */
export type PolicyComparison = {
  plan: ScalingPlan;
  traffic: {
    description: string;
    peakRps: number;
    meanRps: number;
    totalRequests: number;
  };
  results: SimulationResult[];
  rows: ComparisonRow[];
  /** index of the fixed policy in results, -1 if none */
  fixedIndex: number;
  attainmentTarget: number;
  /** an honest one-paragraph reading of the comparison */
  verdict: string;
};

/** Options of {@link comparePolicies} and {@link recommendPolicy}. @public */
export type CompareOptions = SimulationOptions & {
  /** attainment a policy must reach (default 0.99) */
  attainmentTarget?: number;
  /**
   * what must reach the target: `requests` the fraction of requests meeting every target (the
   * SLO attainment); `intervals` the fraction of requests served in 5-min intervals where every
   * target held at the SLO percentile (what a Prometheus SLO alert sees); `both` (default)
   */
  criterion?: 'requests' | 'intervals' | 'both';
};

function meets(
  r: SimulationResult,
  target: number,
  criterion: CompareOptions['criterion'],
): boolean {
  const a = r.attainment;
  if (criterion === 'intervals') return a.compliantTraffic >= target;
  if (criterion === 'requests') return a.requestsMeetingTargets >= target;
  return a.compliantTraffic >= target && a.requestsMeetingTargets >= target;
}

function rowOf(
  r: SimulationResult,
  fixed: SimulationResult | null,
  target: number,
  criterion: CompareOptions['criterion'],
): ComparisonRow {
  return {
    label: r.label,
    kind: r.policy.kind,
    gpuHours: r.gpuHours,
    costPerDay: r.cost.perDay,
    costPerMonth: r.cost.perMonth,
    savingPct:
      fixed && fixed.cost.perDay > 0
        ? Math.round((1 - r.cost.perDay / fixed.cost.perDay) * 1000) / 10
        : null,
    sloAttainment: r.attainment.requestsMeetingTargets,
    compliantTraffic: r.attainment.compliantTraffic,
    requestsMeetingTargets: r.attainment.requestsMeetingTargets,
    peakTtftP95: r.peak?.ttftP95 ?? null,
    peakSloMet: r.peak?.sloMet ?? null,
    ttftP95: r.latency.ttft.p95,
    e2eP95: r.latency.e2e.p95,
    maxReadyReplicas: r.totals.maxReadyReplicas,
    minReadyReplicas: r.totals.minReadyReplicas,
    scaleEvents: r.scaleEvents.length,
    maxQueueWaitS: r.totals.maxQueueWaitS,
    meetsTarget: meets(r, target, criterion),
  };
}

function pct(x: number): string {
  return `${Math.round(x * 1000) / 10} %`;
}

function verdictOf(
  rows: ComparisonRow[],
  fixedIndex: number,
  target: number,
): string {
  const parts: string[] = [];
  const fixed = fixedIndex >= 0 ? rows[fixedIndex] : null;
  if (fixed)
    parts.push(
      `The fixed deployment (${fixed.label}) ${
        fixed.meetsTarget ? 'meets' : 'does not meet'
      } the attainment target: ${pct(
        fixed.sloAttainment,
      )} of requests meet every SLO target, ${pct(
        fixed.compliantTraffic,
      )} of the traffic is served in SLO-compliant 5-min intervals, at ${
        fixed.gpuHours
      } GPU-hours/day.`,
    );
  for (const kind of verdictKinds()) {
    const r = rows.find(x => x.kind === kind);
    if (!r || !fixed) continue;
    const cheaper = r.gpuHours < fixed.gpuHours;
    const saving = `${Math.abs(r.savingPct ?? 0)} % ${
      cheaper ? 'fewer' : 'more'
    } GPU-hours`;
    const att = `${pct(r.sloAttainment)} of requests meet every target, ${pct(
      r.compliantTraffic,
    )} of the traffic in compliant intervals`;
    if (r.meetsTarget && cheaper)
      parts.push(
        `${r.label} meets the SLO (${att}) with ${saving} than fixed.`,
      );
    else if (r.meetsTarget)
      parts.push(
        `${r.label} meets the SLO (${att}) but does not save: ${saving} than fixed.`,
      );
    else
      parts.push(
        `${r.label} does NOT meet the SLO (${att}; target ${pct(
          target,
        )}), with ${saving} than fixed.`,
      );
  }
  return parts.join(' ');
}

/** Simulates each policy on the same day (same seed) and tabulates them. @public */
export function comparePolicies(
  plan: ScalingPlan,
  pattern: TrafficPattern | Traffic,
  policies: AutoscalerPolicy[],
  options: CompareOptions = {},
): PolicyComparison {
  const day = 'rate' in pattern ? pattern : buildTraffic(pattern);
  const target = options.attainmentTarget ?? 0.99;
  const results = policies.map(p => simulate(plan, day, p, options));
  const fixedIndex = results.findIndex(r => r.policy.kind === 'fixed');
  const fixed = fixedIndex >= 0 ? results[fixedIndex] : null;
  const rows = results.map(r =>
    rowOf(r, fixed, target, options.criterion ?? 'both'),
  );
  return {
    plan,
    traffic: results[0]?.traffic ?? {
      description: day.description,
      peakRps: day.peakRps,
      meanRps: day.meanRps,
      totalRequests: day.totalRequests,
    },
    results,
    rows,
    fixedIndex,
    attainmentTarget: target,
    verdict: verdictOf(rows, fixedIndex, target),
  };
}

/** The recommended policy. @public */
export type PolicyRecommendation = {
  /** what the manifests' autoscaler renders */
  parameters: AutoscalerParameters;
  policy: AutoscalerPolicy;
  label: string;
  result: SimulationResult;
  row: ComparisonRow;
  /** every candidate tried, cheapest first */
  candidates: ComparisonRow[];
  meetsTarget: boolean;
  attainmentTarget: number;
  reason: string;
};

/**
 * Candidate policies searched by {@link recommendPolicy}: the fixed planned size, then, in
 * registry order, each kind's `searchTargets` (KEDA on queue depth at 0.5-2 x the default target
 * with Kubernetes default scale-down and with a gentle one, 1 pod per 2 min; running requests at
 * 40-80 % of max-num-seqs; KV-cache use at 60 %), each with minReplicas 1 and half the planned
 * size.
 * @public
 */
export function candidatePolicies(plan: ScalingPlan): AutoscalerPolicy[] {
  const max = defaultMaxReplicas(plan);
  const mins = Array.from(
    new Set([1, Math.max(1, Math.ceil(plan.replicas / 2))]),
  );
  const out: AutoscalerPolicy[] = [fixedPolicy(plan.replicas)];
  for (const min of mins) {
    for (const kind of POLICY_KINDS) {
      for (const { target, scaleDown } of policyKindSpec(kind).searchTargets(
        plan,
      ))
        out.push(
          hpaPolicy(
            kind as AutoscaledKind,
            target,
            min,
            max,
            scaleDown ? { scaleDown } : {},
          ),
        );
    }
  }
  return out;
}

/**
 * Picks the cheapest policy (GPU-hours, then fewer scale events) whose SLO attainment (by
 * default the fraction of requests meeting every target; see `criterion`) reaches
 * `attainmentTarget` (default 0.99). When none does, returns the candidate with the highest
 * attainment and says so.
 * @public
 */
export function recommendPolicy(
  plan: ScalingPlan,
  pattern: TrafficPattern | Traffic,
  options: CompareOptions & { candidates?: AutoscalerPolicy[] } = {},
): PolicyRecommendation {
  const cands = options.candidates ?? candidatePolicies(plan);
  const cmp = comparePolicies(plan, pattern, cands, options);
  const { index: pick, reason, order } = pickPolicy(cmp);
  const policy = cmp.results[pick].policy;
  return {
    parameters: toParameters(policy),
    policy,
    label: policyLabel(policy),
    result: cmp.results[pick],
    row: cmp.rows[pick],
    candidates: order.map(i => cmp.rows[i]),
    meetsTarget: cmp.rows[pick].meetsTarget,
    attainmentTarget: cmp.attainmentTarget,
    reason,
  };
}

/**
 * The rule of {@link recommendPolicy} on a comparison: the cheapest row (GPU-hours, then fewer
 * scale events) reaching the attainment target; when none does, the one with the best
 * attainment and a "re-plan" reason. `order` lists the rows cheapest first.
 * @public
 */
export function pickPolicy(cmp: PolicyComparison): {
  index: number;
  reason: string;
  order: number[];
} {
  const rows = cmp.rows;
  const target = cmp.attainmentTarget;
  if (!rows.length)
    return { index: -1, reason: 'no policy to compare', order: [] };
  const order = rows
    .map((_r, i) => i)
    .sort(
      (a, b) =>
        rows[a].gpuHours - rows[b].gpuHours ||
        rows[a].scaleEvents - rows[b].scaleEvents ||
        a - b,
    );
  const ok = order.filter(i => rows[i].meetsTarget);
  const fixedRow = cmp.fixedIndex >= 0 ? rows[cmp.fixedIndex] : null;
  if (ok.length) {
    const r = rows[ok[0]];
    return {
      index: ok[0],
      order,
      reason: `cheapest of ${
        rows.length
      } simulated policies reaching the attainment target ${pct(target)} (${pct(
        r.sloAttainment,
      )} of requests meet every target, ${pct(
        r.compliantTraffic,
      )} of the traffic in SLO-compliant intervals): ${
        r.gpuHours
      } GPU-hours/day${
        fixedRow && r.kind !== 'fixed'
          ? ` vs ${fixedRow.gpuHours} for the fixed deployment (${r.savingPct} % saved)`
          : ''
      }`,
    };
  }
  const score = (i: number) =>
    Math.min(rows[i].sloAttainment, rows[i].compliantTraffic);
  const best = order.reduce((b, i) => (score(i) > score(b) ? i : b), order[0]);
  return {
    index: best,
    order,
    reason: `no simulated policy reaches the attainment target ${pct(
      target,
    )}; the best (${rows[best].label}) reaches ${pct(
      rows[best].sloAttainment,
    )} of requests meeting every target: re-plan with more headroom or capacity`,
  };
}
