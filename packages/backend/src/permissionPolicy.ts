import {
  coreServices,
  createBackendModule,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  DEFAULT_PLATFORM_TEAM,
  llmPlannerPlatformPermissions,
} from '@internal/backstage-plugin-llm-planner-common';

/**
 * The portal's policy: members of the platform team (config `llmPlanner.platformTeam`) curate
 * benchmarks and catalogs; everything else is allowed here and narrowed by the plugins
 * themselves (for example, a plan can only be changed by its owning team).
 */
export class PortalPermissionPolicy implements PermissionPolicy {
  private readonly platformOnly = new Set(
    llmPlannerPlatformPermissions.map(p => p.name),
  );

  constructor(
    private readonly platformTeamRef: string,
    private readonly userInfo: UserInfoService,
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (this.platformOnly.has(request.permission.name)) {
      const claims = user
        ? (await this.userInfo.getUserInfo(user.credentials))
            .ownershipEntityRefs
        : [];
      return {
        result: claims.includes(this.platformTeamRef)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }
    return { result: AuthorizeResult.ALLOW };
  }
}

export default createBackendModule({
  pluginId: 'permission',
  moduleId: 'portal-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        config: coreServices.rootConfig,
        userInfo: coreServices.userInfo,
      },
      async init({ policy, config, userInfo }) {
        policy.setPolicy(
          new PortalPermissionPolicy(
            config.getOptionalString('llmPlanner.platformTeam') ??
              DEFAULT_PLATFORM_TEAM,
            userInfo,
          ),
        );
      },
    });
  },
});
