import {
  ApiException,
  AppsV1Api,
  CoreV1Api,
  KubeConfig,
  KubernetesObject,
  KubernetesObjectApi,
  PatchStrategy,
} from '@kubernetes/client-node';
import {
  KUBERNETES_1_20_GROUP_VERSIONS,
  startKubernetesTestServer,
  KubernetesTestServer,
} from './index';
import * as fixtures from './testFixtures';

const gpuDeployment = (...args: Parameters<typeof fixtures.gpuDeployment>) =>
  fixtures.gpuDeployment(...args) as unknown as KubernetesObject;
const gpuQuota = (...args: Parameters<typeof fixtures.gpuQuota>) =>
  fixtures.gpuQuota(...args) as unknown as KubernetesObject;
const gpuCronJob = (...args: Parameters<typeof fixtures.gpuCronJob>) =>
  fixtures.gpuCronJob(...args) as unknown as KubernetesObject;

const MANAGER = 'backstage-llm-planner';

function clients(server: KubernetesTestServer, token?: string) {
  const kc = new KubeConfig();
  kc.loadFromOptions(server.kubeConfigOptions(token));
  return {
    objects: KubernetesObjectApi.makeApiClient(kc),
    core: kc.makeApiClient(CoreV1Api),
    apps: kc.makeApiClient(AppsV1Api),
  };
}

/** Runs a call that must fail and returns what the caller observes. */
async function failure(call: Promise<unknown>) {
  try {
    await call;
  } catch (e) {
    if (e instanceof ApiException) {
      const body = typeof e.body === 'string' ? JSON.parse(e.body) : e.body;
      return { code: e.code, body };
    }
    throw e;
  }
  throw new Error('expected the call to fail');
}

/** Reads until `done` holds: no wall-clock cap, a state that never comes is the test timeout. */
async function waitFor<T>(read: () => Promise<T>, done: (v: T) => boolean) {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise(r => setTimeout(r, 10));
  }
}

describe('kubernetes test server with @kubernetes/client-node', () => {
  let server: KubernetesTestServer;
  let api: ReturnType<typeof clients>;

  beforeEach(async () => {
    server = await startKubernetesTestServer({
      tokens: {
        'admin-token': { user: 'admin', clusterAdmin: true },
        'team-a-token': { user: 'team-a-deployer', namespaces: ['team-a'] },
      },
      rolloutDelayMs: 20,
    });
    api = clients(server);
    await api.core.createNamespace({ body: { metadata: { name: 'team-a' } } });
  });

  afterEach(async () => {
    await server.close();
  });

  it('creates and reads a namespace through CoreV1Api', async () => {
    const ns = await api.core.readNamespace({ name: 'team-a' });
    expect(ns.metadata?.name).toBe('team-a');
    expect(ns.metadata?.uid).toBeTruthy();
    expect(ns.status?.phase).toBe('Active');
    expect(ns.metadata?.labels?.['kubernetes.io/metadata.name']).toBe('team-a');
    const again = await failure(
      api.core.createNamespace({ body: { metadata: { name: 'team-a' } } }),
    );
    expect(again.code).toBe(409);
    expect(again.body).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'AlreadyExists',
      message: 'namespaces "team-a" already exists',
      details: { name: 'team-a', kind: 'namespaces' },
    });
  });

  it('server-side applies every kind the actions use, resolving plurals via discovery', async () => {
    const objs: KubernetesObject[] = [
      gpuDeployment('llama', 'team-a'),
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'llama', namespace: 'team-a' },
        spec: {
          selector: { app: 'llama' },
          ports: [{ port: 80, targetPort: 8000 }],
        },
      } as KubernetesObject,
      {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: { name: 'llama', namespace: 'team-a' },
        spec: { minAvailable: 1, selector: { matchLabels: { app: 'llama' } } },
      } as KubernetesObject,
      {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'NetworkPolicy',
        metadata: { name: 'default-deny', namespace: 'team-a' },
        spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
      } as KubernetesObject,
      {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name: 'llama', namespace: 'team-a' },
        spec: {
          scaleTargetRef: {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            name: 'llama',
          },
          minReplicas: 1,
          maxReplicas: 3,
        },
      } as KubernetesObject,
      {
        apiVersion: 'keda.sh/v1alpha1',
        kind: 'ScaledObject',
        metadata: { name: 'llama', namespace: 'team-a' },
        spec: {
          scaleTargetRef: { name: 'llama' },
          triggers: [
            {
              type: 'prometheus',
              metadata: {
                query: 'sum(vllm:num_requests_waiting)',
                threshold: '5',
              },
            },
          ],
        },
      } as KubernetesObject,
      {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'ServiceMonitor',
        metadata: { name: 'llama', namespace: 'team-a' },
        spec: {
          selector: { matchLabels: { app: 'llama' } },
          endpoints: [{ port: 'http' }],
        },
      } as KubernetesObject,
      {
        apiVersion: 'serving.kserve.io/v1beta1',
        kind: 'InferenceService',
        metadata: { name: 'llama-isvc', namespace: 'team-a' },
        spec: {
          predictor: {
            minReplicas: 1,
            model: {
              modelFormat: { name: 'huggingface' },
              resources: { limits: { 'nvidia.com/gpu': '1' } },
            },
          },
        },
      } as KubernetesObject,
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'team-a-edit', namespace: 'team-a' },
        roleRef: {
          apiGroup: 'rbac.authorization.k8s.io',
          kind: 'ClusterRole',
          name: 'edit',
        },
        subjects: [
          {
            kind: 'Group',
            name: 'team-a',
            apiGroup: 'rbac.authorization.k8s.io',
          },
        ],
      } as KubernetesObject,
    ];
    for (const obj of objs) {
      const applied = await api.objects.patch(
        obj,
        undefined,
        undefined,
        MANAGER,
        undefined,
        PatchStrategy.ServerSideApply,
      );
      expect(applied.metadata?.resourceVersion).toMatch(/^\d+$/);
      expect(applied.metadata?.managedFields?.[0]).toMatchObject({
        manager: MANAGER,
        operation: 'Apply',
        fieldsType: 'FieldsV1',
      });
      const read = await api.objects.read({
        apiVersion: obj.apiVersion,
        kind: obj.kind,
        metadata: { name: obj.metadata!.name!, namespace: 'team-a' },
      });
      expect(read.metadata?.uid).toBe(applied.metadata?.uid);
    }
    const list = await api.objects.list('apps/v1', 'Deployment', 'team-a');
    expect(list.items.map(i => i.metadata?.name)).toEqual(['llama']);
    const fields = server.state.get('Deployment', 'team-a', 'llama')!.metadata!
      .managedFields![0].fieldsV1 as any;
    expect(
      fields['f:spec']['f:template']['f:spec']['f:containers'][
        'k:{"name":"vllm"}'
      ],
    ).toHaveProperty('f:image');
    expect(fields['f:metadata']['f:labels']).toHaveProperty([
      'f:llm-planner.io/plan',
    ]);
  });

  it('sets metadata.generation only on kinds whose registry keeps it (not on Services, ConfigMaps, RoleBindings)', async () => {
    const apply = (o: object) =>
      api.objects.patch(
        o as KubernetesObject,
        undefined,
        undefined,
        MANAGER,
        undefined,
        PatchStrategy.ServerSideApply,
      );
    const meta = (name: string) => ({ name, namespace: 'team-a' });
    const service = await apply({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta('svc'),
      spec: { ports: [{ port: 80, protocol: 'TCP' }] },
    });
    const configMap = await apply({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: meta('cm'),
      data: { a: '1' },
    });
    const binding = await apply({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: meta('rb'),
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: 'edit',
      },
      subjects: [],
    });
    const deployment = await apply(gpuDeployment('llama', 'team-a'));
    const monitor = await apply({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: meta('mon'),
      spec: { endpoints: [] },
    });
    expect(
      [service, configMap, binding, deployment, monitor].map(
        o => o.metadata?.generation,
      ),
    ).toEqual([undefined, undefined, undefined, 1, 1]);
  });

  it('serves only the configured group/versions: an unserved kind is unknown to discovery (404)', async () => {
    await server.close();
    server = await startKubernetesTestServer({
      servedGroupVersions: KUBERNETES_1_20_GROUP_VERSIONS,
      namespaces: ['team-a'],
    });
    api = clients(server);
    const groups = await api.objects.list('v1', 'Namespace');
    expect(groups.items.length).toBeGreaterThan(0);
    const pdb = (apiVersion: string) =>
      ({
        apiVersion,
        kind: 'PodDisruptionBudget',
        metadata: { name: 'llama', namespace: 'team-a' },
        spec: { maxUnavailable: 1, selector: { matchLabels: { app: 'x' } } },
      } as KubernetesObject);
    const apply = (o: KubernetesObject) =>
      api.objects.patch(
        o,
        undefined,
        undefined,
        MANAGER,
        undefined,
        PatchStrategy.ServerSideApply,
      );
    await expect(apply(pdb('policy/v1'))).rejects.toThrow();
    expect(
      server.state.requests.find(r => r.path === '/apis/policy/v1')?.statusCode,
    ).toBe(404);
    await expect(apply(pdb('policy/v1beta1'))).resolves.toMatchObject({
      apiVersion: 'policy/v1beta1',
    });
    expect(
      server.state.requests.find(r => r.path === '/apis/keda.sh/v1alpha1'),
    ).toBeUndefined();
    const kedaFetch = await fetch(`${server.url}/apis/keda.sh/v1alpha1`, {
      headers: { authorization: 'Bearer admin-token' },
    });
    expect(kedaFetch.status).toBe(404);
  });

  it('pause() holds requests unanswered until resume()', async () => {
    server.pause();
    let answered = false;
    const read = api.core.readNamespace({ name: 'team-a' }).then(() => {
      answered = true;
    });
    await new Promise(r => setTimeout(r, 100));
    expect(answered).toBe(false);
    server.resume();
    await read;
    expect(answered).toBe(true);
  });

  it('re-applying the same object changes nothing', async () => {
    const dep = gpuDeployment('llama', 'team-a');
    const first = await api.objects.patch(
      dep,
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    expect(first.metadata?.generation).toBe(1);
    // Let the simulated rollout finish, so its status write is not in the way.
    await waitFor(
      () =>
        api.apps.readNamespacedDeployment({
          name: 'llama',
          namespace: 'team-a',
        }),
      d => d.status?.readyReplicas === 1,
    );
    const before = await api.apps.readNamespacedDeployment({
      name: 'llama',
      namespace: 'team-a',
    });
    const second = await api.objects.patch(
      gpuDeployment('llama', 'team-a'),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    expect(second.metadata?.resourceVersion).toBe(
      before.metadata?.resourceVersion,
    );
    expect(second.metadata?.generation).toBe(1);
    expect(server.state.resourceVersion).toBe(before.metadata?.resourceVersion);
  });

  it('reports a conflict between two managers with causes, and force transfers ownership', async () => {
    await api.objects.patch(
      gpuDeployment('llama', 'team-a'),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    const other = gpuDeployment('llama', 'team-a', { replicas: 3 });
    const res = await failure(
      api.objects.patch(
        other,
        undefined,
        undefined,
        'someone-else',
        undefined,
        PatchStrategy.ServerSideApply,
      ),
    );
    expect(res.code).toBe(409);
    expect(res.body).toMatchObject({
      kind: 'Status',
      reason: 'Conflict',
      message: `Apply failed with 1 conflict: conflict with "${MANAGER}": .spec.replicas`,
      details: {
        causes: [
          {
            reason: 'FieldManagerConflict',
            message: `conflict with "${MANAGER}"`,
            field: '.spec.replicas',
          },
        ],
      },
    });
    // Same values for the other fields: shared ownership, no conflict there.
    const forced = await api.objects.patch(
      gpuDeployment('llama', 'team-a', { replicas: 3 }),
      undefined,
      undefined,
      'someone-else',
      true,
      PatchStrategy.ServerSideApply,
    );
    expect((forced as any).spec.replicas).toBe(3);
    expect(forced.metadata?.generation).toBe(2);
    const mf = forced.metadata!.managedFields!;
    const mine = mf.find(m => m.manager === MANAGER)!.fieldsV1 as any;
    const theirs = mf.find(m => m.manager === 'someone-else')!.fieldsV1 as any;
    expect(mine['f:spec']['f:replicas']).toBeUndefined();
    expect(theirs['f:spec']['f:replicas']).toEqual({});
    // Now the first manager conflicts on replicas.
    const back = await failure(
      api.objects.patch(
        gpuDeployment('llama', 'team-a', { replicas: 1 }),
        undefined,
        undefined,
        MANAGER,
        undefined,
        PatchStrategy.ServerSideApply,
      ),
    );
    expect(back.code).toBe(409);
    expect(back.body.details.causes).toEqual([
      {
        reason: 'FieldManagerConflict',
        message: 'conflict with "someone-else"',
        field: '.spec.replicas',
      },
    ]);
  });

  it('removes fields that a manager stops applying', async () => {
    const dep = gpuDeployment('llama', 'team-a');
    (dep.metadata!.labels as any).extra = 'yes';
    await api.objects.patch(
      dep,
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    const again = await api.objects.patch(
      gpuDeployment('llama', 'team-a'),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    expect(again.metadata?.labels).toEqual({
      app: 'llama',
      'llm-planner.io/plan': 'plan-1',
    });
  });

  it('requires a field manager for apply (422)', async () => {
    const res = await failure(
      api.objects.patch(
        gpuDeployment('llama', 'team-a'),
        undefined,
        undefined,
        undefined,
        undefined,
        PatchStrategy.ServerSideApply,
      ),
    );
    expect(res.code).toBe(422);
    expect(res.body.reason).toBe('Invalid');
  });

  it('dryRun=All validates and answers as if applied, storing nothing', async () => {
    const rv = server.state.resourceVersion;
    const res = await api.objects.patch(
      gpuDeployment('llama', 'team-a'),
      undefined,
      'All',
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    expect(res.metadata?.name).toBe('llama');
    expect(res.metadata?.resourceVersion).toBeUndefined();
    expect((res as any).status.observedGeneration).toBe(1);
    expect(server.state.get('Deployment', 'team-a', 'llama')).toBeUndefined();
    expect(server.state.resourceVersion).toBe(rv);
    await api.objects.create(
      gpuDeployment('created', 'team-a'),
      undefined,
      'All',
    );
    expect(server.state.list('Deployment', 'team-a')).toEqual([]);
    // Dry run still validates.
    const bad = await failure(
      api.objects.create(
        {
          ...gpuDeployment('x', 'team-a'),
          metadata: { name: 'Bad_Name', namespace: 'team-a' },
        },
        undefined,
        'All',
      ),
    );
    expect(bad.code).toBe(422);
    // Dry-run delete of an existing object leaves it in place.
    await api.objects.patch(
      gpuDeployment('llama', 'team-a'),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    const del = await api.objects.delete(
      gpuDeployment('llama', 'team-a'),
      undefined,
      'All',
    );
    expect(del).toMatchObject({ status: 'Success' });
    expect(server.state.get('Deployment', 'team-a', 'llama')).toBeDefined();
    expect(server.state.requests.filter(r => r.dryRun).length).toBe(4);
  });

  it('serves batch/v1 CronJobs: discovery, server-side apply, dry run, validation, list and delete', async () => {
    const discovery = await fetch(`${server.url}/apis/batch/v1`, {
      headers: { authorization: 'Bearer admin-token' },
    });
    const resources = (await discovery.json()).resources.map(
      (r: { name: string; kind: string }) => `${r.name}:${r.kind}`,
    );
    expect(resources).toEqual(
      expect.arrayContaining(['jobs:Job', 'cronjobs:CronJob']),
    );
    const apply = (o: KubernetesObject, dryRun?: string) =>
      api.objects.patch(
        o,
        undefined,
        dryRun,
        MANAGER,
        undefined,
        PatchStrategy.ServerSideApply,
      );
    // dry run: answered as if applied, nothing stored
    const dry = await apply(gpuCronJob('nightly', 'team-a'), 'All');
    expect(dry.metadata).toMatchObject({ name: 'nightly', generation: 1 });
    expect(server.state.get('CronJob', 'team-a', 'nightly')).toBeUndefined();
    // a run's pods must run to completion: a real server refuses restartPolicy Always
    const always = await failure(
      apply(gpuCronJob('always', 'team-a', { restartPolicy: 'Always' }), 'All'),
    );
    expect(always.code).toBe(422);
    expect(always.body.details.causes).toEqual([
      {
        reason: 'FieldValueNotSupported',
        field: 'spec.jobTemplate.spec.template.spec.restartPolicy',
        message:
          'Unsupported value: "Always": supported values: "OnFailure", "Never"',
      },
    ]);
    const noSchedule = gpuCronJob('unscheduled', 'team-a');
    delete (noSchedule as any).spec.schedule;
    expect((await failure(apply(noSchedule))).body.details.causes).toEqual([
      {
        reason: 'FieldValueRequired',
        field: 'spec.schedule',
        message: 'Required value',
      },
    ]);
    // applied: stored, read back, listed, deleted; its runs create no pods here
    await apply(gpuCronJob('nightly', 'team-a'));
    const read = await api.objects.read({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'nightly', namespace: 'team-a' },
    });
    expect((read as any).spec.jobTemplate.spec.parallelism).toBe(2);
    expect(server.state.list('Pod', 'team-a')).toEqual([]);
    const listed = await api.objects.list('batch/v1', 'CronJob', 'team-a');
    expect(listed.items.map(i => i.metadata?.name)).toEqual(['nightly']);
    await api.objects.delete(gpuCronJob('nightly', 'team-a'));
    expect(server.state.list('CronJob', 'team-a')).toEqual([]);
  });

  it('rejects a PUT with a stale resourceVersion (409)', async () => {
    await api.apps.createNamespacedDeployment({
      namespace: 'team-a',
      // never ready: no status write races the update below
      body: gpuDeployment('llama', 'team-a', { neverReady: true }) as any,
    });
    // the simulated Deployment controller has annotated it since
    const created = await api.apps.readNamespacedDeployment({
      name: 'llama',
      namespace: 'team-a',
    });
    const stale = created.metadata!.resourceVersion;
    created.spec!.replicas = 2;
    const updated = await api.apps.replaceNamespacedDeployment({
      name: 'llama',
      namespace: 'team-a',
      body: created,
    });
    expect(Number(updated.metadata!.resourceVersion)).toBeGreaterThan(
      Number(stale),
    );
    expect(updated.metadata!.generation).toBe(2);
    const res = await failure(
      api.apps.replaceNamespacedDeployment({
        name: 'llama',
        namespace: 'team-a',
        body: {
          ...created,
          metadata: { ...created.metadata, resourceVersion: stale },
        },
      }),
    );
    expect(res.code).toBe(409);
    expect(res.body).toMatchObject({
      reason: 'Conflict',
      message:
        'Operation cannot be fulfilled on deployments.apps "llama": the object has been modified; please apply your changes to the latest version and try again',
      details: { name: 'llama', group: 'apps', kind: 'deployments' },
    });
  });

  it('returns 404 NotFound for a missing namespace and a missing object', async () => {
    const res = await failure(
      api.objects.patch(
        gpuDeployment('llama', 'nowhere'),
        undefined,
        undefined,
        MANAGER,
        undefined,
        PatchStrategy.ServerSideApply,
      ),
    );
    expect(res.code).toBe(404);
    expect(res.body).toMatchObject({
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      reason: 'NotFound',
      message: 'namespaces "nowhere" not found',
      details: { name: 'nowhere', kind: 'namespaces' },
      code: 404,
    });
    const missing = await failure(
      api.apps.readNamespacedDeployment({ name: 'nope', namespace: 'team-a' }),
    );
    expect(missing.code).toBe(404);
    expect(missing.body.message).toBe('deployments.apps "nope" not found');
  });

  it('returns 422 Invalid for bad names and kind mismatches', async () => {
    const ns = await failure(
      api.core.createNamespace({ body: { metadata: { name: 'Team_B' } } }),
    );
    expect(ns.code).toBe(422);
    expect(ns.body).toMatchObject({
      reason: 'Invalid',
      details: {
        name: 'Team_B',
        kind: 'Namespace',
        causes: [{ reason: 'FieldValueInvalid', field: 'metadata.name' }],
      },
    });
    expect(ns.body.message).toMatch(
      /^Namespace "Team_B" is invalid: metadata.name: Invalid value: "Team_B": a lowercase RFC 1123 label must consist of/,
    );
    const noName = await failure(
      api.core.createNamespace({ body: { metadata: {} } }),
    );
    expect(noName.code).toBe(422);
    expect(noName.body.message).toBe(
      'Namespace "" is invalid: metadata.name: Required value: name or generateName is required',
    );
    const svc = await failure(
      api.objects.patch(
        {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: '1svc', namespace: 'team-a' },
          spec: { ports: [{ port: 80 }] },
        } as KubernetesObject,
        undefined,
        undefined,
        MANAGER,
        undefined,
        PatchStrategy.ServerSideApply,
      ),
    );
    expect(svc.code).toBe(422);
    expect(svc.body.message).toContain(
      'a DNS-1035 label must consist of lower case alphanumeric characters',
    );
    const selector = await failure(
      api.apps.createNamespacedDeployment({
        namespace: 'team-a',
        body: {
          ...gpuDeployment('x', 'team-a'),
          spec: {
            ...(gpuDeployment('x', 'team-a') as any).spec,
            selector: { matchLabels: { app: 'other' } },
          },
        } as any,
      }),
    );
    expect(selector.code).toBe(422);
    expect(selector.body.details.causes[0].field).toBe(
      'spec.template.metadata.labels',
    );
    // Kind in the body does not match the URL.
    const res = await fetch(
      `${server.url}/apis/apps/v1/namespaces/team-a/deployments`,
      {
        method: 'POST',
        headers: {
          authorization: 'Bearer admin-token',
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'x' },
        }),
      },
    );
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({
      reason: 'Invalid',
      details: { causes: [{ field: 'kind' }, { field: 'apiVersion' }] },
    });
    // Unknown resource.
    const unknown = await fetch(
      `${server.url}/apis/apps/v1/namespaces/team-a/widgets`,
      {
        headers: { authorization: 'Bearer admin-token' },
      },
    );
    expect(unknown.status).toBe(404);
    await expect(
      api.objects.patch(
        {
          apiVersion: 'example.com/v1',
          kind: 'Widget',
          metadata: { name: 'w', namespace: 'team-a' },
        },
        undefined,
        undefined,
        MANAGER,
        undefined,
        PatchStrategy.ServerSideApply,
      ),
    ).rejects.toThrow(
      /Failed to fetch resource metadata for example.com\/v1\/Widget/,
    );
  });

  it('denies a token from another namespace with 403 and an unknown token with 401', async () => {
    await api.core.createNamespace({ body: { metadata: { name: 'team-b' } } });
    const teamA = clients(server, 'team-a-token');
    await teamA.objects.patch(
      gpuDeployment('llama', 'team-a'),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    const res = await failure(
      teamA.objects.patch(
        gpuDeployment('llama', 'team-b'),
        undefined,
        undefined,
        MANAGER,
        undefined,
        PatchStrategy.ServerSideApply,
      ),
    );
    expect(res.code).toBe(403);
    expect(res.body).toMatchObject({
      kind: 'Status',
      reason: 'Forbidden',
      message:
        'deployments.apps "llama" is forbidden: User "team-a-deployer" cannot patch resource "deployments" in API group "apps" in the namespace "team-b"',
      details: { name: 'llama', group: 'apps', kind: 'deployments' },
      code: 403,
    });
    expect(server.state.get('Deployment', 'team-b', 'llama')).toBeUndefined();
    const ns = await failure(
      teamA.core.createNamespace({ body: { metadata: { name: 'team-c' } } }),
    );
    expect(ns.code).toBe(403);
    expect(ns.body.message).toBe(
      'namespaces is forbidden: User "team-a-deployer" cannot create resource "namespaces" in API group "" at the cluster scope',
    );
    // Reading its own namespace is allowed (a RoleBinding in team-a can grant it).
    await expect(
      teamA.core.readNamespace({ name: 'team-a' }),
    ).resolves.toBeDefined();
    const unknown = await failure(
      clients(server, 'nope').core.readNamespace({ name: 'team-a' }),
    );
    expect(unknown.code).toBe(401);
    expect(server.state.requests.at(-1)?.statusCode).toBe(401);
    expect(server.state.requests.at(-1)?.user).toBeUndefined();
  });

  it('accepts a Deployment beyond the GPU quota and refuses its pods: FailedCreate on the ReplicaSet, status.used from pods', async () => {
    await api.objects.create(gpuQuota('team-a', 4));
    let quota = await api.core.readNamespacedResourceQuota({
      name: 'gpu-quota',
      namespace: 'team-a',
    });
    expect(quota.status?.used?.['requests.nvidia.com/gpu']).toBe('0');
    expect(quota.status?.hard?.['requests.nvidia.com/gpu']).toBe('4');
    await api.objects.patch(
      gpuDeployment('small', 'team-a', { gpus: 2 }),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    quota = await api.core.readNamespacedResourceQuota({
      name: 'gpu-quota',
      namespace: 'team-a',
    });
    expect(quota.status?.used).toMatchObject({
      'requests.nvidia.com/gpu': '2',
      'limits.nvidia.com/gpu': '2',
      pods: '1',
      'requests.cpu': '4',
      'requests.memory': '32Gi',
    });
    const pods = await api.core.listNamespacedPod({ namespace: 'team-a' });
    expect(pods.items.map(p => p.metadata?.ownerReferences?.[0]?.kind)).toEqual(
      ['ReplicaSet'],
    );

    // A real API server admits the Deployment (and its dry run) and refuses its pods.
    await api.objects.patch(
      gpuDeployment('big', 'team-a', { gpus: 4 }),
      undefined,
      'All',
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    await api.objects.patch(
      gpuDeployment('big', 'team-a', { gpus: 4 }),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    const big = await api.apps.readNamespacedDeployment({
      name: 'big',
      namespace: 'team-a',
    });
    const refused = 'pods "big-';
    const replicaSets = await api.apps.listNamespacedReplicaSet({
      namespace: 'team-a',
      labelSelector: 'app=big',
    });
    expect(replicaSets.items).toHaveLength(1);
    const rs = replicaSets.items[0];
    expect(rs.metadata?.ownerReferences?.[0]).toMatchObject({
      kind: 'Deployment',
      name: 'big',
      uid: big.metadata?.uid,
    });
    expect(
      rs.metadata?.annotations?.['deployment.kubernetes.io/revision'],
    ).toBe(big.metadata?.annotations?.['deployment.kubernetes.io/revision']);
    expect(rs.status?.replicas).toBe(0);
    const refusal = rs.status?.conditions?.[0];
    expect(refusal).toMatchObject({
      type: 'ReplicaFailure',
      status: 'True',
      reason: 'FailedCreate',
    });
    expect(refusal?.message).toContain(refused);
    expect(refusal?.message).toMatch(
      /is forbidden: exceeded quota: gpu-quota, requested: limits.nvidia.com\/gpu=4,requests.nvidia.com\/gpu=4, used: limits.nvidia.com\/gpu=2,requests.nvidia.com\/gpu=2, limited: limits.nvidia.com\/gpu=4,requests.nvidia.com\/gpu=4$/,
    );
    expect(
      big.status?.conditions?.find(c => c.type === 'ReplicaFailure'),
    ).toMatchObject({ status: 'True', reason: 'FailedCreate' });
    const events = await api.core.listNamespacedEvent({
      namespace: 'team-a',
      fieldSelector: `involvedObject.kind=ReplicaSet,involvedObject.name=${rs.metadata?.name}`,
    });
    expect(events.items.map(e => [e.type, e.reason])).toEqual([
      ['Warning', 'FailedCreate'],
    ]);
    expect(events.items[0].message).toBe(`Error creating: ${refusal?.message}`);
    quota = await api.core.readNamespacedResourceQuota({
      name: 'gpu-quota',
      namespace: 'team-a',
    });
    expect(quota.status?.used?.['requests.nvidia.com/gpu']).toBe('2');

    // Scaling the existing one within the quota is fine; the increase counts.
    await api.apps.deleteNamespacedDeployment({
      name: 'big',
      namespace: 'team-a',
    });
    await api.objects.patch(
      gpuDeployment('small', 'team-a', { gpus: 2, replicas: 2 }),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    quota = await api.core.readNamespacedResourceQuota({
      name: 'gpu-quota',
      namespace: 'team-a',
    });
    expect(quota.status?.used?.['requests.nvidia.com/gpu']).toBe('4');
    // Deleting frees it (the ReplicaSet and its pods go with the Deployment).
    await api.apps.deleteNamespacedDeployment({
      name: 'small',
      namespace: 'team-a',
    });
    quota = await api.core.readNamespacedResourceQuota({
      name: 'gpu-quota',
      namespace: 'team-a',
    });
    expect(quota.status?.used?.['requests.nvidia.com/gpu']).toBe('0');
    expect(server.state.list('ReplicaSet', 'team-a')).toEqual([]);
    expect(server.state.list('Pod', 'team-a')).toEqual([]);
  });

  it('creates refused pods once the quota is raised, and the Deployment becomes ready', async () => {
    await api.objects.patch(
      gpuQuota('team-a', 1),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    await api.objects.patch(
      gpuDeployment('llama', 'team-a', { gpus: 2 }),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    await new Promise(r => setTimeout(r, 60));
    let d = await api.apps.readNamespacedDeployment({
      name: 'llama',
      namespace: 'team-a',
    });
    expect(d.status?.readyReplicas).toBeUndefined();
    await api.objects.patch(
      gpuQuota('team-a', 2),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    d = await waitFor(
      () =>
        api.apps.readNamespacedDeployment({
          name: 'llama',
          namespace: 'team-a',
        }),
      x => x.status?.readyReplicas === 1,
    );
    expect(d.status?.conditions?.map(c => c.type)).toEqual([
      'Available',
      'Progressing',
    ]);
  });

  it('applies LimitRange defaults to pods: a request above the default limit is refused as on a real server', async () => {
    // stored directly: @kubernetes/client-node 1.x's serializer drops `default` of a LimitRange
    server.state.put({
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: { name: 'defaults', namespace: 'team-a' },
      spec: {
        limits: [
          {
            type: 'Container',
            default: { cpu: '1', memory: '2Gi' },
            defaultRequest: { cpu: '100m', memory: '256Mi' },
            max: { cpu: '8' },
          },
        ],
      },
    });
    await api.objects.patch(
      gpuDeployment('llama', 'team-a'),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    const [rs] = server.state.list('ReplicaSet', 'team-a');
    const condition = (rs.status as any).conditions[0];
    expect(condition.reason).toBe('FailedCreate');
    expect(condition.message).toMatch(
      /^Pod "llama-[a-z0-9]+-[a-z0-9]+" is invalid: spec.containers\[0\].resources.requests: Invalid value: "4": must be less than or equal to cpu limit$/,
    );
  });

  it('seeds objects at start and through state.put, with quota usage computed', async () => {
    await server.close();
    server = await startKubernetesTestServer({
      objects: [
        fixtures.gpuQuota('team-a', 4),
        fixtures.gpuDeployment('existing', 'team-a', { gpus: 2 }),
      ],
    });
    api = clients(server);
    const quota = await api.core.readNamespacedResourceQuota({
      name: 'gpu-quota',
      namespace: 'team-a',
    });
    expect(quota.status?.used?.['requests.nvidia.com/gpu']).toBe('2');
    server.state.put(fixtures.gpuDeployment('another', 'team-b'));
    expect(server.state.get('Namespace', undefined, 'team-b')).toBeDefined();
    expect(server.state.list('deployments').map(d => d.metadata?.name)).toEqual(
      ['existing', 'another'],
    );
  });

  it('counts InferenceService predictor resources times minReplicas against the quota', async () => {
    await api.objects.create({
      ...gpuQuota('team-a', 4),
      spec: { hard: { 'nvidia.com/gpu': '4' } },
    } as KubernetesObject);
    const isvc = (gpus: number, minReplicas: number) => ({
      apiVersion: 'serving.kserve.io/v1beta1',
      kind: 'InferenceService',
      metadata: { name: 'llama', namespace: 'team-a' },
      spec: {
        predictor: {
          minReplicas,
          model: {
            modelFormat: { name: 'huggingface' },
            resources: { limits: { 'nvidia.com/gpu': String(gpus) } },
          },
        },
      },
    });
    await api.objects.patch(
      isvc(2, 2),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    const quota = await api.core.readNamespacedResourceQuota({
      name: 'gpu-quota',
      namespace: 'team-a',
    });
    expect(quota.status?.used).toEqual({ 'nvidia.com/gpu': '4' });
    const res = await failure(
      api.objects.patch(
        isvc(2, 3),
        undefined,
        undefined,
        MANAGER,
        undefined,
        PatchStrategy.ServerSideApply,
      ),
    );
    expect(res.code).toBe(403);
    expect(res.body.message).toBe(
      'inferenceservices.serving.kserve.io "llama" is forbidden: exceeded quota: gpu-quota, requested: nvidia.com/gpu=2, used: nvidia.com/gpu=4, limited: nvidia.com/gpu=4',
    );
    const ready = await waitFor(
      () =>
        api.objects.read({
          apiVersion: 'serving.kserve.io/v1beta1',
          kind: 'InferenceService',
          metadata: { name: 'llama', namespace: 'team-a' },
        }),
      o =>
        ((o as any).status?.conditions ?? []).some(
          (c: any) => c.type === 'Ready' && c.status === 'True',
        ),
    );
    expect((ready as any).status.url).toBe('http://llama.team-a.example.com');
  });

  it('simulates a rollout, and never-ready pods stay unready', async () => {
    const created = await api.objects.patch(
      gpuDeployment('llama', 'team-a', { replicas: 2 }),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    expect((created as any).status.readyReplicas).toBeUndefined();
    const ready = await waitFor(
      () =>
        api.apps.readNamespacedDeployment({
          name: 'llama',
          namespace: 'team-a',
        }),
      d => d.status?.readyReplicas === 2,
    );
    expect(ready.status).toMatchObject({
      observedGeneration: 1,
      replicas: 2,
      updatedReplicas: 2,
      readyReplicas: 2,
      availableReplicas: 2,
    });
    expect(
      ready.status?.conditions?.map(c => [c.type, c.status, c.reason]),
    ).toEqual([
      ['Available', 'True', 'MinimumReplicasAvailable'],
      ['Progressing', 'True', 'NewReplicaSetAvailable'],
    ]);

    await api.objects.patch(
      gpuDeployment('stuck', 'team-a', { neverReady: true }),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    await new Promise(r => setTimeout(r, 100));
    const stuck = await api.apps.readNamespacedDeployment({
      name: 'stuck',
      namespace: 'team-a',
    });
    expect(stuck.status?.readyReplicas).toBeUndefined();
    expect(
      stuck.status?.conditions?.find(c => c.type === 'Available')?.status,
    ).toBe('False');
  });

  it('injects failures with failOn', async () => {
    await server.close();
    let applies = 0;
    server = await startKubernetesTestServer({
      namespaces: ['team-a'],
      failOn: req => {
        if (req.verb === 'patch' && req.kind === 'Service' && !req.dryRun) {
          return {
            code: 500,
            reason: 'InternalError',
            message: 'etcdserver: request timed out',
          };
        }
        if (req.verb === 'patch') applies++;
        return undefined;
      },
    });
    api = clients(server);
    await api.objects.patch(
      gpuDeployment('llama', 'team-a'),
      undefined,
      undefined,
      MANAGER,
      undefined,
      PatchStrategy.ServerSideApply,
    );
    const res = await failure(
      api.objects.patch(
        {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 'llama', namespace: 'team-a' },
          spec: { ports: [{ port: 80 }] },
        } as KubernetesObject,
        undefined,
        undefined,
        MANAGER,
        undefined,
        PatchStrategy.ServerSideApply,
      ),
    );
    expect(res.code).toBe(500);
    expect(res.body).toMatchObject({
      kind: 'Status',
      reason: 'InternalError',
      message: 'etcdserver: request timed out',
      details: { name: 'llama', kind: 'services' },
    });
    expect(applies).toBe(1);
    expect(server.state.get('Service', 'team-a', 'llama')).toBeUndefined();
    expect(server.state.get('Deployment', 'team-a', 'llama')).toBeDefined();
    expect(
      server.state.requests
        .filter(r => r.method === 'PATCH')
        .map(r => [r.kind, r.statusCode, r.query.fieldManager]),
    ).toEqual([
      ['Deployment', 201, MANAGER],
      ['Service', 500, MANAGER],
    ]);
  });

  it('supports merge, strategic merge and JSON patches, list by label and delete', async () => {
    await api.apps.createNamespacedDeployment({
      namespace: 'team-a',
      body: gpuDeployment('a', 'team-a') as any,
    });
    await api.apps.createNamespacedDeployment({
      namespace: 'team-a',
      body: {
        ...gpuDeployment('b', 'team-a'),
        metadata: { name: 'b', labels: { app: 'b', tier: 'x' } },
      } as any,
    });
    const merged = await api.objects.patch(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'a', namespace: 'team-a', labels: { tier: 'x' } },
      },
      undefined,
      undefined,
      undefined,
      undefined,
      PatchStrategy.MergePatch,
    );
    expect(merged.metadata?.labels).toEqual({
      app: 'a',
      'llm-planner.io/plan': 'plan-1',
      tier: 'x',
    });
    const strategic = await api.objects.patch(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'a', namespace: 'team-a' },
        spec: {
          template: {
            spec: { containers: [{ name: 'vllm', image: 'vllm:v2' }] },
          },
        },
      } as KubernetesObject,
      undefined,
      undefined,
      undefined,
      undefined,
      PatchStrategy.StrategicMergePatch,
    );
    const containers = (strategic as any).spec.template.spec.containers;
    expect(containers).toHaveLength(1);
    expect(containers[0]).toMatchObject({
      name: 'vllm',
      image: 'vllm:v2',
      args: ['--tensor-parallel-size', '1'],
    });
    const patched = await api.apps.patchNamespacedDeployment({
      name: 'a',
      namespace: 'team-a',
      body: [
        { op: 'replace', path: '/spec/replicas', value: 0 },
        { op: 'remove', path: '/metadata/labels/tier' },
      ],
    });
    expect(patched.spec?.replicas).toBe(0);
    expect(patched.metadata?.labels?.tier).toBeUndefined();
    const badPatch = await failure(
      api.apps.patchNamespacedDeployment({
        name: 'a',
        namespace: 'team-a',
        body: [{ op: 'remove', path: '/metadata/labels/nope' }],
      }),
    );
    expect(badPatch.code).toBe(422);
    const listed = await api.apps.listNamespacedDeployment({
      namespace: 'team-a',
      labelSelector: 'tier=x',
    });
    expect(listed.items.map(i => i.metadata?.name)).toEqual(['b']);
    const deleted = await api.objects.delete({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'b', namespace: 'team-a' },
    });
    expect(deleted).toMatchObject({
      kind: 'Status',
      status: 'Success',
      details: { name: 'b', group: 'apps', kind: 'deployments' },
    });
    expect(
      (
        await failure(
          api.apps.deleteNamespacedDeployment({
            name: 'b',
            namespace: 'team-a',
          }),
        )
      ).code,
    ).toBe(404);
    await api.core.deleteNamespace({ name: 'team-a' });
    expect(server.state.list('Deployment')).toEqual([]);
  });
});
