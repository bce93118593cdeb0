import {
  actionContext,
  fakeBackend,
  moduleConfig,
  outputOf,
  PLAN_ID,
  storedPlan,
  userInfoOf,
} from '../__testUtils__/fixtures';
import { createRecordDeploymentAction } from './recordDeployment';

describe('llm-planner:deployment:record', () => {
  const input = {
    planId: PLAN_ID,
    cluster: 'test',
    status: 'applied',
    repoUrl: 'file:///srv/repos/support-chat',
    entityRef: 'component:default/support-chat',
  };

  it('posts the deployment on behalf of the user, with the team namespace', async () => {
    const backend = fakeBackend();
    const action = createRecordDeploymentAction({
      ...backend,
      userInfo: userInfoOf(),
      config: moduleConfig(),
    });
    const ctx = actionContext(input);
    await action.handler(ctx as any);
    expect(backend.client.recordDeployment).toHaveBeenCalledWith(
      PLAN_ID,
      {
        cluster: 'test',
        namespace: 'customer-support',
        repoUrl: 'file:///srv/repos/support-chat',
        entityRef: 'component:default/support-chat',
        status: 'applied',
      },
      expect.objectContaining({
        principal: expect.objectContaining({
          userEntityRef: 'user:default/alice.support',
        }),
      }),
    );
    expect(outputOf(ctx, 'deploymentId')).toBe('dep-1');
    expect(ctx.checkpoints).toEqual([`record.${PLAN_ID}.mock-task-id`]);
  });

  it('records nothing in a dry run', async () => {
    const backend = fakeBackend();
    const action = createRecordDeploymentAction({
      ...backend,
      userInfo: userInfoOf(),
      config: moduleConfig(),
    });
    const ctx = actionContext(input, { isDryRun: true });
    await action.handler(ctx as any);
    expect(backend.client.recordDeployment).not.toHaveBeenCalled();
    expect(outputOf(ctx, 'deploymentId')).toBe('dry-run');
  });

  it('refuses a retired plan', async () => {
    const backend = fakeBackend([storedPlan({ status: 'retired' })]);
    const action = createRecordDeploymentAction({
      ...backend,
      userInfo: userInfoOf(),
      config: moduleConfig(),
    });
    await expect(action.handler(actionContext(input) as any)).rejects.toThrow(
      /is retired/,
    );
  });
});
