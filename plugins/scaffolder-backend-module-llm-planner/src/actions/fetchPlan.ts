import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { toDnsLabel } from '@llm-planner/backstage-plugin-llm-planner-common';
import { PlannerModuleConfig } from '../config';
import { examples } from './fetchPlan.examples';
import {
  loadApprovedPlan,
  namespaceOfPlan,
  PlanAccessDeps,
} from './planAccess';

export const FETCH_PLAN_ACTION_ID = 'llm-planner:plan:fetch';

/**
 * Loads an approved plan. The picker in the form already filtered to approved plans of the
 * user's teams; this re-checks both on the server, because template inputs are user input.
 */
export function createFetchPlanAction(
  deps: PlanAccessDeps & {
    config?: Pick<PlannerModuleConfig, 'namespacePrefix'>;
  },
) {
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
        namespace: z =>
          z.string().describe('Namespace of the owning team in the cluster'),
        serviceName: z =>
          z
            .string()
            .describe('A DNS-1035 name for the service, from the plan title'),
        plan: z =>
          z
            .record(z.string(), z.unknown())
            .describe('The stored plan, with the engine output in `plan`'),
      },
    },
    async handler(ctx) {
      // Read-only: runs in dry runs too, so later steps see the real plan.
      const { plan } = await loadApprovedPlan(deps, ctx, ctx.input.planId);
      const namespace = namespaceOfPlan(
        plan,
        deps.config?.namespacePrefix ?? '',
      );

      ctx.logger.info(
        `Fetched plan ${plan.id} v${plan.version} of ${plan.ownerGroup} (namespace ${namespace})`,
      );
      ctx.output('planId', plan.id);
      ctx.output('title', plan.title);
      ctx.output('ownerGroup', plan.ownerGroup);
      ctx.output('planVersion', plan.version);
      ctx.output('namespace', namespace);
      ctx.output('serviceName', toDnsLabel(plan.title, 'llm-service', 40));
      ctx.output('plan', plan);
    },
  });
}
