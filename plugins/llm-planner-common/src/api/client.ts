import { ResponseError } from '@backstage/errors';
import type { ModelSpec, PricePolicy, RowError } from '../engine';
import {
  BodyOf,
  LLM_PLANNER_API,
  LlmPlannerOperation,
  QueryOf,
  ResponseOf,
} from './contract';
import type {
  ChatRequest,
  CreatePlanRequest,
  DeploymentRequest,
  ImportRequest,
  ModelFromConfigRequest,
  PageQuery,
  PlanListQuery,
  RunQuery,
  UpdatePlanRequest,
} from './requests';
import type {
  BatchPage,
  Deployment,
  ImportResult,
  Me,
  Outcome,
  PlannerStatus,
  PlanPage,
  PricePolicyState,
  Quota,
  RunPage,
  StoredCalibrationFactor,
  StoredPlan,
  StoredPrice,
} from './responses';
import { ChatEvent, ChatResult, LLM_PLANNER_PLUGIN_ID } from './types';

/** What the client needs of the host: Backstage's discovery and authenticated fetch. @public */
export type LlmPlannerClientDeps = {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi: { fetch: typeof fetch };
};

// ResponseError's constructor is public at runtime but private in its types; subclassing
// keeps `instanceof ResponseError` and `ResponseError.is` true for callers that check them.
const ResponseErrorBase = ResponseError as unknown as new (opts: {
  message: string;
  response: ResponseError['response'];
  data: ResponseError['body'];
  cause: Error;
  statusCode: number;
  statusText: string;
}) => ResponseError;

/**
 * A failed call: Backstage's ResponseError (status, the server's error as `cause`,
 * the parsed body) whose message is the server's own message.
 * @public
 */
export class LlmPlannerApiError extends ResponseErrorBase {
  /** Reads a failed response (consumes its body). */
  static async fromFailedResponse(res: Response): Promise<LlmPlannerApiError> {
    // ResponseError keeps only the error of the body; a rejected import also names its rows
    let rowErrors: RowError[] = [];
    try {
      const parsed = JSON.parse(await res.clone().text());
      if (Array.isArray(parsed?.rowErrors)) rowErrors = parsed.rowErrors;
    } catch {
      // not JSON: no rows to name
    }
    return new LlmPlannerApiError(
      await ResponseError.fromResponse(res),
      rowErrors,
    );
  }

  private constructor(
    base: ResponseError,
    /** Rows of a rejected import, when the server named them. */
    readonly rowErrors: RowError[],
  ) {
    super({
      message: base.body?.error?.message || base.message,
      response: base.response,
      data: base.body,
      cause: base.cause,
      statusCode: base.statusCode,
      statusText: base.statusText,
    });
  }
}

/** An import the backend refused because rows are invalid; nothing was stored. @public */
export class ImportRejectedError extends Error {
  readonly name = 'ImportRejectedError';
  constructor(readonly cause: ResponseError, readonly rowErrors: RowError[]) {
    super(errorMessage(cause));
  }
}

/** The most useful message of an error: the backend's own message when there is one. @public */
export function errorMessage(e: unknown): string {
  if (ResponseError.is(e)) {
    const m = (e as ResponseError).body?.error?.message;
    if (m) return m;
  }
  if (e instanceof Error) return e.message;
  return String(e);
}

type CallInput<K extends LlmPlannerOperation> = {
  params?: Record<string, string | number>;
  query?: QueryOf<K>;
  body?: BodyOf<K>;
  signal?: AbortSignal;
  accept?: string;
};

/** The path of a route with its parameters filled in and the query appended. */
function pathOf(
  template: string,
  params: Record<string, string | number> = {},
  query: object = {},
): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name) =>
    encodeURIComponent(String(params[name])),
  );
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** Reads the chat's NDJSON answer as it arrives, handing every line to `handle`. */
async function readLines(res: Response, handle: (line: string) => void) {
  const reader = res.body?.getReader?.();
  if (!reader) {
    (await res.text()).split('\n').forEach(handle);
    return;
  }
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let nl = buffer.indexOf('\n');
    while (nl >= 0) {
      handle(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
      nl = buffer.indexOf('\n');
    }
  }
  handle(buffer + decoder.decode());
}

/** What a client of `/api/llm-planner` can ask; see {@link LLM_PLANNER_API}. @public */
export interface LlmPlannerApi {
  getStatus(): Promise<PlannerStatus>;
  getMe(): Promise<Me>;
  getKnowledgeBase(): Promise<ResponseOf<'getKnowledgeBase'>>;
  /**
   * Sends a chat message and reads the NDJSON answer as it arrives: `onEvent` sees every
   * token, then the result. Resolves with the result; rejects on an error line or a failed
   * request.
   */
  chat(
    request: ChatRequest,
    onEvent: (event: ChatEvent) => void,
    signal?: AbortSignal,
  ): Promise<ChatResult>;
  createPlan(body: CreatePlanRequest): Promise<StoredPlan>;
  /** One page of plans; pass its `nextCursor` as `cursor` for the next. */
  listPlans(query?: PlanListQuery): Promise<PlanPage>;
  getPlan(id: string): Promise<StoredPlan>;
  updatePlan(id: string, body: UpdatePlanRequest): Promise<StoredPlan>;
  approvePlan(id: string, version: number): Promise<StoredPlan>;
  retirePlan(id: string, version: number): Promise<StoredPlan>;
  /** The autoscaling policy the scaling simulation recommends for the plan. */
  getAutoscaling(planId: string): Promise<ResponseOf<'getAutoscaling'>>;
  listPlanDeployments(planId: string): Promise<{ items: Deployment[] }>;
  recordDeployment(
    planId: string,
    body: DeploymentRequest,
  ): Promise<Deployment>;
  listDeployments(entityRef: string): Promise<{ items: Deployment[] }>;
  listOutcomes(deploymentId: string): Promise<{ items: Outcome[] }>;
  listCalibration(): Promise<{ items: StoredCalibrationFactor[] }>;
  /** Platform team: take an outcome out of calibration (audited), or put it back. */
  setOutcomeExclusion(id: number, reason: string | null): Promise<Outcome>;
  /** Imports a file; pass an `importId` to poll its progress with `getImportProgress`. */
  importBenchmarks(body: ImportRequest): Promise<ImportResult>;
  getImportProgress(importId: string): Promise<ResponseOf<'getImportProgress'>>;
  /** One page of batches, newest first; pass its `nextCursor` as `cursor` for the next. */
  listBatches(page?: PageQuery): Promise<BatchPage>;
  deleteBatch(id: string): Promise<void>;
  /** One page of runs; pass its `nextCursor` as `cursor` for the next. */
  listRuns(query?: RunQuery): Promise<RunPage>;
  listPrices(): Promise<{ items: StoredPrice[] }>;
  updatePrice(id: number, price: BodyOf<'updatePrice'>): Promise<StoredPrice>;
  listModels(): Promise<{ items: ModelSpec[] }>;
  /** Platform team: adds a model from its Hugging Face config.json (409 when already there). */
  addModelFromConfig(
    body: ModelFromConfigRequest,
  ): Promise<ResponseOf<'addModelFromConfig'>>;
  listQuotas(): Promise<{ items: Quota[] }>;
  setQuota(teamRef: string, gpuQuota: number): Promise<ResponseOf<'setQuota'>>;
  /** The price policy plans use, where it comes from and the price rows it leaves out. */
  getPricePolicy(): Promise<PricePolicyState>;
  /** Platform team: which providers, regions and pricing kinds plans may use (re-plans). */
  setPricePolicy(policy: PricePolicy): Promise<PricePolicyState>;
}

/**
 * The typed client of `/api/llm-planner`, for the browser and for backends alike: give it
 * discovery and a fetch that adds credentials. Every method is one route of
 * {@link LLM_PLANNER_API}; failures throw {@link LlmPlannerApiError}.
 * @public
 */
export class LlmPlannerClient implements LlmPlannerApi {
  constructor(private readonly deps: LlmPlannerClientDeps) {}

  /** Calls one route of the contract and answers its parsed success body. */
  async call<K extends LlmPlannerOperation>(
    operation: K,
    input: CallInput<K> = {},
  ): Promise<ResponseOf<K>> {
    const res = await this.send(operation, input);
    const text = await res.text();
    // JSON.parse rather than res.json(): fetch's parser builds objects in Node's own realm,
    // and the scaffolder's templating accepts only records of this realm's Object.prototype.
    return (text ? JSON.parse(text) : undefined) as ResponseOf<K>;
  }

  private async send<K extends LlmPlannerOperation>(
    operation: K,
    input: CallInput<K>,
  ): Promise<Response> {
    const route = LLM_PLANNER_API[operation];
    const baseUrl = await this.deps.discoveryApi.getBaseUrl(
      LLM_PLANNER_PLUGIN_ID,
    );
    const headers: Record<string, string> = {
      Accept: input.accept ?? 'application/json',
    };
    if (input.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await this.deps.fetchApi.fetch(
      `${baseUrl}${pathOf(route.path, input.params, input.query ?? {})}`,
      {
        method: route.method.toUpperCase(),
        headers,
        body: input.body === undefined ? undefined : JSON.stringify(input.body),
        signal: input.signal,
      },
    );
    if (!res.ok) throw await LlmPlannerApiError.fromFailedResponse(res);
    return res;
  }

  getStatus() {
    return this.call('getStatus');
  }

  getMe() {
    return this.call('getMe');
  }

  getKnowledgeBase() {
    return this.call('getKnowledgeBase');
  }

  async chat(
    request: ChatRequest,
    onEvent: (event: ChatEvent) => void,
    signal?: AbortSignal,
  ): Promise<ChatResult> {
    const res = await this.send('chat', {
      body: request,
      signal,
      accept: 'application/x-ndjson',
    });
    let result: ChatResult | undefined;
    let failure: string | undefined;
    await readLines(res, line => {
      const trimmed = line.trim();
      if (!trimmed) return;
      let event: ChatEvent;
      try {
        event = JSON.parse(trimmed) as ChatEvent;
      } catch {
        return; // a partial or foreign line: ignore rather than break the stream
      }
      onEvent(event);
      if (event.type === 'result') result = event;
      else if (event.type === 'error') failure = event.message;
    });
    if (failure) throw new Error(failure);
    if (!result) throw new Error('The chat stream ended without a result');
    return result;
  }

  createPlan(body: CreatePlanRequest) {
    return this.call('createPlan', { body });
  }

  async listPlans(query: PlanListQuery = {}): Promise<PlanPage> {
    const page: Partial<PlanPage> = await this.call('listPlans', { query });
    return { items: page.items ?? [], nextCursor: page.nextCursor ?? null };
  }

  getPlan(id: string) {
    return this.call('getPlan', { params: { id } });
  }

  updatePlan(id: string, body: UpdatePlanRequest) {
    return this.call('updatePlan', { params: { id }, body });
  }

  approvePlan(id: string, version: number) {
    return this.call('approvePlan', { params: { id }, body: { version } });
  }

  retirePlan(id: string, version: number) {
    return this.call('retirePlan', { params: { id }, body: { version } });
  }

  getAutoscaling(planId: string) {
    return this.call('getAutoscaling', { params: { id: planId } });
  }

  listPlanDeployments(planId: string) {
    return this.call('listPlanDeployments', { params: { id: planId } });
  }

  recordDeployment(planId: string, body: DeploymentRequest) {
    return this.call('recordDeployment', { params: { id: planId }, body });
  }

  listDeployments(entityRef: string) {
    return this.call('listDeployments', { query: { entityRef } });
  }

  listOutcomes(deploymentId: string) {
    return this.call('listOutcomes', { params: { id: deploymentId } });
  }

  listCalibration() {
    return this.call('listCalibration');
  }

  setOutcomeExclusion(id: number, reason: string | null) {
    return reason === null
      ? this.call('includeOutcome', { params: { id } })
      : this.call('excludeOutcome', { params: { id }, body: { reason } });
  }

  async importBenchmarks(body: ImportRequest): Promise<ImportResult> {
    try {
      return await this.call('importBenchmarks', { body });
    } catch (e) {
      if (e instanceof LlmPlannerApiError && e.rowErrors.length)
        throw new ImportRejectedError(e, e.rowErrors);
      throw e;
    }
  }

  getImportProgress(importId: string) {
    return this.call('getImportProgress', { params: { id: importId } });
  }

  listBatches(page: PageQuery = {}) {
    return this.call('listBatches', { query: page });
  }

  async deleteBatch(id: string): Promise<void> {
    await this.call('deleteBatch', { params: { id } });
  }

  listRuns(query: RunQuery = {}) {
    return this.call('listRuns', { query });
  }

  listPrices() {
    return this.call('listPrices');
  }

  updatePrice(id: number, price: BodyOf<'updatePrice'>) {
    return this.call('updatePrice', { params: { id }, body: price });
  }

  listModels() {
    return this.call('listModels');
  }

  addModelFromConfig(body: ModelFromConfigRequest) {
    return this.call('addModelFromConfig', { body });
  }

  listQuotas() {
    return this.call('listQuotas');
  }

  setQuota(teamRef: string, gpuQuota: number) {
    return this.call('setQuota', { params: { teamRef }, body: { gpuQuota } });
  }

  getPricePolicy() {
    return this.call('getPricePolicy');
  }

  setPricePolicy(policy: PricePolicy) {
    return this.call('setPricePolicy', { body: policy });
  }
}
