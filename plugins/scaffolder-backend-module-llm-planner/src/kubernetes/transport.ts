import type { KubeConfig } from '@kubernetes/client-node';
import http from 'http';
import https from 'https';
import { KubeApiError } from './errors';

/** One request to the API server; the body is sent as JSON exactly as given. */
export type KubeRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Absolute API path, e.g. `/apis/apps/v1/namespaces/x/deployments/y`. */
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  /** Default `application/json`. */
  contentType?: string;
};

/** Sends a request; resolves the parsed JSON answer of a 2xx, rejects with {@link KubeApiError}. */
export type KubeTransport = (request: KubeRequest) => Promise<unknown>;

export type TransportOptions = {
  /** Per request; a request without an answer by then fails with kind `timeout`. */
  timeoutMs: number;
  /** Cancels every request (and fails later ones at once) with kind `cancelled`. */
  signal?: AbortSignal;
};

const MAX_DETAIL = 300;

/** The `Status.message` of an error answer; for anything else its first line, shortened. */
export function statusOf(
  code: number,
  text: string,
): { message: string; reason?: string } {
  try {
    const status = JSON.parse(text);
    if (status && typeof status.message === 'string') {
      return {
        message: status.message,
        reason: typeof status.reason === 'string' ? status.reason : undefined,
      };
    }
  } catch {
    // not a Status: a proxy or load balancer answered
  }
  const line = text.trim().split('\n')[0] ?? '';
  return {
    message:
      line.length > MAX_DETAIL
        ? `${line.slice(0, MAX_DETAIL)}...`
        : line || `HTTP ${code} without a body`,
  };
}

function failureOf(
  e: unknown,
  options: TransportOptions,
  timeout: AbortSignal,
): KubeApiError {
  if (options.signal?.aborted) {
    return new KubeApiError(
      'cancelled',
      'cancelled: the task was aborted before the API server answered',
    );
  }
  if (timeout.aborted) {
    return new KubeApiError(
      'timeout',
      `no answer from the API server within ${
        options.timeoutMs / 1000
      } s (llmPlanner.kubernetes.requestTimeoutSeconds)`,
    );
  }
  const err = e as NodeJS.ErrnoException;
  return new KubeApiError(
    err.code === 'ECONNREFUSED' ? 'refused' : 'network',
    `cannot reach the API server: ${err.code ? `${err.code} ` : ''}${
      err.message
    }`.trim(),
  );
}

/**
 * Raw JSON requests with the credentials and TLS settings of a KubeConfig (token, client
 * certificate, CA, skipTLSVerify, proxy), through Node's http/https with a timeout and an abort
 * signal on every request.
 *
 * Not `KubernetesObjectApi`: client-node 1.x serializes bodies through its generated models, which
 * drop fields the model spells differently (a LimitRange's `default` is `_default` there, so it
 * never reaches the server), and it deserializes answers into model classes (`Date`s, `_default`).
 * Bodies here go out and come back as plain JSON.
 */
export function kubeConfigTransport(
  kc: KubeConfig,
  options: TransportOptions,
): KubeTransport {
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new Error('The KubeConfig has no current cluster');
  const base = new URL(cluster.server);
  return async request => {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = options.signal
      ? AbortSignal.any([options.signal, timeout])
      : timeout;
    if (signal.aborted) throw failureOf(undefined, options, timeout);
    const httpsOptions: https.RequestOptions = {};
    await kc.applyToHTTPSOptions(httpsOptions);
    const url = new URL(
      `${base.pathname.replace(/\/$/, '')}${request.path}`,
      base,
    );
    for (const [k, v] of Object.entries(request.query ?? {})) {
      if (v !== undefined) url.searchParams.set(k, v);
    }
    const body =
      request.body === undefined ? undefined : JSON.stringify(request.body);
    const headers: http.OutgoingHttpHeaders = {
      ...(httpsOptions.headers as http.OutgoingHttpHeaders | undefined),
      Accept: 'application/json',
      'User-Agent': 'backstage-llm-planner',
    };
    if (body !== undefined) {
      headers['Content-Type'] = request.contentType ?? 'application/json';
      headers['Content-Length'] = Buffer.byteLength(body);
    }
    const lib = url.protocol === 'https:' ? https : http;
    return new Promise<unknown>((resolve, reject) => {
      const req = lib.request(
        url,
        {
          method: request.method,
          headers,
          agent: httpsOptions.agent,
          signal,
        },
        res => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', e => reject(failureOf(e, options, timeout)));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const code = res.statusCode ?? 0;
            if (code < 200 || code > 299) {
              const status = statusOf(code, text);
              reject(
                new KubeApiError('status', status.message, code, status.reason),
              );
              return;
            }
            try {
              resolve(text ? JSON.parse(text) : undefined);
            } catch {
              reject(
                new KubeApiError(
                  'status',
                  `the API server answered ${code} with a body that is not JSON`,
                  code,
                ),
              );
            }
          });
        },
      );
      req.on('error', e => reject(failureOf(e, options, timeout)));
      req.end(body);
    });
  };
}
