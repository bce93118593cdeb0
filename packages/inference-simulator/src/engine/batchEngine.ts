import { performance } from 'node:perf_hooks';
import { Prng, jitterFactor } from '../timing/prng';
import { StepTimeModel } from '../timing/stepTimeModel';

/** One request as the engine sees it; callbacks run synchronously from the scheduler. */
export type SequenceRequest = {
  promptTokens: number;
  /** Tokens to generate (already clamped by max_tokens / min_tokens / EOS). At least 1. */
  outputTokens: number;
  /** Extra delay added to the prefill (fault injection: latency spike), ms. */
  extraPrefillMs?: number;
  /**
   * When the request arrived (performance clock, ms). A request admitted without queueing is
   * charged its prefill from here, so the simulator's own HTTP and parsing time is not added
   * on top of measured TTFTs (which already contain a real server's).
   */
  arrivalMs?: number;
  /**
   * Called for every generated token, `index` 0 being the first one, `atMs` when it was
   * emitted (performance clock; tokens of one decode step share it).
   */
  onToken(index: number, atMs: number): void;
  /** Called once after the last token. */
  onFinish(): void;
};

export type EngineOptions = {
  model: StepTimeModel;
  /** Max sequences in the running batch (vLLM `--max-num-seqs`). */
  maxNumSeqs: number;
  /** KV-cache budget in tokens; a sequence reserves prompt + output tokens when admitted. */
  kvCacheTokens: number;
  /** Relative jitter amplitude of every step. */
  jitter: number;
  prng: Prng;
};

type State = 'waiting' | 'prefill' | 'decode' | 'done' | 'cancelled';

type Sequence = {
  req: SequenceRequest;
  state: State;
  generated: number;
  kv: number;
  prefillTimer?: NodeJS.Timeout | NodeJS.Immediate;
  /** When its first token was emitted (ms, performance clock). */
  readyAt: number;
  submittedAt: number;
};

/** A handle to cancel a submitted sequence (client went away). */
export type SubmittedSequence = { cancel(): void };

/** Upper bound of the timer lateness compensation, ms. */
const MAX_LATENESS_MS = 4;

/** Bound of back-to-back steps run in one tick. */
const MAX_STEPS_PER_TICK = 64;

function schedule(fn: () => void, delayMs: number) {
  return delayMs <= 0 ? setImmediate(fn) : setTimeout(fn, delayMs);
}

function isTimeout(t: NodeJS.Timeout | NodeJS.Immediate): t is NodeJS.Timeout {
  return 'refresh' in t;
}

function unschedule(t: NodeJS.Timeout | NodeJS.Immediate | undefined) {
  if (!t) return;
  if (isTimeout(t)) clearTimeout(t);
  else clearImmediate(t);
}

/**
 * Continuous-batching scheduler of one replica, driven by timers (no busy waiting):
 *
 * - waiting requests are admitted FIFO while a batch slot (`maxNumSeqs`) and KV space are free;
 * - an admitted sequence is charged `prefillMs(promptTokens, batchSize)` (batch size = sequences
 *   already admitted) and then emits its first token;
 * - the decode loop runs steps of `decodeStepMs(batchSize, meanContext)`; every step emits one
 *   token for each decoding sequence. Prefill runs alongside decode (chunked-prefill style):
 *   measured ITL already contains the interference of joining prefills, so it is not charged
 *   twice. A sequence that became ready during a step takes part in it only when it was ready
 *   for at least half of it, which keeps its mean token gap equal to the step time.
 * - Step deadlines are absolute, so timer lateness does not accumulate into the ITL.
 */
export class BatchEngine {
  private readonly waitingQueue: Sequence[] = [];
  private waitingHead = 0;
  private waitingCount = 0;
  private prefilling = 0;
  private running: Sequence[] = [];
  private kvReserved = 0;
  private stepTimer?: NodeJS.Timeout | NodeJS.Immediate;
  private lastDeadline?: number;
  private readonly prefillSeqs = new Set<Sequence>();
  private stalledFlag = false;
  /** Moving average of how late prefill timers fire, ms. */
  private timerLateness = 0;

  constructor(private readonly options: EngineOptions) {}

  /** Sequences admitted to the batch (prefilling or decoding), as vLLM's running gauge. */
  get numRunning(): number {
    return this.prefilling + this.running.length;
  }

  get numWaiting(): number {
    return this.waitingCount;
  }

  /** Reserved KV tokens / budget, 0..1. */
  get kvUsage(): number {
    return this.kvReserved / this.options.kvCacheTokens;
  }

  get stalled(): boolean {
    return this.stalledFlag;
  }

  /**
   * Whether the next decode step is already due and runs in this turn of the event loop
   * (zero-time steps, or catching up): tokens emitted until then share a simulated instant.
   */
  get stepDueNow(): boolean {
    return this.stepTimer !== undefined && !isTimeout(this.stepTimer);
  }

  /** Whether a request of this size can ever be admitted. */
  fits(promptTokens: number, outputTokens: number): boolean {
    return promptTokens + outputTokens <= this.options.kvCacheTokens;
  }

  submit(req: SequenceRequest): SubmittedSequence {
    const seq: Sequence = {
      req,
      state: 'waiting',
      generated: 0,
      kv: req.promptTokens + Math.max(1, req.outputTokens),
      readyAt: 0,
      submittedAt: performance.now(),
    };
    this.waitingQueue.push(seq);
    this.waitingCount++;
    this.admit();
    return { cancel: () => this.cancel(seq) };
  }

  /** Freezes the replica: nothing is admitted, prefilled or decoded any more. */
  stall() {
    this.stalledFlag = true;
    unschedule(this.stepTimer);
    this.stepTimer = undefined;
    for (const s of this.prefillSeqs) unschedule(s.prefillTimer);
  }

  /** Stops every timer (server shutdown). */
  close() {
    this.stall();
  }

  private cancel(seq: Sequence) {
    if (seq.state === 'done' || seq.state === 'cancelled') return;
    const was = seq.state;
    seq.state = 'cancelled';
    if (was === 'waiting') {
      this.waitingCount--;
      return;
    }
    this.kvReserved -= seq.kv;
    if (was === 'prefill') {
      unschedule(seq.prefillTimer);
      this.prefillSeqs.delete(seq);
      this.prefilling--;
    }
    // decoding sequences are dropped from the batch at the end of the current step
    this.admit();
  }

  private admit() {
    if (this.stalledFlag) return;
    const { maxNumSeqs, kvCacheTokens, model, jitter, prng } = this.options;
    while (this.waitingHead < this.waitingQueue.length) {
      const seq = this.waitingQueue[this.waitingHead];
      if (seq.state === 'cancelled') {
        this.waitingHead++;
        continue;
      }
      if (this.numRunning >= maxNumSeqs) break;
      if (this.kvReserved + seq.kv > kvCacheTokens) break;
      this.waitingHead++;
      this.waitingCount--;
      const batch = this.numRunning;
      this.kvReserved += seq.kv;
      this.prefilling++;
      seq.state = 'prefill';
      this.prefillSeqs.add(seq);
      const ms =
        model.prefillMs(seq.req.promptTokens, batch) *
          jitterFactor(prng, jitter) +
        (seq.req.extraPrefillMs ?? 0);
      const now = performance.now();
      const queued = now - seq.submittedAt > 0.5;
      const begin = queued ? now : Math.min(now, seq.req.arrivalMs ?? now);
      this.startPrefillTimer(seq, begin + ms);
    }
    if (
      this.waitingHead > 1024 &&
      this.waitingHead * 2 > this.waitingQueue.length
    ) {
      this.waitingQueue.splice(0, this.waitingHead);
      this.waitingHead = 0;
    }
  }

  /**
   * Arms the prefill timer. Timers wake up late by an amount that depends on the host (idle
   * CPUs wake slowly); the engine tracks that lateness (moving average) and arms early by it,
   * re-arming when a timer fires more than 1 ms before it is due.
   */
  private startPrefillTimer(seq: Sequence, dueAt: number) {
    const delay = dueAt - performance.now();
    if (delay <= 0) {
      // due already (zero-time profiles): finish in this tick, after the current call stack
      queueMicrotask(() => this.prefillDone(seq));
      return;
    }
    const lead = Math.min(this.timerLateness, delay);
    const armedFor = performance.now() + delay - lead;
    seq.prefillTimer = schedule(() => {
      const now = performance.now();
      const late = now - armedFor;
      this.timerLateness = Math.min(
        MAX_LATENESS_MS,
        Math.max(0, this.timerLateness + 0.1 * (late - this.timerLateness)),
      );
      if (now < dueAt - 1) this.startPrefillTimer(seq, dueAt);
      else this.prefillDone(seq);
    }, delay - lead);
  }

  private prefillDone(seq: Sequence) {
    if (seq.state !== 'prefill' || this.stalledFlag) return;
    this.prefillSeqs.delete(seq);
    this.prefilling--;
    seq.prefillTimer = undefined;
    seq.generated = 1;
    seq.readyAt = performance.now();
    seq.state = 'decode';
    seq.req.onToken(0, seq.readyAt);
    if (seq.state !== 'decode') return; // cancelled from the callback
    if (seq.generated >= seq.req.outputTokens) {
      this.finish(seq);
      this.admit();
      return;
    }
    this.running.push(seq);
    this.scheduleStep();
  }

  private finish(seq: Sequence) {
    seq.state = 'done';
    this.kvReserved -= seq.kv;
    seq.req.onFinish();
  }

  private nextStepDuration(): number {
    const { model, jitter, prng } = this.options;
    let ctx = 0;
    for (const s of this.running) ctx += s.req.promptTokens + s.generated;
    return (
      model.decodeStepMs(this.numRunning, ctx / this.running.length) *
      jitterFactor(prng, jitter)
    );
  }

  /** Start of the next step: back to back with the last one unless a whole step behind. */
  private nextStepStart(now: number, duration: number): number {
    return this.lastDeadline !== undefined && now - this.lastDeadline < duration
      ? this.lastDeadline
      : now;
  }

  private scheduleStep() {
    if (this.stepTimer || this.stalledFlag || this.running.length === 0) return;
    const now = performance.now();
    const duration = this.nextStepDuration();
    const start = this.nextStepStart(now, duration);
    this.armStep(start, start + duration, duration, now);
  }

  private armStep(
    start: number,
    deadline: number,
    duration: number,
    now: number,
  ) {
    this.stepTimer = schedule(
      () => this.step(start, deadline, duration),
      deadline - now,
    );
  }

  /**
   * Runs a step, and further steps in the same tick while they are already due (zero-time
   * profiles, or catching up less than one step): at most MAX_STEPS_PER_TICK, so I/O is
   * never starved.
   */
  private step(
    firstStart: number,
    firstDeadline: number,
    firstDuration: number,
  ) {
    this.stepTimer = undefined;
    let start = firstStart;
    let deadline = firstDeadline;
    let duration = firstDuration;
    for (let n = 0; ; n++) {
      if (this.stalledFlag) return;
      this.runStep(start, deadline, duration);
      if (this.running.length === 0 || n + 1 >= MAX_STEPS_PER_TICK) break;
      const now = performance.now();
      duration = this.nextStepDuration();
      start = this.nextStepStart(now, duration);
      deadline = start + duration;
      if (deadline > now) {
        this.armStep(start, deadline, duration, now);
        return;
      }
    }
    this.scheduleStep();
  }

  private runStep(start: number, deadline: number, duration: number) {
    this.lastDeadline = deadline;
    const keep: Sequence[] = [];
    let finished = false;
    const now = performance.now();
    for (const seq of this.running) {
      if (seq.state !== 'decode') continue;
      if (seq.readyAt > start && deadline - seq.readyAt < duration / 2) {
        keep.push(seq); // became ready late in this step: first decode token next step
        continue;
      }
      const index = seq.generated++;
      seq.req.onToken(index, now);
      if (seq.state !== 'decode') continue;
      if (seq.generated >= seq.req.outputTokens) {
        this.finish(seq);
        finished = true;
      } else {
        keep.push(seq);
      }
    }
    this.running = keep;
    if (finished) this.admit();
    if (this.running.length === 0) this.lastDeadline = undefined;
  }
}
