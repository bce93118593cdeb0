import { roundTo } from '../stats';
import type { GpuSpec, MemoryFit, ModelSpec, Precision } from './schemas';

/**
 * Fraction of GPU memory the serving engine may use (vLLM's default
 * `gpu_memory_utilization` is 0.9). Modelling assumption.
 * @public
 */
export const GPU_MEMORY_UTILISATION = 0.9;

/**
 * Memory reserved per GPU for activations, CUDA graphs and the runtime, in GB. Modelling
 * assumption (vLLM profiles it at start-up; 2 GB is a typical figure for 7-70B models).
 * @public
 */
export const RUNTIME_RESERVE_GB = 2;

/** Bytes per weight for a precision. @public */
export function bytesPerParam(p: Precision): number {
  switch (p) {
    case 'fp16':
    case 'bf16':
      return 2;
    case 'fp8':
    case 'int8':
      return 1;
    default:
      return 0.5;
  }
}

/** True when the catalog has every field needed to size KV cache. @public */
export function hasKvShape(m: ModelSpec): boolean {
  return (
    m.layers !== null &&
    m.kvHeads !== null &&
    (m.headDim !== null || m.kvLatentDim !== undefined)
  );
}

/**
 * The architecture fields a model lacks for memory fit and the roofline estimate (empty when
 * it has them all), named as in the catalog.
 * @public
 */
export function missingArchitecture(m: ModelSpec): string[] {
  const out: string[] = [];
  if (m.totalParamsB === null) out.push('totalParamsB');
  if (m.activeParamsB === null) out.push('activeParamsB');
  if (m.layers === null) out.push('layers');
  if (m.kvHeads === null) out.push('kvHeads');
  if (m.headDim === null && m.kvLatentDim === undefined) out.push('headDim');
  return out;
}

/**
 * Why a model has no memory fit or estimate, in one sentence a user can act on: the missing
 * fields, the catalog's own explanation, and how to fill them.
 * @public
 */
export function missingArchitectureReason(m: ModelSpec): string {
  const fields = missingArchitecture(m);
  return `${m.id} lacks ${fields.join(', ')} in the model catalog${
    m.missing ? ` (${m.missing})` : ''
  }; a platform-team member can fill them from the model's Hugging Face config.json (admin page, models tab, or POST /v1/catalog/models/from-config)`;
}

/**
 * KV-cache bytes of one sequence of `contextTokens` tokens (all GPUs of a replica together):
 * 2 (K and V) x layers x KV heads x head dim x bytes, with sliding-window layers capped at
 * their window.
 * @public
 */
export function kvBytesPerSequence(
  m: ModelSpec,
  contextTokens: number,
  kvBytes = 2,
): number | null {
  if (!hasKvShape(m)) return null;
  const perTokenPerLayer =
    m.kvLatentDim !== undefined
      ? m.kvLatentDim * kvBytes
      : 2 * m.kvHeads! * m.headDim! * kvBytes;
  const frac = m.slidingWindow ? m.slidingWindowLayerFraction ?? 0 : 0;
  const fullLayers = m.layers! * (1 - frac);
  const swLayers = m.layers! * frac;
  const swTokens = m.slidingWindow
    ? Math.min(contextTokens, m.slidingWindow)
    : 0;
  return perTokenPerLayer * (fullLayers * contextTokens + swLayers * swTokens);
}

/** The numbers behind {@link memoryFit}; `fails` names the first check that failed. */
function memoryNumbers(
  m: ModelSpec,
  gpu: GpuSpec,
  tp: number,
  precision: Precision,
  contextTokens: number,
  kvBytes: number,
) {
  const usable = gpu.memoryGb * GPU_MEMORY_UTILISATION - RUNTIME_RESERVE_GB;
  let fails: 'params' | 'heads' | 'weights' | 'kv-shape' | null = null;
  let weights = 0;
  let kvSeq: number | null = null;
  let maxConc = 0;
  let kvSeqPerGpuGb = 0;
  if (m.totalParamsB === null) fails = 'params';
  else if (m.attentionHeads !== null && m.attentionHeads % tp !== 0)
    fails = 'heads';
  else {
    weights = (m.totalParamsB * 1e9 * bytesPerParam(precision)) / tp / 1e9;
    if (weights >= usable) fails = 'weights';
    else {
      kvSeq = kvBytesPerSequence(m, contextTokens, kvBytes);
      if (kvSeq === null) fails = 'kv-shape';
      else {
        // a latent KV cache (MLA) is replicated on every GPU of the TP group
        const shards =
          m.kvLatentDim !== undefined ? 1 : Math.min(tp, m.kvHeads!);
        kvSeqPerGpuGb = kvSeq / shards / 1e9;
        maxConc = Math.floor((usable - weights) / kvSeqPerGpuGb);
      }
    }
  }
  return { usable, fails, weights, kvSeq, kvSeqPerGpuGb, maxConc };
}

/**
 * Sequences of `contextTokens` tokens that fit next to the weights on `tp` GPUs: the
 * `maxConcurrency` of a feasible {@link memoryFit} at load 1, or 0 when none fits. Cheap (no text).
 * @public
 */
export function memoryCapacity(
  m: ModelSpec,
  gpu: GpuSpec,
  tp: number,
  precision: Precision,
  contextTokens: number,
  kvBytes = 2,
): number {
  const n = memoryNumbers(m, gpu, tp, precision, contextTokens, kvBytes);
  return n.fails === null && n.maxConc >= 1 ? n.maxConc : 0;
}

/**
 * Does the model fit on `tp` GPUs for `concurrency` sequences of `contextTokens` tokens?
 * Weights are split across the TP group; KV heads are split across min(tp, KV heads) GPUs
 * (replicated beyond that). TP must divide the attention heads (a vLLM requirement).
 * @public
 */
export function memoryFit(
  m: ModelSpec,
  gpu: GpuSpec,
  tp: number,
  precision: Precision,
  contextTokens: number,
  concurrency: number,
  kvBytes = 2,
): MemoryFit {
  const { usable, fails, weights, kvSeq, kvSeqPerGpuGb, maxConc } =
    memoryNumbers(m, gpu, tp, precision, contextTokens, kvBytes);
  const base = {
    tp,
    usableGbPerGpu: roundTo(usable, 1),
    weightsGbPerGpu: null as number | null,
    kvGbPerGpu: null as number | null,
    kvBytesPerToken: null as number | null,
    maxConcurrency: null as number | null,
  };
  if (fails === 'params')
    return {
      ...base,
      feasible: false,
      reason: `parameter count unknown: ${missingArchitectureReason(m)}`,
    };
  if (fails === 'heads')
    return {
      ...base,
      feasible: false,
      reason: `TP ${tp} does not divide the ${m.attentionHeads} attention heads`,
    };
  if (fails === 'weights')
    return {
      ...base,
      weightsGbPerGpu: roundTo(weights, 1),
      feasible: false,
      reason: `weights need ${roundTo(weights, 1)} GB per GPU at TP ${tp}, ${
        gpu.id
      } has ${roundTo(usable, 1)} GB usable`,
    };
  if (fails === 'kv-shape')
    return {
      ...base,
      weightsGbPerGpu: roundTo(weights, 1),
      feasible: false,
      reason: `KV-cache shape unknown: ${missingArchitectureReason(m)}`,
    };
  const kvGb = kvSeqPerGpuGb * concurrency;
  const feasible = maxConc >= Math.max(1, concurrency);
  return {
    ...base,
    weightsGbPerGpu: roundTo(weights, 1),
    kvGbPerGpu: roundTo(kvGb, 1),
    kvBytesPerToken: Math.round(kvSeq! / contextTokens),
    maxConcurrency: maxConc,
    feasible,
    reason: feasible
      ? `weights ${roundTo(weights, 1)} GB + KV ${roundTo(
          kvGb,
          1,
        )} GB per GPU <= ${roundTo(
          usable,
          1,
        )} GB usable; up to ${maxConc} sequences of ${contextTokens} tokens`
      : `KV cache for ${concurrency} x ${contextTokens} tokens needs ${roundTo(
          kvGb,
          1,
        )} GB per GPU, only ${roundTo(
          usable - weights,
          1,
        )} GB left after weights (max ${maxConc} sequences)`,
  };
}
