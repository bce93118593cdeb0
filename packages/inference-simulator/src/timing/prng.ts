import { mulberry32 } from '@llm-planner/backstage-plugin-llm-planner-common';

/** A seeded pseudo-random source: deterministic for a given seed and call order. */
export type Prng = {
  /** Uniform in [0, 1). */
  next(): number;
};

/**
 * mulberry32 from the planner's shared stats module (one generator for both simulators), seeded
 * as given: seed 0 is a valid seed here, unlike the traffic simulator's `createRng`.
 */
export function createPrng(seed: number): Prng {
  return { next: mulberry32(seed) };
}

/** Mean-preserving multiplicative jitter: uniform in [1 - amplitude, 1 + amplitude]. */
export function jitterFactor(prng: Prng, amplitude: number): number {
  if (amplitude <= 0) return 1;
  return 1 + amplitude * (2 * prng.next() - 1);
}

/** Exponentially distributed draw with the given mean (Poisson inter-arrival times). */
export function exponential(prng: Prng, mean: number): number {
  return -Math.log(1 - prng.next()) * mean;
}
