import { UserInfoService } from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { PlannerBackendClient } from '../PlannerBackendClient';
import { examples } from './fetchPlan.examples';

export const FETCH_PLAN_ACTION_ID = 'llm-planner:plan:fetch';

/**
 * Loads an approved plan. The picker in the form already filtered to approved plans of the
 * user's teams; this re-checks both on the server, because template inputs are user input.
 */
export function createFetchPlanAction(deps: {
  client: PlannerBackendClient;
  userInfo: UserInfoService;
}) {
  return createTemplateAction({
    id: FETCH_PLAN_ACTION_ID,
    description:
      'Loads an approved LLM deployment plan and checks that the user running the template belongs to the team that owns it.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        planId: z => z.string().min(1).describe('Id of the approved plan'),
      },
      output: {
        planId: z => z.string().describe('Id of the plan'),
        title: z => z.string().describe('Title of the plan'),
        ownerGroup: z =>
          z.string().describe('Entity ref of the Group that owns the plan'),
        planVersion: z => z.number().describe('Version of the plan fetched'),
      },
    },
    async handler(ctx) {
      const credentials = await ctx.getInitiatorCredentials();
      const plan = await deps.client.getPlan(ctx.input.planId, credentials);

      if (plan.status !== 'approved') {
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

      ctx.logger.info(
        `Fetched plan ${plan.id} v${plan.version} of ${plan.ownerGroup}`,
      );
      ctx.output('planId', plan.id);
      ctx.output('title', plan.title);
      ctx.output('ownerGroup', plan.ownerGroup);
      ctx.output('planVersion', plan.version);
    },
  });
}
