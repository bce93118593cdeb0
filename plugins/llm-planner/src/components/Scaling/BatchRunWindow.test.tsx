import {
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { llmPlannerApiRef } from '../../api/LlmPlannerClient';
import { runScalingCached } from '../../scaling/run';
import {
  BASE,
  makeClient,
  seedKb,
  nightlyBatchPlan,
} from '../../__testUtils__';
import { ScalingTab } from './ScalingTab';

// the simulation worker, watched: a batch plan has no day of traffic to simulate
jest.mock('../../scaling/run', () => {
  const actual = jest.requireActual('../../scaling/run');
  return { ...actual, runScalingCached: jest.fn(actual.runScalingCached) };
});

const server = setupServer();
registerMswTestHooks(server);

jest.setTimeout(60_000);

const stored = nightlyBatchPlan();

describe('ScalingTab of a batch plan', () => {
  beforeEach(() => {
    server.use(
      http.get(`${BASE}/v1/knowledge-base`, () => HttpResponse.json(seedKb())),
    );
  });

  it('shows the run window and the CronJob decision instead of a simulated day', async () => {
    await renderInTestApp(
      <ScalingTab plan={stored.plan} title={stored.title} />,
      { apis: [[llmPlannerApiRef, makeClient()]] },
    );
    const rec = stored.plan.recommendations[0];
    const s = rec.batch!;

    const decision = await screen.findByTestId('scaling-plan-decision');
    expect(decision).toHaveTextContent(
      'No autoscaler: CronJob, scale to zero between runs',
    );
    expect(decision).toHaveTextContent('finishes inside its window');
    expect(decision).toHaveTextContent(
      /Decided without simulating a day of traffic: no autoscaler: a CronJob runs the job at its planned size .* inside its window, 01:00 to 09:00 UTC, 8 h, and scales to zero between runs/,
    );

    const table = screen.getByRole('table', { name: 'Run window' });
    const row = (name: string) =>
      within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect(row('Start')).toHaveTextContent('01:00 UTC');
    expect(row('Deadline')).toHaveTextContent('09:00 UTC');
    expect(row('Deadline')).toHaveTextContent('window 8 h');
    expect(row('Pods a run')).toHaveTextContent(
      `${rec.replicas} x ${rec.tp} A10G`,
    );
    expect(row('Expected run time')).toHaveTextContent(
      `${s.runHours.value.toLocaleString('en-US', {
        maximumFractionDigits: 2,
      })} h (80 %: `,
    );
    expect(row('Expected run time')).toHaveTextContent(/at 90 % confidence/);
    expect(row('GPU-hours')).toHaveTextContent(/ a run.* a month/);
    expect(row('Cost')).toHaveTextContent(
      `$${s.usdPerRun.value.toFixed(2)} (80 %: `,
    );
    expect(row('Cost')).toHaveTextContent(
      `$${Math.round(s.usdPerMonth.value).toLocaleString('en-US')} (`,
    );
    expect(screen.getByTestId('batch-run-timeline')).toHaveAccessibleName(
      /^Run window over a day \(UTC\): 01:00 to 09:00 UTC, 8 h; a run takes about /,
    );

    // none of the interactive day: no traffic form, no policies, no simulation
    expect(screen.queryByText('Traffic over the day')).not.toBeInTheDocument();
    expect(screen.queryByTestId('scaling-results')).not.toBeInTheDocument();
    expect(runScalingCached).not.toHaveBeenCalled();
  });
});
