/* A dedicated worker: simulations of a day run here, off the page's main thread. */
import { computeScaling, ScalingRequest } from './compute';

type In = { id: number; req: ScalingRequest };

const ctx = self as unknown as {
  onmessage: ((e: MessageEvent<In>) => void) | null;
  postMessage: (m: unknown) => void;
};

ctx.onmessage = e => {
  const { id, req } = e.data;
  try {
    ctx.postMessage({ id, outcome: computeScaling(req) });
  } catch (err) {
    ctx.postMessage({
      id,
      error: err instanceof Error ? err.message : String(err),
    });
  }
};
