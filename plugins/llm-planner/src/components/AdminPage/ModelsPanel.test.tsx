import {
  mockApis,
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { llmPlannerApiRef } from '../../api/LlmPlannerClient';
import { BASE, makeClient, seedKb } from '../../__testUtils__';
import { AdminPage } from './AdminPage';

const server = setupServer();
registerMswTestHooks(server);

/** TEST SHAPE of a dense config.json (round numbers): not a real model, not catalog data. */
const CONFIG = {
  _name_or_path: 'example-org/Example-Dense-3B',
  model_type: 'qwen3',
  hidden_size: 2048,
  intermediate_size: 8192,
  num_hidden_layers: 24,
  num_attention_heads: 16,
  num_key_value_heads: 4,
  head_dim: 128,
  vocab_size: 64000,
  max_position_embeddings: 32768,
  tie_word_embeddings: true,
  torch_dtype: 'bfloat16',
};

const render = async (permission = AuthorizeResult.ALLOW) => {
  await renderInTestApp(<AdminPage />, {
    apis: [
      [llmPlannerApiRef, makeClient()],
      mockApis.permission({ authorize: permission }),
    ],
  });
  await userEvent.click(await screen.findByRole('tab', { name: 'models' }));
};

const paste = (text: string) =>
  fireEvent.change(screen.getByLabelText('config.json'), {
    target: { value: text },
  });

describe('ModelsPanel', () => {
  let posted: unknown;
  beforeEach(() => {
    posted = undefined;
    server.use(
      http.get(`${BASE}/v1/benchmarks/runs`, () =>
        HttpResponse.json({ items: [], total: 0 }),
      ),
      http.get(`${BASE}/v1/catalog/models`, () =>
        HttpResponse.json({ items: seedKb().models }),
      ),
      http.post(
        `${BASE}/v1/catalog/models/from-config`,
        async ({ request }) => {
          posted = await request.json();
          return HttpResponse.json(
            { model: { id: 'example-dense-3b' }, notes: [], footprint: {} },
            { status: 201 },
          );
        },
      ),
    );
  });

  it('lists the catalog, flagging models whose architecture is missing', async () => {
    await render();
    const table = await screen.findByRole('table', { name: 'Model catalog' });
    const granite = within(table).getByText('granite-3-8b').closest('tr')!;
    expect(granite.textContent).toMatch(/no verbatim copy of its config.json/);
  });

  it('shows the parsed numbers of a pasted config.json before saving, then adds it', async () => {
    await render();
    paste(JSON.stringify(CONFIG, null, 2));
    const parsed = await screen.findByRole('table', { name: 'Parsed model' });
    expect(parsed.textContent).toMatch(/layers24/);
    expect(parsed.textContent).toMatch(/attention heads \/ KV heads16 \/ 4/);
    // 2 x 24 layers x 4 KV heads x 128 x 2 bytes
    expect(parsed.textContent).toMatch(/KV cache per token49,152 bytes/);
    expect(screen.getByText(/^computed from config.json/)).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Add to catalog' }),
    );
    await screen.findByText(/Added example-dense-3b/);
    expect(posted).toMatchObject({ config: JSON.stringify(CONFIG, null, 2) });
  });

  it('names each missing field and does not offer to save', async () => {
    await render();
    const { num_hidden_layers: _l, ...broken } = CONFIG;
    paste(JSON.stringify(broken));
    const errors = await screen.findByLabelText('config.json errors');
    expect(errors.textContent).toMatch(
      /num_hidden_layers: required: the number of transformer layers/,
    );
    expect(
      screen.getByRole('button', { name: 'Add to catalog' }),
    ).toBeDisabled();
  });
});
