import { registerMswTestHooks } from '@backstage/frontend-test-utils';
import type { Plan } from '@llm-planner/backstage-plugin-llm-planner-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { BASE, INTENT, ME, seedKb, storedPlan } from '../../__testUtils__';
import { fmtUsd } from '../shared/format';
import { renderPlanPage } from './__testUtils__/planPage';
import { planDifferences } from './WhatChanged';

const server = setupServer();
registerMswTestHooks(server);

/** The plan as the current knowledge base plans it. */
const fresh = storedPlan().plan;
const now = fresh.recommendations[0];

/**
 * The same intent as planned from older data: the configuration had no measured run, so
 * the estimate sized it with more replicas at a higher cost and thinner margins.
 */
function computedEarlier(): Plan {
  const plan: Plan = JSON.parse(JSON.stringify(fresh));
  const r = plan.recommendations[0];
  r.provenance = now.provenance === 'estimated' ? 'transferred' : 'estimated';
  r.replicas = now.replicas + 2;
  r.gpus = r.replicas * r.tp;
  r.cost.perMonth = now.cost.perMonth + 1400;
  r.margins = r.margins.map(m => ({ ...m, marginPct: m.marginPct - 20 }));
  return plan;
}

const render = renderPlanPage;

describe('WhatChanged', () => {
  beforeEach(() => {
    server.use(
      http.get(`${BASE}/v1/knowledge-base`, () => HttpResponse.json(seedKb())),
      http.get(`${BASE}/v1/calibration`, () =>
        HttpResponse.json({ items: [] }),
      ),
      http.get(`${BASE}/v1/me`, () => HttpResponse.json(ME)),
    );
  });

  it('lists provenance, replicas, cost and margins that differ', () => {
    const before = computedEarlier();
    const b = before.recommendations[0];
    const diffs = planDifferences(before, fresh);
    expect(diffs).toContain(`provenance ${b.provenance} → ${now.provenance}`);
    expect(diffs).toContain(`replicas ${b.replicas} → ${now.replicas}`);
    expect(diffs).toContain(
      `${fmtUsd(b.cost.perMonth)} → ${fmtUsd(now.cost.perMonth)}/month`,
    );
    expect(
      diffs.some(d => /^TTFT p\d+ margin -?\d+ % → -?\d+ %$/.test(d)),
    ).toBe(true);
    expect(planDifferences(fresh, fresh)).toEqual([]);
  });

  it('re-plans a stored estimated plan against the current data, lists what changed and re-plans it on request', async () => {
    let put: any;
    server.use(
      http.get(`${BASE}/v1/plans/p1`, () =>
        HttpResponse.json(storedPlan({ plan: computedEarlier() })),
      ),
      http.put(`${BASE}/v1/plans/p1`, async ({ request }) => {
        put = await request.json();
        return HttpResponse.json(storedPlan({ version: 2 }));
      }),
    );
    await render();
    const panel = await screen.findByTestId(
      'what-changed',
      {},
      { timeout: 10000 },
    );
    expect(
      within(panel).getByText('What changed since this plan was computed'),
    ).toBeInTheDocument();
    const list = within(panel).getByRole('list', { name: 'Differences' });
    const before = computedEarlier().recommendations[0];
    expect(list).toHaveTextContent(
      `provenance ${before.provenance} → ${now.provenance}`,
    );
    expect(list).toHaveTextContent(
      `replicas ${before.replicas} → ${now.replicas}`,
    );
    expect(list).toHaveTextContent(
      `${fmtUsd(before.cost.perMonth)} → ${fmtUsd(now.cost.perMonth)}/month`,
    );
    expect(panel).toHaveTextContent(
      /what Approve approves, are the stored plan/,
    );

    await userEvent.click(
      within(panel).getByRole('button', { name: 'Re-plan with current data' }),
    );
    await waitFor(() => expect(put).toEqual({ version: 1, intent: INTENT }));
    await waitFor(() =>
      expect(screen.queryByTestId('what-changed')).not.toBeInTheDocument(),
    );
    expect(screen.getByText(/version 2/)).toBeInTheDocument();
  });

  it('offers no re-plan to someone who may not edit the plan', async () => {
    server.use(
      http.get(`${BASE}/v1/plans/p1`, () =>
        HttpResponse.json(storedPlan({ plan: computedEarlier() })),
      ),
      http.get(`${BASE}/v1/me`, () =>
        HttpResponse.json({ ...ME, groups: ['group:default/search-ai'] }),
      ),
    );
    await render();
    const panel = await screen.findByTestId(
      'what-changed',
      {},
      { timeout: 10000 },
    );
    expect(within(panel).queryByRole('button')).toBeNull();
    expect(panel).toHaveTextContent(/owning team may re-plan it/);
  });

  it('shows nothing when the current data plans the same', async () => {
    server.use(
      http.get(`${BASE}/v1/plans/p1`, () => HttpResponse.json(storedPlan())),
    );
    await render();
    const seen: string[] = [];
    server.events.on('response:mocked', ({ request }) =>
      seen.push(new URL(request.url).pathname),
    );
    await screen.findByRole('heading', { name: 'Support chatbot' });
    // the knowledge base and the calibration arrive, and nothing differs
    await waitFor(() =>
      expect(seen).toEqual(
        expect.arrayContaining([
          '/api/llm-planner/v1/knowledge-base',
          '/api/llm-planner/v1/calibration',
        ]),
      ),
    );
    await new Promise(r => setTimeout(r, 500));
    expect(screen.queryByTestId('what-changed')).not.toBeInTheDocument();
  });
});
