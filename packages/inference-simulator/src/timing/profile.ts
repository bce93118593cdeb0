import fs from 'node:fs';
import {
  StepTimeModel,
  TimingPoint,
  stepTimeModelFromPoints,
  validatePoints,
} from './stepTimeModel';

/**
 * The timing profile file given with `--profile` / `SIM_PROFILE`: measured points of one
 * (model, GPU, TP, engine) plus optional replica defaults from the plan.
 */
export type TimingProfile = {
  model?: string;
  gpu?: string;
  tp?: number;
  engine?: string;
  /** Where the points come from (benchmark rows, surface key, ...). */
  provenance?: string;
  points: TimingPoint[];
  /** Relative jitter amplitude of every step (uniform, mean preserving); default 0.02. */
  jitter?: number;
  /** Replica defaults, overridden by flags. */
  maxNumSeqs?: number;
  kvCacheTokens?: number;
  /** Output length when a request neither ignores EOS nor hits max_tokens. */
  defaultOutputTokens?: number;
};

function optionalNumber(o: Record<string, unknown>, key: string, min: number) {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min) {
    throw new Error(`profile.${key} must be a number >= ${min}`);
  }
  return v;
}

function optionalString(o: Record<string, unknown>, key: string) {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new Error(`profile.${key} must be a string`);
  return v;
}

/** Validates a parsed profile document; throws a message naming the bad field. */
export function parseTimingProfile(doc: unknown): TimingProfile {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new Error('a timing profile must be a JSON object');
  }
  const o = doc as Record<string, unknown>;
  return {
    model: optionalString(o, 'model'),
    gpu: optionalString(o, 'gpu'),
    tp: optionalNumber(o, 'tp', 1),
    engine: optionalString(o, 'engine'),
    provenance: optionalString(o, 'provenance'),
    points: validatePoints(o.points),
    jitter: optionalNumber(o, 'jitter', 0),
    maxNumSeqs: optionalNumber(o, 'maxNumSeqs', 1),
    kvCacheTokens: optionalNumber(o, 'kvCacheTokens', 1),
    defaultOutputTokens: optionalNumber(o, 'defaultOutputTokens', 1),
  };
}

/** Reads and validates a profile file. */
export function loadTimingProfile(path: string): TimingProfile {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read profile ${path}: ${(e as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`profile ${path} is not JSON: ${(e as Error).message}`);
  }
  try {
    return parseTimingProfile(doc);
  } catch (e) {
    throw new Error(`profile ${path}: ${(e as Error).message}`);
  }
}

/** The StepTimeModel of a profile (the seam where a surface adapter can plug in instead). */
export function stepTimeModelFromProfile(
  profile: TimingProfile,
): StepTimeModel {
  return stepTimeModelFromPoints(profile.points, {
    model: profile.model,
    gpu: profile.gpu,
    tp: profile.tp,
    provenance:
      [profile.engine, profile.provenance].filter(Boolean).join(', ') ||
      undefined,
  });
}

/** Mean output length of the profile's points, if any. */
export function profileOutputTokens(profile: TimingProfile): number {
  const pts = profile.points;
  return Math.max(
    1,
    Math.round(pts.reduce((s, p) => s + p.outputTokens, 0) / pts.length),
  );
}
