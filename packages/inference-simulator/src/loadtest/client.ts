import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import { createParser } from 'eventsource-parser';

export type Endpoint = 'completions' | 'chat';

/** Where and how requests are sent. */
export type TargetSpec = {
  /** Base URL of an OpenAI-compatible server, without `/v1` (e.g. http://127.0.0.1:8000). */
  target: string;
  model: string;
  endpoint: Endpoint;
  apiKey?: string;
  /** Send vLLM's `ignore_eos` so every request produces `max_tokens` (default true). */
  ignoreEos?: boolean;
  /** Abort a request after this long, ms (default 600 000). */
  requestTimeoutMs?: number;
};

/** What one streamed request measured. Times are ms. */
export type RequestSample = {
  ok: boolean;
  error?: string;
  /** Start relative to the start of the strategy run. */
  startMs: number;
  /** Absolute start (performance clock), used to lay tokens on a timeline. */
  startAbsMs: number;
  ttftMs: number;
  e2eMs: number;
  /** Gaps between consecutive content chunks. */
  itls: number[];
  /** Mean of `itls` (NaN with fewer than two chunks). */
  itlMeanMs: number;
  /** (e2e - ttft) / (output tokens - 1), as vLLM's TPOT. */
  tpotMs: number;
  promptTokens: number;
  outputTokens: number;
};

const agents = {
  http: new http.Agent({ keepAlive: true, maxSockets: Infinity }),
  https: new https.Agent({ keepAlive: true, maxSockets: Infinity }),
};

/** Closes the pooled keep-alive sockets (end of a run). */
export function closeClientSockets() {
  agents.http.destroy();
  agents.https.destroy();
  agents.http = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  agents.https = new https.Agent({ keepAlive: true, maxSockets: Infinity });
}

function requestBody(spec: TargetSpec, prompt: string, maxTokens: number) {
  const common = {
    model: spec.model,
    max_tokens: maxTokens,
    stream: true,
    stream_options: { include_usage: true },
    ...(spec.ignoreEos === false ? {} : { ignore_eos: true }),
  };
  return spec.endpoint === 'chat'
    ? { ...common, messages: [{ role: 'user', content: prompt }] }
    : { ...common, prompt };
}

function chunkText(chunk: {
  choices?: { text?: string; delta?: { content?: string | null } }[];
}): string {
  const c = chunk.choices?.[0];
  if (!c) return '';
  return c.text ?? c.delta?.content ?? '';
}

/**
 * Sends one streaming request and measures it: TTFT at the first chunk with content, ITL as
 * the gaps between content chunks, e2e at the end of the stream, output tokens from `usage`
 * when the server sends it, else the number of content chunks.
 */
export function sendStreamingRequest(
  spec: TargetSpec,
  prompt: string,
  maxTokens: number,
  runStartAbsMs: number,
  expectedPromptTokens?: number,
): Promise<RequestSample> {
  const url = new URL(
    `${spec.target.replace(/\/+$/, '').replace(/\/v1$/, '')}/v1/${
      spec.endpoint === 'chat' ? 'chat/completions' : 'completions'
    }`,
  );
  const payload = JSON.stringify(requestBody(spec, prompt, maxTokens));
  const lib = url.protocol === 'https:' ? https : http;
  const agent = url.protocol === 'https:' ? agents.https : agents.http;
  const start = performance.now();
  const sample: RequestSample = {
    ok: false,
    startMs: start - runStartAbsMs,
    startAbsMs: start,
    ttftMs: NaN,
    e2eMs: NaN,
    itls: [],
    itlMeanMs: NaN,
    tpotMs: NaN,
    promptTokens: expectedPromptTokens ?? NaN,
    outputTokens: 0,
  };
  return new Promise(resolve => {
    let settled = false;
    let chunks = 0;
    let last = 0;
    let usageTokens: number | undefined;
    const timeout: { timer?: NodeJS.Timeout } = {};
    const finish = (error?: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout.timer);
      const end = performance.now();
      sample.e2eMs = end - start;
      if (error) {
        sample.error = error;
      } else if (chunks === 0) {
        sample.error = 'stream ended without content';
      } else {
        sample.ok = true;
      }
      sample.outputTokens = usageTokens ?? chunks;
      if (sample.itls.length) {
        sample.itlMeanMs =
          sample.itls.reduce((s, v) => s + v, 0) / sample.itls.length;
      }
      if (sample.ok && sample.outputTokens > 1) {
        sample.tpotMs =
          (sample.e2eMs - sample.ttftMs) / (sample.outputTokens - 1);
      }
      resolve(sample);
    };
    const req = lib.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          accept: 'text/event-stream',
          ...(spec.apiKey ? { authorization: `Bearer ${spec.apiKey}` } : {}),
        },
      },
      res => {
        res.setEncoding('utf8');
        if (res.statusCode !== 200) {
          let text = '';
          res.on('data', (d: string) => {
            if (text.length < 2000) text += d;
          });
          res.on('end', () => {
            let message = text.trim().slice(0, 200);
            try {
              const parsed = JSON.parse(text);
              message = parsed?.message ?? parsed?.error?.message ?? message;
            } catch {
              // keep the raw text
            }
            finish(`HTTP ${res.statusCode}: ${message}`);
          });
          res.on('error', e => finish(e.message));
          return;
        }
        let doneSeen = false;
        // when the bytes of the events being parsed arrived (the parser calls back synchronously)
        let now = 0;
        const parser = createParser({
          onEvent: ({ data }) => {
            if (data === '[DONE]') {
              doneSeen = true;
              return;
            }
            let chunk: {
              choices?: {
                text?: string;
                delta?: { content?: string | null };
              }[];
              usage?: {
                completion_tokens?: number;
                prompt_tokens?: number;
              } | null;
            };
            try {
              chunk = JSON.parse(data);
            } catch {
              return;
            }
            if (chunk.usage?.completion_tokens !== undefined) {
              usageTokens = chunk.usage.completion_tokens;
              if (chunk.usage.prompt_tokens !== undefined) {
                sample.promptTokens = chunk.usage.prompt_tokens;
              }
            }
            if (chunkText(chunk) === '') return;
            if (chunks === 0) sample.ttftMs = now - start;
            else sample.itls.push(now - last);
            last = now;
            chunks++;
          },
        });
        res.on('data', (d: string) => {
          now = performance.now();
          parser.feed(d);
        });
        res.on('end', () =>
          finish(doneSeen ? undefined : 'stream ended before [DONE]'),
        );
        res.on('error', e => finish(e.message));
        res.on('aborted', () => finish('response aborted'));
      },
    );
    timeout.timer = setTimeout(() => {
      finish(`timeout after ${spec.requestTimeoutMs ?? 600_000} ms`);
      req.destroy();
    }, spec.requestTimeoutMs ?? 600_000);
    req.on('error', e => finish(e.message));
    req.end(payload);
  });
}

/** First model id a server lists at /v1/models. */
export async function discoverModel(
  target: string,
  apiKey?: string,
): Promise<string> {
  const res = await fetch(
    `${target.replace(/\/+$/, '').replace(/\/v1$/, '')}/v1/models`,
    {
      headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
    },
  );
  if (!res.ok) throw new Error(`GET /v1/models answered ${res.status}`);
  const body = (await res.json()) as { data?: { id: string }[] };
  const id = body.data?.[0]?.id;
  if (!id) throw new Error('the target lists no models; pass --model');
  return id;
}
