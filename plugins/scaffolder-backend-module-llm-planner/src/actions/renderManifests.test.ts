import { createMockDirectory } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import fs from 'fs';
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
  storedPlan,
  userInfoOf,
} from '../__testUtils__/fixtures';
import {
  decisionWithoutSimulation,
  Plan,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { createRenderManifestsAction } from './renderManifests';
import { DECISION, FIXED_DECISION } from '../__testUtils__/decision';

describe('llm-planner:manifests:render', () => {
  const mockDir = createMockDirectory();

  function setup(plan = storedPlan()) {
    mockDir.clear();
    const backend = fakeBackend([plan]);
    // plans stored before decisions existed: the backend derives the decision
    backend.client.getAutoscaling.mockResolvedValue(DECISION);
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
    expect(readme).toContain('| GPUs requested | 2 |');
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

  it('refuses invalid service names and plans the permission policy does not let the user deploy', async () => {
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
    jest
      .spyOn(other.backend.permissions, 'authorize')
      .mockResolvedValue([{ result: AuthorizeResult.DENY }]);
    await expect(
      other.action.handler(
        actionContext({ planId: PLAN_ID }, { workspacePath }) as any,
      ),
    ).rejects.toThrow(
      `${ALICE} cannot deploy plan ${PLAN_ID} of ${SEARCH_AI}: the permission policy does not grant llm-planner.plan.update on it`,
    );
  });

  it("renders the plan's autoscaler decision, derived by the backend for older plans", async () => {
    const { action, backend, workspacePath } = setup();
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
    expect(outputOf(ctx, 'autoscaler')).toBe(
      "ScaledObject support-chatbot: KEDA running requests 24/pod, 1-4 replicas, 1-4 replicas (the plan's decision)",
    );
    expect(outputOf(ctx, 'objects')).toContain('ScaledObject/support-chatbot');
    expect(outputOf(ctx, 'summary')).toContain(
      'Rendered 6 objects for namespace `customer-support`',
    );
  });

  it('uses the decision stored with the plan, without asking the backend', async () => {
    const plan = storedPlan();
    const { action, backend, workspacePath } = setup({
      ...plan,
      plan: { ...(plan.plan as object), autoscaling: FIXED_DECISION },
    } as unknown as typeof plan);
    const ctx = actionContext({ planId: PLAN_ID }, { workspacePath });
    await action.handler(ctx as any);

    expect(backend.client.getAutoscaling).not.toHaveBeenCalled();
    expect(outputOf(ctx, 'objects')).not.toContain(
      'ScaledObject/support-chatbot',
    );
    expect(outputOf(ctx, 'autoscaler')).toBe(
      "none: fixed 4 replica(s), the plan's decision",
    );
    const readme = fs.readFileSync(`${workspacePath}/README.md`, 'utf8');
    expect(readme).toContain(
      'No autoscaler object: the deployment keeps 4 replica(s).',
    );
  });

  it("publishes a batch plan's CronJob as its decision says: no autoscaler, nothing between runs", async () => {
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
        sizing: {
          runHours: { value: 5.1, low: 4.6, high: 5.8, level: 0.8 },
          runHoursAtConfidence: 6.2,
          gpuHoursPerRun: { value: 20.4, low: 18.4, high: 23.2, level: 0.8 },
          confidence: 0.9,
        },
        method: [],
      },
    } as unknown as Plan;
    const decision = decisionWithoutSimulation(batchPlan)!;
    const { action, backend, workspacePath } = setup({
      ...plan,
      plan: batchPlan,
    } as typeof plan);
    (backend.client.getAutoscaling as jest.Mock).mockResolvedValue(decision);
    const ctx = actionContext({ planId: PLAN_ID }, { workspacePath });
    await action.handler(ctx as any);

    expect(outputOf(ctx, 'objects')).toEqual([
      'CronJob/support-chatbot',
      'NetworkPolicy/support-chatbot',
    ]);
    const text = `none: ${decision.label}, the plan's decision`;
    expect(text).toBe(
      "none: CronJob of 2 pod(s) a run, scale to zero between runs, the plan's decision",
    );
    expect(outputOf(ctx, 'autoscaler')).toBe(text);
    expect(outputOf(ctx, 'summary')).toContain(
      'Rendered 2 objects for namespace `customer-support`: CronJob/support-chatbot, NetworkPolicy/support-chatbot.',
    );
    expect(outputOf(ctx, 'summary')).toContain(`Autoscaler: ${text}.`);
    expect(outputOf(ctx, 'warnings').join('\n')).not.toMatch(/autoscaler/);
    const readme = fs.readFileSync(`${workspacePath}/README.md`, 'utf8');
    expect(readme).toContain(
      '| Replicas | 0-2 (CronJob of 2 pod(s) a run, scale to zero between runs: no autoscaler) |',
    );
    expect(readme).toContain('decided without\nsimulation from its run window');
    expect(readme).toContain(decision.reason);
    expect(decision.reason).toContain('01:00 to 09:00 UTC, 8 h');
  });

  it('fails instead of rendering another autoscaler when the plan has no decision', async () => {
    const { action, backend, workspacePath } = setup();
    backend.client.getAutoscaling.mockRejectedValue(new Error('503'));
    await expect(
      action.handler(
        actionContext({ planId: PLAN_ID }, { workspacePath }) as any,
      ),
    ).rejects.toThrow(/has no autoscaler decision .*nothing was rendered/);
    expect(fs.existsSync(`${workspacePath}/manifests`)).toBe(false);
  });

  it('fails when the chosen autoscaler cannot render the decision', async () => {
    const { action, workspacePath } = setup();
    await expect(
      action.handler(
        actionContext(
          { planId: PLAN_ID, autoscaler: 'hpa-cpu' },
          { workspacePath },
        ) as any,
      ),
    ).rejects.toThrow(
      /with autoscaler "hpa-cpu" \(the plan decided KEDA running requests 24\/pod, 1-4 replicas\)/,
    );
  });
});
