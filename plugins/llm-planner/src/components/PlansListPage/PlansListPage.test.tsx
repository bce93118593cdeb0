import {
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { fireEvent, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { llmPlannerApiRef } from '../../api/LlmPlannerClient';
import type { PlanListItem, StoredPlan } from '../../api/types';
import { BASE, makeClient, storedPlan } from '../../__testUtils__';
import { PlansListPage } from './PlansListPage';

/** A plan as the list answers it: no plan body, its use case and best recommendation. */
function listed(overrides: Partial<StoredPlan> = {}): PlanListItem {
  const { plan, ...stored } = storedPlan(overrides);
  const r = plan.recommendations[0];
  return {
    ...stored,
    useCase: plan.intent.useCase,
    summary: r && {
      modelId: r.modelId,
      hfId: r.hfId,
      gpuId: r.gpuId,
      tp: r.tp,
      precision: r.precision,
      engine: r.engine,
      replicas: r.replicas,
      gpus: r.gpus,
      perMonth: r.cost.perMonth,
      provenance: r.provenance,
      confidence: r.confidence,
    },
  };
}

const server = setupServer();
registerMswTestHooks(server);

const render = () =>
  renderInTestApp(<PlansListPage />, {
    apis: [[llmPlannerApiRef, makeClient()]],
  });

describe('PlansListPage', () => {
  it('teaches what a plan is when there is none', async () => {
    server.use(
      http.get(`${BASE}/v1/plans`, () => HttpResponse.json({ items: [] })),
    );
    await render();
    expect(await screen.findByText('No plans yet')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Plan a service' }),
    ).toHaveAttribute('href', '/llm-planner');
  });

  it('lists plans with their status and filters them', async () => {
    const queries: string[] = [];
    server.use(
      http.get(`${BASE}/v1/plans`, ({ request }) => {
        queries.push(new URL(request.url).search);
        return HttpResponse.json({
          items: [
            listed(),
            listed({
              id: 'p2',
              title: 'Code assistant',
              status: 'approved',
            }),
          ],
        });
      }),
    );
    await render();
    expect(
      await screen.findByRole('link', { name: 'Support chatbot' }),
    ).toHaveAttribute('href', '/llm-planner/plans/p1');
    expect(screen.getByLabelText('status: approved')).toBeInTheDocument();
    // the best configuration and its cost come from the summary
    const { summary } = listed();
    expect(
      screen.getAllByText(
        `${summary!.modelId} on ${summary!.gpuId} × TP${summary!.tp} × ${
          summary!.replicas
        } replica${summary!.replicas === 1 ? '' : 's'}`,
      ),
    ).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Search'), {
      target: { value: 'code' },
    });
    expect(screen.queryByRole('link', { name: 'Support chatbot' })).toBeNull();
    expect(
      screen.getByRole('link', { name: 'Code assistant' }),
    ).toBeInTheDocument();
    fireEvent.mouseDown(screen.getByLabelText('Status'));
    fireEvent.click(await screen.findByRole('option', { name: 'approved' }));
    await screen.findByRole('link', { name: 'Code assistant' });
    expect(queries).toContain('?scope=mine&status=approved');
  });

  it('loads further pages on demand so every plan can be reached', async () => {
    const cursors: (string | null)[] = [];
    server.use(
      http.get(`${BASE}/v1/plans`, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        cursors.push(cursor);
        return HttpResponse.json(
          cursor === null
            ? { items: [listed()], nextCursor: 'page-2' }
            : {
                items: [listed({ id: 'p2', title: 'Code assistant' })],
                nextCursor: null,
              },
        );
      }),
    );
    await render();
    expect(await screen.findByText('1+ plans')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Code assistant' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Load more plans' }));
    expect(
      await screen.findByRole('link', { name: 'Code assistant' }),
    ).toHaveAttribute('href', '/llm-planner/plans/p2');
    expect(screen.getByRole('link', { name: 'Support chatbot' })).toBeVisible();
    expect(screen.getByText('2 plans')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Load more plans' }),
    ).toBeNull();
    expect(cursors).toEqual([null, 'page-2']);
  });

  it('shows a load error with a retry', async () => {
    server.use(
      http.get(`${BASE}/v1/plans`, () =>
        HttpResponse.json(
          {
            error: { name: 'Error', message: 'db down' },
            response: { statusCode: 500 },
          },
          { status: 500 },
        ),
      ),
    );
    await render();
    expect(
      await screen.findByText(/The plans did not load: db down/),
    ).toBeInTheDocument();
  });
});
