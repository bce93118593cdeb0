import { MISTRAL_NEMO_BASE_2407 } from './__fixtures__/hfConfigs';
import { modelSpecFromHfConfig } from './hfConfig';
import { createEngine } from './predictor';
import { createPlanner } from './plan';
import { seedKb } from './__testUtils__/seed';
import type { KnowledgeBase } from './schemas';

/**
 * A model added from its config.json has no benchmark runs: every number the planner gives for
 * it is a roofline estimate, and carries the interval of the estimated class.
 */
describe('planning a model added from its config.json', () => {
  const seed = seedKb();
  const added = modelSpecFromHfConfig(MISTRAL_NEMO_BASE_2407, {
    // a new id and Hugging Face id, so that no seed run resolves to it
    id: 'nemo-added',
    hfId: 'example-org/Nemo-Added',
    source: 'test: the Mistral-Nemo-Base-2407 config.json under another name',
  });
  if (!added.ok) throw new Error(JSON.stringify(added.errors));
  const kb: KnowledgeBase = { ...seed, models: [...seed.models, added.model] };

  it('has no measured run to lean on', () => {
    expect(kb.runs.some(r => r.modelId === 'nemo-added')).toBe(false);
  });

  it('plans it with estimated provenance and a cross-validated interval on every statistic', () => {
    const plan = createPlanner(kb).plan({
      useCase: 'chatbot',
      users: 50,
      usersMean: 'concurrent',
      model: 'nemo-added',
      gpu: 'H100-SXM-80GB',
    });
    const best = plan.recommendations[0];
    expect(best.modelId).toBe('nemo-added');
    expect(best.provenance).toBe('estimated');
    for (const metric of ['ttft', 'itl', 'e2e'] as const) {
      const stats = Object.values(best.prediction[metric]);
      expect(stats.length).toBeGreaterThan(0);
      for (const v of stats) {
        expect(v.provenance).toBe('estimated');
        // the interval is the cross-validated error of estimates, which need not be centred on
        // the raw roofline value (it over-predicts e2e at low load, and the interval says so)
        expect(v.low).toBeLessThan(v.high!);
        expect(v.level).toBe(0.8);
        expect(v.basis).toMatch(/cross-validated estimated/);
        // quantiles pooled over measured configurations cover less of an unmeasured one: the
        // interval reads the wider share that held 80 % of held-out configurations' errors
        expect(v.basis).toMatch(
          /their central \d+ %, the share that held 80 % of the errors of configurations held out/,
        );
      }
    }
    expect(best.memory.feasible).toBe(true);
  });

  it('resolves the added model by its Hugging Face id as well', () => {
    const engine = createEngine(kb);
    expect(engine.resolveModel('example-org/Nemo-Added')?.model.id).toBe(
      'nemo-added',
    );
  });
});

describe('a catalogued model without architecture numbers', () => {
  const kb = seedKb();
  const planner = createPlanner(kb);

  it('is explained, naming the missing fields and how to fill them, instead of an empty answer', () => {
    const model = kb.models.find(m => m.id === 'granite-3-8b')!;
    expect(model.layers).toBeNull();
    const plan = planner.plan({
      useCase: 'chatbot',
      users: 50,
      usersMean: 'concurrent',
      model: 'granite-3-8b',
      gpu: 'H100-SXM-80GB',
    });
    expect(plan.recommendations).toEqual([]);
    expect(plan.dataNotes.join('\n')).toMatch(
      /granite-3-8b lacks layers, kvHeads, headDim in the model catalog .*config\.json/,
    );
    expect(plan.rejected[0].reason).toMatch(
      /KV-cache shape unknown: granite-3-8b lacks/,
    );
    const engine = createEngine(kb);
    const p = engine.predict(
      engine.resolveConfig({
        model: 'granite-3-8b',
        gpu: 'H100-SXM-80GB',
        tp: 1,
      }),
      1000,
      200,
      { concurrency: 1 },
    );
    expect(Object.keys(p.ttft)).toEqual([]);
    expect(p.notes.join('\n')).toMatch(
      /no prediction possible, nothing was measured and granite-3-8b lacks layers/,
    );
  });

  it('leaves no catalogued model silently empty: every model has its architecture or says why not', () => {
    for (const m of kb.models) {
      const complete =
        m.layers !== null && m.kvHeads !== null && m.totalParamsB !== null;
      expect(complete || Boolean(m.missing)).toBe(true);
    }
  });
});
