/**
 * Seeded pseudo-random numbers (mulberry32) and Poisson sampling. Deterministic across runtimes:
 * 32-bit integer arithmetic only, no Math.random.
 */

/** A seeded uniform generator on [0, 1). @public */
export type Rng = () => number;

/** mulberry32: small, fast, good enough for traffic simulation (not cryptographic). @public */
export function createRng(seed: number): Rng {
  let a = seed >>> 0 || 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
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
