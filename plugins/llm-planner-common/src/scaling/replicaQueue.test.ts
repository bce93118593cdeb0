import { createPlanner } from '../engine/plan';
import { seedKb } from '../engine/__testUtils__/seed';
import { fixedPolicy } from './policies';
import { erlangC, serviceCv2FromTokens } from './replicaQueue';
import { createRng } from './prng';
import { prepareScalingPlan, simulate } from './simulate';
import { decideAutoscaling, planTrafficAssumption } from './decision';

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

  it('at steady load, TTFT p95 matches an exact request-level replay of round-robin replicas within 20 %', () => {
    // one slot per replica: the regime where the per-replica queue decides the tail
    const one = prepareScalingPlan(planner.engine, plan, {
      maxNumSeqs: 1,
      outputTokensCv: 0,
    });
    const S = one.table.mean[(one.table.points - 1) * 3 + 2];
    const rate = (0.6 * 3) / (S / 1000);
    const simulated = simulate(
      one,
      { kind: 'constant', rps: rate },
      fixedPolicy(3),
      { router: 'round-robin', arrivals: 'expected' },
    ).latency.ttft.p95!;
    // the replay: two hours of Poisson arrivals, request i to replica i mod 3, FIFO, one
    // sequence at a time, fixed service time (virtual clock)
    const rng = createRng(11);
    const freeAt = [0, 0, 0];
    const ttft: number[] = [];
    const ttft0 = one.table.knots[0];
    for (let t = 0, i = 0; t < 7_200_000; i++) {
      t += (-Math.log(1 - rng()) / rate) * 1000;
      const start = Math.max(t, freeAt[i % 3]);
      freeAt[i % 3] = start + S;
      ttft.push(start - t + ttft0);
    }
    ttft.sort((a, b) => a - b);
    const exact = ttft[Math.floor(0.95 * ttft.length)];
    expect(simulated / exact).toBeGreaterThan(0.8);
    expect(simulated / exact).toBeLessThan(1.2);
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

  it("the plan's autoscaler decision is deterministic and simulated on its traffic assumption", () => {
    const a = decideAutoscaling(planner.engine, plan)!;
    const b = decideAutoscaling(planner.engine, plan)!;
    expect(b).toEqual(a);
    expect(a.traffic).toEqual(planTrafficAssumption(plan));
    expect(a.renders).toBe(a.parameters.kind === 'fixed' ? 'none' : 'keda');
    expect(
      decideAutoscaling(planner.engine, { ...plan, recommendations: [] }),
    ).toBeNull();
  });
});
