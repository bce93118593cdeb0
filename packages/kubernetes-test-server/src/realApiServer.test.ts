import {
  ApiException,
  ConfigurationOptions,
  CoreV1Api,
  CustomObjectsApi,
  ObservableMiddleware,
  RbacAuthorizationV1Api,
  setHeaderMiddleware,
  VersionApi,
} from '@kubernetes/client-node';
import {
  RealApiServer,
  requireRealApiServer,
  startRealApiServer,
} from './realApiServer';

// Skips locally without the binaries; fails under CI=true / LLM_PLANNER_REQUIRE_KUBE_APISERVER=1.
const describeReal = requireRealApiServer() ? describe : describe.skip;

jest.setTimeout(180_000);

/** Per-request options aborting the request after `ms`. */
function timeout(ms: number): ConfigurationOptions {
  // the object-parameter API takes observable middleware; borrow its `of()` from a stock one
  const passthrough = setHeaderMiddleware('X-Test-Timeout-Ms', String(ms));
  const abort: ObservableMiddleware = {
    pre: ctx => {
      ctx.setSignal(AbortSignal.timeout(ms));
      return passthrough.pre(ctx);
    },
    post: res => passthrough.post(res),
  };
  return { middleware: [abort], middlewareMergeStrategy: 'append' };
}

async function statusOf(call: Promise<unknown>): Promise<number> {
  try {
    await call;
    return 200;
  } catch (e) {
    if (e instanceof ApiException) return e.code;
    throw e;
  }
}

/** RBAC changes reach the authorizer through an informer: poll briefly. */
async function eventually(
  check: () => Promise<number>,
  want: number,
): Promise<number> {
  const deadline = Date.now() + 10_000;
  let got = await check();
  while (got !== want && Date.now() < deadline) {
    await new Promise(r => setTimeout(r, 200));
    got = await check();
  }
  return got;
}

describeReal('real kube-apiserver harness', () => {
  let server: RealApiServer;
  const ns = `smoke-${Date.now().toString(36)}`;

  beforeAll(async () => {
    server = await startRealApiServer();
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('serves v1.20.2 over TLS with the CRDs installed', async () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const version = await server
      .kubeConfig('nobody')
      .makeApiClient(VersionApi)
      .getCode();
    expect(version.gitVersion).toBe('v1.20.2');
    const core = server.kubeConfig('admin').makeApiClient(CoreV1Api);
    const namespaces = await core.listNamespace();
    expect(namespaces.items.map(n => n.metadata?.name)).toEqual(
      expect.arrayContaining(['default', 'kube-system']),
    );
    expect(await listScaledObjects(server)).toBe(200);
  });

  it('lets admin create a namespace and a LimitRange that reads back', async () => {
    const core = server.kubeConfig('admin').makeApiClient(CoreV1Api);
    await core.createNamespace({ body: { metadata: { name: ns } } });
    await core.createNamespacedLimitRange({
      namespace: ns,
      body: {
        metadata: { name: 'defaults' },
        spec: {
          limits: [
            {
              type: 'Container',
              _default: { cpu: '500m', memory: '256Mi' },
              max: { 'nvidia.com/gpu': '1' },
            },
          ],
        },
      },
    });
    const read = await core.readNamespacedLimitRange({
      name: 'defaults',
      namespace: ns,
    });
    expect(read.spec?.limits[0]).toMatchObject({
      type: 'Container',
      _default: { cpu: '500m', memory: '256Mi' },
      max: { 'nvidia.com/gpu': '1' },
    });
  });

  it('forbids the deployer until a RoleBinding grants edit, and always forbids nobody', async () => {
    const deployer = server.kubeConfig('deployer').makeApiClient(CoreV1Api);
    const nobody = server.kubeConfig('nobody').makeApiClient(CoreV1Api);
    const listPods = (api: CoreV1Api) => () =>
      statusOf(api.listNamespacedPod({ namespace: ns }));

    expect(await listPods(deployer)()).toBe(403);
    expect(await listPods(nobody)()).toBe(403);

    await server
      .kubeConfig('admin')
      .makeApiClient(RbacAuthorizationV1Api)
      .createNamespacedRoleBinding({
        namespace: ns,
        body: {
          metadata: { name: 'deployer-edit' },
          roleRef: {
            apiGroup: 'rbac.authorization.k8s.io',
            kind: 'ClusterRole',
            name: 'edit',
          },
          subjects: [
            {
              apiGroup: 'rbac.authorization.k8s.io',
              kind: 'User',
              name: server.userNames.deployer,
            },
          ],
        },
      });

    expect(await eventually(listPods(deployer), 200)).toBe(200);
    expect(await listPods(nobody)()).toBe(403);
  });

  it('hangs while paused and answers again after resume', async () => {
    const core = server.kubeConfig('admin').makeApiClient(CoreV1Api);
    await server.pause();
    try {
      // neither answered nor refused: only the client's own abort ends the request
      await expect(
        core.readNamespace({ name: ns }, timeout(2000)),
      ).rejects.toMatchObject({ name: 'AbortError' });
    } finally {
      await server.resume();
    }
    const back = await core.readNamespace({ name: ns }, timeout(10_000));
    expect(back.metadata?.name).toBe(ns);
  });

  it('keeps its objects across a restart of the API server', async () => {
    await server.stopApiServer();
    const before = server.kubeConfig('admin').makeApiClient(CoreV1Api);
    await expect(
      before.readNamespace({ name: ns }, timeout(2000)),
    ).rejects.toThrow(/ECONNREFUSED/);
    await server.restartApiServer();
    const core = server.kubeConfig('admin').makeApiClient(CoreV1Api);
    const read = await core.readNamespacedLimitRange({
      name: 'defaults',
      namespace: ns,
    });
    expect(read.metadata?.name).toBe('defaults');
  });
});

describeReal('real kube-apiserver without CRDs', () => {
  let server: RealApiServer;

  beforeAll(async () => {
    server = await startRealApiServer({ crds: 'none' });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('does not serve the KEDA kind', async () => {
    expect(await listScaledObjects(server)).toBe(404);
  });
});

function listScaledObjects(server: RealApiServer): Promise<number> {
  return statusOf(
    server
      .kubeConfig('admin')
      .makeApiClient(CustomObjectsApi)
      .listClusterCustomObject({
        group: 'keda.sh',
        version: 'v1alpha1',
        plural: 'scaledobjects',
      }),
  );
}
