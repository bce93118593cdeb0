import { performance } from 'node:perf_hooks';
import { createPrng, exponential } from '../timing/prng';
import { RequestSample, TargetSpec, sendStreamingRequest } from './client';
import { PromptItem } from './prompts';
import { ratesBetween } from './stats';

/** One load pattern, as GuideLLM's strategies. */
export type Strategy =
  | { type: 'synchronous' }
  | { type: 'concurrent'; streams: number }
  | { type: 'throughput'; maxConcurrency: number }
  | { type: 'constant'; rate: number; maxConcurrency?: number }
  | { type: 'poisson'; rate: number; maxConcurrency?: number };

/** The profile: one strategy, or a sweep (synchronous, throughput, then rates in between). */
export type ProfileSpec =
  | { type: 'synchronous' }
  | { type: 'concurrent'; streams: number[] }
  | { type: 'throughput'; maxConcurrency: number }
  | { type: 'constant' | 'poisson'; rates: number[]; maxConcurrency?: number }
  | {
      type: 'sweep';
      points: number;
      maxConcurrency: number;
      rateType: 'constant' | 'poisson';
    };

/** When a strategy stops issuing requests (whichever comes first; at least one is needed). */
export type Limits = { maxRequests?: number; maxSeconds?: number };

export type StrategyResult = {
  strategy: Strategy;
  /** Epoch ms. */
  startedAt: number;
  endedAt: number;
  /** Start of the first request to the end of the last one, s. */
  durationS: number;
  samples: RequestSample[];
  /** Highest number of requests in flight at once. */
  maxInFlight: number;
};

export type ProgressEvent = {
  strategy: Strategy;
  index: number;
  total?: number;
  completed: number;
  failed: number;
  inFlight: number;
  elapsedS: number;
  limits: Limits;
};

export type RunContext = {
  target: TargetSpec;
  prompts: (index: number) => PromptItem;
  limits: Limits;
  seed?: number;
  onProgress?: (e: ProgressEvent) => void;
  /** Position of this strategy within the profile, for progress display. */
  index?: number;
  total?: number;
};

/** Human label of a strategy ("constant@4.00rps"). */
export function strategyLabel(s: Strategy): string {
  switch (s.type) {
    case 'synchronous':
      return 'synchronous';
    case 'concurrent':
      return `concurrent@${s.streams}`;
    case 'throughput':
      return `throughput@${s.maxConcurrency}`;
    default:
      return `${s.type}@${s.rate.toFixed(2)}rps`;
  }
}

/** Users of a closed-loop strategy, or the in-flight cap of a rate (null: none). */
export function concurrencyOf(s: Strategy): number | null {
  switch (s.type) {
    case 'synchronous':
      return 1;
    case 'concurrent':
      return s.streams;
    case 'throughput':
      return s.maxConcurrency;
    default:
      return s.maxConcurrency ?? null;
  }
}

/**
 * Resolves at `due` (performance clock) or later, never before: a timer can fire early by
 * as much as the event loop's cached clock lags, so it is re-armed until `due` has passed.
 * Yields once when `due` has already passed.
 */
async function sleepUntil(due: number): Promise<void> {
  if (performance.now() >= due) {
    await new Promise<void>(r => setImmediate(r));
    return;
  }
  for (;;) {
    const left = due - performance.now();
    if (left <= 0) return;
    await new Promise<void>(r => setTimeout(r, Math.ceil(left)));
  }
}

/**
 * When the requests of an open-loop strategy are due, in ms after its start: every
 * 1000/rate ms for `constant`, exponential gaps of that mean drawn from the seed for
 * `poisson`. Each call returns the next request's offset, the first is 0.
 */
export function arrivalSchedule(
  strategy: { type: 'constant' | 'poisson'; rate: number },
  seed = 0,
): () => number {
  const prng = createPrng(seed + 1);
  const meanGapMs = 1000 / strategy.rate;
  let next = 0;
  return () => {
    const due = next;
    next +=
      strategy.type === 'poisson' ? exponential(prng, meanGapMs) : meanGapMs;
    return due;
  };
}

/** Runs one strategy until its limits, then waits for the requests in flight. */
export async function runStrategy(
  strategy: Strategy,
  ctx: RunContext,
): Promise<StrategyResult> {
  const { limits } = ctx;
  if (limits.maxRequests === undefined && limits.maxSeconds === undefined) {
    throw new Error('a run needs --max-requests or --max-seconds');
  }
  const startedAt = Date.now();
  const t0 = performance.now();
  const samples: RequestSample[] = [];
  let issued = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let failed = 0;
  const elapsedS = () => (performance.now() - t0) / 1000;
  const canIssue = () =>
    (limits.maxRequests === undefined || issued < limits.maxRequests) &&
    (limits.maxSeconds === undefined || elapsedS() < limits.maxSeconds);
  const progress = () =>
    ctx.onProgress?.({
      strategy,
      index: ctx.index ?? 0,
      total: ctx.total,
      completed: samples.length - failed,
      failed,
      inFlight,
      elapsedS: elapsedS(),
      limits,
    });
  const issue = async () => {
    const item = ctx.prompts(issued++);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const sample = await sendStreamingRequest(
      ctx.target,
      item.prompt,
      item.maxTokens,
      t0,
      item.inputTokens,
    );
    inFlight--;
    samples.push(sample);
    if (!sample.ok) failed++;
    progress();
  };
  const ticker = setInterval(progress, 1000);
  try {
    if (
      strategy.type === 'synchronous' ||
      strategy.type === 'concurrent' ||
      strategy.type === 'throughput'
    ) {
      const workers = concurrencyOf(strategy)!;
      await Promise.all(
        Array.from({ length: workers }, async () => {
          while (canIssue()) await issue();
        }),
      );
    } else {
      const nextDue = arrivalSchedule(strategy, ctx.seed);
      const cap = strategy.maxConcurrency ?? Infinity;
      const pending = new Set<Promise<void>>();
      for (;;) {
        await sleepUntil(t0 + nextDue());
        while (inFlight >= cap) await Promise.race(pending);
        if (!canIssue()) break;
        const p: Promise<void> = issue().then(() => {
          pending.delete(p);
        });
        pending.add(p);
      }
      await Promise.all(pending);
    }
  } finally {
    clearInterval(ticker);
  }
  progress();
  let firstStart = Infinity;
  let lastEnd = -Infinity;
  for (const s of samples) {
    firstStart = Math.min(firstStart, s.startAbsMs);
    lastEnd = Math.max(lastEnd, s.startAbsMs + s.e2eMs);
  }
  return {
    strategy,
    startedAt,
    endedAt: Date.now(),
    durationS: samples.length ? (lastEnd - firstStart) / 1000 : 0,
    samples,
    maxInFlight,
  };
}

/** Completed requests per second of a result (0 when nothing completed). */
export function completedRate(r: StrategyResult): number {
  const ok = r.samples.filter(s => s.ok).length;
  return r.durationS > 0 ? ok / r.durationS : 0;
}

/** Runs every strategy of a profile in order (a sweep measures its bounds first). */
export async function runProfile(
  profile: ProfileSpec,
  ctx: RunContext,
): Promise<StrategyResult[]> {
  const results: StrategyResult[] = [];
  const run = async (s: Strategy, index: number, total: number) => {
    const r = await runStrategy(s, { ...ctx, index, total });
    results.push(r);
    return r;
  };
  switch (profile.type) {
    case 'synchronous':
      await run({ type: 'synchronous' }, 0, 1);
      break;
    case 'throughput':
      await run(profile, 0, 1);
      break;
    case 'concurrent':
      for (const [i, streams] of profile.streams.entries()) {
        await run({ type: 'concurrent', streams }, i, profile.streams.length);
      }
      break;
    case 'constant':
    case 'poisson':
      for (const [i, rate] of profile.rates.entries()) {
        await run(
          { type: profile.type, rate, maxConcurrency: profile.maxConcurrency },
          i,
          profile.rates.length,
        );
      }
      break;
    case 'sweep': {
      const total = profile.points + 2;
      const sync = await run({ type: 'synchronous' }, 0, total);
      const max = await run(
        { type: 'throughput', maxConcurrency: profile.maxConcurrency },
        1,
        total,
      );
      const lo = completedRate(sync);
      const hi = Math.max(completedRate(max), lo);
      if (lo <= 0) break; // the endpoint completed nothing: no rates to sweep
      for (const [i, rate] of ratesBetween(lo, hi, profile.points).entries()) {
        await run(
          {
            type: profile.rateType,
            rate,
            maxConcurrency: profile.maxConcurrency,
          },
          i + 2,
          total,
        );
      }
      break;
    }
    default:
      throw new Error(`unknown profile ${(profile as { type: string }).type}`);
  }
  return results;
}
