import { quantileSorted } from '../stats';
import { normalQuantile } from './calibration';
import type { LatencySurface, SurfaceMetric } from './surface';
import type { ProvenanceKind, StatName } from './schemas';

/** Level of the interval every prediction carries. @public */
export const DEFAULT_INTERVAL_LEVEL = 0.8;

/** Confidence at which capacity is sized when the intent does not say. @public */
export const DEFAULT_CONFIDENCE = 0.9;

/** A class needs this many cross-validated errors; fewer borrow the next worse class's. @public */
export const MIN_CLASS_ERRORS = 8;

/**
 * A class whose errors come from holding whole configurations out needs this many distinct
 * configurations: with fewer, its errors describe those few configurations, not the next one.
 * @public
 */
export const MIN_CLASS_CONFIGURATIONS = 5;

/** The error classes: one per provenance label. @public */
export type ErrorClassKey = ProvenanceKind;

/** Worse classes a thin class borrows its error distribution from, in order. */
const FALLBACK: Record<ErrorClassKey, ErrorClassKey[]> = {
  measured: ['interpolated', 'derived', 'transferred', 'sibling', 'estimated'],
  interpolated: ['derived', 'transferred', 'sibling', 'estimated'],
  derived: ['transferred', 'sibling', 'estimated'],
  calibrated: [
    'interpolated',
    'derived',
    'transferred',
    'sibling',
    'estimated',
  ],
  transferred: ['sibling', 'estimated'],
  sibling: ['estimated'],
  estimated: [],
};

/**
 * Loads (requests in flight) that bound the load bands errors are kept by: an estimate's error
 * grows with the load as queueing the model does not capture takes over, so a prediction at a
 * light load borrows only the errors of light loads.
 * @public
 */
export const LOAD_BANDS = [2, 8, 32];

/** Index of the load band of `concurrency` (0 = below the first bound). @public */
export function loadBand(concurrency: number): number {
  let i = 0;
  while (i < LOAD_BANDS.length && concurrency >= LOAD_BANDS[i]) i++;
  return i;
}

function bandText(band: number): string {
  const lo = band === 0 ? 0 : LOAD_BANDS[band - 1];
  const hi = LOAD_BANDS[band];
  return hi === undefined
    ? `at ${lo} or more requests in flight`
    : `at ${lo === 0 ? 'under' : `${lo} to under`} ${hi} requests in flight`;
}

/**
 * Bounds of the headroom bands capacity errors are kept by: a target's multiple of the latency
 * at one request in flight. A target close to that floor is met or missed by a few ms of
 * error, so its capacity moves far on a small latency error; far above it, capacity is set by
 * queueing the measurements capture.
 * @public
 */
export const HEADROOM_BANDS = [2];

/** Index of the headroom band of `headroom` (0 = below the first bound). @public */
export function headroomBand(headroom: number): number {
  let i = 0;
  while (i < HEADROOM_BANDS.length && headroom >= HEADROOM_BANDS[i]) i++;
  return i;
}

/** How each cross-validation fold family holds data out. @public */
export type FoldKind = 'point' | 'curve' | 'configuration';

/** One held-out measurement and what the engine predicted for it without it. @public */
export type CvError = {
  /** provenance the engine gave the prediction */
  kind: ErrorClassKey;
  metric: SurfaceMetric;
  stat: StatName;
  /** log(measured / predicted) */
  logError: number;
  /** load of the held-out point, requests in flight */
  concurrency: number;
  fold: FoldKind;
  /** surface key of the configuration held out (coverage is checked by configuration) */
  config: string;
};

/**
 * One held-out capacity question: the load where a measured sweep meets a target, and where the
 * engine, without the held-out data, said it would. @public
 */
export type CapacityCvError = {
  /** provenance the engine gave the prediction at its crossing */
  kind: ErrorClassKey;
  metric: SurfaceMetric;
  /** log(measured capacity / predicted capacity) */
  logError: number;
  /** the target over the predicted value at one request in flight */
  headroom?: number;
  fold: FoldKind;
  config: string;
};

/** Sorted log(measured / predicted) errors of one provenance class and metric. @public */
export type ErrorClass = {
  n: number;
  /** ascending */
  logErrors: number[];
  /** fold families the errors came from */
  folds: FoldKind[];
  /** distinct configurations the errors were measured on */
  configurations: number;
};

/**
 * The error of predictions by provenance class and metric, from cross-validation over the
 * knowledge base: every measured load point held out (interpolation), every token-shape curve
 * held out (shape transfer and bracketing), every configuration held out (roofline estimate).
 * @public
 */
export type ErrorModel = {
  classes: Partial<
    Record<ErrorClassKey, Partial<Record<SurfaceMetric, ErrorClass>>>
  >;
  /** the same errors split by {@link loadBand} of the held-out point */
  byLoad: Partial<
    Record<
      ErrorClassKey,
      Partial<Record<SurfaceMetric, Partial<Record<number, ErrorClass>>>>
    >
  >;
  /**
   * log(measured / predicted) of the load where a target is met (the capacity), by the
   * provenance of the prediction there: what sizing at a confidence reads
   */
  capacity: Partial<
    Record<ErrorClassKey, Partial<Record<SurfaceMetric, ErrorClass>>>
  >;
  /** the capacity errors split by {@link headroomBand} of the target */
  capacityByHeadroom: Partial<
    Record<
      ErrorClassKey,
      Partial<Record<SurfaceMetric, Partial<Record<number, ErrorClass>>>>
    >
  >;
  /**
   * Central level of a class's errors the {@link DEFAULT_INTERVAL_LEVEL} interval of a
   * prediction for an unmeasured configuration (`estimated`, `sibling`) reads, per provenance
   * (`pooled` over both where one has too few held-out configurations): the level whose
   * interval covered that share of each configuration's errors when the errors were refitted
   * without it. See {@link intervalQuantiles}.
   */
  intervalLevel: {
    byKind: Partial<Record<ErrorClassKey, number>>;
    pooled: number;
  };
  /** number of cross-validated predictions */
  n: number;
};

/** Fraction of an ascending sample at or below `x`. @public */
export function sampleCdf(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return sorted.length ? lo / sorted.length : NaN;
}

/** Groups cross-validated latency and capacity errors into an error model. @public */
export function errorModelOf(
  errors: CvError[],
  capacityErrors: CapacityCvError[] = [],
): ErrorModel {
  return {
    ...groupedErrors(errors, capacityErrors),
    intervalLevel: heldOutIntervalLevels(errors),
  };
}

type GroupedErrors = Omit<ErrorModel, 'intervalLevel'>;

function groupedErrors(
  errors: CvError[],
  capacityErrors: CapacityCvError[],
): GroupedErrors {
  const classes: ErrorModel['classes'] = {};
  const byLoad: ErrorModel['byLoad'] = {};
  const capacity: ErrorModel['capacity'] = {};
  const capacityByHeadroom: ErrorModel['capacityByHeadroom'] = {};
  const all: ErrorClass[] = [];
  const configs = new Map<ErrorClass, Set<string>>();
  const add = (c: ErrorClass, e: Omit<CapacityCvError, 'kind' | 'metric'>) => {
    if (c.n === 0 && c.logErrors.length === 0) all.push(c);
    c.logErrors.push(e.logError);
    if (!c.folds.includes(e.fold)) c.folds.push(e.fold);
    configs.set(c, (configs.get(c) ?? new Set()).add(e.config));
  };
  const fresh = (): ErrorClass => ({
    n: 0,
    logErrors: [],
    folds: [],
    configurations: 0,
  });
  for (const e of errors) {
    if (!Number.isFinite(e.logError)) continue;
    add(((classes[e.kind] ??= {})[e.metric] ??= fresh()), e);
    const bands = ((byLoad[e.kind] ??= {})[e.metric] ??= {});
    add((bands[loadBand(e.concurrency)] ??= fresh()), e);
  }
  for (const e of capacityErrors) {
    if (!Number.isFinite(e.logError)) continue;
    add(((capacity[e.kind] ??= {})[e.metric] ??= fresh()), e);
    const band = e.headroom === undefined ? null : headroomBand(e.headroom);
    if (band !== null)
      add(
        (((capacityByHeadroom[e.kind] ??= {})[e.metric] ??= {})[band] ??=
          fresh()),
        e,
      );
  }
  for (const c of all) {
    c.logErrors.sort((a, b) => a - b);
    c.n = c.logErrors.length;
    c.configurations = configs.get(c)!.size;
  }
  return {
    classes,
    byLoad,
    capacity,
    capacityByHeadroom,
    n: errors.length,
  };
}

type UsedClass = {
  kind: ErrorClassKey;
  errors: ErrorClass;
  band?: number;
};

/** A provenance needs this many held-out errors to set its own interval level. */
const MIN_HELD_OUT_ERRORS = 40;

/** Central levels an interval may be widened or narrowed to. */
const LEVEL_GRID = Array.from({ length: 50 }, (_, i) => (50 + i) / 100);

function centralQuantiles(level: number): { lo: number; hi: number } {
  return { lo: (1 - level) / 2, hi: (1 + level) / 2 };
}

const LEVEL_GRID_QUANTILES = LEVEL_GRID.map(centralQuantiles);

/**
 * Provenances of a prediction for a configuration with no measurement of its own: its own
 * errors are never in the error model, so its interval must cover a configuration the model
 * has not seen. Every other provenance reads measurements of its configuration, whose errors
 * the model holds.
 */
const UNSEEN_CONFIGURATION_KINDS: ErrorClassKey[] = ['estimated', 'sibling'];

/**
 * Why: the errors of one configuration are alike (a roofline off for one GPU is off at every
 * load), so quantiles pooled over the configurations a model has seen cover fewer of the next
 * configuration's errors than their level says (66-72 % for 80 % of estimates on the seed
 * data). Each configuration is held out of the errors in turn and its errors are scored
 * against the rest, as the interval of an estimate for an unmeasured configuration would be;
 * the level whose interval covered the nominal share of them is what such intervals read.
 */
function heldOutIntervalLevels(errors: CvError[]): ErrorModel['intervalLevel'] {
  const unseen = errors.filter(e =>
    UNSEEN_CONFIGURATION_KINDS.includes(e.kind),
  );
  // the classes such a prediction can read: its own and those it falls back to
  const readable = new Set(
    UNSEEN_CONFIGURATION_KINDS.flatMap(k => [k, ...FALLBACK[k]]),
  );
  const readableErrors = errors.filter(e => readable.has(e.kind));
  const configs = [...new Set(unseen.map(e => e.config))];
  type Tally = { n: number; inside: number[]; configs: Set<string> };
  const tallies = new Map<ErrorClassKey | 'pooled', Tally>();
  for (const config of configs) {
    const rest = groupedErrors(
      readableErrors.filter(e => e.config !== config),
      [],
    );
    for (const e of unseen) {
      if (e.config !== config || !Number.isFinite(e.logError)) continue;
      const used = errorClassFor(rest, e.kind, e.metric, e.concurrency);
      if (!used) continue;
      const inside = LEVEL_GRID_QUANTILES.map(
        ({ lo, hi }) =>
          e.logError >= quantileSorted(used.errors.logErrors, lo) &&
          e.logError <= quantileSorted(used.errors.logErrors, hi),
      );
      for (const key of [e.kind, 'pooled'] as const) {
        let t = tallies.get(key);
        if (!t)
          tallies.set(
            key,
            (t = { n: 0, inside: LEVEL_GRID.map(() => 0), configs: new Set() }),
          );
        t.n++;
        t.configs.add(config);
        inside.forEach((hit, i) => {
          if (hit) t!.inside[i]++;
        });
      }
    }
  }
  // errors held out of too few configurations describe those, not the next one
  const levelOf = (t: Tally | undefined) => {
    if (
      !t ||
      t.n < MIN_HELD_OUT_ERRORS ||
      t.configs.size < MIN_CLASS_CONFIGURATIONS
    )
      return undefined;
    const i = t.inside.findIndex(k => k / t.n >= DEFAULT_INTERVAL_LEVEL);
    return i < 0 ? LEVEL_GRID[LEVEL_GRID.length - 1] : LEVEL_GRID[i];
  };
  const byKind: Partial<Record<ErrorClassKey, number>> = {};
  for (const kind of UNSEEN_CONFIGURATION_KINDS) {
    const level = levelOf(tallies.get(kind));
    if (level !== undefined) byKind[kind] = level;
  }
  return {
    byKind,
    pooled: levelOf(tallies.get('pooled')) ?? DEFAULT_INTERVAL_LEVEL,
  };
}

/**
 * Quantile probabilities of the {@link DEFAULT_INTERVAL_LEVEL} interval of a prediction of
 * `kind`: the central quantiles of its class at the level that covered that share of held-out
 * configurations' errors.
 * @public
 */
export function intervalQuantiles(
  model: ErrorModel,
  kind: ErrorClassKey,
): { lo: number; hi: number; level: number } {
  const level = UNSEEN_CONFIGURATION_KINDS.includes(kind)
    ? model.intervalLevel.byKind[kind] ?? model.intervalLevel.pooled
    : DEFAULT_INTERVAL_LEVEL;
  return { ...centralQuantiles(level), level };
}

/**
 * The first class broad enough to speak for the next configuration among `kind` and the worse
 * classes it falls back to (each offering its candidates in order), else any with errors.
 */
function pickClass(
  kind: ErrorClassKey,
  candidates: (k: ErrorClassKey) => { errors?: ErrorClass; band?: number }[],
): UsedClass | null {
  for (const strict of [true, false])
    for (const k of [kind, ...FALLBACK[kind]])
      for (const { errors: c, band } of candidates(k))
        if (
          c !== undefined &&
          c.n >= MIN_CLASS_ERRORS &&
          (!strict || !isThin(c))
        )
          return band === undefined
            ? { kind: k, errors: c }
            : { kind: k, errors: c, band };
  return null;
}

/**
 * The error class that applies to a prediction of `kind` at a load: its own class's errors at
 * that load band, else at every load, else a worse class's when its own is thin.
 * @public
 */
export function errorClassFor(
  model: Pick<ErrorModel, 'byLoad' | 'classes'>,
  kind: ErrorClassKey,
  metric: SurfaceMetric,
  concurrency?: number,
): UsedClass | null {
  return pickClass(kind, k => [
    ...(concurrency === undefined
      ? []
      : [
          {
            errors: model.byLoad[k]?.[metric]?.[loadBand(concurrency)],
            band: loadBand(concurrency),
          },
        ]),
    { errors: model.classes[k]?.[metric] },
  ]);
}

/** A class broad enough to speak for the next configuration. */
const usable = (c: ErrorClass | undefined): c is ErrorClass =>
  c !== undefined && c.n >= MIN_CLASS_ERRORS && !isThin(c);

/**
 * The capacity error class of a prediction of `kind` for a target `headroom` times the latency
 * at one request in flight: how far the load where the engine says a `metric` target is met
 * was from where measurements met it, cross-validated. Its own class at that headroom band,
 * else at every headroom, else a worse class's. Null when none is broad enough: errors from
 * too few held-out configurations describe those configurations, not the next one.
 * @public
 */
export function capacityClassFor(
  model: ErrorModel,
  kind: ErrorClassKey,
  metric: SurfaceMetric,
  headroom?: number,
): UsedClass | null {
  const band =
    headroom === undefined || !(headroom > 0)
      ? undefined
      : headroomBand(headroom);
  const own = (k: ErrorClassKey) => [
    ...(band === undefined
      ? []
      : [{ errors: model.capacityByHeadroom[k]?.[metric]?.[band], band }]),
    { errors: model.capacity[k]?.[metric] },
  ];
  for (const k of [kind, ...FALLBACK[kind]])
    for (const { errors, band: b } of own(k))
      if (usable(errors))
        return b === undefined
          ? { kind: k, errors }
          : { kind: k, errors, band: b };
  return null;
}

/**
 * Multiplier of a predicted capacity at `confidence`: the true capacity is at least the
 * predicted one times this with that probability (the (1 - confidence)-quantile of measured /
 * predicted capacity). Null when no capacity was cross-validated for the class, or only on too
 * few held-out configurations.
 * @public
 */
export function capacityFactor(
  model: ErrorModel,
  kind: ErrorClassKey,
  metric: SurfaceMetric,
  confidence: number,
  headroom?: number,
): number | null {
  // no class broad enough (the seed's 2-3 estimated configurations say the roofline is 7-60x
  // pessimistic on capacity while the latency errors of every configuration say its e2e is
  // optimistic): sizing then reads the broader latency errors
  const c = capacityClassFor(model, kind, metric, headroom);
  return c
    ? Math.exp(quantileSorted(c.errors.logErrors, 1 - confidence))
    : null;
}

/** A class whose errors all come from holding out fewer than the needed configurations. */
function isThin(c: ErrorClass): boolean {
  return (
    c.folds.every(f => f === 'configuration') &&
    c.configurations < MIN_CLASS_CONFIGURATIONS
  );
}

/**
 * Probability that a target is still met at `load` when the engine predicts it is met up to
 * `predictedCapacity`: the share of cross-validated capacities at least that far above their
 * prediction. Null when the class has no capacity errors or too few configurations.
 * @public
 */
export function capacityProbability(
  model: ErrorModel,
  kind: ErrorClassKey,
  metric: SurfaceMetric,
  predictedCapacity: number,
  load: number,
  headroom?: number,
): number | null {
  // without a broad enough class the caller reads the latency errors instead
  const c = capacityClassFor(model, kind, metric, headroom);
  if (!c || !(predictedCapacity > 0) || !(load > 0)) return null;
  return (
    1 -
    sampleCdf(c.errors.logErrors, Math.log(load / predictedCapacity) - 1e-12)
  );
}

const FOLD_TEXT: Record<FoldKind, string> = {
  point: 'leave-one-point-out',
  curve: 'leave-one-shape-out',
  configuration: 'leave-one-configuration-out',
};

/** Where an interval's error figure comes from, for a prediction's basis. @public */
export function describeErrorClass(
  used: { kind: ErrorClassKey; errors: ErrorClass; band?: number },
  kind: ErrorClassKey,
  metric: SurfaceMetric,
  level: number = DEFAULT_INTERVAL_LEVEL,
): string {
  const widened =
    level === DEFAULT_INTERVAL_LEVEL
      ? ''
      : `; their central ${Math.round(
          level * 100,
        )} %, the share that held ${Math.round(
          DEFAULT_INTERVAL_LEVEL * 100,
        )} % of the errors of configurations held out of them`;
  return `interval from ${used.errors.n} cross-validated ${
    used.kind
  } ${metric.toUpperCase()} predictions${
    used.band === undefined ? '' : ` ${bandText(used.band)}`
  } (${used.errors.folds.map(f => FOLD_TEXT[f]).join(', ')})${
    used.kind === kind ? '' : `; too few ${kind} ones to fit their own`
  }${widened}`;
}

/**
 * Multipliers of a point prediction: the `p`-quantile of measured / predicted for its class.
 * Returns null when nothing was cross-validated for the metric.
 * @public
 */
export function errorFactor(
  model: ErrorModel,
  kind: ErrorClassKey,
  metric: SurfaceMetric,
  p: number,
  concurrency?: number,
): number | null {
  const c = errorClassFor(model, kind, metric, concurrency);
  return c ? Math.exp(quantileSorted(c.errors.logErrors, p)) : null;
}

/**
 * Probability that the measured value will be at or below `target`, given the prediction and
 * its class's cross-validated errors.
 * @public
 */
export function probabilityWithin(
  model: ErrorModel,
  kind: ErrorClassKey,
  metric: SurfaceMetric,
  predicted: number,
  target: number,
  concurrency?: number,
): number | null {
  const c = errorClassFor(model, kind, metric, concurrency);
  if (!c || !(predicted > 0)) return null;
  return sampleCdf(c.errors.logErrors, Math.log(target / predicted));
}

/**
 * Spread of an outcome-calibrated prediction in log space: the calibration factor's interval
 * (its `level`) combined with measurement noise (the measured class, or its fallback).
 * @public
 */
export function calibratedLogSigma(
  model: ErrorModel,
  metric: SurfaceMetric,
  factor: { low: number; high: number; level: number },
): number {
  const zf = normalQuantile(0.5 + factor.level / 2);
  const sigmaFactor = Math.log(factor.high / factor.low) / (2 * zf);
  const noise = errorClassFor(model, 'measured', metric);
  const z80 = normalQuantile(0.9);
  const sigmaNoise = noise
    ? (quantileSorted(noise.errors.logErrors, 0.9) -
        quantileSorted(noise.errors.logErrors, 0.1)) /
      (2 * z80)
    : 0;
  return Math.sqrt(sigmaFactor ** 2 + sigmaNoise ** 2);
}

/** Surfaces with one load point of one curve removed (a leave-one-point-out fold). @public */
export function withoutPoint(
  surfaces: Map<string, LatencySurface>,
  key: string,
  curveIndex: number,
  pointIndex: number,
): Map<string, LatencySurface> {
  const s = surfaces.get(key)!;
  const curves = s.curves.map((c, i) =>
    i === curveIndex
      ? { ...c, points: c.points.filter((_, j) => j !== pointIndex) }
      : c,
  );
  return new Map(surfaces).set(key, { ...s, curves });
}

/** Surfaces with one token-shape curve removed (a leave-one-shape-out fold). @public */
export function withoutCurve(
  surfaces: Map<string, LatencySurface>,
  key: string,
  curveIndex: number,
): Map<string, LatencySurface> {
  const s = surfaces.get(key)!;
  const copy = new Map(surfaces);
  const curves = s.curves.filter((_, i) => i !== curveIndex);
  if (curves.length) copy.set(key, { ...s, curves });
  else copy.delete(key);
  return copy;
}

/** Surfaces without a configuration (a leave-one-configuration-out fold). @public */
export function withoutConfiguration(
  surfaces: Map<string, LatencySurface>,
  key: string,
): Map<string, LatencySurface> {
  const copy = new Map(surfaces);
  copy.delete(key);
  return copy;
}
