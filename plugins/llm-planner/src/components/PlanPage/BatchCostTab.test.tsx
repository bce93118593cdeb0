import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { llmPlannerApiRef } from '../../api/LlmPlannerClient';
import { runScalingCached } from '../../scaling/run';
import { makeClient, nightlyBatchPlan, usd } from '../../__testUtils__';
import { CostTab } from './CostTab';

// the simulation worker, watched: a batch plan has no office day to simulate
jest.mock('../../scaling/run', () => {
  const actual = jest.requireActual('../../scaling/run');
  return { ...actual, runScalingCached: jest.fn(actual.runScalingCached) };
});

jest.setTimeout(60_000);

const stored = nightlyBatchPlan();

describe('CostTab of a batch plan', () => {
  it('costs each option per run and per month at the confidence, with intervals, GPU-hours and the run window', async () => {
    await renderInTestApp(<CostTab plan={stored.plan} />, {
      apis: [[llmPlannerApiRef, makeClient()]],
    });
    const plan = stored.plan;
    const best = plan.recommendations[0];
    const s = best.batch!;
    const table = await screen.findByRole('table', { name: 'Cost per run' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map(h => h.textContent),
    ).toEqual([
      'Configuration',
      'GPUs',
      '$/GPU‑hour',
      'Run time at 90 %',
      'GPU‑hours a run at 90 %',
      '$ a run at 90 %',
      '$ a month at 90 %',
      'Finishes in the window',
    ]);
    // one option per recommendation, at the confidence the replicas are sized on
    expect(within(table).getAllByRole('row')).toHaveLength(
      1 + 2 * plan.recommendations.length,
    );
    expect(screen.getByTestId('batch-cost-table-run')).toHaveTextContent(
      usd(s.usdPerRunAtConfidence, 2),
    );
    expect(screen.getByTestId('batch-cost-table-month')).toHaveTextContent(
      usd(s.usdPerRunAtConfidence * 30),
    );
    expect(screen.getByTestId('batch-cost-intervals')).toHaveTextContent(
      `${usd(s.usdPerRun.value, 2)} a run (80 %: ${usd(
        s.usdPerRun.low,
        2,
      )}–${usd(s.usdPerRun.high, 2)})`,
    );
    expect(screen.getByTestId('batch-cost-intervals')).toHaveTextContent(
      `${usd(s.usdPerMonth.value)} a month (80 %: ${usd(
        s.usdPerMonth.low,
      )}–${usd(s.usdPerMonth.high)})`,
    );
    expect(screen.getByTestId('cost-sizing')).toHaveTextContent(
      'sized so a run of 20,000 items finishes inside its 8 h window with 90 % confidence',
    );

    // the day in runs: figures at the confidence and the window with its replicas
    expect(screen.getByTestId('batch-cost-run')).toHaveTextContent(
      usd(s.usdPerRunAtConfidence, 2),
    );
    expect(screen.getByTestId('batch-cost-month')).toHaveTextContent(
      usd(s.usdPerRunAtConfidence * 30),
    );
    expect(screen.getByTestId('batch-gpu-hours')).toHaveTextContent(
      (s.runHoursAtConfidence * best.gpus).toLocaleString('en-US', {
        maximumFractionDigits: 1,
      }),
    );
    expect(screen.getByTestId('batch-replicas')).toHaveTextContent(
      String(best.replicas),
    );
    expect(screen.getByTestId('batch-run-timeline')).toHaveAccessibleName(
      new RegExp(
        `^Run window over a day \\(UTC\\): 01:00 to 09:00 UTC, 8 h; a run takes about .* h on ${best.replicas} replicas?, 0 replicas outside the run$`,
      ),
    );

    // nothing of an always-on service: no monthly candidates table, no office day
    expect(
      screen.queryByRole('table', { name: 'Cost per candidate' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByText('Fixed vs autoscaled')).not.toBeInTheDocument();
    expect(
      screen.queryByText('On-demand vs spot ($/month)'),
    ).not.toBeInTheDocument();
    expect(screen.queryByText(/Always-on replicas/)).not.toBeInTheDocument();
    expect(runScalingCached).not.toHaveBeenCalled();
  });
});
