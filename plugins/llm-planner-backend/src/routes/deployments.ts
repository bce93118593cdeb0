import { InputError, NotFoundError } from '@backstage/errors';
import {
  configKeyOf,
  llmPlannerOutcomeWritePermission,
  llmPlannerPlanUpdatePermission,
  Engine,
  LoadProfile,
  Prediction,
} from '@internal/backstage-plugin-llm-planner-common';
import Router from 'express-promise-router';
import { z } from 'zod';
import { calibrationFactors, relativeErrors } from '../services/calibration';
import { RouteDeps } from './types';
import { parse } from './validate';

const Stats = z
  .object({
    mean: z.number().nonnegative(),
    p50: z.number().nonnegative(),
    p90: z.number().nonnegative(),
    p95: z.number().nonnegative(),
    p99: z.number().nonnegative(),
  })
  .partial();

export const DeploymentBody = z.object({
  cluster: z.string().min(1),
  namespace: z
    .string()
    .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/)
    .max(63),
  repoUrl: z.string().url().nullable().default(null),
  entityRef: z.string().nullable().default(null),
  status: z.enum(['dry-run', 'applied', 'failed']),
});

export const OutcomeBody = z.object({
  loadProfile: z.object({
    kind: z.enum([
      'synchronous',
      'concurrent',
      'constant',
      'poisson',
      'sweep',
      'live',
    ]),
    concurrency: z.number().positive().optional(),
    rate: z.number().positive().optional(),
    inputTokens: z.number().positive(),
    outputTokens: z.number().positive(),
  }),
  measured: z.object({
    ttft: Stats,
    itl: Stats,
    e2e: Stats,
    throughputRps: z.number().nonnegative().optional(),
    outputTokensPerS: z.number().nonnegative().optional(),
    requests: z.number().int().nonnegative().optional(),
    errors: z.number().int().nonnegative().default(0),
  }),
  source: z.enum(['loadtest', 'scaffolder', 'metrics']),
  measuredAt: z.iso.datetime().optional(),
});

function predictedStats(p: Prediction, metric: 'ttft' | 'itl' | 'e2e') {
  return Object.fromEntries(
    Object.entries(p[metric]).map(([stat, v]) => [stat, v.value]),
  );
}

/** Deployments of plans and their measured outcomes, compared with the prediction. */
export function deploymentsRouter(deps: RouteDeps) {
  const { access, plans, deployments, knowledge } = deps;
  const router = Router();

  async function planForTeam(
    planId: string,
    callerReq: Parameters<typeof access.caller>[0],
    action: string,
  ) {
    const caller = await access.caller(callerReq);
    const plan = await plans.get(planId);
    if (!plan) throw new NotFoundError(`No plan ${planId}`);
    access.requireTeam(caller, plan.ownerGroup, action);
    return { caller, plan };
  }

  router.post('/v1/plans/:id/deployments', async (req, res) => {
    const body = parse(DeploymentBody, req.body, 'deployment');
    const { caller, plan } = await planForTeam(
      req.params.id,
      req,
      `deploy plan ${req.params.id}`,
    );
    await access.require(llmPlannerPlanUpdatePermission, caller.credentials);
    if (plan.status !== 'approved' && plan.status !== 'deployed') {
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
          { planId: plan.id, ...body, createdBy: caller.userRef },
          deployed ? configKeyOf(deployed) : null,
        );
        if (body.status === 'applied' && plan.status === 'approved') {
          await plans.setStatus(plan.id, plan.version, 'deployed');
        }
        return created;
      },
    );
    res.status(201).json(deployment);
  });

  router.get('/v1/plans/:id/deployments', async (req, res) => {
    const { plan } = await planForTeam(
      req.params.id,
      req,
      `read plan ${req.params.id}`,
    );
    res.json({ items: await deployments.listDeployments({ planId: plan.id }) });
  });

  router.get('/v1/deployments', async (req, res) => {
    await access.caller(req);
    const { entityRef } = parse(
      z.object({ entityRef: z.string().min(1) }),
      req.query,
      'query',
    );
    res.json({ items: await deployments.listDeployments({ entityRef }) });
  });

  async function deploymentForTeam(
    id: string,
    req: Parameters<typeof access.caller>[0],
    action: string,
  ) {
    const deployment = await deployments.getDeployment(id);
    if (!deployment) throw new NotFoundError(`No deployment ${id}`);
    const found = await planForTeam(deployment.planId, req, action);
    return { ...found, deployment };
  }

  router.post('/v1/deployments/:id/outcomes', async (req, res) => {
    const body = parse(OutcomeBody, req.body, 'outcome');
    // Load tests post as the user who ran them; a metrics scraper posts as a service.
    const who = await access.callerOrService(req);
    const deployment = await deployments.getDeployment(req.params.id);
    if (!deployment) throw new NotFoundError(`No deployment ${req.params.id}`);
    const plan = await plans.get(deployment.planId);
    if (!plan) throw new NotFoundError(`No plan ${deployment.planId}`);
    if (!('service' in who)) {
      access.requireTeam(
        who,
        plan.ownerGroup,
        `record outcomes of deployment ${deployment.id}`,
      );
    }
    await access.require(llmPlannerOutcomeWritePermission, who.credentials);
    const recordedBy =
      'service' in who ? `service:${who.service}` : who.userRef;
    const rec = plan.plan.recommendations[0];
    if (!rec)
      throw new InputError(
        `Plan ${plan.id} has no recommendation to compare with`,
      );
    const { loadProfile } = body;
    if (
      loadProfile.concurrency === undefined &&
      loadProfile.rate === undefined
    ) {
      throw new InputError(
        'loadProfile needs concurrency or rate to compare with the prediction',
      );
    }

    const config = {
      model: rec.modelId,
      gpu: rec.gpuId,
      tp: rec.tp,
      engine: rec.engine,
      precision: rec.precision,
    };
    const predictAt = (engine: Engine, load: LoadProfile) => {
      const p = engine.predict(
        config,
        load.inputTokens,
        load.outputTokens,
        load.concurrency !== undefined
          ? { concurrency: load.concurrency }
          : { rate: load.rate },
      );
      return {
        ttft: predictedStats(p, 'ttft'),
        itl: predictedStats(p, 'itl'),
        e2e: predictedStats(p, 'e2e'),
      };
    };
    // What the planner predicts now for this load (calibrated if outcomes exist already).
    const predicted = predictAt(
      (await knowledge.planner()).engine,
      loadProfile,
    );
    const rawEngine = await knowledge.rawEngine();

    const outcome = await access.audited(
      req,
      'outcome-record',
      { deploymentId: deployment.id },
      async () => {
        const stored = await deployments.addOutcome({
          deploymentId: deployment.id,
          loadProfile,
          measured: body.measured,
          prediction: predicted,
          error: relativeErrors(body.measured, predicted),
          source: body.source,
          measuredAt: body.measuredAt ?? new Date().toISOString(),
          recordedBy,
        });
        // Recalibrate this configuration from every outcome of every deployment of it.
        const outcomes = await deployments.outcomesForConfig(configKeyOf(rec));
        const factors = calibrationFactors(
          outcomes.map(o => ({
            measured: o.measured,
            rawPrediction: predictAt(rawEngine, o.loadProfile),
          })),
        );
        await deployments.setCalibration({
          modelId: rec.modelId,
          gpuId: rec.gpuId,
          tp: rec.tp,
          engine: rec.engine,
          ttftFactor: factors.ttft,
          itlFactor: factors.itl,
          e2eFactor: factors.e2e,
          samples: outcomes.length,
        });
        return stored;
      },
    );
    knowledge.invalidate();
    res.status(201).json(outcome);
  });

  router.get('/v1/deployments/:id/outcomes', async (req, res) => {
    const { deployment } = await deploymentForTeam(
      req.params.id,
      req,
      `read deployment ${req.params.id}`,
    );
    res.json({ items: await deployments.listOutcomes(deployment.id) });
  });

  router.get('/v1/calibration', async (req, res) => {
    await access.caller(req);
    res.json({ items: await deployments.listCalibration() });
  });

  return router;
}
