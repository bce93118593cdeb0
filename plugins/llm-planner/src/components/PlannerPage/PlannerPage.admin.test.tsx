import {
  mockApis,
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { llmPlannerApiRef } from '../../api/LlmPlannerClient';
import { BASE, makeClient, seedKb } from '../../__testUtils__';
import { PlannerPage } from './PlannerPage';

// usePermission caches a decision per permission for the test file (SWR), so the allowed
// case lives in its own file.

const server = setupServer();
registerMswTestHooks(server);

function render(allow: boolean, path = '/llm-planner') {
  return renderInTestApp(<PlannerPage />, {
    apis: [
      [llmPlannerApiRef, makeClient()],
      mockApis.permission({
        authorize: allow ? AuthorizeResult.ALLOW : AuthorizeResult.DENY,
      }),
    ],
    mountPath: '/llm-planner/*',
    initialRouteEntries: [path],
  });
}

describe('PlannerPage for the platform team', () => {
  beforeEach(() =>
    server.use(
      http.get(`${BASE}/v1/status`, () =>
        HttpResponse.json({
          database: 'ok',
          databaseClient: 'sqlite',
          schemaVersion: 'x',
          importBatches: 0,
        }),
      ),
      http.get(`${BASE}/v1/knowledge-base`, () => HttpResponse.json(seedKb())),
    ),
  );

  it('shows the admin tab to the platform team', async () => {
    await render(true);
    expect(
      await screen.findByRole('tab', { name: 'Benchmark admin' }),
    ).toBeInTheDocument();
  });
});
