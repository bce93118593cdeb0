import {
  mockApis,
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { llmPlannerApiRef } from '../../api/LlmPlannerClient';
import { BASE, makeClient, seedKb } from '../../__testUtils__';
import { AdminPage } from './AdminPage';

const server = setupServer();
registerMswTestHooks(server);

const render = () =>
  renderInTestApp(<AdminPage />, {
    apis: [
      [llmPlannerApiRef, makeClient()],
      mockApis.permission({ authorize: AuthorizeResult.ALLOW }),
    ],
  });

const batch = {
  id: 'b1',
  dataset: 'lab-h100',
  format: 'csv',
  importedBy: 'user:default/admin',
  importedAt: '2026-01-02T00:00:00.000Z',
  checksum: 'abc',
  rowCount: 12,
};

describe('AdminPage (platform team)', () => {
  beforeEach(() =>
    server.use(
      http.get(`${BASE}/v1/benchmarks/runs`, () =>
        HttpResponse.json({
          items: seedKb()
            .runs.slice(0, 3)
            .map((run, i) => ({ id: i, batchId: null, run })),
          total: seedKb().runs.length,
        }),
      ),
      http.get(`${BASE}/v1/benchmarks/batches`, () =>
        HttpResponse.json({ items: [batch] }),
      ),
    ),
  );

  it('lists runs with their source', async () => {
    await render();
    expect(
      await screen.findByText(`${seedKb().runs.length} runs`),
    ).toBeInTheDocument();
    expect(screen.getAllByText(seedKb().runs[0].source).length).toBeGreaterThan(
      0,
    );
  });

  it('keeps the source column its share of the table when the table was measured hidden', async () => {
    // jsdom lays nothing out: the table measures 0 px wide at mount, as one mounted inside a
    // suspended (hidden) tree does in a browser
    await render();
    const [source] = await screen.findAllByTestId('run-source');
    expect(source.closest('td')).toHaveStyle({ width: '30%' });
  });

  it('opens the section a link names (the chat links an unknown model to Models)', async () => {
    await renderInTestApp(<AdminPage />, {
      apis: [
        [llmPlannerApiRef, makeClient()],
        mockApis.permission({ authorize: AuthorizeResult.ALLOW }),
      ],
      initialRouteEntries: ['/llm-planner/admin?section=models'],
    });
    expect(await screen.findByRole('tab', { name: 'models' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  it('shows the rejected rows of an import and says nothing was imported', async () => {
    let posted: any;
    server.use(
      http.post(`${BASE}/v1/benchmarks/imports`, async ({ request }) => {
        posted = await request.json();
        return HttpResponse.json(
          {
            error: { name: 'InputError', message: '1 invalid row' },
            response: { statusCode: 400 },
            rowErrors: [
              { row: 2, column: 'ttft_p90_ms', reason: 'not a number: "fast"' },
            ],
          },
          { status: 400 },
        );
      }),
    );
    await render();
    await userEvent.click(screen.getByRole('tab', { name: 'import' }));
    const file = new File(['model,gpu\na,b\nc,d\n'], 'lab.csv', {
      type: 'text/csv',
    });
    await userEvent.upload(screen.getByTestId('import-file'), file);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    const table = await screen.findByRole('table', { name: 'Row errors' });
    expect(within(table).getByText('ttft_p90_ms')).toBeInTheDocument();
    expect(within(table).getByText('not a number: "fast"')).toBeInTheDocument();
    expect(screen.getByText(/Nothing was imported: 1 row/)).toBeInTheDocument();
    expect(posted).toMatchObject({
      format: 'csv',
      dataset: 'lab.csv',
      content: 'model,gpu\na,b\nc,d\n',
    });
  });

  it('sends the GPU context of a JSON report and reports the new batch', async () => {
    let posted: any;
    server.use(
      http.post(`${BASE}/v1/benchmarks/imports`, async ({ request }) => {
        posted = await request.json();
        return HttpResponse.json(
          {
            batch: { ...batch, id: 'b2', rowCount: 4 },
            created: true,
            warnings: [
              {
                row: 2,
                column: 'itl_p90_ms',
                reason: 'ambiguous value kept empty: "<=20"',
              },
            ],
          },
          { status: 201 },
        );
      }),
    );
    await render();
    await userEvent.click(screen.getByRole('tab', { name: 'import' }));
    await userEvent.upload(
      screen.getByTestId('import-file'),
      new File(['{}'], 'guidellm-report.json', { type: 'application/json' }),
    );
    fireEvent.change(screen.getByRole('textbox', { name: /^GPU/ }), {
      target: { value: 'H100-SXM-80GB' },
    });
    fireEvent.change(screen.getByRole('spinbutton', { name: /^GPU count/ }), {
      target: { value: '2' },
    });
    fireEvent.change(
      screen.getByRole('spinbutton', { name: /^Tensor parallel/ }),
      { target: { value: '2' } },
    );
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(
      await screen.findByText(/Imported 4 runs as batch b2/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Row 2, itl_p90_ms: ambiguous value kept empty/),
    ).toBeInTheDocument();
    expect(posted).toMatchObject({
      format: 'guidellm',
      context: {
        gpu: 'H100-SXM-80GB',
        gpuCount: 2,
        tensorParallel: 2,
        fileName: 'guidellm-report.json',
      },
    });
  });

  it('shows the import progress while it runs, then the duplicates it skipped', async () => {
    let posted: any;
    let polled = '';
    let answer: (() => void) | undefined;
    server.use(
      http.get(`${BASE}/v1/benchmarks/imports/:id`, ({ params }) => {
        polled = String(params.id);
        return HttpResponse.json({
          id: polled,
          phase: 'parsing',
          totalRows: 200,
          parsedRows: 50,
          newRows: null,
          insertedRows: 0,
          startedAt: '2026-01-02T00:00:00.000Z',
          updatedAt: '2026-01-02T00:00:01.000Z',
          message: null,
          batchId: null,
        });
      }),
      http.post(`${BASE}/v1/benchmarks/imports`, async ({ request }) => {
        posted = await request.json();
        await new Promise<void>(resolve => {
          answer = resolve;
        });
        return HttpResponse.json(
          {
            importId: posted.importId,
            batch: { ...batch, id: 'b3', rowCount: 198 },
            created: true,
            rows: 200,
            imported: 198,
            duplicates: {
              count: 2,
              rows: [
                { row: 3, sameAs: { row: 1 } },
                { row: 7, sameAs: { batchId: 'b1', runId: 42 } },
              ],
              truncated: false,
            },
            warnings: [],
            message:
              'Imported 198 new runs as batch b3. 2 rows were duplicates of stored runs or earlier rows and were skipped (rows 3, 7).',
          },
          { status: 201 },
        );
      }),
    );
    await render();
    await userEvent.click(screen.getByRole('tab', { name: 'import' }));
    await userEvent.upload(
      screen.getByTestId('import-file'),
      new File(['model,gpu\na,b\n'], 'sweep.csv', { type: 'text/csv' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    // the page polls every 500 ms; the package's findBy patience (setupTests) covers a slow
    // first poll on a loaded machine, where a 3 s ceiling of its own did not
    expect(
      await screen.findByText('Validating rows: 50 of 200…'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Validating and importing' }),
    ).toHaveAttribute('aria-valuenow', '25');
    expect(polled).toMatch(/^[0-9a-f-]{36}$/);
    expect(posted.importId).toBe(polled);
    answer!();
    expect(
      await screen.findByText(/Imported 198 new runs as batch b3/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Duplicates skipped \(2\): row 3 \(same as row 1\), row 7 \(stored run 42 of batch b1\)/,
      ),
    ).toBeInTheDocument();
  });

  it('follows the cursor of the batches list', async () => {
    server.use(
      http.get(`${BASE}/v1/benchmarks/batches`, ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        return HttpResponse.json(
          cursor === 'page2'
            ? {
                items: [{ ...batch, id: 'b0', dataset: 'older' }],
                nextCursor: null,
              }
            : { items: [batch], nextCursor: 'page2' },
        );
      }),
    );
    await render();
    await userEvent.click(screen.getByRole('tab', { name: 'batches' }));
    expect(await screen.findByText('older')).toBeInTheDocument();
    expect(screen.getByText('lab-h100')).toBeInTheDocument();
  });

  it('deletes a batch after confirmation', async () => {
    let deleted = '';
    server.use(
      http.delete(`${BASE}/v1/benchmarks/batches/:id`, ({ params }) => {
        deleted = String(params.id);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await render();
    await userEvent.click(screen.getByRole('tab', { name: 'batches' }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete batch lab-h100' }),
    );
    const dialog = screen.getByRole('dialog', {
      name: 'Delete batch lab-h100?',
    });
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(() => expect(deleted).toBe('b1'));
  });

  it('edits a GPU price inline', async () => {
    const price = { ...seedKb().prices[0], id: 7 };
    let put: any;
    server.use(
      http.get(`${BASE}/v1/catalog/prices`, () =>
        HttpResponse.json({ items: [price] }),
      ),
      http.get(`${BASE}/v1/quotas`, () =>
        HttpResponse.json({
          items: [
            {
              teamRef: 'group:default/customer-support',
              gpuQuota: 8,
              updatedBy: null,
              updatedAt: null,
            },
          ],
        }),
      ),
      http.put(`${BASE}/v1/catalog/prices/7`, async ({ request }) => {
        put = await request.json();
        return HttpResponse.json({ ...put, id: 7 });
      }),
    );
    await render();
    await userEvent.click(screen.getByRole('tab', { name: 'prices & quotas' }));
    await userEvent.click(
      await screen.findByRole('button', { name: /^Edit price per GPU-hour/ }),
    );
    const field = screen.getByRole('spinbutton', {
      name: /^price per GPU-hour/,
    });
    await userEvent.clear(field);
    await userEvent.type(field, '1.5{Enter}');
    await waitFor(() => expect(put?.pricePerGpuHour).toBe(1.5));
    expect(
      screen.getByRole('button', {
        name: /^Edit GPU quota of group:default\/customer-support/,
      }),
    ).toHaveTextContent('8');
  });

  it('shows calibration factors with their interval and evidence, and excludes an outcome', async () => {
    const estimate = (value: number) => ({
      value,
      low: value - 0.05,
      high: value + 0.05,
      level: 0.8,
      n: 3,
      teams: 1,
      outcomeIds: [7, 8, 9],
      outlierIds: [],
      bounded: false,
    });
    let excluded: { id: string; body: unknown } | undefined;
    server.use(
      http.get(`${BASE}/v1/calibration`, () =>
        HttpResponse.json({
          items: [
            {
              modelId: 'llama-3.1-8b',
              gpuId: 'H100',
              tp: 1,
              engine: 'vllm',
              shape: 'in512/out256',
              ttft: estimate(1.2),
              itl: estimate(0.9),
              e2e: null,
              samples: 3,
              updatedAt: '2026-01-03T00:00:00.000Z',
            },
          ],
        }),
      ),
      http.post(
        `${BASE}/v1/outcomes/:id/exclusion`,
        async ({ params, request }) => {
          excluded = { id: String(params.id), body: await request.json() };
          return HttpResponse.json({ id: Number(params.id) });
        },
      ),
    );
    await render();
    await userEvent.click(screen.getByRole('tab', { name: 'calibration' }));
    expect(await screen.findByText(/1\.2 \(\+20\.0 %\)/)).toBeInTheDocument();
    expect(screen.getByText(/0\.9 \(-10\.0 %\)/)).toBeInTheDocument();
    expect(screen.getAllByText(/80 %: 1\.15–1\.25 · n=3, 1 team/)).toHaveLength(
      1,
    );
    expect(screen.getByText('in512/out256')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Outcome id'), '8');
    await userEvent.type(
      screen.getByLabelText('Reason'),
      'load test hit a cold cache',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Exclude' }));
    expect(
      await screen.findByText('Outcome #8 no longer calibrates plans.'),
    ).toBeInTheDocument();
    expect(excluded).toEqual({
      id: '8',
      body: { reason: 'load test hit a cold cache' },
    });
  });
});
