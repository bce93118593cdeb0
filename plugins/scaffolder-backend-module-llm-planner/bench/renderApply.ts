/* eslint-disable no-console */
import {
  renderManifests,
  StoredPlanLike,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { startKubernetesTestServer } from '@llm-planner/kubernetes-test-server';
import { applyObjects } from '../src/kubernetes/applyObjects';
import { createClusterClient } from '../src/kubernetes/ClusterClient';
import { tightestGpuQuota } from '../src/kubernetes/gpus';
import { teamNamespaceObjects } from '../src/actions/ensureNamespace';

const plan: StoredPlanLike = {
  id: '7f1c2b9e-3d4a-4c5b-9e8f-0a1b2c3d4e5f',
  ownerGroup: 'group:default/customer-support',
  version: 1,
  plan: {
    workload: {
      inputTokens: { mean: 900, p50: 800, p90: 1800 },
      outputTokens: { mean: 250, p50: 200, p90: 500 },
    } as any,
    recommendations: [
      {
        modelId: 'llama-3.1-8b-instruct',
        hfId: 'meta-llama/Llama-3.1-8B-Instruct',
        gpuId: 'H100-SXM-80GB',
        tp: 2,
        engine: 'vllm',
        precision: 'bf16',
        replicas: 2,
        gpus: 4,
        capacityConcurrencyPerReplica: 48,
        memory: {
          maxConcurrency: 120,
          weightsGbPerGpu: 8,
          usableGbPerGpu: 72,
          kvBytesPerToken: 131072,
        },
      } as any,
    ],
  },
};

export async function main(runs: number) {
  const server = await startKubernetesTestServer({ rolloutDelayMs: 10 });
  const client = await createClusterClient({
    name: 'bench',
    url: server.url,
    serviceAccountToken: 'admin-token',
    skipTLSVerify: true,
  });
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const namespace = `team-${i}`;
      await applyObjects({
        client,
        objects: teamNamespaceObjects({
          namespace,
          groupRef: plan.ownerGroup,
          gpuQuota: 8,
          clusterRole: 'edit',
          groupSubjectPrefix: '',
        }),
        dryRun: false,
        checkpointPrefix: 'bench',
        checkpoint: o => o.fn(),
      });
      const start = process.hrtime.bigint();
      const rendered = renderManifests({
        plan,
        variant: 'deployment',
        runtime: 'vllm',
        namespace,
        serviceName: 'support-chat',
        entityRef: 'component:default/support-chat',
        autoscaler: 'keda',
      });
      tightestGpuQuota(await client.list('v1', 'ResourceQuota', namespace));
      await applyObjects({
        client,
        objects: rendered.objects,
        dryRun: false,
        checkpointPrefix: 'bench',
        checkpoint: o => o.fn(),
      });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  } finally {
    await server.close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const p = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(
    JSON.stringify({
      benchmark:
        'render + apply of one plan (6 objects) against the test API server',
      runs,
      p50Ms: Number(p(0.5).toFixed(1)),
      p90Ms: Number(p(0.9).toFixed(1)),
      maxMs: Number(sorted[sorted.length - 1].toFixed(1)),
      targetMs: 2000,
    }),
  );
}
