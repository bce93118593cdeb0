import type { Entity } from '@backstage/catalog-model';
import {
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { llmPlannerApiRef } from '../../api/LlmPlannerClient';
import type { Deployment } from '../../api/types';
import {
  BASE,
  makeClient,
  seedKb,
  storedPlan,
  nightlyBatchPlan,
} from '../../__testUtils__';
import {
  costSoFar,
  EntityPerformanceContent,
  runsBetween,
} from './EntityPerformanceContent';

const batchPlan = () => nightlyBatchPlan({ status: 'deployed' });

const server = setupServer();
const PCT = storedPlan().plan.workload.slo.percentile;
registerMswTestHooks(server);

const entity = (annotated = true): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'support-chat',
    annotations: annotated ? { 'llm-planner.io/plan-id': 'p1' } : {},
  },
  spec: { type: 'service', owner: 'group:default/customer-support' },
});

const deployment: Deployment = {
  id: 'd1',
  planId: 'p1',
  cluster: 'kind',
  namespace: 'customer-support',
  repoUrl: null,
  entityRef: 'component:default/support-chat',
  status: 'applied',
  createdBy: 'user:default/guest',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const render = (annotated = true) =>
  renderInTestApp(
    <EntityProvider entity={entity(annotated)}>
      <EntityPerformanceContent />
    </EntityProvider>,
    { apis: [[llmPlannerApiRef, makeClient()]] },
  );

describe('EntityPerformanceContent', () => {
  beforeEach(() => {
    server.use(
      http.get(`${BASE}/v1/knowledge-base`, () => HttpResponse.json(seedKb())),
    );
  });

  it('explains the annotation when the component has no plan', async () => {
    await render(false);
    expect(await screen.findByText('No plan linked')).toBeInTheDocument();
  });

  it('compares the plan with measured outcomes', async () => {
    let deploymentsQuery = '';
    server.use(
      http.get(`${BASE}/v1/plans/p1`, () =>
        HttpResponse.json(storedPlan({ status: 'deployed' })),
      ),
      http.get(`${BASE}/v1/deployments`, ({ request }) => {
        deploymentsQuery = new URL(request.url).search;
        return HttpResponse.json({ items: [deployment] });
      }),
      http.get(`${BASE}/v1/deployments/d1/outcomes`, () =>
        HttpResponse.json({
          items: [
            {
              id: 1,
              deploymentId: 'd1',
              loadProfile: {
                kind: 'concurrent',
                concurrency: 4,
                inputTokens: 500,
                outputTokens: 200,
              },
              measured: {
                ttft: { [PCT]: 330 },
                itl: { [PCT]: 22 },
                e2e: { [PCT]: 4700 },
                errors: 0,
              },
              prediction: {
                ttft: { [PCT]: 300 },
                itl: { [PCT]: 20 },
                e2e: { [PCT]: 5000 },
              },
              error: {
                ttft: { [PCT]: 0.1 },
                itl: { [PCT]: 0.1 },
                e2e: { [PCT]: -0.06 },
              },
              source: 'loadtest',
              measuredAt: '2026-01-02T00:00:00.000Z',
              recordedBy: 'user:default/guest',
            },
          ],
        }),
      ),
    );
    await render();
    expect(await screen.findByTestId('entity-plan-title')).toHaveTextContent(
      'Support chatbot',
    );
    expect(deploymentsQuery).toBe(
      '?entityRef=component%3Adefault%2Fsupport-chat',
    );
    const table = screen.getByRole('table', { name: 'Plan vs measured' });
    expect(within(table).getAllByText('+10.0 %')).toHaveLength(2);
    expect(within(table).getByText('-6.0 %')).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: /over time against the SLO targets, 1 measurements/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('entity-cost-so-far')).toHaveTextContent('$');
    // the plan simulated on its default day, beside the measured outcomes
    const day = await screen.findByTestId(
      'plan-day-timeline',
      {},
      { timeout: 30_000 },
    );
    expect(
      within(day).getByRole('img', { name: /Scaling timeline over the day/ }),
    ).toBeInTheDocument();
    expect(within(day).getByTestId('fixed-cost-month')).toHaveTextContent('$');
  }, 60_000);

  it("shows a batch plan's runs over the day, not a simulated always-on day", async () => {
    const plan = batchPlan();
    const s = plan.plan.recommendations[0].batch!;
    server.use(
      http.get(`${BASE}/v1/plans/p1`, () => HttpResponse.json(plan)),
      http.get(`${BASE}/v1/deployments`, () =>
        HttpResponse.json({ items: [deployment] }),
      ),
      http.get(`${BASE}/v1/deployments/d1/outcomes`, () =>
        HttpResponse.json({ items: [] }),
      ),
    );
    await render();
    expect(
      await screen.findByText("Runs over the plan's day (UTC)"),
    ).toBeInTheDocument();
    const day = screen.getByTestId('batch-day');
    expect(
      within(day).getByRole('img', { name: /^Replicas over a day \(UTC\)/ }),
    ).toHaveAccessibleName(
      new RegExp(
        `^Replicas over a day \\(UTC\\): ${plan.plan.recommendations[0].replicas} while a run lasts, .* inside the window 01:00 to 09:00 UTC, 8 h; 0 outside$`,
      ),
    );
    expect(within(day).getByTestId('batch-cost-run')).toHaveTextContent(
      `$${s.usdPerRunAtConfidence.toFixed(2)}`,
    );
    expect(screen.queryByTestId('plan-day-timeline')).not.toBeInTheDocument();
    expect(
      screen.queryByText("Scaling over the plan's day (simulated)"),
    ).not.toBeInTheDocument();
    // cost so far counts the runs since the deployment, not every hour
    expect(screen.getByTestId('entity-runs-so-far')).toBeInTheDocument();
  }, 60_000);

  it("costs a batch plan's runs since the first applied deployment", () => {
    const plan = batchPlan();
    const r = plan.plan.recommendations[0];
    const s = r.batch!;
    // applied 2026-01-01T00:00Z; runs start at 01:00 UTC: two whole days later, two runs done
    // and the third started an hour ago
    const now = Date.parse('2026-01-03T02:00:00.000Z');
    const c = costSoFar(plan, [deployment], now)!;
    const third = Math.min(1, 1 / s.runHours.value);
    expect(c.runs).toBeCloseTo(2 + third);
    expect(c.gpuHours).toBeCloseTo((2 + third) * s.gpuHoursPerRun.value);
    expect(c.cost).toBeCloseTo(c.gpuHours * r.cost.pricePerGpuHour);
    // before the first start: nothing ran
    expect(
      runsBetween(
        plan.plan.batch!.job,
        s.runHours.value,
        Date.parse('2026-01-01T00:00:00.000Z'),
        Date.parse('2026-01-01T00:59:00.000Z'),
      ),
    ).toBe(0);
  });

  it('shows a load error', async () => {
    server.use(
      http.get(`${BASE}/v1/plans/p1`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotAllowedError', message: 'not your team' },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
      http.get(`${BASE}/v1/deployments`, () =>
        HttpResponse.json({ items: [] }),
      ),
    );
    await render();
    expect(
      await screen.findByText(/did not load: not your team/),
    ).toBeInTheDocument();
  });

  it('costs GPU-hours since the first applied deployment', () => {
    const plan = storedPlan();
    const r = plan.plan.recommendations[0];
    const c = costSoFar(
      plan,
      [deployment],
      Date.parse('2026-01-01T10:00:00.000Z'),
    )!;
    expect(c.gpuHours).toBeCloseTo(10 * r.gpus);
    expect(c.cost).toBeCloseTo(10 * r.gpus * r.cost.pricePerGpuHour);
    expect(costSoFar(plan, [{ ...deployment, status: 'dry-run' }])).toBeNull();
  });
});
