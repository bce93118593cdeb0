import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  AutoscalerParameters,
  LLM_PLANNER_PLUGIN_ID,
  StoredPlanLike,
} from '@internal/backstage-plugin-llm-planner-common';

/** The part of a stored plan the scaffolder actions need. */
export type FetchedPlan = {
  id: string;
  title: string;
  status: 'draft' | 'approved' | 'deployed' | 'retired';
  /** Entity ref of the Group that owns the plan, e.g. `group:default/customer-support`. */
  ownerGroup: string;
  version: number;
  /** The engine's output (recommendations, workload, ...). */
  plan?: StoredPlanLike['plan'];
  [key: string]: unknown;
};

/** A team's GPU quota as curated by the platform team (`GET /v1/quotas`). */
export type TeamQuota = { teamRef: string; gpuQuota: number };

/** Body of `POST /v1/plans/:id/deployments`. */
export type DeploymentRecord = {
  cluster: string;
  namespace: string;
  repoUrl: string | null;
  entityRef: string | null;
  status: 'dry-run' | 'applied' | 'failed';
};

/** Talks to the llm-planner backend on behalf of the user running the template. */
export interface PlannerBackendClient {
  getPlan(id: string, onBehalfOf: BackstageCredentials): Promise<FetchedPlan>;
  listQuotas(onBehalfOf: BackstageCredentials): Promise<TeamQuota[]>;
  /** Catalog models (for the context window that bounds `--max-model-len`). */
  listModels(
    onBehalfOf: BackstageCredentials,
  ): Promise<{ id: string; hfId: string; maxContext: number | null }[]>;
  recordDeployment(
    planId: string,
    body: DeploymentRecord,
    onBehalfOf: BackstageCredentials,
  ): Promise<{ id: string; [key: string]: unknown }>;
  /** The autoscaling policy the scaling simulation recommends for the plan. */
  getAutoscaling(
    planId: string,
    onBehalfOf: BackstageCredentials,
  ): Promise<{
    parameters: AutoscalerParameters;
    label: string;
    reason: string;
  }>;
}

export class HttpPlannerBackendClient implements PlannerBackendClient {
  constructor(
    private readonly deps: { auth: AuthService; discovery: DiscoveryService },
  ) {}

  private async request<T>(
    path: string,
    onBehalfOf: BackstageCredentials,
    init: { method?: string; body?: unknown } = {},
  ): Promise<T> {
    const { token } = await this.deps.auth.getPluginRequestToken({
      onBehalfOf,
      targetPluginId: LLM_PLANNER_PLUGIN_ID,
    });
    const baseUrl = await this.deps.discovery.getBaseUrl(LLM_PLANNER_PLUGIN_ID);
    const res = await fetch(`${baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        Authorization: `Bearer ${token}`,
        ...(init.body !== undefined
          ? { 'Content-Type': 'application/json' }
          : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    // Not `res.json()`: fetch's parser builds objects in Node's own realm, and values an action
    // outputs (the plan) go into the scaffolder's templating context, whose engine (nunjitsu)
    // accepts only records whose prototype is this realm's `Object.prototype`. Under jest the two
    // realms differ and the dry run failed with "Only plain records can be used as template
    // values"; parsing here keeps every response plain JSON of the module's realm.
    return JSON.parse(await res.text()) as T;
  }

  getPlan(id: string, onBehalfOf: BackstageCredentials): Promise<FetchedPlan> {
    return this.request(`/v1/plans/${encodeURIComponent(id)}`, onBehalfOf);
  }

  async listQuotas(onBehalfOf: BackstageCredentials): Promise<TeamQuota[]> {
    const res = await this.request<{ items: TeamQuota[] }>(
      '/v1/quotas',
      onBehalfOf,
    );
    return res.items;
  }

  async listModels(onBehalfOf: BackstageCredentials) {
    const res = await this.request<{
      items: { id: string; hfId: string; maxContext: number | null }[];
    }>('/v1/catalog/models', onBehalfOf);
    return res.items;
  }

  getAutoscaling(planId: string, onBehalfOf: BackstageCredentials) {
    return this.request<{
      parameters: AutoscalerParameters;
      label: string;
      reason: string;
    }>(`/v1/plans/${encodeURIComponent(planId)}/autoscaling`, onBehalfOf);
  }

  recordDeployment(
    planId: string,
    body: DeploymentRecord,
    onBehalfOf: BackstageCredentials,
  ) {
    return this.request<{ id: string }>(
      `/v1/plans/${encodeURIComponent(planId)}/deployments`,
      onBehalfOf,
      { method: 'POST', body },
    );
  }
}
