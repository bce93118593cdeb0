import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { PlannerModuleConfig } from '../config';
import { examples } from './recordDeployment.examples';
import {
  loadApprovedPlan,
  namespaceOfPlan,
  PlanAccessDeps,
} from './planAccess';

export const RECORD_DEPLOYMENT_ACTION_ID = 'llm-planner:deployment:record';

export function createRecordDeploymentAction(
  deps: PlanAccessDeps & {
    config: Pick<PlannerModuleConfig, 'namespacePrefix'>;
  },
) {
  return createTemplateAction({
    id: RECORD_DEPLOYMENT_ACTION_ID,
    description:
      'Records the deployment of a plan (cluster, namespace, repository, catalog entity, status) in the llm-planner backend, on behalf of the user running the template.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        planId: z => z.string().min(1).describe('Id of the approved plan'),
        cluster: z =>
          z
            .string()
            .min(1)
            .describe('Cluster name from the apply step, or "none"'),
        status: z =>
          z
            .enum(['dry-run', 'applied', 'failed'])
            .describe('Status from the apply step'),
        repoUrl: z =>
          z.string().optional().describe('URL of the published repository'),
        entityRef: z =>
          z
            .string()
            .optional()
            .describe('Ref of the registered catalog entity'),
      },
      output: {
        deploymentId: z => z.string().describe('Id of the deployment record'),
      },
    },
    async handler(ctx) {
      const { plan, credentials } = await loadApprovedPlan(
        deps,
        ctx,
        ctx.input.planId,
      );
      const namespace = namespaceOfPlan(plan, deps.config.namespacePrefix);
      const body = {
        cluster: ctx.input.cluster,
        namespace,
        repoUrl: normaliseUrl(ctx.input.repoUrl),
        entityRef: ctx.input.entityRef || null,
        status: ctx.input.status,
      };
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would record ${JSON.stringify(body)} for plan ${plan.id}`,
        );
        ctx.output('deploymentId', 'dry-run');
        return;
      }
      const created = await ctx.checkpoint({
        key: `record.${plan.id}.${ctx.task.id}`,
        fn: async () => {
          const res = await deps.client.recordDeployment(
            plan.id,
            body,
            credentials,
          );
          return { id: String(res.id) };
        },
      });
      ctx.logger.info(
        `Recorded deployment ${created.id} of plan ${plan.id} (${body.status})`,
      );
      ctx.output('deploymentId', created.id);
    },
  });
}

/** The backend wants an absolute URL or null. */
function normaliseUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).toString();
  } catch {
    return null;
  }
}
