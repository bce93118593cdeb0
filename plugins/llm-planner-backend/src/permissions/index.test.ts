import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import { llmPlannerPlanApprovePermission } from '@llm-planner/backstage-plugin-llm-planner-common';
import {
  createPlanConditionalDecision,
  hasPlanStatus,
  isPlanOwner,
  planConditions,
} from '.';

const plan = { ownerGroup: 'group:default/customer-support', status: 'draft' };

describe('plan permission rules', () => {
  it('isPlanOwner: a plan owned by one of the claims, entity refs compared as the catalog does', () => {
    expect(
      isPlanOwner.apply(plan, {
        claims: ['user:default/alice', 'group:default/Customer-Support'],
      }),
    ).toBe(true);
    expect(
      isPlanOwner.apply(plan, { claims: ['group:default/search-ai'] }),
    ).toBe(false);
    expect(isPlanOwner.apply(plan, { claims: [] })).toBe(false);
  });

  it('hasPlanStatus: a plan in one of the statuses', () => {
    expect(hasPlanStatus.apply(plan, { statuses: ['draft'] })).toBe(true);
    expect(
      hasPlanStatus.apply(plan, { statuses: ['approved', 'deployed'] }),
    ).toBe(false);
  });

  it('build the conditional decision a policy returns, under the plan resource type', () => {
    const decision = createPlanConditionalDecision(
      llmPlannerPlanApprovePermission,
      {
        anyOf: [
          planConditions.isPlanOwner({ claims: ['group:default/sre'] }),
          planConditions.hasPlanStatus({ statuses: ['draft'] }),
        ],
      },
    );
    expect(decision).toMatchObject({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'llm-planner',
      resourceType: 'llm-planner-plan',
    });
    const authorize = createConditionAuthorizer([isPlanOwner, hasPlanStatus]);
    expect(authorize(decision, plan)).toBe(true);
    expect(authorize(decision, { ...plan, status: 'approved' })).toBe(false);
  });
});
