/**
 * Opt-in: the same journey against a real cluster (kind/k3d). Skipped unless KUBECONFIG is set.
 *
 *   KUBECONFIG=~/.kube/config CI=true yarn backstage-cli package test src/journey.cluster.test.ts
 *
 * Uses the current context; creates the namespace `llmp-e2e-customer-support` (prefix
 * `llmp-e2e-`) and deletes nothing (delete it by hand). Kinds the cluster does not serve (KEDA,
 * prometheus-operator, KServe CRDs) are dropped before applying. Set LLM_PLANNER_E2E_WAIT=1 to
 * wait for the rollout (load the simulator image first, e.g. `kind load docker-image`).
 */
import { createMockDirectory } from '@backstage/backend-test-utils';
import { KubeConfig } from '@kubernetes/client-node';
import fs from 'fs';
import path from 'path';
import yaml from 'yaml';
import {
  actionContext,
  fakeBackend,
  moduleConfig,
  outputOf,
  PLAN_ID,
  userInfoOf,
} from './__testUtils__/fixtures';
import { createApplyManifestsAction } from './actions/applyManifests';
import { createEnsureNamespaceAction } from './actions/ensureNamespace';
import { createRenderManifestsAction } from './actions/renderManifests';
import { clusterClientFromKubeConfig } from './kubernetes/ClusterClient';

const run = process.env.KUBECONFIG ? describe : describe.skip;

run('journey against a real cluster (KUBECONFIG)', () => {
  const mockDir = createMockDirectory();
  jest.setTimeout(300_000);

  it('ensures the team namespace, applies the simulator service, and re-runs change nothing', async () => {
    const kc = new KubeConfig();
    kc.loadFromDefault();
    const client = clusterClientFromKubeConfig('kubeconfig', kc);
    const deps = {
      ...fakeBackend(),
      userInfo: userInfoOf(),
      config: {
        ...moduleConfig(undefined, undefined, {
          namespacePrefix: 'llmp-e2e-',
          rolloutTimeoutSeconds: 240,
        }),
        clusters: [{ name: 'kubeconfig', url: 'from-kubeconfig' }],
      },
      clusterClientFactory: async () => client,
      pollIntervalMs: 2000,
    };
    const workspacePath = mockDir.resolve('workspace');
    fs.mkdirSync(workspacePath, { recursive: true });
    await createRenderManifestsAction(deps).handler(
      actionContext(
        {
          planId: PLAN_ID,
          serviceName: 'support-chat',
          runtime: 'simulator',
          autoscaler: 'hpa-cpu',
        },
        { workspacePath },
      ) as any,
    );
    await createEnsureNamespaceAction(deps).handler(
      actionContext({ planId: PLAN_ID }) as any,
    );

    const dir = path.join(workspacePath, 'manifests');
    for (const f of fs.readdirSync(dir)) {
      const o = yaml.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      if (o.kind === 'Kustomization') continue;
      try {
        await client.list(o.apiVersion, o.kind, 'default');
      } catch {
        fs.rmSync(path.join(dir, f)); // CRD not installed in this cluster
      }
    }
    const apply = createApplyManifestsAction(deps);
    const wait = process.env.LLM_PLANNER_E2E_WAIT === '1';
    const first = actionContext(
      { planId: PLAN_ID, waitForRollout: wait },
      { workspacePath },
    );
    await apply.handler(first as any);
    expect(outputOf(first, 'status')).toBe('applied');

    const second = actionContext(
      { planId: PLAN_ID, waitForRollout: false },
      { workspacePath },
    );
    await apply.handler(second as any);
    expect(
      outputOf(second, 'applied').every((a: any) => a.action === 'unchanged'),
    ).toBe(true);
  });
});
