import {
  HPA_DEFAULT_SCALE_UP,
  createHpaController,
  fixedPolicy,
  hpaPolicy,
  policyLabel,
  toParameters,
  validatePolicy,
} from './policies';

describe('HPA algorithm', () => {
  const noWindow = { stabilizationWindowSeconds: 0 };

  it('desired = ceil(sum / target) outside the 0.1 tolerance', () => {
    const c = createHpaController(hpaPolicy('keda-queue', 5, 1, 20, noWindow));
    // 4 pods, 21 waiting: ratio 21 / 20 = 1.05 within tolerance -> no change
    expect(c.decide(0, 4, 4, 21, true)).toBe(4);
    // 4 pods, 30 waiting: ratio 1.5 -> ceil(30 / 5) = 6
    expect(c.decide(15, 4, 4, 30, true)).toBe(6);
  });

  it('keeps the max recommendation of the scale-down window (300 s by default)', () => {
    const c = createHpaController(hpaPolicy('keda-running', 10, 1, 20));
    expect(c.decide(0, 4, 4, 80, true)).toBe(8);
    // load drops: recommendations of 2 are held back by the earlier 8 for 300 s
    expect(c.decide(15, 8, 8, 20, true)).toBe(8);
    expect(c.decide(285, 8, 8, 20, true)).toBe(8);
    expect(c.decide(315, 8, 8, 20, true)).toBe(2);
  });

  it('limits scale-up by the behaviour policies (default max(+100 %, +4 pods) per 15 s)', () => {
    const c = createHpaController(hpaPolicy('keda-queue', 1, 1, 100, noWindow));
    expect(c.decide(0, 2, 2, 1000, true)).toBe(6); // max(2 x 2, 2 + 4)
    expect(c.decide(15, 6, 2, 1000, true)).toBe(12); // next period: 6 x 2
    const slow = createHpaController(
      hpaPolicy('keda-queue', 1, 1, 100, {
        ...noWindow,
        scaleUp: {
          policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }],
          selectPolicy: 'Max',
        },
      }),
    );
    expect(slow.decide(0, 2, 2, 1000, true)).toBe(3);
    expect(slow.decide(30, 3, 2, 1000, true)).toBe(3); // same 60 s period
    expect(slow.decide(75, 3, 3, 1000, true)).toBe(4);
  });

  it('limits scale-down by Pods / Percent policies and clamps to min / max', () => {
    const c = createHpaController(
      hpaPolicy('keda-running', 10, 2, 10, {
        ...noWindow,
        scaleDown: {
          policies: [{ type: 'Percent', value: 50, periodSeconds: 60 }],
          selectPolicy: 'Max',
        },
      }),
    );
    expect(c.decide(0, 10, 10, 0, true)).toBe(5);
    expect(c.decide(30, 5, 5, 0, true)).toBe(5); // 50 % of 10 already used in this period
    expect(c.decide(75, 5, 5, 0, true)).toBe(2); // trunc(5 x 0.5) = 2, clamped at min 2
    expect(
      createHpaController(hpaPolicy('keda-queue', 1, 1, 3, noWindow)).decide(
        0,
        1,
        1,
        50,
        true,
      ),
    ).toBe(3);
  });

  it('keeps replicas when the metric is unknown and never removes starting pods', () => {
    const c = createHpaController(
      hpaPolicy('keda-running', 10, 1, 10, noWindow),
    );
    expect(c.decide(0, 3, 0, 0, false)).toBe(3);
    // 4 spec, 2 ready running 10: ready ones would shrink to 1 but the 2 starting pods stay
    expect(c.decide(15, 4, 2, 10, true)).toBe(3);
  });

  it('a fixed policy always returns its size; parameters and labels', () => {
    const f = fixedPolicy(3);
    expect(createHpaController(f).decide(0, 3, 3, 1e6, true)).toBe(3);
    expect(policyLabel(f)).toBe('fixed 3 replica(s)');
    const p = hpaPolicy('hpa-cpu', 0.7, 1, 6, {
      name: undefined,
      syncPeriodSeconds: 15,
    });
    expect(Object.keys(toParameters(p)).sort()).toEqual([
      'kind',
      'maxReplicas',
      'minReplicas',
      'scaleDown',
      'scaleUp',
      'stabilizationWindowSeconds',
      'target',
    ]);
    expect(p.scaleUp).toBe(HPA_DEFAULT_SCALE_UP);
    expect(policyLabel(p)).toBe('HPA CPU 70 % (1-6 replicas)');
  });

  it('validates policies', () => {
    expect(validatePolicy(hpaPolicy('keda-queue', 5, 0, 4))).toEqual([]);
    expect(validatePolicy(hpaPolicy('hpa-cpu', 0.7, 0, 4)).join()).toMatch(
      /only KEDA/,
    );
    expect(validatePolicy(hpaPolicy('keda-queue', 0, 1, 4)).join()).toMatch(
      /target/,
    );
    expect(
      validatePolicy({ ...fixedPolicy(2), maxReplicas: 3 }).join(),
    ).toMatch(/fixed/);
  });
});
