import { createPlanner } from '../engine/plan';
import { seedKb } from '../engine/__testUtils__/seed';
import { fixtureRenderInput } from '../manifests/__testUtils__/plan';
import { autoscalerParametersIssues } from '../manifests/autoscaler';
import { renderManifests } from '../manifests/render';
import { validateKubeObject } from '../manifests/validate';
import { hpaPolicy, policyTiming, toParameters } from '../scaling/policies';
import {
  GENTLE_SCALE_DOWN,
  candidatePolicies,
  defaultPolicies,
} from '../scaling/compare';
import { autoscalerKindOf } from '../scaling/decision';
import { prepareScalingPlan, simulate } from '../scaling/simulate';
import type { ScalingPlan } from '../scaling/simulate';
import { buildTraffic, diurnalForPeak } from '../scaling/traffic';
import {
  AUTOSCALER_KINDS,
  AUTOSCALER_POLICY_KINDS,
  AUTOSCALER_RENDERERS,
  AutoscalerKindSchema,
  POLICY_KINDS,
  POLICY_METRIC,
  PolicyKind,
  PolicyKindSchema,
  policyKindSpec,
} from './autoscalers';

const AUTOSCALED = POLICY_KINDS.filter(
  k => policyKindSpec(k).simulation.autoscales,
) as Exclude<PolicyKind, 'fixed'>[];

/** A target in the kind's own unit: 60 % for utilisations, 3 per pod otherwise. */
const targetOf = (kind: PolicyKind) =>
  policyKindSpec(kind).utilisation ? 0.6 : 3;

let scalingPlan: ScalingPlan | undefined;
/** A small seed plan (chatbot on Llama 3.1 8B), prepared once. */
function seedScalingPlan(): ScalingPlan {
  if (!scalingPlan) {
    const planner = createPlanner(seedKb(), { pointEstimates: true });
    scalingPlan = prepareScalingPlan(
      planner.engine,
      planner.plan({ useCase: 'chatbot', users: 20000, model: 'llama-3.1-8b' }),
      { tablePoints: 33 },
    );
  }
  return scalingPlan;
}

describe('autoscaler registry', () => {
  it('derives the zod enums and lists from its keys', () => {
    expect(PolicyKindSchema.options).toEqual(
      Object.keys(AUTOSCALER_POLICY_KINDS),
    );
    expect(AutoscalerKindSchema.options).toEqual(
      Object.keys(AUTOSCALER_RENDERERS),
    );
    expect(AUTOSCALER_KINDS).toEqual(['keda', 'hpa-custom-metrics', 'hpa-cpu']);
    expect(PolicyKindSchema.safeParse('keda-foo').success).toBe(false);
    for (const kind of POLICY_KINDS) {
      expect(POLICY_METRIC[kind]).toBe(policyKindSpec(kind).metric);
    }
  });

  it('times KEDA kinds on its 30 s polling, HPA kinds on the 15 s sync; only KEDA scales to zero', () => {
    for (const kind of AUTOSCALED) {
      const { manifest, simulation } = policyKindSpec(kind);
      const keda = manifest.object === 'keda';
      const timing = policyTiming(hpaPolicy(kind, targetOf(kind), 1, 4));
      expect([kind, timing.syncPeriodSeconds]).toEqual([kind, keda ? 30 : 15]);
      expect([kind, simulation.scalesToZero]).toEqual([kind, keda]);
    }
  });

  it('refuses utilisation targets given in percent instead of as a fraction', () => {
    for (const kind of AUTOSCALED.filter(k => policyKindSpec(k).utilisation)) {
      const p = toParameters(hpaPolicy(kind, 70, 1, 4));
      expect([kind, autoscalerParametersIssues(p)]).toEqual([
        kind,
        [expect.stringMatching(/^autoscalerParameters: .*fraction/)],
      ]);
      expect(
        autoscalerParametersIssues(toParameters(hpaPolicy(kind, 0.7, 1, 4))),
      ).toEqual([]);
    }
  });

  it('hpa-kv-cache: KV-cache pressure on a plain HPA through prometheus-adapter, compared by default', () => {
    const params = toParameters(hpaPolicy('hpa-kv-cache', 0.45, 1, 4));
    expect(autoscalerKindOf(params)).toBe('hpa-custom-metrics');
    expect(policyTiming(params).syncPeriodSeconds).toBe(15);
    const { objects } = renderManifests(
      fixtureRenderInput({
        autoscaler: autoscalerKindOf(params),
        autoscalerParameters: params,
      }),
    );
    const hpa = objects.find(o => o.kind === 'HorizontalPodAutoscaler')!;
    expect(hpa.spec).toMatchObject({
      maxReplicas: 4,
      metrics: [
        {
          type: 'Pods',
          pods: {
            metric: { name: 'vllm_gpu_cache_usage_perc' },
            target: { type: 'AverageValue', averageValue: '450m' },
          },
        },
      ],
    });
    const sp = seedScalingPlan();
    const compared = defaultPolicies(sp).find(p => p.kind === 'hpa-kv-cache');
    expect(compared?.target).toBe(
      defaultPolicies(sp).find(p => p.kind === 'keda-kv-cache')?.target,
    );
  });

  it('the policy search tries each kind at its searchTargets, for each minimum size', () => {
    const sp = seedScalingPlan();
    const [fixed, ...searched] = candidatePolicies(sp);
    expect(fixed).toMatchObject({ kind: 'fixed', minReplicas: sp.replicas });
    const mins = Array.from(new Set(searched.map(p => p.minReplicas)));
    expect(mins).toEqual([1, Math.ceil(sp.replicas / 2)]);
    for (const kind of POLICY_KINDS) {
      const tried = policyKindSpec(kind)
        .searchTargets(sp)
        .map(({ target, scaleDown }) => [target, scaleDown ?? null]);
      const perMin = mins.map(min =>
        searched
          .filter(p => p.kind === kind && p.minReplicas === min)
          .map(p => [
            p.target,
            p.scaleDown === GENTLE_SCALE_DOWN ? p.scaleDown : null,
          ]),
      );
      expect([kind, perMin]).toEqual([kind, mins.map(() => tried)]);
    }
    expect(Array.from(new Set(searched.map(p => p.kind)))).toEqual([
      'keda-queue',
      'keda-running',
      'keda-kv-cache',
    ]);
  });

  describe.each(AUTOSCALED)('%s', kind => {
    const spec = policyKindSpec(kind);
    const params = toParameters(hpaPolicy(kind, targetOf(kind), 1, 4));
    const renderers = AUTOSCALER_KINDS.filter(
      a => AUTOSCALER_RENDERERS[a].vllmMetrics || spec.manifest.resource,
    );

    it.each(renderers)(
      'renders valid manifests with the %s autoscaler, labelled with the policy',
      autoscaler => {
        const { objects } = renderManifests(
          fixtureRenderInput({ autoscaler, autoscalerParameters: params }),
        );
        const object = AUTOSCALER_RENDERERS[autoscaler].object;
        const rendered = objects.find(o =>
          object === 'keda'
            ? o.kind === 'ScaledObject'
            : o.kind === 'HorizontalPodAutoscaler',
        )!;
        expect(validateKubeObject(rendered)).toEqual([]);
        expect(
          rendered.metadata.annotations?.['llm-planner.io/autoscaler-policy'],
        ).toContain(spec.annotation(params));
      },
    );

    it('is what the simulation scales on: the timeline signal is its hook of the pool', () => {
      const sp = seedScalingPlan();
      // min = max: the replicas stay put, so row averages of the pool are comparable
      const r = simulate(
        sp,
        buildTraffic(diurnalForPeak(sp.planPeakRps)),
        hpaPolicy(kind, targetOf(kind), sp.replicas, sp.replicas),
        { warmupSeconds: 0 },
      );
      const rows = r.timeline.filter(
        row => row.readyReplicas === sp.replicas && row.running > 0.5,
      );
      expect(rows.length).toBeGreaterThan(100);
      for (const row of rows.filter((_, i) => i % 25 === 0)) {
        const n = row.readyReplicas;
        const pool = {
          readyPods: n,
          waiting: row.queue,
          running: row.running,
          cpuUtilisation: row.cpuUtil * n,
          memoryUtilisation: row.memoryUtil * n,
          kvCacheUse: row.kvUse * n,
        };
        expect(row.signal).toBeCloseTo(spec.simulation.signal(pool) / n, 1);
      }
    });
  });
});
