import {
  Engine,
  ProvenanceKind,
  ProvenanceKindSchema,
  ResolvedConfig,
  roundTo,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import {
  StepTimeModel,
  TimingPoint,
  stepTimeModelFromPoints,
} from './stepTimeModel';
import type { TimingProfile } from './profile';

/** Options of {@link stepTimeModelFromEngine}. */
export type FromEngineOptions = {
  /** Prompt tokens of the requests the surface is read at (the simulated workload's shape). */
  inputTokens: number;
  /** Output tokens of the requests the surface is read at. */
  outputTokens: number;
  /**
   * Concurrencies to sample; default {@link geometricConcurrencies}(1, `maxNumSeqs`): 1, 2, 4,
   * ... up to and including max-num-seqs.
   */
  concurrencies?: number[];
  /** Largest batch of the replica (vLLM --max-num-seqs), default 256. */
  maxNumSeqs?: number;
};

/** One sampled point with where each of its two numbers comes from. */
export type EnginePoint = TimingPoint & {
  ttftProvenance: ProvenanceKind;
  itlProvenance: ProvenanceKind;
  /** Statistic read: p50 TTFT / mean ITL unless the other one has better provenance. */
  ttftStat: 'p50' | 'mean';
  itlStat: 'p50' | 'mean';
};

/** What {@link sampleEngineSurface} read off the engine. */
export type EngineSample = {
  /** `model|gpu|tp|engine|precision` of the resolved configuration. */
  key: string;
  model: string;
  gpu: string;
  tp: number;
  engine: string;
  precision: string;
  points: EnginePoint[];
  /** Count of sampled numbers (TTFT and ITL of every point) per provenance kind. */
  provenanceCounts: Record<ProvenanceKind, number>;
  /** The worst provenance of any sampled number. */
  provenance: ProvenanceKind;
  /** Human readable summary, used as `describe().provenance`. */
  description: string;
};

const RANK: ProvenanceKind[] = ProvenanceKindSchema.options;

/** 1, 2, 4, ... below `max`, then `max` itself (at least [1]). */
export function geometricConcurrencies(max: number, from = 1): number[] {
  const top = Math.max(1, Math.floor(max));
  const out: number[] = [];
  for (let c = Math.max(1, from); c < top && out.length < 64; c *= 2) {
    out.push(c);
  }
  out.push(top);
  return out;
}

/**
 * Reads the engine's predicted TTFT (p50) and ITL (mean) at each concurrency, the statistics a
 * closed-loop `vllm bench serve` run reports and a StepTimeModel is built from (the other one,
 * mean TTFT / p50 ITL, when it has better provenance, e.g. a curve that measured only means). Throws when the
 * engine cannot predict the configuration (no measurement and no roofline numbers).
 */
export function sampleEngineSurface(
  engine: Engine,
  cfg: ResolvedConfig,
  options: FromEngineOptions,
): EngineSample {
  const { inputTokens, outputTokens } = options;
  if (!(inputTokens > 0) || !(outputTokens > 0)) {
    throw new Error('inputTokens and outputTokens must be positive');
  }
  const concurrencies = [
    ...new Set(
      (
        options.concurrencies ??
        geometricConcurrencies(options.maxNumSeqs ?? 256)
      ).filter(c => c > 0),
    ),
  ].sort((a, b) => a - b);
  if (concurrencies.length === 0) throw new Error('no concurrency to sample');
  const counts = Object.fromEntries(RANK.map(k => [k, 0])) as Record<
    ProvenanceKind,
    number
  >;
  const read = (
    metric: 'ttft' | 'itl',
    preferred: 'p50' | 'mean',
    c: number,
  ) => {
    // the preferred statistic, unless the other one has better provenance (a curve that
    // measured only the mean TTFT gives a measured mean but a calibrated p50)
    const other: 'p50' | 'mean' = preferred === 'p50' ? 'mean' : 'p50';
    const a = engine.predictStat(
      cfg,
      metric,
      preferred,
      inputTokens,
      outputTokens,
      c,
      false,
    );
    const b = engine.predictStat(
      cfg,
      metric,
      other,
      inputTokens,
      outputTokens,
      c,
      false,
    );
    if (a && (!b || RANK.indexOf(b.provenance) >= RANK.indexOf(a.provenance)))
      return { ...a, stat: preferred };
    return b ? { ...b, stat: other } : null;
  };
  const stats = new Set<string>();
  const points: EnginePoint[] = concurrencies.map(c => {
    const ttft = read('ttft', 'p50', c);
    const itl = read('itl', 'mean', c);
    if (!ttft || !itl) {
      throw new Error(
        `the planning engine cannot predict ${cfg.model.id} on ${cfg.gpu.id} TP${cfg.tp} ${cfg.engine} ${cfg.precision} at concurrency ${c} (no measurement and no roofline numbers)`,
      );
    }
    stats.add(`TTFT ${ttft.stat}`);
    stats.add(`ITL ${itl.stat}`);
    counts[ttft.provenance]++;
    counts[itl.provenance]++;
    return {
      concurrency: c,
      ttftMs: ttft.value,
      itlMs: itl.value,
      inputTokens,
      outputTokens,
      ttftProvenance: ttft.provenance,
      itlProvenance: itl.provenance,
      ttftStat: ttft.stat,
      itlStat: itl.stat,
    };
  });
  const provenance = RANK.reduce<ProvenanceKind>(
    (worst, k) => (counts[k] > 0 ? k : worst),
    'measured',
  );
  const key = `${cfg.model.id}|${cfg.gpu.id}|${cfg.tp}|${cfg.engine}|${cfg.precision}`;
  const kinds = RANK.filter(k => counts[k] > 0)
    .map(k => `${counts[k]} ${k}`)
    .join(', ');
  const description =
    `planning engine ${
      cfg.surface
        ? `surface ${key}`
        : `roofline (no measured surface for ${key})`
    }` +
    `: ${[...stats].join(' / ')} at concurrency ${concurrencies.join(
      ',',
    )} for ${inputTokens}/${outputTokens} tokens (${kinds}; worst ${provenance})`;
  return {
    key,
    model: cfg.model.hfId,
    gpu: cfg.gpu.id,
    tp: cfg.tp,
    engine: cfg.engine,
    precision: cfg.precision,
    points,
    provenanceCounts: counts,
    provenance,
    description,
  };
}

/**
 * A StepTimeModel from the planning engine's latency surface of one configuration: samples
 * the predicted TTFT/ITL at a set of concurrencies (1 ... max-num-seqs, geometric) and builds
 * the model from those points with {@link stepTimeModelFromPoints}. `describe().provenance`
 * says how many sampled numbers were measured, interpolated, calibrated or estimated.
 */
export function stepTimeModelFromEngine(
  engine: Engine,
  cfg: ResolvedConfig,
  options: FromEngineOptions,
): StepTimeModel {
  const sample = sampleEngineSurface(engine, cfg, options);
  return stepTimeModelFromPoints(sample.points, {
    model: sample.model,
    gpu: sample.gpu,
    tp: sample.tp,
    provenance: sample.description,
  });
}

/**
 * A timing profile file (`--profile`) from the engine: for containers that do not carry the
 * seed data. Points keep only the profile fields; provenance per point goes into `provenance`.
 */
export function timingProfileFromEngine(
  engine: Engine,
  cfg: ResolvedConfig,
  options: FromEngineOptions & { jitter?: number; kvCacheTokens?: number },
): TimingProfile {
  const sample = sampleEngineSurface(engine, cfg, options);
  return {
    model: sample.model,
    gpu: sample.gpu,
    tp: sample.tp,
    engine: sample.engine,
    provenance: `${sample.description}; per point (ttft/itl): ${sample.points
      .map(p => `${p.concurrency}=${p.ttftProvenance}/${p.itlProvenance}`)
      .join(' ')}`,
    points: sample.points.map(p => ({
      concurrency: p.concurrency,
      ttftMs: roundTo(p.ttftMs, 2),
      itlMs: roundTo(p.itlMs, 2),
      inputTokens: p.inputTokens,
      outputTokens: p.outputTokens,
    })),
    ...(options.jitter !== undefined ? { jitter: options.jitter } : {}),
    maxNumSeqs:
      options.maxNumSeqs ?? sample.points[sample.points.length - 1].concurrency,
    ...(options.kvCacheTokens !== undefined
      ? { kvCacheTokens: options.kvCacheTokens }
      : {}),
    defaultOutputTokens: options.outputTokens,
  };
}

/**
 * The token shape to read a surface at when none is given: the measured curve of the
 * configuration with the most load points, else 512 prompt / 256 output tokens.
 */
export function defaultShape(cfg: ResolvedConfig): {
  inputTokens: number;
  outputTokens: number;
  source: string;
} {
  let best: { inputTokens: number; outputTokens: number; n: number } | null =
    null;
  for (const c of cfg.surface?.curves ?? []) {
    if (c.inputTokens === null || c.outputTokens === null) continue;
    if (!best || c.points.length > best.n) {
      best = {
        inputTokens: Math.round(c.inputTokens),
        outputTokens: Math.round(c.outputTokens),
        n: c.points.length,
      };
    }
  }
  return best
    ? {
        inputTokens: best.inputTokens,
        outputTokens: best.outputTokens,
        source: `the measured curve with the most load points (${best.n})`,
      }
    : { inputTokens: 512, outputTokens: 256, source: 'default 512/256' };
}
