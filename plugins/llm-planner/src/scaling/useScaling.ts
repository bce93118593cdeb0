import {
  AutoscalerPolicy,
  AutoscalingDecision,
  candidatePolicies,
  CompareOptions,
  DECISION_SIMULATION,
  decisionOfComparison,
  decisionWithoutSimulation,
  defaultPolicies,
  diurnalForPeak,
  Plan,
  planTrafficAssumption,
  prepareScalingPlan,
  ScalingPlan,
  TrafficPattern,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { useEffect, useMemo, useState } from 'react';
import { usePlanner } from '../hooks/usePlanner';
import type { ScalingOutcome } from './compute';
import { runScalingCached } from './run';

/** Identifies what the simulation of a plan depends on (its first recommendation and workload). */
export function planKey(plan: Plan): string {
  const r = plan.recommendations[0];
  if (!r) return 'none';
  return JSON.stringify([
    plan.workload,
    r.modelId,
    r.gpuId,
    r.tp,
    r.engine,
    r.precision,
    r.replicas,
    r.capacityConcurrencyPerReplica,
    r.memory.maxConcurrency,
    r.cost.pricing,
    r.cost.pricePerGpuHour,
  ]);
}

const prepared = new Map<string, ScalingPlan>();

/**
 * The plan prepared for simulation (its latency table read once from the in-browser engine),
 * a macrotask after the first render so the tab paints first.
 */
export function useScalingPlan(
  plan: Plan,
  enabled = true,
): {
  sp?: ScalingPlan;
  loading: boolean;
  error?: string;
} {
  const { planner, error: kbError } = usePlanner();
  const key = planKey(plan);
  const [state, setState] = useState<{
    key?: string;
    sp?: ScalingPlan;
    error?: string;
  }>(() => (prepared.has(key) ? { key, sp: prepared.get(key) } : {}));
  useEffect(() => {
    if (!enabled || !planner || state.key === key) return undefined;
    if (!plan.recommendations.length) {
      setState({
        key,
        error:
          'No configuration meets the targets, so there is nothing to simulate.',
      });
      return undefined;
    }
    const hit = prepared.get(key);
    if (hit) {
      setState({ key, sp: hit });
      return undefined;
    }
    const timer = setTimeout(() => {
      try {
        const sp = prepareScalingPlan(planner.engine, plan);
        prepared.set(key, sp);
        if (prepared.size > 8) prepared.delete(prepared.keys().next().value!);
        setState({ key, sp });
      } catch (e) {
        setState({ key, error: e instanceof Error ? e.message : String(e) });
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [planner, plan, key, state.key, enabled]);
  if (kbError)
    return {
      loading: false,
      error: `The knowledge base did not load: ${kbError.message}`,
    };
  const current = state.key === key;
  return {
    sp: current ? state.sp : undefined,
    error: current ? state.error : undefined,
    loading: !current,
  };
}

/**
 * A comparison of policies on a day of traffic, run in the simulation worker after the inputs
 * settle (`debounceMs`), memoised across tabs. The previous outcome stays shown (marked stale)
 * while the next one runs: no layout jump, typing never waits for a simulation.
 */
export function useScalingComparison(
  sp: ScalingPlan | undefined,
  pattern: TrafficPattern | undefined,
  policies: AutoscalerPolicy[],
  options: CompareOptions = {},
  debounceMs = 250,
): {
  outcome?: ScalingOutcome;
  running: boolean;
  stale: boolean;
  error?: string;
} {
  const key = useMemo(
    () =>
      sp && pattern && policies.length
        ? JSON.stringify([
            sp.label,
            sp.planPeakRps,
            sp.slo,
            pattern,
            policies,
            options,
          ])
        : undefined,
    [sp, pattern, policies, options],
  );
  const [state, setState] = useState<{
    key?: string;
    outcome?: ScalingOutcome;
    error?: string;
    running: boolean;
  }>({ running: false });
  useEffect(() => {
    if (!key || !sp || !pattern) return undefined;
    let live = true;
    setState(s => ({ ...s, running: true }));
    const timer = setTimeout(() => {
      runScalingCached(key, { plan: sp, pattern, policies, options }).then(
        outcome => live && setState({ key, outcome, running: false }),
        e =>
          live &&
          setState(s => ({
            ...s,
            key,
            error: e instanceof Error ? e.message : String(e),
            running: false,
          })),
      );
    }, debounceMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // the key covers sp, pattern, policies and options
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, debounceMs]);
  return {
    outcome: state.outcome,
    running: state.running || (!!key && state.key !== key),
    stale: !!state.outcome && state.key !== key,
    error: state.key === key ? state.error : undefined,
  };
}

/** The plan's default day (office-hours at the planned peak) and the default policies. */
export function useDefaultScaling(plan: Plan) {
  const { sp, loading, error } = useScalingPlan(plan);
  const pattern = useMemo(
    () => (sp ? diurnalForPeak(sp.planPeakRps) : undefined),
    [sp],
  );
  const policies = useMemo(() => (sp ? defaultPolicies(sp) : []), [sp]);
  const cmp = useScalingComparison(sp, pattern, policies, undefined, 0);
  return {
    sp,
    pattern,
    ...cmp,
    running: loading || cmp.running,
    error: error ?? cmp.error,
  };
}

/**
 * The plan's autoscaler decision: the one stored with the plan where it has one, else derived
 * here by the computation the backend runs for the template (the candidate policies on the
 * plan's traffic assumption, in the simulation worker; a batch plan's CronJob without
 * simulation); deterministic, so both agree.
 */
export function usePlanAutoscaling(plan: Plan): {
  decision?: AutoscalingDecision;
  derived: boolean;
  loading: boolean;
  error?: string;
} {
  const stored = plan.autoscaling ?? undefined;
  const planned = useMemo(
    () => (stored ? undefined : decisionWithoutSimulation(plan) ?? undefined),
    [plan, stored],
  );
  const simulated = !stored && !planned;
  const { sp, error: spError } = useScalingPlan(plan, simulated);
  const pattern = useMemo(
    () => (simulated ? planTrafficAssumption(plan).pattern : undefined),
    [plan, simulated],
  );
  const policies = useMemo(() => (sp ? candidatePolicies(sp) : []), [sp]);
  const { outcome, error } = useScalingComparison(
    simulated ? sp : undefined,
    pattern,
    policies,
    DECISION_SIMULATION,
    0,
  );
  const derived = useMemo(
    () =>
      outcome ? decisionOfComparison(plan, outcome.comparison) : undefined,
    [outcome, plan],
  );
  if (stored) return { decision: stored, derived: false, loading: false };
  if (planned) return { decision: planned, derived: true, loading: false };
  if (!plan.recommendations.length)
    return {
      derived: true,
      loading: false,
      error: 'the plan has no recommendation',
    };
  return {
    decision: derived,
    derived: true,
    loading: !derived && !(spError ?? error),
    error: spError ?? error,
  };
}
