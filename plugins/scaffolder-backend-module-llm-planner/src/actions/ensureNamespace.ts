import { InputError, NotAllowedError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  entityRefName,
  KubeObject,
  validateKubeObject,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { ClusterConfig, pickCluster, PlannerModuleConfig } from '../config';
import {
  AppliedObject,
  applyObjects,
  PartialApplyError,
} from '../kubernetes/applyObjects';
import { ClusterClientFactory } from '../kubernetes/ClusterClient';
import { discoverServedVersions } from '../kubernetes/preflight';
import { beforeAnyWrite, refuseUnserved } from './clusterPreflight';
import {
  namespaceOwner,
  ownedByTeam,
  teamNamespaceObjects,
} from './teamNamespace';
import { PlannerBackendClient } from '../PlannerBackendClient';
import { examples } from './ensureNamespace.examples';
import { ActionContextOf, FieldSchemas } from './actionSchema';
import {
  loadApprovedPlan,
  namespaceOfPlan,
  PlanAccessDeps,
} from './planAccess';

export const ENSURE_NAMESPACE_ACTION_ID = 'llm-planner:namespace:ensure';

export {
  RESOURCE_QUOTA_NAME,
  TEAM_LABEL,
  teamNamespaceObjects,
} from './teamNamespace';

type EnsureConfig = Pick<
  PlannerModuleConfig,
  | 'clusters'
  | 'namespacePrefix'
  | 'clusterRole'
  | 'groupSubjectPrefix'
  | 'groupSubjectFormat'
  | 'groupSubjects'
  | 'defaultGpuQuota'
  | 'teamGpuQuotas'
  | 'requestTimeoutSeconds'
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

const ensureInput = {
  planId: z => z.string().min(1).describe('Id of the approved plan'),
  cluster: z =>
    z
      .string()
      .optional()
      .describe('Name of a cluster in llmPlanner.clusters; default the first'),
} satisfies FieldSchemas;

const ensureOutput = {
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
} satisfies FieldSchemas;

type EnsureContext = ActionContextOf<typeof ensureInput, typeof ensureOutput>;

type EnsureDeps = PlanAccessDeps & {
  config: EnsureConfig;
  clusterClientFactory: ClusterClientFactory;
};

/** An object of the team namespace checked locally but not sent to the API server. */
const validatedRow = (o: KubeObject) => ({
  kind: o.kind,
  name: o.metadata.name,
  action: 'validated',
  resourceVersion: null,
});

const appliedRow = (a: AppliedObject) => ({
  kind: a.kind,
  name: a.name,
  action: a.action,
  resourceVersion: a.resourceVersion,
});

/** Refuses a namespace that exists and belongs to another team, or to no team. */
function refuseForeignNamespace(
  existing: KubeObject | undefined,
  namespace: string,
  clusterName: string,
  ownerGroup: string,
) {
  if (!existing || ownedByTeam(existing, ownerGroup)) return;
  const owner = namespaceOwner(existing);
  throw new NotAllowedError(
    `Namespace ${namespace} already exists in cluster ${clusterName} and is ${
      owner ? `owned by team ${owner}` : 'not managed by the LLM Planner'
    }; refusing to take it over for ${ownerGroup}`,
  );
}

/** Server-side applies the namespace objects; outputs what was applied, also when it stops half-way. */
async function applyTeamNamespace(
  deps: EnsureDeps,
  ctx: EnsureContext,
  cluster: ClusterConfig,
  objects: KubeObject[],
  team: { namespace: string; ownerGroup: string },
) {
  const client = await deps.clusterClientFactory(cluster, {
    requestTimeoutMs: deps.config.requestTimeoutSeconds * 1000,
    signal: ctx.signal,
  });
  const existing = await beforeAnyWrite(cluster.name, async () => {
    refuseUnserved(cluster.name, await discoverServedVersions(client, objects));
    return client.read(objects[0]);
  });
  refuseForeignNamespace(
    existing,
    team.namespace,
    cluster.name,
    team.ownerGroup,
  );
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
        `${a.kind}/${a.name} ${a.action}${dryRun ? ' (server dry run)' : ''}`,
      );
    }
    ctx.output('cluster', cluster.name);
    ctx.output('mode', 'cluster');
    ctx.output('objects', [
      ...applied.map(appliedRow),
      ...objects.slice(toApply.length).map(validatedRow),
    ]);
  } catch (e) {
    if (e instanceof PartialApplyError) {
      ctx.output('cluster', cluster.name);
      ctx.output('mode', 'cluster');
      ctx.output('objects', e.applied.map(appliedRow));
    }
    throw e;
  }
}

async function ensureNamespace(deps: EnsureDeps, ctx: EnsureContext) {
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
    groupSubjectFormat: deps.config.groupSubjectFormat,
    groupSubjects: deps.config.groupSubjects,
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
    ctx.output('objects', objects.map(validatedRow));
    return;
  }
  await applyTeamNamespace(deps, ctx, cluster, objects, {
    namespace,
    ownerGroup: plan.ownerGroup,
  });
}

export function createEnsureNamespaceAction(deps: EnsureDeps) {
  return createTemplateAction({
    id: ENSURE_NAMESPACE_ACTION_ID,
    description:
      "Ensures the plan's team namespace: Namespace, ResourceQuota with the team's GPU quota, LimitRange, default-deny NetworkPolicy and a RoleBinding for the team Group (server-side apply).",
    examples,
    supportsDryRun: true,
    schema: { input: ensureInput, output: ensureOutput },
    handler: ctx => ensureNamespace(deps, ctx),
  });
}
