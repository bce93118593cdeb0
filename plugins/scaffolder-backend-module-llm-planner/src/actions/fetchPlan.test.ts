import { AuthorizeResult } from '@backstage/plugin-permission-common';
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

const PLATFORM_TEAM = 'group:default/platform-team';

function setup(plan = storedPlan(), groups = [CUSTOMER_SUPPORT]) {
  const backend = fakeBackend([plan]);
  const action = createFetchPlanAction({
    ...backend,
    userInfo: userInfoOf(undefined, groups),
    config: { namespacePrefix: '' },
  });
  const ctx = actionContext({ planId: plan.id });
  const authorize = jest.spyOn(backend.permissions, 'authorize');
  return { action, ctx, client: backend.client, authorize };
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

  it('asks the permission policy about this plan, as the user, for the permission the backend checks on deploy', async () => {
    const { action, ctx, authorize } = setup();
    await action.handler(ctx as any);
    expect(authorize).toHaveBeenCalledWith(
      [
        {
          permission: expect.objectContaining({
            name: 'llm-planner.plan.update',
            resourceType: 'llm-planner-plan',
          }),
          resourceRef: PLAN_ID,
        },
      ],
      {
        credentials: expect.objectContaining({
          principal: expect.objectContaining({ type: 'user' }),
        }),
      },
    );
  });

  it('refuses a user the permission policy does not let deploy the plan, whatever their teams', async () => {
    const { action, ctx, authorize } = setup(storedPlan(), [CUSTOMER_SUPPORT]);
    authorize.mockResolvedValue([{ result: AuthorizeResult.DENY }]);
    await expect(action.handler(ctx as any)).rejects.toThrow(
      `user:default/alice.support cannot deploy plan ${PLAN_ID} of ${CUSTOMER_SUPPORT}: the permission policy does not grant llm-planner.plan.update on it`,
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it.each([
    ['the platform team', [PLATFORM_TEAM]],
    ['another team the policy lets deploy it (an SRE group)', [SEARCH_AI]],
  ])(
    'lets %s deploy a plan it does not own when the policy allows it: no membership check of its own',
    async (_who, groups) => {
      const { action, ctx } = setup(storedPlan(), groups);
      await action.handler(ctx as any);
      expect(outputOf(ctx, 'ownerGroup')).toBe(CUSTOMER_SUPPORT);
      expect(outputOf(ctx, 'namespace')).toBe('customer-support');
    },
  );
});
