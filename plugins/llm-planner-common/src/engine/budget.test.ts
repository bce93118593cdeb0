import { budgetCeiling } from './budget';
import { createPlanner } from './plan';
import { IntentSchema } from './schemas';
import { seedKb } from './__testUtils__/seed';

describe('budget', () => {
  const planner = createPlanner(seedKb());
  const chatbot = {
    useCase: 'chatbot',
    users: 2000,
    usersMean: 'concurrent' as const,
  };

  it('returns the best plan within a budget that covers the SLO', () => {
    const plan = planner.plan({
      ...chatbot,
      budget: { usdPerMonth: 10_000_000 },
    });
    expect(plan.budget).toMatchObject({
      ceilingUsdPerMonth: 10_000_000,
      withinBudget: true,
      affordable: null,
    });
    expect(plan.budget!.sloCostUsdPerMonth).toBe(
      plan.recommendations[0].cost.perMonth,
    );
    expect(plan.explanation).toMatch(/within the \$10,000,000\/month budget/);
  });

  it('a monthly ceiling below what the SLO costs: names the missed SLO, by how much, and what the SLO costs', () => {
    const unbudgeted = planner.plan(chatbot).recommendations[0].cost.perMonth;
    const ceiling = Math.round(unbudgeted / 2);
    const plan = planner.plan({ ...chatbot, budget: { usdPerMonth: ceiling } });
    const v = plan.budget!;
    const cost = plan.recommendations[0].cost.perMonth;
    expect(cost).toBe(unbudgeted);
    expect(v.withinBudget).toBe(false);
    expect(v.sloCostUsdPerMonth).toBe(cost);
    expect(v.affordable!.perMonth).toBeLessThanOrEqual(ceiling);
    expect(v.affordable!.replicas).toBeGreaterThanOrEqual(1);
    expect(v.affordable!.misses.length).toBeGreaterThan(0);
    expect(v.affordable!.misses.every(m => m.overPct > 0)).toBe(true);
    // the message names a missed target with its percentage and the cost of the SLO
    expect(v.message).toContain(
      `$${ceiling.toLocaleString('en-US')}/month budget buys`,
    );
    expect(v.message).toMatch(/budget buys \d+ replica/);
    expect(v.message).toMatch(
      /(TTFT|ITL|E2E) p95 \d+ ms vs \d+ ms target \(\+[\d.]+ %\)|load: serves/,
    );
    expect(v.message).toContain(
      `meeting the SLO costs $${Math.round(cost).toLocaleString(
        'en-US',
      )}/month`,
    );
  });

  it('a budget too small for one replica says so and what the SLO costs', () => {
    const plan = planner.plan({ ...chatbot, budget: { usdPerMonth: 1 } });
    expect(plan.budget!.affordable).toBeNull();
    expect(plan.budget!.message).toMatch(
      /does not pay for one replica.*meeting the SLO costs/,
    );
  });

  it('turns a per-run budget into a monthly ceiling with the runs a day', () => {
    expect(
      budgetCeiling(
        IntentSchema.parse({
          ...chatbot,
          budget: { usdPerRun: 50 },
          batch: { itemsPerRun: 1000, runsPerDay: 2 },
        }),
      ),
    ).toEqual({
      usd: 3000,
      basis: '$50/run x 2 run(s)/day x 30 days, for always-on replicas',
    });
  });

  it('ranks the option with the most spare capacity first with preference "performance"', () => {
    const cheap = planner.plan({ ...chatbot, users: 200 });
    const fast = planner.plan({
      ...chatbot,
      users: 200,
      budget: { preference: 'performance' },
    });
    const spare = (r: (typeof cheap.recommendations)[number]) =>
      (r.replicas * r.capacityRpsPerReplica) / cheap.workload.peakRps;
    expect(spare(fast.recommendations[0])).toBeGreaterThanOrEqual(
      spare(cheap.recommendations[0]),
    );
    expect(fast.recommendations[0].cost.perMonth).toBeGreaterThanOrEqual(
      cheap.recommendations[0].cost.perMonth,
    );
  });

  it('refuses a negative budget and a batch window beyond a week, naming the field', () => {
    const r = IntentSchema.safeParse({
      ...chatbot,
      budget: { usdPerMonth: -5 },
      batch: { itemsPerRun: 10, windowHours: 200 },
    });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map(i => i.path.join('.'));
    expect(paths).toEqual(['budget.usdPerMonth', 'batch.windowHours']);
  });
});
