/**
 * Creates the simulation worker (bundled by the app's webpack/rspack as a separate chunk).
 * Isolated in this module because `import.meta` does not exist under jest: tests mock it
 * (see setupTests.ts) and the simulations run inline.
 */
export function createScalingWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./scaling.worker.ts', import.meta.url));
  } catch {
    return undefined;
  }
}
