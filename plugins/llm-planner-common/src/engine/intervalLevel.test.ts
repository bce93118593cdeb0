import { quantileSorted } from '../stats';
import {
  CvError,
  DEFAULT_INTERVAL_LEVEL,
  errorClassFor,
  errorModelOf,
  intervalQuantiles,
} from './uncertainty';

/** A deterministic spread of n values in (-1, 1): no random seeds in a test. */
const spread = (n: number) =>
  Array.from({ length: n }, (_, i) => ((i + 0.5) / n) * 2 - 1);

const errorsOf = (
  kind: CvError['kind'],
  configs: number,
  perConfig: number,
  configOffset: (c: number) => number,
  scatter: number,
): CvError[] =>
  Array.from({ length: configs }, (_, c) =>
    spread(perConfig).map(u => ({
      kind,
      metric: 'ttft' as const,
      stat: 'p95' as const,
      // each configuration's errors a fraction of a step apart from the others'
      logError:
        configOffset(c) + scatter * (u + ((c / configs) * 2) / perConfig),
      concurrency: 4,
      fold: 'configuration' as const,
      config: `${kind}-${c}`,
    })),
  ).flat();

/** Share of each configuration's errors inside the interval of a model fitted without it. */
function heldOutCoverage(errors: CvError[]): number {
  let n = 0;
  let inside = 0;
  for (const config of new Set(errors.map(e => e.config))) {
    const model = errorModelOf(errors.filter(e => e.config !== config));
    for (const e of errors.filter(x => x.config === config)) {
      const used = errorClassFor(model, e.kind, e.metric, e.concurrency)!;
      const { lo, hi } = intervalQuantiles(model, e.kind);
      n++;
      if (
        e.logError >= quantileSorted(used.errors.logErrors, lo) &&
        e.logError <= quantileSorted(used.errors.logErrors, hi)
      )
        inside++;
    }
  }
  return inside / n;
}

describe('interval level read from held-out configurations', () => {
  // each of a dozen configurations is off by its own factor (a roofline wrong for one GPU is
  // wrong at every load) with some scatter around it: the pooled central 80 % of eleven of them
  // misses more of the twelfth's errors
  const offsets = spread(12);
  const alike = errorsOf('estimated', 12, 10, c => offsets[(c * 7) % 12], 0.3);

  it('widens the interval of a class whose configurations are each off their own way', () => {
    const model = errorModelOf(alike);
    const read = intervalQuantiles(model, 'estimated');
    expect(read.level).toBeGreaterThan(DEFAULT_INTERVAL_LEVEL);
    expect(read.hi - read.lo).toBeCloseTo(read.level);
    // the basis of a prediction names the wider share it reads
    expect(model.intervalLevel.byKind.estimated).toBe(read.level);
  });

  it('covers at least the stated share of a configuration it has not seen, where plain quantiles do not', () => {
    const plain = (() => {
      let n = 0;
      let inside = 0;
      for (const config of new Set(alike.map(e => e.config))) {
        const model = errorModelOf(alike.filter(e => e.config !== config));
        const sorted = model.classes.estimated!.ttft!.logErrors;
        for (const e of alike.filter(x => x.config === config)) {
          n++;
          if (
            e.logError >= quantileSorted(sorted, 0.1) &&
            e.logError <= quantileSorted(sorted, 0.9)
          )
            inside++;
        }
      }
      return inside / n;
    })();
    expect(plain).toBeLessThan(DEFAULT_INTERVAL_LEVEL);
    expect(heldOutCoverage(alike)).toBeGreaterThanOrEqual(
      DEFAULT_INTERVAL_LEVEL,
    );
  });

  it('keeps about the nominal level where every configuration scatters alike', () => {
    const exchangeable = errorsOf('estimated', 8, 20, () => 0, 0.5);
    const read = intervalQuantiles(errorModelOf(exchangeable), 'estimated');
    expect(read.level).toBeGreaterThanOrEqual(0.75);
    expect(read.level).toBeLessThanOrEqual(0.85);
  });

  it('keeps the nominal level for a prediction from measurements of its own configuration, whose errors the model holds', () => {
    const measuredAlike = errorsOf(
      'interpolated',
      12,
      10,
      c => offsets[(c * 7) % 12],
      0.3,
    );
    const model = errorModelOf([...alike, ...measuredAlike]);
    expect(intervalQuantiles(model, 'estimated').level).toBeGreaterThan(
      DEFAULT_INTERVAL_LEVEL,
    );
    expect(intervalQuantiles(model, 'interpolated').level).toBe(
      DEFAULT_INTERVAL_LEVEL,
    );
  });

  it('lets a provenance seen on too few configurations read the pooled level', () => {
    const few = errorsOf('sibling', 2, 30, c => c * 0.3, 0.1);
    const model = errorModelOf([...alike, ...few]);
    expect(model.intervalLevel.byKind.sibling).toBeUndefined();
    expect(intervalQuantiles(model, 'sibling').level).toBe(
      model.intervalLevel.pooled,
    );
  });

  it('keeps the nominal level for an outcome-calibrated value, whose spread is its factor', () => {
    expect(intervalQuantiles(errorModelOf(alike), 'calibrated').level).toBe(
      DEFAULT_INTERVAL_LEVEL,
    );
  });
});
