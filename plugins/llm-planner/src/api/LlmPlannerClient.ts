import {
  createApiRef,
  DiscoveryApi,
  FetchApi,
} from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  Intent,
  KnowledgeBase,
  ModelFootprint,
  ModelSpec,
  PlannerStatus,
  Price,
  PriceExclusion,
  PricePolicy,
  PricePolicyChoices,
  RowError,
} from '@internal/backstage-plugin-llm-planner-common';
import type {
  CalibrationFactor,
  ChatEvent,
  ChatRequest,
  ChatResult,
  Deployment,
  BatchPage,
  ImportProgress,
  ImportRequest,
  ImportResult,
  Me,
  Outcome,
  PlanListQuery,
  PlanPage,
  Quota,
  RunPage,
  RunQuery,
  StoredPlan,
} from './types';

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

/** A price row of the catalog, with its store id. @public */
export type StoredPrice = Price & {
  id: number;
  updatedBy?: string | null;
  updatedAt?: string | null;
};

/** What the frontend asks of the llm-planner backend. @public */
export interface LlmPlannerApi {
  getStatus(): Promise<PlannerStatus>;
  getMe(): Promise<Me>;
  getKnowledgeBase(): Promise<KnowledgeBase>;
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
  createPlan(body: {
    intent: Intent;
    title?: string;
    ownerGroup?: string;
    conversationId?: string;
  }): Promise<StoredPlan>;
  /** One page of plans; pass its `nextCursor` as `cursor` for the next. */
  listPlans(query?: PlanListQuery): Promise<PlanPage>;
  getPlan(id: string): Promise<StoredPlan>;
  updatePlan(
    id: string,
    body: { version: number; intent: Intent; title?: string },
  ): Promise<StoredPlan>;
  approvePlan(id: string, version: number): Promise<StoredPlan>;
  retirePlan(id: string, version: number): Promise<StoredPlan>;
  listPlanDeployments(planId: string): Promise<{ items: Deployment[] }>;
  listDeployments(entityRef: string): Promise<{ items: Deployment[] }>;
  listOutcomes(deploymentId: string): Promise<{ items: Outcome[] }>;
  listCalibration(): Promise<{ items: CalibrationFactor[] }>;
  /** Platform team: take an outcome out of calibration (audited), or put it back. */
  setOutcomeExclusion(id: number, reason: string | null): Promise<Outcome>;
  /** Imports a file; pass an `importId` to poll its progress with `getImportProgress`. */
  importBenchmarks(body: ImportRequest): Promise<ImportResult>;
  getImportProgress(importId: string): Promise<ImportProgress>;
  /** One page of batches, newest first; pass its `nextCursor` as `cursor` for the next. */
  listBatches(page?: { limit?: number; cursor?: string }): Promise<BatchPage>;
  deleteBatch(id: string): Promise<void>;
  /** One page of runs; pass its `nextCursor` as `cursor` for the next. */
  listRuns(query?: RunQuery): Promise<RunPage>;
  listPrices(): Promise<{ items: StoredPrice[] }>;
  updatePrice(id: number, price: Price): Promise<StoredPrice>;
  listModels(): Promise<{ items: ModelSpec[] }>;
  /** Platform team: adds a model from its Hugging Face config.json (409 when already there). */
  addModelFromConfig(
    body: ModelFromConfigRequest,
  ): Promise<ModelFromConfigResult>;
  listQuotas(): Promise<{ items: Quota[] }>;
  setQuota(teamRef: string, gpuQuota: number): Promise<Quota>;
  /** The price policy plans use, where it comes from and the price rows it leaves out. */
  getPricePolicy(): Promise<PricePolicyState>;
  /** Platform team: which providers, regions and pricing kinds plans may use (re-plans). */
  setPricePolicy(policy: PricePolicy): Promise<PricePolicyState>;
}

/** What `GET /v1/pricing/policy` answers. @public */
export type PricePolicyState = {
  /** the effective policy, defaults filled in */
  policy: PricePolicy;
  /** `admin`: saved in the admin page; `config`: `llmPlanner.pricing`; else the default */
  source: 'admin' | 'config' | 'default';
  updatedBy?: string;
  updatedAt?: string;
  defaultPolicy: PricePolicy;
  marketplaces: { provider: string; why: string }[];
  /** the providers (cloud or marketplace), regions and pricing kinds of the price catalog */
  choices: PricePolicyChoices;
  totalRows: number;
  allowedRows: number;
  excluded: PriceExclusion[];
};

/** @public */
/** A model to add from its config.json (`POST /v1/catalog/models/from-config`). */
export type ModelFromConfigRequest = {
  /** the config.json, as an object or as its text */
  config: Record<string, unknown> | string;
  id?: string;
  hfId?: string;
  source?: string;
  family?: string;
  license?: string;
  tasks?: string[];
  aliases?: string[];
};

/** The added model, the assumptions taken where the config was silent, and its footprint. */
export type ModelFromConfigResult = {
  model: ModelSpec;
  notes: string[];
  footprint: ModelFootprint;
};

export const llmPlannerApiRef = createApiRef<LlmPlannerApi>({
  id: 'plugin.llm-planner.api',
});

function query(params: Record<string, unknown> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Talks to `/api/llm-planner` through Backstage's discovery and authenticated fetch. @public */
export class LlmPlannerClient implements LlmPlannerApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  getStatus(): Promise<PlannerStatus> {
    return this.request('/v1/status');
  }

  getMe(): Promise<Me> {
    return this.request('/v1/me');
  }

  getKnowledgeBase(): Promise<KnowledgeBase> {
    return this.request('/v1/knowledge-base');
  }

  async chat(
    request: ChatRequest,
    onEvent: (event: ChatEvent) => void,
    signal?: AbortSignal,
  ): Promise<ChatResult> {
    const res = await this.send('/v1/chat', {
      method: 'POST',
      body: request,
      signal,
      accept: 'application/x-ndjson',
    });
    let result: ChatResult | undefined;
    let failure: string | undefined;
    const handle = (line: string) => {
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
    };
    const reader = res.body?.getReader?.();
    if (reader) {
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
    } else {
      (await res.text()).split('\n').forEach(handle);
    }
    if (failure) throw new Error(failure);
    if (!result) throw new Error('The chat stream ended without a result');
    return result;
  }

  createPlan(body: {
    intent: Intent;
    title?: string;
    ownerGroup?: string;
    conversationId?: string;
  }): Promise<StoredPlan> {
    return this.request('/v1/plans', { method: 'POST', body });
  }

  async listPlans(q: PlanListQuery = {}): Promise<PlanPage> {
    const page = await this.request<Partial<PlanPage>>(`/v1/plans${query(q)}`);
    return { items: page.items ?? [], nextCursor: page.nextCursor ?? null };
  }

  getPlan(id: string): Promise<StoredPlan> {
    return this.request(`/v1/plans/${encodeURIComponent(id)}`);
  }

  updatePlan(
    id: string,
    body: { version: number; intent: Intent; title?: string },
  ): Promise<StoredPlan> {
    return this.request(`/v1/plans/${encodeURIComponent(id)}`, {
      method: 'PUT',
      body,
    });
  }

  approvePlan(id: string, version: number): Promise<StoredPlan> {
    return this.request(`/v1/plans/${encodeURIComponent(id)}/approve`, {
      method: 'POST',
      body: { version },
    });
  }

  retirePlan(id: string, version: number): Promise<StoredPlan> {
    return this.request(`/v1/plans/${encodeURIComponent(id)}/retire`, {
      method: 'POST',
      body: { version },
    });
  }

  listPlanDeployments(planId: string): Promise<{ items: Deployment[] }> {
    return this.request(`/v1/plans/${encodeURIComponent(planId)}/deployments`);
  }

  listDeployments(entityRef: string): Promise<{ items: Deployment[] }> {
    return this.request(`/v1/deployments${query({ entityRef })}`);
  }

  listOutcomes(deploymentId: string): Promise<{ items: Outcome[] }> {
    return this.request(
      `/v1/deployments/${encodeURIComponent(deploymentId)}/outcomes`,
    );
  }

  listCalibration(): Promise<{ items: CalibrationFactor[] }> {
    return this.request('/v1/calibration');
  }

  setOutcomeExclusion(id: number, reason: string | null): Promise<Outcome> {
    const path = `/v1/outcomes/${encodeURIComponent(String(id))}/exclusion`;
    return reason === null
      ? this.request(path, { method: 'DELETE' })
      : this.request(path, { method: 'POST', body: { reason } });
  }

  async importBenchmarks(body: ImportRequest): Promise<ImportResult> {
    const baseUrl = await this.deps.discoveryApi.getBaseUrl('llm-planner');
    const res = await this.deps.fetchApi.fetch(
      `${baseUrl}/v1/benchmarks/imports`,
      {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      },
    );
    if (!res.ok) {
      let rowErrors: RowError[] = [];
      try {
        const parsed = JSON.parse(await res.clone().text());
        if (Array.isArray(parsed?.rowErrors)) rowErrors = parsed.rowErrors;
      } catch {
        // not JSON: no row errors to show
      }
      const error = await ResponseError.fromResponse(res);
      if (rowErrors.length) throw new ImportRejectedError(error, rowErrors);
      throw error;
    }
    return (await res.json()) as ImportResult;
  }

  getImportProgress(importId: string): Promise<ImportProgress> {
    return this.request(
      `/v1/benchmarks/imports/${encodeURIComponent(importId)}`,
    );
  }

  listBatches(
    page: { limit?: number; cursor?: string } = {},
  ): Promise<BatchPage> {
    return this.request(`/v1/benchmarks/batches${query(page)}`);
  }

  async deleteBatch(id: string): Promise<void> {
    await this.send(`/v1/benchmarks/batches/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    });
  }

  listRuns(q: RunQuery = {}): Promise<RunPage> {
    return this.request(`/v1/benchmarks/runs${query(q)}`);
  }

  listPrices(): Promise<{ items: StoredPrice[] }> {
    return this.request('/v1/catalog/prices');
  }

  updatePrice(id: number, price: Price): Promise<StoredPrice> {
    return this.request(`/v1/catalog/prices/${id}`, {
      method: 'PUT',
      body: price,
    });
  }

  listModels(): Promise<{ items: ModelSpec[] }> {
    return this.request('/v1/catalog/models');
  }

  addModelFromConfig(
    body: ModelFromConfigRequest,
  ): Promise<ModelFromConfigResult> {
    return this.request('/v1/catalog/models/from-config', {
      method: 'POST',
      body,
    });
  }

  listQuotas(): Promise<{ items: Quota[] }> {
    return this.request('/v1/quotas');
  }

  setQuota(teamRef: string, gpuQuota: number): Promise<Quota> {
    return this.request(`/v1/quotas/${encodeURIComponent(teamRef)}`, {
      method: 'PUT',
      body: { gpuQuota },
    });
  }

  getPricePolicy(): Promise<PricePolicyState> {
    return this.request('/v1/pricing/policy');
  }

  setPricePolicy(policy: PricePolicy): Promise<PricePolicyState> {
    return this.request('/v1/pricing/policy', { method: 'PUT', body: policy });
  }

  private async send(
    path: string,
    opts: {
      method?: string;
      body?: unknown;
      signal?: AbortSignal;
      accept?: string;
    } = {},
  ): Promise<Response> {
    const baseUrl = await this.deps.discoveryApi.getBaseUrl('llm-planner');
    const headers: Record<string, string> = {
      Accept: opts.accept ?? 'application/json',
    };
    if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await this.deps.fetchApi.fetch(`${baseUrl}${path}`, {
      method: opts.method ?? 'GET',
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return res;
  }

  private async request<T>(
    path: string,
    opts?: { method?: string; body?: unknown },
  ): Promise<T> {
    const res = await this.send(path, opts);
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }
}
