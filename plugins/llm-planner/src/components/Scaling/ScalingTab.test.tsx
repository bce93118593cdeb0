import {
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { llmPlannerApiRef } from '../../api/LlmPlannerClient';
import { BASE, makeClient, seedKb, storedPlan } from '../../__testUtils__';
import { ScalingTab } from './ScalingTab';

const server = setupServer();
registerMswTestHooks(server);

jest.setTimeout(60_000);

// a seed plan that needs several replicas, so autoscaling has room to act
const stored = storedPlan(
  { title: 'Support chatbot <EU>' },
  {
    useCase: 'chatbot',
    users: 300000,
    usersMean: 'population',
  },
);

function render() {
  return renderInTestApp(
    <ScalingTab plan={stored.plan} title={stored.title} />,
    { apis: [[llmPlannerApiRef, makeClient()]] },
  );
}

const results = () =>
  screen.findByTestId('scaling-results', {}, { timeout: 30_000 });
const gpuHours = () =>
  screen
    .getAllByTestId(/^gpu-hours-/)
    .map(e => e.textContent)
    .join('|');

function readBlob(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(blob);
  });
}

describe('ScalingTab', () => {
  beforeEach(() => {
    server.use(
      http.get(`${BASE}/v1/knowledge-base`, () => HttpResponse.json(seedKb())),
    );
  });

  it('compares the policies on the plan’s day and recommends one', async () => {
    await render();
    await results();
    const table = screen.getByRole('table', { name: 'Policies side by side' });
    // the default policies: fixed, HPA CPU, HPA memory, KEDA queue, running, KV cache
    expect(within(table).getAllByRole('row').length).toBeGreaterThanOrEqual(6);
    expect(within(table).getByText(/^fixed \d+ replica/)).toBeInTheDocument();
    expect(within(table).getByText(/^HPA CPU 70 %/)).toBeInTheDocument();
    expect(screen.getByTestId('scaling-verdict')).toHaveTextContent(
      /The fixed deployment .* the attainment target/,
    );
    const rec = screen.getByTestId('scaling-recommended');
    expect(within(rec).getByText('minReplicas')).toBeInTheDocument();
    expect(within(table).getByText('best here')).toBeInTheDocument();
    // the plan's one decision (derived here: the fixture plan was not stored by the backend)
    const decision = await screen.findByTestId(
      'scaling-plan-decision',
      {},
      { timeout: 30_000 },
    );
    await waitFor(
      () =>
        expect(decision).toHaveTextContent(
          /The Manifests tab and the software template render exactly this/,
        ),
      { timeout: 30_000 },
    );
    // on this plan's office-hours day, memory scaling reacts only once requests pile up: it
    // misses the SLO; an autoscaled policy meeting it is recommended with its saving
    expect(
      within(screen.getByTestId('scaling-row-hpa-memory')).getByText('no'),
    ).toBeInTheDocument();
    expect(rec).toHaveTextContent(/keda-|hpa-/);
    expect(rec).toHaveTextContent(/% saved/);
    expect(
      screen.getByRole('img', { name: /Scaling timeline over the day/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /Cost per month by policy/ }),
    ).toBeInTheDocument();
  });

  it('re-simulates when the pattern changes', async () => {
    await render();
    await results();
    const before = gpuHours();
    const summary = screen.getByTestId('traffic-summary').textContent;
    fireEvent.mouseDown(screen.getByLabelText('Traffic pattern'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Constant' }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('traffic-summary').textContent).not.toBe(
        summary,
      ),
    );
    await waitFor(() => expect(gpuHours()).not.toBe(before), {
      timeout: 30_000,
    });
    expect(screen.getByTestId('scaling-verdict')).toBeInTheDocument();
  });

  it('shows the row errors of an uploaded trace', async () => {
    await render();
    await results();
    fireEvent.mouseDown(screen.getByLabelText('Traffic pattern'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Trace upload (CSV)' }),
    );
    const csv = [
      'minute,rps',
      ...Array.from({ length: 20 }, (_, i) => `${540 + i},${10 + i}`),
      '600,lots',
    ].join('\n');
    await userEvent.upload(
      screen.getByTestId('trace-file'),
      new File([csv], 'day.csv', { type: 'text/csv' }),
    );
    const errors = await screen.findByRole('table', {
      name: 'Trace row errors',
    });
    expect(within(errors).getByText(/"lots"/)).toBeInTheDocument();
    expect(within(errors).getByText('rps')).toBeInTheDocument();
    expect(screen.getByText(/1 row was skipped/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Trace \(day\.csv\)/)).toBeInTheDocument();
  });

  it('exports the report as HTML named after the plan', async () => {
    const blobs: Blob[] = [];
    const create = jest.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:report';
    });
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    await render();
    await results();
    await userEvent.click(
      screen.getByRole('button', { name: 'Export report' }),
    );
    expect(click).toHaveBeenCalled();
    expect(blobs).toHaveLength(1);
    const html = await readBlob(blobs[0]);
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).toContain('Support chatbot &lt;EU&gt;: scaling simulation');
    expect(html).toContain('<svg');
    click.mockRestore();
  });
});
