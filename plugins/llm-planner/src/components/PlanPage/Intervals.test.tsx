import {
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import type { Plan } from '@llm-planner/backstage-plugin-llm-planner-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { StoredPlan } from '../../api/types';
import { BASE, ME, seedKb, seedPlanner, storedPlan } from '../../__testUtils__';
import { PerformanceTab } from './PerformanceTab';
import { renderPlanPage } from './__testUtils__/planPage';

const server = setupServer();
registerMswTestHooks(server);

function render(stored: StoredPlan, tab?: string) {
  server.use(http.get(`${BASE}/v1/plans/p1`, () => HttpResponse.json(stored)));
  return renderPlanPage(tab);
}

/** A plan as stored before intervals, confidence and availability existed. */
function withoutIntervals(plan: Plan): Plan {
  const strip = <T extends object>(v: T): T => {
    const {
      low: _l,
      high: _h,
      level: _v,
      ...rest
    } = v as T & {
      low?: number;
      high?: number;
      level?: number;
    };
    return rest as T;
  };
  return {
    ...plan,
    recommendations: plan.recommendations.map(r => {
      const { confidence: _c, availability: _a, difference: _d, ...rest } = r;
      return {
        ...rest,
        prediction: {
          ...r.prediction,
          ttft: Object.fromEntries(
            Object.entries(r.prediction.ttft).map(([k, v]) => [k, strip(v)]),
          ),
          itl: Object.fromEntries(
            Object.entries(r.prediction.itl).map(([k, v]) => [k, strip(v)]),
          ),
          e2e: Object.fromEntries(
            Object.entries(r.prediction.e2e).map(([k, v]) => [k, strip(v)]),
          ),
        },
        margins: r.margins.map(m => ({
          metric: m.metric,
          percentile: m.percentile,
          targetMs: m.targetMs,
          predictedMs: m.predictedMs,
          marginPct: m.marginPct,
          provenance: m.provenance,
        })),
      } as unknown as Plan['recommendations'][number];
    }),
  };
}

describe('PlanPage: intervals and confidence', () => {
  beforeEach(() => {
    server.use(
      http.get(`${BASE}/v1/knowledge-base`, () => HttpResponse.json(seedKb())),
      http.get(`${BASE}/v1/me`, () => HttpResponse.json(ME)),
      http.get(`${BASE}/v1/calibration`, () =>
        HttpResponse.json({ items: [] }),
      ),
    );
  });

  it('the overview shows the sizing confidence, availability and per target the interval, the bound and P(meets)', async () => {
    const stored = storedPlan();
    const best = stored.plan.recommendations[0];
    const pct = stored.plan.workload.slo.percentile;
    const ttft = best.margins.find(m => m.metric === 'ttft')!;
    expect(ttft.lowMs).toBeDefined();
    await render(stored);

    expect(await screen.findByTestId('plan-confidence')).toHaveTextContent(
      'Sized so each SLO target holds with 90 % confidence',
    );
    expect(screen.getByTestId('plan-availability')).toHaveTextContent(
      new RegExp(`^Availability n\\+1: ${best.replicas} replicas, one replica`),
    );
    expect(screen.getByTestId('plan-ttft-interval')).toHaveTextContent(
      /^80 %: [\d.]+–[\d.]+ ms$/,
    );

    const table = screen.getByRole('table', {
      name: 'Predicted latency and SLO margins',
    });
    expect(within(table).getByText('Bound at 90 %')).toBeInTheDocument();
    const row = within(table).getByTestId('latency-ttft');
    expect(row).toHaveTextContent(`TTFT ${pct}`);
    expect(within(row).getByTestId('latency-ttft-interval')).toHaveTextContent(
      /^80 %: [\d.]+–[\d.]+ ms$/,
    );
    expect(
      within(row).getByTestId('latency-ttft-probability'),
    ).toHaveTextContent(/%$/);
    // the numbers stay on one line
    expect(within(row).getByTestId('latency-ttft-interval')).toHaveStyle({
      whiteSpace: 'nowrap',
    });

    const differences = screen.getAllByTestId('alternative-difference');
    expect(differences.length).toBe(stored.plan.recommendations.length - 1);
    expect(differences[0]).toHaveTextContent(
      stored.plan.recommendations[1].difference!,
    );
  });

  it('a plan stored before intervals existed shows dashes, not a crash', async () => {
    const stored = storedPlan();
    await render({ ...stored, plan: withoutIntervals(stored.plan) });
    const table = await screen.findByRole('table', {
      name: 'Predicted latency and SLO margins',
    });
    expect(
      within(table).getByTestId('latency-ttft-interval'),
    ).toHaveTextContent('–');
    expect(screen.queryByTestId('plan-confidence')).toBeNull();
    expect(screen.queryByTestId('plan-ttft-interval')).toBeNull();
    expect(screen.queryByTestId('alternative-difference')).toBeNull();
  });

  it('the cost tab says which confidence and availability set the replicas and where each price comes from', async () => {
    const stored = storedPlan();
    const best = stored.plan.recommendations[0];
    await render(stored, 'cost');
    expect(await screen.findByTestId('cost-sizing')).toHaveTextContent(
      `${best.replicas} replicas of the recommendation: each SLO target holds with 90 % confidence; availability n+1`,
    );
    expect(screen.getByTestId('cost-price-source')).toHaveTextContent(
      best.cost.priceSource.replace(/\s+/g, ' '),
    );
  });

  it('the specification form rejects confidence 0.5 and 0 min replicas inline and does not re-plan', async () => {
    const stored = storedPlan();
    await render(stored, 'specifications');
    const confidence = await screen.findByLabelText('Confidence');
    expect(confidence).toHaveAttribute('placeholder', '0.9');
    expect(
      screen.getByText(
        'probability each SLO target holds at the recommended size',
      ),
    ).toBeInTheDocument();

    fireEvent.change(confidence, { target: { value: '0.5' } });
    expect(
      await screen.findByText(/^Confidence must be above 0\.5/),
    ).toBeInTheDocument();
    expect(confidence).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(screen.getByLabelText('Min replicas'), {
      target: { value: '0' },
    });
    expect(
      await screen.findByText('Min replicas must be at least 1'),
    ).toBeInTheDocument();

    const banner = screen.getByTestId('what-if-banner');
    expect(within(banner).getByTestId('what-if-invalid')).toHaveTextContent(
      'not re-planned until the specification is fixed',
    );
    expect(banner).not.toHaveTextContent(/recomputed in/);
    expect(within(banner).getByRole('button', { name: 'Save' })).toBeDisabled();

    // fixed: re-planned in the browser at the asked confidence
    fireEvent.change(confidence, { target: { value: '0.95' } });
    fireEvent.change(screen.getByLabelText('Min replicas'), {
      target: { value: '3' },
    });
    await waitFor(() =>
      expect(screen.getByTestId('what-if-banner')).toHaveTextContent(
        /recomputed in [\d.]+ ms/,
      ),
    );
    expect(screen.queryByText(/^Confidence must be/)).toBeNull();
  });
});

describe('PerformanceTab', () => {
  it('draws the interval band around the predicted curves with a legend entry', async () => {
    const plan = seedPlanner().plan({
      useCase: 'chatbot',
      users: 2000,
      usersMean: 'population',
    });
    const { container } = await renderInTestApp(
      <PerformanceTab
        plan={plan}
        planner={seedPlanner()}
        kb={seedKb()}
        chartSize={{ width: 400, height: 300 }}
      />,
    );
    expect(
      screen.getByRole('img', {
        name: /Time to first token .*shaded 80 % interval/,
      }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getAllByText('80 % interval').length).toBe(3),
    );
    expect(
      container.querySelectorAll('.recharts-area-area').length,
    ).toBeGreaterThan(0);
    // the SLO target lines stay
    expect(screen.getAllByText(/^SLO /).length).toBe(3);
  });
});
