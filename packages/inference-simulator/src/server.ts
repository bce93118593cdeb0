import http from 'node:http';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { BatchEngine, SubmittedSequence } from './engine/batchEngine';
import { SimulatorMetrics } from './metrics';
import { countChatTokens, countTokens, fillerText } from './tokenizer';
import { CompletionKind, SseBody } from './sseBody';
import { Prng, createPrng } from './timing/prng';
import {
  StepTimeModel,
  instantStepTimeModel,
  scaleStepTimeModel,
} from './timing/stepTimeModel';

/** Defaults of a replica when neither flags nor the profile say otherwise. */
export const SIMULATOR_DEFAULTS = {
  maxNumSeqs: 256,
  kvCacheTokens: 262144,
  seed: 0,
  jitter: 0.02,
  defaultOutputTokens: 128,
  timeScale: 1,
};

/** How one simulator process presents itself and keeps time. */
export type SimulatorOptions = {
  /** Model id (`--model`), e.g. the Hugging Face id. */
  model: string;
  /** Name clients send in `model` (`--served-model-name`); defaults to `model`. */
  servedModelName?: string;
  host?: string;
  port?: number;
  /** Injected timing model; without one the replica answers instantly. */
  timing?: StepTimeModel;
  /** Multiplies every simulated duration (0.1 = ten times faster); default 1. */
  timeScale?: number;
  maxNumSeqs?: number;
  kvCacheTokens?: number;
  /** Max prompt + output tokens of one request; defaults to `kvCacheTokens`. */
  maxModelLen?: number;
  seed?: number;
  /** Relative jitter amplitude of every step (uniform, mean preserving). */
  jitter?: number;
  /** Output length when the request does not ignore EOS and max_tokens is larger. */
  defaultOutputTokens?: number;
  /** Fraction of completion requests answered 500 with an OpenAI error body. */
  errorRate?: number;
  /** Fraction of completion requests whose prefill is delayed by `latencySpikeMs`. */
  latencySpikeRate?: number;
  latencySpikeMs?: number;
  /** After this many completion requests the replica stops answering (hangs, /health 503). */
  stallAfterRequests?: number;
  /** Log sink for startup and fault messages; silent by default. */
  log?: (line: string) => void;
};

export type RunningSimulator = {
  url: string;
  /** Live view of the scheduler, for tests and benchmarks. */
  engine: BatchEngine;
  metrics: SimulatorMetrics;
  /**
   * Stops the server. With `drainMs` it first stops accepting connections, answers /health
   * with 503 and lets running requests finish for up to that long (graceful SIGTERM).
   */
  close(options?: { drainMs?: number }): Promise<void>;
};

type Handler = ((
  req: http.IncomingMessage,
  res: http.ServerResponse,
) => void) & {
  engine: BatchEngine;
  metrics: SimulatorMetrics;
  /** Marks the replica as going away: /health answers 503. */
  startDrain(): void;
  shutdown(): void;
};

const MAX_BODY_BYTES = 16 * 1024 * 1024;

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  // encoded once: a string would be scanned for its length, then again to be written
  const payload = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': payload.length,
  });
  res.end(payload);
}

/** Error body in the shape OpenAI-compatible servers (vLLM included) answer with. */
function openAiError(message: string, type: string, code: number) {
  return { object: 'error', message, type, param: null, code };
}

class RequestError extends Error {
  constructor(
    message: string,
    readonly status = 400,
    readonly type = 'BadRequestError',
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reject(new RequestError('request body too large', 413));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch {
        reject(new RequestError('request body is not valid JSON'));
      }
    });
    req.on('error', reject);
  });
}

function optionalInt(body: Record<string, unknown>, key: string, min: number) {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    throw new RequestError(`${key} must be an integer >= ${min}`);
  }
  return v;
}

function promptTokensOfCompletion(prompt: unknown): number {
  if (typeof prompt === 'string') return countTokens(prompt);
  if (Array.isArray(prompt)) {
    if (prompt.length === 0) throw new RequestError('prompt must not be empty');
    if (prompt.every(t => typeof t === 'number')) return prompt.length;
    if (prompt.length === 1) return promptTokensOfCompletion(prompt[0]);
    throw new RequestError('only one prompt per request is supported');
  }
  throw new RequestError('prompt must be a string or a list of token ids');
}

const COMPLETION_ROUTES: Record<string, CompletionKind | undefined> = {
  'POST /v1/chat/completions': 'chat',
  'POST /v1/completions': 'completion',
};

/** The settings of one replica, from its options and the defaults. */
type ReplicaConfig = {
  options: SimulatorOptions;
  served: string;
  /** `served` as a JSON string, spliced into every streamed chunk */
  servedJson: string;
  /** when the replica started, as /v1/models reports it */
  created: number;
  timeScale: number;
  timing: StepTimeModel;
  maxNumSeqs: number;
  kvCacheTokens: number;
  maxModelLen: number;
  seed: number;
  defaultOutput: number;
  errorRate: number;
  spikeRate: number;
  spikeMs: number;
  log: (line: string) => void;
};

function resolveReplicaConfig(options: SimulatorOptions): ReplicaConfig {
  const served = options.servedModelName ?? options.model;
  const timeScale = options.timeScale ?? SIMULATOR_DEFAULTS.timeScale;
  const baseTiming =
    options.timing ?? instantStepTimeModel({ model: options.model });
  const kvCacheTokens =
    options.kvCacheTokens ?? SIMULATOR_DEFAULTS.kvCacheTokens;
  return {
    options,
    served,
    created: Math.floor(Date.now() / 1000),
    servedJson: JSON.stringify(served),
    timeScale,
    timing: scaleStepTimeModel(baseTiming, timeScale),
    maxNumSeqs: options.maxNumSeqs ?? SIMULATOR_DEFAULTS.maxNumSeqs,
    kvCacheTokens,
    maxModelLen: options.maxModelLen ?? kvCacheTokens,
    seed: options.seed ?? SIMULATOR_DEFAULTS.seed,
    defaultOutput:
      options.defaultOutputTokens ?? SIMULATOR_DEFAULTS.defaultOutputTokens,
    errorRate: options.errorRate ?? 0,
    spikeRate: options.latencySpikeRate ?? 0,
    spikeMs: (options.latencySpikeMs ?? 0) * timeScale,
    log: options.log ?? (() => {}),
  };
}

type FinishReason = 'length' | 'stop';

/** The token counts of one accepted request and why it will stop. */
type SequenceSize = {
  promptTokens: number;
  outputTokens: number;
  finishReason: FinishReason;
};

async function readRequestObject(
  req: http.IncomingMessage,
): Promise<Record<string, unknown>> {
  const raw = await readBody(req);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new RequestError('request body must be a JSON object');
  }
  return raw as Record<string, unknown>;
}

function checkRequestedModel(
  body: Record<string, unknown>,
  config: ReplicaConfig,
): void {
  if (
    body.model !== undefined &&
    body.model !== config.served &&
    body.model !== config.options.model
  ) {
    throw new RequestError(
      `The model \`${String(body.model)}\` does not exist.`,
      404,
      'NotFoundError',
    );
  }
}

function promptTokensOfRequest(
  kind: CompletionKind,
  body: Record<string, unknown>,
): number {
  if (kind !== 'chat') return promptTokensOfCompletion(body.prompt);
  if (!Array.isArray(body.messages) || body.messages.length === 0) {
    throw new RequestError('messages must be a non-empty list');
  }
  return countChatTokens(body.messages);
}

/** The completion limits a request asks for, checked against the context length. */
function completionLimits(
  kind: CompletionKind,
  body: Record<string, unknown>,
  promptTokens: number,
  maxModelLen: number,
): { maxTokens: number; minTokens: number } {
  const n = optionalInt(body, 'n', 1);
  if (n !== undefined && n !== 1)
    throw new RequestError('only n=1 is supported');
  const maxTokensAsked =
    optionalInt(body, 'max_tokens', 1) ??
    (kind === 'chat'
      ? optionalInt(body, 'max_completion_tokens', 1)
      : undefined);
  const minTokens = optionalInt(body, 'min_tokens', 0) ?? 0;
  if (promptTokens >= maxModelLen) {
    throw new RequestError(
      `This model's maximum context length is ${maxModelLen} tokens. However, your request has ${promptTokens} input tokens.`,
    );
  }
  const maxTokens = maxTokensAsked ?? maxModelLen - promptTokens;
  if (promptTokens + maxTokens > maxModelLen) {
    throw new RequestError(
      `This model's maximum context length is ${maxModelLen} tokens. However, you requested ${
        promptTokens + maxTokens
      } tokens (${promptTokens} in the messages, ${maxTokens} in the completion).`,
    );
  }
  if (minTokens > maxTokens) {
    throw new RequestError('min_tokens must not exceed max_tokens');
  }
  return { maxTokens, minTokens };
}

/** Lengths of an ordinary response vary around the default, seeded by `lengthPrng`. */
function naturalOutputTokens(
  body: Record<string, unknown>,
  defaultOutput: number,
  lengthPrng: Prng,
): number {
  return body.ignore_eos === true
    ? Infinity
    : Math.max(1, Math.round(defaultOutput * (0.5 + lengthPrng.next())));
}

/** Prefix of every streamed chunk of one response, up to its choice. */
function chunkHead(
  id: string,
  object: string,
  createdAt: number,
  servedJson: string,
): string {
  return `data: {"id":"${id}","object":"${object}","created":${createdAt},"model":${servedJson},"choices":[{"index":0,`;
}

/** Identity and format of one response. */
type CompletionReply = {
  kind: CompletionKind;
  res: http.ServerResponse;
  id: string;
  /** chunk object of a stream, or the object of a text completion */
  object: string;
  createdAt: number;
  served: string;
  stream: boolean;
  includeUsage: boolean;
  size: SequenceSize;
};

function usageOf({ promptTokens, outputTokens }: SequenceSize) {
  return {
    prompt_tokens: promptTokens,
    total_tokens: promptTokens + outputTokens,
    completion_tokens: outputTokens,
  };
}

/** The answer of a request that did not stream, sent when its last token is generated. */
function sendCompletionJson(reply: CompletionReply): void {
  const { kind, size } = reply;
  const text = fillerText(size.outputTokens);
  const choice =
    kind === 'chat'
      ? {
          index: 0,
          message: { role: 'assistant', content: text, tool_calls: [] },
          logprobs: null,
          finish_reason: size.finishReason,
          stop_reason: null,
        }
      : {
          index: 0,
          text,
          logprobs: null,
          finish_reason: size.finishReason,
          stop_reason: null,
        };
  sendJson(reply.res, 200, {
    id: reply.id,
    object: kind === 'chat' ? 'chat.completion' : 'text_completion',
    created: reply.createdAt,
    model: reply.served,
    choices: [choice],
    usage: usageOf(size),
  });
}

function finishStream(reply: CompletionReply, sse: SseBody): void {
  sse.finish(
    reply.size.finishReason,
    reply.includeUsage
      ? JSON.stringify({
          id: reply.id,
          object: reply.object,
          created: reply.createdAt,
          model: reply.served,
          choices: [],
          usage: usageOf(reply.size),
        })
      : undefined,
  );
  reply.res.end(sse.take());
}

/** Returns the callback a generated token calls: it schedules one write of the pending events. */
function sseFlusher(
  engine: BatchEngine,
  sse: SseBody,
  res: http.ServerResponse,
): () => void {
  let flushScheduled = false;
  let flushDeferred = false;
  const flush = () => {
    // A decode step due in this loop turn (zero-time steps, or catching up) emits the next
    // tokens at the same simulated instant: they go out in the same write, once.
    if (engine.stepDueNow && !flushDeferred) {
      flushDeferred = true;
      setImmediate(flush);
      return;
    }
    flushScheduled = false;
    flushDeferred = false;
    if (!sse.isEmpty && !res.writableEnded && !res.destroyed) {
      res.write(sse.take());
    }
  };
  return () => {
    if (!flushScheduled) {
      flushScheduled = true;
      process.nextTick(flush);
    }
  };
}

/** Hands the sequence to the scheduler; its tokens are timed, counted and sent as they come. */
function submitCompletion(
  engine: BatchEngine,
  metrics: SimulatorMetrics,
  reply: CompletionReply,
  timing: { arrival: number; spike: number; head: string },
): void {
  const { res, size } = reply;
  const { promptTokens, outputTokens, finishReason } = size;
  const { arrival } = timing;
  let firstAt = 0;
  let lastAt = 0;
  let done = false;
  const sse = reply.stream
    ? new SseBody(reply.kind, Buffer.from(timing.head, 'utf8'))
    : undefined;
  const tokenWritten = sse ? sseFlusher(engine, sse, res) : undefined;
  if (reply.stream) {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
    });
  }
  const handle: SubmittedSequence = engine.submit({
    promptTokens,
    outputTokens,
    extraPrefillMs: timing.spike,
    arrivalMs: arrival,
    onToken(index, now) {
      if (index === 0) {
        firstAt = now;
        metrics.ttft.observe((now - arrival) / 1000);
        metrics.promptTokens.inc(promptTokens);
      } else {
        const gap = (now - lastAt) / 1000;
        metrics.itl.observe(gap);
      }
      lastAt = now;
      metrics.generationTokens.inc();
      if (!sse) return;
      sse.token(index);
      tokenWritten!();
    },
    onFinish() {
      done = true;
      const now = performance.now();
      metrics.e2e.observe((now - arrival) / 1000);
      if (outputTokens > 1) {
        metrics.tpot.observe((now - firstAt) / 1000 / (outputTokens - 1));
      }
      metrics.requestSuccess.incLabelled(finishReason);
      if (sse) finishStream(reply, sse);
      else sendCompletionJson(reply);
    },
  });
  res.on('close', () => {
    if (!done) handle.cancel();
  });
}

function sendRequestError(res: http.ServerResponse, e: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const err =
    e instanceof RequestError
      ? e
      : new RequestError(
          String((e as Error)?.message ?? e),
          500,
          'InternalServerError',
        );
  sendJson(res, err.status, openAiError(err.message, err.type, err.status));
}

/** One simulated replica: its scheduler, metrics, fault state and the HTTP routes. */
class SimulatorReplica {
  readonly engine: BatchEngine;
  readonly metrics: SimulatorMetrics;
  closing = false;
  private requestCount = 0;
  private idCounter = 0;
  private readonly hanging = new Set<http.ServerResponse>();
  // separate streams so a fault draw never shifts the timing jitter sequence
  private readonly faultPrng: Prng;
  private readonly lengthPrng: Prng;

  constructor(private readonly config: ReplicaConfig) {
    const timingPrng = createPrng(config.seed);
    this.faultPrng = createPrng(config.seed ^ 0x5bd1e995);
    this.lengthPrng = createPrng(config.seed ^ 0x27d4eb2f);
    const engine = new BatchEngine({
      model: config.timing,
      maxNumSeqs: config.maxNumSeqs,
      kvCacheTokens: config.kvCacheTokens,
      jitter: config.options.jitter ?? SIMULATOR_DEFAULTS.jitter,
      prng: timingPrng,
    });
    this.engine = engine;
    this.metrics = new SimulatorMetrics(config.served, {
      running: () => engine.numRunning,
      waiting: () => engine.numWaiting,
      kvUsage: () => engine.kvUsage,
    });
  }

  /** Keeps the response open without answering, as a stalled server does. */
  hang(res: http.ServerResponse) {
    this.hanging.add(res);
    res.on('close', () => this.hanging.delete(res));
  }

  shutdown() {
    this.closing = true;
    this.engine.close();
    for (const res of this.hanging) res.destroy();
  }

  modelCard() {
    const { config } = this;
    return {
      id: config.served,
      object: 'model',
      created: config.created,
      owned_by: 'inference-simulator',
      root: config.options.model,
      parent: null,
      max_model_len: config.maxModelLen,
      permission: [],
      simulator: {
        timing: config.timing.describe(),
        max_num_seqs: config.maxNumSeqs,
        kv_cache_tokens: config.kvCacheTokens,
        time_scale: config.timeScale,
        seed: config.seed,
      },
    };
  }

  handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const { engine } = this;
    const path = (req.url ?? '/').split('?')[0];
    const route = `${req.method} ${path}`;
    if (route === 'GET /health') {
      res.writeHead(engine.stalled || this.closing ? 503 : 200).end();
      return;
    }
    if (route === 'GET /metrics') {
      const text = this.metrics.render();
      res.writeHead(200, {
        'content-type': 'text/plain; version=0.0.4; charset=utf-8',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
      return;
    }
    if (engine.stalled) {
      this.hang(res);
      return;
    }
    if (route === 'GET /v1/models') {
      sendJson(res, 200, { object: 'list', data: [this.modelCard()] });
      return;
    }
    const kind: CompletionKind | undefined = COMPLETION_ROUTES[route];
    if (!kind) {
      sendJson(
        res,
        404,
        openAiError(`No route for ${req.method} ${path}`, 'NotFoundError', 404),
      );
      return;
    }
    this.completion(kind, req, res).catch((e: unknown) =>
      sendRequestError(res, e),
    );
  }

  /** Whether the request is left hanging: the replica stalled, or stalls now (fault injection). */
  private stalls(res: http.ServerResponse): boolean {
    const { stallAfterRequests } = this.config.options;
    if (this.engine.stalled) {
      this.hang(res);
      return true;
    }
    this.requestCount++;
    if (
      stallAfterRequests !== undefined &&
      this.requestCount > stallAfterRequests
    ) {
      this.config.log(
        `stalling after ${stallAfterRequests} requests (fault injection)`,
      );
      this.engine.stall();
      this.hang(res);
      return true;
    }
    return false;
  }

  private sizeSequence(
    kind: CompletionKind,
    body: Record<string, unknown>,
  ): SequenceSize {
    const { maxModelLen, kvCacheTokens, defaultOutput } = this.config;
    const promptTokens = promptTokensOfRequest(kind, body);
    const { maxTokens, minTokens } = completionLimits(
      kind,
      body,
      promptTokens,
      maxModelLen,
    );
    const natural = naturalOutputTokens(body, defaultOutput, this.lengthPrng);
    const outputTokens = Math.max(1, minTokens, Math.min(natural, maxTokens));
    const finishReason =
      outputTokens >= maxTokens && natural >= maxTokens ? 'length' : 'stop';
    if (!this.engine.fits(promptTokens, outputTokens)) {
      throw new RequestError(
        `request needs ${
          promptTokens + outputTokens
        } KV tokens, more than the budget of ${kvCacheTokens}`,
      );
    }
    return { promptTokens, outputTokens, finishReason };
  }

  /** Answers 500 to a share of the requests (fault injection); whether it did. */
  private failsByInjection(res: http.ServerResponse): boolean {
    const { errorRate } = this.config;
    if (!(errorRate > 0 && this.faultPrng.next() < errorRate)) return false;
    sendJson(
      res,
      500,
      openAiError(
        'Simulated internal server error (fault injection)',
        'InternalServerError',
        500,
      ),
    );
    return true;
  }

  /** Extra prefill delay of a share of the requests (fault injection). */
  private latencySpike(): number {
    const { spikeRate, spikeMs } = this.config;
    return spikeRate > 0 && this.faultPrng.next() < spikeRate ? spikeMs : 0;
  }

  private async completion(
    kind: CompletionKind,
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ) {
    const arrival = performance.now();
    const body = await readRequestObject(req);
    if (this.stalls(res)) return;
    checkRequestedModel(body, this.config);
    const size = this.sizeSequence(kind, body);
    if (this.failsByInjection(res)) return;
    const spike = this.latencySpike();

    const stream = body.stream === true;
    const streamOptions = body.stream_options as
      | { include_usage?: boolean }
      | undefined;
    const id = `${kind === 'chat' ? 'chatcmpl' : 'cmpl'}-sim${(++this
      .idCounter).toString(16)}`;
    const createdAt = Math.floor(Date.now() / 1000);
    const object =
      kind === 'chat' ? 'chat.completion.chunk' : 'text_completion';
    const reply: CompletionReply = {
      kind,
      res,
      id,
      object,
      createdAt,
      served: this.config.served,
      stream,
      includeUsage: stream && streamOptions?.include_usage === true,
      size,
    };
    submitCompletion(this.engine, this.metrics, reply, {
      arrival,
      spike,
      head: chunkHead(id, object, createdAt, this.config.servedJson),
    });
  }
}

/** Builds the request handler; `startSimulator` wraps it in a server. */
export function createSimulatorHandler(options: SimulatorOptions): Handler {
  const replica = new SimulatorReplica(resolveReplicaConfig(options));
  const handler = ((req: http.IncomingMessage, res: http.ServerResponse) =>
    replica.handle(req, res)) as Handler;
  handler.engine = replica.engine;
  handler.metrics = replica.metrics;
  handler.startDrain = () => {
    replica.closing = true;
  };
  handler.shutdown = () => replica.shutdown();
  return handler;
}

export async function startSimulator(
  options: SimulatorOptions,
): Promise<RunningSimulator> {
  const handler = createSimulatorHandler(options);
  const server = http.createServer({ keepAliveTimeout: 65_000 }, handler);
  server.requestTimeout = 0;
  server.headersTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8000, options.host ?? '0.0.0.0', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host =
    options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1';
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    engine: handler.engine,
    metrics: handler.metrics,
    close: ({ drainMs = 0 } = {}) => {
      closed ??= (async () => {
        handler.startDrain();
        const stopped = new Promise<void>((resolve, reject) =>
          server.close(err => (err ? reject(err) : resolve())),
        );
        server.closeIdleConnections();
        const engine = handler.engine;
        const until = performance.now() + drainMs;
        while (
          !engine.stalled &&
          engine.numRunning + engine.numWaiting > 0 &&
          performance.now() < until
        ) {
          await new Promise(r => setTimeout(r, 20));
        }
        handler.shutdown();
        server.closeAllConnections();
        await stopped;
      })();
      return closed;
    },
  };
}
