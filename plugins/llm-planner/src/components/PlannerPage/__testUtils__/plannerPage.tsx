import { ReactRouterV6PageRouter } from '@backstage/frontend-adapter-react-router-v6';
import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { http, HttpResponse } from 'msw';
import { llmPlannerApiRef } from '../../../api/LlmPlannerClient';
import { BASE, makeClient, seedKb } from '../../../__testUtils__';
import { PlannerPage } from '../PlannerPage';

/** The planner page at `path`, for a user the permission framework allows or denies. */
export function renderPlannerPage(allow: boolean, path = '/llm-planner') {
  return renderInTestApp(
    <ReactRouterV6PageRouter>
      <PlannerPage />
    </ReactRouterV6PageRouter>,
    {
      apis: [
        [llmPlannerApiRef, makeClient()],
        mockApis.permission({
          authorize: allow ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
        }),
      ],
      mountPath: '/llm-planner/*',
      initialRouteEntries: [path],
    },
  );
}

/** What the page reads on every load: the backend status and the knowledge base. */
export function plannerPageHandlers() {
  return [
    http.get(`${BASE}/v1/status`, () =>
      HttpResponse.json({
        database: 'ok',
        databaseClient: 'sqlite',
        schemaVersion: '20261124000000',
        importBatches: 0,
      }),
    ),
    http.get(`${BASE}/v1/knowledge-base`, () => HttpResponse.json(seedKb())),
  ];
}
