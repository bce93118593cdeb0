import { registerMswTestHooks } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { BASE } from '../../__testUtils__';
import {
  plannerPageHandlers,
  renderPlannerPage,
} from './__testUtils__/plannerPage';

const server = setupServer();
registerMswTestHooks(server);

describe('PlannerPage', () => {
  beforeEach(() =>
    server.use(
      ...plannerPageHandlers(),
      http.get(`${BASE}/v1/plans`, () => HttpResponse.json({ items: [] })),
    ),
  );

  it('shows the planning page, its sections and the backend it talks to', async () => {
    await renderPlannerPage(false);
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
    await renderPlannerPage(false);
    await screen.findByText(/Planner backend connected/);
    expect(screen.queryByRole('tab', { name: 'Benchmark admin' })).toBeNull();
  });

  it('routes /plans to My plans', async () => {
    await renderPlannerPage(false, '/llm-planner/plans');
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
    await renderPlannerPage(false);
    expect(
      await screen.findByText(/The planner backend did not answer/),
    ).toBeInTheDocument();
  });
});
