import { createPlanner } from '../engine/plan';
import { seedKb } from '../engine/__testUtils__/seed';
import {
  ScalingPlan,
  prepareScalingPlan,
  scaleUpLag,
  simulate,
} from './simulate';
import { fixedPolicy, hpaPolicy } from './policies';
import {
  comparePolicies,
  defaultPolicies,
  defaultQueueTarget,
  recommendPolicy,
} from './compare';
import { buildTraffic, diurnalForPeak } from './traffic';
import { scalingReport } from './report';

// chatbot for a population of 11,000 on Llama 3.1 8B, sized on point predictions without an
// availability floor (the scaling behaviour under test, not the sizing): 3 x B200 (fp8)
const INTENT = {
  useCase: 'chatbot',
  users: 11000,
  model: 'llama-3.1-8b',
  availability: 'best-effort' as const,
};

describe('scaling simulation on the seed knowledge base', () => {
  const planner = createPlanner(seedKb(), { pointEstimates: true });
  const plan = planner.plan(INTENT);
  let predictCalls = 0;
  const engine = {
    ...planner.engine,
    predictStat: (...args: Parameters<typeof planner.engine.predictStat>) => {
      predictCalls++;
      return planner.engine.predictStat(...args);
    },
  };
  const sp: ScalingPlan = prepareScalingPlan(engine, plan);
  const diurnal = buildTraffic(diurnalForPeak(sp.planPeakRps));

  it('reads the latency surface once, never inside the loop', () => {
    expect(predictCalls).toBe(129 * 3 * 5);
    expect(sp.replicas).toBe(3);
    expect(sp.slotsPerReplica).toBeCloseTo(
      plan.recommendations[0].capacityConcurrencyPerReplica,
      5,
    );
    simulate(sp, { kind: 'constant', rps: 10 }, fixedPolicy(1));
    expect(predictCalls).toBe(129 * 3 * 5);
  });

  it('a fixed deployment at the planned size meets the SLO at the planned peak', () => {
    const r = simulate(
      sp,
      { kind: 'constant', rps: sp.planPeakRps },
      fixedPolicy(sp.replicas),
    );
    expect(r.peak!.sloMet).toBe(true);
    expect(r.peak!.ttftP95!).toBeLessThanOrEqual(sp.slo.ttftMs!);
    expect(r.peak!.itlP95!).toBeLessThanOrEqual(sp.slo.itlMs!);
    expect(r.peak!.e2eP95!).toBeLessThanOrEqual(sp.slo.e2eMs!);
    expect(r.attainment.compliantIntervals).toBe(1);
    expect(r.attainment.requestsMeetingTargets).toBeGreaterThan(0.99);
    expect(r.totals.unserved).toBe(0);
    // GPU-hours: 3 replicas x 1 GPU x 24 h; cost = GPU-hours x the plan's price
    expect(r.gpuHours).toBe(72);
    expect(r.cost.perDay).toBeCloseTo(
      72 * plan.recommendations[0].cost.pricePerGpuHour,
      1,
    );
    // one replica fewer does not hold the peak
    const under = simulate(
      sp,
      { kind: 'constant', rps: sp.planPeakRps },
      fixedPolicy(1),
    );
    expect(under.peak!.sloMet).toBe(false);
    expect(under.totals.maxQueueWaitS).toBeGreaterThan(60);
  });

  it('CPU-based scaling reacts late (here: never) to a burst; LLM signals react in about 2 minutes', () => {
    // 90 % of one replica's capacity, then +250 % for 30 min from 10:00 (3 min ramp): one
    // replica saturates
    const perReplica = plan.recommendations[0].capacityRpsPerReplica;
    const burst = {
      kind: 'spiky' as const,
      base: perReplica * 0.9,
      count: 1,
      heightRps: perReplica * 2.5,
      durationSeconds: 1800,
      at: [36000],
    };
    const cpu = simulate(sp, burst, hpaPolicy('hpa-cpu', 0.7, 1, 6));
    const queue = simulate(
      sp,
      burst,
      hpaPolicy('keda-queue', defaultQueueTarget(sp), 1, 6),
    );
    const running = simulate(
      sp,
      burst,
      hpaPolicy('keda-running', sp.slotsPerReplica * 0.6, 1, 6),
    );
    const lagCpu = scaleUpLag(cpu, 36000);
    const lagQueue = scaleUpLag(queue, 36000);
    const lagRunning = scaleUpLag(running, 36000);
    // on the seed data CPU stays under 70 % of a 4-core request while saturated: no scale-up
    expect(lagCpu.decisionS).toBeNull();
    expect(Math.max(...cpu.timeline.map(x => x.cpuUtil))).toBeLessThan(0.7);
    expect(Math.max(...cpu.timeline.map(x => x.cpuUtil))).toBeGreaterThan(0.1);
    expect(lagQueue.decisionS).toBeLessThanOrEqual(180);
    expect(lagRunning.decisionS).toBeLessThanOrEqual(180);
    expect(lagRunning.readyS).toBeLessThanOrEqual(
      lagRunning.decisionS! + sp.startupSeconds + 120,
    );
    expect(cpu.totals.maxQueueWaitS).toBeGreaterThan(
      10 * queue.totals.maxQueueWaitS,
    );
    expect(cpu.attainment.requestsMeetingTargets).toBeLessThan(
      running.attainment.requestsMeetingTargets,
    );
    // with a CPU request small enough for the saturated pod to pass 70 % (80 % of it) the HPA
    // does react, but only because the pod already runs hot
    const hottest = Math.max(...cpu.timeline.map(x => x.cpuUtil));
    const small = simulate(sp, burst, hpaPolicy('hpa-cpu', 0.7, 1, 6), {
      pod: { cpuRequestCores: (4 * hottest) / 0.8 },
    });
    expect(scaleUpLag(small, 36000).decisionS).toBeGreaterThanOrEqual(
      lagRunning.decisionS!,
    );
  });

  it('on a diurnal day, running-requests scaling meets the SLO with fewer GPU-hours; queue depth (default HPA behaviour) does not', () => {
    const cmp = comparePolicies(sp, diurnal, defaultPolicies(sp));
    const row = (k: string) => cmp.rows.find(r => r.kind === k)!;
    expect(row('fixed').meetsTarget).toBe(true);
    // at 60 % of max-num-seqs the per-replica queues break a few 5-min windows on the ramps
    // (random router); the plan's decision scales on running requests at a lower target
    expect(row('keda-running').requestsMeetingTargets).toBeGreaterThan(0.99);
    const decided = recommendPolicy(sp, diurnal);
    expect(decided.meetsTarget).toBe(true);
    expect(decided.parameters.kind).toBe('keda-running');
    expect(decided.row.gpuHours).toBeLessThan(row('fixed').gpuHours * 0.7);
    // measured: the queue is empty whenever replicas are not saturated, so desired = ceil(0 / target)
    // = min, the HPA scales down after the 300 s window and saturates again (a sawtooth)
    expect(row('keda-queue').meetsTarget).toBe(false);
    expect(row('keda-queue').scaleEvents).toBeGreaterThan(100);
    expect(row('hpa-cpu').meetsTarget).toBe(false);
    expect(row('hpa-memory').meetsTarget).toBe(false);
    expect(cmp.verdict).toMatch(/KEDA queue .* does NOT meet the SLO/);
    expect(cmp.verdict).toMatch(/KEDA running .* fewer GPU-hours than fixed/);
    const html = scalingReport(cmp);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html.match(/<svg /g)!.length).toBe(4);
    expect(html).toContain('does NOT meet the SLO');
    expect(html).not.toMatch(/NaN|undefined/);
  });

  it('is deterministic: same seed, same result; another seed differs', () => {
    const p = hpaPolicy('keda-running', sp.slotsPerReplica * 0.6, 1, 6);
    const a = simulate(sp, diurnal, p, { seed: 3 });
    const b = simulate(sp, diurnal, p, { seed: 3 });
    const c = simulate(sp, diurnal, p, { seed: 4 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(c.totals.arrivals).not.toBe(a.totals.arrivals);
  });

  it('produces chart-ready series', () => {
    const r = simulate(
      sp,
      diurnal,
      hpaPolicy('keda-running', sp.slotsPerReplica * 0.6, 1, 6),
    );
    expect(r.timeline).toHaveLength(1440);
    expect(r.intervals).toHaveLength(288);
    expect(r.timeline[600]).toEqual(
      expect.objectContaining({
        t: 36000,
        time: '10:00',
        desiredReplicas: expect.any(Number),
      }),
    );
    expect(Object.keys(r.intervals[0])).toEqual(
      expect.arrayContaining([
        'ttftP95',
        'itlP99',
        'e2eP50',
        'sloMet',
        'rpsPerReplica',
      ]),
    );
    expect(
      Math.abs(r.totals.arrivals - r.traffic.totalRequests) /
        r.traffic.totalRequests,
    ).toBeLessThan(0.01);
    expect(r.totals.served).toBeCloseTo(r.totals.arrivals, -2);
    expect(r.tenants).toHaveLength(1);
  });

  it('keeps per-tenant throughput and latency in a mix', () => {
    const r = simulate(
      sp,
      {
        kind: 'mix',
        tenants: [
          { name: 'support', pattern: diurnalForPeak(sp.planPeakRps * 0.7) },
          { name: 'batch', pattern: { kind: 'constant', rps: 5 } },
        ],
      },
      fixedPolicy(sp.replicas),
    );
    expect(r.tenants.map(t => t.name)).toEqual(['support', 'batch']);
    const batch = r.tenants[1];
    expect(batch.served).toBeCloseTo(5 * 86400, -4);
    expect(batch.intervals[100].offeredRps).toBeCloseTo(5, 3);
    expect(batch.ttft.p95).not.toBeNull();
    expect(r.tenants[0].shareOfRequests + batch.shareOfRequests).toBeCloseTo(
      1,
      6,
    );
  });

  it('recommends the cheapest policy meeting the attainment target, with the manifest parameters', () => {
    const rec = recommendPolicy(sp, diurnal);
    expect(rec.meetsTarget).toBe(true);
    expect(rec.parameters.kind).toBe('keda-running');
    expect(Object.keys(rec.parameters).sort()).toEqual([
      'kind',
      'maxReplicas',
      'minReplicas',
      'scaleDown',
      'scaleUp',
      'stabilizationWindowSeconds',
      'target',
    ]);
    expect(rec.row.gpuHours).toBeLessThan(72);
    const ok = rec.candidates.filter(c => c.meetsTarget);
    expect(Math.min(...ok.map(c => c.gpuHours))).toBe(rec.row.gpuHours);
    expect(rec.reason).toMatch(/GPU-hours\/day vs 72 for the fixed deployment/);
  });
});
