import { createMockDirectory } from '@backstage/backend-test-utils';
import fs from 'fs';
import yaml from 'yaml';
import {
  actionContext,
  CUSTOMER_SUPPORT,
  fakeBackend,
  moduleConfig,
  outputOf,
  PLAN_ID,
  RECOMMENDED_AUTOSCALING,
  SEARCH_AI,
  storedPlan,
  userInfoOf,
} from '../__testUtils__/fixtures';
import { createRenderManifestsAction } from './renderManifests';

describe('llm-planner:manifests:render', () => {
  const mockDir = createMockDirectory();

  function setup(plan = storedPlan()) {
    mockDir.clear();
    const backend = fakeBackend([plan]);
    const action = createRenderManifestsAction({
      ...backend,
      userInfo: userInfoOf(),
      config: { ...moduleConfig(), appBaseUrl: 'http://localhost:3000' },
    });
    return { action, backend, workspacePath: mockDir.resolve('workspace') };
  }

  it('writes manifests, a README and a catalog-info.yaml owned by the team', async () => {
    const { action, workspacePath } = setup();
    const ctx = actionContext(
      { planId: PLAN_ID, serviceName: 'support-chat' },
      { workspacePath },
    );
    await action.handler(ctx as any);

    expect(outputOf(ctx, 'files')).toEqual([
      'manifests/01-service.yaml',
      'manifests/02-deployment.yaml',
      'manifests/03-poddisruptionbudget.yaml',
      'manifests/04-networkpolicy.yaml',
      'manifests/05-servicemonitor.yaml',
      'manifests/06-scaledobject.yaml',
      'manifests/kustomization.yaml',
      'README.md',
      'catalog-info.yaml',
    ]);
    expect(outputOf(ctx, 'namespace')).toBe('customer-support');
    expect(outputOf(ctx, 'entityRef')).toBe('component:default/support-chat');
    expect(outputOf(ctx, 'catalogInfoPath')).toBe('/catalog-info.yaml');
    const entity = yaml.parse(
      fs.readFileSync(`${workspacePath}/catalog-info.yaml`, 'utf8'),
    );
    expect(entity).toMatchObject({
      kind: 'Component',
      metadata: {
        name: 'support-chat',
        annotations: {
          'llm-planner.io/plan-id': PLAN_ID,
          'backstage.io/kubernetes-id': 'support-chat',
          'backstage.io/kubernetes-namespace': 'customer-support',
        },
        links: [{ url: `http://localhost:3000/llm-planner/plans/${PLAN_ID}` }],
      },
      spec: { type: 'service', owner: CUSTOMER_SUPPORT },
    });
    const readme = fs.readFileSync(`${workspacePath}/README.md`, 'utf8');
    expect(readme).toContain('| --max-num-seqs | 48 |');
    expect(readme).toContain('| GPUs requested | 4 |');
  });

  it('renders the same bytes on a re-run', async () => {
    const { action, workspacePath } = setup();
    await action.handler(
      actionContext({ planId: PLAN_ID }, { workspacePath }) as any,
    );
    const first = fs.readFileSync(
      `${workspacePath}/manifests/02-deployment.yaml`,
    );
    await action.handler(
      actionContext({ planId: PLAN_ID }, { workspacePath }) as any,
    );
    expect(
      fs.readFileSync(`${workspacePath}/manifests/02-deployment.yaml`),
    ).toEqual(first);
  });

  it('derives the service name from the plan title and bounds the context by the model catalog', async () => {
    const { action, backend, workspacePath } = setup();
    backend.client.listModels.mockResolvedValue([
      { id: 'llama-3.1-8b-instruct', hfId: 'x', maxContext: 2048 },
    ]);
    const ctx = actionContext({ planId: PLAN_ID }, { workspacePath });
    await action.handler(ctx as any);
    expect(outputOf(ctx, 'serviceName')).toBe('support-chatbot');
    expect(
      fs.readFileSync(`${workspacePath}/manifests/02-deployment.yaml`, 'utf8'),
    ).toMatch(/- --max-model-len\n\s+- "2048"/);
    expect(outputOf(ctx, 'warnings').join()).toMatch(/clipped/);
  });

  it('refuses invalid service names and plans of other teams', async () => {
    const { action, workspacePath } = setup();
    await expect(
      action.handler(
        actionContext(
          { planId: PLAN_ID, serviceName: 'Bad_Name' },
          { workspacePath },
        ) as any,
      ),
    ).rejects.toThrow(/DNS-1035 label/);
    const other = setup(storedPlan({ ownerGroup: SEARCH_AI }));
    await expect(
      other.action.handler(
        actionContext({ planId: PLAN_ID }, { workspacePath }) as any,
      ),
    ).rejects.toThrow(/is not a member of group:default\/search-ai/);
  });

  it('renders the autoscaler the scaling simulation recommends for the plan', async () => {
    const { action, backend, workspacePath } = setup();
    backend.client.getAutoscaling.mockResolvedValue(RECOMMENDED_AUTOSCALING);
    const ctx = actionContext({ planId: PLAN_ID }, { workspacePath });
    await action.handler(ctx as any);

    expect(backend.client.getAutoscaling).toHaveBeenCalledWith(
      PLAN_ID,
      expect.anything(),
    );
    const scaled = yaml.parse(
      fs.readFileSync(
        `${workspacePath}/manifests/06-scaledobject.yaml`,
        'utf8',
      ),
    );
    expect(scaled.spec).toMatchObject({
      minReplicaCount: 1,
      maxReplicaCount: 4,
    });
    expect(JSON.stringify(scaled.spec.triggers)).toContain(
      'vllm:num_requests_running',
    );
  });

  it('falls back to the default autoscaler targets when no recommendation is available', async () => {
    const { action, workspacePath } = setup();
    const ctx = actionContext({ planId: PLAN_ID }, { workspacePath });
    const warn = jest.spyOn(ctx.logger, 'warn');
    await action.handler(ctx as any);

    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('No autoscaling recommendation'),
    );
    expect(
      fs.existsSync(`${workspacePath}/manifests/06-scaledobject.yaml`),
    ).toBe(true);
  });
});
