import express from 'express';
import Router from 'express-promise-router';
import { PlannerStore } from './database/PlannerStore';
import { catalogRouter } from './routes/catalog';
import { deploymentsRouter } from './routes/deployments';
import { plansRouter } from './routes/plans';
import { predictRouter } from './routes/predict';
import { RouteDeps } from './routes/types';

export async function createRouter(
  deps: RouteDeps & { status: PlannerStore },
): Promise<express.Router> {
  const router = Router();
  router.use(express.json({ limit: '100mb' }));

  // Liveness for load balancers and the dev script; answers without credentials.
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/v1/status', async (req, res) => {
    await deps.access.caller(req);
    res.json(await deps.status.status());
  });

  router.use(predictRouter(deps));
  router.use(plansRouter(deps));
  router.use(catalogRouter(deps));
  router.use(deploymentsRouter(deps));
  return router;
}
