import { TEAM_LIMIT_RANGE } from '@llm-planner/backstage-plugin-llm-planner-common';
import { KubernetesTestServer } from '@llm-planner/kubernetes-test-server';
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
import { roleBindingName } from './teamNamespace';

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
      `RoleBinding/${roleBindingName(CUSTOMER_SUPPORT, 'edit')}:created`,
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
      (
        server.state.get(
          'RoleBinding',
          NS,
          roleBindingName(CUSTOMER_SUPPORT, 'edit'),
        ) as any
      ).subjects,
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

describe('llm-planner:namespace:ensure against what a real API server showed', () => {
  let server: KubernetesTestServer;
  afterEach(() => server?.close());

  async function setup(
    options: {
      ownerGroup?: string;
      token?: string;
      config?: Partial<PlannerModuleConfig>;
    } = {},
  ) {
    server = await startServer();
    const ownerGroup = options.ownerGroup ?? CUSTOMER_SUPPORT;
    const backend = fakeBackend(
      [storedPlan({ ownerGroup })],
      [{ teamRef: ownerGroup, gpuQuota: 6 }],
    );
    const action = createEnsureNamespaceAction({
      ...backend,
      userInfo: userInfoOf(undefined, [ownerGroup]),
      config: moduleConfig(server, options.token, options.config),
      clusterClientFactory: createClusterClient,
    });
    const run = async (ctxOptions: { signal?: AbortSignal } = {}) => {
      const ctx = actionContext({ planId: PLAN_ID }, ctxOptions);
      await action.handler(ctx as any);
      return ctx;
    };
    return { run };
  }

  describe('B1: the LimitRange default limits reach the API server', () => {
    it('stores `default` and `defaultRequest` of the team LimitRange as rendered', async () => {
      const { run } = await setup();
      await run();
      const limitRange = server.state.get(
        'LimitRange',
        NS,
        'llm-planner-defaults',
      ) as any;
      expect(limitRange.spec).toEqual(TEAM_LIMIT_RANGE);
      expect(limitRange.spec.limits[0].default).toEqual({
        cpu: '1',
        memory: '2Gi',
      });
      const patch = server.state.requests.find(
        r => r.kind === 'LimitRange' && r.method === 'PATCH',
      );
      expect(patch?.contentType).toBe('application/apply-patch+yaml');
    });
  });

  describe('B6: a hung API server fails the step; the task’s abort signal cancels it', () => {
    it('times out after llmPlanner.kubernetes.requestTimeoutSeconds', async () => {
      const { run } = await setup({ config: { requestTimeoutSeconds: 0.3 } });
      server.pause();
      // the message names the configured 0.3 s; were it ignored, a hang is the test timeout
      await expect(run()).rejects.toThrow(
        /no answer from the API server within 0.3 s \(llmPlanner.kubernetes.requestTimeoutSeconds\)/,
      );
      server.resume();
    });

    it('honours ctx.signal', async () => {
      const { run } = await setup({ config: { requestTimeoutSeconds: 60 } });
      server.pause();
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 200);
      await expect(run({ signal: controller.signal })).rejects.toThrow(
        /cancelled: the task was aborted/,
      );
      server.resume();
    });
  });

  describe('B7: errors are readable, naming the call and the object', () => {
    it('a forbidden namespace read names the verb and object, with no escaped JSON or headers', async () => {
      const { run } = await setup({ token: 'search-ai-token' });
      const error = await run().then(
        () => undefined,
        e => e as Error,
      );
      expect(error?.message).toBe(
        'read Namespace customer-support: forbidden: namespaces "customer-support" is forbidden: User "search-deployer" cannot get resource "namespaces" in API group "" in the namespace "customer-support" (cluster test). Nothing was applied.',
      );
      expect(error?.message).not.toMatch(/Headers|HTTP-Code|\\"|\{"kind"/);
    });
  });

  describe('B9: RoleBindings of any Group name, never binding another namespace’s group', () => {
    it('a Group with uppercase, `_` and `.` gets its namespace and a DNS-1123 RoleBinding', async () => {
      const group = 'group:default/Data_Science.Team';
      const { run } = await setup({ ownerGroup: group });
      const ctx = await run();
      expect(outputOf(ctx, 'namespace')).toBe('data-science-team');
      const bindings = server.state.list('RoleBinding', 'data-science-team');
      expect(bindings).toHaveLength(1);
      expect(bindings[0].metadata!.name).toMatch(
        /^data-science-team-edit-[0-9a-f]{8}$/,
      );
      expect((bindings[0] as any).subjects).toEqual([
        {
          apiGroup: 'rbac.authorization.k8s.io',
          kind: 'Group',
          name: 'Data_Science.Team',
        },
      ]);
    });

    it('a Group outside the `default` catalog namespace keeps its namespace in the subject', async () => {
      const { run } = await setup({ ownerGroup: 'group:Other.NS/team' });
      const ctx = await run();
      const namespace = outputOf(ctx, 'namespace');
      expect(namespace).toBe('other-ns-team');
      const [binding] = server.state.list('RoleBinding', namespace);
      expect((binding as any).subjects[0].name).toBe('Other.NS/team');
      expect(binding.metadata!.name).not.toBe(
        roleBindingName('group:default/team', 'edit'),
      );
    });
  });
});
