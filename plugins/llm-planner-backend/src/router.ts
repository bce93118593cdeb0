import { CatalogService } from '@backstage/plugin-catalog-node';
import express from 'express';
import Router from 'express-promise-router';
import type { ImportFormatEntry } from '@llm-planner/backstage-plugin-llm-planner-common';
import { ChatConfig, IntentExtractor } from './chat';
import { PlannerStore } from './database/PlannerStore';
import { benchmarksRouter } from './routes/benchmarks';
import { catalogRouter } from './routes/catalog';
import { chatRouter } from './routes/chat';
import { deploymentsRouter } from './routes/deployments';
import { plansRouter } from './routes/plans';
import { predictRouter } from './routes/predict';
import { pricingRouter } from './routes/pricing';
import { RouteDeps } from './routes/types';
import { BODY_LIMITS, jsonBody } from './routes/validate';
import { openApiDocument } from './schema/openapi';
import { PricePolicyService } from './services/PricePolicyService';

export async function createRouter(
  deps: RouteDeps & {
    status: PlannerStore;
    chatConfig: ChatConfig;
    catalog: CatalogService;
    pricePolicy: PricePolicyService;
    /** `llmPlanner.imports.maxBodyBytes`; default `BODY_LIMITS.imports` */
    importMaxBodyBytes?: number;
    /** a backend module's chat extractor, used instead of Ollama */
    intentExtractor?: IntentExtractor;
    /** import formats backend modules added besides the registry's */
    benchmarkFormats?: readonly ImportFormatEntry[];
  },
): Promise<express.Router> {
  const { access, knowledge } = deps;
  const router = Router();
  // The first parser that matches reads the body; the others see it parsed and skip.
  router.use('/v1/chat', jsonBody(BODY_LIMITS.chat, '/v1/chat'));
  router.use(
    '/v1/benchmarks/imports',
    jsonBody(
      deps.importMaxBodyBytes ?? BODY_LIMITS.imports,
      '/v1/benchmarks/imports',
    ),
  );
  router.use(jsonBody(BODY_LIMITS.api));

  // Liveness for load balancers and the dev script; answers without credentials.
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  // The API description, generated from the schemas the routes validate with.
  router.get('/v1/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });

  router.get('/v1/status', async (req, res) => {
    await access.caller(req);
    res.json(await deps.status.status());
  });

  router.get('/v1/me', async (req, res) => {
    const caller = await access.caller(req);
    res.json({
      userRef: caller.userRef,
      groups: caller.groups,
      isPlatform: caller.isPlatform,
      platformTeam: deps.platformTeam,
    });
  });

  // Everything the browser needs to re-plan locally on every what-if edit.
  router.get('/v1/knowledge-base', async (req, res) => {
    await access.caller(req);
    // the etag of the version whose knowledge base this answers, never an older one
    const { etag, planner } = await knowledge.snapshot();
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    const { kb } = planner.engine;
    res.set({ ETag: etag, 'Cache-Control': 'private, no-cache' }).json(kb);
  });

  router.use(predictRouter(deps));
  router.use(chatRouter(deps));
  router.use(plansRouter(deps));
  router.use(benchmarksRouter(deps));
  router.use(catalogRouter(deps));
  router.use(pricingRouter(deps));
  router.use(deploymentsRouter(deps));
  return router;
}
