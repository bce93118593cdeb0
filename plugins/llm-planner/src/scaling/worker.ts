/**
 * Creates the simulation worker (bundled by the app's webpack/rspack as a separate chunk).
 * The URL names no extension: the bundler resolves it to scaling.worker.ts in this repository
 * and to the dist/scaling/scaling.worker.js that `prepack` bundles into the published package
 * (scripts/bundle-worker.js). Isolated in this module because `import.meta` does not exist
 * under jest: tests mock it (see setupTests.ts) and the simulations run inline.
 */
export function createScalingWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./scaling.worker', import.meta.url));
  } catch {
    return undefined;
  }
}
