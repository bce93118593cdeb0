import { InputError, NotAllowedError } from '@backstage/errors';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  KubeObject,
  limitRangeIssues,
  validateKubeObject,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import fs from 'fs/promises';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import { ClusterConfig, pickCluster, PlannerModuleConfig } from '../config';
import { FetchedPlan } from '../PlannerBackendClient';
import {
  AppliedObject,
  applyObjects,
  objectKey,
  PartialApplyError,
} from '../kubernetes/applyObjects';
import {
  ClusterClient,
  ClusterClientFactory,
} from '../kubernetes/ClusterClient';
import {
  gpusOf,
  GpuQuotaState,
  tightestGpuQuota,
  workloadContainers,
} from '../kubernetes/gpus';
import {
  describeConversion,
  discoverServedVersions,
  PreflightResult,
} from '../kubernetes/preflight';
import {
  RolloutCancelledError,
  RolloutStatus,
  waitForRollout,
} from '../kubernetes/rollout';
import { examples } from './applyManifests.examples';
import { ActionContextOf, FieldSchemas } from './actionSchema';
import { beforeAnyWrite, refuseUnserved } from './clusterPreflight';
import {
  loadApprovedPlan,
  namespaceOfPlan,
  PlanAccessDeps,
} from './planAccess';

export const APPLY_ACTION_ID = 'llm-planner:kubernetes:apply';

/**
 * Kinds the action applies. All namespaced; RBAC objects, Namespaces and anything cluster-scoped
 * are refused (team namespaces are set up by `llm-planner:namespace:ensure`).
 */
export const APPLYABLE_KINDS = new Set([
  'v1/Service',
  'v1/ConfigMap',
  'v1/ServiceAccount',
  'apps/v1/Deployment',
  'batch/v1/CronJob',
  'autoscaling/v2/HorizontalPodAutoscaler',
  'policy/v1/PodDisruptionBudget',
  'networking.k8s.io/v1/NetworkPolicy',
  'keda.sh/v1alpha1/ScaledObject',
  'monitoring.coreos.com/v1/ServiceMonitor',
  'serving.kserve.io/v1beta1/InferenceService',
]);

/**
 * Kinds a template may skip explicitly (`skipKinds`): monitoring and autoscaling extras whose CRDs
 * (prometheus-operator, KEDA) a cluster may not have. The workload itself is never optional.
 */
export const OPTIONAL_KINDS = ['ServiceMonitor', 'ScaledObject'] as const;

/** Reads `*.yaml`/`*.yml` of a folder in name order; skips `Kustomization` files. */
export async function readManifests(dir: string): Promise<KubeObject[]> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter(n => /\.ya?ml$/.test(n)).sort();
  } catch {
    throw new InputError(
      `No manifests folder ${dir} in the workspace; run llm-planner:manifests:render first`,
    );
  }
  const objects: KubeObject[] = [];
  for (const name of names) {
    const text = await fs.readFile(path.join(dir, name), 'utf8');
    for (const doc of parseAllDocuments(text)) {
      if (doc.errors.length) {
        throw new InputError(`${name}: ${doc.errors[0].message}`);
      }
      const obj = doc.toJS() as KubeObject | null;
      if (!obj || obj.kind === 'Kustomization') continue;
      objects.push(obj);
    }
  }
  return objects;
}

/** Why objects may not be applied to the team namespace (empty when they may). */
export function tenancyIssues(
  objects: KubeObject[],
  namespace: string,
): string[] {
  const issues: string[] = [];
  for (const o of objects) {
    const id = `${o.kind ?? '?'}/${o.metadata?.name ?? '?'}`;
    if (!APPLYABLE_KINDS.has(`${o.apiVersion}/${o.kind}`)) {
      issues.push(
        `${id} (${
          o.apiVersion
        }) is cluster-scoped or not a kind this action applies (only ${[
          ...APPLYABLE_KINDS,
        ]
          .map(k => k.split('/').pop())
          .join(', ')})`,
      );
      continue;
    }
    if (o.metadata?.namespace !== namespace) {
      issues.push(
        `${id} targets namespace "${
          o.metadata?.namespace ?? '(none)'
        }", not the team namespace "${namespace}"`,
      );
    }
  }
  return issues;
}

/** Why pods of these workloads would be refused by the namespace's LimitRanges (empty: they fit). */
export function limitRangeRefusals(
  objects: KubeObject[],
  limitRanges: KubeObject[],
): string[] {
  const specs = limitRanges.map(l => (l.spec ?? {}) as { limits?: unknown[] });
  return objects.flatMap(o =>
    limitRangeIssues(workloadContainers(o), specs).map(
      i => `${o.kind}/${o.metadata.name}: ${i}`,
    ),
  );
}

type ApplyConfig = Pick<
  PlannerModuleConfig,
  | 'clusters'
  | 'namespacePrefix'
  | 'rolloutTimeoutSeconds'
  | 'requestTimeoutSeconds'
>;

/** What is read from the cluster before anything is written. */
type ClusterState = {
  preflight: PreflightResult;
  namespaceExists: boolean;
  quota: GpuQuotaState | null;
  limitRanges: KubeObject[];
  live: Map<string, KubeObject | undefined>;
};

/**
 * Preflight discovery (every kind served, else refuse listing them), then the namespace, its GPU
 * quota, its LimitRanges and the live objects. Nothing is written; every failure names its call.
 */
async function readClusterState(
  client: ClusterClient,
  cluster: ClusterConfig,
  namespace: string,
  objects: KubeObject[],
): Promise<ClusterState> {
  return beforeAnyWrite(cluster.name, async () => {
    const preflight = await discoverServedVersions(client, objects);
    refuseUnserved(
      cluster.name,
      preflight,
      `Install what the cluster lacks, or skip optional kinds with the input skipKinds (${OPTIONAL_KINDS.join(
        ', ',
      )}).`,
    );
    const ns = await client.read({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: namespace },
    });
    const state: ClusterState = {
      preflight,
      namespaceExists: Boolean(ns),
      quota: null,
      limitRanges: [],
      live: new Map(),
    };
    if (!ns) return state;
    state.quota = tightestGpuQuota(
      await client.list('v1', 'ResourceQuota', namespace),
    );
    state.limitRanges = await client.list('v1', 'LimitRange', namespace);
    for (const o of preflight.objects) {
      state.live.set(objectKey(o), await client.read(o));
    }
    return state;
  });
}

const applyInput = {
  planId: z => z.string().min(1).describe('Id of the approved plan'),
  cluster: z =>
    z
      .string()
      .optional()
      .describe('Name of a cluster in llmPlanner.clusters; default the first'),
  manifestsPath: z =>
    z
      .string()
      .default('manifests')
      .describe('Workspace folder with the rendered manifests'),
  dryRun: z =>
    z
      .boolean()
      .default(false)
      .describe("Use the API server's dry run (dryRun=All): nothing is stored"),
  waitForRollout: z =>
    z.boolean().default(true).describe('Wait until the workload is ready'),
  rolloutTimeoutSeconds: z =>
    z
      .number()
      .int()
      .min(0)
      .max(3600)
      .optional()
      .describe('How long to wait for the rollout; default from config (600)'),
  failOnRolloutTimeout: z =>
    z
      .boolean()
      .default(false)
      .describe(
        'Fail the step when the rollout does not finish in time (default: report it in the outputs). A failed rollout (pods cannot be created, progress deadline) always fails the step.',
      ),
  skipKinds: z =>
    z
      .array(z.enum(OPTIONAL_KINDS))
      .default([])
      .describe(
        `Optional kinds not to apply (e.g. a cluster without prometheus-operator or KEDA): ${OPTIONAL_KINDS.join(
          ', ',
        )}. A kind the cluster does not serve and is not skipped makes the step refuse before writing anything.`,
      ),
} satisfies FieldSchemas;

const applyOutput = {
  status: z =>
    z
      .enum(['applied', 'dry-run', 'failed'])
      .describe('For llm-planner:deployment:record'),
  mode: z => z.enum(['cluster', 'local-dry-run']),
  cluster: z => z.string().describe('Cluster name, or "none"'),
  namespace: z => z.string(),
  requestedGpus: z => z.number(),
  quota: z =>
    z
      .object({
        quota: z.string(),
        resource: z.string(),
        hard: z.number(),
        used: z.number(),
        remaining: z.number(),
      })
      .nullable(),
  applied: z =>
    z.array(
      z.object({
        apiVersion: z.string(),
        kind: z.string(),
        name: z.string(),
        namespace: z.string().nullable(),
        action: z.string(),
        changes: z.array(z.string()),
        resourceVersion: z.string().nullable(),
        dryRun: z.boolean(),
      }),
    ),
  conversions: z =>
    z
      .array(z.string())
      .describe(
        'Objects applied as another served version than rendered (e.g. PodDisruptionBudget as policy/v1beta1 on Kubernetes < 1.21)',
      ),
  skipped: z =>
    z.array(z.string()).describe('Objects not applied because of skipKinds'),
  rollout: z =>
    z.object({
      status: z
        .enum(['ready', 'timeout', 'failed', 'skipped', 'cancelled', 'unknown'])
        .describe(
          'cancelled: the task was aborted while waiting; unknown: the wait could not read the workload',
        ),
      message: z.string(),
    }),
} satisfies FieldSchemas;

type ApplyContext = ActionContextOf<typeof applyInput, typeof applyOutput>;

type ApplyDeps = PlanAccessDeps & {
  config: ApplyConfig;
  clusterClientFactory: ClusterClientFactory;
  /** Poll interval of the rollout wait; default 2 s. */
  pollIntervalMs?: number;
};

/** The workspace's manifests, refused unless every one is a valid object of the team namespace. */
async function readTeamManifests(
  ctx: ApplyContext,
  plan: FetchedPlan,
  namespace: string,
): Promise<KubeObject[]> {
  const dir = resolveSafeChildPath(
    ctx.workspacePath,
    ctx.input.manifestsPath ?? 'manifests',
  );
  const objects = await readManifests(dir);
  if (objects.length === 0) {
    throw new InputError(
      `No manifests in ${ctx.input.manifestsPath ?? 'manifests'}`,
    );
  }
  const tenancy = tenancyIssues(objects, namespace);
  if (tenancy.length) {
    throw new NotAllowedError(
      `Refusing to apply to team namespace ${namespace} of ${
        plan.ownerGroup
      }; nothing was applied:\n- ${tenancy.join('\n- ')}`,
    );
  }
  const invalid = objects.flatMap(validateKubeObject);
  if (invalid.length) {
    throw new InputError(
      `Manifests are invalid; nothing was applied:\n- ${invalid.join('\n- ')}`,
    );
  }
  return objects;
}

/** Ends a dry run that sends nothing to the API server: the manifests were validated locally. */
function outputLocalDryRun(ctx: ApplyContext, message: string) {
  ctx.logger.info(message);
  ctx.output('status', 'dry-run');
  ctx.output('quota', null);
  ctx.output('applied', []);
  ctx.output('rollout', { status: 'skipped', message });
}

/** Refuses objects that would need more GPUs than the namespace's quota has left. */
function checkGpuQuota(
  ctx: ApplyContext,
  plan: FetchedPlan,
  namespace: string,
  toApply: KubeObject[],
  state: ClusterState,
) {
  const { quota, live } = state;
  ctx.output('quota', quota);
  if (!quota) {
    ctx.logger.warn(
      `Namespace ${namespace} has no GPU ResourceQuota; applying without a quota check`,
    );
    return;
  }
  const requestedGpus = toApply.reduce((n, o) => n + gpusOf(o), 0);
  const alreadyHeld = toApply.reduce(
    (n, o) => n + gpusOf(live.get(objectKey(o))),
    0,
  );
  const extra = requestedGpus - alreadyHeld;
  if (extra <= quota.remaining) return;
  const rec = plan.plan?.recommendations[0];
  throw new NotAllowedError(
    `Plan ${plan.id} needs ${requestedGpus} GPUs${
      rec ? ` (${rec.replicas} replicas x ${rec.tp} ${rec.gpuId})` : ''
    } in namespace ${namespace}${
      alreadyHeld ? `, ${alreadyHeld} of which it already holds` : ''
    }, but ResourceQuota ${quota.quota} leaves ${quota.remaining} of ${
      quota.hard
    } ${quota.resource} (${
      quota.used
    } in use). Nothing was applied. Ask the platform team for more GPU quota or pick a smaller plan.`,
  );
}

function checkLimitRanges(
  namespace: string,
  toApply: KubeObject[],
  state: ClusterState,
) {
  const refusals = limitRangeRefusals(toApply, state.limitRanges);
  if (refusals.length) {
    throw new NotAllowedError(
      `The LimitRange of namespace ${namespace} would refuse the pods; nothing was applied:\n- ${refusals.join(
        '\n- ',
      )}\nRe-run llm-planner:namespace:ensure to update the LimitRange, or re-render the manifests.`,
    );
  }
}

/** Server-side applies the objects; outputs what was applied, also when it stops half-way. */
async function applyToCluster(
  ctx: ApplyContext,
  client: ClusterClient,
  cluster: ClusterConfig,
  state: ClusterState,
  dryRun: boolean,
): Promise<AppliedObject[]> {
  let applied: AppliedObject[];
  try {
    applied = await applyObjects({
      client,
      objects: state.preflight.objects,
      dryRun,
      live: state.live,
      checkpointPrefix: `apply.${cluster.name}`,
      checkpoint: opts => ctx.checkpoint(opts),
    });
  } catch (e) {
    if (e instanceof PartialApplyError) {
      ctx.output('applied', e.applied);
      ctx.output('status', 'failed');
      ctx.output('rollout', { status: 'skipped', message: 'apply failed' });
    }
    throw e;
  }
  for (const a of applied) {
    ctx.logger.info(
      `${a.kind}/${a.name} ${a.action}${
        a.changes.length ? ` (${a.changes.join(', ')})` : ''
      }${dryRun ? ' (server dry run)' : ''}`,
    );
  }
  ctx.output('applied', applied);
  return applied;
}

/** Waits for the workload unless this is a dry run or the template asks not to. */
async function awaitRollout(
  deps: ApplyDeps,
  ctx: ApplyContext,
  client: ClusterClient,
  state: ClusterState,
  dryRun: boolean,
): Promise<RolloutStatus> {
  if (dryRun || ctx.input.waitForRollout === false)
    return {
      status: 'skipped',
      message: dryRun ? 'dry run' : 'not requested',
      objects: [],
    };
  let rollout: RolloutStatus;
  try {
    rollout = await waitForRollout({
      client,
      objects: state.preflight.objects,
      timeoutMs:
        1000 *
        (ctx.input.rolloutTimeoutSeconds ?? deps.config.rolloutTimeoutSeconds),
      pollIntervalMs: deps.pollIntervalMs ?? 2000,
      signal: ctx.signal,
    });
  } catch (e) {
    const message = `Every object was applied, but waiting for the rollout failed: ${
      (e as Error).message
    }`;
    ctx.output('status', 'applied');
    ctx.output('rollout', {
      status: e instanceof RolloutCancelledError ? 'cancelled' : 'unknown',
      message,
    });
    throw new Error(message);
  }
  (rollout.status === 'ready' ? ctx.logger.info : ctx.logger.warn).call(
    ctx.logger,
    `Rollout ${rollout.status}: ${rollout.message}`,
  );
  return rollout;
}

/**
 * A timeout leaves the objects applied (a model may take long to load). A failed rollout
 * (pods cannot be created, ProgressDeadlineExceeded) is recorded as failed and fails the
 * step: it must not look like a success.
 */
function reportRollout(
  ctx: ApplyContext,
  rollout: RolloutStatus,
  dryRun: boolean,
) {
  ctx.output('rollout', {
    status: rollout.status,
    message: rollout.message,
  });
  let status: 'dry-run' | 'failed' | 'applied' = 'applied';
  if (dryRun) status = 'dry-run';
  else if (rollout.status === 'failed') status = 'failed';
  ctx.output('status', status);
  if (rollout.status === 'failed') throw new Error(rollout.message);
  if (ctx.input.failOnRolloutTimeout && rollout.status === 'timeout') {
    throw new Error(rollout.message);
  }
}

/** Applies checked objects to a configured cluster and follows the rollout. */
async function applyToTeamNamespace(
  deps: ApplyDeps,
  ctx: ApplyContext,
  cluster: ClusterConfig,
  plan: FetchedPlan,
  toApply: KubeObject[],
) {
  const namespace = namespaceOfPlan(plan, deps.config.namespacePrefix);
  const dryRun = ctx.isDryRun === true || ctx.input.dryRun === true;
  ctx.output('cluster', cluster.name);
  ctx.output('mode', 'cluster');

  const client = await deps.clusterClientFactory(cluster, {
    requestTimeoutMs: deps.config.requestTimeoutSeconds * 1000,
    signal: ctx.signal,
  });
  const state = await readClusterState(client, cluster, namespace, toApply);
  const { conversions } = state.preflight;
  ctx.output('conversions', conversions.map(describeConversion));
  for (const c of conversions) ctx.logger.info(describeConversion(c));
  if (!state.namespaceExists && !ctx.isDryRun) {
    throw new InputError(
      `Namespace ${namespace} does not exist in cluster ${cluster.name}; run llm-planner:namespace:ensure first. Nothing was applied.`,
    );
  }
  if (!state.namespaceExists) {
    // A scaffolder dry run of a team's first deployment: the dry run of
    // llm-planner:namespace:ensure created nothing, and the API server cannot dry-run objects
    // into a namespace that does not exist.
    outputLocalDryRun(
      ctx,
      `Namespace ${namespace} does not exist yet in cluster ${cluster.name} (llm-planner:namespace:ensure creates it when the template really runs): ${toApply.length} manifests validated locally against their schemas, nothing sent to the API server (dry run)`,
    );
    return;
  }
  checkGpuQuota(ctx, plan, namespace, toApply, state);
  checkLimitRanges(namespace, toApply, state);
  await applyToCluster(ctx, client, cluster, state, dryRun);
  const rollout = await awaitRollout(deps, ctx, client, state, dryRun);
  reportRollout(ctx, rollout, dryRun);
}

async function applyManifests(deps: ApplyDeps, ctx: ApplyContext) {
  const { plan } = await loadApprovedPlan(deps, ctx, ctx.input.planId);
  const namespace = namespaceOfPlan(plan, deps.config.namespacePrefix);
  // Everything below is checked before anything is applied.
  const objects = await readTeamManifests(ctx, plan, namespace);
  const skipKinds = new Set<string>(ctx.input.skipKinds ?? []);
  const skipped = objects
    .filter(o => skipKinds.has(o.kind))
    .map(o => `${o.kind}/${o.metadata.name}`);
  const toApply = objects.filter(o => !skipKinds.has(o.kind));
  ctx.output('namespace', namespace);
  ctx.output(
    'requestedGpus',
    toApply.reduce((n, o) => n + gpusOf(o), 0),
  );
  ctx.output('skipped', skipped);
  ctx.output('conversions', []);
  for (const s of skipped) ctx.logger.info(`${s} skipped (skipKinds)`);

  const cluster = pickCluster(
    deps.config as PlannerModuleConfig,
    ctx.input.cluster,
  );
  if (cluster) {
    await applyToTeamNamespace(deps, ctx, cluster, plan, toApply);
    return;
  }
  const message = `No cluster configured (llmPlanner.clusters): ${toApply.length} manifests validated locally against their schemas, nothing applied (local dry run)`;
  ctx.logger.info(message);
  ctx.output('status', 'dry-run');
  ctx.output('mode', 'local-dry-run');
  ctx.output('cluster', 'none');
  ctx.output('quota', null);
  ctx.output('applied', []);
  ctx.output('rollout', { status: 'skipped', message });
}

export function createApplyManifestsAction(deps: ApplyDeps) {
  return createTemplateAction({
    id: APPLY_ACTION_ID,
    description:
      "Server-side applies rendered manifests (field manager backstage-llm-planner) into the plan's team namespace only, after checking the team's remaining GPU quota; waits for the rollout. Without a configured cluster it validates locally (dry run).",
    examples,
    supportsDryRun: true,
    schema: { input: applyInput, output: applyOutput },
    handler: ctx => applyManifests(deps, ctx),
  });
}
