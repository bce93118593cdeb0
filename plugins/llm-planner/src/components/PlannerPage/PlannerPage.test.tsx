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

describe('PlannerPage', () => {
  beforeEach(() =>
    server.use(
      http.get(`${BASE}/v1/status`, () =>
        HttpResponse.json({
          database: 'ok',
          databaseClient: 'sqlite',
          schemaVersion: '20261124000000',
          importBatches: 0,
        }),
      ),
      http.get(`${BASE}/v1/knowledge-base`, () => HttpResponse.json(seedKb())),
      http.get(`${BASE}/v1/plans`, () => HttpResponse.json({ items: [] })),
    ),
  );

  it('shows the planning page, its sections and the backend it talks to', async () => {
    await render(false);
    expect(
      screen.getByRole('heading', { name: 'LLM deployment planner' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Plan' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'My plans' })).toBeInTheDocument();
    expect(
      await screen.findByText(/Planner backend connected: sqlite database/),
    ).toBeInTheDocument();
    expect(screen.getByText('Describe what you need')).toBeInTheDocument();
  });

  it('hides the admin tab from users without the benchmark write permission', async () => {
    await render(false);
    await screen.findByText(/Planner backend connected/);
    expect(screen.queryByRole('tab', { name: 'Benchmark admin' })).toBeNull();
  });

  it('routes /plans to My plans', async () => {
    await render(false, '/llm-planner/plans');
    expect(await screen.findByText('No plans yet')).toBeInTheDocument();
  });

  it('explains when the backend does not answer', async () => {
    server.use(
      http.get(`${BASE}/v1/status`, () =>
        HttpResponse.json(
          {
            error: { name: 'Error', message: 'down' },
            response: { statusCode: 503 },
          },
          { status: 503 },
        ),
      ),
    );
    await render(false);
    expect(
      await screen.findByText(/The planner backend did not answer/),
    ).toBeInTheDocument();
  });
});
