import { createPlanner } from '../engine/plan';
import { seedKb } from '../engine/__testUtils__/seed';
import { fixedPolicy } from './policies';
import { erlangC, serviceCv2FromTokens } from './replicaQueue';
import { prepareScalingPlan, simulate } from './simulate';

// a small-batch configuration (few slots per replica), where requests queue below saturation
const INTENT = {
  useCase: 'chatbot',
  users: 2000,
  model: 'llama-3.1-8b',
  gpu: 'L40S',
};

describe('per-replica queues', () => {
  const planner = createPlanner(seedKb());
  const plan = planner.plan(INTENT);
  const sp = prepareScalingPlan(planner.engine, plan, {
    maxNumSeqs: 4,
    outputTokensCv: 0,
  });
  // 3 fixed replicas at 60 % of their slots, steady
  const e2eAtSlots = sp.table.mean[(sp.table.points - 1) * 3 + 2] / 1000;
  const rps = 0.6 * 3 * (4 / e2eAtSlots);
  const day = { kind: 'constant' as const, rps };
  const ttftP95 = (router: 'round-robin' | 'random' | 'least-requests') =>
    simulate(sp, day, fixedPolicy(3), { router, arrivals: 'expected' }).latency
      .ttft.p95!;

  it('Erlang C matches the M/M/c textbook values', () => {
    expect(erlangC(1, 0.6)).toBeCloseTo(0.6, 6);
    expect(erlangC(4, 2.4)).toBeCloseTo(0.287, 3);
    expect(erlangC(4, 5)).toBe(1);
  });

  it('requests wait for a slot below saturation; how long depends on the router', () => {
    const surfaceP95 =
      sp.table.knots[Math.round((0.6 * 4) / sp.table.step) * 15 + 2];
    const rr = ttftP95('round-robin');
    const random = ttftP95('random');
    const lr = ttftP95('least-requests');
    // the fluid pool alone would serve these at the surface's TTFT
    expect(random).toBeGreaterThan(surfaceP95 * 2);
    // round robin spreads the clumps of a Poisson stream: less waiting than a random split,
    // and a least-requests router uses every replica's free slots
    expect(rr).toBeLessThan(random);
    expect(lr).toBeLessThan(rr);
  });

  it('variable output lengths make the queues longer than fixed-length requests', () => {
    const spread = prepareScalingPlan(planner.engine, plan, {
      maxNumSeqs: 4,
      outputTokensCv: 1,
    });
    const spreadP95 = simulate(spread, day, fixedPolicy(3), {
      router: 'round-robin',
      arrivals: 'expected',
    }).latency.ttft.p95!;
    expect(spreadP95).toBeGreaterThan(ttftP95('round-robin'));
    expect(
      serviceCv2FromTokens({ mean: 200, p50: 150, p90: 400 }).cv2,
    ).toBeGreaterThan(0.5);
  });
});
