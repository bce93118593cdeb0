import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { llmPlannerApiRef } from '../../../api/LlmPlannerClient';
import { makeClient } from '../../../__testUtils__';
import { PlanPage } from '../PlanPage';

/** The page of plan `p1` (at `tab` when given) for a user the permission framework allows. */
export function renderPlanPage(tab?: string) {
  return renderInTestApp(
    <ReactRouterV6PageRouter>
      <PlanPage />
    </ReactRouterV6PageRouter>,
    {
      apis: [
        [llmPlannerApiRef, makeClient()],
        mockApis.permission({ authorize: AuthorizeResult.ALLOW }),
      ],
      mountPath: '/llm-planner/plans/:planId',
      initialRouteEntries: [`/llm-planner/plans/p1${tab ? `?tab=${tab}` : ''}`],
    },
  );
}
