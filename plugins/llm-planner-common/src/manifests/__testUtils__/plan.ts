import type { Recommendation, Workload } from '../../engine/schemas';
import type { RenderManifestsInput, StoredPlanLike } from '../types';

/** A fixed approved plan (not from the engine, so golden files only change with the renderer). */
export function fixturePlan(
  overrides: Partial<Recommendation> = {},
  planOverrides: Partial<StoredPlanLike> = {},
): StoredPlanLike {
  const rec = {
    rank: 1,
    modelId: 'llama-3.1-8b-instruct',
    hfId: 'meta-llama/Llama-3.1-8B-Instruct',
    gpuId: 'H100-SXM-80GB',
    tp: 2,
    engine: 'vllm',
    precision: 'bf16',
    replicas: 2,
    gpus: 4,
    capacityConcurrencyPerReplica: 48.6,
    capacityRpsPerReplica: 3.2,
    memory: {
      feasible: true,
      tp: 2,
      weightsGbPerGpu: 8.03,
      kvGbPerGpu: 20,
      usableGbPerGpu: 72,
      kvBytesPerToken: 131072,
      maxConcurrency: 120,
      reason: 'fits',
    },
    kind: 'best',
    ...overrides,
  } as unknown as Recommendation;
  const workload = {
    inputTokens: { mean: 900, p50: 800, p90: 1800 },
    outputTokens: { mean: 250, p50: 200, p90: 500 },
  } as unknown as Workload;
  return {
    id: '7f1c2b9e-3d4a-4c5b-9e8f-0a1b2c3d4e5f',
    title: 'Support chatbot',
    ownerGroup: 'group:default/customer-support',
    version: 3,
    plan: { recommendations: [rec], workload },
    ...planOverrides,
  };
}

/** A render input of the fixed plan: a Deployment of vLLM with KEDA in the team's namespace. */
export function fixtureRenderInput(
  over: Partial<RenderManifestsInput> = {},
): RenderManifestsInput {
  return {
    plan: fixturePlan(),
    variant: 'deployment',
    runtime: 'vllm',
    namespace: 'customer-support',
    serviceName: 'support-chat',
    entityRef: 'component:default/support-chat',
    autoscaler: 'keda',
    modelMaxContext: 131072,
    ...over,
  };
}
