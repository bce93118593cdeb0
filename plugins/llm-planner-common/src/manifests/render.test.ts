import { parse } from 'yaml';
import { createPlanner } from '../engine/plan';
import { seedKb } from '../engine/__testUtils__/seed';
import { golden } from './__testUtils__/golden';
import { fixturePlan, fixtureRenderInput } from './__testUtils__/plan';
import {
  kvCacheTokensFor,
  maxModelLenFor,
  maxNumSeqsFor,
  renderManifests,
} from './render';
import { ManifestValidationError, validateKubeObject } from './validate';
import { hpaPolicy, toParameters } from '../scaling/policies';

const base = fixtureRenderInput;

describe('renderManifests', () => {
  it.each([
    ['deployment-vllm-keda', base()],
    [
      'deployment-vllm-hpa-custom-metrics',
      base({ autoscaler: 'hpa-custom-metrics' }),
    ],
    ['deployment-simulator-keda', base({ runtime: 'simulator' })],
    ['kserve-vllm-keda', base({ variant: 'kserve' })],
    ['kserve-vllm-hpa-cpu', base({ variant: 'kserve', autoscaler: 'hpa-cpu' })],
  ])('matches the golden file %s', (name, input) => {
    golden(name, renderManifests(input).files);
  });

  it('is deterministic: same plan, same bytes, whatever the key order of the input', () => {
    const a = renderManifests(base());
    const shuffled = fixturePlan();
    const rec = shuffled.plan.recommendations[0] as Record<string, unknown>;
    const reversed = Object.fromEntries(Object.entries(rec).reverse());
    const b = renderManifests(
      base({
        plan: {
          ...shuffled,
          plan: { ...shuffled.plan, recommendations: [reversed as any] },
        },
      }),
    );
    expect(b.files).toEqual(a.files);
    expect(renderManifests(base()).files).toEqual(a.files);
  });

  it('renders a vLLM Deployment with the plan’s numbers, GPUs, node selector and probes', () => {
    const { objects, summary } = renderManifests(base());
    expect(objects.map(o => o.kind)).toEqual([
      'Service',
      'Deployment',
      'PodDisruptionBudget',
      'NetworkPolicy',
      'ServiceMonitor',
      'ScaledObject',
    ]);
    const deployment = objects[1] as any;
    expect(deployment.spec.replicas).toBe(2);
    const c = deployment.spec.template.spec.containers[0];
    expect(c.args).toEqual([
      '--model',
      'meta-llama/Llama-3.1-8B-Instruct',
      '--served-model-name',
      'meta-llama/Llama-3.1-8B-Instruct',
      '--tensor-parallel-size',
      '2',
      '--max-model-len',
      '3072',
      '--max-num-seqs',
      '48',
      '--port',
      '8000',
    ]);
    expect(c.resources.requests['nvidia.com/gpu']).toBe('2');
    expect(c.resources.limits['nvidia.com/gpu']).toBe('2');
    expect(c.readinessProbe.httpGet.path).toBe('/health');
    expect(deployment.spec.template.spec.nodeSelector).toEqual({
      'nvidia.com/gpu.product': 'NVIDIA-H100-80GB-HBM3',
    });
    expect(summary).toMatchObject({
      minReplicas: 2,
      maxReplicas: 4,
      requestedGpus: 4,
      maxNumSeqs: 48,
    });
  });

  it('labels every object with the plan, the entity and the manager', () => {
    for (const variant of ['deployment', 'kserve'] as const) {
      for (const o of renderManifests(base({ variant })).objects) {
        expect(o.metadata.namespace).toBe('customer-support');
        expect(o.metadata.labels).toMatchObject({
          'app.kubernetes.io/name': 'vllm',
          'app.kubernetes.io/instance': 'support-chat',
          'app.kubernetes.io/managed-by': 'backstage-llm-planner',
          'app.kubernetes.io/part-of': 'llm-inference-platform',
          'llm-planner.io/plan-id': '7f1c2b9e-3d4a-4c5b-9e8f-0a1b2c3d4e5f',
          'backstage.io/kubernetes-id': 'support-chat',
        });
      }
    }
  });

  it('autoscales KEDA on vLLM queue and running requests of this service', () => {
    const so = renderManifests(base()).objects.find(
      o => o.kind === 'ScaledObject',
    ) as any;
    expect(so.spec.minReplicaCount).toBe(2);
    expect(so.spec.maxReplicaCount).toBe(4);
    expect(so.spec.triggers.map((t: any) => t.metadata.query)).toEqual([
      'sum(vllm:num_requests_waiting{namespace="customer-support",service="support-chat"})',
      'sum(vllm:num_requests_running{namespace="customer-support",service="support-chat"})',
    ]);
    expect(so.spec.triggers.map((t: any) => t.metadata.threshold)).toEqual([
      '5',
      '38',
    ]);
  });

  it('uses the scaling recommendation for max replicas when the plan has one', () => {
    const plan = fixturePlan();
    plan.plan.scaling = { maxReplicas: 7 };
    expect(renderManifests(base({ plan })).summary.maxReplicas).toBe(7);
  });

  it('HPA on custom metrics uses Pods metrics, CPU only as an explicit fallback with a warning', () => {
    const custom = renderManifests(base({ autoscaler: 'hpa-custom-metrics' }));
    const hpa = custom.objects.find(
      o => o.kind === 'HorizontalPodAutoscaler',
    ) as any;
    expect(hpa.spec.metrics.map((m: any) => m.type)).toEqual(['Pods', 'Pods']);
    expect(custom.warnings).toEqual([]);
    const cpu = renderManifests(base({ autoscaler: 'hpa-cpu' }));
    expect(
      (cpu.objects.find(o => o.kind === 'HorizontalPodAutoscaler') as any).spec
        .metrics[0].resource.name,
    ).toBe('cpu');
    expect(cpu.warnings.join()).toMatch(/explicit fallback/);
  });

  it('the simulator variant runs packages/inference-simulator without GPUs, timed as the recommendation', () => {
    const { objects, summary } = renderManifests(
      base({ runtime: 'simulator', images: { simulator: 'sim:1' } }),
    );
    const pod = (objects.find(o => o.kind === 'Deployment') as any).spec
      .template.spec;
    const c = pod.containers[0];
    expect(c.image).toBe('sim:1');
    expect([...c.command, ...c.args].join(' ')).toBe(
      'node packages/inference-simulator/bin/inference-simulator --model meta-llama/Llama-3.1-8B-Instruct --served-model-name meta-llama/Llama-3.1-8B-Instruct --gpu H100-SXM-80GB --tp 2 --engine vllm --precision bf16 --input-tokens 900 --output-tokens 250 --max-num-seqs 48 --kv-cache-tokens 976104 --max-model-len 3072 --host 0.0.0.0 --port 8000',
    );
    expect(JSON.stringify(c.resources)).not.toMatch(/gpu/);
    expect(pod.nodeSelector).toBeUndefined();
    expect(summary.requestedGpus).toBe(0);
  });

  it('KServe: an InferenceService with the vLLM container and an external autoscaler on its predictor', () => {
    const { objects } = renderManifests(base({ variant: 'kserve' }));
    expect(objects.map(o => o.kind)).toEqual([
      'InferenceService',
      'PodDisruptionBudget',
      'NetworkPolicy',
      'ServiceMonitor',
      'ScaledObject',
    ]);
    const isvc = objects[0] as any;
    expect(isvc.metadata.annotations['serving.kserve.io/autoscalerClass']).toBe(
      'external',
    );
    expect(isvc.spec.predictor.minReplicas).toBe(2);
    expect(isvc.spec.predictor.containers[0].name).toBe('kserve-container');
    expect((objects[4] as any).spec.scaleTargetRef.name).toBe(
      'support-chat-predictor',
    );
  });

  it('bounds --max-model-len by the model context and warns', () => {
    expect(
      maxModelLenFor({
        inputTokens: { mean: 100, p50: null, p90: null },
        outputTokens: { mean: 100, p50: null, p90: null },
      }).value,
    ).toBe(2048);
    const r = renderManifests(base({ modelMaxContext: 2000 }));
    expect(r.summary.maxModelLen).toBe(2000);
    expect(r.warnings.join()).toMatch(/clipped/);
  });

  it('derives --max-num-seqs and the KV budget from the recommendation', () => {
    const rec = fixturePlan().plan.recommendations[0];
    expect(maxNumSeqsFor(rec)).toBe(48);
    expect(
      maxNumSeqsFor({ ...rec, memory: { ...rec.memory, maxConcurrency: 10 } }),
    ).toBe(10);
    expect(kvCacheTokensFor(rec, 3072)).toBe(976104);
  });

  it('refuses invalid names before rendering anything', () => {
    expect(() =>
      renderManifests(base({ serviceName: 'Support_Chat' })),
    ).toThrow(ManifestValidationError);
    expect(() => renderManifests(base({ namespace: 'team/b' }))).toThrow(
      /not a valid DNS-1123 label/,
    );
    expect(() =>
      renderManifests(base({ plan: fixturePlan({}, { id: 'not a label!' }) })),
    ).toThrow(/label llm-planner.io\/plan-id value "not a label!" invalid/);
  });

  it('every YAML file parses back to the object it came from', () => {
    const r = renderManifests(base({ variant: 'kserve' }));
    r.objects.forEach((o, i) => expect(parse(r.files[i].content)).toEqual(o));
    expect(parse(r.files[r.files.length - 1].content).resources).toHaveLength(
      r.objects.length,
    );
  });

  it('renders schema-valid objects for the engine’s real plans of every recommendation', () => {
    const planner = createPlanner(seedKb());
    const plan = planner.plan({ useCase: 'chatbot', users: 1000 });
    expect(plan.recommendations.length).toBeGreaterThan(0);
    plan.recommendations.forEach((_rec, i) => {
      for (const variant of ['deployment', 'kserve'] as const) {
        const r = renderManifests(
          base({
            variant,
            recommendationIndex: i,
            plan: { id: 'p1', ownerGroup: 'group:default/x', plan },
          }),
        );
        for (const o of r.objects) expect(validateKubeObject(o)).toEqual([]);
      }
    });
  });
});

describe('the availability floor of the plan', () => {
  const n1 = {
    replicas: 1,
    availability: {
      policy: 'n+1' as const,
      minReplicas: 2,
      reason: 'n+1: one replica can fail',
    },
  };

  it('keeps at least the floor in the autoscaler and the Deployment', () => {
    const { objects, summary } = renderManifests(
      base({ plan: fixturePlan(n1) }),
    );
    expect(summary.minReplicas).toBe(2);
    const deployment = objects.find(o => o.kind === 'Deployment') as any;
    expect(deployment.spec.replicas).toBe(2);
    const pdb = objects.find(o => o.kind === 'PodDisruptionBudget') as any;
    // one of the two may drain: the rest still meets the SLO at peak
    expect(pdb.spec.maxUnavailable).toBe(1);
  });

  it('does not let a scaling recommendation go below the floor or to zero', () => {
    const { summary } = renderManifests(
      base({
        plan: fixturePlan(n1),
        autoscaler: 'keda',
        autoscalerParameters: toParameters(hpaPolicy('keda-running', 20, 0, 4)),
      }),
    );
    expect(summary.minReplicas).toBe(2);
  });
});
