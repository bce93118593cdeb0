import {
  mockApis,
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { llmPlannerApiRef } from '../../api/LlmPlannerClient';
import { BASE, makeClient, seedKb } from '../../__testUtils__';
import { AdminPage } from './AdminPage';

const server = setupServer();
registerMswTestHooks(server);

// a separate file: permission decisions are cached per page load, as in AdminPage.denied.test
describe('ModelsPanel without the catalog write permission', () => {
  it('shows the parsed numbers but leaves saving to the platform team', async () => {
    server.use(
      http.get(`${BASE}/v1/benchmarks/runs`, () =>
        HttpResponse.json({ items: [], total: 0 }),
      ),
      http.get(`${BASE}/v1/catalog/models`, () =>
        HttpResponse.json({ items: seedKb().models }),
      ),
    );
    await renderInTestApp(<AdminPage />, {
      apis: [
        [llmPlannerApiRef, makeClient()],
        mockApis.permission({
          authorize: req =>
            req.permission.name === 'llm-planner.catalog.write'
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        }),
      ],
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'models' }));
    // TEST SHAPE, not a real model: the smallest config the parser accepts
    fireEvent.change(screen.getByLabelText('config.json'), {
      target: {
        value: JSON.stringify({
          _name_or_path: 'example-org/Tiny',
          hidden_size: 256,
          intermediate_size: 1024,
          num_hidden_layers: 2,
          num_attention_heads: 4,
          vocab_size: 1000,
        }),
      },
    });
    await screen.findByRole('table', { name: 'Parsed model' });
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'Add to catalog' }),
      ).toBeDisabled(),
    );
    expect(
      screen.getByText(/Only the platform team may add models/),
    ).toBeInTheDocument();
  });
});
