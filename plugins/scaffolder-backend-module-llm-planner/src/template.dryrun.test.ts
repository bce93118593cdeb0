import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
// Test only (devDependency): the real llm-planner backend serves the plans the actions read.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import plannerBackendPlugin from '@llm-planner/backstage-plugin-llm-planner-backend';
import { KubernetesTestServer } from '@llm-planner/kubernetes-test-server';
import fs from 'fs';
import path from 'path';
import request from 'supertest';
import yaml from 'yaml';
import {
  actionContext,
  fakeBackend,
  moduleConfig,
  PLAN_ID,
  startServer,
  userInfoOf,
} from './__testUtils__/fixtures';
import { createEnsureNamespaceAction } from './actions/ensureNamespace';
import { createClusterClient } from './kubernetes/ClusterClient';
import scaffolderModule from './index';
import { HttpPlannerBackendClient } from './PlannerBackendClient';

/**
 * The whole template through the scaffolder's real `POST /api/scaffolder/v2/dry-run`, in one
 * test backend with the scaffolder, this module, the real llm-planner backend (SQLite, seeded
 * from benchmarks/) and a catalog holding the template, against the Kubernetes test API server.
 */

jest.setTimeout(120_000);

const TEMPLATE_FILE = path.resolve(
  __dirname,
  '../../catalog-backend-module-llm-planner/templates/llm-inference-service/template.yaml',
);

const ALICE = 'user:default/alice.support';
const CAROL = 'user:default/carol.search';
const PAT = 'user:default/pat.platform';
const TEAMS: Record<string, string[]> = {
  [ALICE]: ['group:default/customer-support'],
  [CAROL]: ['group:default/search-ai'],
  [PAT]: ['group:default/platform-team'],
};

/**
 * One in-memory SQLite database per plugin, destroyed after the tests. The default database
 * service leaves SQLite pools open when the backend stops; their reaper (a 1 s interval) kept
 * the jest worker alive after this file ("A worker process has failed to exit gracefully").
 */
const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const databasePerPlugin = createServiceFactory({
  service: coreServices.database,
  deps: {},
  async factory() {
    const knex = await databases.init('SQLITE_3');
    return { getClient: async () => knex };
  },
});

/** Team membership as the catalog would resolve it, for the scaffolder and the backend alike. */
const userInfoFromTeams = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    async getUserInfo(credentials: any) {
      const userEntityRef = credentials.principal.userEntityRef as string;
      return {
        userEntityRef,
        ownershipEntityRefs: [userEntityRef, ...(TEAMS[userEntityRef] ?? [])],
      };
    },
  }),
});

function catalogEntities(): Entity[] {
  const template = yaml.parse(fs.readFileSync(TEMPLATE_FILE, 'utf8'));
  const group = (name: string): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name },
    spec: { type: 'team', children: [] },
  });
  const user = (ref: string): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name: ref.split('/')[1] },
    spec: { memberOf: TEAMS[ref].map(g => g.split('/')[1]) },
  });
  return [
    template,
    group('customer-support'),
    group('search-ai'),
    group('platform-team'),
    user(ALICE),
    user(CAROL),
    user(PAT),
  ];
}

const decode = (file: { base64Content: string }) =>
  Buffer.from(file.base64Content, 'base64').toString('utf8');

describe('template llm-inference-service through the scaffolder dry-run API', () => {
  const mockDir = createMockDirectory();
  let k8s: KubernetesTestServer;
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let server: typeof backend.server;
  let catalog: ReturnType<typeof catalogServiceMock>;
  const reposDir = () => mockDir.resolve('repos');

  const as = (user: string) => mockCredentials.user.header(user);

  /** A plan created and approved through the backend's API by a member of the owning team. */
  async function approvedPlan(user: string, title: string): Promise<string> {
    const created = await request(server)
      .post('/api/llm-planner/v1/plans')
      .set('Authorization', as(user))
      .send({
        title,
        intent: { useCase: 'chatbot', users: 20, usersMean: 'concurrent' },
      });
    expect(created.status).toBe(201);
    const approved = await request(server)
      .post(`/api/llm-planner/v1/plans/${created.body.id}/approve`)
      .set('Authorization', as(user))
      .send({ version: created.body.version });
    expect(approved.status).toBe(200);
    return created.body.id;
  }

  /** The template as registered in the catalog. */
  async function templateFromCatalog() {
    const entity = await catalog.getEntityByRef(
      'template:default/llm-inference-service',
      { credentials: mockCredentials.user(ALICE) },
    );
    expect(entity).toBeDefined();
    return entity!;
  }

  async function dryRun(user: string, planId: string, values = {}) {
    return request(server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', as(user))
      .send({
        template: await templateFromCatalog(),
        values: {
          planId,
          variant: 'deployment',
          runtime: 'vllm',
          autoscaler: 'keda',
          publishTarget: 'local',
          dryRun: false, // the scaffolder's dry run alone must keep the cluster untouched
          ...values,
        },
        secrets: {},
        directoryContents: [],
      });
  }

  const writes = () =>
    k8s.state.requests.filter(r =>
      ['PATCH', 'POST', 'PUT', 'DELETE'].includes(r.method),
    );

  /** Step id -> its last status in the dry-run log. */
  const stepStatuses = (
    log: { body: { stepId?: string; status?: string } }[],
  ) =>
    Object.fromEntries(
      log
        .filter(l => l.body.stepId && l.body.status)
        .map(l => [l.body.stepId, l.body.status]),
    );

  beforeAll(async () => {
    k8s = await startServer();
    catalog = catalogServiceMock({ entities: catalogEntities() });
    backend = await startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderModule,
        plannerBackendPlugin,
        databasePerPlugin,
        userInfoFromTeams,
        createServiceFactory({
          service: catalogServiceRef,
          deps: {},
          factory: () => catalog,
        }),
        mockServices.rootConfig.factory({
          data: {
            backend: { baseUrl: 'http://localhost:7007' },
            app: { baseUrl: 'http://localhost:3000' },
            llmPlanner: {
              clusters: [
                {
                  name: 'test',
                  url: k8s.url,
                  serviceAccountToken: 'admin-token',
                  skipTLSVerify: true,
                },
              ],
              quotas: { defaultGpuQuota: 16 },
              publish: { localDirectory: reposDir() },
            },
          },
        }),
      ],
    });
    server = backend.server;
  });

  afterAll(async () => {
    // the backend first, while its databases are still there; TestDatabases destroys them next
    await backend?.stop();
    await k8s?.close();
  });

  beforeEach(() => {
    mockDir.clear();
    jest.restoreAllMocks();
  });

  it('runs every step of an onboarded team’s plan with dryRun=All against the API server and stores nothing', async () => {
    const planId = await approvedPlan(ALICE, 'Support chatbot');
    // The team was onboarded by an earlier real run: namespace, GPU quota, RBAC.
    await createEnsureNamespaceAction({
      ...fakeBackend(),
      userInfo: userInfoOf(),
      config: moduleConfig(k8s),
      clusterClientFactory: createClusterClient,
    }).handler(actionContext({ planId: PLAN_ID }) as any);
    expect(
      k8s.state.get(
        'ResourceQuota',
        'customer-support',
        'llm-planner-gpu-quota',
      )?.spec,
    ).toEqual({ hard: { 'requests.nvidia.com/gpu': '8' } });
    k8s.state.clearRequests();
    const addLocation = jest.spyOn(catalog, 'addLocation');

    const res = await dryRun(ALICE, planId);

    expect(res.status).toBe(200);
    expect(stepStatuses(res.body.log)).toEqual({
      plan: 'completed',
      render: 'completed',
      'publish-local': 'completed',
      'publish-github': 'skipped',
      namespace: 'completed',
      apply: 'completed',
      'register-local': 'completed',
      register: 'skipped',
      record: 'completed',
    });

    // The rendered repository comes back as the dry run's directory contents.
    const files = Object.fromEntries(
      (res.body.directoryContents as { path: string }[]).map(f => [
        f.path,
        decode(f as any),
      ]),
    );
    // The autoscaler is the one the scaling simulation recommends for this plan; a fixed
    // size renders none.
    const autoscaling = await request(server)
      .get(`/api/llm-planner/v1/plans/${planId}/autoscaling`)
      .set('Authorization', as(ALICE));
    expect(autoscaling.status).toBe(200);
    const fixed = autoscaling.body.parameters.kind === 'fixed';
    expect(Object.keys(files).sort()).toEqual([
      'README.md',
      'catalog-info.yaml',
      'manifests/01-service.yaml',
      'manifests/02-deployment.yaml',
      'manifests/03-poddisruptionbudget.yaml',
      'manifests/04-networkpolicy.yaml',
      'manifests/05-servicemonitor.yaml',
      ...(fixed ? [] : ['manifests/06-scaledobject.yaml']),
      'manifests/kustomization.yaml',
    ]);
    const deployment = yaml.parse(files['manifests/02-deployment.yaml']);
    expect(deployment.metadata).toMatchObject({
      name: 'support-chatbot',
      namespace: 'customer-support',
      labels: { 'llm-planner.io/plan-id': planId },
    });
    expect(yaml.parse(files['catalog-info.yaml'])).toMatchObject({
      kind: 'Component',
      metadata: {
        name: 'support-chatbot',
        annotations: { 'llm-planner.io/plan-id': planId },
      },
      spec: { owner: 'group:default/customer-support' },
    });

    // Namespace and apply went to the API server, every write as dryRun=All; nothing stored.
    expect(writes().length).toBeGreaterThan(0);
    expect(writes().every(r => r.dryRun && r.query.dryRun === 'All')).toBe(
      true,
    );
    expect(
      writes()
        .filter(r => r.kind !== 'Namespace')
        .every(r => r.namespace === 'customer-support'),
    ).toBe(true);
    expect(
      writes()
        .filter(r => r.kind === 'Deployment')
        .map(r => r.query.fieldManager),
    ).toEqual(['backstage-llm-planner']);
    for (const kind of [
      'Deployment',
      'Service',
      'ScaledObject',
      'ServiceMonitor',
    ]) {
      expect(k8s.state.list(kind, 'customer-support')).toEqual([]);
    }
    const messages = (res.body.log as { body: { message: string } }[]).map(
      l => l.body.message,
    );
    expect(messages).toContainEqual(
      expect.stringContaining(
        'Deployment/support-chatbot created (server dry run)',
      ),
    );
    // The quota check read the team's ResourceQuota before the dry-run apply.
    expect(messages).not.toContainEqual(
      expect.stringContaining('has no GPU ResourceQuota'),
    );

    // Nothing published, registered or recorded.
    expect(fs.existsSync(reposDir())).toBe(false);
    expect(addLocation).not.toHaveBeenCalled();
    const recorded = await request(server)
      .get(`/api/llm-planner/v1/plans/${planId}/deployments`)
      .set('Authorization', as(ALICE));
    expect(recorded.body.items).toEqual([]);

    // The outputs link the entity and the plan; a local repository is not a browsable link
    // (its empty url hides it) but a path under Published.
    expect(res.body.output.links).toEqual([
      { title: 'Repository', url: '' },
      {
        title: 'Open in catalog',
        icon: 'catalog',
        entityRef: 'component:default/support-chatbot',
      },
      {
        title: 'Deployment plan',
        icon: 'dashboard',
        url: `/llm-planner/plans/${planId}`,
      },
    ]);
    expect(res.body.output.text[0].content).toContain(
      '`customer-support` of cluster `test`:\ndry-run (cluster), rollout\nskipped: dry run',
    );
    expect(res.body.output.text[1].content).toContain(
      `a git repository on the portal host at \`${path.join(
        reposDir(),
        'support-chatbot',
      )}\``,
    );
  });

  it('passes the template’s skipKinds to the apply: a skipped optional kind is never sent', async () => {
    const planId = await approvedPlan(
      ALICE,
      'Support chatbot without monitoring',
    );
    await createEnsureNamespaceAction({
      ...fakeBackend(),
      userInfo: userInfoOf(),
      config: moduleConfig(k8s),
      clusterClientFactory: createClusterClient,
    }).handler(actionContext({ planId: PLAN_ID }) as any);
    k8s.state.clearRequests();

    const res = await dryRun(ALICE, planId, { skipKinds: ['ServiceMonitor'] });

    expect(res.status).toBe(200);
    expect(stepStatuses(res.body.log).apply).toBe('completed');
    const kinds = writes().map(r => r.kind);
    expect(kinds).toContain('Deployment');
    expect(kinds).not.toContain('ServiceMonitor');
  });

  it('dry-runs a team’s first deployment: the namespace is only dry-run, the manifests validated locally', async () => {
    const planId = await approvedPlan(CAROL, 'Search reranker');
    k8s.state.clearRequests();

    const res = await dryRun(CAROL, planId, { variant: 'kserve' });

    expect(res.status).toBe(200);
    expect(stepStatuses(res.body.log)).toMatchObject({
      plan: 'completed',
      render: 'completed',
      namespace: 'completed',
      apply: 'completed',
      record: 'completed',
    });
    expect(writes().map(r => `${r.kind}:${r.query.dryRun}`)).toEqual([
      'Namespace:All',
    ]);
    expect(k8s.state.get('Namespace', undefined, 'search-ai')).toBeUndefined();
    expect(res.body.output.text[0].content).toContain(
      'Namespace search-ai does not exist yet in cluster test',
    );
    expect(
      (res.body.directoryContents as { path: string }[]).map(f => f.path),
    ).toContain('manifests/01-inferenceservice.yaml');
  });

  it.each([
    [
      'a member of another team (the backend refuses the plan)',
      ALICE,
      CAROL,
      `${ALICE} cannot read plan PLAN: only members of group:default/search-ai (or the platform team) may`,
    ],
  ])(
    'fails at llm-planner:plan:fetch for %s',
    async (_name, runner, owner, message) => {
      const planId = await approvedPlan(owner, `Plan of ${owner}`);
      k8s.state.clearRequests();
      const getPlan = jest.spyOn(HttpPlannerBackendClient.prototype, 'getPlan');
      const listModels = jest.spyOn(
        HttpPlannerBackendClient.prototype,
        'listModels',
      );

      const res = await dryRun(runner, planId);

      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({
        name: 'NotAllowedError',
        message: message.replace('PLAN', planId),
      });
      // Only the first step ran: one plan read, no rendering, nothing sent to the cluster.
      expect(getPlan).toHaveBeenCalledTimes(1);
      expect(listModels).not.toHaveBeenCalled();
      expect(k8s.state.requests).toEqual([]);
    },
  );

  it('lets the platform team deploy another team’s plan, as the backend lets it: one answer, the permission policy’s', async () => {
    const planId = await approvedPlan(
      ALICE,
      'Support chatbot run by the platform',
    );
    k8s.state.clearRequests();

    const res = await dryRun(PAT, planId);

    expect(res.status).toBe(200);
    expect(stepStatuses(res.body.log)).toMatchObject({
      plan: 'completed',
      render: 'completed',
      namespace: 'completed',
      apply: 'completed',
      record: 'completed',
    });
    // into the owning team's namespace, not one of the platform team's
    expect(
      (res.body.directoryContents as { path: string }[]).map(f => f.path),
    ).toContain('manifests/02-deployment.yaml');
    expect(
      writes().every(
        r => r.namespace === undefined || r.namespace === 'customer-support',
      ),
    ).toBe(true);
  });
});
