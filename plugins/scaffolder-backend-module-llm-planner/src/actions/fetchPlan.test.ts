import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { FetchedPlan, PlannerBackendClient } from '../PlannerBackendClient';
import { createFetchPlanAction } from './fetchPlan';

const plan = (overrides: Partial<FetchedPlan> = {}): FetchedPlan => ({
  id: 'plan-1',
  title: 'Support chatbot',
  status: 'approved',
  ownerGroup: 'group:default/customer-support',
  version: 3,
  ...overrides,
});

function setup(stored: FetchedPlan, ownershipEntityRefs: string[]) {
  const client: PlannerBackendClient = { getPlan: jest.fn(async () => stored) };
  const userInfo = mockServices.userInfo({
    userEntityRef: 'user:default/alice.support',
    ownershipEntityRefs,
  });
  const action = createFetchPlanAction({ client, userInfo });
  const ctx = createMockActionContext({
    input: { planId: stored.id },
    getInitiatorCredentials: async () =>
      mockCredentials.user('user:default/alice.support'),
  });
  return { action, ctx, client };
}

describe('llm-planner:plan:fetch', () => {
  it('outputs an approved plan of one of the user’s teams', async () => {
    const { action, ctx, client } = setup(plan(), [
      'user:default/alice.support',
      'group:default/customer-support',
    ]);

    await action.handler(ctx);

    expect(client.getPlan).toHaveBeenCalledWith(
      'plan-1',
      expect.objectContaining({ principal: expect.anything() }),
    );
    expect(ctx.output).toHaveBeenCalledWith('planId', 'plan-1');
    expect(ctx.output).toHaveBeenCalledWith(
      'ownerGroup',
      'group:default/customer-support',
    );
    expect(ctx.output).toHaveBeenCalledWith('planVersion', 3);
  });

  it('refuses a plan that is not approved', async () => {
    const { action, ctx } = setup(plan({ status: 'draft' }), [
      'group:default/customer-support',
    ]);

    await expect(action.handler(ctx)).rejects.toThrow(
      'Plan plan-1 is draft; only approved plans can be deployed',
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });

  it('refuses a user outside the owning team', async () => {
    const { action, ctx } = setup(plan(), ['group:default/search-ai']);

    await expect(action.handler(ctx)).rejects.toThrow(
      'user:default/alice.support is not a member of group:default/customer-support',
    );
    expect(ctx.output).not.toHaveBeenCalled();
  });
});
