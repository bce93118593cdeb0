import { isMainThread, Worker, workerData } from 'node:worker_threads';

/**
 * Loads a module in a worker thread; the module starts its worker side itself through
 * {@link runAsModuleWorker}. From TypeScript source (tests, `backstage-cli package start`) the
 * worker first registers Backstage's node transform, which the parent thread's hooks do not
 * reach; from the built `dist` the module is plain JavaScript.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.transform) require(workerData.transform);
require(workerData.module);
`;

function transformFor(file: string): string | undefined {
  if (!/\.tsx?$/.test(file)) return undefined;
  return require.resolve('@backstage/cli/config/nodeTransform.cjs');
}

/**
 * Runs `main` when this thread is the worker that {@link spawnModuleWorker} started for
 * `moduleFile`; does nothing anywhere else. Called at the top level of that module: the package
 * build (rollup) keeps such a call, whereas an export nothing imports (a `workerMain` the
 * worker would look up by name) is dropped from `dist`, and an installed backend's worker
 * would find nothing to run.
 */
export function runAsModuleWorker(moduleFile: string, main: () => void): void {
  if (!isMainThread && workerData?.module === moduleFile) main();
}

/** A worker thread running `moduleFile`'s worker side; unref'd so it never keeps the process alive. */
export function spawnModuleWorker(moduleFile: string): Worker {
  const worker = new Worker(BOOTSTRAP, {
    eval: true,
    workerData: { module: moduleFile, transform: transformFor(moduleFile) },
  });
  worker.unref();
  return worker;
}
