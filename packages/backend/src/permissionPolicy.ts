import {
  coreServices,
  createBackendModule,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  AuthorizeResult,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import {
  createPlanConditionalDecision,
  planConditions,
} from '@llm-planner/backstage-plugin-llm-planner-backend';
import {
  DEFAULT_PLATFORM_TEAM,
  LLM_PLANNER_PLAN_RESOURCE_TYPE,
  llmPlannerOutcomeWritePermission,
  llmPlannerPlatformPermissions,
} from '@llm-planner/backstage-plugin-llm-planner-common';

/**
 * The portal's policy. Members of the platform team (config `llmPlanner.platformTeam`) curate
 * benchmarks and catalogs. A plan is read, changed, approved and deployed by its owning team or
 * the platform team, and measured (outcomes) by its owning team only: a conditional decision
 * with the planner's `isPlanOwner` rule, which the planner applies to the plan in question.
 * Everything else is allowed.
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
    const claims = user
      ? (await this.userInfo.getUserInfo(user.credentials)).ownershipEntityRefs
      : [];
    const isPlatform = claims.includes(this.platformTeamRef);
    if (this.platformOnly.has(request.permission.name)) {
      return {
        result: isPlatform ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
      };
    }
    if (
      isResourcePermission(request.permission, LLM_PLANNER_PLAN_RESOURCE_TYPE)
    ) {
      const isOutcome =
        request.permission.name === llmPlannerOutcomeWritePermission.name;
      if (!user) {
        // a backend service: only outcomes, from services the planner's config binds to teams
        return {
          result: isOutcome ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
        };
      }
      if (isPlatform && !isOutcome) return { result: AuthorizeResult.ALLOW };
      return createPlanConditionalDecision(
        request.permission,
        planConditions.isPlanOwner({ claims }),
      );
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
