import { InputError } from '@backstage/errors';
import {
  IntentSchema,
  PredictRequestSchema,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Router from 'express-promise-router';
import { checkIntent } from '../services/checkIntent';
import { RouteDeps } from './types';
import { parse } from './validate';

/** Same semantics as `yarn planner predict` and `yarn planner plan`. */
export function predictRouter({ access, knowledge }: RouteDeps) {
  const router = Router();

  router.post('/v1/predict', async (req, res) => {
    await access.caller(req);
    const body = parse(PredictRequestSchema, req.body, 'prediction request');
    const { engine } = await knowledge.planner();
    let config;
    try {
      config = engine.resolveConfig({
        model: body.model,
        gpu: body.gpu,
        tp: body.tp,
        engine: body.engine?.toLowerCase(),
        precision: body.precision,
      });
    } catch (e) {
      throw new InputError((e as Error).message);
    }
    const load =
      body.concurrency !== undefined
        ? { concurrency: body.concurrency }
        : { rate: body.rate };
    res.json({
      unit: 'ms',
      ...engine.predict(config, body.inputTokens, body.outputTokens, load),
    });
  });

  router.post('/v1/recommend', async (req, res) => {
    await access.caller(req);
    const intent = parse(IntentSchema, req.body, 'intent');
    const planner = await knowledge.planner();
    checkIntent(planner, intent);
    res.json(await knowledge.plan(intent));
  });

  return router;
}
