import { LRUCache } from 'lru-cache';
import { computeScaling, ScalingOutcome, ScalingRequest } from './compute';
import { createScalingWorker } from './worker';

type Pending = {
  resolve: (o: ScalingOutcome) => void;
  reject: (e: Error) => void;
  req: ScalingRequest;
};

let worker: Worker | undefined;
let tried = false;
let seq = 0;
const pending = new Map<number, Pending>();

function inline(req: ScalingRequest): Promise<ScalingOutcome> {
  // a macrotask later: the spinner paints before the (blocking) simulation
  return new Promise((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(computeScaling(req));
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    }, 0),
  );
}

function getWorker(): Worker | undefined {
  if (tried) return worker;
  tried = true;
  worker = createScalingWorker();
  if (!worker) return undefined;
  worker.onmessage = (
    e: MessageEvent<{ id: number; outcome?: ScalingOutcome; error?: string }>,
  ) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.outcome) p.resolve(e.data.outcome);
    else p.reject(new Error(e.data.error ?? 'the simulation failed'));
  };
  worker.onerror = () => {
    // the worker did not load (or crashed): run inline from now on, including what was queued
    worker?.terminate();
    worker = undefined;
    const queued = [...pending.values()];
    pending.clear();
    for (const p of queued) inline(p.req).then(p.resolve, p.reject);
  };
  return worker;
}

/** Runs a comparison in the simulation worker (inline, a macrotask later, without one). */
export function runScaling(req: ScalingRequest): Promise<ScalingOutcome> {
  const w = getWorker();
  if (!w) return inline(req);
  const id = ++seq;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, req });
    w.postMessage({ id, req });
  });
}

/** Comparisons kept (least recently used dropped first); a failed one is dropped at once. */
const cache = new LRUCache<string, Promise<ScalingOutcome>, ScalingRequest>({
  max: 16,
  memoMethod: (key, _stale, { context: req }) => {
    const p = runScaling(req);
    p.catch(() => cache.delete(key));
    return p;
  },
});

/** {@link runScaling} memoised by key (the Scaling, Cost and entity tabs share results). */
export function runScalingCached(
  key: string,
  req: ScalingRequest,
): Promise<ScalingOutcome> {
  return cache.memo(key, { context: req });
}
