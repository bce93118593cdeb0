import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { llmPlannerApiRef } from '../../api/LlmPlannerClient';
import {
  makeClient,
  storedPlan,
  nightlyBatchPlan,
  usd,
} from '../../__testUtils__';
import { OverviewTab } from './OverviewTab';

jest.setTimeout(60_000);

const nightly = nightlyBatchPlan();

const num = (v: number, digits: number) =>
  v.toLocaleString('en-US', { maximumFractionDigits: digits });

async function renderOverview(plan = nightly.plan) {
  return renderInTestApp(
    <OverviewTab plan={plan} onPin={() => {}} canPin stored={nightly} />,
    { apis: [[llmPlannerApiRef, makeClient()]] },
  );
}

describe('OverviewTab of a batch plan', () => {
  it('heads the plan with what the team decides on: run time against the window, GPU-hours, cost a run and a month at the confidence, replicas x GPU, measurements', async () => {
    await renderOverview();
    const best = nightly.plan.recommendations[0];
    const s = best.batch!;
    const headline = await screen.findByTestId('plan-batch-headline');

    expect(within(headline).getByTestId('plan-batch-job')).toHaveTextContent(
      '20,000 items a run, 01:00 to 09:00 UTC, 8 h: sized so a run finishes inside its window with 90 % confidence',
    );
    // run time at the confidence, of the window, with the expected time and its interval
    expect(screen.getByTestId('plan-batch-run-time')).toHaveTextContent(
      `${num(s.runHoursAtConfidence, 2)} h of 8 h`,
    );
    expect(s.runHoursAtConfidence).toBeLessThanOrEqual(8);
    expect(screen.getByTestId('plan-batch-run-interval')).toHaveTextContent(
      `expected ${num(s.runHours.value, 2)} h, 80 %: ${num(
        s.runHours.low,
        2,
      )}–${num(s.runHours.high, 2)} h`,
    );
    expect(screen.getByTestId('plan-batch-probability')).toHaveTextContent(
      /^(> 99\.9|\d+(\.\d)?) %$/,
    );
    expect(screen.getByTestId('plan-batch-gpu-hours')).toHaveTextContent(
      num(s.runHoursAtConfidence * best.gpus, 1),
    );
    expect(screen.getByTestId('plan-batch-cost-run')).toHaveTextContent(
      usd(s.usdPerRunAtConfidence, 2),
    );
    expect(
      screen.getByTestId('plan-batch-cost-run-interval'),
    ).toHaveTextContent(
      `expected ${usd(s.usdPerRun.value, 2)}, 80 %: ${usd(
        s.usdPerRun.low,
        2,
      )}–${usd(s.usdPerRun.high, 2)}`,
    );
    // a month is 30 runs of one a day, at the same confidence
    expect(screen.getByTestId('plan-batch-cost-month')).toHaveTextContent(
      usd(s.usdPerRunAtConfidence * 30),
    );
    expect(screen.getByTestId('plan-batch-replicas')).toHaveTextContent(
      `${best.replicas} × ${best.gpuId}`,
    );
    // which measurements sized the throughput (the summarisation shape has no offline runs)
    expect(s.measurements.source).toBe('predicted');
    expect(screen.getByTestId('plan-batch-measurements')).toHaveTextContent(
      `Throughput: no offline/burst run measured at this token shape: throughput predicted (${s.measurements.provenance}) from latency at the planned load`,
    );

    // latency is secondary: no TTFT/ITL figure heads the plan, the table stays below
    expect(screen.queryByTestId('plan-ttft')).not.toBeInTheDocument();
    expect(screen.queryByTestId('plan-itl')).not.toBeInTheDocument();
    expect(
      screen.getByText(/^Latency of one item at the planned load/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Predicted latency and SLO margins' }),
    ).toBeInTheDocument();

    // the job, not users and a peak request rate
    expect(screen.getByTestId('workload-job')).toHaveTextContent(
      'Job: 20,000 items a run, 01:00 to 09:00 UTC, 8 h',
    );
    expect(screen.queryByTestId('workload-peak')).not.toBeInTheDocument();
  });

  it('compares alternatives by run time and cost a run, not by TTFT and ITL', async () => {
    await renderOverview();
    const table = await screen.findByRole('table', { name: 'Alternatives' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map(h => h.textContent);
    expect(headers).toEqual(
      expect.arrayContaining([
        'Run time at 90 %',
        '$ a run at 90 %',
        '$ a month at 90 %',
      ]),
    );
    expect(headers.some(h => /TTFT|ITL/.test(h ?? ''))).toBe(false);
  });

  it('keeps the latency headline of an interactive plan', async () => {
    const chat = storedPlan();
    await renderOverview(chat.plan);
    expect(await screen.findByTestId('plan-ttft')).toBeInTheDocument();
    expect(screen.getByTestId('plan-replicas')).toBeInTheDocument();
    expect(screen.queryByTestId('plan-batch-headline')).not.toBeInTheDocument();
    expect(screen.getByTestId('workload-peak')).toBeInTheDocument();
  });
});
