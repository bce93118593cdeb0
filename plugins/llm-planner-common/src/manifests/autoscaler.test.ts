import { createPlanner } from '../engine/plan';
import { seedKb } from '../engine/__testUtils__/seed';
import type { AutoscalerParameters } from '../scaling/policies';
import { fixedPolicy, hpaPolicy, toParameters } from '../scaling/policies';
import {
  buildTraffic,
  diurnalForPeak,
  prepareScalingPlan,
  recommendPolicy,
} from '../scaling';
import { golden } from './__testUtils__/golden';
import { fixtureRenderInput } from './__testUtils__/plan';
import {
  AutoscalerParametersSchema,
  autoscalerParametersIssues,
  LLM_PLANNER_AUTOSCALER_ANNOTATION,
} from './autoscaler';
import { renderManifests } from './render';
import type { KubeObject } from './types';
import { ManifestValidationError, validateKubeObject } from './validate';

const base = fixtureRenderInput;

/** What `recommendPolicy` returns for a running-requests policy (fixed, so golden files are stable). */
const RUNNING: AutoscalerParameters = {
  kind: 'keda-running',
  minReplicas: 1,
  maxReplicas: 4,
  target: 29.16,
  stabilizationWindowSeconds: 600,
  scaleUp: {
    policies: [
      { type: 'Pods', value: 4, periodSeconds: 15 },
      { type: 'Percent', value: 100, periodSeconds: 15 },
    ],
    selectPolicy: 'Max',
    stabilizationWindowSeconds: 0,
  },
  scaleDown: {
    policies: [{ type: 'Pods', value: 1, periodSeconds: 120 }],
    selectPolicy: 'Max',
  },
};

const find = (objects: KubeObject[], kind: string) =>
  objects.find(o => o.kind === kind) as any;

describe('renderManifests with the recommended autoscaler parameters', () => {
  it.each([
    [
      'deployment-vllm-keda-recommended',
      base({ autoscalerParameters: RUNNING }),
    ],
    [
      'kserve-vllm-hpa-recommended',
      base({
        variant: 'kserve',
        autoscaler: 'hpa-custom-metrics',
        autoscalerParameters: { ...RUNNING, kind: 'keda-queue', target: 2.5 },
      }),
    ],
  ])('matches the golden file %s', (name, input) => {
    golden(name, renderManifests(input).files);
  });

  it('KEDA: one trigger on the policy’s metric, its replicas, windows and rates', () => {
    const { objects, summary } = renderManifests(
      base({ autoscalerParameters: RUNNING }),
    );
    const so = find(objects, 'ScaledObject');
    expect(so.spec).toMatchObject({
      minReplicaCount: 1,
      maxReplicaCount: 4,
      pollingInterval: 30,
      advanced: {
        horizontalPodAutoscalerConfig: {
          behavior: {
            scaleDown: {
              stabilizationWindowSeconds: 600,
              selectPolicy: 'Max',
              policies: [{ type: 'Pods', value: 1, periodSeconds: 120 }],
            },
            scaleUp: {
              stabilizationWindowSeconds: 0,
              selectPolicy: 'Max',
              policies: RUNNING.scaleUp.policies,
            },
          },
        },
      },
    });
    expect(so.spec.triggers).toEqual([
      {
        type: 'prometheus',
        name: 'requests-running',
        metadata: {
          serverAddress: 'http://prometheus-operated.monitoring.svc:9090',
          query:
            'sum(vllm:num_requests_running{namespace="customer-support",service="support-chat"})',
          threshold: '29.16',
        },
      },
    ]);
    expect(so.metadata.annotations[LLM_PLANNER_AUTOSCALER_ANNOTATION]).toMatch(
      /vllm:num_requests_running 29.16 per pod \(1-4 replicas\)/,
    );
    expect(find(objects, 'Deployment').spec.replicas).toBe(1);
    expect(summary).toMatchObject({
      minReplicas: 1,
      maxReplicas: 4,
      requestedGpus: 2,
    });
  });

  it('queue and KV-cache policies read their metric; HPA targets are quantities', () => {
    const kv = renderManifests(
      base({
        autoscalerParameters: {
          ...RUNNING,
          kind: 'keda-kv-cache',
          target: 0.6,
        },
      }),
    );
    const t = find(kv.objects, 'ScaledObject').spec.triggers[0];
    expect(t.name).toBe('kv-cache-usage');
    expect(t.metadata.query).toMatch(/vllm:kv_cache_usage_perc/);
    expect(t.metadata.query).toMatch(/or sum\(vllm:gpu_cache_usage_perc/);
    expect(t.metadata.threshold).toBe('0.6');

    const hpa = find(
      renderManifests(
        base({
          autoscaler: 'hpa-custom-metrics',
          autoscalerParameters: { ...RUNNING, kind: 'keda-queue', target: 2.5 },
        }),
      ).objects,
      'HorizontalPodAutoscaler',
    );
    expect(hpa.spec.minReplicas).toBe(1);
    expect(hpa.spec.maxReplicas).toBe(4);
    expect(hpa.spec.metrics).toEqual([
      {
        type: 'Pods',
        pods: {
          metric: { name: 'vllm_num_requests_waiting' },
          target: { type: 'AverageValue', averageValue: '2500m' },
        },
      },
    ]);
    expect(hpa.spec.behavior.scaleDown.stabilizationWindowSeconds).toBe(600);
  });

  it('KServe with parameters: the planner renders the autoscaler, the predictor carries the bounds', () => {
    const { objects } = renderManifests(
      base({ variant: 'kserve', autoscalerParameters: RUNNING }),
    );
    const isvc = find(objects, 'InferenceService');
    expect(isvc.metadata.annotations['serving.kserve.io/autoscalerClass']).toBe(
      'external',
    );
    expect(isvc.spec.predictor).toMatchObject({
      minReplicas: 1,
      maxReplicas: 4,
    });
    expect(find(objects, 'ScaledObject').spec.scaleTargetRef.name).toBe(
      'support-chat-predictor',
    );
  });

  it('a fixed size renders no autoscaler; CPU policies warn; scale to zero only with KEDA', () => {
    const fixed = renderManifests(
      base({ autoscalerParameters: toParameters(fixedPolicy(3)) }),
    );
    expect(fixed.objects.map(o => o.kind)).not.toContain('ScaledObject');
    expect(find(fixed.objects, 'Deployment').spec.replicas).toBe(3);
    expect(fixed.summary).toMatchObject({ minReplicas: 3, maxReplicas: 3 });
    expect(fixed.warnings.join()).toMatch(/fixed size of 3/);
    const fixedKserve = renderManifests(
      base({
        variant: 'kserve',
        autoscalerParameters: toParameters(fixedPolicy(3)),
      }),
    );
    expect(
      find(fixedKserve.objects, 'InferenceService').metadata.annotations[
        'serving.kserve.io/autoscalerClass'
      ],
    ).toBe('none');

    const cpu = renderManifests(
      base({
        autoscaler: 'hpa-cpu',
        autoscalerParameters: toParameters(hpaPolicy('hpa-cpu', 0.7, 1, 5)),
      }),
    );
    expect(
      find(cpu.objects, 'HorizontalPodAutoscaler').spec.metrics[0],
    ).toEqual({
      type: 'Resource',
      resource: {
        name: 'cpu',
        target: { type: 'Utilization', averageUtilization: 70 },
      },
    });
    expect(cpu.warnings.join()).toMatch(/explicit fallback/);
    const cpuKeda = renderManifests(
      base({
        autoscalerParameters: toParameters(hpaPolicy('hpa-memory', 0.8, 1, 5)),
      }),
    );
    expect(find(cpuKeda.objects, 'ScaledObject').spec.triggers[0]).toEqual({
      type: 'memory',
      name: 'memory-utilization',
      metricType: 'Utilization',
      metadata: { value: '80' },
    });

    // a vLLM-metric policy cannot be rendered as the CPU fallback
    expect(() =>
      renderManifests(
        base({ autoscaler: 'hpa-cpu', autoscalerParameters: RUNNING }),
      ),
    ).toThrow(/render it with autoscaler "keda" or "hpa-custom-metrics"/);

    const zero = { ...RUNNING, minReplicas: 0 };
    const keda0 = renderManifests(base({ autoscalerParameters: zero }));
    expect(find(keda0.objects, 'ScaledObject').spec.minReplicaCount).toBe(0);
    expect(find(keda0.objects, 'Deployment').spec.replicas).toBe(1);
    expect(() =>
      renderManifests(
        base({ autoscaler: 'hpa-custom-metrics', autoscalerParameters: zero }),
      ),
    ).toThrow(/scale to zero/);
  });

  it('validates the parameters before rendering', () => {
    expect(autoscalerParametersIssues(RUNNING)).toEqual([]);
    expect(AutoscalerParametersSchema.safeParse(RUNNING).success).toBe(true);
    const bad = [
      { ...RUNNING, kind: 'hpa-gpu' },
      { ...RUNNING, minReplicas: 5, maxReplicas: 2 },
      { ...RUNNING, target: 0 },
      { ...RUNNING, kind: 'keda-kv-cache', target: 60 },
      { ...RUNNING, extra: true },
      {
        ...RUNNING,
        scaleUp: {
          ...RUNNING.scaleUp,
          policies: [{ type: 'Pods', value: 0, periodSeconds: 15 }],
        },
      },
      { ...RUNNING, stabilizationWindowSeconds: -1 },
    ];
    for (const p of bad) {
      expect(autoscalerParametersIssues(p)).not.toEqual([]);
      expect(() =>
        renderManifests(base({ autoscalerParameters: p as any })),
      ).toThrow(ManifestValidationError);
    }
  });

  it('without parameters the default autoscaler is unchanged (two triggers, plan replicas to 2x)', () => {
    const so = find(renderManifests(base()).objects, 'ScaledObject');
    expect(so.spec.triggers.map((t: any) => t.name)).toEqual([
      'requests-waiting',
      'requests-running',
    ]);
    expect(so.spec.minReplicaCount).toBe(2);
    expect(so.spec.maxReplicaCount).toBe(4);
    expect(so.metadata.annotations[LLM_PLANNER_AUTOSCALER_ANNOTATION]).toBe(
      undefined,
    );
  });

  it('renders schema-valid objects from recommendPolicy on a real plan', () => {
    const planner = createPlanner(seedKb());
    const plan = planner.plan({
      useCase: 'chatbot',
      users: 20000,
      model: 'llama-3.1-8b',
    });
    const sp = prepareScalingPlan(planner.engine, plan, { tablePoints: 33 });
    const rec = recommendPolicy(
      sp,
      buildTraffic(diurnalForPeak(sp.planPeakRps)),
    );
    for (const autoscaler of ['keda', 'hpa-custom-metrics'] as const) {
      for (const variant of ['deployment', 'kserve'] as const) {
        const r = renderManifests(
          base({
            variant,
            autoscaler,
            plan: { id: 'p1', ownerGroup: 'group:default/x', plan },
            autoscalerParameters: rec.parameters,
          }),
        );
        for (const o of r.objects) expect(validateKubeObject(o)).toEqual([]);
        expect(r.summary.maxReplicas).toBe(
          rec.parameters.kind === 'fixed'
            ? rec.parameters.minReplicas
            : rec.parameters.maxReplicas,
        );
      }
    }
  });
});
