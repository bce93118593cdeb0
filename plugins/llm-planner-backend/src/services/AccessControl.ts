import {
  AuditorService,
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
  PermissionsRegistryService,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
  PolicyDecision,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  LLM_PLANNER_PLAN_RESOURCE_TYPE,
  llmPlannerOutcomeWritePermission,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { JsonObject } from '@backstage/types';
import { Request } from 'express';
import { PlanResource, planResourceRef } from '../permissions';

/** Who is calling, with the teams (catalog Groups) they belong to. */
export type Caller = {
  credentials: BackstageCredentials<BackstageUserPrincipal>;
  userRef: string;
  groups: string[];
  isPlatform: boolean;
};

/** A backend service (metrics scraper, another plugin); routes that accept one say so. */
export type ServiceCaller = {
  service: string;
  credentials: BackstageCredentials;
};

/** A permission answered per plan (see `llmPlannerPlanPermissions`). */
export type PlanPermission = ResourcePermission<
  typeof LLM_PLANNER_PLAN_RESOURCE_TYPE
>;

function isGroupRef(ref: string): boolean {
  try {
    return parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group';
  } catch {
    return false;
  }
}

/**
 * Authentication and permission checks in one place: every write, and every read of one plan,
 * goes through the permission framework. Plans are a permission resource type, so the
 * portal's policy decides who may act on which plan (see `planConditions`).
 */
export class AccessControl {
  #applyPlanConditions?: (
    decision: PolicyDecision,
    plan: PlanResource | undefined,
  ) => boolean;

  constructor(
    private readonly deps: {
      httpAuth: HttpAuthService;
      userInfo: UserInfoService;
      permissions: PermissionsService;
      permissionsRegistry: PermissionsRegistryService;
      auditor: AuditorService;
      platformTeam: string;
      /**
       * `llmPlanner.permissions.ownerTeamGuard`: when the policy answers a plan permission
       * with an unconditional ALLOW, as the allow-all policy answers everything, only the
       * owning team (and the platform team, except for outcomes) may act on the plan.
       */
      ownerTeamGuard: boolean;
    },
  ) {}

  async caller(req: Request): Promise<Caller> {
    const credentials = await this.deps.httpAuth.credentials(req, {
      allow: ['user'],
    });
    const info = await this.deps.userInfo.getUserInfo(credentials);
    const groups = info.ownershipEntityRefs.filter(isGroupRef);
    return {
      credentials,
      userRef: info.userEntityRef,
      groups,
      isPlatform: groups.includes(this.deps.platformTeam),
    };
  }

  /**
   * A signed-in user, or a backend service such as a metrics scraper (a static token or
   * another plugin). Services are not members of teams: routes that accept them say so.
   */
  async callerOrService(req: Request): Promise<Caller | ServiceCaller> {
    const credentials = await this.deps.httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    if (credentials.principal.type === 'service') {
      return { service: credentials.principal.subject, credentials };
    }
    return this.caller(req);
  }

  /** Throws 403 unless the policy allows the permission for these credentials. */
  async require(
    permission: BasicPermission,
    credentials: BackstageCredentials,
  ): Promise<void> {
    const [decision] = await this.deps.permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Not allowed: ${permission.name}`);
    }
  }

  /**
   * Throws 403 unless the policy allows `permission` on `plan` for this caller. A conditional
   * decision is applied to the plan with the plan permission rules the plugin registers (the
   * same the permission backend applies when another plugin asks about a plan by id). An
   * unconditional ALLOW passes the owner-team guard unless config turns it off; a service
   * passes it because the routes that accept services bind them to teams in config.
   */
  async authorizePlan(
    who: Caller | ServiceCaller,
    permission: PlanPermission,
    plan: PlanResource,
    action: string,
  ): Promise<void> {
    const [decision] = await this.deps.permissions.authorizeConditional(
      [{ permission }],
      { credentials: who.credentials },
    );
    const name = 'service' in who ? `Service ${who.service}` : who.userRef;
    if (decision.result === AuthorizeResult.DENY) {
      throw new NotAllowedError(
        `${name} cannot ${action}: the permission policy denies ${permission.name}`,
      );
    }
    if (decision.result === AuthorizeResult.CONDITIONAL) {
      if (!this.applyPlanConditions(decision, plan)) {
        throw new NotAllowedError(
          `${name} cannot ${action}: the permission policy does not grant ${permission.name} on plans of ${plan.ownerGroup}`,
        );
      }
      return;
    }
    if (this.deps.ownerTeamGuard && !('service' in who)) {
      requireOwnerTeam(who, permission, plan, action);
    }
  }

  private applyPlanConditions(decision: PolicyDecision, plan: PlanResource) {
    // the rules are registered in the plugin's init, after this object is built
    this.#applyPlanConditions ??= createConditionAuthorizer(
      this.deps.permissionsRegistry.getPermissionRuleset(planResourceRef),
    );
    return this.#applyPlanConditions(decision, plan);
  }

  /** Runs a write and records it with the auditor, success or failure. */
  async audited<T>(
    req: Request,
    eventId: string,
    meta: JsonObject,
    write: () => Promise<T>,
  ): Promise<T> {
    const event = await this.deps.auditor.createEvent({
      eventId,
      request: req,
      severityLevel: 'medium',
      meta,
    });
    try {
      const result = await write();
      await event.success();
      return result;
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
  }
}

/**
 * The guard behind an unconditional ALLOW: members of the owning team, and of the platform team
 * except for outcomes (only the team that runs a deployment measures it).
 */
function requireOwnerTeam(
  caller: Caller,
  permission: PlanPermission,
  plan: PlanResource,
  action: string,
): void {
  const platformMay = permission.name !== llmPlannerOutcomeWritePermission.name;
  if (
    caller.groups.includes(plan.ownerGroup) ||
    (platformMay && caller.isPlatform)
  ) {
    return;
  }
  throw new NotAllowedError(
    `${caller.userRef} cannot ${action}: only members of ${plan.ownerGroup}${
      platformMay ? ' (or the platform team)' : ''
    } may`,
  );
}
