import {
  BackstageCredentials,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  InputError,
  NotAllowedError,
  NotFoundError,
  ResponseError,
} from '@backstage/errors';
import {
  isDeployableStatus,
  teamNamespace,
} from '@internal/backstage-plugin-llm-planner-common';
import { FetchedPlan, PlannerBackendClient } from '../PlannerBackendClient';

export type PlanAccessDeps = {
  client: PlannerBackendClient;
  userInfo: UserInfoService;
};

export type ApprovedPlan = {
  plan: FetchedPlan;
  credentials: BackstageCredentials;
  userEntityRef: string;
};

/**
 * Loads a plan on behalf of the user running the template and re-checks, on the server, that it
 * is approved (or already deployed, for re-runs) and that the user belongs to the owning team.
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

  if (!isDeployableStatus(plan.status)) {
    throw new InputError(
      `Plan ${plan.id} is ${plan.status}; only approved plans can be deployed. Approve it in the LLM Planner first.`,
    );
  }
  const { ownershipEntityRefs, userEntityRef } =
    await deps.userInfo.getUserInfo(credentials);
  if (!ownershipEntityRefs.includes(plan.ownerGroup)) {
    throw new NotAllowedError(
      `${userEntityRef} is not a member of ${plan.ownerGroup}, which owns plan ${plan.id}`,
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
