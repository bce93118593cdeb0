import { createPlanner } from './plan';
import { seedKb } from './__testUtils__/seed';
import { IntentSchema } from './schemas';

const kb = seedKb();
const planner = createPlanner(kb);
const chatbot = {
  useCase: 'chatbot',
  users: 1000,
  usersMean: 'concurrent' as const,
};

describe('plans a team can trust', () => {
  it('sizes the 1000-concurrent chatbot for availability with a positive margin at its upper bound', () => {
    const best = planner.plan(chatbot).recommendations[0];
    expect(best.replicas).toBeGreaterThanOrEqual(2);
    expect(best.availability).toMatchObject({ policy: 'n+1', minReplicas: 2 });
    expect(best.confidence).toBe(0.9);
    for (const m of best.margins) {
      expect(m.confidence).toBe(0.9);
      expect(m.upperMs).toBeLessThanOrEqual(m.targetMs);
      expect(m.upperMarginPct).toBeGreaterThanOrEqual(0);
      expect(m.probability).toBeGreaterThanOrEqual(0.85);
      expect(m.lowMs).toBeLessThan(m.highMs!);
    }
    expect(best.explanation).toMatch(/90 % confidence/);
    expect(best.explanation).toMatch(/n\+1 availability/);
    expect(best.formulaTrace.join('\n')).toMatch(/upper 0.9 bound/);
  });

  it('carries an interval on every predicted statistic of every recommendation', () => {
    for (const r of planner.plan(chatbot).recommendations)
      for (const metric of ['ttft', 'itl', 'e2e'] as const)
        for (const v of Object.values(r.prediction[metric])) {
          expect(v.level).toBe(0.8);
          expect(v.low).toBeLessThan(v.high!);
          expect(v.basis).toMatch(/cross-validated/);
        }
  });

  it('buys more capacity for more confidence', () => {
    const replicas = (confidence: number) =>
      planner.plan({
        ...chatbot,
        users: 20000,
        model: 'qwen3-8b',
        gpu: 'H100',
        tp: 1,
        slo: { ttftMs: 1000 },
        confidence,
      }).recommendations[0];
    const at = [0.6, 0.9, 0.97].map(replicas);
    expect(at[0].replicas).toBeLessThanOrEqual(at[1].replicas);
    expect(at[1].replicas).toBeLessThanOrEqual(at[2].replicas);
    expect(at[0].capacityRpsPerReplica).toBeGreaterThanOrEqual(
      at[2].capacityRpsPerReplica,
    );
  });

  it('shows alternatives that are not twins: one per model family and GPU class, each saying why', () => {
    const plan = planner.plan({ ...chatbot, maxAlternatives: 5 });
    const keys = plan.recommendations.map(r => {
      const model = kb.models.find(m => m.id === r.modelId)!;
      return `${model.family}|${r.gpuId.split('-')[0]}`;
    });
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of plan.recommendations.slice(1))
      expect(r.difference).toMatch(/dearer|cheaper|same cost/);
  });

  it('follows the availability the intent or the use case asks for', () => {
    const batch = planner.plan({ useCase: 'batch-analytics', users: 1 })
      .recommendations[0];
    expect(batch.availability.policy).toBe('best-effort');
    expect(batch.replicas).toBeGreaterThanOrEqual(1);
    const four = planner.plan({ ...chatbot, users: 10, minReplicas: 4 })
      .recommendations[0];
    expect(four.replicas).toBeGreaterThanOrEqual(4);
    expect(four.availability.reason).toMatch(/as the intent asks/);
    const lone = planner.plan({
      ...chatbot,
      users: 10,
      availability: 'best-effort',
    }).recommendations[0];
    expect(lone.replicas).toBe(1);
  });

  it('refuses a confidence outside (0.5, 0.999) and fewer than one replica', () => {
    const issues = (intent: object) => {
      const r = IntentSchema.safeParse({ ...chatbot, ...intent });
      return r.success ? [] : r.error.issues.map(i => i.path.join('.'));
    };
    expect(issues({ confidence: 0.5 })).toEqual(['confidence']);
    expect(issues({ confidence: 0.9995 })).toEqual(['confidence']);
    expect(issues({ minReplicas: 0 })).toEqual(['minReplicas']);
    expect(issues({ minReplicas: 1.5 })).toEqual(['minReplicas']);
    expect(issues({ confidence: 0.95, minReplicas: 3 })).toEqual([]);
  });
});
