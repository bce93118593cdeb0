import { KubernetesTestServer } from '@internal/kubernetes-test-server';
import {
  actionContext,
  CUSTOMER_SUPPORT,
  fakeBackend,
  moduleConfig,
  outputOf,
  PLAN_ID,
  startServer,
  storedPlan,
  userInfoOf,
} from '../__testUtils__/fixtures';
import { PlannerModuleConfig } from '../config';
import { createClusterClient } from '../kubernetes/ClusterClient';
import { createEnsureNamespaceAction } from './ensureNamespace';

const NS = 'customer-support';

describe('llm-planner:namespace:ensure', () => {
  let server: KubernetesTestServer;
  afterEach(() => server?.close());

  async function setup(
    quotas = [{ teamRef: CUSTOMER_SUPPORT, gpuQuota: 6 }],
    config: Partial<PlannerModuleConfig> = {},
    serverOptions: Parameters<typeof startServer>[0] = {},
  ) {
    server = await startServer(serverOptions);
    const backend = fakeBackend([storedPlan()], quotas);
    const action = createEnsureNamespaceAction({
      ...backend,
      userInfo: userInfoOf(),
      config: moduleConfig(server, 'admin-token', config),
      clusterClientFactory: createClusterClient,
    });
    const run = async (ctxOptions: { isDryRun?: boolean } = {}) => {
      const ctx = actionContext({ planId: PLAN_ID }, ctxOptions);
      await action.handler(ctx as any);
      return ctx;
    };
    return { run, backend };
  }

  it('creates the namespace, GPU quota from the backend, limits, default-deny policy and team RoleBinding', async () => {
    const { run } = await setup();
    const ctx = await run();
    expect(outputOf(ctx, 'namespace')).toBe(NS);
    expect(outputOf(ctx, 'gpuQuota')).toBe(6);
    expect(outputOf(ctx, 'quotaSource')).toBe('llm-planner backend /v1/quotas');
    expect(
      outputOf(ctx, 'objects').map(
        (o: any) => `${o.kind}/${o.name}:${o.action}`,
      ),
    ).toEqual([
      'Namespace/customer-support:created',
      'ResourceQuota/llm-planner-gpu-quota:created',
      'LimitRange/llm-planner-defaults:created',
      'NetworkPolicy/default-deny:created',
      'RoleBinding/customer-support-edit:created',
    ]);
    expect(
      server.state.get('ResourceQuota', NS, 'llm-planner-gpu-quota')!.spec,
    ).toEqual({
      hard: { 'requests.nvidia.com/gpu': '6' },
    });
    expect(server.state.get('NetworkPolicy', NS, 'default-deny')!.spec).toEqual(
      {
        podSelector: {},
        policyTypes: ['Ingress', 'Egress'],
      },
    );
    expect(
      (server.state.get('RoleBinding', NS, 'customer-support-edit') as any)
        .subjects,
    ).toEqual([
      {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'Group',
        name: 'customer-support',
      },
    ]);
    expect(
      server.state.get('Namespace', undefined, NS)!.metadata!.labels,
    ).toMatchObject({
      'llm-planner.io/team': 'customer-support',
    });
  });

  it('falls back to config: the team’s entry, then the default', async () => {
    const a = await setup([], { teamGpuQuotas: { [CUSTOMER_SUPPORT]: 3 } });
    const ctx = await a.run();
    expect(outputOf(ctx, 'gpuQuota')).toBe(3);
    expect(outputOf(ctx, 'quotaSource')).toBe(
      `config llmPlanner.quotas.teams[${CUSTOMER_SUPPORT}]`,
    );
    await server.close();

    const b = await setup([], { defaultGpuQuota: 2 });
    b.backend.client.listQuotas.mockRejectedValue(new Error('backend down'));
    const ctx2 = await b.run();
    expect(outputOf(ctx2, 'gpuQuota')).toBe(2);
    expect(outputOf(ctx2, 'quotaSource')).toBe(
      'config llmPlanner.quotas.defaultGpuQuota',
    );
  });

  it('is idempotent: a re-run changes nothing', async () => {
    const { run } = await setup();
    await run();
    const rv = server.state.resourceVersion;
    const ctx = await run();
    expect(outputOf(ctx, 'objects').map((o: any) => o.action)).toEqual(
      Array(5).fill('unchanged'),
    );
    expect(server.state.resourceVersion).toBe(rv);
  });

  it('dry run creates nothing', async () => {
    const { run } = await setup();
    const ctx = await run({ isDryRun: true });
    expect(outputOf(ctx, 'objects').map((o: any) => o.action)).toEqual([
      'created',
      'validated',
      'validated',
      'validated',
      'validated',
    ]);
    expect(server.state.get('Namespace', undefined, NS)).toBeUndefined();
    expect(
      server.state.requests
        .filter(r => r.method === 'PATCH')
        .every(r => r.dryRun),
    ).toBe(true);
  });

  it('refuses to take over a namespace of another team', async () => {
    const { run } = await setup(
      undefined,
      {},
      {
        objects: [
          {
            apiVersion: 'v1',
            kind: 'Namespace',
            metadata: {
              name: NS,
              labels: { 'llm-planner.io/team': 'search-ai' },
            },
          },
        ],
      },
    );
    await expect(run()).rejects.toThrow(
      'Namespace customer-support already exists in cluster test and is owned by team search-ai; refusing to take it over for group:default/customer-support',
    );
  });

  it('without a cluster validates locally', async () => {
    const { run } = await setup(undefined, { clusters: [] });
    const ctx = await run();
    expect(outputOf(ctx, 'mode')).toBe('local-dry-run');
    expect(
      outputOf(ctx, 'objects').every((o: any) => o.action === 'validated'),
    ).toBe(true);
    expect(server.state.requests).toEqual([]);
  });

  it('uses the configured namespace prefix', async () => {
    const { run } = await setup(undefined, { namespacePrefix: 'llm-' });
    const ctx = await run();
    expect(outputOf(ctx, 'namespace')).toBe('llm-customer-support');
    expect(
      server.state.get('Namespace', undefined, 'llm-customer-support'),
    ).toBeDefined();
  });
});
