import {
  createApiRef,
  DiscoveryApi,
  FetchApi,
} from '@backstage/frontend-plugin-api';
import { ResponseError } from '@backstage/errors';
import { PlannerStatus } from '@internal/backstage-plugin-llm-planner-common';

/** What the frontend asks of the llm-planner backend. @public */
export interface LlmPlannerApi {
  getStatus(): Promise<PlannerStatus>;
}

/** @public */
export const llmPlannerApiRef = createApiRef<LlmPlannerApi>({
  id: 'plugin.llm-planner.api',
});

/** Talks to `/api/llm-planner` through Backstage's discovery and authenticated fetch. @public */
export class LlmPlannerClient implements LlmPlannerApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  async getStatus(): Promise<PlannerStatus> {
    return this.get<PlannerStatus>('/v1/status');
  }

  private async get<T>(path: string): Promise<T> {
    const baseUrl = await this.deps.discoveryApi.getBaseUrl('llm-planner');
    const res = await this.deps.fetchApi.fetch(`${baseUrl}${path}`);
    if (!res.ok) {
      throw await ResponseError.fromResponse(res);
    }
    return (await res.json()) as T;
  }
}
