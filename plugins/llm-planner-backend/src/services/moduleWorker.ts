import { Worker } from 'node:worker_threads';

/**
 * Loads a module in a worker thread and calls its exported `workerMain()`. From TypeScript
 * source (tests, `backstage-cli package start`) the worker first registers Backstage's node
 * transform, which the parent thread's hooks do not reach; from the built `dist` the module is
 * plain JavaScript.
 */
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
if (workerData.transform) require(workerData.transform);
require(workerData.module).workerMain();
`;

function transformFor(file: string): string | undefined {
  if (!/\.tsx?$/.test(file)) return undefined;
  return require.resolve('@backstage/cli/config/nodeTransform.cjs');
}

/** A worker thread running `moduleFile`'s `workerMain()`; unref'd so it never keeps the process alive. */
export function spawnModuleWorker(moduleFile: string): Worker {
  const worker = new Worker(BOOTSTRAP, {
    eval: true,
    workerData: { module: moduleFile, transform: transformFor(moduleFile) },
  });
  worker.unref();
  return worker;
}
