import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import {
  AutoscalerParameters,
  Deployment,
  DeploymentRequest,
  LLM_PLANNER_PLUGIN_ID,
  LlmPlannerClient,
  ModelSpec,
  PlanStatus,
  Quota,
  StoredPlanLike,
} from '@llm-planner/backstage-plugin-llm-planner-common';

/** The part of a stored plan the scaffolder actions need. */
export type FetchedPlan = {
  id: string;
  title: string;
  status: PlanStatus;
  /** Entity ref of the Group that owns the plan, e.g. `group:default/customer-support`. */
  ownerGroup: string;
  version: number;
  /** The engine's output (recommendations, workload, ...). */
  plan?: StoredPlanLike['plan'];
  [key: string]: unknown;
};

/** A team's GPU quota as curated by the platform team (`GET /v1/quotas`). */
export type TeamQuota = Pick<Quota, 'teamRef' | 'gpuQuota'>;

/** Body of `POST /v1/plans/:id/deployments`. */
export type DeploymentRecord = DeploymentRequest;

/** Talks to the llm-planner backend on behalf of the user running the template. */
export interface PlannerBackendClient {
  getPlan(id: string, onBehalfOf: BackstageCredentials): Promise<FetchedPlan>;
  listQuotas(onBehalfOf: BackstageCredentials): Promise<TeamQuota[]>;
  /** Catalog models (for the context window that bounds `--max-model-len`). */
  listModels(
    onBehalfOf: BackstageCredentials,
  ): Promise<Pick<ModelSpec, 'id' | 'hfId' | 'maxContext'>[]>;
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

/**
 * The planner's typed client (the contract's, in -common) with the backend's discovery and a
 * fetch that carries a token on behalf of the user running the template.
 */
export class HttpPlannerBackendClient implements PlannerBackendClient {
  constructor(
    private readonly deps: { auth: AuthService; discovery: DiscoveryService },
  ) {}

  private clientFor(onBehalfOf: BackstageCredentials): LlmPlannerClient {
    const { auth, discovery } = this.deps;
    return new LlmPlannerClient({
      discoveryApi: discovery,
      fetchApi: {
        fetch: async (input, init) => {
          const { token } = await auth.getPluginRequestToken({
            onBehalfOf,
            targetPluginId: LLM_PLANNER_PLUGIN_ID,
          });
          const headers = new Headers(init?.headers);
          headers.set('Authorization', `Bearer ${token}`);
          return fetch(input, { ...init, headers });
        },
      },
    });
  }

  getPlan(id: string, onBehalfOf: BackstageCredentials): Promise<FetchedPlan> {
    return this.clientFor(onBehalfOf).getPlan(id);
  }

  async listQuotas(onBehalfOf: BackstageCredentials): Promise<TeamQuota[]> {
    return (await this.clientFor(onBehalfOf).listQuotas()).items;
  }

  async listModels(onBehalfOf: BackstageCredentials) {
    return (await this.clientFor(onBehalfOf).listModels()).items;
  }

  getAutoscaling(planId: string, onBehalfOf: BackstageCredentials) {
    return this.clientFor(onBehalfOf).getAutoscaling(planId);
  }

  recordDeployment(
    planId: string,
    body: DeploymentRecord,
    onBehalfOf: BackstageCredentials,
  ): Promise<Deployment> {
    return this.clientFor(onBehalfOf).recordDeployment(planId, body);
  }
}
