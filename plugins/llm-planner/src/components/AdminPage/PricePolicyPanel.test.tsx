import {
  mockApis,
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  applyPricePolicy,
  COMMUNITY_MARKETPLACES,
  DEFAULT_PRICE_POLICY,
  PricePolicy,
  pricePolicyChoices,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { llmPlannerApiRef, PricePolicyState } from '../../api/LlmPlannerClient';
import { BASE, makeClient, seedKb } from '../../__testUtils__';
import { AdminPage } from './AdminPage';

const server = setupServer();
registerMswTestHooks(server);

/** What the backend answers for a policy over the seed prices. */
function stateOf(
  policy: PricePolicy,
  source: PricePolicyState['source'],
): PricePolicyState {
  const prices = seedKb().prices;
  const effective = { ...DEFAULT_PRICE_POLICY, ...policy };
  const { prices: allowed, excluded } = applyPricePolicy(prices, effective);
  return {
    policy: effective,
    source,
    ...(source === 'admin'
      ? {
          updatedBy: 'user:default/pat.platform',
          updatedAt: '2026-12-01T10:00:00.000Z',
        }
      : {}),
    defaultPolicy: DEFAULT_PRICE_POLICY,
    marketplaces: [...COMMUNITY_MARKETPLACES],
    choices: pricePolicyChoices(prices),
    totalRows: prices.length,
    allowedRows: allowed.length,
    excluded,
  };
}

const render = async () => {
  await renderInTestApp(<AdminPage />, {
    apis: [
      [llmPlannerApiRef, makeClient()],
      mockApis.permission({ authorize: AuthorizeResult.ALLOW }),
    ],
  });
  await userEvent.click(
    await screen.findByRole('tab', { name: 'price policy' }),
  );
};

const checkbox = (name: RegExp | string) =>
  screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('PricePolicyPanel', () => {
  beforeEach(() =>
    server.use(
      http.get(`${BASE}/v1/benchmarks/runs`, () =>
        HttpResponse.json({ items: [], total: 0 }),
      ),
      http.get(`${BASE}/v1/pricing/policy`, () =>
        HttpResponse.json(stateOf({}, 'default')),
      ),
    ),
  );

  it('shows clouds and marketplaces, regions, pricing kinds and the rows left out', async () => {
    await render();
    expect(
      await screen.findByText(/In effect: the default/),
    ).toBeInTheDocument();
    expect(checkbox(/^GCP/).checked).toBe(true);
    expect(checkbox(/^Lambda/).checked).toBe(true);
    // marketplaces are left out by default: their boxes are off and locked
    expect(checkbox('Exclude community marketplaces').checked).toBe(true);
    expect(checkbox(/^Runpod/).checked).toBe(false);
    expect(checkbox(/^Runpod/).disabled).toBe(true);
    expect(checkbox(/^us-central1/).checked).toBe(true);
    expect(checkbox(/^\(no region\)/).checked).toBe(true);
    expect(checkbox('spot').checked).toBe(true);

    const table = screen.getByRole('table', { name: 'Price rows left out' });
    expect(within(table).getByText('Runpod')).toBeInTheDocument();
    expect(within(table).getByText('Vast')).toBeInTheDocument();
    expect(within(table).getAllByText(/^community marketplace: /).length).toBe(
      2,
    );
  });

  it('saves the ticked providers and pricing kinds and reports the rows plans now use', async () => {
    let put: unknown;
    server.use(
      http.put(`${BASE}/v1/pricing/policy`, async ({ request }) => {
        put = await request.json();
        return HttpResponse.json(stateOf(put as PricePolicy, 'admin'));
      }),
    );
    await render();
    await screen.findByText(/In effect: the default/);
    await userEvent.click(checkbox(/^Azure/));
    await userEvent.click(checkbox('spot'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(put).toEqual({
        providers: ['AWS', 'AWS SageMaker', 'GCP', 'Lambda', 'Nebius'],
        pricing: ['on-demand'],
        excludeMarketplaces: true,
      }),
    );
    const after = stateOf(put as PricePolicy, 'admin');
    expect(
      await screen.findByText(
        `Saved. Plans now use ${after.allowedRows} of ${after.totalRows} price rows.`,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/In effect: saved in this page \(by pat.platform/),
    ).toBeInTheDocument();
    expect(checkbox(/^Azure/).checked).toBe(false);
    const table = screen.getByRole('table', { name: 'Price rows left out' });
    expect(
      within(table).getAllByText('spot pricing not allowed by the price policy')
        .length,
    ).toBeGreaterThan(0);
  });

  it('lets a marketplace in once marketplaces are no longer excluded', async () => {
    let put: unknown;
    server.use(
      http.put(`${BASE}/v1/pricing/policy`, async ({ request }) => {
        put = await request.json();
        return HttpResponse.json(stateOf(put as PricePolicy, 'admin'));
      }),
    );
    await render();
    await screen.findByText(/In effect: the default/);
    await userEvent.click(checkbox('Exclude community marketplaces'));
    expect(checkbox(/^Runpod/).disabled).toBe(false);
    await userEvent.click(checkbox(/^Vast/));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(put).toMatchObject({
        providers: expect.arrayContaining(['GCP', 'Runpod']),
        excludeMarketplaces: false,
      }),
    );
    expect((put as PricePolicy).providers).not.toContain('Vast');
  });

  it('will not save a policy without a pricing kind, and shows a refusal', async () => {
    server.use(
      http.put(`${BASE}/v1/pricing/policy`, () =>
        HttpResponse.json(
          {
            error: {
              name: 'NotAllowedError',
              message:
                'user:default/alice cannot set the price policy: only the platform team may',
            },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );
    await render();
    await screen.findByText(/In effect: the default/);
    await userEvent.click(checkbox('spot'));
    await userEvent.click(checkbox('on-demand'));
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(
      screen.getByText(/Cannot save: tick on-demand, spot or both/),
    ).toBeInTheDocument();
    await userEvent.click(checkbox('on-demand'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText(/only the platform team may/),
    ).toBeInTheDocument();
  });
});
