import { ProgressEvent, strategyLabel } from './runner';

export type ProgressOptions = {
  /** Stream to draw on (stderr). */
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Seconds between plain lines when the stream is not a TTY. */
  intervalS?: number;
  enabled?: boolean;
};

/**
 * A progress bar on a TTY (redrawn in place, at most 10 times a second); plain periodic lines
 * otherwise, so CI logs stay readable.
 */
export function createProgress(options: ProgressOptions) {
  const tty = options.stream.isTTY === true;
  const interval = (options.intervalS ?? 5) * 1000;
  let lastDraw = 0;
  let lastKey = '';
  const line = (e: ProgressEvent) => {
    const byRequests =
      e.limits.maxRequests !== undefined
        ? (e.completed + e.failed) / e.limits.maxRequests
        : 0;
    const byTime =
      e.limits.maxSeconds !== undefined ? e.elapsedS / e.limits.maxSeconds : 0;
    const frac = Math.min(1, Math.max(byRequests, byTime));
    const width = 24;
    const filled = Math.round(frac * width);
    const rate = e.elapsedS > 0 ? e.completed / e.elapsedS : 0;
    const step = e.total ? `[${e.index + 1}/${e.total}] ` : '';
    return {
      bar: `${step}${strategyLabel(e.strategy).padEnd(18)} [${'#'.repeat(
        filled,
      )}${'.'.repeat(width - filled)}] ${String(
        Math.round(frac * 100),
      ).padStart(3)}%`,
      stats: `ok ${e.completed} fail ${e.failed} in-flight ${
        e.inFlight
      } ${rate.toFixed(2)} req/s ${e.elapsedS.toFixed(1)}s`,
    };
  };
  return {
    update(e: ProgressEvent) {
      if (options.enabled === false) return;
      const now = Date.now();
      const key = `${e.index}`;
      const newStrategy = key !== lastKey;
      if (tty) {
        if (now - lastDraw < 100 && !newStrategy) return;
        if (newStrategy && lastKey !== '') options.stream.write('\n');
        const { bar, stats } = line(e);
        options.stream.write(
          `\r\x1b[K${bar} ${stats}`.slice(
            0,
            (options.stream.columns ?? 200) + 5,
          ),
        );
      } else {
        if (now - lastDraw < interval && !newStrategy) return;
        const { bar, stats } = line(e);
        options.stream.write(`${bar} ${stats}\n`);
      }
      lastKey = key;
      lastDraw = now;
    },
    done() {
      if (options.enabled !== false && tty && lastKey !== '')
        options.stream.write('\n');
    },
  };
}
