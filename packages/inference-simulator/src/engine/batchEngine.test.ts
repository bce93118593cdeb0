import { qwen3H100Points } from '../__testUtils__/benchmarkPoints';
import { createPrng } from '../timing/prng';
import { stepTimeModelFromPoints } from '../timing/stepTimeModel';
import { BatchEngine } from './batchEngine';

// The engine reads the clock of node:perf_hooks; here it reads jest's fake clock, so its timers
// and the instants it stamps on tokens are simulated time. What a step costs is then exact,
// however loaded the machine running the test is (the HTTP path is tested in batching.test.ts).
jest.mock('node:perf_hooks', () => ({
  performance: { now: () => jest.now() },
}));

const { points } = qwen3H100Points();
const timing = stepTimeModelFromPoints(points, { model: 'Qwen/Qwen3-8B' });
const point = (concurrency: number) =>
  points.find(p => p.concurrency === concurrency)!;

function engine(options: { maxNumSeqs: number; kvCacheTokens?: number }) {
  return new BatchEngine({
    model: timing,
    kvCacheTokens: 1_000_000,
    jitter: 0,
    prng: createPrng(1),
    ...options,
  });
}

/** The instants (simulated ms) a request's tokens were emitted at. */
type Trace = { tokens: number[]; finished: boolean };

function submit(
  e: BatchEngine,
  promptTokens: number,
  outputTokens: number,
): Trace {
  const trace: Trace = { tokens: [], finished: false };
  e.submit({
    promptTokens,
    outputTokens,
    arrivalMs: jest.now(),
    onToken: (_index, atMs) => trace.tokens.push(atMs),
    onFinish: () => {
      trace.finished = true;
    },
  });
  return trace;
}

const itlOf = (t: Trace) =>
  (t.tokens[t.tokens.length - 1] - t.tokens[0]) / (t.tokens.length - 1);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

describe('BatchEngine in simulated time', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('queues requests beyond max-num-seqs: each waits for a slot to free', () => {
    const e = engine({ maxNumSeqs: 2 });
    const traces = Array.from({ length: 6 }, () => submit(e, 233, 30));
    expect(e.numRunning).toBe(2);
    expect(e.numWaiting).toBe(4);
    jest.runAllTimers();
    expect(traces.every(t => t.finished && t.tokens.length === 30)).toBe(true);
    expect(e.numRunning).toBe(0);
    expect(e.numWaiting).toBe(0);
    // FIFO with two slots: request k starts only after request k-2 has emitted its last token
    for (let k = 2; k < traces.length; k++) {
      expect(traces[k].tokens[0]).toBeGreaterThan(
        traces[k - 2].tokens[29] - 1e-9,
      );
    }
    // and so the third request's first token comes at least a whole request (29 decode steps
    // of a batch of two) after the second one's
    expect(traces[2].tokens[0] - traces[1].tokens[0]).toBeGreaterThanOrEqual(
      29 * timing.decodeStepMs(2, 233) * 0.99,
    );
  });

  it('ITL rises with batch size as in the measured points', () => {
    const p1 = point(1);
    const p8 = point(8);
    expect(p8.itlMs).toBeGreaterThan(p1.itlMs * 1.1);

    const alone = engine({ maxNumSeqs: 64 });
    const single = submit(alone, p1.inputTokens, p1.outputTokens);
    jest.runAllTimers();
    const shared = engine({ maxNumSeqs: 64 });
    const batch = Array.from({ length: 8 }, () =>
      submit(shared, p8.inputTokens, p8.outputTokens),
    );
    jest.runAllTimers();
    expect([single, ...batch].every(t => t.finished)).toBe(true);

    const itl1 = itlOf(single);
    const itl8 = median(batch.map(itlOf));
    expect(itl8).toBeGreaterThan(itl1 * 1.05);
    // and a batch still emits more tokens per second than one request alone
    expect(8 / itl8).toBeGreaterThan(1 / itl1);
    expect(Math.abs(itl1 - p1.itlMs) / p1.itlMs).toBeLessThan(0.05);
    expect(Math.abs(itl8 - p8.itlMs) / p8.itlMs).toBeLessThan(0.05);
  });

  it('admits only what the KV budget holds and frees it as requests finish', () => {
    // 10 prompt + 40 output tokens reserve 50 KV tokens: two fit at a time
    const e = engine({ maxNumSeqs: 64, kvCacheTokens: 100 });
    const traces = Array.from({ length: 4 }, () => submit(e, 10, 40));
    expect(e.numRunning).toBe(2);
    expect(e.numWaiting).toBe(2);
    expect(e.kvUsage).toBeCloseTo(1, 5);
    jest.runAllTimers();
    expect(traces.every(t => t.finished && t.tokens.length === 40)).toBe(true);
    expect(traces[2].tokens[0]).toBeGreaterThan(traces[0].tokens[39] - 1e-9);
    expect(e.kvUsage).toBe(0);
  });
});
