import {
  actionContext,
  CUSTOMER_SUPPORT,
  fakeBackend,
  outputOf,
  PLAN_ID,
  SEARCH_AI,
  storedPlan,
  userInfoOf,
} from '../__testUtils__/fixtures';
import { createFetchPlanAction } from './fetchPlan';

function setup(plan = storedPlan(), groups = [CUSTOMER_SUPPORT]) {
  const backend = fakeBackend([plan]);
  const action = createFetchPlanAction({
    ...backend,
    userInfo: userInfoOf(undefined, groups),
    config: { namespacePrefix: '' },
  });
  const ctx = actionContext({ planId: plan.id });
  return { action, ctx, client: backend.client };
}

describe('llm-planner:plan:fetch', () => {
  it('outputs an approved plan of one of the user’s teams, with its namespace', async () => {
    const { action, ctx, client } = setup();
    await action.handler(ctx as any);

    expect(client.getPlan).toHaveBeenCalledWith(
      PLAN_ID,
      expect.objectContaining({ principal: expect.anything() }),
    );
    expect(outputOf(ctx, 'planId')).toBe(PLAN_ID);
    expect(outputOf(ctx, 'ownerGroup')).toBe(CUSTOMER_SUPPORT);
    expect(outputOf(ctx, 'planVersion')).toBe(3);
    expect(outputOf(ctx, 'namespace')).toBe('customer-support');
    expect(outputOf(ctx, 'serviceName')).toBe('support-chatbot');
    expect(outputOf(ctx, 'plan').plan.recommendations[0].tp).toBe(2);
  });

  it('refuses a plan that is not approved', async () => {
    const { action, ctx } = setup(storedPlan({ status: 'draft' }));
    await expect(action.handler(ctx as any)).rejects.toThrow(
      `Plan ${PLAN_ID} is draft; only approved plans can be deployed`,
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('refuses a user outside the owning team', async () => {
    const { action, ctx } = setup(storedPlan(), [SEARCH_AI]);
    await expect(action.handler(ctx as any)).rejects.toThrow(
      `user:default/alice.support is not a member of ${CUSTOMER_SUPPORT}`,
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });
});
