import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { PlannerStore } from './database/PlannerStore';

export async function createRouter({
  httpAuth,
  store,
}: {
  httpAuth: HttpAuthService;
  store: PlannerStore;
}): Promise<express.Router> {
  const router = Router();
  router.use(express.json({ limit: '20mb' }));

  // Liveness for load balancers and the dev script; answers without credentials.
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/v1/status', async (req, res) => {
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(await store.status());
  });

  return router;
}
