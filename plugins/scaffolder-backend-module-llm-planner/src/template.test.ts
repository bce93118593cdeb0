import { createMockDirectory } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { templateEntityV1beta3Validator } from '@backstage/plugin-scaffolder-common';
import { KubernetesTestServer } from '@llm-planner/kubernetes-test-server';
import fs from 'fs';
import git from 'isomorphic-git';
import path from 'path';
import yaml from 'yaml';
import {
  actionContext,
  fakeBackend,
  moduleConfig,
  outputOf,
  PLAN_ID,
  startServer,
  userInfoOf,
} from './__testUtils__/fixtures';
import { DECISION } from './__testUtils__/decision';
import { createApplyManifestsAction } from './actions/applyManifests';
import { createEnsureNamespaceAction } from './actions/ensureNamespace';
import { createFetchPlanAction } from './actions/fetchPlan';
import { createPublishLocalAction } from './actions/publishLocal';
import { createRecordDeploymentAction } from './actions/recordDeployment';
import { createRegisterLocalAction } from './actions/registerLocal';
import { createRenderManifestsAction } from './actions/renderManifests';
import { createClusterClient } from './kubernetes/ClusterClient';

const TEMPLATE = path.resolve(
  __dirname,
  '../../catalog-backend-module-llm-planner/templates/llm-inference-service/template.yaml',
);
const template = yaml.parse(fs.readFileSync(TEMPLATE, 'utf8'));

function actions(server: KubernetesTestServer | undefined, reposDir: string) {
  const backend = fakeBackend();
  // the plan's autoscaler decision, as the backend derives it for plans stored before decisions
  backend.client.getAutoscaling.mockResolvedValue(DECISION);
  const catalog = catalogServiceMock.mock();
  const config = moduleConfig(server, 'admin-token', {
    localPublishDirectory: reposDir,
  });
  const deps = {
    ...backend,
    userInfo: userInfoOf(),
    config,
    clusterClientFactory: createClusterClient,
    pollIntervalMs: 10,
  };
  const list = [
    createFetchPlanAction(deps),
    createRenderManifestsAction(deps),
    createPublishLocalAction(deps),
    createRegisterLocalAction({ catalog }),
    createEnsureNamespaceAction(deps),
    createApplyManifestsAction(deps),
    createRecordDeploymentAction(deps),
  ];
  return { byId: new Map(list.map(a => [a.id, a])), backend, catalog };
}

describe('template llm-inference-service', () => {
  it('is a valid v1beta3 Template whose steps use known actions and inputs', async () => {
    expect(await templateEntityV1beta3Validator.check(template)).toBe(true);
    const { byId } = actions(undefined, '/tmp/x');
    const builtIn = ['publish:github', 'catalog:register'];
    expect(template.spec.steps.map((s: any) => s.id)).toEqual([
      'plan',
      'render',
      'publish-local',
      'publish-github',
      'namespace',
      'apply',
      'register-local',
      'register',
      'record',
    ]);
    for (const step of template.spec.steps) {
      if (builtIn.includes(step.action)) continue;
      const action = byId.get(step.action);
      expect(action).toBeDefined();
      const props = Object.keys((action!.schema?.input as any).properties);
      for (const key of Object.keys(step.input)) expect(props).toContain(key);
    }
    expect(template.spec.parameters[0].properties.planId['ui:field']).toBe(
      'ApprovedPlanPicker',
    );
    expect(template.spec.output.links.map((l: any) => l.title)).toEqual([
      'Repository',
      'Open in catalog',
      'Deployment plan',
    ]);
  });

  describe('the embedded-default journey, step by step as the template runs it', () => {
    let server: KubernetesTestServer;
    const mockDir = createMockDirectory();
    afterEach(() => server?.close());

    it('approved plan -> local git repo of manifests -> objects in the team namespace -> catalog -> recorded', async () => {
      server = await startServer();
      mockDir.clear();
      const workspacePath = mockDir.resolve('workspace');
      fs.mkdirSync(workspacePath, { recursive: true });
      const reposDir = mockDir.resolve('repos');
      const { byId, backend, catalog } = actions(server, reposDir);
      const run = async (id: string, input: Record<string, unknown>) => {
        const ctx = actionContext(input, { workspacePath });
        await byId.get(id)!.handler(ctx as any);
        return ctx;
      };

      const plan = await run('llm-planner:plan:fetch', { planId: PLAN_ID });
      expect(outputOf(plan, 'namespace')).toBe('customer-support');
      const render = await run('llm-planner:manifests:render', {
        planId: PLAN_ID,
        variant: 'deployment',
        runtime: 'vllm',
        autoscaler: 'keda',
      });
      const publish = await run('llm-planner:publish:local', {
        repoName: outputOf(render, 'serviceName'),
      });
      await run('llm-planner:namespace:ensure', { planId: PLAN_ID });
      const apply = await run('llm-planner:kubernetes:apply', {
        planId: PLAN_ID,
        manifestsPath: 'manifests',
      });
      const register = await run('llm-planner:catalog:register-local', {
        repoPath: outputOf(publish, 'repoPath'),
        catalogInfoPath: outputOf(render, 'catalogInfoPath'),
      });
      await run('llm-planner:deployment:record', {
        planId: PLAN_ID,
        cluster: outputOf(apply, 'cluster'),
        status: outputOf(apply, 'status'),
        repoUrl: outputOf(publish, 'remoteUrl'),
        entityRef: outputOf(render, 'entityRef'),
      });

      const repo = outputOf(publish, 'repoPath');
      expect(await git.listFiles({ fs, dir: repo })).toEqual(
        expect.arrayContaining([
          'README.md',
          'catalog-info.yaml',
          'manifests/02-deployment.yaml',
        ]),
      );
      expect(outputOf(apply, 'status')).toBe('applied');
      expect(
        server.state.get('Deployment', 'customer-support', 'support-chatbot'),
      ).toBeDefined();
      expect(outputOf(register, 'entityRef')).toBe(
        'component:default/support-chatbot',
      );
      expect(catalog.addLocation).toHaveBeenCalledWith(
        { type: 'file', target: path.join(repo, 'catalog-info.yaml') },
        expect.anything(),
      );
      expect(backend.recorded).toEqual([
        {
          cluster: 'test',
          namespace: 'customer-support',
          repoUrl: `file://${repo}`,
          entityRef: 'component:default/support-chatbot',
          status: 'applied',
        },
      ]);
    });
  });
});
