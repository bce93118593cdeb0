import { renderInTestApp } from '@backstage/frontend-test-utils';
import type {
  Intent,
  Plan,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { screen, within } from '@testing-library/react';
import { seedPlanner } from '../../__testUtils__';
import { BudgetVerdictCard } from './BudgetVerdictCard';

const CHATBOT: Intent = {
  useCase: 'chatbot',
  users: 2000,
  usersMean: 'population',
};

function planWithin(budget: Intent['budget']): Plan {
  return seedPlanner().plan({ ...CHATBOT, budget });
}

describe('BudgetVerdictCard', () => {
  it('a budget below what the SLO costs: what it buys, the targets it misses by how much, what the SLO costs', async () => {
    const plan = planWithin({ usdPerMonth: 1000 });
    const v = plan.budget!;
    expect(v.withinBudget).toBe(false);
    expect(v.affordable?.misses.length).toBeGreaterThan(0);
    await renderInTestApp(<BudgetVerdictCard plan={plan} />);

    expect(screen.getByTestId('budget-headline')).toHaveTextContent(
      /^Over the budget of \$1,000\/month: meeting the SLO costs \$[\d,]+\/month, \$[\d,]+ more\.$/,
    );
    expect(screen.getByTestId('budget-affordable')).toHaveTextContent(
      new RegExp(
        `The budget buys ${v.affordable!.replicas} replicas? of ${
          v.affordable!.config
        } \\(${v.affordable!.gpus} GPUs?, \\$[\\d,]+/month\\)`,
      ),
    );
    const misses = screen.getByRole('table', {
      name: 'SLO targets the budget misses',
    });
    const ttft = v.affordable!.misses.find(m => m.metric === 'ttft')!;
    const row = within(misses).getByTestId('budget-miss-ttft');
    expect(row).toHaveTextContent(`TTFT ${ttft.percentile}`);
    expect(row).toHaveTextContent(`${ttft.target} ms`);
    expect(row).toHaveTextContent(`+${ttft.overPct} %`);
    expect(
      screen.getByText(/Ranked cheapest within the budget first/),
    ).toBeInTheDocument();
  });

  it('a budget above the plan: within it, with what is left to spare', async () => {
    const plan = planWithin({ usdPerMonth: 50000, preference: 'performance' });
    const cost = plan.budget!.sloCostUsdPerMonth!;
    await renderInTestApp(<BudgetVerdictCard plan={plan} />);
    const spare = Math.round(50000 - cost).toLocaleString('en-US');
    expect(screen.getByTestId('budget-headline')).toHaveTextContent(
      `Within the budget of $50,000/month: the plan costs $${Math.round(
        cost,
      ).toLocaleString('en-US')}/month, $${spare} to spare.`,
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(
      screen.getByText(/Ranked most SLO headroom within the budget first/),
    ).toBeInTheDocument();
  });

  it('a budget too small for one replica says so and what the SLO costs', async () => {
    const plan = planWithin({ usdPerMonth: 100 });
    await renderInTestApp(<BudgetVerdictCard plan={plan} />);
    expect(
      screen.getByText(/does not pay for one replica of any configuration/),
    ).toBeInTheDocument();
  });

  it('a per-run ceiling names its arithmetic', async () => {
    const plan = planWithin({ usdPerRun: 20 });
    await renderInTestApp(<BudgetVerdictCard plan={plan} />);
    expect(
      screen.getByText(/Ceiling: \$20\/run x 1 run\(s\)\/day x 30 days/),
    ).toBeInTheDocument();
  });

  it('shows nothing for a plan without a ceiling', async () => {
    await renderInTestApp(
      <BudgetVerdictCard plan={seedPlanner().plan(CHATBOT)} />,
    );
    expect(screen.queryByTestId('budget-verdict')).not.toBeInTheDocument();
  });
});
