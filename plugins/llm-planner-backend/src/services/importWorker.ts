import {
  GpuSpec,
  ImportContext,
  ImportFormat,
  ModelSpec,
  parseBenchmarkCsv,
  reportToCsv,
  RowError,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { parentPort, Worker } from 'node:worker_threads';
import { runAsModuleWorker, spawnModuleWorker } from './moduleWorker';
import { PreparedRun, prepareRun } from '../database/preparedRun';

/** What a worker parses: the file and the catalogs its names resolve against. */
export type PrepareRequest = {
  format: Exclude<ImportFormat, 'seed'>;
  content: string;
  context?: ImportContext;
  models: ModelSpec[];
  gpus: GpuSpec[];
  /** prepare each run as a PostgreSQL COPY line (see `PreparedRun.copyLine`) */
  copyLines?: boolean;
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
  let emitted = 0;
  let slice: PreparedRun[] = [];
  // runs leave as they are read, so the store can COPY them while later rows still parse
  const flush = () => {
    if (slice.length === 0) return;
    emitted += slice.length;
    emit({ type: 'runs', runs: slice });
    emit({ type: 'progress', parsed: emitted, total });
    slice = [];
  };
  const { runs, errors, warnings, records } = parseBenchmarkCsv(csv, {
    models: request.models,
    gpus: request.gpus,
    progressEvery: RUNS_PER_MESSAGE,
    onProgress: (_parsed, rows) => {
      if (total === 0) emit({ type: 'progress', parsed: 0, total: rows });
      total = rows;
    },
    onRun: (run, record) => {
      slice.push(prepareRun(run, record, { copyLine: request.copyLines }));
      if (slice.length === RUNS_PER_MESSAGE) flush();
    },
  });
  total = records.length;
  if (errors.length > 0) {
    // runs already sent are discarded: the caller rolls its transaction back on errors
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
  flush();
  emit({ type: 'done', errors: [], warnings, total });
}

/** Entry point inside the worker thread (see {@link prepareInWorker}): one job at a time. */
export function workerMain(): void {
  const port = parentPort!;
  port.on('message', (request: PrepareRequest) => {
    const post = (m: PrepareMessage) => port.postMessage(m);
    try {
      prepareImport(request, post);
    } catch (e) {
      post({
        type: 'failed',
        message: e instanceof Error ? e.message : String(e),
      });
    }
  });
  port.postMessage({ type: 'ready' });
}
runAsModuleWorker(__filename, workerMain);

/** The worker could not run this module; the caller may prepare in-process instead. */
export class WorkerUnavailableError extends Error {}

/** An idle worker is kept this long for the next import, then ended. */
const IDLE_MS = 60_000;

type Slot = {
  worker: Worker;
  ready: Promise<void>;
  idleTimer?: NodeJS.Timeout;
};
let idle: Slot | undefined;

function spawnWorker(): Slot {
  const worker = spawnModuleWorker(__filename);
  const ready = new Promise<void>((resolve, reject) => {
    function cleanup() {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    }
    function onMessage(m: { type: string }) {
      if (m.type !== 'ready') return;
      cleanup();
      resolve();
    }
    function onError(e: Error) {
      cleanup();
      reject(new WorkerUnavailableError(e.message));
    }
    function onExit(code: number) {
      cleanup();
      reject(new WorkerUnavailableError(`worker exited with code ${code}`));
    }
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
  ready.catch(() => undefined);
  return { worker, ready };
}

function release(slot: Slot) {
  if (idle) {
    slot.worker.terminate().catch(() => undefined);
    return;
  }
  idle = slot;
  slot.idleTimer = setTimeout(() => {
    if (idle === slot) idle = undefined;
    slot.worker.terminate().catch(() => undefined);
  }, IDLE_MS);
  slot.idleTimer.unref();
}

/**
 * Prepares a file in a worker thread so the thread that answers requests (and `/health`)
 * stays responsive. Messages arrive through `onMessage` as the worker sends them; resolves
 * on `done`, rejects on `failed` or when the worker dies. A worker is reused by the next
 * import for a minute, so its start (module loading) is paid once, not per file.
 */
export async function prepareInWorker(
  request: PrepareRequest,
  onMessage: (message: PrepareMessage) => void,
): Promise<void> {
  let slot = idle;
  idle = undefined;
  if (slot?.idleTimer) clearTimeout(slot.idleTimer);
  if (!slot) slot = spawnWorker();
  await slot.ready;
  const { worker } = slot;
  worker.ref();
  try {
    await new Promise<void>((resolve, reject) => {
      function cleanup() {
        worker.off('message', onWorkerMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      }
      function onWorkerMessage(m: PrepareMessage) {
        if (m.type === 'failed') {
          cleanup();
          reject(new Error(`benchmark import worker: ${m.message}`));
          return;
        }
        try {
          onMessage(m);
        } catch (e) {
          cleanup();
          reject(e);
          return;
        }
        if (m.type === 'done') {
          cleanup();
          resolve();
        }
      }
      function onError(e: Error) {
        cleanup();
        reject(e);
      }
      function onExit(code: number) {
        cleanup();
        reject(new Error(`benchmark import worker exited with code ${code}`));
      }
      worker.on('message', onWorkerMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(request);
    });
  } catch (e) {
    worker.terminate().catch(() => undefined);
    throw e;
  }
  worker.unref();
  release(slot);
}
