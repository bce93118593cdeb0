import {
  KubeObject,
  renderManifests,
  TEAM_LIMIT_RANGE,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import type {
  BatchJob,
  Plan,
  Recommendation,
  Workload,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { gpusOf, tightestGpuQuota } from '../kubernetes/gpus';
import {
  APPLYABLE_KINDS,
  limitRangeRefusals,
  tenancyIssues,
} from './applyManifests';

const NS = 'customer-support';

/** A batch plan of 3 pods of 2 x H100 per run, rendered as the render action does. */
function batchObjects(replicas = 3, tp = 2): KubeObject[] {
  const rec = {
    rank: 1,
    modelId: 'llama-3.1-8b-instruct',
    hfId: 'meta-llama/Llama-3.1-8B-Instruct',
    gpuId: 'H100-SXM-80GB',
    tp,
    engine: 'vllm',
    precision: 'bf16',
    replicas,
    gpus: replicas * tp,
    capacityConcurrencyPerReplica: 64,
    capacityRpsPerReplica: 2,
    memory: { feasible: true, tp, maxConcurrency: 120 },
    availability: { policy: 'best-effort', minReplicas: 0, reason: 'batch' },
  } as unknown as Recommendation;
  const job: BatchJob = {
    itemsPerRun: 20000,
    runsPerDay: 1,
    windowHours: 8,
    startTime: '00:00',
    inputTokens: 2588,
    outputTokens: 291,
    tokensFrom: '',
  };
  return renderManifests({
    plan: {
      id: '7f1c2b9e-3d4a-4c5b-9e8f-0a1b2c3d4e5f',
      ownerGroup: 'group:default/customer-support',
      plan: {
        recommendations: [rec],
        workload: {
          inputTokens: { mean: 2588, p50: null, p90: null },
          outputTokens: { mean: 291, p50: null, p90: null },
        } as unknown as Workload,
        workloadKind: 'batch',
        batch: { job, sizing: null, method: [] } as Plan['batch'],
      },
    },
    variant: 'deployment',
    runtime: 'vllm',
    namespace: NS,
    serviceName: 'nightly-summaries',
    entityRef: 'component:default/nightly-summaries',
    autoscaler: 'keda',
  }).objects;
}

describe('applying a batch plan (CronJob)', () => {
  const objects = batchObjects();
  const cronJob = objects.find(o => o.kind === 'CronJob')!;

  it('a CronJob in the team namespace is a kind the action applies', () => {
    expect(APPLYABLE_KINDS.has('batch/v1/CronJob')).toBe(true);
    expect(tenancyIssues(objects, NS)).toEqual([]);
    expect(tenancyIssues(objects, 'search-ai')[0]).toMatch(
      /^CronJob\/nightly-summaries targets namespace "customer-support", not the team namespace "search-ai"/,
    );
  });

  it('counts the GPUs of one run against the quota: pods in parallel x GPUs per pod', () => {
    expect(gpusOf(cronJob)).toBe(3 * 2);
    expect(gpusOf(objects.find(o => o.kind === 'NetworkPolicy'))).toBe(0);
    const job = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'one-off', namespace: NS },
      spec: (cronJob.spec as any).jobTemplate.spec,
    };
    expect(gpusOf(job)).toBe(6);
    // a quota of 4 GPUs leaves less than a run needs
    const quota = tightestGpuQuota([
      {
        apiVersion: 'v1',
        kind: 'ResourceQuota',
        metadata: { name: 'gpu', namespace: NS },
        spec: { hard: { 'requests.nvidia.com/gpu': '4' } },
      },
    ])!;
    expect(gpusOf(cronJob)).toBeGreaterThan(quota.remaining);
  });

  it('checks the run pods against the team LimitRange', () => {
    const teamLimits: KubeObject = {
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: { name: 'team-defaults', namespace: NS },
      spec: TEAM_LIMIT_RANGE,
    };
    expect(limitRangeRefusals(objects, [teamLimits])).toEqual([]);
    const tooBig = JSON.parse(JSON.stringify(cronJob)) as KubeObject;
    const c = (tooBig.spec as any).jobTemplate.spec.template.spec.containers[0];
    c.resources.limits.memory = '512Gi';
    c.resources.requests.memory = '512Gi';
    expect(limitRangeRefusals([tooBig], [teamLimits])[0]).toMatch(
      /^CronJob\/nightly-summaries: container server: memory limit 512Gi exceeds the LimitRange maximum/,
    );
  });
});
