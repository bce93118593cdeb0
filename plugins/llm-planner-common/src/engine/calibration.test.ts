import {
  CALIBRATION_POLICY,
  CalibrationSample,
  calibrateConfiguration,
  calibrationFor,
  normalQuantile,
  physicalFloor,
  robustFactor,
  shapeBucket,
} from './calibration';
import { createPlanner } from './plan';
import { createEngine } from './predictor';
import { seedKb } from './__testUtils__/seed';

const config = { modelId: 'm', gpuId: 'g', tp: 1, engine: 'vllm' };
const point = (id: number, team: string, ratio: number) => ({
  id,
  team,
  log: Math.log(ratio),
});

describe('robustFactor', () => {
  it('needs the minimum number of outcomes', () => {
    expect(robustFactor([point(1, 'a', 1.1), point(2, 'a', 1.1)])).toBeNull();
    expect(
      robustFactor([point(1, 'a', 1.1), point(2, 'a', 1.1), point(3, 'a', 1.1)])
        ?.value,
    ).toBeCloseTo(1.1, 4);
  });

  it('caps what one team can move, however many outcomes it posts', () => {
    const poison = Array.from({ length: 50 }, (_, i) => point(i, 'evil', 176));
    const f = robustFactor(poison)!;
    expect(f.value).toBeCloseTo(CALIBRATION_POLICY.singleTeamBound, 4);
    expect(f.bounded).toBe(true);
    expect(f.teams).toBe(1);
    expect(f.high).toBeLessThanOrEqual(CALIBRATION_POLICY.singleTeamBound);
  });

  it('counts a team once: a second team that disagrees wins the conservative side', () => {
    const f = robustFactor([
      ...Array.from({ length: 40 }, (_, i) => point(i, 'evil', 0.01)),
      point(100, 'good', 1.05),
      point(101, 'good', 1.1),
      point(102, 'good', 1.08),
    ])!;
    expect(f.teams).toBe(2);
    expect(f.value).toBeCloseTo(1.08, 2);
  });

  it('drops a team whose voice is an outlier among three or more teams', () => {
    const f = robustFactor([
      point(1, 'a', 1.2),
      point(2, 'a', 1.22),
      point(3, 'b', 1.18),
      point(4, 'c', 1.21),
      point(5, 'evil', 50),
      point(6, 'evil', 50),
    ])!;
    expect(f.teams).toBe(3);
    expect(f.outlierIds).toEqual([5, 6]);
    expect(f.value).toBeGreaterThan(1.15);
    expect(f.value).toBeLessThan(1.25);
  });

  it('ignores one wild outcome inside a team', () => {
    const f = robustFactor([
      point(1, 'a', 1.2),
      point(2, 'a', 1.21),
      point(3, 'a', 1.19),
      point(4, 'a', 1.2),
      point(5, 'a', 30),
    ])!;
    expect(f.outlierIds).toEqual([5]);
    expect(f.outcomeIds).toEqual([1, 2, 3, 4]);
    expect(f.value).toBeCloseTo(1.2, 2);
  });

  it('gives an interval that contains the factor and narrows with evidence', () => {
    const noisy = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        point(i, `t${i % 3}`, 1.1 * Math.exp(0.1 * Math.sin(i * 7.3))),
      );
    const few = robustFactor(noisy(6))!;
    const many = robustFactor(noisy(60))!;
    for (const f of [few, many]) {
      expect(f.low).toBeLessThanOrEqual(f.value);
      expect(f.high).toBeGreaterThanOrEqual(f.value);
      expect(f.level).toBe(0.8);
    }
    expect(many.high / many.low).toBeLessThan(few.high / few.low);
  });

  it('covers the true factor about as often as its level says', () => {
    // deterministic pseudo-random noise: 400 trials of 3 teams x 4 outcomes
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const gauss = () =>
      Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
    let covered = 0;
    const trials = 400;
    for (let t = 0; t < trials; t++) {
      const pts = [];
      for (let team = 0; team < 3; team++) {
        const bias = 0.05 * gauss();
        for (let k = 0; k < 4; k++)
          pts.push({
            id: team * 10 + k,
            team: `t${team}`,
            log: Math.log(1.3) + bias + 0.1 * gauss(),
          });
      }
      const f = robustFactor(pts)!;
      if (f.low <= 1.3 && f.high >= 1.3) covered++;
    }
    // an 80 % interval: not a near-certain one, not a coin flip
    expect(covered / trials).toBeGreaterThan(0.7);
    expect(covered / trials).toBeLessThan(0.97);
  });
});

describe('calibrateConfiguration', () => {
  const sample = (
    id: number,
    team: string,
    inputTokens: number,
    ttft: number,
  ): CalibrationSample => ({
    outcomeId: id,
    team,
    inputTokens,
    outputTokens: 256,
    ratios: { ttft },
  });

  it('keeps a factor per token shape and one for the whole configuration', () => {
    const factors = calibrateConfiguration(config, [
      sample(1, 'a', 500, 1.1),
      sample(2, 'a', 520, 1.1),
      sample(3, 'a', 480, 1.1),
      sample(4, 'a', 8000, 1.0),
    ]);
    const short = calibrationFor(factors, 512, 256)!;
    expect(short.shape).toBe(shapeBucket(512, 256));
    expect(short.ttft!.value).toBeCloseTo(1.1, 4);
    // a long-document shape with one outcome borrows the configuration-wide factor
    const long = calibrationFor(factors, 8192, 256)!;
    expect(long.shape).toBeNull();
    expect(long.ttft!.n).toBe(4);
    expect(long.itl).toBeNull();
  });
});

describe('physicalFloor', () => {
  it('is below every measured run of the seed data', () => {
    const kb = seedKb();
    const engine = createEngine(kb);
    const below: string[] = [];
    for (const run of kb.runs) {
      if (!run.modelId || !run.gpuId || !run.tp || !run.inputTokens) continue;
      if (!run.outputTokens) continue;
      const cfg = engine.resolveConfig({
        model: run.modelId,
        gpu: run.gpuId,
        tp: run.tp,
        engine: run.engine,
        precision: run.precision ?? undefined,
      });
      if (!cfg.roof) continue;
      const floor = physicalFloor(cfg.roof, run.inputTokens, run.outputTokens);
      for (const stat of ['p50', 'mean'] as const) {
        const ttft = run.ttft[stat];
        if (ttft !== undefined) {
          below.push(ttft <= floor.ttft ? `row ${run.row} ${stat}` : '');
        }
      }
    }
    expect(below.length).toBeGreaterThan(50);
    expect(below.filter(Boolean)).toEqual([]);
  });
});

describe('normalQuantile', () => {
  it('matches known quantiles', () => {
    expect(normalQuantile(0.9)).toBeCloseTo(1.2816, 3);
    expect(normalQuantile(0.975)).toBeCloseTo(1.96, 3);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.3263, 3);
  });
});

describe('a plan corrected by outcomes', () => {
  it('says in its explanation which outcomes moved its numbers', () => {
    const kb = seedKb();
    const intent = { useCase: 'chatbot', users: 200, usersMean: 'concurrent' };
    const best = createPlanner(kb).plan(intent as any).recommendations[0];
    const estimate = {
      value: 0.95,
      low: 0.9,
      high: 1,
      level: 0.8,
      n: 4,
      teams: 2,
      outcomeIds: [11, 12, 13, 14],
      outlierIds: [],
      bounded: false,
    };
    const corrected = createPlanner(kb, {
      calibration: [
        {
          modelId: best.modelId,
          gpuId: best.gpuId,
          tp: best.tp,
          engine: best.engine,
          shape: null,
          ttft: estimate,
          itl: estimate,
          e2e: estimate,
          samples: 4,
        },
      ],
    }).plan(intent as any);
    const same = corrected.recommendations.find(
      r =>
        r.modelId === best.modelId &&
        r.gpuId === best.gpuId &&
        r.tp === best.tp,
    )!;
    expect(same.explanation).toMatch(
      /Corrected by measured outcomes of deployments: .*x 0\.950 \(80 % interval 0\.900-1\.000\) from 4 measured outcomes of 2 teams .*outcomes #11, #12, #13, #14/,
    );
    expect(best.explanation).not.toMatch(/Corrected by measured outcomes/);
  });
});
