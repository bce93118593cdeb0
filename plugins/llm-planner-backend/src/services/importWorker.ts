import {
  GpuSpec,
  ImportContext,
  ImportFormat,
  ModelSpec,
  parseBenchmarkCsv,
  reportToCsv,
  RowError,
} from '@internal/backstage-plugin-llm-planner-common';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { PreparedRun, prepareRun } from '../database/preparedRun';

/** What a worker parses: the file and the catalogs its names resolve against. */
export type PrepareRequest = {
  format: Exclude<ImportFormat, 'seed'>;
  content: string;
  context?: ImportContext;
  models: ModelSpec[];
  gpus: GpuSpec[];
};

/** Messages of a worker, in order: progress and runs (interleaved), then done. */
export type PrepareMessage =
  | { type: 'progress'; parsed: number; total: number }
  | { type: 'runs'; runs: PreparedRun[] }
  | { type: 'done'; errors: RowError[]; warnings: RowError[]; total: number }
  | { type: 'failed'; message: string };

/** Runs per `runs` message: small enough that receiving one never holds the event loop long. */
const RUNS_PER_MESSAGE = 1000;

/**
 * Parses, normalises and hashes a file: every format is converted to the shared CSV layout
 * and read by the one normaliser. Synchronous and CPU-bound, so it runs in a worker thread;
 * `emit` receives the prepared runs in slices. Any invalid row ends it with errors and no
 * runs are meant to be stored.
 */
export function prepareImport(
  request: PrepareRequest,
  emit: (message: PrepareMessage) => void,
): void {
  let csv = request.content;
  if (request.format !== 'csv') {
    const converted = reportToCsv(
      request.format,
      request.content,
      request.context,
    );
    if (converted.errors.length > 0) {
      emit({
        type: 'done',
        errors: converted.errors,
        warnings: [],
        total: 0,
      });
      return;
    }
    csv = converted.csv;
  }
  let total = 0;
  const { runs, errors, warnings, records } = parseBenchmarkCsv(csv, {
    models: request.models,
    gpus: request.gpus,
    progressEvery: 5000,
    onProgress: (_parsed, rows) => {
      if (total === 0) emit({ type: 'progress', parsed: 0, total: rows });
      total = rows;
    },
  });
  total = records.length;
  if (errors.length > 0) {
    emit({ type: 'done', errors, warnings, total });
    return;
  }
  if (runs.length === 0) {
    emit({
      type: 'done',
      errors: [
        { row: 0, column: '', reason: 'the file holds no benchmark rows' },
      ],
      warnings,
      total,
    });
    return;
  }
  for (let i = 0; i < runs.length; i += RUNS_PER_MESSAGE) {
    emit({
      type: 'runs',
      runs: runs
        .slice(i, i + RUNS_PER_MESSAGE)
        .map(run => prepareRun(run, records[run.row - 1])),
    });
    emit({
      type: 'progress',
      parsed: Math.min(runs.length, i + RUNS_PER_MESSAGE),
      total,
    });
  }
  emit({ type: 'done', errors: [], warnings, total });
}

/** Entry point inside the worker thread (see {@link prepareInWorker}). */
export function workerMain(): void {
  const post = (m: PrepareMessage) => parentPort!.postMessage(m);
  try {
    prepareImport(workerData.request as PrepareRequest, post);
  } catch (e) {
    post({
      type: 'failed',
      message: e instanceof Error ? e.message : String(e),
    });
  }
}

/**
 * Loads this module in the worker. From TypeScript source (tests, `backstage-cli package
 * start`) the worker first registers Backstage's node transform, which the parent thread's
 * hooks do not reach; from the built `dist` this module is plain JavaScript.
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

/** The worker could not run this module; the caller may prepare in-process instead. */
export class WorkerUnavailableError extends Error {}

/**
 * Prepares a file in a worker thread so the thread that answers requests (and `/health`)
 * stays responsive. Messages arrive through `onMessage` as the worker sends them; resolves
 * on `done`, rejects on `failed` or when the worker dies.
 */
export function prepareInWorker(
  request: PrepareRequest,
  onMessage: (message: PrepareMessage) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let heard = false;
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: {
        module: __filename,
        transform: transformFor(__filename),
        request,
      },
    });
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve();
      worker.terminate().catch(() => {});
    };
    worker.on('message', (m: PrepareMessage) => {
      heard = true;
      if (m.type === 'failed') {
        settle(new Error(`benchmark import worker: ${m.message}`));
        return;
      }
      try {
        onMessage(m);
      } catch (e) {
        settle(e as Error);
        return;
      }
      if (m.type === 'done') settle();
    });
    worker.on('error', (e: Error) =>
      settle(heard ? e : new WorkerUnavailableError(e.message)),
    );
    worker.on('exit', code => {
      if (!settled)
        settle(
          heard
            ? new Error(`benchmark import worker exited with code ${code}`)
            : new WorkerUnavailableError(`worker exited with code ${code}`),
        );
    });
  });
}
