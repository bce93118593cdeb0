import { createMockDirectory } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  KUBERNETES_1_20_GROUP_VERSIONS,
  KubernetesTestServer,
  NEVER_READY_ANNOTATION,
} from '@llm-planner/kubernetes-test-server';
import {
  decisionWithoutSimulation,
  Plan,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import fs from 'fs';
import path from 'path';
import yaml from 'yaml';
import {
  actionContext,
  ALICE,
  CUSTOMER_SUPPORT,
  fakeBackend,
  moduleConfig,
  outputOf,
  PLAN_ID,
  SEARCH_AI,
  startServer,
  storedPlan,
  userInfoOf,
} from '../__testUtils__/fixtures';
import { DECISION } from '../__testUtils__/decision';
import { PlannerModuleConfig } from '../config';
import { createClusterClient } from '../kubernetes/ClusterClient';
import { createApplyManifestsAction } from './applyManifests';
import { createEnsureNamespaceAction } from './ensureNamespace';
import { createRenderManifestsAction } from './renderManifests';

const NS = 'customer-support';

/** The plan's autoscaler decision: KEDA on running requests from the plan's 2 replicas (4 GPUs). */
const TWO_REPLICA_DECISION = {
  ...DECISION,
  parameters: { ...DECISION.parameters, minReplicas: 2, maxReplicas: 4 },
};

describe('llm-planner:kubernetes:apply against the test API server', () => {
  let server: KubernetesTestServer;
  const mockDir = createMockDirectory();

  afterEach(async () => {
    await server?.close();
  });

  async function setup(
    options: {
      plan?: ReturnType<typeof storedPlan>;
      quota?: number;
      token?: string;
      config?: Partial<PlannerModuleConfig>;
      runtime?: 'vllm' | 'simulator';
      variant?: 'deployment' | 'kserve';
      serverOptions?: Parameters<typeof startServer>[0];
      ensure?: boolean;
      decision?: unknown;
    } = {},
  ) {
    server = await startServer(options.serverOptions);
    mockDir.clear();
    const workspacePath = mockDir.resolve('workspace');
    fs.mkdirSync(workspacePath, { recursive: true });
    const backend = fakeBackend(
      [options.plan ?? storedPlan()],
      [{ teamRef: CUSTOMER_SUPPORT, gpuQuota: options.quota ?? 8 }],
    );
    (backend.client.getAutoscaling as jest.Mock).mockResolvedValue(
      options.decision ?? TWO_REPLICA_DECISION,
    );
    const deps = {
      ...backend,
      userInfo: userInfoOf(),
      config: moduleConfig(server, options.token, options.config),
      clusterClientFactory: createClusterClient,
      pollIntervalMs: 10,
    };
    await createRenderManifestsAction(deps).handler(
      actionContext(
        {
          planId: PLAN_ID,
          serviceName: 'support-chat',
          runtime: options.runtime ?? 'vllm',
          variant: options.variant ?? 'deployment',
          autoscaler: 'keda',
        },
        { workspacePath },
      ) as any,
    );
    if (options.ensure !== false) {
      await createEnsureNamespaceAction({
        ...deps,
        config: moduleConfig(server, 'admin-token', options.config),
      }).handler(actionContext({ planId: PLAN_ID }) as any);
    }
    server.state.clearRequests();
    const action = createApplyManifestsAction(deps);
    const run = (
      input: Record<string, unknown> = {},
      ctxOptions: {
        isDryRun?: boolean;
        user?: string;
        signal?: AbortSignal;
      } = {},
    ) => {
      const ctx = actionContext(
        { planId: PLAN_ID, ...input },
        { workspacePath, ...ctxOptions },
      );
      return { ctx, done: action.handler(ctx as any) };
    };
    return { workspacePath, run, backend };
  }

  const writes = () =>
    server.state.requests.filter(r =>
      ['PATCH', 'POST', 'PUT', 'DELETE'].includes(r.method),
    );

  it('server-side applies every object into the team namespace and waits for the rollout', async () => {
    const { run } = await setup();
    const { ctx, done } = run();
    await done;

    const applied = outputOf(ctx, 'applied');
    expect(applied.map((a: any) => `${a.kind}/${a.name}:${a.action}`)).toEqual([
      'Service/support-chat:created',
      'Deployment/support-chat:created',
      'PodDisruptionBudget/support-chat:created',
      'NetworkPolicy/support-chat:created',
      'ServiceMonitor/support-chat:created',
      'ScaledObject/support-chat:created',
    ]);
    expect(outputOf(ctx, 'status')).toBe('applied');
    expect(outputOf(ctx, 'rollout').status).toBe('ready');
    expect(outputOf(ctx, 'requestedGpus')).toBe(4);
    expect(outputOf(ctx, 'quota')).toMatchObject({
      hard: 8,
      used: 0,
      remaining: 8,
    });
    const deployment = server.state.get('Deployment', NS, 'support-chat')!;
    expect(deployment.metadata!.managedFields?.map(m => m.manager)).toContain(
      'backstage-llm-planner',
    );
    expect(deployment.metadata!.labels?.['llm-planner.io/plan-id']).toBe(
      PLAN_ID,
    );
    expect(
      writes().every(
        r =>
          r.method === 'PATCH' &&
          r.contentType === 'application/apply-patch+yaml' &&
          r.namespace === NS,
      ),
    ).toBe(true);
    expect(ctx.checkpoints).toHaveLength(6);
    expect(ctx.checkpoints[0]).toMatch(
      /^apply\.test\.customer-support\.Service\.support-chat\./,
    );
  });

  it('is idempotent: a re-run changes nothing (same resourceVersions)', async () => {
    const { run } = await setup();
    const first = run();
    await first.done;
    const versions = server.state
      .list('Deployment', NS)
      .concat(server.state.list('Service', NS))
      .map(o => o.metadata!.resourceVersion);
    const rv = server.state.resourceVersion;

    const second = run();
    await second.done;
    expect(outputOf(second.ctx, 'applied').map((a: any) => a.action)).toEqual(
      Array(6).fill('unchanged'),
    );
    const live = [
      'Service',
      'Deployment',
      'PodDisruptionBudget',
      'NetworkPolicy',
      'ServiceMonitor',
      'ScaledObject',
    ].map(
      k => server.state.get(k, NS, 'support-chat')!.metadata!.resourceVersion,
    );
    expect(
      outputOf(second.ctx, 'applied').map((a: any) => a.resourceVersion),
    ).toEqual(live);
    expect(server.state.resourceVersion).toBe(rv);
    expect(
      server.state
        .list('Deployment', NS)
        .concat(server.state.list('Service', NS))
        .map(o => o.metadata!.resourceVersion),
    ).toEqual(versions);
  });

  it('team A cannot deploy into team B’s namespace: a plan the policy does not let A deploy is refused', async () => {
    const { run, backend } = await setup();
    backend.client.getPlan.mockResolvedValue(
      storedPlan({ ownerGroup: SEARCH_AI }),
    );
    jest
      .spyOn(backend.permissions, 'authorize')
      .mockResolvedValue([{ result: AuthorizeResult.DENY }]);
    const { done } = run();
    await expect(done).rejects.toThrow(
      `${ALICE} cannot deploy plan ${PLAN_ID} of ${SEARCH_AI}: the permission policy does not grant llm-planner.plan.update on it`,
    );
    expect(writes()).toEqual([]);
  });

  it('team A cannot deploy into team B’s namespace: edited manifests are refused before anything is applied', async () => {
    const { run, workspacePath } = await setup();
    const file = path.join(workspacePath, 'manifests', '02-deployment.yaml');
    const d = yaml.parse(fs.readFileSync(file, 'utf8'));
    d.metadata.namespace = 'search-ai';
    fs.writeFileSync(file, yaml.stringify(d));
    const { done } = run();
    await expect(done).rejects.toThrow(
      /Refusing to apply to team namespace customer-support .*nothing was applied:\n- Deployment\/support-chat targets namespace "search-ai", not the team namespace "customer-support"/s,
    );
    expect(writes()).toEqual([]);
    expect(server.state.list('Deployment', 'search-ai')).toEqual([]);
  });

  it('refuses cluster-scoped objects', async () => {
    const { run, workspacePath } = await setup();
    fs.writeFileSync(
      path.join(workspacePath, 'manifests', '99-clusterrole.yaml'),
      yaml.stringify({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRole',
        metadata: { name: 'escalate' },
        rules: [],
      }),
    );
    const { done } = run();
    await expect(done).rejects.toThrow(
      /ClusterRole\/escalate .* is cluster-scoped or not a kind this action applies/,
    );
    expect(writes()).toEqual([]);
  });

  it('refuses beyond the remaining GPU quota before anything is applied, with a clear message', async () => {
    const { run } = await setup({ quota: 3 });
    const { ctx, done } = run();
    await expect(done).rejects.toThrow(
      `Plan ${PLAN_ID} needs 4 GPUs (2 replicas x 2 H100-SXM-80GB) in namespace customer-support, but ResourceQuota llm-planner-gpu-quota leaves 3 of 3 requests.nvidia.com/gpu (0 in use). Nothing was applied.`,
    );
    expect(writes()).toEqual([]);
    expect(ctx.checkpoints).toEqual([]);
    // the quota status was read before
    expect(
      server.state.requests.some(
        r => r.kind === 'ResourceQuota' && r.method === 'GET',
      ),
    ).toBe(true);
  });

  it('counts GPUs the deployment already holds, so a re-run at a full quota still works', async () => {
    const { run } = await setup({ quota: 4 });
    await run().done;
    const again = run();
    await again.done;
    expect(outputOf(again.ctx, 'quota')).toMatchObject({
      hard: 4,
      used: 4,
      remaining: 0,
    });
    expect(
      outputOf(again.ctx, 'applied').every(
        (a: any) => a.action === 'unchanged',
      ),
    ).toBe(true);
  });

  it('dry run uses the API server’s dryRun=All and creates nothing', async () => {
    const { run } = await setup();
    for (const variant of [
      { input: { dryRun: true } },
      { ctx: { isDryRun: true } },
    ]) {
      const { ctx, done } = run(variant.input ?? {}, variant.ctx ?? {});
      await done;
      expect(outputOf(ctx, 'status')).toBe('dry-run');
      expect(
        outputOf(ctx, 'applied').every(
          (a: any) => a.dryRun && a.action === 'created',
        ),
      ).toBe(true);
      expect(outputOf(ctx, 'rollout').status).toBe('skipped');
      expect(ctx.checkpoints).toEqual([]);
    }
    expect(writes().length).toBe(12);
    expect(writes().every(r => r.dryRun)).toBe(true);
    expect(server.state.list('Deployment', NS)).toEqual([]);
    expect(server.state.list('Service', NS)).toEqual([]);
  });

  it("dry-runs a batch plan's CronJob with the API server's dryRun=All, holding no GPU", async () => {
    const plan = storedPlan();
    const batchPlan = {
      ...plan.plan,
      workloadKind: 'batch',
      batch: {
        job: {
          itemsPerRun: 20000,
          runsPerDay: 1,
          windowHours: 8,
          startTime: '01:00',
          inputTokens: 900,
          outputTokens: 250,
          tokensFrom: 'as asked',
        },
        sizing: null,
        method: [],
      },
    } as unknown as Plan;
    const { run } = await setup({
      plan: { ...plan, plan: batchPlan } as typeof plan,
      decision: decisionWithoutSimulation(batchPlan),
    });
    const { ctx, done } = run({}, { isDryRun: true });
    await done;
    expect(outputOf(ctx, 'status')).toBe('dry-run');
    expect(
      outputOf(ctx, 'applied').map((a: any) => `${a.kind}:${a.action}`),
    ).toEqual(['CronJob:created', 'NetworkPolicy:created']);
    expect(writes().map(r => r.path)).toContain(
      `/apis/batch/v1/namespaces/${NS}/cronjobs/support-chat`,
    );
    expect(writes().every(r => r.dryRun)).toBe(true);
    expect(server.state.list('CronJob', NS)).toEqual([]);
    expect(server.state.list('Pod', NS)).toEqual([]);
  });

  it('a failure midway reports exactly what was applied', async () => {
    let patches = 0;
    let armed = false;
    const { run } = await setup({
      serverOptions: {
        failOn: req => {
          if (!armed || req.verb !== 'patch' || req.namespace !== NS)
            return undefined;
          patches += 1;
          return patches === 3
            ? { code: 500, reason: 'InternalError', message: 'etcd is sad' }
            : undefined;
        },
      },
    });
    armed = true;
    const { ctx, done } = run();
    await expect(done).rejects.toThrow(
      'apply PodDisruptionBudget customer-support/support-chat: internal error: etcd is sad. Applied before the failure: Service/support-chat (created), Deployment/support-chat (created). Not applied: PodDisruptionBudget/support-chat, NetworkPolicy/support-chat, ServiceMonitor/support-chat, ScaledObject/support-chat. Re-running the step applies the rest.',
    );
    expect(outputOf(ctx, 'applied').map((a: any) => a.kind)).toEqual([
      'Service',
      'Deployment',
    ]);
    expect(outputOf(ctx, 'status')).toBe('failed');
    expect(server.state.get('Service', NS, 'support-chat')).toBeDefined();
    expect(
      server.state.get('PodDisruptionBudget', NS, 'support-chat'),
    ).toBeUndefined();
  });

  it('reports a rollout that does not finish in time (never-ready pods)', async () => {
    const { run, workspacePath } = await setup();
    const file = path.join(workspacePath, 'manifests', '02-deployment.yaml');
    const d = yaml.parse(fs.readFileSync(file, 'utf8'));
    d.spec.template.metadata.annotations[NEVER_READY_ANNOTATION] = 'true';
    fs.writeFileSync(file, yaml.stringify(d));

    const { ctx, done } = run({ rolloutTimeoutSeconds: 0 });
    await done;
    expect(outputOf(ctx, 'rollout')).toEqual({
      status: 'timeout',
      message: expect.stringMatching(
        /^Rollout not finished after 0 s: Deployment\/support-chat: 0\/2 replicas available/,
      ),
    });
    expect(outputOf(ctx, 'status')).toBe('applied');

    const strict = run({
      rolloutTimeoutSeconds: 0,
      failOnRolloutTimeout: true,
    });
    await expect(strict.done).rejects.toThrow(/Rollout not finished/);
  });

  it('applies a KServe InferenceService of the simulator (no GPUs)', async () => {
    const { run } = await setup({ runtime: 'simulator', variant: 'kserve' });
    const { ctx, done } = run();
    await done;
    expect(outputOf(ctx, 'requestedGpus')).toBe(0);
    expect(outputOf(ctx, 'rollout').status).toBe('ready');
    expect(
      server.state.get('InferenceService', NS, 'support-chat'),
    ).toBeDefined();
  });

  it('reports an RBAC denial of the configured credentials, nothing applied', async () => {
    const { run } = await setup({ token: 'search-ai-token' });
    const { done } = run();
    await expect(done).rejects.toThrow(
      /^read Namespace customer-support: forbidden: namespaces "customer-support" is forbidden: User "search-deployer" cannot get resource "namespaces" .* \(cluster test\)\. Nothing was applied\.$/,
    );
    expect(writes()).toEqual([]);
  });

  it('without a configured cluster validates locally and says so', async () => {
    const { run } = await setup({ config: { clusters: [] }, ensure: false });
    const { ctx, done } = run();
    await done;
    expect(outputOf(ctx, 'mode')).toBe('local-dry-run');
    expect(outputOf(ctx, 'status')).toBe('dry-run');
    expect(outputOf(ctx, 'rollout').message).toMatch(
      /^No cluster configured \(llmPlanner.clusters\): 6 manifests validated locally/,
    );
    expect(server.state.requests).toEqual([]);
  });

  it('a namespace that does not exist yet fails a real run and is validated locally in a scaffolder dry run', async () => {
    const { run } = await setup({ ensure: false });
    await expect(run().done).rejects.toThrow(
      'Namespace customer-support does not exist in cluster test; run llm-planner:namespace:ensure first. Nothing was applied.',
    );
    // `dryRun: true` of a real run still needs the namespace: ensure really created it then.
    await expect(run({ dryRun: true }).done).rejects.toThrow(
      /does not exist in cluster test/,
    );

    const { ctx, done } = run({}, { isDryRun: true });
    await done;
    expect(outputOf(ctx, 'status')).toBe('dry-run');
    expect(outputOf(ctx, 'mode')).toBe('cluster');
    expect(outputOf(ctx, 'applied')).toEqual([]);
    expect(outputOf(ctx, 'rollout')).toEqual({
      status: 'skipped',
      message: expect.stringMatching(
        /^Namespace customer-support does not exist yet in cluster test .*: 6 manifests validated locally/,
      ),
    });
    expect(writes()).toEqual([]);
  });

  const editManifest = (
    workspacePath: string,
    file: string,
    edit: (o: any) => void,
  ) => {
    const p = path.join(workspacePath, 'manifests', file);
    const o = yaml.parse(fs.readFileSync(p, 'utf8'));
    edit(o);
    fs.writeFileSync(p, yaml.stringify(o));
  };

  const actions = (ctx: unknown) =>
    outputOf(ctx as any, 'applied').map(
      (a: any) => `${a.kind}/${a.name}:${a.action}`,
    );

  describe('B2: inference pods fit the team namespace LimitRange', () => {
    it('the ReplicaSet creates every vLLM pod under the ensured LimitRange (explicit CPU and memory limits)', async () => {
      const { run } = await setup();
      const { ctx, done } = run();
      await done;
      expect(outputOf(ctx, 'rollout').status).toBe('ready');
      const pods = server.state.list('Pod', NS);
      expect(pods).toHaveLength(2);
      expect((pods[0].spec as any).containers[0].resources.limits).toEqual({
        cpu: '16',
        memory: '32Gi',
        'nvidia.com/gpu': '2',
      });
      const [rs] = server.state.list('ReplicaSet', NS);
      expect((rs.status as any).conditions).toBeUndefined();
    });

    it('refuses, before writing, manifests whose pods the namespace LimitRange would refuse', async () => {
      const { run, workspacePath } = await setup();
      editManifest(workspacePath, '02-deployment.yaml', d => {
        delete d.spec.template.spec.containers[0].resources.limits.cpu;
      });
      await expect(run().done).rejects.toThrow(
        'The LimitRange of namespace customer-support would refuse the pods; nothing was applied:\n- Deployment/support-chat: container server: cpu request 8 exceeds its LimitRange default limit 1',
      );
      expect(writes()).toEqual([]);
    });
  });

  describe('B3: pods that cannot be created fail the rollout at once, with the reason', () => {
    it('a ReplicaSet FailedCreate (exceeded quota) fails the step long before the rollout timeout', async () => {
      const { run } = await setup();
      // a second quota the GPU pre-check does not look at: one pod at most
      server.state.put({
        apiVersion: 'v1',
        kind: 'ResourceQuota',
        metadata: { name: 'pods-quota', namespace: NS },
        spec: { hard: { pods: '1' } },
      });
      // the FailedCreate reason ends it, not the 600 s timeout (whose message differs and
      // which the test timeout would cut first)
      const { ctx, done } = run({ rolloutTimeoutSeconds: 600 });
      await expect(done).rejects.toThrow(
        /^Deployment\/support-chat failed to roll out: pods cannot be created: pods "support-chat-[a-z0-9]+-[a-z0-9]+" is forbidden: exceeded quota: pods-quota, requested: pods=1, used: pods=1, limited: pods=1 \(ReplicaSet support-chat-[a-z0-9]+, FailedCreate\)$/,
      );
      expect(outputOf(ctx, 'status')).toBe('failed');
      expect(outputOf(ctx, 'rollout').status).toBe('failed');
    });
  });

  describe('B4: the dry-run diff compares the applied fields, not generation', () => {
    it('reports a Service whose spec changed and labels/annotations that changed as configured', async () => {
      const { run, workspacePath } = await setup();
      await run().done;
      editManifest(workspacePath, '01-service.yaml', s => {
        s.spec.ports[0].port = 80;
      });
      editManifest(workspacePath, '04-networkpolicy.yaml', n => {
        n.metadata.labels['example.com/tier'] = 'gold';
      });
      editManifest(workspacePath, '03-poddisruptionbudget.yaml', p => {
        p.metadata.annotations['example.com/owner'] = 'sre';
      });
      const { ctx, done } = run({ dryRun: true });
      await done;
      expect(actions(ctx)).toEqual([
        'Service/support-chat:configured',
        'Deployment/support-chat:unchanged',
        'PodDisruptionBudget/support-chat:configured',
        'NetworkPolicy/support-chat:configured',
        'ServiceMonitor/support-chat:unchanged',
        'ScaledObject/support-chat:unchanged',
      ]);
      const changes = Object.fromEntries(
        outputOf(ctx, 'applied').map((a: any) => [a.kind, a.changes]),
      );
      expect(changes.Service).toContain('spec.ports[0].port');
      expect(changes.NetworkPolicy).toContain(
        'metadata.labels.example.com/tier',
      );
      expect(changes.PodDisruptionBudget).toContain(
        'metadata.annotations.example.com/owner',
      );
      expect(
        server.state.get('Service', NS, 'support-chat')!.metadata!.generation,
      ).toBeUndefined();
    });

    it('reports a label the manifest stopped setting as configured (the applied field set changed)', async () => {
      const { run, workspacePath } = await setup();
      await run().done;
      editManifest(workspacePath, '01-service.yaml', s => {
        delete s.metadata.labels['app.kubernetes.io/part-of'];
      });
      const { ctx, done } = run({ dryRun: true });
      await done;
      expect(actions(ctx)[0]).toBe('Service/support-chat:configured');
    });
  });

  describe('B5: preflight discovery before any write', () => {
    const v120 = { servedGroupVersions: KUBERNETES_1_20_GROUP_VERSIONS };

    it('refuses, writing nothing, when kinds are not served, and lists them', async () => {
      const { run } = await setup({ serverOptions: v120 });
      const { ctx, done } = run();
      await expect(done).rejects.toThrow(
        'Cluster test does not serve every kind to apply; nothing was applied:\n- ServiceMonitor (monitoring.coreos.com/v1): support-chat\n- ScaledObject (keda.sh/v1alpha1): support-chat\nInstall what the cluster lacks, or skip optional kinds with the input skipKinds (ServiceMonitor, ScaledObject).',
      );
      expect(writes()).toEqual([]);
      expect(outputOf(ctx, 'applied')).toBeUndefined();
    });

    it('applies with skipKinds, as the served compatible version (PodDisruptionBudget policy/v1beta1), and says so', async () => {
      const { run } = await setup({ serverOptions: v120 });
      const { ctx, done } = run({
        skipKinds: ['ServiceMonitor', 'ScaledObject'],
      });
      await done;
      expect(actions(ctx)).toEqual([
        'Service/support-chat:created',
        'Deployment/support-chat:created',
        'PodDisruptionBudget/support-chat:created',
        'NetworkPolicy/support-chat:created',
      ]);
      expect(outputOf(ctx, 'skipped')).toEqual([
        'ServiceMonitor/support-chat',
        'ScaledObject/support-chat',
      ]);
      expect(outputOf(ctx, 'conversions')).toEqual([
        'PodDisruptionBudget/support-chat applied as policy/v1beta1: the cluster does not serve policy/v1 (same fields for what the planner renders)',
      ]);
      expect(
        server.state.get('PodDisruptionBudget', NS, 'support-chat')!.apiVersion,
      ).toBe('policy/v1beta1');
      expect(outputOf(ctx, 'status')).toBe('applied');
    });
  });

  describe('B6: timeouts and cancellation on every Kubernetes call', () => {
    it('a paused API server fails the step after the request timeout', async () => {
      const { run } = await setup({ config: { requestTimeoutSeconds: 0.3 } });
      server.pause();
      await expect(run().done).rejects.toThrow(
        /no answer from the API server within 0.3 s/,
      );
      server.resume();
    });

    it('the task’s abort signal cancels a hung request', async () => {
      const { run } = await setup({ config: { requestTimeoutSeconds: 60 } });
      server.pause();
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 200);
      // the abort ends it (its own message), not the 60 s request timeout
      await expect(run({}, { signal: controller.signal }).done).rejects.toThrow(
        /cancelled: the task was aborted/,
      );
      server.resume();
    });

    it('the task’s abort signal ends the rollout wait', async () => {
      const { run, workspacePath } = await setup();
      editManifest(workspacePath, '02-deployment.yaml', d => {
        d.spec.template.metadata.annotations[NEVER_READY_ANNOTATION] = 'true';
      });
      const controller = new AbortController();
      const { ctx, done } = run(
        { rolloutTimeoutSeconds: 600 },
        { signal: controller.signal },
      );
      // abort once every object is applied, i.e. during the rollout wait: no wall-clock
      // guess, which a loaded machine can outrun
      while (outputOf(ctx, 'applied') === undefined) {
        await new Promise(resolve => setTimeout(resolve, 10));
      }
      controller.abort();
      await expect(done).rejects.toThrow(
        /^Every object was applied, but waiting for the rollout failed: Cancelled/,
      );
      expect(outputOf(ctx, 'rollout').status).toBe('cancelled');
    });

    it('a server stopped mid-apply: the error names what was and was not applied; a re-run completes', async () => {
      let patches = 0;
      let armed = false;
      const { run } = await setup({
        config: { requestTimeoutSeconds: 0.5 },
        serverOptions: {
          failOn: req => {
            if (!armed || req.verb !== 'patch' || req.namespace !== NS)
              return undefined;
            patches += 1;
            if (patches === 3) server.pause();
            return undefined;
          },
        },
      });
      armed = true;
      const first = run();
      await expect(first.done).rejects.toThrow(
        'apply PodDisruptionBudget customer-support/support-chat: no answer from the API server within 0.5 s (llmPlanner.kubernetes.requestTimeoutSeconds). Applied before the failure: Service/support-chat (created), Deployment/support-chat (created). Not applied: NetworkPolicy/support-chat, ServiceMonitor/support-chat, ScaledObject/support-chat. PodDisruptionBudget/support-chat may or may not have been applied (no answer). Re-running the step applies the rest.',
      );
      expect(outputOf(first.ctx, 'status')).toBe('failed');
      armed = false;
      server.resume();
      const second = run();
      await second.done;
      expect(actions(second.ctx).slice(0, 2)).toEqual([
        'Service/support-chat:unchanged',
        'Deployment/support-chat:unchanged',
      ]);
      expect(outputOf(second.ctx, 'status')).toBe('applied');
      expect(
        server.state.get('ScaledObject', NS, 'support-chat'),
      ).toBeDefined();
    });
  });

  describe('B7/B8: readable errors naming the call and the object', () => {
    it('a forbidden ServiceMonitor read says so, not "Could not read namespace"', async () => {
      const { run } = await setup({
        serverOptions: {
          failOn: req =>
            req.verb === 'get' && req.resource === 'servicemonitors'
              ? {
                  code: 403,
                  reason: 'Forbidden',
                  message: `servicemonitors.monitoring.coreos.com "${req.name}" is forbidden: User "admin" cannot get resource "servicemonitors" in API group "monitoring.coreos.com" in the namespace "${req.namespace}"`,
                }
              : undefined,
        },
      });
      await expect(run().done).rejects.toThrow(
        'read ServiceMonitor customer-support/support-chat: forbidden: servicemonitors.monitoring.coreos.com "support-chat" is forbidden: User "admin" cannot get resource "servicemonitors" in API group "monitoring.coreos.com" in the namespace "customer-support" (cluster test). Nothing was applied.',
      );
      expect(writes()).toEqual([]);
    });

    it('a forbidden apply names the verb and the object', async () => {
      const { run } = await setup({
        serverOptions: {
          failOn: req =>
            req.verb === 'patch' && req.resource === 'deployments'
              ? {
                  code: 403,
                  reason: 'Forbidden',
                  message: `deployments.apps "${req.name}" is forbidden: User "admin" cannot patch resource "deployments" in API group "apps" in the namespace "${req.namespace}"`,
                }
              : undefined,
        },
      });
      const error = await run().done.then(
        () => undefined,
        e => e as Error,
      );
      expect(error?.message).toMatch(
        /^apply Deployment customer-support\/support-chat: forbidden: deployments.apps "support-chat" is forbidden: User "admin" cannot patch/,
      );
      expect(error?.message).not.toMatch(/Headers|HTTP-Code|\\"/);
    });
  });
});
