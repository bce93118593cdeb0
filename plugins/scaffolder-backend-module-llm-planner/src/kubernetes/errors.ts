/** How a Kubernetes request failed. */
export type KubeFailureKind =
  /** The API server answered with an error `Status`. */
  | 'status'
  /** No answer within the request timeout (a hung or overloaded API server). */
  | 'timeout'
  /** The task was cancelled (the action context's abort signal). */
  | 'cancelled'
  /** The API server refused the connection: the request was never sent. */
  | 'refused'
  /** The connection failed or broke (reset, DNS, TLS): the request may have been sent. */
  | 'network';

/**
 * A failed request as the transport sees it: the API server's `Status` message (never the raw
 * body, headers or escaped JSON) or why there was no answer.
 */
export class KubeApiError extends Error {
  constructor(
    readonly kind: KubeFailureKind,
    /** What went wrong, readable: the Status message, or the reason there was no answer. */
    readonly detail: string,
    /** HTTP status code, for `status` failures. */
    readonly code?: number,
    /** The Status `reason` (`Forbidden`, `NotFound`, `Invalid`, `Conflict`, ...). */
    readonly reason?: string,
  ) {
    super(detail);
    this.name = 'KubeApiError';
  }
}

/** `Forbidden` -> `forbidden`, `AlreadyExists` -> `already exists`. */
function reasonWords(reason: string): string {
  return reason.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The part of a failure message after `<verb> <Kind> <ns>/<name>: `. */
export function describeFailure(e: KubeApiError): string {
  if (e.kind !== 'status') return e.detail;
  const prefix = e.reason ? reasonWords(e.reason) : `HTTP ${e.code}`;
  return `${prefix}: ${e.detail}`;
}

/** The object a call was about, as written in messages: `Deployment llmp-x/support-chat`. */
export function objectLabel(o: {
  kind: string;
  metadata?: { name?: string; namespace?: string };
}): string {
  const name = o.metadata?.name ?? '';
  const ns = o.metadata?.namespace;
  return `${o.kind} ${ns ? `${ns}/${name}` : name}`.trim();
}

/**
 * A failed Kubernetes call, naming the verb and the object:
 * `apply Deployment llmp-x/support-chat: forbidden: deployments.apps "support-chat" is forbidden: ...`.
 */
export class KubeCallError extends Error {
  constructor(
    readonly verb: string,
    /** `Deployment llmp-x/support-chat`, or `monitoring.coreos.com/v1` for discovery. */
    readonly target: string,
    readonly cause: KubeApiError,
  ) {
    super(`${verb} ${target}: ${describeFailure(cause)}`);
    this.name = 'KubeCallError';
  }

  get code(): number | undefined {
    return this.cause.code;
  }

  get kind(): KubeFailureKind {
    return this.cause.kind;
  }

  /** Whether the request may have taken effect although it failed (sent, but no answer). */
  get outcomeUnknown(): boolean {
    return this.cause.kind !== 'status' && this.cause.kind !== 'refused';
  }
}

/** Wraps a transport failure; anything else (a bug) is rethrown unchanged. */
export function callError(
  verb: string,
  target: string,
  e: unknown,
): KubeCallError {
  if (e instanceof KubeCallError) return e;
  if (e instanceof KubeApiError) return new KubeCallError(verb, target, e);
  throw e;
}

/** The HTTP status of a failed call, if the API server answered. */
export function kubeErrorCode(e: unknown): number | undefined {
  if (e instanceof KubeCallError || e instanceof KubeApiError) return e.code;
  return undefined;
}
