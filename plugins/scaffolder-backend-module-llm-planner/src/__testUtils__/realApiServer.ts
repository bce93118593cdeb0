import { createMockDirectory } from '@backstage/backend-test-utils';
import {
  decisionWithoutSimulation,
  KubeObject,
  Plan,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import {
  RealApiServer,
  RealApiServerUser,
} from '@llm-planner/kubernetes-test-server';
import { KubeConfig } from '@kubernetes/client-node';
import fs from 'fs';
import path from 'path';
import yaml from 'yaml';
import { createApplyManifestsAction } from '../actions/applyManifests';
import { createEnsureNamespaceAction } from '../actions/ensureNamespace';
import { createRenderManifestsAction } from '../actions/renderManifests';
import { PlannerModuleConfig } from '../config';
import {
  ClusterClient,
  clusterClientFromKubeConfig,
} from '../kubernetes/ClusterClient';
import { kubeConfigTransport, KubeRequest } from '../kubernetes/transport';
import { DECISION } from './decision';
import {
  actionContext,
  ALICE,
  fakeBackend,
  moduleConfig,
  PLAN_ID,
  storedPlan,
  userInfoOf,
} from './fixtures';

/** The plan's autoscaler decision: KEDA on running requests from the plan's 2 replicas (4 GPUs). */
export const TWO_REPLICA_DECISION = {
  ...DECISION,
  parameters: { ...DECISION.parameters, minReplicas: 2, maxReplicas: 4 },
};

/** Who an action talks to the cluster as: a harness user or any KubeConfig. */
export type Identity = RealApiServerUser | (() => KubeConfig);

/** Admin reads and writes that stand in for kubectl (the module's raw JSON transport). */
export function adminOf(server: RealApiServer) {
  const client = () =>
    clusterClientFromKubeConfig('admin', server.kubeConfig('admin'), {
      requestTimeoutMs: 30_000,
    });
  const send = (request: KubeRequest) =>
    kubeConfigTransport(server.kubeConfig('admin'), { timeoutMs: 30_000 })(
      request,
    );
  return {
    read: (apiVersion: string, kind: string, namespace: string, name: string) =>
      client().read({ apiVersion, kind, metadata: { name, namespace } }),
    list: (apiVersion: string, kind: string, namespace: string) =>
      client().list(apiVersion, kind, namespace),
    send,
  };
}

/** Polls `get` until `done` holds (controllers act asynchronously); returns the last value. */
export async function eventually<T>(
  get: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await get();
  while (!done(value) && Date.now() < deadline) {
    await new Promise(r => setTimeout(r, 250));
    value = await get();
  }
  return value;
}

export const SERVICE = 'support-chat';

/** The names of what an apply reported: `Service/support-chat:created`. */
export function actionsOf(
  applied: { kind: string; name: string; action: string }[],
) {
  return applied.map(a => `${a.kind}/${a.name}:${a.action}`);
}

/**
 * The template's journey for one team against the real API server: the REAL render, ensure and
 * apply actions, with the injected cluster client factory built from the harness kubeconfigs
 * (`clusterClientFromKubeConfig`, re-read on every run so a restarted server is found).
 * `hook` may wrap the client (e.g. stop the server mid-apply). Call it where `describe` may
 * register hooks (its workspace is a mock directory); the server is only looked up when used.
 */
export function realJourney(
  serverOf: () => RealApiServer,
  options: {
    ownerGroup: string;
    gpuQuota?: number;
    config?: Partial<PlannerModuleConfig>;
    hook?: (client: ClusterClient) => ClusterClient;
    /** the plan to render (default: the fixture's always-on plan of the owner group) */
    plan?: ReturnType<typeof storedPlan>;
  },
) {
  const mockDir = createMockDirectory();
  const workspacePath = mockDir.resolve('workspace');
  fs.mkdirSync(workspacePath, { recursive: true });
  const plan = options.plan ?? storedPlan({ ownerGroup: options.ownerGroup });
  const backend = fakeBackend(
    [plan],
    [{ teamRef: options.ownerGroup, gpuQuota: options.gpuQuota ?? 8 }],
  );
  // as the backend answers: a batch plan is decided from its run window, without simulation
  (backend.client.getAutoscaling as jest.Mock).mockResolvedValue(
    (plan.plan && decisionWithoutSimulation(plan.plan as Plan)) ??
      TWO_REPLICA_DECISION,
  );
  const depsAs = (identity: Identity) => ({
    ...backend,
    userInfo: userInfoOf(ALICE, [options.ownerGroup]),
    config: {
      ...moduleConfig(undefined, undefined, {
        requestTimeoutSeconds: 30,
        ...options.config,
      }),
      clusters: [{ name: 'real', url: serverOf().url }],
    },
    clusterClientFactory: async (
      cluster: { name: string },
      clientOptions?: { requestTimeoutMs?: number; signal?: AbortSignal },
    ) => {
      const kc =
        typeof identity === 'function'
          ? identity()
          : serverOf().kubeConfig(identity);
      const client = clusterClientFromKubeConfig(
        cluster.name,
        kc,
        clientOptions,
      );
      return options.hook ? options.hook(client) : client;
    },
    pollIntervalMs: 500,
  });
  type CtxOptions = { isDryRun?: boolean; signal?: AbortSignal };
  const start = (
    handler: (ctx: any) => Promise<void>,
    input: Record<string, unknown>,
    ctxOptions: CtxOptions,
  ) => {
    const ctx = actionContext(
      { planId: PLAN_ID, ...input },
      { workspacePath, ...ctxOptions },
    );
    return { ctx, done: handler(ctx as any) };
  };
  return {
    workspacePath,
    backend,
    async render() {
      const { done } = start(
        createRenderManifestsAction(depsAs('admin')).handler,
        { serviceName: SERVICE, runtime: 'vllm', autoscaler: 'keda' },
        {},
      );
      await done;
    },
    /** `llm-planner:namespace:ensure`; the platform's identity is the admin kubeconfig by default. */
    ensure(as: Identity = 'admin', ctxOptions: CtxOptions = {}) {
      return start(
        createEnsureNamespaceAction(depsAs(as)).handler,
        {},
        ctxOptions,
      );
    },
    apply(
      input: Record<string, unknown> = {},
      as: Identity = 'admin',
      ctxOptions: CtxOptions = {},
    ) {
      return start(
        createApplyManifestsAction(depsAs(as)).handler,
        { waitForRollout: false, ...input },
        ctxOptions,
      );
    },
    editManifest(file: string, edit: (o: any) => void) {
      const p = path.join(workspacePath, 'manifests', file);
      const o = yaml.parse(fs.readFileSync(p, 'utf8'));
      edit(o);
      fs.writeFileSync(p, yaml.stringify(o));
    },
  };
}

/** The error an action rejected with (fails the test when it resolved). */
export async function rejectionOf(done: Promise<unknown>): Promise<Error> {
  return done.then(
    () => {
      throw new Error('expected the action to fail, but it succeeded');
    },
    e => e as Error,
  );
}

/** The workload objects of a namespace (what "nothing applied" means). */
export async function workloadObjects(
  server: RealApiServer,
  namespace: string,
): Promise<string[]> {
  const admin = adminOf(server);
  const kinds: [string, string][] = [
    ['v1', 'Service'],
    ['apps/v1', 'Deployment'],
    ['policy/v1beta1', 'PodDisruptionBudget'],
    ['networking.k8s.io/v1', 'NetworkPolicy'],
  ];
  const found: string[] = [];
  for (const [apiVersion, kind] of kinds) {
    const items: KubeObject[] = await admin.list(apiVersion, kind, namespace);
    for (const o of items) {
      if (o.metadata.name === SERVICE) found.push(`${kind}/${o.metadata.name}`);
    }
  }
  return found;
}
