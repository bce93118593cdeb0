import { createPlanner } from '../engine/plan';
import { seedKb } from '../engine/__testUtils__/seed';
import type { Intent, Plan } from '../engine/schemas';
import { fixtureRenderInput } from '../manifests/__testUtils__/plan';
import { renderManifests } from '../manifests/render';
import { policyKindSpec } from '../registry/autoscalers';
import { batchRunWindow } from './batchWindow';
import * as compare from './compare';
import {
  autoscalerKindOf,
  decideAutoscaling,
  decisionOfComparison,
  decisionText,
  decisionWithoutSimulation,
} from './decision';
import type { PolicyComparison } from './compare';
import * as simulate from './simulate';

// the real simulation behind spies: a batch decision must not call it
jest.mock('./simulate', () => {
  const actual = jest.requireActual('./simulate');
  return {
    ...actual,
    prepareScalingPlan: jest.fn(actual.prepareScalingPlan),
    simulate: jest.fn(actual.simulate),
  };
});
jest.mock('./compare', () => {
  const actual = jest.requireActual('./compare');
  return { ...actual, comparePolicies: jest.fn(actual.comparePolicies) };
});

/** "summarize 20k documents nightly on A10G, within 8 hours from 01:00". */
const nightly: Intent = {
  useCase: 'summarisation',
  users: 0.6944,
  usersMean: 'rps',
  activeHoursPerDay: 8,
  gpu: 'A10G',
  batch: {
    itemsPerRun: 20000,
    runsPerDay: 1,
    windowHours: 8,
    startTime: '01:00',
  },
};

const planner = createPlanner(seedKb());
const plan = planner.plan(nightly);

/** The plan with its window changed after sizing (a stored plan whose window was edited). */
function withWindow(windowHours: number): Plan {
  return {
    ...plan,
    batch: { ...plan.batch!, job: { ...plan.batch!.job, windowHours } },
  };
}

describe('the autoscaler decision of a batch plan', () => {
  beforeEach(() => jest.clearAllMocks());

  it('is a CronJob that scales to zero between runs, decided without simulation', () => {
    const d = decideAutoscaling(planner.engine, plan)!;
    expect(simulate.prepareScalingPlan).not.toHaveBeenCalled();
    expect(simulate.simulate).not.toHaveBeenCalled();
    expect(compare.comparePolicies).not.toHaveBeenCalled();
    const rec = plan.recommendations[0];
    const s = plan.batch!.sizing!;
    expect(d).toMatchObject({
      renders: 'none',
      meetsTarget: true,
      traffic: null,
      attainmentTarget: s.confidence,
      parameters: {
        kind: 'cronjob',
        minReplicas: rec.replicas,
        maxReplicas: rec.replicas,
      },
      gpuHoursPerDay: s.gpuHoursPerRun.value,
      fixedGpuHoursPerDay: rec.gpus * 24,
      batch: {
        start: '01:00',
        deadline: '09:00',
        podsPerRun: rec.replicas,
        gpuHoursPerRun: s.gpuHoursPerRun.value,
      },
    });
    expect(d.label).toBe(
      `CronJob of ${rec.replicas} pod(s) a run, scale to zero between runs`,
    );
    expect(policyKindSpec(d.parameters.kind).workload).toBe('batch');
    expect(decisionWithoutSimulation(plan)).toEqual(d);
  });

  it('names the window, the run time and the GPU-hours per run and per day', () => {
    const d = decideAutoscaling(planner.engine, plan)!;
    const s = plan.batch!.sizing!;
    expect(d.reason).toMatch(
      /^no autoscaler: a CronJob runs the job at its planned size \(\d+ pod\(s\), \d+ GPU\(s\)\) inside its window, 01:00 to 09:00 UTC, 8 h, and scales to zero between runs; /,
    );
    expect(d.reason).toContain(
      `a run is expected to take ${s.runHours.value} h`,
    );
    expect(d.reason).toContain('inside the 8 h window (deadline 09:00 UTC)');
    expect(d.reason).toContain(
      `${s.gpuHoursPerRun.value} GPU-hours per run x 1 run(s) a day = ${s.gpuHoursPerRun.value} GPU-hours a day`,
    );
    expect(decisionText(d)).toBe(`${d.label} (${d.reason})`);
  });

  it('counts GPU-hours a day over the runs of a day', () => {
    const three: Plan = {
      ...plan,
      batch: {
        ...plan.batch!,
        job: { ...plan.batch!.job, runsPerDay: 3, windowHours: 8 },
      },
    };
    const d = decisionWithoutSimulation(three)!;
    expect(d.gpuHoursPerDay).toBeCloseTo(
      plan.batch!.sizing!.gpuHoursPerRun.value * 3,
      2,
    );
    expect(d.reason).toMatch(/x 3 run\(s\) a day = /);
    expect(d.batch!.description).toBe(
      '3 runs a day every 8 h from 01:00 UTC, each inside 8 h (the first 01:00 to 09:00 UTC)',
    );
  });

  it('does not meet its target when the run does not finish inside the window', () => {
    const d = decisionWithoutSimulation(withWindow(1))!;
    expect(d.meetsTarget).toBe(false);
    expect(d.reason).toMatch(
      /past the 1 h window \(deadline 02:00 UTC\): the run would be stopped at the deadline; re-plan for this window/,
    );
  });

  it('is the same decision whatever comparison the browser worker returns', () => {
    const cmp = { results: [], rows: [] } as unknown as PolicyComparison;
    expect(decisionOfComparison(plan, cmp)).toEqual(
      decisionWithoutSimulation(plan),
    );
  });

  it('renders the CronJob without an autoscaler and without a warning about it', () => {
    const d = decisionWithoutSimulation(plan)!;
    const input = fixtureRenderInput({
      autoscaler: autoscalerKindOf(d.parameters),
      autoscalerParameters: d.parameters,
    });
    const out = renderManifests({
      ...input,
      plan: { ...input.plan, plan },
    });
    expect(out.objects.map(o => o.kind)).toEqual(['CronJob', 'NetworkPolicy']);
    expect(out.warnings.join('\n')).not.toMatch(/autoscaler/);
  });

  it('leaves an interactive plan to the simulation', () => {
    const { batch: _batch, ...interactive } = nightly;
    const always = planner.plan(interactive);
    expect(decisionWithoutSimulation(always)).toBeNull();
    // the spies see the simulation when there is one to run
    expect(decideAutoscaling(planner.engine, always)?.traffic).not.toBeNull();
    expect(simulate.prepareScalingPlan).toHaveBeenCalledTimes(1);
    expect(compare.comparePolicies).toHaveBeenCalledTimes(1);
  });
});

describe('batchRunWindow', () => {
  it('names the deadline, past midnight on the next day', () => {
    expect(
      batchRunWindow({ startTime: '22:30', windowHours: 6, runsPerDay: 1 }),
    ).toEqual({
      start: '22:30',
      deadline: '04:30',
      deadlineNextDay: true,
      windowHours: 6,
      runsPerDay: 1,
      everyHours: 24,
      description: '22:30 to 04:30 UTC (next day), 6 h',
    });
    expect(
      batchRunWindow({ startTime: '00:00', windowHours: 1.5, runsPerDay: 4 }),
    ).toMatchObject({ deadline: '01:30', everyHours: 6 });
  });
});
