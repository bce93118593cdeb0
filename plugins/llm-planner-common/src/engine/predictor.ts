import {
  buildGpuNameIndex,
  buildModelNameIndex,
  resolveGpuName,
  resolveModelName,
} from './names';
import {
  GPU_COMPUTE_FALLBACK,
  RooflineConfig,
  RooflineEstimate,
  RooflineFactors,
  fitRoofline,
  rooflineEstimate,
  rooflineKernel,
  describeRooflineStatistic,
  rooflineStatistic,
  rooflineUsable,
  tailRatio,
} from './roofline';
import {
  CalibrationFactor,
  calibrationFor,
  describeCalibration,
  normalQuantile,
} from './calibration';
import {
  CapacityCvError,
  CvError,
  DEFAULT_INTERVAL_LEVEL,
  ErrorModel,
  calibratedLogSigma,
  capacityFactor,
  describeErrorClass,
  errorClassFor,
  errorModelOf,
  intervalQuantiles,
  HEADROOM_BANDS,
  LOAD_BANDS,
  headroomBand,
  loadBand,
  probabilityWithin,
  withoutConfiguration,
  withoutCurve,
  withoutPoint,
} from './uncertainty';
import { normalCdf, quantileSorted, roundTo } from '../stats';
import {
  MAX_SEARCH_CONCURRENCY,
  measuredCrossings,
  predictedCapacity,
} from './crossings';
import { fmt } from '../format';
import {
  memoryCapacity,
  missingArchitecture,
  missingArchitectureReason,
} from './memory';
import {
  LatencySurface,
  SHAPE_TOLERANCE,
  SurfaceCurve,
  SurfaceMetric,
  buildSurfaces,
  curveRange,
  readCurve,
  surfaceKey,
} from './surface';
import { ProvenanceKindSchema } from './schemas';
import type {
  BenchmarkRun,
  GpuSpec,
  KnowledgeBase,
  ModelSpec,
  PredictedValue,
  Precision,
  Prediction,
  ProvenanceKind,
  StatName,
} from './schemas';

/** GPUs the seed data covers thinly; predictions on them say so. @public */
export const THINLY_COVERED_GPUS = ['L4', 'A10G', 'A10', 'T4', 'L40S'];

const RANK = Object.fromEntries(
  ProvenanceKindSchema.options.map((kind, i) => [kind, i]),
) as Record<ProvenanceKind, number>;

/** The worse of two provenance labels. @public */
export function worstProvenance(
  a: ProvenanceKind,
  b: ProvenanceKind,
): ProvenanceKind {
  return RANK[a] >= RANK[b] ? a : b;
}

/** A configuration to predict. @public */
export type ConfigQuery = {
  model: string;
  gpu: string;
  tp: number;
  engine?: string;
  precision?: Precision;
};

/** A resolved configuration (catalog objects, surface, estimator). @public */
export type ResolvedConfig = {
  model: ModelSpec;
  gpu: GpuSpec;
  tp: number;
  engine: string;
  precision: Precision;
  surface: LatencySurface | undefined;
  roof: RooflineConfig | null;
  /**
   * Measured configurations of the same model, GPU, TP and serving engine at another
   * precision, the best covered first; read only when this one has no surface.
   */
  siblings: Sibling[];
};

/** A measured configuration next to an unmeasured one, with its roofline. @public */
export type Sibling = { surface: LatencySurface; roof: RooflineConfig };

/**
 * `predictStat(...)?.value` and `?.provenance` of one configuration and token shape, for the many
 * loads a capacity search reads; builds no explanation. @public
 */
export type StatProbe = {
  /** values never decrease with the load (lets a search skip loads) */
  monotone: boolean;
  value(
    metric: SurfaceMetric,
    stat: StatName,
    concurrency: number,
  ): number | null;
  /** `value` times the error quantile at `confidence` of its provenance class */
  upper(
    metric: SurfaceMetric,
    stat: StatName,
    concurrency: number,
    confidence: number,
  ): number | null;
  /**
   * The statistic as sizing at `confidence` reads it against `target`: the point prediction at
   * the load the cross-validated capacity error (of targets with the same headroom over the
   * latency at one request in flight) moves `concurrency` to, so a target it meets is met by
   * the true capacity with that probability (a value whose class has no capacity errors reads
   * `upper` instead; an outcome-calibrated one reads the class it falls back to, interpolation
   * first)
   */
  atConfidence(
    metric: SurfaceMetric,
    stat: StatName,
    concurrency: number,
    confidence: number,
    target?: number,
  ): number | null;
  provenance(
    metric: SurfaceMetric,
    stat: StatName,
    concurrency: number,
  ): ProvenanceKind | null;
};

/** Prediction engine built once from a knowledge base (indexes, surfaces, fitted roofline). @public */
export type Engine = {
  kb: KnowledgeBase;
  factors: RooflineFactors;
  surfaces: Map<string, LatencySurface>;
  resolveModel(
    name: string,
  ): { model: ModelSpec; precision?: Precision } | null;
  resolveGpu(name: string): GpuSpec | null;
  resolveConfig(q: ConfigQuery): ResolvedConfig;
  predictStat(
    cfg: ResolvedConfig,
    metric: SurfaceMetric,
    stat: StatName,
    inputTokens: number,
    outputTokens: number,
    concurrency: number,
    explain?: boolean,
  ): PredictedValue | null;
  statProbe(
    cfg: ResolvedConfig,
    inputTokens: number,
    outputTokens: number,
  ): StatProbe;
  predict(
    q: ConfigQuery | ResolvedConfig,
    inputTokens: number,
    outputTokens: number,
    load: { concurrency?: number; rate?: number },
  ): Prediction;
  /** cross-validated errors by provenance class and metric (fitted on first use) */
  errorModel(): ErrorModel;
  /**
   * The value the measurement stays at or below with probability `confidence`: the prediction
   * times its class's cross-validated error quantile (or, calibrated, the factor's spread).
   */
  upperBound(
    cfg: ResolvedConfig,
    metric: SurfaceMetric,
    value: Pick<PredictedValue, 'value' | 'provenance'>,
    inputTokens: number,
    outputTokens: number,
    concurrency: number,
    confidence: number,
  ): number | null;
  /** Probability that the measured value stays at or below `target`. */
  probabilityWithin(
    cfg: ResolvedConfig,
    metric: SurfaceMetric,
    value: Pick<PredictedValue, 'value' | 'provenance'>,
    inputTokens: number,
    outputTokens: number,
    concurrency: number,
    target: number,
  ): number | null;
};

/** Options of {@link createEngine}. @public */
export type EngineOptions = {
  /** precomputed factors (skips the fit) */
  factors?: RooflineFactors;
  /** precomputed surfaces */
  surfaces?: Map<string, LatencySurface>;
  /**
   * measured / predicted factors from deployment outcomes, per configuration and token-shape
   * bucket; predictions of a calibrated configuration are multiplied by them and labelled
   * calibrated
   */
  calibration?: CalibrationFactor[];
  /** precomputed error model (skips the cross-validation) */
  errorModel?: ErrorModel;
};

const NO_ERRORS: ErrorModel = errorModelOf([]);

/**
 * Identity of a deployed configuration (model, GPU, TP, engine): what calibration factors and
 * deployments are grouped by.
 * @public
 */
export function configKeyOf(c: {
  modelId: string;
  gpuId: string;
  tp: number;
  engine: string;
}): string {
  return `${c.modelId}|${c.gpuId}|${c.tp}|${c.engine}`;
}

function resolvedKey(cfg: {
  model: { id: string };
  gpu: { id: string };
  tp: number;
  engine: string;
}): string {
  return configKeyOf({
    modelId: cfg.model.id,
    gpuId: cfg.gpu.id,
    tp: cfg.tp,
    engine: cfg.engine,
  });
}

function sameShape(a: number, b: number): boolean {
  return Math.abs(Math.log(a / b)) <= Math.log(SHAPE_TOLERANCE) + 1e-9;
}

/** Catalog lookups of an engine: name indexes and specs by id. */
type Catalog = {
  modelIdx: ReturnType<typeof buildModelNameIndex>;
  gpuIdx: ReturnType<typeof buildGpuNameIndex>;
  modelById: Map<string, ModelSpec>;
  gpuById: Map<string, GpuSpec>;
};

function indexCatalog(kb: KnowledgeBase): Catalog {
  return {
    modelIdx: buildModelNameIndex(kb.models),
    gpuIdx: buildGpuNameIndex(kb.gpus),
    modelById: new Map(kb.models.map(m => [m.id, m])),
    gpuById: new Map(kb.gpus.map(g => [g.id, g])),
  };
}

/** The roofline configuration of a model on a GPU, null when the catalog lacks what it needs. */
function rooflineConfigFor(
  gpuById: Map<string, GpuSpec>,
  model: ModelSpec,
  gpu: GpuSpec,
  tp: number,
  precision: Precision,
  kvFp8 = false,
): RooflineConfig | null {
  const fb = GPU_COMPUTE_FALLBACK[gpu.id];
  const computeGpu =
    gpu.bf16Tflops === null && gpu.fp16Tflops === null && fb
      ? gpuById.get(fb) ?? gpu
      : gpu;
  const cfg: RooflineConfig = {
    model,
    gpu,
    computeGpu,
    tp,
    precision,
    kvBytes: kvFp8 ? 1 : 2,
  };
  return rooflineUsable(cfg) ? cfg : null;
}

/** Name resolution of an engine: catalog names and aliases to specs and configurations. */
function createResolver(
  { modelIdx, gpuIdx, modelById, gpuById }: Catalog,
  surfaces: Map<string, LatencySurface>,
): Pick<Engine, 'resolveModel' | 'resolveGpu' | 'resolveConfig'> {
  const resolveModel = (name: string) => {
    const hit = resolveModelName(name, modelIdx);
    if (!hit) return null;
    const model = modelById.get(hit.modelId);
    return model ? { model, precision: hit.precision } : null;
  };
  const resolveGpu = (name: string) => {
    const id = resolveGpuName(name, gpuIdx);
    return id ? gpuById.get(id) ?? null : null;
  };

  // surfaces by model, GPU and TP: the siblings an unmeasured configuration borrows from
  const byMachine = new Map<string, LatencySurface[]>();
  for (const s of surfaces.values()) {
    const k = `${s.modelId}|${s.gpuId}|${s.tp}`;
    byMachine.set(k, [...(byMachine.get(k) ?? []), s]);
  }
  // same engine only: the roofline models precision, not an engine's scheduler, and
  // cross-engine pairs doubled the sibling class's error (docs/trust.md)
  const siblingsOf = (
    model: ModelSpec,
    gpu: GpuSpec,
    tp: number,
    engine: string,
    precision: Precision,
  ): Sibling[] =>
    (byMachine.get(`${model.id}|${gpu.id}|${tp}`) ?? [])
      .filter(s => s.engine === engine && s.precision !== precision)
      .map(surface => ({
        surface,
        roof: rooflineConfigFor(gpuById, model, gpu, tp, surface.precision),
      }))
      .filter((x): x is Sibling => x.roof !== null)
      .sort(
        (a, b) =>
          b.surface.curves.length - a.surface.curves.length ||
          a.surface.key.localeCompare(b.surface.key),
      );

  const resolveConfig = (q: ConfigQuery): ResolvedConfig => {
    const m = resolveModel(q.model);
    if (!m)
      throw new Error(
        `unknown model "${q.model}" (not an HF id or alias of the catalog)`,
      );
    const gpu = resolveGpu(q.gpu);
    if (!gpu) throw new Error(`unknown GPU "${q.gpu}" (not in gpus.csv)`);
    const precision: Precision =
      q.precision ??
      m.precision ??
      (m.model.nativePrecision as Precision | undefined) ??
      'bf16';
    const engine = q.engine ?? 'vllm';
    const surface = surfaces.get(
      surfaceKey(m.model.id, gpu.id, q.tp, engine, precision),
    );
    const roof = rooflineConfigFor(gpuById, m.model, gpu, q.tp, precision);
    return {
      model: m.model,
      gpu,
      tp: q.tp,
      engine,
      precision,
      surface,
      roof,
      siblings:
        surface || !roof
          ? []
          : siblingsOf(m.model, gpu, q.tp, engine, precision),
    };
  };

  return { resolveModel, resolveGpu, resolveConfig };
}

type CurveRead = {
  value: number;
  kind: ProvenanceKind;
  rows: number[];
  basis: string;
};

/**
 * Reads a stat off a curve, deriving it from another percentile of the same point if needed.
 * `explain` is a field, not a parameter, because `read` is handed to `bracketShape` as is.
 */
class CurveReader {
  explain = true;
  constructor(private readonly factors: RooflineFactors) {}

  read = (
    curve: SurfaceCurve,
    metric: SurfaceMetric,
    stat: StatName,
    c: number,
  ): CurveRead | null => {
    const explainOn = this.explain;
    const direct = readCurve(curve, metric, stat, c);
    if (direct) {
      let basis = '';
      if (explainOn)
        basis = direct.bracket
          ? `log-log interpolation between measured loads ${fmt(
              direct.bracket[0],
            )} and ${fmt(direct.bracket[1])}`
          : `measured at load ${fmt(c)}`;
      return {
        value: direct.value,
        kind: direct.kind,
        rows: direct.rows,
        basis,
      };
    }
    for (const alt of ['p95', 'p99', 'p90', 'mean', 'p50'] as StatName[]) {
      if (alt === stat) continue;
      const v = readCurve(curve, metric, alt, c);
      const ratio = tailRatio(this.factors, metric, alt, stat);
      if (v && ratio)
        return {
          value: v.value * ratio,
          kind: worstProvenance(v.kind, 'derived'),
          rows: v.rows,
          basis: !explainOn
            ? ''
            : `${stat} derived from the ${
                v.kind
              } ${alt} x fitted ${stat}/${alt} ratio ${ratio.toFixed(2)}`,
        };
    }
    return null;
  };
}

/** Step 1: the best-provenance curve of the same token shape that covers the load. */
function readSameShape(
  reader: CurveReader,
  s: LatencySurface,
  metric: SurfaceMetric,
  stat: StatName,
  inTok: number,
  outTok: number,
  c: number,
  explain: boolean,
): PredictedValue | null {
  let best: CurveRead | null = null;
  for (const curve of s.curves) {
    if (curve.inputTokens === null || curve.outputTokens === null) continue;
    if (
      !sameShape(curve.inputTokens, inTok) ||
      !sameShape(curve.outputTokens, outTok)
    )
      continue;
    const v = reader.read(curve, metric, stat, c);
    if (v && (!best || RANK[v.kind] < RANK[best.kind])) best = v;
  }
  if (!best) return null;
  return {
    value: best.value,
    provenance: best.kind,
    basis: !explain
      ? ''
      : `${best.basis} (${s.key}, shape ${fmt(inTok)}/${fmt(outTok)} tokens)`,
    rows: best.rows,
  };
}

/**
 * Step 3: the nearest measured point moved by the roofline ratio (transferred): outside the
 * measured shape or load, never extrapolated from the curve.
 */
function transferFromAnchor(
  reader: CurveReader,
  factors: RooflineFactors,
  roof: RooflineConfig,
  s: LatencySurface,
  metric: SurfaceMetric,
  stat: StatName,
  inTok: number,
  outTok: number,
  c: number,
  explain: boolean,
  sibling?: RooflineConfig,
): PredictedValue | null {
  let anchor: {
    curve: SurfaceCurve;
    c: number;
    v: CurveRead;
    d: number;
  } | null = null;
  for (const curve of s.curves) {
    if (curve.inputTokens === null || curve.outputTokens === null) continue;
    let ac = c;
    let v = reader.read(curve, metric, stat, c);
    if (!v) {
      const rg =
        curveRange(curve, metric, stat) ??
        curveRange(curve, metric, 'mean') ??
        curveRange(curve, metric, 'p50');
      if (!rg) continue;
      ac = c < rg.lo.concurrency ? rg.lo.concurrency : rg.hi.concurrency;
      v = reader.read(curve, metric, stat, ac);
      if (!v) continue;
    }
    const d =
      Math.abs(Math.log(curve.inputTokens / inTok)) +
      Math.abs(Math.log(curve.outputTokens / outTok)) +
      Math.abs(Math.log(ac / c));
    if (!anchor || d < anchor.d) anchor = { curve, c: ac, v, d };
  }
  if (!anchor) return null;
  const num = rooflineStatistic(
    rooflineEstimate(roof, factors, inTok, outTok, c),
    factors,
    metric,
    stat,
  );
  const den = rooflineStatistic(
    rooflineEstimate(
      sibling ?? roof,
      factors,
      anchor.curve.inputTokens!,
      anchor.curve.outputTokens!,
      anchor.c,
    ),
    factors,
    metric,
    stat,
  );
  if (num === null || den === null) return null;
  const anchorText = `${anchor.v.basis}; anchor shape ${fmt(
    anchor.curve.inputTokens!,
  )}/${fmt(anchor.curve.outputTokens!)} at load ${fmt(anchor.c)}, ${s.key}`;
  const basis = sibling
    ? `roofline ratio x measured anchor of the same model, GPU and engine at ${s.precision} (${anchorText}); this precision was not measured`
    : `roofline ratio x measured anchor (${anchorText}); outside the measured shape/load, not extrapolated from the curve`;
  return {
    value: anchor.v.value * (num / den),
    provenance: sibling ? 'sibling' : 'transferred',
    basis: explain ? basis : '',
    rows: anchor.v.rows,
  };
}

/** Step 4: the pure roofline with efficiency factors fitted on all measured runs. */
function rooflineOnly(
  factors: RooflineFactors,
  cfg: ResolvedConfig,
  metric: SurfaceMetric,
  stat: StatName,
  inTok: number,
  outTok: number,
  c: number,
  explain: boolean,
): PredictedValue | null {
  if (!cfg.roof) return null;
  const value = rooflineStatistic(
    rooflineEstimate(cfg.roof, factors, inTok, outTok, c),
    factors,
    metric,
    stat,
  );
  if (value === null) return null;
  return {
    value,
    provenance: 'estimated',
    basis: !explain
      ? ''
      : `roofline estimate (prefill eff ${factors.prefill}, decode eff ${
          factors.decode
        }, step overhead ${factors.stepOverheadMs} ms, fitted on ${
          factors.fittedOn
        } runs)${describeRooflineStatistic(
          factors,
          metric,
          stat,
        )}; no measurement of ${cfg.model.id} on ${cfg.gpu.id} TP${cfg.tp} ${
          cfg.engine
        } ${cfg.precision}`,
    rows: [],
  };
}

/** A prediction before outcome calibration: measured, interpolated, transferred or estimated. */
function predictRaw(
  reader: CurveReader,
  factors: RooflineFactors,
  cfg: ResolvedConfig,
  metric: SurfaceMetric,
  stat: StatName,
  inTok: number,
  outTok: number,
  c: number,
  explain: boolean,
): PredictedValue | null {
  reader.explain = explain;
  const s = cfg.surface;
  if (s) {
    const same = readSameShape(
      reader,
      s,
      metric,
      stat,
      inTok,
      outTok,
      c,
      explain,
    );
    if (same) return same;
    // 2. two curves that bracket the input (same output) or the output (same input) length
    const br = bracketShape(
      s.curves,
      metric,
      stat,
      inTok,
      outTok,
      c,
      reader.read,
      explain,
    );
    if (br) return br;
    const transferred = cfg.roof
      ? transferFromAnchor(
          reader,
          factors,
          cfg.roof,
          s,
          metric,
          stat,
          inTok,
          outTok,
          c,
          explain,
        )
      : null;
    if (transferred) return transferred;
  }
  // 3b. no measurement of this configuration: the nearest measured sibling, moved by the ratio
  const roof = cfg.roof;
  if (!s && roof)
    for (const sib of cfg.siblings) {
      const moved = transferFromAnchor(
        reader,
        factors,
        roof,
        sib.surface,
        metric,
        stat,
        inTok,
        outTok,
        c,
        explain,
        sib.roof,
      );
      if (moved) return moved;
    }
  return rooflineOnly(factors, cfg, metric, stat, inTok, outTok, c, explain);
}

/** What an engine's intervals and probabilities need: calibration factors and the error model. */
type Uncertainty = Pick<Engine, 'errorModel' | 'upperBound'> & {
  /** {@link capacityFactor} of the engine's error model, memoised */
  capacityFactor(
    kind: ProvenanceKind,
    metric: SurfaceMetric,
    confidence: number,
    headroom?: number,
  ): number | null;
  calibrationOf(
    cfg: ResolvedConfig,
    inTok: number,
    outTok: number,
  ): CalibrationFactor | undefined;
  probabilityWithin: Engine['probabilityWithin'];
  withInterval(
    v: PredictedValue,
    cfg: ResolvedConfig,
    metric: SurfaceMetric,
    inTok: number,
    outTok: number,
    c: number,
  ): PredictedValue;
};

/** {@link capacityFactor} of a lazily fitted error model, memoised per class and confidence. */
function memoisedCapacityFactor(
  errorModel: () => ErrorModel,
): Uncertainty['capacityFactor'] {
  // read at every step of a capacity search: indexed by confidence, then (class, metric,
  // headroom band; the last slot for no target)
  const memo = new Map<number, (number | null | undefined)[]>();
  const METRICS: SurfaceMetric[] = ['ttft', 'itl', 'e2e'];
  const SLOTS = HEADROOM_BANDS.length + 2;
  return (kind, metric, confidence, headroom) => {
    let table = memo.get(confidence);
    if (!table) memo.set(confidence, (table = []));
    const band =
      headroom === undefined || !(headroom > 0)
        ? SLOTS - 1
        : headroomBand(headroom);
    const i = (RANK[kind] * 3 + METRICS.indexOf(metric)) * SLOTS + band;
    let f = table[i];
    if (f === undefined) {
      f = capacityFactor(errorModel(), kind, metric, confidence, headroom);
      table[i] = f;
    }
    return f;
  };
}

/**
 * Outcome calibration and prediction error of an engine: calibration factors by configuration,
 * the cross-validated error model (fitted on first use), and the upper bounds, probabilities
 * and intervals read from them.
 */
function createUncertainty(
  kb: KnowledgeBase,
  factors: RooflineFactors,
  surfaces: Map<string, LatencySurface>,
  options: EngineOptions,
): Uncertainty {
  const calibrationByConfig = new Map<string, CalibrationFactor[]>();
  for (const f of options.calibration ?? []) {
    const key = configKeyOf(f);
    calibrationByConfig.set(key, [...(calibrationByConfig.get(key) ?? []), f]);
  }
  const calibrationOf = (
    cfg: ResolvedConfig,
    inTok: number,
    outTok: number,
  ): CalibrationFactor | undefined =>
    calibrationByConfig.size
      ? calibrationFor(calibrationByConfig.get(resolvedKey(cfg)), inTok, outTok)
      : undefined;
  let fittedErrors: ErrorModel | undefined = options.errorModel;
  const errorModel = (): ErrorModel =>
    (fittedErrors ??= (() => {
      const cv = crossValidate(kb, factors, surfaces);
      return errorModelOf(cv.latency, cv.capacity);
    })());
  // quantile factors of a class, read by every capacity search step
  // error quantile factors per confidence, indexed by (class, metric, load band): a capacity
  // search reads them at every step, so no key strings are built there
  const METRIC_INDEX: Record<SurfaceMetric, number> = {
    ttft: 0,
    itl: 1,
    e2e: 2,
  };
  const BANDS = LOAD_BANDS.length + 1;
  const quantileMemo = new Map<number, (number | null | undefined)[]>();
  const classFactor = (
    kind: ProvenanceKind,
    metric: SurfaceMetric,
    p: number,
    c: number,
  ): number | null => {
    let table = quantileMemo.get(p);
    if (!table) quantileMemo.set(p, (table = []));
    const band = loadBand(c);
    const i = (RANK[kind] * 3 + METRIC_INDEX[metric]) * BANDS + band;
    let f = table[i];
    if (f === undefined) {
      const used = errorClassFor(errorModel(), kind, metric, c);
      f = used ? Math.exp(quantileSorted(used.errors.logErrors, p)) : null;
      table[i] = f;
    }
    return f;
  };
  const capacityFactorOf = memoisedCapacityFactor(errorModel);
  /** log-space spread of an outcome-calibrated value; null for any other provenance */
  const calibratedSigma = (
    cfg: ResolvedConfig,
    metric: SurfaceMetric,
    v: Pick<PredictedValue, 'provenance'>,
    inTok: number,
    outTok: number,
  ): number | null => {
    if (v.provenance !== 'calibrated') return null;
    const estimate = calibrationOf(cfg, inTok, outTok)?.[metric];
    return estimate ? calibratedLogSigma(errorModel(), metric, estimate) : null;
  };
  const upperBound: Engine['upperBound'] = (
    cfg,
    metric,
    v,
    inTok,
    outTok,
    c,
    confidence,
  ) => {
    const sigma = calibratedSigma(cfg, metric, v, inTok, outTok);
    if (sigma !== null)
      return v.value * Math.exp(normalQuantile(confidence) * sigma);
    const f = classFactor(v.provenance, metric, confidence, c);
    return f === null ? null : v.value * f;
  };
  const probability: Engine['probabilityWithin'] = (
    cfg,
    metric,
    v,
    inTok,
    outTok,
    c,
    target,
  ) => {
    const sigma = calibratedSigma(cfg, metric, v, inTok, outTok);
    if (sigma !== null)
      return normalCdf(Math.log(target / v.value) / Math.max(sigma, 1e-9));
    return probabilityWithin(
      errorModel(),
      v.provenance,
      metric,
      v.value,
      target,
      c,
    );
  };
  /** low / high of the default interval, and where its error figure comes from */
  const withInterval = (
    v: PredictedValue,
    cfg: ResolvedConfig,
    metric: SurfaceMetric,
    inTok: number,
    outTok: number,
    c: number,
  ): PredictedValue => {
    const level = DEFAULT_INTERVAL_LEVEL;
    const sigma = calibratedSigma(cfg, metric, v, inTok, outTok);
    if (sigma !== null) {
      const z = normalQuantile((1 + level) / 2);
      return {
        ...v,
        low: v.value * Math.exp(-z * sigma),
        high: v.value * Math.exp(z * sigma),
        level,
        basis: `${v.basis}; interval from the calibration factor's interval and measurement noise`,
      };
    }
    const used = errorClassFor(errorModel(), v.provenance, metric, c);
    if (!used) return v;
    const read = intervalQuantiles(errorModel(), v.provenance);
    return {
      ...v,
      low: v.value * Math.exp(quantileSorted(used.errors.logErrors, read.lo)),
      high: v.value * Math.exp(quantileSorted(used.errors.logErrors, read.hi)),
      level,
      basis: `${v.basis}; ${describeErrorClass(
        used,
        v.provenance,
        metric,
        read.level,
      )}`,
    };
  };
  return {
    calibrationOf,
    errorModel,
    capacityFactor: capacityFactorOf,
    upperBound,
    probabilityWithin: probability,
    withInterval,
  };
}

/** A prediction with outcome calibration applied and, when explained, its interval. */
function calibratedPrediction(
  reader: CurveReader,
  factors: RooflineFactors,
  uncertainty: Uncertainty,
  cfg: ResolvedConfig,
  metric: SurfaceMetric,
  stat: StatName,
  inTok: number,
  outTok: number,
  c: number,
  explain: boolean,
): PredictedValue | null {
  const { calibrationOf, withInterval } = uncertainty;
  const raw = predictRaw(
    reader,
    factors,
    cfg,
    metric,
    stat,
    inTok,
    outTok,
    c,
    explain,
  );
  const calibration = calibrationOf(cfg, inTok, outTok);
  const estimate = calibration?.[metric];
  const value: PredictedValue | null =
    !raw || !calibration || !estimate
      ? raw
      : {
          ...raw,
          value: raw.value * estimate.value,
          provenance: 'calibrated',
          basis: explain
            ? `${raw.basis}; ${describeCalibration(calibration, estimate)}`
            : '',
        };
  return value && explain
    ? withInterval(value, cfg, metric, inTok, outTok, c)
    : value;
}

/**
 * The engine's `statProbe`: capacity searches read one configuration and token shape at many
 * loads. Without a measurement the roofline kernel is built once per probe and its last
 * estimate reused for the other metrics of a load (a hot loop).
 */
function createStatProbe(
  factors: RooflineFactors,
  predictStat: Engine['predictStat'],
  { upperBound, calibrationOf, capacityFactor: capacityFactorOf }: Uncertainty,
): Engine['statProbe'] {
  /** {@link StatProbe.atConfidence} of the roofline probe from its other readings */
  function atConfidence(
    this: Omit<StatProbe, 'monotone' | 'atConfidence'>,
    metric: SurfaceMetric,
    stat: StatName,
    c: number,
    confidence: number,
    headroom: number | undefined,
  ): number | null {
    const kind = this.provenance(metric, stat, c);
    if (kind === null) return null;
    const f = capacityFactorOf(kind, metric, confidence, headroom);
    return f === null
      ? this.upper(metric, stat, c, confidence)
      : this.value(metric, stat, c / f);
  }
  const roofGrows =
    factors.prefill > 0 &&
    factors.decode > 0 &&
    factors.ttftPrefillScale > 0 &&
    Object.values(factors.ttft).every(f => f.queue >= 0 && f.overheadMs >= 0) &&
    factors.stepOverheadMs >= 0;
  return (cfg, inTok, outTok) => {
    const roof = cfg.roof;
    // the latency at one request in flight, per statistic: what a target's headroom is over
    const floors = new Map<string, number | null>();
    const headroomOf = (
      metric: SurfaceMetric,
      stat: StatName,
      target: number | undefined,
    ): number | undefined => {
      if (target === undefined) return undefined;
      const key = `${metric}|${stat}`;
      if (!floors.has(key))
        floors.set(
          key,
          predictStat(cfg, metric, stat, inTok, outTok, 1, false)?.value ??
            null,
        );
      const floor = floors.get(key);
      return floor ? target / floor : undefined;
    };
    if (cfg.surface || cfg.siblings.length > 0 || !roof)
      return {
        monotone: false,
        value: (metric, stat, c) =>
          predictStat(cfg, metric, stat, inTok, outTok, c, false)?.value ??
          null,
        upper: (metric, stat, c, confidence) => {
          const v = predictStat(cfg, metric, stat, inTok, outTok, c, false);
          return v
            ? upperBound(cfg, metric, v, inTok, outTok, c, confidence)
            : null;
        },
        provenance: (metric, stat, c) =>
          predictStat(cfg, metric, stat, inTok, outTok, c, false)?.provenance ??
          null,
        // one prediction gives the class; a second read only where capacity errors move the load
        atConfidence: (metric, stat, c, confidence, target) => {
          const v = predictStat(cfg, metric, stat, inTok, outTok, c, false);
          if (!v) return null;
          const f = capacityFactorOf(
            v.provenance,
            metric,
            confidence,
            headroomOf(metric, stat, target),
          );
          if (f === null)
            return upperBound(cfg, metric, v, inTok, outTok, c, confidence);
          return f === 1
            ? v.value
            : predictStat(cfg, metric, stat, inTok, outTok, c / f, false)
                ?.value ?? null;
        },
      };
    // no measurement: predictStat is a roofline statistic (x a calibration factor), so the
    // kernel is built once and its last estimate reused for the other metrics of a load
    const kernel = rooflineKernel(roof, factors, inTok, outTok);
    const calibration = calibrationOf(cfg, inTok, outTok);
    const factor = {
      ttft: calibration?.ttft?.value ?? null,
      itl: calibration?.itl?.value ?? null,
      e2e: calibration?.e2e?.value ?? null,
    };
    let lastC = NaN;
    let last: RooflineEstimate | null = null;
    return {
      // the roofline grows with the load; tail ratios are positive constants
      monotone:
        roofGrows && !(factor.ttft! < 0 || factor.itl! < 0 || factor.e2e! < 0),
      value: (metric, stat, c) => {
        if (c !== lastC || !last) {
          last = kernel(c);
          lastC = c;
        }
        const v = rooflineStatistic(last, factors, metric, stat);
        if (v === null) return null;
        const f = factor[metric];
        return f === null ? v : v * f;
      },
      upper(metric, stat, c, confidence) {
        const v = this.value(metric, stat, c);
        if (v === null) return null;
        return upperBound(
          cfg,
          metric,
          {
            value: v,
            provenance: factor[metric] === null ? 'estimated' : 'calibrated',
          },
          inTok,
          outTok,
          c,
          confidence,
        );
      },
      provenance: (metric, stat) => {
        if (
          metric !== 'ttft' &&
          tailRatio(factors, metric, 'mean', stat) === null
        )
          return null;
        return factor[metric] === null ? 'estimated' : 'calibrated';
      },
      // the floor comes from the memo, so the kernel's last load stays cached
      atConfidence(metric, stat, c, confidence, target) {
        return atConfidence.call(
          this,
          metric,
          stat,
          c,
          confidence,
          headroomOf(metric, stat, target),
        );
      },
    };
  };
}

/** The engine's `predict`: every metric and stat at one load, with throughput and notes. */
function predictAll(
  cfg: ResolvedConfig,
  predictStat: Engine['predictStat'],
  inTok: number,
  outTok: number,
  load: { concurrency?: number; rate?: number },
): Prediction {
  let c = load.concurrency;
  const notes: string[] = [];
  if (c === undefined) {
    const rate = load.rate!;
    // Little's law: in-flight = rate x e2e(in-flight); fixed point on the mean e2e
    c = Math.max(1e-3, rate * 1);
    for (let i = 0; i < 30; i++) {
      const e = predictStat(
        cfg,
        'e2e',
        'mean',
        inTok,
        outTok,
        Math.max(c, 1e-3),
      );
      if (!e) break;
      const next = (rate * e.value) / 1000;
      if (Math.abs(next - c) < 1e-3 * c) {
        c = next;
        break;
      }
      c = 0.5 * c + 0.5 * next;
    }
    notes.push(
      `rate ${rate} req/s converted to ${fmt(
        c,
      )} requests in flight by Little's law (in-flight = rate x mean e2e)`,
    );
  }
  const conc = Math.max(c, 1e-3);
  const out: Prediction = {
    modelId: cfg.model.id,
    gpuId: cfg.gpu.id,
    tp: cfg.tp,
    engine: cfg.engine,
    precision: cfg.precision,
    inputTokens: inTok,
    outputTokens: outTok,
    concurrency: roundTo(conc, 2),
    ttft: {},
    itl: {},
    e2e: {},
    throughputRps: { value: 0, provenance: 'estimated', basis: '', rows: [] },
    outputTokensPerS: {
      value: 0,
      provenance: 'estimated',
      basis: '',
      rows: [],
    },
    provenance: 'measured',
    notes,
  };
  for (const metric of ['ttft', 'itl', 'e2e'] as const) {
    for (const stat of ['mean', 'p50', 'p90', 'p95', 'p99'] as StatName[]) {
      const v = predictStat(cfg, metric, stat, inTok, outTok, conc);
      if (v) {
        out[metric][stat] = {
          ...v,
          value: roundTo(v.value, 2),
          ...(v.low !== undefined && v.high !== undefined
            ? { low: roundTo(v.low, 2), high: roundTo(v.high, 2) }
            : {}),
        };
        out.provenance = worstProvenance(out.provenance, v.provenance);
      }
    }
  }
  const e2eMean = out.e2e.mean;
  if (e2eMean) {
    const rps = conc / (e2eMean.value / 1000);
    out.throughputRps = {
      value: roundTo(rps, 3),
      provenance: e2eMean.provenance,
      basis: `Little's law: ${fmt(conc)} in flight / mean e2e ${fmt(
        e2eMean.value,
      )} ms`,
      rows: e2eMean.rows,
    };
    out.outputTokensPerS = {
      value: roundTo(rps * outTok, 2),
      provenance: e2eMean.provenance,
      basis: `throughput x ${outTok} output tokens`,
      rows: e2eMean.rows,
    };
  }
  if (!cfg.surface)
    notes.push(
      `no measured run of ${cfg.model.id} on ${cfg.gpu.id} at TP ${cfg.tp} with ${cfg.engine} ${cfg.precision}: every number is a roofline estimate`,
    );
  if (THINLY_COVERED_GPUS.includes(cfg.gpu.id))
    notes.push(
      `${cfg.gpu.id} is thinly covered by the seed data: treat these numbers as estimates, not measurements`,
    );
  if (Object.keys(out.ttft).length === 0)
    notes.push(
      missingArchitecture(cfg.model).length > 0
        ? `no prediction possible, nothing was measured and ${missingArchitectureReason(
            cfg.model,
          )}`
        : `no prediction possible: nothing was measured and ${cfg.gpu.id} lacks the memory bandwidth or dense TFLOPs the estimator needs in the GPU catalog`,
    );
  return out;
}

/** Builds the prediction engine: indexes runs by configuration once and fits the roofline. @public */
export function createEngine(
  kb: KnowledgeBase,
  options: EngineOptions = {},
): Engine {
  const catalog = indexCatalog(kb);
  const runRoof = (r: BenchmarkRun): RooflineConfig | null => {
    if (!r.modelId || !r.gpuId || !r.tp || !r.precision) return null;
    const m = catalog.modelById.get(r.modelId);
    const g = catalog.gpuById.get(r.gpuId);
    return m && g
      ? rooflineConfigFor(catalog.gpuById, m, g, r.tp, r.precision, r.kvFp8)
      : null;
  };
  const factors = options.factors ?? fitRoofline(kb.runs, runRoof);
  const surfaces = options.surfaces ?? buildSurfaces(kb.runs);
  const resolver = createResolver(catalog, surfaces);
  const uncertainty = createUncertainty(kb, factors, surfaces, options);
  const reader = new CurveReader(factors);
  const predictStat: Engine['predictStat'] = (
    cfg,
    metric,
    stat,
    inTok,
    outTok,
    c,
    explain = true,
  ) =>
    calibratedPrediction(
      reader,
      factors,
      uncertainty,
      cfg,
      metric,
      stat,
      inTok,
      outTok,
      c,
      explain,
    );
  return {
    kb,
    factors,
    surfaces,
    ...resolver,
    predictStat,
    statProbe: createStatProbe(factors, predictStat, uncertainty),
    predict: (q, inTok, outTok, load) =>
      predictAll(
        'surface' in q ? q : resolver.resolveConfig(q),
        predictStat,
        inTok,
        outTok,
        load,
      ),
    errorModel: uncertainty.errorModel,
    upperBound: uncertainty.upperBound,
    probabilityWithin: uncertainty.probabilityWithin,
  };
}

const CV_STATS: StatName[] = ['mean', 'p50', 'p90', 'p95', 'p99'];
/** statistics an SLO target can name: the ones capacity is sized on */
const CAPACITY_STATS: StatName[] = ['p50', 'p90', 'p95', 'p99'];

/** Cross-validated errors of latency predictions and of the capacities read from them. @public */
export type CrossValidation = {
  latency: CvError[];
  capacity: CapacityCvError[];
};

/**
 * Cross-validation over the knowledge base's latency surfaces: each measured load point held
 * out (what interpolation and percentile derivation get wrong), each token-shape curve held
 * out (shape transfer and bracketing), each configuration held out (the roofline estimate; its
 * efficiency factors stay fitted on every run, a small optimism the benchmark reports). Returns
 * log(measured / predicted) of every held-out statistic with the provenance the engine gave it,
 * and of every held-out capacity: where a measured sweep crosses a target between two of its
 * loads against where the engine without the held-out data says the target stops being met.
 * @public
 */
export function crossValidate(
  kb: KnowledgeBase,
  factors: RooflineFactors,
  surfaces: Map<string, LatencySurface>,
): CrossValidation {
  const out: CrossValidation = { latency: [], capacity: [] };
  const foldEngine = (folded: Map<string, LatencySurface>) =>
    createEngine(kb, { factors, surfaces: folded, errorModel: NO_ERRORS });
  const record = (
    engine: Engine,
    s: LatencySurface,
    curve: SurfaceCurve,
    points: SurfaceCurve['points'],
    fold: CvError['fold'],
  ) => {
    if (curve.inputTokens === null || curve.outputTokens === null) return;
    let cfg: ResolvedConfig;
    try {
      cfg = engine.resolveConfig({
        model: s.modelId,
        gpu: s.gpuId,
        tp: s.tp,
        engine: s.engine,
        precision: s.precision,
      });
    } catch {
      return;
    }
    // the planner never sizes beyond the sequences the KV cache holds (queueing for memory
    // takes over there), so errors past it would widen every interval for nothing
    const memoryLimit = memoryCapacity(
      cfg.model,
      cfg.gpu,
      cfg.tp,
      cfg.precision,
      curve.inputTokens + curve.outputTokens,
      cfg.roof?.kvBytes,
    );
    const within = curve.points.filter(
      p => memoryLimit === 0 || p.concurrency <= memoryLimit,
    );
    for (const point of points.filter(p => within.includes(p)))
      for (const metric of ['ttft', 'itl', 'e2e'] as const)
        for (const stat of CV_STATS) {
          const measured = point[metric][stat];
          if (measured === undefined || !(measured > 0)) continue;
          const p = engine.predictStat(
            cfg,
            metric,
            stat,
            curve.inputTokens,
            curve.outputTokens,
            point.concurrency,
            false,
          );
          if (p && p.value > 0)
            out.latency.push({
              kind: p.provenance,
              metric,
              stat,
              logError: Math.log(measured / p.value),
              concurrency: point.concurrency,
              fold,
              config: s.key,
            });
        }
    recordCapacities(
      engine.statProbe(cfg, curve.inputTokens, curve.outputTokens),
      within,
      points,
      memoryLimit,
      { fold, config: s.key },
      out.capacity,
    );
  };
  for (const [key, s] of surfaces) {
    s.curves.forEach((curve, ci) => {
      curve.points.forEach((point, pi) =>
        record(
          foldEngine(withoutPoint(surfaces, key, ci, pi)),
          s,
          curve,
          [point],
          'point',
        ),
      );
      if (s.curves.length > 1)
        record(
          foldEngine(withoutCurve(surfaces, key, ci)),
          s,
          curve,
          curve.points,
          'curve',
        );
    });
    const without = foldEngine(withoutConfiguration(surfaces, key));
    for (const curve of s.curves)
      record(without, s, curve, curve.points, 'configuration');
  }
  return out;
}

/**
 * Capacity errors of one fold: every target a measured sweep (its points within memory)
 * crosses next to a held-out point, against the highest load where the fold's prediction
 * still meets it (up to the memory limit).
 */
function recordCapacities(
  probe: StatProbe,
  sweep: SurfaceCurve['points'],
  heldOut: SurfaceCurve['points'],
  memoryLimit: number,
  where: Pick<CapacityCvError, 'fold' | 'config'>,
  into: CapacityCvError[],
) {
  const cap = Math.min(
    memoryLimit || MAX_SEARCH_CONCURRENCY,
    MAX_SEARCH_CONCURRENCY,
  );
  for (const metric of ['ttft', 'itl', 'e2e'] as const)
    for (const stat of CAPACITY_STATS)
      for (const x of measuredCrossings(sweep, metric, stat)) {
        // a crossing answers for a fold only when one of its two loads was held out
        if (
          !heldOut.includes(sweep[x.index]) &&
          !heldOut.includes(sweep[x.index + 1])
        )
          continue;
        const at = predictedCapacity(
          c => probe.value(metric, stat, c),
          x.target,
          cap,
          probe.monotone,
        );
        const kind = probe.provenance(metric, stat, at);
        // a prediction missing the target at one request in flight sizes nothing: its
        // capacity counts as the lightest load searched
        const floor = probe.value(metric, stat, 1);
        if (kind)
          into.push({
            kind,
            metric,
            logError: Math.log(x.capacity / at),
            headroom: floor && floor > 0 ? x.target / floor : undefined,
            ...where,
          });
      }
}

/** Latency errors of {@link crossValidate} (what interval coverage is judged on). @public */
export function crossValidationErrors(
  kb: KnowledgeBase,
  factors: RooflineFactors,
  surfaces: Map<string, LatencySurface>,
): CvError[] {
  return crossValidate(kb, factors, surfaces).latency;
}

function bracketShape(
  curves: SurfaceCurve[],
  metric: SurfaceMetric,
  stat: StatName,
  inTok: number,
  outTok: number,
  c: number,
  readAny: (
    curve: SurfaceCurve,
    metric: SurfaceMetric,
    stat: StatName,
    c: number,
  ) => {
    value: number;
    kind: ProvenanceKind;
    rows: number[];
    basis: string;
  } | null,
  explain: boolean,
): PredictedValue | null {
  for (const axis of ['in', 'out'] as const) {
    let lo: { x: number; v: NonNullable<ReturnType<typeof readAny>> } | null =
      null;
    let hi: { x: number; v: NonNullable<ReturnType<typeof readAny>> } | null =
      null;
    const q = axis === 'in' ? inTok : outTok;
    for (const curve of curves) {
      if (curve.inputTokens === null || curve.outputTokens === null) continue;
      const fixedOk =
        axis === 'in'
          ? sameShape(curve.outputTokens, outTok)
          : sameShape(curve.inputTokens, inTok);
      if (!fixedOk) continue;
      const x = axis === 'in' ? curve.inputTokens : curve.outputTokens;
      const v = readAny(curve, metric, stat, c);
      if (!v) continue;
      if (x < q && (!lo || x > lo.x)) lo = { x, v };
      if (x > q && (!hi || x < hi.x)) hi = { x, v };
    }
    if (lo && hi) {
      const t =
        (Math.log(q) - Math.log(lo.x)) / (Math.log(hi.x) - Math.log(lo.x));
      const value = Math.exp(
        Math.log(lo.v.value) +
          t * (Math.log(hi.v.value) - Math.log(lo.v.value)),
      );
      return {
        value,
        provenance: worstProvenance(
          'interpolated',
          worstProvenance(lo.v.kind, hi.v.kind),
        ),
        basis: !explain
          ? ''
          : `log-log interpolation across ${
              axis === 'in' ? 'input' : 'output'
            } length between measured shapes ${fmt(lo.x)} and ${fmt(
              hi.x,
            )} tokens at load ${fmt(c)}`,
        rows: [...lo.v.rows, ...hi.v.rows],
      };
    }
  }
  return null;
}
