import http from 'http';
import { AddressInfo } from 'net';
import { Cluster, WriteContext } from './cluster';
import {
  apiGroup,
  apiGroupList,
  apiResourceList,
  apiVersions,
  versionInfo,
} from './discovery';
import {
  badRequest,
  customFailure,
  KubeError,
  methodNotAllowed,
  resourceNotFound,
  unauthorized,
} from './errors';
import { Registry } from './registry';
import { denied, isAllowed } from './rbac';
import {
  KubeObject,
  KubernetesTestServerOptions,
  RequestAttributes,
  RequestLogEntry,
  ResourceType,
  TokenGrant,
} from './types';

/** The shape `KubeConfig.loadFromOptions` accepts. */
export interface KubeConfigOptions {
  clusters: { name: string; server: string; skipTLSVerify: boolean }[];
  users: { name: string; token: string }[];
  contexts: {
    name: string;
    cluster: string;
    user: string;
    namespace?: string;
  }[];
  currentContext: string;
}

/** Programmatic access to the server's objects and request log, for assertions and setup. */
export interface KubernetesTestServerState {
  /** A stored object by kind (`Deployment`), plural (`deployments`) or `group/Kind`. */
  get(
    kind: string,
    namespace: string | undefined,
    name: string,
  ): KubeObject | undefined;
  /** Stored objects of a kind, in a namespace or in all namespaces. */
  list(kind: string, namespace?: string): KubeObject[];
  /** Stores an object directly (no RBAC, admission or validation); creates its namespace. */
  put(obj: KubeObject): KubeObject;
  /** Removes an object directly. Returns whether it existed. */
  delete(kind: string, namespace: string | undefined, name: string): boolean;
  /** Replaces an object's status directly (as a controller would). */
  setStatus(
    kind: string,
    namespace: string | undefined,
    name: string,
    status: unknown,
  ): KubeObject;
  /** Every request received, in order. */
  readonly requests: RequestLogEntry[];
  clearRequests(): void;
  /** The latest resourceVersion handed out. */
  readonly resourceVersion: string;
}

export interface KubernetesTestServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** Options for `KubeConfig.loadFromOptions` (plain HTTP, bearer token). */
  kubeConfigOptions(
    token?: string,
    options?: { namespace?: string },
  ): KubeConfigOptions;
  /**
   * Stops answering: every request that arrives from now on (and one that `failOn` pauses on)
   * is held, unanswered, until {@link KubernetesTestServer.resume} - a hung API server, for
   * timeout and cancellation tests. Held requests that the client gives up on are dropped.
   */
  pause(): void;
  /** Answers the held requests and every later one. */
  resume(): void;
  /** Stops the server and the simulated controllers. */
  close(): Promise<void>;
  state: KubernetesTestServerState;
}

const DEFAULT_TOKENS: Record<string, TokenGrant> = {
  'admin-token': { user: 'admin', clusterAdmin: true },
};

const PUBLIC_PATHS = new Set(['/version', '/healthz', '/livez', '/readyz']);

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', c => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function queryObject(params: URLSearchParams) {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    out[key] = values.length === 1 ? values[0] : values;
  }
  return out;
}

interface ResourceRoute {
  rt: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
}

function parseResourcePath(
  registry: Registry,
  segments: string[],
): ResourceRoute | undefined {
  const core = segments[0] === 'api';
  const group = core ? '' : segments[1];
  const version = core ? segments[1] : segments[2];
  const rest = segments.slice(core ? 2 : 3);
  if (!registry.hasGroupVersion(group, version) || rest.length === 0)
    return undefined;
  let namespace: string | undefined;
  let parts = rest;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    const nested = registry.byPlural(group, version, rest[2]);
    if (nested?.namespaced) {
      namespace = rest[1];
      parts = rest.slice(2);
    }
  }
  if (parts.length > 3) return undefined;
  const rt = registry.byPlural(group, version, parts[0]);
  if (!rt) return undefined;
  const [, name, subresource] = parts;
  if (rt.namespaced && !namespace && name) return undefined;
  if (subresource && (subresource !== 'status' || !rt.hasStatus))
    return undefined;
  return { rt, namespace, name, subresource };
}

function verbOf(
  method: string,
  route: ResourceRoute,
  query: URLSearchParams,
): string {
  const { name } = route;
  switch (method) {
    case 'GET':
      if (query.get('watch') === 'true' || query.get('watch') === '1')
        return 'watch';
      return name ? 'get' : 'list';
    case 'POST':
      if (name || (route.rt.namespaced && !route.namespace))
        throw methodNotAllowed();
      return 'create';
    case 'PUT':
      if (!name) throw methodNotAllowed();
      return 'update';
    case 'PATCH':
      if (!name) throw methodNotAllowed();
      return 'patch';
    case 'DELETE':
      return name ? 'delete' : 'deletecollection';
    default:
      throw methodNotAllowed();
  }
}

/** Holds requests while the server is paused and lets them through on resume. */
class RequestGate {
  private paused = false;
  private held: (() => void)[] = [];

  /** Resolves when the server is not paused (at once, or on resume). */
  wait(): Promise<void> | undefined {
    return this.paused
      ? new Promise<void>(resolve => this.held.push(resolve))
      : undefined;
  }

  pause() {
    this.paused = true;
  }

  resume() {
    this.paused = false;
    const waiting = this.held;
    this.held = [];
    waiting.forEach(r => r());
  }
}

/** What the request handlers of one server share. */
interface ServerScope {
  options: KubernetesTestServerOptions;
  tokens: Record<string, TokenGrant>;
  registry: Registry;
  cluster: Cluster;
  gate: RequestGate;
}

type HttpAnswer = { code: number; body: unknown };

function seedNamespacesAndObjects(
  cluster: Cluster,
  options: KubernetesTestServerOptions,
) {
  for (const ns of ['default', 'kube-system', ...(options.namespaces ?? [])]) {
    cluster.seed({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: ns },
    });
  }
  for (const obj of options.objects ?? []) cluster.seed(obj);
}

/** `dryRun` values of the query; only `All` exists. */
function dryRunValuesOf(query: URLSearchParams): string[] {
  const dryRunValues = query.getAll('dryRun');
  for (const v of dryRunValues) {
    if (v !== 'All') {
      throw badRequest(
        `dryRun: Unsupported value: "${v}": supported values: "All"`,
      );
    }
  }
  return dryRunValues;
}

async function readJsonBody(req: http.IncomingMessage): Promise<unknown> {
  const raw = ['POST', 'PUT', 'PATCH', 'DELETE'].includes(req.method ?? '')
    ? await readBody(req)
    : '';
  if (!raw.trim()) return undefined;
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw badRequest(
      `the test server only accepts JSON bodies (also for apply patches): ${
        (e as Error).message
      }`,
    );
  }
}

function writeContextOf(
  req: http.IncomingMessage,
  query: URLSearchParams,
  dryRun: boolean,
): WriteContext {
  const fieldManager = query.get('fieldManager') ?? undefined;
  if (fieldManager && fieldManager.length > 128) {
    throw badRequest('fieldManager: Too long: must have at most 128 bytes');
  }
  const agent =
    String(req.headers['user-agent'] ?? 'unknown').split('/')[0] || 'unknown';
  return {
    dryRun,
    fieldManager,
    defaultManager: agent.slice(0, 128),
    force: query.get('force') === 'true',
  };
}

/** Carries out an authorised, validated request on the cluster. */
function runVerb(
  cluster: Cluster,
  verb: string,
  route: ResourceRoute,
  request: {
    query: URLSearchParams;
    body: unknown;
    ctx: WriteContext;
    contentType: string;
  },
): HttpAnswer {
  const { rt, namespace, name, subresource } = route;
  const { query, body, ctx } = request;
  switch (verb) {
    case 'get':
      return cluster.get(rt, namespace, name!);
    case 'list':
      return cluster.list(rt, namespace, query);
    case 'create':
      return cluster.create(rt, namespace, body, ctx);
    case 'update':
      return cluster.update(rt, namespace, name!, body, ctx, subresource);
    case 'patch':
      return cluster.patch(
        rt,
        namespace,
        name!,
        body,
        request.contentType,
        ctx,
        subresource,
      );
    case 'delete':
      return cluster.delete(rt, namespace, name!, body, ctx);
    default:
      return cluster.deleteCollection(rt, namespace, query, ctx);
  }
}

async function handleResource(
  scope: ServerScope,
  req: http.IncomingMessage,
  url: URL,
  segments: string[],
  grant: TokenGrant,
  entry: RequestLogEntry,
): Promise<HttpAnswer> {
  const route = parseResourcePath(scope.registry, segments);
  if (!route) throw resourceNotFound();
  const { rt, namespace, name, subresource } = route;
  const query = url.searchParams;
  const verb = verbOf(req.method ?? 'GET', route, query);
  const dryRunValues = dryRunValuesOf(query);
  const attrs: RequestAttributes = {
    verb,
    group: rt.group,
    version: rt.version,
    kind: rt.kind,
    resource: rt.plural,
    subresource,
    namespace,
    name,
    user: grant.user,
    dryRun: dryRunValues.length > 0,
  };
  Object.assign(entry, {
    verb,
    kind: rt.kind,
    namespace,
    name,
    dryRun: attrs.dryRun,
  });
  if (!isAllowed(grant, attrs)) throw denied(rt, attrs);
  if (verb === 'watch') {
    throw badRequest('watch is not supported by the kubernetes test server');
  }
  const body = await readJsonBody(req);

  const failure = scope.options.failOn?.({ ...attrs });
  await scope.gate.wait();
  if (failure) {
    throw customFailure(failure.code, failure.reason, failure.message, {
      name,
      group: rt.group || undefined,
      kind: rt.plural,
    });
  }

  const ctx = writeContextOf(req, query, attrs.dryRun);
  return runVerb(scope.cluster, verb, route, {
    query,
    body,
    ctx,
    contentType: entry.contentType ?? '',
  });
}

/** The answer of a discovery path (`/api`, `/apis`, a group, a group version), if it is one. */
function discoveryBody(
  registry: Registry,
  method: string | undefined,
  path: string,
  segments: string[],
): { body: unknown } | undefined {
  if (method !== 'GET') return undefined;
  if (path === '/api') return { body: apiVersions() };
  if (path === '/apis') return { body: apiGroupList(registry) };
  if (segments[0] === 'apis' && segments.length === 2) {
    const body = apiGroup(registry, segments[1]);
    if (!body) throw resourceNotFound();
    return { body };
  }
  if (
    (segments[0] === 'api' && segments.length === 2) ||
    (segments[0] === 'apis' && segments.length === 3)
  ) {
    const core = segments[0] === 'api';
    const body = apiResourceList(
      registry,
      core ? '' : segments[1],
      core ? segments[1] : segments[2],
    );
    if (!body) throw resourceNotFound();
    return { body };
  }
  return undefined;
}

function logEntryOf(req: http.IncomingMessage, url: URL): RequestLogEntry {
  return {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: queryObject(url.searchParams),
    contentType: req.headers['content-type']
      ?.split(';')[0]
      .trim()
      .toLowerCase(),
    dryRun: false,
    statusCode: 0,
  };
}

/** Answers an authenticated request: discovery or a resource. */
async function answerAuthenticated(
  scope: ServerScope,
  req: http.IncomingMessage,
  url: URL,
  segments: string[],
  entry: RequestLogEntry,
): Promise<HttpAnswer> {
  const path = `/${segments.join('/')}`;
  const auth = req.headers.authorization ?? '';
  const token = auth.startsWith('Bearer ') ? auth.slice(7).trim() : '';
  const grant = scope.tokens[token];
  if (!grant) throw unauthorized();
  entry.user = grant.user;
  const discovery = discoveryBody(scope.registry, req.method, path, segments);
  if (discovery) return { code: 200, body: discovery.body };
  if (segments[0] === 'api' || segments[0] === 'apis')
    return handleResource(scope, req, url, segments, grant, entry);
  throw resourceNotFound();
}

function errorAnswer(e: unknown): HttpAnswer {
  if (e instanceof KubeError) return { code: e.code, body: e.status };
  return {
    code: 500,
    body: customFailure(
      500,
      'InternalError',
      `Internal error occurred: ${(e as Error).message}`,
    ).status,
  };
}

async function handleRequest(
  scope: ServerScope,
  requests: RequestLogEntry[],
  req: http.IncomingMessage,
): Promise<HttpAnswer> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const segments = url.pathname
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
  const entry = logEntryOf(req, url);
  requests.push(entry);
  await scope.gate.wait();
  let answer: HttpAnswer;
  try {
    const path = `/${segments.join('/')}`;
    answer = PUBLIC_PATHS.has(path)
      ? { code: 200, body: path === '/version' ? versionInfo() : 'ok' }
      : await answerAuthenticated(scope, req, url, segments, entry);
  } catch (e) {
    answer = errorAnswer(e);
  }
  entry.statusCode = answer.code;
  return answer;
}

function sendAnswer(res: http.ServerResponse, { code, body }: HttpAnswer) {
  if (res.destroyed || res.writableEnded) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(code, {
    'Content-Type':
      typeof body === 'string'
        ? 'text/plain; charset=utf-8'
        : 'application/json',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function testServerState(
  registry: Registry,
  cluster: Cluster,
  requests: RequestLogEntry[],
): KubernetesTestServerState {
  return {
    get: (kind, namespace, name) => {
      const rt = registry.resolve(kind);
      return cluster.store.get(rt, rt.namespaced ? namespace : undefined, name);
    },
    list: (kind, namespace) =>
      cluster.store.list(registry.resolve(kind), namespace),
    put: obj => cluster.seed(obj),
    delete: (kind, namespace, name) => {
      const rt = registry.resolve(kind);
      const existing = cluster.store.get(
        rt,
        rt.namespaced ? namespace : undefined,
        name,
      );
      if (!existing) return false;
      cluster.delete(
        rt,
        rt.namespaced ? namespace : undefined,
        name,
        undefined,
        {
          dryRun: false,
          defaultManager: 'test-setup',
          force: false,
        },
      );
      return true;
    },
    setStatus: (kind, namespace, name, status) => {
      const rt = registry.resolve(kind);
      const ns = rt.namespaced ? namespace : undefined;
      const existing = cluster.store.get(rt, ns, name);
      if (!existing)
        throw new Error(`${kind} ${namespace ?? ''}/${name} not found`);
      existing.status = status;
      existing.metadata!.resourceVersion = cluster.store.nextResourceVersion();
      cluster.store.put(rt, existing);
      return existing;
    },
    requests,
    clearRequests: () => {
      requests.length = 0;
    },
    get resourceVersion() {
      return cluster.store.resourceVersion;
    },
  };
}

function kubeConfigOptionsFor(
  url: string,
  token: string,
  kcOptions: { namespace?: string },
): KubeConfigOptions {
  return {
    clusters: [
      { name: 'kubernetes-test-server', server: url, skipTLSVerify: true },
    ],
    users: [{ name: 'test-user', token }],
    contexts: [
      {
        name: 'kubernetes-test-server',
        cluster: 'kubernetes-test-server',
        user: 'test-user',
        ...(kcOptions.namespace ? { namespace: kcOptions.namespace } : {}),
      },
    ],
    currentContext: 'kubernetes-test-server',
  };
}

/**
 * Starts a Kubernetes API server for tests on 127.0.0.1 (plain HTTP).
 */
export async function startKubernetesTestServer(
  options: KubernetesTestServerOptions = {},
): Promise<KubernetesTestServer> {
  const tokens = options.tokens ?? DEFAULT_TOKENS;
  const registry = new Registry(options.resources, options.servedGroupVersions);
  const gate = new RequestGate();
  const cluster = new Cluster(registry, {
    rolloutDelayMs: options.rolloutDelayMs ?? 50,
    progressDeadlineMs: options.progressDeadlineMs,
  });
  const requests: RequestLogEntry[] = [];
  seedNamespacesAndObjects(cluster, options);
  const scope: ServerScope = { options, tokens, registry, cluster, gate };

  const server = http.createServer((req, res) => {
    handleRequest(scope, requests, req).then(
      answer => sendAnswer(res, answer),
      err => {
        res.writeHead(500);
        res.end(String(err));
      },
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const defaultToken =
    Object.keys(tokens).find(t => tokens[t].clusterAdmin) ??
    Object.keys(tokens)[0];

  return {
    url,
    state: testServerState(registry, cluster, requests),
    kubeConfigOptions(token = defaultToken, kcOptions = {}) {
      return kubeConfigOptionsFor(url, token, kcOptions);
    },
    pause: () => gate.pause(),
    resume: () => gate.resume(),
    close: async () => {
      cluster.close();
      gate.resume();
      server.closeAllConnections?.();
      await new Promise<void>(resolve => server.close(() => resolve()));
    },
  };
}
