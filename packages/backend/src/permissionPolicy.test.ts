import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  llmPlannerBenchmarkWritePermission,
  llmPlannerCatalogWritePermission,
  llmPlannerPlanCreatePermission,
} from '@internal/backstage-plugin-llm-planner-common';
import { PortalPermissionPolicy } from './permissionPolicy';

function userWith(...ownershipEntityRefs: string[]) {
  const info = { userEntityRef: ownershipEntityRefs[0], ownershipEntityRefs };
  return {
    policy: new PortalPermissionPolicy(
      'group:default/platform-team',
      mockServices.userInfo(info),
    ),
    user: { credentials: mockCredentials.user(info.userEntityRef), info },
  };
}

describe('PortalPermissionPolicy', () => {
  const platform = userWith(
    'user:default/pat.platform',
    'group:default/platform-team',
  );
  const product = userWith(
    'user:default/alice.support',
    'group:default/customer-support',
  );

  it.each([
    llmPlannerBenchmarkWritePermission,
    llmPlannerCatalogWritePermission,
  ])('lets only the platform team hold $name', async permission => {
    expect(await platform.policy.handle({ permission }, platform.user)).toEqual(
      {
        result: AuthorizeResult.ALLOW,
      },
    );
    expect(await product.policy.handle({ permission }, product.user)).toEqual({
      result: AuthorizeResult.DENY,
    });
    expect(await product.policy.handle({ permission })).toEqual({
      result: AuthorizeResult.DENY,
    });
  });

  it('leaves team-scoped permissions to the plugin that owns the resource', async () => {
    expect(
      await product.policy.handle(
        { permission: llmPlannerPlanCreatePermission },
        product.user,
      ),
    ).toEqual({ result: AuthorizeResult.ALLOW });
  });
});
