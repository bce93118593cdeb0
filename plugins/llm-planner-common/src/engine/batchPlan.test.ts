import { renderManifests } from '../manifests/render';
import { createPlanner } from './plan';
import type { Intent } from './schemas';
import { seedKb } from './__testUtils__/seed';

const kb = seedKb();
const planner = createPlanner(kb);
const batchPlan = (intent: Intent) => planner.plan(intent);

/** "summarize 20k documents nightly on A10G, within 8 hours", as the chat extracts it. */
const nightly: Intent = {
  useCase: 'summarisation',
  users: 0.6944,
  usersMean: 'rps',
  activeHoursPerDay: 8,
  gpu: 'A10G',
  batch: { itemsPerRun: 20000, runsPerDay: 1, windowHours: 8 },
};

describe('batch plan', () => {
  it('the nightly 20k-document summarisation costs a small fraction of the always-on plan and meets its window', () => {
    const plan = batchPlan(nightly);
    const { batch: _batch, ...sameRequest } = nightly;
    const alwaysOn = planner.plan(sameRequest);
    expect(plan.workloadKind).toBe('batch');
    const best = plan.recommendations[0];
    const s = plan.batch!.sizing!;
    expect(best.batch).toBe(s);
    expect(best.gpuId).toBe('A10G');
    // the use case's token shape, said so
    const summarisation = kb.sloTemplates.find(t => t.id === 'summarisation')!;
    expect(plan.batch!.job).toMatchObject({
      itemsPerRun: 20000,
      windowHours: 8,
      inputTokens: Math.round(summarisation.tokens.input.mean),
      outputTokens: Math.round(summarisation.tokens.output.mean),
    });
    expect(plan.assumptions.join('\n')).toMatch(
      /"summarisation" use case's mean/,
    );
    // meets the window at the plan's confidence
    expect(s.runHoursAtConfidence).toBeLessThanOrEqual(8);
    expect(s.probabilityWithinWindow).toBeGreaterThanOrEqual(s.confidence);
    expect(s.confidence).toBe(0.9);
    // the unit is the run; the month is runs x 30
    expect(s.gpuHoursPerRun.value).toBeCloseTo(
      s.replicas * best.tp * s.runHours.value,
      1,
    );
    expect(s.usdPerRun.value).toBeCloseTo(
      s.gpuHoursPerRun.value * best.cost.pricePerGpuHour,
      1,
    );
    expect(best.cost.perMonth).toBeCloseTo(s.usdPerRun.value * 30, 0);
    // a small fraction of the always-on plan for the same request
    const always = alwaysOn.recommendations[0].cost.perMonth;
    expect(best.cost.perMonth).toBeLessThan(always * 0.1);
    expect(plan.explanation).toMatch(/inside the 8 h window/);
    expect(best.formulaTrace.join('\n')).toMatch(/GPU-hours per run = /);
    expect(s.measurements.basis.length).toBeGreaterThan(0);
    expect(plan.batch!.method.join('\n')).toMatch(/GPU-hours per run/);
  });

  it('intent -> plan -> manifests: the batch plan renders a CronJob of its replicas', () => {
    const plan = batchPlan(nightly);
    const best = plan.recommendations[0];
    const out = renderManifests({
      plan: { id: 'nightly', ownerGroup: 'group:default/docs-team', plan },
      variant: 'deployment',
      runtime: 'vllm',
      namespace: 'docs-team',
      serviceName: 'nightly-summaries',
      entityRef: 'component:default/nightly-summaries',
      autoscaler: 'keda',
    });
    expect(out.objects.map(o => o.kind)).toEqual(['CronJob', 'NetworkPolicy']);
    const jobSpec = (out.objects[0].spec as any).jobTemplate.spec;
    expect(jobSpec.parallelism).toBe(best.replicas);
    expect(jobSpec.activeDeadlineSeconds).toBe(8 * 3600);
    expect(out.summary.requestedGpus).toBe(best.replicas * best.tp);
  });

  it('keeps alternatives distinct and ranks the cheapest run at the confidence first', () => {
    const plan = batchPlan({ ...nightly, gpu: undefined });
    const recs = plan.recommendations;
    expect(recs.length).toBeGreaterThan(1);
    const keys = recs.map(r => `${r.modelId}|${r.gpuId.split('-')[0]}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(recs[0].batch!.usdPerRunAtConfidence).toBeLessThanOrEqual(
      Math.min(...recs.map(r => r.batch!.usdPerRunAtConfidence)),
    );
    expect(recs.slice(1).every(r => r.difference)).toBe(true);
  });

  it('says what a too small budget buys', () => {
    const cheap = batchPlan(nightly).batch!.sizing!;
    const plan = batchPlan({
      ...nightly,
      budget: { usdPerRun: cheap.usdPerRun.value / 4 },
    });
    expect(plan.budget!.withinBudget).toBe(false);
    expect(plan.budget!.message).toMatch(/buys .* GPU-hours .* items of a run/);
    expect(plan.explanation).toMatch(/Budget: /);
  });

  it('bad input: zero items and a window shorter than one item name the field', () => {
    expect(() =>
      batchPlan({ ...nightly, batch: { itemsPerRun: 0, windowHours: 8 } }),
    ).toThrow(/itemsPerRun/);
    expect(() =>
      batchPlan({
        ...nightly,
        outputTokens: 100_000,
        batch: { itemsPerRun: 10, windowHours: 0.2 },
      }),
    ).toThrow(/^batch\.windowHours: /);
  });
});
