import type { BenchmarkRun, Stats } from '../engine/schemas';

/**
 * Version of {@link runIdentity}. Stored hashes are only comparable with hashes of the same
 * version; a change to the identity needs a migration that recomputes them.
 * @public
 */
export const RUN_IDENTITY_VERSION = 1;

/** A number in canonical form: 7 significant digits (as the report converters write), no trailing zeros. */
function canonicalNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '';
  const v = Number(x.toPrecision(7));
  return Object.is(v, -0) ? '0' : String(v);
}

/** A name compared without case or surrounding space. */
function canonicalName(s: string | null | undefined): string {
  return (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

const STAT_KEYS = ['mean', 'p50', 'p90', 'p95', 'p99'] as const;

function canonicalStats(s: Stats): string[] {
  return STAT_KEYS.map(k => canonicalNumber(s[k]));
}

/**
 * The content identity of a measured run: the configuration it ran on (model, precision, GPU,
 * GPU count, tensor parallelism, engine and version), the load (generator kind, concurrency,
 * request rate), the token shape (input and output tokens) and every metric value, each number
 * in canonical form. It does not depend on the file the run came from: its bytes, its column
 * order, its row number, or the report format that wrapped it (so `source`, `notes`, `dataset`
 * and the free-text `mode` are not part of it). Two runs with the same identity are the same
 * measurement; hash it to store it. Pure and isomorphic.
 * @public
 */
export function runIdentity(run: BenchmarkRun): string {
  return JSON.stringify([
    RUN_IDENTITY_VERSION,
    run.modelId ?? `raw:${canonicalName(run.modelRaw)}`,
    run.precision ?? '',
    run.kvFp8 ? 1 : 0,
    run.gpuId ?? `raw:${canonicalName(run.gpuRaw)}`,
    canonicalNumber(run.gpuCount),
    canonicalNumber(run.tp),
    run.engine,
    canonicalName(run.engineVersion),
    run.loadKind,
    canonicalNumber(run.concurrency),
    canonicalNumber(run.requestRate),
    canonicalNumber(run.inputTokens),
    canonicalNumber(run.outputTokens),
    ...canonicalStats(run.ttft),
    ...canonicalStats(run.itl),
    ...canonicalStats(run.tpot),
    ...canonicalStats(run.e2e),
    canonicalNumber(run.outputTokS),
    canonicalNumber(run.totalTokS),
    canonicalNumber(run.reqS),
  ]);
}
