import {
  BackstageCredentials,
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  InputError,
  NotAllowedError,
  NotFoundError,
  ResponseError,
} from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  isDeployableStatus,
  llmPlannerPlanUpdatePermission,
  teamNamespace,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { FetchedPlan, PlannerBackendClient } from '../PlannerBackendClient';

export type PlanAccessDeps = {
  client: PlannerBackendClient;
  userInfo: UserInfoService;
  permissions: PermissionsService;
};

export type ApprovedPlan = {
  plan: FetchedPlan;
  credentials: BackstageCredentials;
  userEntityRef: string;
};

/**
 * Loads a plan on behalf of the user running the template and re-checks that it is approved (or
 * already deployed, for re-runs). Who may act on it is the portal's permission policy's answer,
 * never a check of its own: the backend answers 404 (no plan) or 403 (the policy does not let
 * the user read it), then the policy is asked about this plan for `llm-planner.plan.update`, the
 * permission the backend checks when the deployment is recorded; the permission backend applies
 * a conditional decision with the llm-planner backend's plan rules. So the template lets in
 * exactly whom the backend lets in (e.g. the platform team, or an SRE group a policy allows).
 * Every action that acts on a plan calls this: template inputs are user input.
 */
export async function loadApprovedPlan(
  deps: PlanAccessDeps,
  ctx: { getInitiatorCredentials(): Promise<BackstageCredentials> },
  planId: string,
): Promise<ApprovedPlan> {
  const credentials = await ctx.getInitiatorCredentials();
  const plan = await deps.client.getPlan(planId, credentials).catch(e => {
    // The backend's own team check answers 403 (404 for no plan): surface its message as the
    // matching error instead of a 500 "Request failed with 403 Forbidden, ...".
    if (ResponseError.is(e) && e.statusCode === 403) {
      throw new NotAllowedError(e.cause.message);
    }
    if (ResponseError.is(e) && e.statusCode === 404) {
      throw new NotFoundError(e.cause.message);
    }
    throw e;
  });

  const { userEntityRef } = await deps.userInfo.getUserInfo(credentials);
  const [decision] = await deps.permissions.authorize(
    [{ permission: llmPlannerPlanUpdatePermission, resourceRef: plan.id }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(
      `${userEntityRef} cannot deploy plan ${plan.id} of ${plan.ownerGroup}: the permission policy does not grant ${llmPlannerPlanUpdatePermission.name} on it`,
    );
  }
  if (!isDeployableStatus(plan.status)) {
    throw new InputError(
      `Plan ${plan.id} is ${plan.status}; only approved plans can be deployed. Approve it in the LLM Planner first.`,
    );
  }
  return { plan, credentials, userEntityRef };
}

/** The namespace of the plan's owning team. */
export function namespaceOfPlan(plan: FetchedPlan, prefix: string): string {
  try {
    return teamNamespace(plan.ownerGroup, prefix);
  } catch (e) {
    throw new InputError((e as Error).message);
  }
}
