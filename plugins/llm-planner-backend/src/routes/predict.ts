import { InputError } from '@backstage/errors';
import {
  INTENT_BOUNDS,
  IntentSchema,
  PrecisionSchema,
} from '@internal/backstage-plugin-llm-planner-common';
import Router from 'express-promise-router';
import { z } from 'zod';
import { checkIntent } from '../services/checkIntent';
import { RouteDeps } from './types';
import { parse, safeText } from './validate';

const tokens = () =>
  z
    .number()
    .positive()
    .max(
      INTENT_BOUNDS.maxTokens,
      `must be at most ${INTENT_BOUNDS.maxTokens} tokens`,
    );

export const PredictBody = z
  .object({
    model: safeText(INTENT_BOUNDS.maxNameLength).min(1),
    gpu: safeText(INTENT_BOUNDS.maxNameLength).min(1),
    tp: z.number().int().min(1).max(64),
    inputTokens: tokens(),
    outputTokens: tokens(),
    /** requests in flight on one replica */
    concurrency: z
      .number()
      .positive()
      .max(100_000, 'must be at most 100000 requests in flight')
      .optional(),
    /** requests per second offered to one replica */
    rate: z
      .number()
      .positive()
      .max(100_000, 'must be at most 100000 requests a second')
      .optional(),
    engine: safeText(INTENT_BOUNDS.maxNameLength).optional(),
    precision: PrecisionSchema.optional(),
  })
  .refine(b => (b.concurrency === undefined) !== (b.rate === undefined), {
    message: 'give exactly one of concurrency or rate',
  });

/** Same semantics as `yarn planner predict` and `yarn planner plan`. */
export function predictRouter({ access, knowledge }: RouteDeps) {
  const router = Router();

  router.post('/v1/predict', async (req, res) => {
    await access.caller(req);
    const body = parse(PredictBody, req.body, 'prediction request');
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
