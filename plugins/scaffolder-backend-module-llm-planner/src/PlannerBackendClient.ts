import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { LLM_PLANNER_PLUGIN_ID } from '@internal/backstage-plugin-llm-planner-common';

/** The part of a stored plan the scaffolder actions need. */
export type FetchedPlan = {
  id: string;
  title: string;
  status: 'draft' | 'approved' | 'deployed' | 'retired';
  /** Entity ref of the Group that owns the plan, e.g. `group:default/customer-support`. */
  ownerGroup: string;
  version: number;
  [key: string]: unknown;
};

/** Reads plans from the llm-planner backend on behalf of the user running the template. */
export interface PlannerBackendClient {
  getPlan(id: string, onBehalfOf: BackstageCredentials): Promise<FetchedPlan>;
}

export class HttpPlannerBackendClient implements PlannerBackendClient {
  constructor(
    private readonly deps: { auth: AuthService; discovery: DiscoveryService },
  ) {}

  async getPlan(
    id: string,
    onBehalfOf: BackstageCredentials,
  ): Promise<FetchedPlan> {
    const { token } = await this.deps.auth.getPluginRequestToken({
      onBehalfOf,
      targetPluginId: LLM_PLANNER_PLUGIN_ID,
    });
    const baseUrl = await this.deps.discovery.getBaseUrl(LLM_PLANNER_PLUGIN_ID);
    const res = await fetch(`${baseUrl}/v1/plans/${encodeURIComponent(id)}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return (await res.json()) as FetchedPlan;
  }
}
