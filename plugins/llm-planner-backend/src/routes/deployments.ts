import { parseEntityRef } from '@backstage/catalog-model';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  calibrateConfiguration,
  configKeyOf,
  isDeployableStatus,
  DeploymentRequestSchema,
  DeploymentsQuerySchema,
  ExclusionRequestSchema,
  OutcomeRequestSchema,
  llmPlannerCatalogWritePermission,
  llmPlannerOutcomeWritePermission,
  llmPlannerPlanReadPermission,
  llmPlannerPlanUpdatePermission,
  Engine,
  Recommendation,
  teamNamespace,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { Request, Response } from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { DeploymentStore } from '../database/DeploymentStore';
import { bumpKnowledgeVersion } from '../database/knowledgeVersion';
import {
  calibrationSample,
  impossibleMeasurements,
  predictAtLoad,
  relativeErrors,
} from '../services/calibration';
import { AccessControl, PlanPermission } from '../services/AccessControl';
import { DeploymentPolicy, NO_CLUSTER } from '../services/deploymentPolicy';
import { RouteDeps } from './types';
import { parse, uuidParam } from './validate';

/** The configuration a plan deployed: what its outcomes calibrate. */
function deployedConfig(rec: Recommendation) {
  return {
    modelId: rec.modelId,
    gpuId: rec.gpuId,
    tp: rec.tp,
    engine: rec.engine,
  };
}

/** Refuses a deployment record that names what the plan's team does not own. */
function checkDeploymentTarget(
  body: z.infer<typeof DeploymentRequestSchema>,
  ownerGroup: string,
  policy: DeploymentPolicy,
): { namespace: string } {
  if (!policy.clusters.has(body.cluster)) {
    throw new InputError(
      `Unknown cluster "${body.cluster}": use one of ${[...policy.clusters]
        .map(c => `"${c}"`)
        .join(', ')} (llmPlanner.clusters; "${NO_CLUSTER}" for a dry run)`,
    );
  }
  const namespace = teamNamespace(ownerGroup, policy.namespacePrefix);
  if (body.namespace !== undefined && body.namespace !== namespace) {
    throw new InputError(
      `Namespace "${body.namespace}" is not the namespace of ${ownerGroup}: its deployments go to "${namespace}"`,
    );
  }
  if (body.repoUrl !== null) {
    let scheme: string;
    try {
      scheme = new URL(body.repoUrl).protocol.replace(/:$/, '');
    } catch {
      throw new InputError(`repoUrl "${body.repoUrl}" is not a URL`);
    }
    if (!policy.repoUrlSchemes.has(scheme)) {
      throw new InputError(
        `repoUrl scheme "${scheme}:" is not allowed: use ${[
          ...policy.repoUrlSchemes,
        ]
          .map(s => `${s}:`)
          .join(', ')} (llmPlanner.deployments.repoUrlSchemes)`,
      );
    }
  }
  if (body.entityRef !== null) {
    let kind: string | undefined;
    try {
      kind = parseEntityRef(body.entityRef).kind;
    } catch {
      kind = undefined;
    }
    if (kind?.toLocaleLowerCase('en-US') !== 'component') {
      throw new InputError(
        `entityRef "${body.entityRef}" is not a Component entity ref such as component:default/my-service`,
      );
    }
  }
  return { namespace };
}

type CallerRequest = Parameters<AccessControl['caller']>[0];

/** The plan, if the policy lets the caller act on it (404, then 403). */
async function planAuthorized(
  { access, plans }: RouteDeps,
  planId: string,
  callerReq: CallerRequest,
  permission: PlanPermission,
  action: string,
) {
  const caller = await access.caller(callerReq);
  const plan = await plans.get(planId);
  if (!plan) throw new NotFoundError(`No plan ${planId}`);
  await access.authorizePlan(caller, permission, plan, action);
  return { caller, plan };
}

async function deploymentAuthorized(
  deps: RouteDeps,
  id: string,
  req: CallerRequest,
  action: string,
) {
  const deployment = await deps.deployments.getDeployment(id);
  if (!deployment) throw new NotFoundError(`No deployment ${id}`);
  const found = await planAuthorized(
    deps,
    deployment.planId,
    req,
    llmPlannerPlanReadPermission,
    action,
  );
  return { ...found, deployment };
}

/**
 * Recomputes one configuration's calibration from its usable outcomes, inside the caller's
 * transaction, and marks the knowledge base changed for every replica.
 */
async function recalibrate(
  store: DeploymentStore,
  trx: Parameters<typeof bumpKnowledgeVersion>[0],
  rec: Recommendation,
  rawEngine: Engine,
) {
  const outcomes = await store.outcomesForConfig(configKeyOf(rec));
  const resolved = rawEngine.resolveConfig({
    model: rec.modelId,
    gpu: rec.gpuId,
    tp: rec.tp,
    engine: rec.engine,
    precision: rec.precision,
  });
  const factors = calibrateConfiguration(
    deployedConfig(rec),
    outcomes.map(o =>
      calibrationSample(o, predictAtLoad(rawEngine, resolved, o.loadProfile)),
    ),
  );
  await store.replaceCalibration(deployedConfig(rec), factors);
  await bumpKnowledgeVersion(trx);
}

async function recordDeployment(deps: RouteDeps, req: Request, res: Response) {
  const { access, plans, deployments, deploymentPolicy } = deps;
  const planId = uuidParam(req.params.id, 'plan id');
  const { caller, plan } = await planAuthorized(
    deps,
    planId,
    req,
    llmPlannerPlanUpdatePermission,
    `deploy plan ${planId}`,
  );
  const body = parse(DeploymentRequestSchema, req.body, 'deployment');
  const { namespace } = checkDeploymentTarget(
    body,
    plan.ownerGroup,
    deploymentPolicy,
  );
  if (!isDeployableStatus(plan.status)) {
    throw new InputError(
      `Plan ${plan.id} is ${plan.status}; only approved plans can be deployed`,
    );
  }
  const deployment = await access.audited(
    req,
    'deployment-record',
    { planId: plan.id },
    async () => {
      const deployed = plan.plan.recommendations[0];
      const created = await deployments.createDeployment(
        {
          planId: plan.id,
          cluster: body.cluster,
          namespace,
          repoUrl: body.repoUrl,
          entityRef: body.entityRef,
          status: body.status,
          createdBy: caller.userRef,
        },
        deployed ? configKeyOf(deployed) : null,
      );
      if (body.status === 'applied' && plan.status === 'approved') {
        await plans.setStatus(plan.id, plan.version, 'deployed');
      }
      return created;
    },
  );
  res.status(201).json(deployment);
}

async function listPlanDeployments(
  deps: RouteDeps,
  req: Request,
  res: Response,
) {
  const planId = uuidParam(req.params.id, 'plan id');
  const { plan } = await planAuthorized(
    deps,
    planId,
    req,
    llmPlannerPlanReadPermission,
    `read plan ${planId}`,
  );
  res.json({
    items: await deps.deployments.listDeployments({ planId: plan.id }),
  });
}

// The Performance tab of a catalog entity: only deployments of plans the caller's teams own.
async function listEntityDeployments(
  { access, deployments }: RouteDeps,
  req: Request,
  res: Response,
) {
  const caller = await access.caller(req);
  const { entityRef } = parse(DeploymentsQuerySchema, req.query, 'query');
  res.json({
    items: await deployments.listDeployments({
      entityRef,
      ownerGroups: caller.isPlatform ? undefined : caller.groups,
    }),
  });
}

/**
 * The deployment and plan an outcome is posted for, if the writer may record it. Load tests
 * post as a member of the owning team; a metrics scraper posts as a service that config binds
 * to that team. Nobody else's measurements reach calibration.
 */
async function outcomeTarget(
  { access, deployments, plans, deploymentPolicy }: RouteDeps,
  req: Request,
  deploymentId: string,
) {
  const who = await access.callerOrService(req);
  const deployment = await deployments.getDeployment(deploymentId);
  if (!deployment) throw new NotFoundError(`No deployment ${deploymentId}`);
  const plan = await plans.get(deployment.planId);
  if (!plan) throw new NotFoundError(`No plan ${deployment.planId}`);
  const action = `record outcomes of deployment ${deployment.id}`;
  if (
    'service' in who &&
    !deploymentPolicy.outcomeServices.get(who.service)?.has(plan.ownerGroup)
  ) {
    throw new NotAllowedError(
      `Service ${who.service} cannot ${action}: bind it to ${plan.ownerGroup} in llmPlanner.outcomes.services`,
    );
  }
  await access.authorizePlan(
    who,
    llmPlannerOutcomeWritePermission,
    plan,
    action,
  );
  const recordedBy = 'service' in who ? `service:${who.service}` : who.userRef;
  return { deployment, plan, recordedBy };
}

/** Refuses an outcome that cannot be compared with a prediction: it needs one load and some latency. */
function checkComparable({
  loadProfile,
  measured,
}: z.infer<typeof OutcomeRequestSchema>) {
  if (
    (loadProfile.concurrency === undefined) ===
    (loadProfile.rate === undefined)
  ) {
    throw new InputError(
      'loadProfile needs exactly one of concurrency or rate to compare with the prediction',
    );
  }
  if (
    ![measured.ttft, measured.itl, measured.e2e].some(
      s => Object.keys(s).length > 0,
    )
  ) {
    throw new InputError(
      'measured needs at least one latency statistic (ttft, itl or e2e)',
    );
  }
}

async function recordOutcome(deps: RouteDeps, req: Request, res: Response) {
  const { access, deployments, knowledge } = deps;
  const deploymentId = uuidParam(req.params.id, 'deployment id');
  const { deployment, plan, recordedBy } = await outcomeTarget(
    deps,
    req,
    deploymentId,
  );
  const body = parse(OutcomeRequestSchema, req.body, 'outcome');
  const rec = plan.plan.recommendations[0];
  if (!rec)
    throw new InputError(
      `Plan ${plan.id} has no recommendation to compare with`,
    );
  checkComparable(body);
  const { loadProfile, measured } = body;

  const rawEngine = await knowledge.rawEngine();
  const config = rawEngine.resolveConfig({
    model: rec.modelId,
    gpu: rec.gpuId,
    tp: rec.tp,
    engine: rec.engine,
    precision: rec.precision,
  });
  const impossible = impossibleMeasurements(config, measured, loadProfile);
  if (impossible.length) {
    throw new InputError(
      `Physically impossible outcome, not recorded: ${impossible.join('; ')}`,
    );
  }
  // What the planner predicts now for this load (calibrated if outcomes exist already).
  const predicted = predictAtLoad(
    (await knowledge.planner()).engine,
    config,
    loadProfile,
  );

  const outcome = await access.audited(
    req,
    'outcome-record',
    { deploymentId: deployment.id },
    () =>
      deployments.transaction(configKeyOf(rec), async (store, trx) => {
        const stored = await store.addOutcome({
          deploymentId: deployment.id,
          loadProfile,
          measured,
          prediction: predicted,
          error: relativeErrors(measured, predicted),
          source: body.source,
          measuredAt: body.measuredAt ?? new Date().toISOString(),
          recordedBy,
        });
        await recalibrate(store, trx, rec, rawEngine);
        return stored;
      }),
  );
  knowledge.invalidate();
  res.status(201).json(outcome);
}

async function listOutcomes(deps: RouteDeps, req: Request, res: Response) {
  const id = uuidParam(req.params.id, 'deployment id');
  const { deployment } = await deploymentAuthorized(
    deps,
    id,
    req,
    `read deployment ${id}`,
  );
  res.json({ items: await deps.deployments.listOutcomes(deployment.id) });
}

/** The platform team, with the catalog write permission, may change what calibrates plans. */
async function platformCaller({ access }: RouteDeps, req: Request) {
  const caller = await access.caller(req);
  if (!caller.isPlatform) {
    throw new NotAllowedError(
      `${caller.userRef} cannot change which outcomes calibrate plans: only the platform team may`,
    );
  }
  await access.require(llmPlannerCatalogWritePermission, caller.credentials);
  return caller;
}

// The platform team takes an outcome out of calibration (or puts it back); audited.
async function setOutcomeExclusion(
  deps: RouteDeps,
  exclude: boolean,
  req: Request,
  res: Response,
) {
  const { access, deployments, plans, knowledge } = deps;
  const id = Number(req.params.id);
  if (!Number.isSafeInteger(id) || id < 1) {
    throw new InputError('Invalid outcome id: must be a positive integer');
  }
  const caller = await platformCaller(deps, req);
  const { reason } = exclude
    ? parse(ExclusionRequestSchema, req.body, 'exclusion')
    : { reason: '' };
  const outcome = await deployments.getOutcome(id);
  if (!outcome || !outcome.configKey) {
    throw new NotFoundError(`No outcome ${id}`);
  }
  const deployment = (await deployments.getDeployment(outcome.deploymentId))!;
  const rec = (await plans.get(deployment.planId))?.plan.recommendations[0];
  if (!rec) throw new NotFoundError(`No plan of outcome ${id}`);
  const rawEngine = await knowledge.rawEngine();
  await access.audited(
    req,
    exclude ? 'outcome-exclude' : 'outcome-include',
    { outcomeId: id, reason },
    () =>
      deployments.transaction(outcome.configKey, async (store, trx) => {
        await store.setExclusion(
          id,
          exclude ? { by: caller.userRef, reason } : null,
        );
        await recalibrate(store, trx, rec, rawEngine);
      }),
  );
  knowledge.invalidate();
  const { configKey: _, ...updated } = (await deployments.getOutcome(id))!;
  res.json(updated);
}

async function listCalibration(
  { access, deployments }: RouteDeps,
  req: Request,
  res: Response,
) {
  await access.caller(req);
  res.json({ items: await deployments.listCalibration() });
}

/** Deployments of plans and their measured outcomes, compared with the prediction. */
export function deploymentsRouter(deps: RouteDeps) {
  const router = Router();
  router.post('/v1/plans/:id/deployments', (req, res) =>
    recordDeployment(deps, req, res),
  );
  router.get('/v1/plans/:id/deployments', (req, res) =>
    listPlanDeployments(deps, req, res),
  );
  router.get('/v1/deployments', (req, res) =>
    listEntityDeployments(deps, req, res),
  );
  router.post('/v1/deployments/:id/outcomes', (req, res) =>
    recordOutcome(deps, req, res),
  );
  router.get('/v1/deployments/:id/outcomes', (req, res) =>
    listOutcomes(deps, req, res),
  );
  router.post('/v1/outcomes/:id/exclusion', (req, res) =>
    setOutcomeExclusion(deps, true, req, res),
  );
  router.delete('/v1/outcomes/:id/exclusion', (req, res) =>
    setOutcomeExclusion(deps, false, req, res),
  );
  router.get('/v1/calibration', (req, res) => listCalibration(deps, req, res));
  return router;
}
