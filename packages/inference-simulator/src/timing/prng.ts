/** A seeded pseudo-random source: deterministic for a given seed and call order. */
export type Prng = {
  /** Uniform in [0, 1). */
  next(): number;
};

/** mulberry32: small, fast, good enough for jitter and fault draws (not for cryptography). */
export function createPrng(seed: number): Prng {
  let a = seed >>> 0;
  return {
    next() {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
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
