import http from 'node:http';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { BatchEngine, SubmittedSequence } from './engine/batchEngine';
import { SimulatorMetrics } from './metrics';
import { countChatTokens, countTokens, fillerText } from './tokenizer';
import { CompletionKind, SseBody } from './sseBody';
import { createPrng } from './timing/prng';
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

/** Builds the request handler; `startSimulator` wraps it in a server. */
export function createSimulatorHandler(options: SimulatorOptions): Handler {
  const served = options.servedModelName ?? options.model;
  const created = Math.floor(Date.now() / 1000);
  const servedJson = JSON.stringify(served);
  const timeScale = options.timeScale ?? SIMULATOR_DEFAULTS.timeScale;
  const baseTiming =
    options.timing ?? instantStepTimeModel({ model: options.model });
  const timing = scaleStepTimeModel(baseTiming, timeScale);
  const maxNumSeqs = options.maxNumSeqs ?? SIMULATOR_DEFAULTS.maxNumSeqs;
  const kvCacheTokens =
    options.kvCacheTokens ?? SIMULATOR_DEFAULTS.kvCacheTokens;
  const maxModelLen = options.maxModelLen ?? kvCacheTokens;
  const seed = options.seed ?? SIMULATOR_DEFAULTS.seed;
  // separate streams so a fault draw never shifts the timing jitter sequence
  const timingPrng = createPrng(seed);
  const faultPrng = createPrng(seed ^ 0x5bd1e995);
  const lengthPrng = createPrng(seed ^ 0x27d4eb2f);
  const defaultOutput =
    options.defaultOutputTokens ?? SIMULATOR_DEFAULTS.defaultOutputTokens;
  const errorRate = options.errorRate ?? 0;
  const spikeRate = options.latencySpikeRate ?? 0;
  const spikeMs = (options.latencySpikeMs ?? 0) * timeScale;
  const log = options.log ?? (() => {});

  const engine = new BatchEngine({
    model: timing,
    maxNumSeqs,
    kvCacheTokens,
    jitter: options.jitter ?? SIMULATOR_DEFAULTS.jitter,
    prng: timingPrng,
  });
  const metrics = new SimulatorMetrics(served, {
    running: () => engine.numRunning,
    waiting: () => engine.numWaiting,
    kvUsage: () => engine.kvUsage,
  });
  let requestCount = 0;
  let idCounter = 0;
  let closing = false;
  const hanging = new Set<http.ServerResponse>();

  const hang = (res: http.ServerResponse) => {
    hanging.add(res);
    res.on('close', () => hanging.delete(res));
  };

  const modelCard = () => ({
    id: served,
    object: 'model',
    created,
    owned_by: 'inference-simulator',
    root: options.model,
    parent: null,
    max_model_len: maxModelLen,
    permission: [],
    simulator: {
      timing: timing.describe(),
      max_num_seqs: maxNumSeqs,
      kv_cache_tokens: kvCacheTokens,
      time_scale: timeScale,
      seed,
    },
  });

  async function completion(
    kind: CompletionKind,
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ) {
    const arrival = performance.now();
    const raw = await readBody(req);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new RequestError('request body must be a JSON object');
    }
    const body = raw as Record<string, unknown>;
    if (engine.stalled) {
      hang(res);
      return;
    }
    requestCount++;
    if (
      options.stallAfterRequests !== undefined &&
      requestCount > options.stallAfterRequests
    ) {
      log(
        `stalling after ${options.stallAfterRequests} requests (fault injection)`,
      );
      engine.stall();
      hang(res);
      return;
    }
    if (
      body.model !== undefined &&
      body.model !== served &&
      body.model !== options.model
    ) {
      throw new RequestError(
        `The model \`${String(body.model)}\` does not exist.`,
        404,
        'NotFoundError',
      );
    }
    let promptTokens: number;
    if (kind === 'chat') {
      if (!Array.isArray(body.messages) || body.messages.length === 0) {
        throw new RequestError('messages must be a non-empty list');
      }
      promptTokens = countChatTokens(body.messages);
    } else {
      promptTokens = promptTokensOfCompletion(body.prompt);
    }
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
    const ignoreEos = body.ignore_eos === true;
    const natural = ignoreEos
      ? Infinity
      : Math.max(1, Math.round(defaultOutput * (0.5 + lengthPrng.next())));
    const outputTokens = Math.max(1, minTokens, Math.min(natural, maxTokens));
    const finishReason =
      outputTokens >= maxTokens && natural >= maxTokens ? 'length' : 'stop';
    if (!engine.fits(promptTokens, outputTokens)) {
      throw new RequestError(
        `request needs ${
          promptTokens + outputTokens
        } KV tokens, more than the budget of ${kvCacheTokens}`,
      );
    }

    if (errorRate > 0 && faultPrng.next() < errorRate) {
      sendJson(
        res,
        500,
        openAiError(
          'Simulated internal server error (fault injection)',
          'InternalServerError',
          500,
        ),
      );
      return;
    }
    const spike = spikeRate > 0 && faultPrng.next() < spikeRate ? spikeMs : 0;

    const stream = body.stream === true;
    const streamOptions = body.stream_options as
      | { include_usage?: boolean }
      | undefined;
    const includeUsage = stream && streamOptions?.include_usage === true;
    const id = `${
      kind === 'chat' ? 'chatcmpl' : 'cmpl'
    }-sim${(++idCounter).toString(16)}`;
    const createdAt = Math.floor(Date.now() / 1000);
    const object =
      kind === 'chat' ? 'chat.completion.chunk' : 'text_completion';
    const head = `data: {"id":"${id}","object":"${object}","created":${createdAt},"model":${servedJson},"choices":[{"index":0,`;
    const usage = () => ({
      prompt_tokens: promptTokens,
      total_tokens: promptTokens + outputTokens,
      completion_tokens: outputTokens,
    });

    let firstAt = 0;
    let lastAt = 0;
    let done = false;
    const sse = stream
      ? new SseBody(kind, Buffer.from(head, 'utf8'))
      : undefined;
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
      if (sse && !sse.isEmpty && !res.writableEnded && !res.destroyed) {
        res.write(sse.take());
      }
    };
    if (stream) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
      });
    }
    const handle: SubmittedSequence = engine.submit({
      promptTokens,
      outputTokens,
      extraPrefillMs: spike,
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
        if (!flushScheduled) {
          flushScheduled = true;
          process.nextTick(flush);
        }
      },
      onFinish() {
        done = true;
        const now = performance.now();
        metrics.e2e.observe((now - arrival) / 1000);
        if (outputTokens > 1) {
          metrics.tpot.observe((now - firstAt) / 1000 / (outputTokens - 1));
        }
        metrics.requestSuccess.incLabelled(finishReason);
        if (sse) {
          sse.finish(
            finishReason,
            includeUsage
              ? JSON.stringify({
                  id,
                  object,
                  created: createdAt,
                  model: served,
                  choices: [],
                  usage: usage(),
                })
              : undefined,
          );
          res.end(sse.take());
          return;
        }
        const text = fillerText(outputTokens);
        const choice =
          kind === 'chat'
            ? {
                index: 0,
                message: { role: 'assistant', content: text, tool_calls: [] },
                logprobs: null,
                finish_reason: finishReason,
                stop_reason: null,
              }
            : {
                index: 0,
                text,
                logprobs: null,
                finish_reason: finishReason,
                stop_reason: null,
              };
        sendJson(res, 200, {
          id,
          object: kind === 'chat' ? 'chat.completion' : 'text_completion',
          created: createdAt,
          model: served,
          choices: [choice],
          usage: usage(),
        });
      },
    });
    res.on('close', () => {
      if (!done) handle.cancel();
    });
  }

  const handler = ((req: http.IncomingMessage, res: http.ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = `${req.method} ${path}`;
    if (route === 'GET /health') {
      res.writeHead(engine.stalled || closing ? 503 : 200).end();
      return;
    }
    if (route === 'GET /metrics') {
      const text = metrics.render();
      res.writeHead(200, {
        'content-type': 'text/plain; version=0.0.4; charset=utf-8',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
      return;
    }
    if (engine.stalled) {
      hang(res);
      return;
    }
    if (route === 'GET /v1/models') {
      sendJson(res, 200, { object: 'list', data: [modelCard()] });
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
    completion(kind, req, res).catch((e: unknown) => {
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
    });
  }) as Handler;
  handler.engine = engine;
  handler.metrics = metrics;
  handler.startDrain = () => {
    closing = true;
  };
  handler.shutdown = () => {
    closing = true;
    engine.close();
    for (const res of hanging) res.destroy();
  };
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
