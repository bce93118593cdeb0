/**
 * The plan's one autoscaler decision: made once, from the plan and its traffic assumption, by
 * the scaling simulation (`recommendPolicy`), stored with the plan by the backend, and used
 * unchanged by the Scaling tab, the Manifests preview, the software template and the published
 * repository. A batch plan is decided without simulation: its CronJob runs the job at the
 * planned size inside its window and nothing runs between runs.
 */
import type { Engine } from '../engine/predictor';
import type { BatchJob, BatchSizing, Interval, Plan } from '../engine/schemas';
import { batchJobOfPlan } from '../manifests/batchJob';
import { roundTo } from '../stats';
import type { BatchRunWindow } from './batchWindow';
import { batchRunWindow } from './batchWindow';
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
  /** a batch plan: the confidence its run was sized to finish inside the window at */
  attainmentTarget: number;
  /** the plan's traffic assumption the day was simulated on; null for a batch plan (no simulation) */
  traffic: { pattern: DiurnalPattern; description: string } | null;
  /** kept for clients of the first API: the traffic description (a batch plan: its window) */
  pattern: string;
  router: Router;
  /** the object it renders by default: KEDA for vLLM metrics, HPA for CPU/memory, none if fixed or batch */
  renders: AutoscalerObject;
  gpuHoursPerDay: number;
  /** GPU-hours a day at the fixed size (a batch plan: its pods held all day, for comparison) */
  fixedGpuHoursPerDay: number | null;
  /** the configuration decided for (`model|gpu|tp|engine|precision`, replicas) */
  configuration: string;
  /** a batch plan's run as decided (absent for an interactive plan) */
  batch?: BatchDecisionRun;
};

/** A batch plan's run as its decision states it: window, size and GPU-hours. @public */
export type BatchDecisionRun = BatchRunWindow & {
  /** pods of one run (the plan's replicas) */
  podsPerRun: number;
  gpusPerRun: number;
  /** expected wall-clock hours of a run, start-up included, with its interval */
  runHours: Interval | null;
  /** run hours at the confidence the plan was sized at */
  runHoursAtConfidence: number | null;
  gpuHoursPerRun: number | null;
  confidence: number | null;
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

/** The batch kind's parameters: every pod of a run at once, none between runs. */
function cronJobParameters(podsPerRun: number): AutoscalerParameters {
  return {
    kind: 'cronjob',
    minReplicas: podsPerRun,
    maxReplicas: podsPerRun,
    target: 0,
    stabilizationWindowSeconds: 0,
    scaleUp: { policies: [], selectPolicy: 'Disabled' },
    scaleDown: { policies: [], selectPolicy: 'Disabled' },
  };
}

const hours = (x: number) => `${roundTo(x, 2)} h`;

/** The run of a batch plan: its window, pods and GPU-hours (sizing of its first recommendation). */
function batchRunOf(
  plan: Plan,
  job: BatchJob,
  sizing: BatchSizing | null,
): BatchDecisionRun {
  const rec = plan.recommendations[0];
  return {
    ...batchRunWindow(job),
    podsPerRun: rec.replicas,
    gpusPerRun: rec.gpus,
    runHours: sizing?.runHours ?? null,
    runHoursAtConfidence: sizing?.runHoursAtConfidence ?? null,
    gpuHoursPerRun: sizing?.gpuHoursPerRun.value ?? null,
    confidence: sizing?.confidence ?? null,
  };
}

/** The run finishes inside its window at the confidence it was sized at. */
function finishesInsideWindow(run: BatchDecisionRun): boolean {
  return (
    run.runHoursAtConfidence !== null &&
    run.runHoursAtConfidence <= run.windowHours
  );
}

/** Why the batch decision is what it is: window, run time and GPU-hours per run and per day. */
function batchReason(run: BatchDecisionRun, meetsTarget: boolean): string {
  const what = `no autoscaler: a CronJob runs the job at its planned size (${run.podsPerRun} pod(s), ${run.gpusPerRun} GPU(s)) inside its window, ${run.description}, and scales to zero between runs`;
  if (run.runHours === null || run.runHoursAtConfidence === null)
    return `${what}; the plan carries no sizing of a run, so whether it finishes inside the window is unknown`;
  const expected = `a run is expected to take ${hours(
    run.runHours.value,
  )} (${roundTo(run.runHours.low, 2)}-${hours(run.runHours.high)}, ${Math.round(
    run.runHours.level * 100,
  )} % interval)`;
  const atConfidence = `${hours(run.runHoursAtConfidence)} at the ${
    run.confidence
  } confidence`;
  const fit = meetsTarget
    ? `${atConfidence}, inside the ${hours(run.windowHours)} window (deadline ${
        run.deadline
      } UTC)`
    : `${atConfidence}, past the ${hours(run.windowHours)} window (deadline ${
        run.deadline
      } UTC): the run would be stopped at the deadline; re-plan for this window`;
  const gpuHours = `${run.gpuHoursPerRun} GPU-hours per run x ${
    run.runsPerDay
  } run(s) a day = ${roundTo(
    (run.gpuHoursPerRun ?? 0) * run.runsPerDay,
    2,
  )} GPU-hours a day`;
  return `${what}; ${expected}, ${fit}; ${gpuHours}`;
}

/** The decision of a batch plan, made from its sizing without simulating any traffic. */
function batchDecision(plan: Plan, job: BatchJob): AutoscalingDecision {
  const rec = plan.recommendations[0];
  const run = batchRunOf(plan, job, rec.batch ?? plan.batch?.sizing ?? null);
  const meetsTarget = finishesInsideWindow(run);
  const parameters = cronJobParameters(rec.replicas);
  return {
    version: AUTOSCALING_DECISION_VERSION,
    parameters,
    label: policyLabel(parameters),
    reason: batchReason(run, meetsTarget),
    meetsTarget,
    attainmentTarget: run.confidence ?? 0,
    traffic: null,
    pattern: run.description,
    router: DECISION_SIMULATION.router,
    renders: autoscalerObjectOf(parameters),
    gpuHoursPerDay: roundTo((run.gpuHoursPerRun ?? 0) * job.runsPerDay, 2),
    fixedGpuHoursPerDay: rec.gpus * 24,
    configuration: configurationOf(plan),
    batch: run,
  };
}

/**
 * The decision of a plan that needs no simulation: a batch plan's CronJob (its run at the
 * planned size inside the window, nothing between runs). Null for an interactive plan, whose
 * day must be simulated, and for a plan without a recommendation.
 * @public
 */
export function decisionWithoutSimulation(
  plan: Plan,
): AutoscalingDecision | null {
  const job = batchJobOfPlan(plan);
  if (!job || !plan.recommendations.length) return null;
  return batchDecision(plan, job);
}

/**
 * The decision from a comparison of {@link candidatePolicies} on the plan's traffic assumption
 * (as the browser's simulation worker returns it). A batch plan's decision does not depend on
 * a comparison: {@link decisionWithoutSimulation}'s.
 * @public
 */
export function decisionOfComparison(
  plan: Plan,
  cmp: PolicyComparison,
): AutoscalingDecision {
  const planned = decisionWithoutSimulation(plan);
  if (planned) return planned;
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
 * meets the SLO (`recommendPolicy`'s rule). A batch plan is decided without simulation
 * ({@link decisionWithoutSimulation}). Deterministic: the same plan and knowledge base give
 * the same decision. Null when the plan has no recommendation.
 * @public
 */
export function decideAutoscaling(
  engine: Engine,
  plan: Plan,
): AutoscalingDecision | null {
  if (!plan.recommendations.length) return null;
  const planned = decisionWithoutSimulation(plan);
  if (planned) return planned;
  const sp = prepareScalingPlan(engine, plan);
  return decisionOfComparison(plan, decisionComparison(sp, plan));
}

/** A decision in one line. @public */
export function decisionText(d: AutoscalingDecision): string {
  if (d.parameters.kind === 'fixed')
    return `no autoscaler: fixed ${d.parameters.minReplicas} replica(s) (${d.reason})`;
  return `${d.label} (${d.reason})`;
}
