/**
 * Seeded pseudo-random numbers and Poisson sampling for the traffic simulation: deterministic
 * across runtimes, no Math.random.
 */
import { mulberry32 } from '../stats';

/** A seeded uniform generator on [0, 1). @public */
export type Rng = () => number;

/**
 * mulberry32 (see `stats.ts`), with seed 0 mapped to a non-zero constant so that a
 * default-zero seed still starts on a well-mixed state; the simulations' figures depend on it.
 * @public
 */
export function createRng(seed: number): Rng {
  return mulberry32(seed >>> 0 || 0x9e3779b9);
}

/**
 * Poisson sample with mean `lambda`: Knuth's product method below 30, a rounded normal
 * approximation (continuity-corrected, clamped at 0) above (error well below the per-second
 * noise it models).
 * @public
 */
export function samplePoisson(rng: Rng, lambda: number): number {
  if (!(lambda > 0)) return 0;
  if (lambda < 30) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = rng();
    while (p > limit) {
      k++;
      p *= rng();
    }
    return k;
  }
  // Box-Muller
  const u1 = Math.max(rng(), 1e-12);
  const u2 = rng();
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * z));
}
