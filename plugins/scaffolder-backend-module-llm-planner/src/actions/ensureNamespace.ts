import { InputError, NotAllowedError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  entityRefName,
  KubeObject,
  LLM_PLANNER_FIELD_MANAGER,
  validateKubeObject,
} from '@internal/backstage-plugin-llm-planner-common';
import { pickCluster, PlannerModuleConfig } from '../config';
import { applyObjects, PartialApplyError } from '../kubernetes/applyObjects';
import { ClusterClientFactory } from '../kubernetes/ClusterClient';
import { PlannerBackendClient } from '../PlannerBackendClient';
import { examples } from './ensureNamespace.examples';
import {
  loadApprovedPlan,
  namespaceOfPlan,
  PlanAccessDeps,
} from './planAccess';

export const ENSURE_NAMESPACE_ACTION_ID = 'llm-planner:namespace:ensure';

/** Label on a team namespace naming the Group that owns it. */
export const TEAM_LABEL = 'llm-planner.io/team';
export const RESOURCE_QUOTA_NAME = 'llm-planner-gpu-quota';

type EnsureConfig = Pick<
  PlannerModuleConfig,
  | 'clusters'
  | 'namespacePrefix'
  | 'clusterRole'
  | 'groupSubjectPrefix'
  | 'defaultGpuQuota'
  | 'teamGpuQuotas'
>;

/** GPU quota of a team: the backend's (curated by the platform team), else config. */
export async function gpuQuotaFor(
  groupRef: string,
  deps: { client: PlannerBackendClient; config: EnsureConfig },
  credentials: Parameters<PlannerBackendClient['listQuotas']>[0],
  warn: (m: string) => void,
): Promise<{ gpuQuota: number; source: string }> {
  try {
    const quotas = await deps.client.listQuotas(credentials);
    const found = quotas.find(q => q.teamRef === groupRef);
    if (found)
      return {
        gpuQuota: found.gpuQuota,
        source: 'llm-planner backend /v1/quotas',
      };
  } catch (e) {
    warn(
      `Could not read team quotas from the backend: ${(e as Error).message}`,
    );
  }
  const teams = deps.config.teamGpuQuotas;
  const fromConfig = teams[groupRef] ?? teams[entityRefName(groupRef)];
  if (fromConfig !== undefined) {
    return {
      gpuQuota: fromConfig,
      source: `config llmPlanner.quotas.teams[${groupRef}]`,
    };
  }
  return {
    gpuQuota: deps.config.defaultGpuQuota,
    source: 'config llmPlanner.quotas.defaultGpuQuota',
  };
}

/** The objects of a team namespace. */
export function teamNamespaceObjects(opts: {
  namespace: string;
  groupRef: string;
  gpuQuota: number;
  clusterRole: string;
  groupSubjectPrefix: string;
}): KubeObject[] {
  const { namespace, groupRef } = opts;
  const team = entityRefName(groupRef);
  const labels = {
    'app.kubernetes.io/managed-by': LLM_PLANNER_FIELD_MANAGER,
    [TEAM_LABEL]: team,
  };
  const meta = (name: string) => ({
    name,
    namespace,
    labels,
    annotations: { 'llm-planner.io/team-ref': groupRef },
  });
  return [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: namespace,
        labels,
        annotations: { 'llm-planner.io/team-ref': groupRef },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: meta(RESOURCE_QUOTA_NAME),
      spec: { hard: { 'requests.nvidia.com/gpu': String(opts.gpuQuota) } },
    },
    {
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: meta('llm-planner-defaults'),
      spec: {
        limits: [
          {
            type: 'Container',
            default: { cpu: '1', memory: '2Gi' },
            defaultRequest: { cpu: '100m', memory: '256Mi' },
          },
        ],
      },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta('default-deny'),
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: meta(`${team}-${opts.clusterRole}`.slice(0, 253)),
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: opts.clusterRole,
      },
      subjects: [
        {
          apiGroup: 'rbac.authorization.k8s.io',
          kind: 'Group',
          name: `${opts.groupSubjectPrefix}${team}`,
        },
      ],
    },
  ];
}

export function createEnsureNamespaceAction(
  deps: PlanAccessDeps & {
    config: EnsureConfig;
    clusterClientFactory: ClusterClientFactory;
  },
) {
  return createTemplateAction({
    id: ENSURE_NAMESPACE_ACTION_ID,
    description:
      "Ensures the plan's team namespace: Namespace, ResourceQuota with the team's GPU quota, LimitRange, default-deny NetworkPolicy and a RoleBinding for the team Group (server-side apply).",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        planId: z => z.string().min(1).describe('Id of the approved plan'),
        cluster: z =>
          z
            .string()
            .optional()
            .describe(
              'Name of a cluster in llmPlanner.clusters; default the first',
            ),
      },
      output: {
        namespace: z => z.string(),
        cluster: z => z.string().describe('Cluster name, or "none"'),
        mode: z => z.enum(['cluster', 'local-dry-run']),
        gpuQuota: z => z.number(),
        quotaSource: z => z.string(),
        objects: z =>
          z.array(
            z.object({
              kind: z.string(),
              name: z.string(),
              action: z.string(),
              resourceVersion: z.string().nullable(),
            }),
          ),
      },
    },
    async handler(ctx) {
      const { plan, credentials } = await loadApprovedPlan(
        deps,
        ctx,
        ctx.input.planId,
      );
      const namespace = namespaceOfPlan(plan, deps.config.namespacePrefix);
      const { gpuQuota, source } = await gpuQuotaFor(
        plan.ownerGroup,
        deps,
        credentials,
        m => ctx.logger.warn(m),
      );
      const objects = teamNamespaceObjects({
        namespace,
        groupRef: plan.ownerGroup,
        gpuQuota,
        clusterRole: deps.config.clusterRole,
        groupSubjectPrefix: deps.config.groupSubjectPrefix,
      });
      const issues = objects.flatMap(validateKubeObject);
      if (issues.length) throw new InputError(issues.join('; '));

      ctx.output('namespace', namespace);
      ctx.output('gpuQuota', gpuQuota);
      ctx.output('quotaSource', source);

      const cluster = pickCluster(
        deps.config as PlannerModuleConfig,
        ctx.input.cluster,
      );
      if (!cluster) {
        ctx.logger.info(
          `No cluster configured (llmPlanner.clusters): namespace ${namespace} validated locally, nothing applied`,
        );
        ctx.output('cluster', 'none');
        ctx.output('mode', 'local-dry-run');
        ctx.output(
          'objects',
          objects.map(o => ({
            kind: o.kind,
            name: o.metadata.name,
            action: 'validated',
            resourceVersion: null,
          })),
        );
        return;
      }

      const client = await deps.clusterClientFactory(cluster);
      const existing = await client.read(objects[0]);
      const owner = existing?.metadata.labels?.[TEAM_LABEL];
      if (existing && owner !== entityRefName(plan.ownerGroup)) {
        throw new NotAllowedError(
          `Namespace ${namespace} already exists in cluster ${
            cluster.name
          } and is ${
            owner ? `owned by team ${owner}` : 'not managed by the LLM Planner'
          }; refusing to take it over for ${plan.ownerGroup}`,
        );
      }
      // In a dry run of a new namespace only the Namespace itself can be checked by the server.
      const dryRun = ctx.isDryRun === true;
      const toApply = dryRun && !existing ? objects.slice(0, 1) : objects;
      try {
        const applied = await applyObjects({
          client,
          objects: toApply,
          dryRun,
          checkpointPrefix: `ensure.${cluster.name}`,
          checkpoint: opts => ctx.checkpoint(opts),
        });
        for (const a of applied) {
          ctx.logger.info(
            `${a.kind}/${a.name} ${a.action}${
              dryRun ? ' (server dry run)' : ''
            }`,
          );
        }
        ctx.output('cluster', cluster.name);
        ctx.output('mode', 'cluster');
        ctx.output('objects', [
          ...applied.map(a => ({
            kind: a.kind,
            name: a.name,
            action: a.action,
            resourceVersion: a.resourceVersion,
          })),
          ...objects.slice(toApply.length).map(o => ({
            kind: o.kind,
            name: o.metadata.name,
            action: 'validated',
            resourceVersion: null,
          })),
        ]);
      } catch (e) {
        if (e instanceof PartialApplyError) {
          ctx.output('cluster', cluster.name);
          ctx.output('mode', 'cluster');
          ctx.output(
            'objects',
            e.applied.map(a => ({
              kind: a.kind,
              name: a.name,
              action: a.action,
              resourceVersion: a.resourceVersion,
            })),
          );
        }
        throw e;
      }
    },
  });
}
