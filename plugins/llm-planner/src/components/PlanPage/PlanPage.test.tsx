import { registerMswTestHooks } from '@backstage/frontend-test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import {
  BASE,
  INTENT,
  ME,
  seedKb,
  seedPlanner,
  storedPlan,
} from '../../__testUtils__';
import { renderPlanPage } from './__testUtils__/planPage';
import { templateLink } from './PlanPage';

const server = setupServer();
registerMswTestHooks(server);

const requests: string[] = [];
server.events.on('request:start', ({ request }) => {
  requests.push(`${request.method} ${new URL(request.url).pathname}`);
});

const render = renderPlanPage;

describe('PlanPage', () => {
  beforeEach(() => {
    requests.length = 0;
    server.use(
      http.get(`${BASE}/v1/knowledge-base`, () => HttpResponse.json(seedKb())),
      http.get(`${BASE}/v1/me`, () => HttpResponse.json(ME)),
      http.get(`${BASE}/v1/calibration`, () =>
        HttpResponse.json({ items: [] }),
      ),
      http.get(`${BASE}/v1/plans/p1`, () => HttpResponse.json(storedPlan())),
    );
  });

  it('an estimated-only recommendation shows the verify-before-approve block and a note by Approve', async () => {
    // Llama 3.1 8B was never measured on an L40S in the seed data: the roofline estimate
    // (generous targets keep it feasible however wide the estimate's uncertainty)
    const intent = {
      useCase: 'chatbot',
      users: 1000,
      model: 'llama-3.1-8b',
      gpu: 'L40S',
      slo: { ttftMs: 2000, itlMs: 100, e2eMs: 60000 },
    };
    const stored = storedPlan({}, intent);
    expect(stored.plan.recommendations[0]?.provenance).toBe('estimated');
    server.use(
      http.get(`${BASE}/v1/plans/p1`, () => HttpResponse.json(stored)),
    );
    await render();
    const block = await screen.findByTestId('verify-before-approve');
    expect(block).toHaveTextContent(
      'Verify before approving: this recommendation rests on estimates',
    );
    expect(screen.getByLabelText('GuideLLM command')).toHaveTextContent(
      'http://support-chatbot.customer-support.svc.cluster.local:8000',
    );
    expect(screen.getByTestId('approve-verify-note')).toHaveTextContent(
      'estimated: verify first',
    );
  });

  it('shows the recommendation, predicted latency with provenance, cost and alternatives', async () => {
    await render();
    expect(
      await screen.findByRole('heading', { name: 'Support chatbot' }),
    ).toBeInTheDocument();
    const plan = storedPlan().plan;
    const best = plan.recommendations[0];
    expect(screen.getByTestId('plan-model')).toHaveTextContent(best.hfId);
    expect(screen.getByTestId('plan-replicas')).toHaveTextContent(
      String(best.replicas),
    );
    expect(screen.getByTestId('plan-cost-month')).toHaveTextContent('$');
    expect(
      screen.getByRole('table', { name: 'Alternatives' }),
    ).toBeInTheDocument();
    expect(screen.getAllByLabelText(/^provenance: /).length).toBeGreaterThan(0);
  });

  it('says when the plan does not load', async () => {
    server.use(
      http.get(`${BASE}/v1/plans/p1`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotFoundError', message: 'No plan p1' },
            response: { statusCode: 404 },
          },
          { status: 404 },
        ),
      ),
    );
    await render();
    expect(
      await screen.findByText(/Plan p1 did not load: No plan p1/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('re-plans every edit in the browser without a request', async () => {
    await render('specifications');
    const users = await screen.findByLabelText('Users');
    await waitFor(() =>
      expect(requests).toContain('GET /api/llm-planner/v1/knowledge-base'),
    );
    const before = storedPlan().plan.recommendations[0];
    const seen = requests.length;

    const expected = seedPlanner().plan({ ...INTENT, users: 200000 })
      .recommendations[0];
    expect(expected.replicas).not.toBe(before.replicas);
    fireEvent.change(users, { target: { value: '200000' } });
    expect(await screen.findByTestId('what-if-banner')).toHaveTextContent(
      /recomputed in [\d.]+ ms/,
    );
    await userEvent.click(screen.getByRole('tab', { name: 'overview' }));
    expect(screen.getByTestId('plan-replicas')).toHaveTextContent(
      String(expected.replicas),
    );
    expect(screen.getByTestId('workload-users')).toHaveTextContent(
      '200,000 people',
    );
    expect(requests.length).toBe(seen);
  });

  it('saves with the version and offers a reload on a 409', async () => {
    let body: any;
    server.use(
      http.put(`${BASE}/v1/plans/p1`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(
          {
            error: { name: 'ConflictError', message: 'stale version 1' },
            response: { statusCode: 409 },
          },
          { status: 409 },
        );
      }),
    );
    await render('specifications');
    fireEvent.change(await screen.findByLabelText('Users'), {
      target: { value: '3000' },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'This plan changed meanwhile',
    });
    expect(body).toMatchObject({ version: 1, intent: { users: 3000 } });
    server.use(
      http.get(`${BASE}/v1/plans/p1`, () =>
        HttpResponse.json(
          storedPlan({ version: 2, title: 'Changed by a colleague' }),
        ),
      ),
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Reload' }),
    );
    expect(
      await screen.findByRole('heading', { name: 'Changed by a colleague' }),
    ).toBeInTheDocument();
  });

  it('saves a what-if as the next version', async () => {
    server.use(
      http.put(`${BASE}/v1/plans/p1`, async ({ request }) => {
        const b: any = await request.json();
        return HttpResponse.json(storedPlan({ version: 2 }, b.intent));
      }),
    );
    await render('specifications');
    fireEvent.change(await screen.findByLabelText('Users'), {
      target: { value: '3000' },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByText(/version 2/)).toBeInTheDocument();
    expect(screen.queryByTestId('what-if-banner')).toBeNull();
  });

  it('disables Approve with a reason for users outside the owning team', async () => {
    server.use(
      http.get(`${BASE}/v1/me`, () =>
        HttpResponse.json({ ...ME, groups: ['group:default/search-ai'] }),
      ),
    );
    await render();
    const approve = await screen.findByRole('button', { name: 'Approve' });
    await waitFor(() =>
      expect(
        screen.getByText(
          /Only members of customer-support or the platform team/,
        ),
      ).toBeInTheDocument(),
    );
    expect(approve).toBeDisabled();
  });

  it('approves, then links to the software template with the plan preselected', async () => {
    server.use(
      http.post(`${BASE}/v1/plans/p1/approve`, () =>
        HttpResponse.json(
          storedPlan({
            status: 'approved',
            version: 2,
            approvedBy: 'user:default/guest',
          }),
        ),
      ),
    );
    await render();
    const approve = await screen.findByRole('button', { name: 'Approve' });
    await waitFor(() => expect(approve).toBeEnabled());
    await userEvent.click(approve);
    const deploy = await screen.findByRole('link', {
      name: 'Deploy with the template',
    });
    expect(deploy).toHaveAttribute('href', templateLink('p1'));
    expect(decodeURIComponent(templateLink('p1'))).toBe(
      '/create/templates/default/llm-inference-service?formData={"planId":"p1"}',
    );
  });

  it('draws the performance curves and explains the plan', async () => {
    await render('performance');
    expect(
      await screen.findByRole('img', { name: /Time to first token/ }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'explanation' }));
    expect(
      screen.getByRole('list', { name: 'Formula trace' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Sensitivity' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'cost' }));
    expect(
      screen.getByRole('table', { name: 'Cost per candidate' }),
    ).toBeInTheDocument();
  });

  it('costs fixed vs autoscaled from the simulated day and opens the Scaling tab', async () => {
    await render('cost');
    const card = await screen.findByTestId(
      'fixed-vs-autoscaled',
      {},
      { timeout: 30_000 },
    );
    expect(within(card).getByTestId('fixed-cost-month')).toHaveTextContent('$');
    expect(within(card).getByTestId('autoscaled-cost-month')).toHaveTextContent(
      '$',
    );
    await userEvent.click(screen.getByRole('tab', { name: 'scaling' }));
    expect(
      await screen.findByTestId('scaling-results', {}, { timeout: 30_000 }),
    ).toBeInTheDocument();
  }, 60_000);

  it("previews the manifests with the plan's stored autoscaler decision", async () => {
    const stored = storedPlan();
    const parameters = {
      kind: 'keda-running' as const,
      minReplicas: 1,
      maxReplicas: 5,
      target: 20,
      stabilizationWindowSeconds: 300,
      scaleUp: { policies: [], selectPolicy: 'Max' as const },
      scaleDown: { policies: [], selectPolicy: 'Max' as const },
    };
    server.use(
      http.get(`${BASE}/v1/plans/p1`, () =>
        HttpResponse.json({
          ...stored,
          plan: {
            ...stored.plan,
            autoscaling: {
              version: 1,
              parameters,
              label: 'KEDA running 20/pod (1-5 replicas)',
              reason: 'cheapest of 25 simulated policies',
              meetsTarget: true,
              attainmentTarget: 0.99,
              traffic: {
                pattern: {
                  kind: 'diurnal',
                  profile: 'office-hours',
                  baseRps: 1,
                  peakRps: 20,
                },
                description: 'office-hours day peaking at 20 req/s',
              },
              pattern: 'office-hours day peaking at 20 req/s',
              router: 'random',
              renders: 'keda',
              gpuHoursPerDay: 40,
              fixedGpuHoursPerDay: 72,
              configuration: 'x',
            },
          },
        }),
      ),
    );
    await render('manifests');
    expect(
      await screen.findByRole('list', { name: 'Manifest files' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('manifests-decision')).toHaveTextContent(
      "Autoscaler: the plan's decision, KEDA running 20/pod (1-5 replicas). The template renders the same.",
    );
    await userEvent.click(
      screen.getByRole('button', { name: /scaledobject\.yaml/ }),
    );
    const yamlText = screen.getByLabelText(/^YAML of manifests\//);
    expect(yamlText).toHaveTextContent('vllm:num_requests_running');
    expect(yamlText).toHaveTextContent('maxReplicaCount: 5');
  });

  it("previews a batch plan's CronJob: no autoscaler, scale to zero between runs", async () => {
    const nightly = storedPlan(
      { title: 'Nightly summaries' },
      {
        useCase: 'summarisation',
        users: 0.6944,
        usersMean: 'rps',
        gpu: 'A10G',
        batch: { itemsPerRun: 20000, runsPerDay: 1, windowHours: 8 },
      },
    );
    server.use(
      http.get(`${BASE}/v1/plans/p1`, () => HttpResponse.json(nightly)),
    );
    await render('manifests');
    expect(
      await screen.findByRole('list', { name: 'Manifest files' }),
    ).toBeInTheDocument();
    const pods = nightly.plan.recommendations[0].replicas;
    expect(screen.getByTestId('manifests-decision')).toHaveTextContent(
      `Autoscaler: the plan's decision, no autoscaler: CronJob, scale to zero between runs (${pods} pod(s) a run) (derived here from the plan, as the backend derives it for the template). The template renders the same.`,
    );
    expect(
      screen.getByRole('button', { name: /cronjob\.yaml/ }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /scaledobject\.yaml/ }),
    ).toBeNull();
  });

  it('compares pinned scenarios side by side', async () => {
    await render();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Pin to compare' }),
    );
    const pins = screen.getAllByRole('button', { name: /^Pin .* to compare$/ });
    await userEvent.click(pins[pins.length - 1]);
    await userEvent.click(screen.getByRole('tab', { name: 'compare (2)' }));
    const table = screen.getByRole('table', { name: 'Scenario comparison' });
    expect(within(table).getByText('Saved plan')).toBeInTheDocument();
    expect(within(table).getByText('$/month')).toBeInTheDocument();
  });
});
