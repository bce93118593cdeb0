import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  startKubernetesTestServer,
  KubernetesTestServer,
  KubernetesTestServerOptions,
} from '@llm-planner/kubernetes-test-server';
import { PlannerModuleConfig } from '../config';
import {
  FetchedPlan,
  PlannerBackendClient,
  TeamQuota,
} from '../PlannerBackendClient';

export const PLAN_ID = '7f1c2b9e-3d4a-4c5b-9e8f-0a1b2c3d4e5f';
export const ALICE = 'user:default/alice.support';
export const CUSTOMER_SUPPORT = 'group:default/customer-support';
export const SEARCH_AI = 'group:default/search-ai';

/** An approved plan of customer-support: 2 replicas x TP 2 on H100 = 4 GPUs. */
export function storedPlan(
  overrides: Partial<FetchedPlan> = {},
  rec: Record<string, unknown> = {},
): FetchedPlan {
  return {
    id: PLAN_ID,
    title: 'Support chatbot',
    status: 'approved',
    ownerGroup: CUSTOMER_SUPPORT,
    version: 3,
    plan: {
      workload: {
        inputTokens: { mean: 900, p50: 800, p90: 1800 },
        outputTokens: { mean: 250, p50: 200, p90: 500 },
      } as any,
      recommendations: [
        {
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
          ...rec,
        } as any,
      ],
    },
    ...overrides,
  };
}

/**
 * The llm-planner backend as the actions reach it: its API client, and the portal's permission
 * decisions (allow unless a test says otherwise, e.g. with
 * `jest.spyOn(backend.permissions, 'authorize')`).
 */
export function fakeBackend(
  plans: FetchedPlan[] = [storedPlan()],
  quotas: TeamQuota[] = [{ teamRef: CUSTOMER_SUPPORT, gpuQuota: 8 }],
) {
  const recorded: unknown[] = [];
  const client = {
    getPlan: jest.fn(async (id: string, _c: unknown) => {
      const p = plans.find(x => x.id === id);
      if (!p)
        throw Object.assign(new Error(`No plan ${id}`), {
          name: 'NotFoundError',
        });
      return p;
    }),
    listQuotas: jest.fn(async (_c: unknown) => quotas),
    listModels: jest.fn(
      async (
        _c: unknown,
      ): Promise<{ id: string; hfId: string; maxContext: number | null }[]> => [
        {
          id: 'llama-3.1-8b-instruct',
          hfId: 'meta-llama/Llama-3.1-8B-Instruct',
          maxContext: 131072,
        },
      ],
    ),
    // No recommendation unless a test provides one (see RECOMMENDED_AUTOSCALING).
    getAutoscaling: jest.fn(
      async (
        _id: string,
        _c: unknown,
      ): Promise<typeof RECOMMENDED_AUTOSCALING> => {
        throw new Error('no autoscaling recommendation in this test');
      },
    ),
    recordDeployment: jest.fn(
      async (_id: string, body: unknown, _c: unknown) => {
        recorded.push(body);
        return { id: `dep-${recorded.length}` } as {
          id: string;
          [key: string]: unknown;
        };
      },
    ),
  } satisfies PlannerBackendClient;
  return { client, recorded, permissions: mockServices.permissions() };
}

export function userInfoOf(user = ALICE, groups = [CUSTOMER_SUPPORT]) {
  return mockServices.userInfo({
    userEntityRef: user,
    ownershipEntityRefs: [user, ...groups],
  });
}

export function moduleConfig(
  server?: KubernetesTestServer,
  token = 'admin-token',
  overrides: Partial<PlannerModuleConfig> = {},
): PlannerModuleConfig {
  return {
    clusters: server
      ? [
          {
            name: 'test',
            url: server.url,
            serviceAccountToken: token,
            skipTLSVerify: true,
          },
        ]
      : [],
    namespacePrefix: '',
    clusterRole: 'edit',
    groupSubjectPrefix: '',
    groupSubjectFormat: 'name',
    groupSubjects: {},
    requestTimeoutSeconds: 5,
    defaultGpuQuota: 8,
    teamGpuQuotas: {},
    images: {},
    rolloutTimeoutSeconds: 5,
    localPublishDirectory: '/tmp/unused',
    ...overrides,
  };
}

/** A mock action context that also carries dry-run, user credentials and recorded checkpoints. */
export function actionContext<I>(
  input: I,
  options: {
    workspacePath?: string;
    isDryRun?: boolean;
    user?: string;
    /** The task's abort signal (`ctx.signal`). */
    signal?: AbortSignal;
  } = {},
) {
  const checkpoints: string[] = [];
  const base = createMockActionContext({
    input: input as any,
    workspacePath: options.workspacePath,
  });
  return {
    ...base,
    isDryRun: options.isDryRun ?? false,
    signal: options.signal,
    getInitiatorCredentials: async () =>
      mockCredentials.user(options.user ?? ALICE),
    checkpoint: async (opts: { key: string; fn: () => any }) => {
      checkpoints.push(opts.key);
      return opts.fn();
    },
    checkpoints,
  } as typeof base & { isDryRun: boolean; checkpoints: string[] };
}

/** The last value an action output under `name`. */
export function outputOf(ctx: { output: jest.Mock | any }, name: string): any {
  const calls = (ctx.output as jest.Mock).mock.calls.filter(c => c[0] === name);
  return calls.length ? calls[calls.length - 1][1] : undefined;
}

export function startServer(options: KubernetesTestServerOptions = {}) {
  return startKubernetesTestServer({
    rolloutDelayMs: 10,
    tokens: {
      'admin-token': { user: 'admin', clusterAdmin: true },
      'search-ai-token': { user: 'search-deployer', namespaces: ['search-ai'] },
    },
    ...options,
  });
}

/** What the backend's scaling simulation might recommend for the test plan. */
export const RECOMMENDED_AUTOSCALING = {
  parameters: {
    kind: 'keda-running' as const,
    minReplicas: 1,
    maxReplicas: 4,
    target: 24,
    stabilizationWindowSeconds: 300,
    scaleUp: {
      policies: [{ type: 'Pods' as const, value: 2, periodSeconds: 60 }],
      selectPolicy: 'Max' as const,
    },
    scaleDown: {
      policies: [{ type: 'Pods' as const, value: 1, periodSeconds: 120 }],
      selectPolicy: 'Min' as const,
    },
  },
  label: 'KEDA running requests 24/pod, 1-4 replicas',
  reason: 'cheapest policy meeting the SLO on the simulated day',
};
