import {
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { Route, Routes } from 'react-router-dom';
import { llmPlannerApiRef } from '../../api/LlmPlannerClient';
import { BASE, makeClient, seedKb, storedPlan } from '../../__testUtils__';
import { PlanningPage } from './PlanningPage';

const server = setupServer();
registerMswTestHooks(server);

/** A chat stream the test releases line by line. */
function controlledStream() {
  const enc = new TextEncoder();
  let ctrl!: ReadableStreamDefaultController<Uint8Array>;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      ctrl = c;
    },
  });
  return {
    stream,
    push: (obj: unknown) =>
      ctrl.enqueue(enc.encode(`${JSON.stringify(obj)}\n`)),
    close: () => ctrl.close(),
  };
}

async function render() {
  return renderInTestApp(
    <Routes>
      <Route path="/llm-planner" element={<PlanningPage />} />
      <Route
        path="/llm-planner/plans/:planId"
        element={<div>plan page of p1</div>}
      />
    </Routes>,
    {
      apis: [[llmPlannerApiRef, makeClient()]],
      initialRouteEntries: ['/llm-planner'],
    },
  );
}

describe('PlanningPage', () => {
  beforeEach(() =>
    server.use(
      http.get(`${BASE}/v1/knowledge-base`, () => HttpResponse.json(seedKb())),
    ),
  );

  it('streams the reply token by token, then shows the extractor, the question and fills the spec', async () => {
    const s = controlledStream();
    server.use(
      http.post(
        `${BASE}/v1/chat`,
        () =>
          new HttpResponse(s.stream, {
            headers: { 'Content-Type': 'application/x-ndjson' },
          }),
      ),
    );
    await render();
    await userEvent.type(
      screen.getByLabelText('Message'),
      'A support chatbot for 2000 employees',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));

    await act(async () => s.push({ type: 'token', text: 'A chatbot ' }));
    expect(await screen.findByText(/^A chatbot/)).toBeInTheDocument();
    expect(screen.getByTestId('chat-assistant')).toHaveAttribute(
      'aria-busy',
      'true',
    );

    await act(async () => s.push({ type: 'token', text: 'for 2000 people.' }));
    expect(
      await screen.findByText('A chatbot for 2000 people.'),
    ).toBeInTheDocument();

    await act(async () => {
      s.push({
        type: 'result',
        conversationId: '7c0a4f1e-0000-4000-8000-000000000001',
        extractor: 'rules',
        fallbackReason: 'no LLM configured',
        reply: 'A chatbot for 2000 people.',
        intent: { useCase: 'chatbot', users: 2000 },
        missing: ['usersMean'],
        clarifyingQuestion:
          'Are the 2000 people all users, or concurrent users?',
        assumptions: [],
        notes: [],
      });
      s.close();
    });
    expect(
      await screen.findByText(
        'Are the 2000 people all users, or concurrent users?',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('answered by rules · fallback: no LLM configured'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Users')).toHaveValue(2000);
    // suggestions answer the missing piece
    expect(
      screen.getByRole('button', { name: 'They are concurrent users' }),
    ).toBeInTheDocument();
    // the preview is planned in the browser
    expect(await screen.findByTestId('plan-replicas')).toBeInTheDocument();
  });

  it('shows a chat failure in the conversation', async () => {
    server.use(
      http.post(`${BASE}/v1/chat`, () =>
        HttpResponse.json(
          {
            error: { name: 'Error', message: 'chat is down' },
            response: { statusCode: 500 },
          },
          { status: 500 },
        ),
      ),
    );
    await render();
    await userEvent.type(screen.getByLabelText('Message'), 'hello{Enter}');
    expect(await screen.findByText('chat is down')).toBeInTheDocument();
  });

  it('creates the plan from the edited spec and opens it', async () => {
    let posted: any;
    server.use(
      http.post(`${BASE}/v1/plans`, async ({ request }) => {
        posted = await request.json();
        return HttpResponse.json(storedPlan(), { status: 201 });
      }),
    );
    await render();
    const create = screen.getByRole('button', { name: 'Create plan' });
    expect(create).toBeDisabled();
    fireEvent.mouseDown(screen.getByLabelText('Use case'));
    fireEvent.click(await screen.findByRole('option', { name: /chatbot/i }));
    fireEvent.change(screen.getByLabelText('Users'), {
      target: { value: '500' },
    });
    await waitFor(() => expect(create).toBeEnabled());
    await userEvent.click(create);
    expect(await screen.findByText('plan page of p1')).toBeInTheDocument();
    expect(posted.intent).toMatchObject({ useCase: 'chatbot', users: 500 });
    expect(posted.title).toBe('chatbot for 500 users');
  });

  it('a batch job from the chat: the preview heads with the run, and the plan is titled as the job', async () => {
    let posted: any;
    server.use(
      http.post(`${BASE}/v1/chat`, () =>
        HttpResponse.json({
          type: 'result',
          conversationId: '7c0a4f1e-0000-4000-8000-000000000002',
          extractor: 'rules',
          reply: 'A nightly batch of 20,000 documents within 8 h.',
          intent: {
            useCase: 'summarisation',
            users: 0.6944,
            usersMean: 'rps',
            activeHoursPerDay: 8,
            batch: { itemsPerRun: 20000, runsPerDay: 1, windowHours: 8 },
          },
          missing: [],
          assumptions: [],
          notes: [],
        }),
      ),
      http.post(`${BASE}/v1/plans`, async ({ request }) => {
        posted = await request.json();
        return HttpResponse.json(storedPlan(), { status: 201 });
      }),
    );
    await render();
    await userEvent.type(
      screen.getByLabelText('Message'),
      'summarise 20k documents every night within 8 hours{Enter}',
    );
    // the preview's headline is the run against its window, not TTFT and ITL
    expect(await screen.findByTestId('plan-batch-run-time')).toHaveTextContent(
      /^[\d.]+ h of 8 h$/,
    );
    expect(screen.getByTestId('plan-batch-cost-run')).toHaveTextContent(
      /^\$[\d,]+\.\d\d$/,
    );
    expect(screen.queryByTestId('plan-ttft')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create plan' }));
    expect(await screen.findByText('plan page of p1')).toBeInTheDocument();
    expect(posted.title).toBe(
      'summarisation: 20,000 documents nightly within 8 h',
    );
  }, 90_000);

  it('plans within the Budget field: the preview says what the SLO costs and the plan carries the ceiling', async () => {
    let posted: any;
    server.use(
      http.post(`${BASE}/v1/plans`, async ({ request }) => {
        posted = await request.json();
        return HttpResponse.json(storedPlan(), { status: 201 });
      }),
    );
    await render();
    fireEvent.mouseDown(screen.getByLabelText('Use case'));
    fireEvent.click(await screen.findByRole('option', { name: /chatbot/i }));
    fireEvent.change(screen.getByLabelText('Users'), {
      target: { value: '2000' },
    });
    fireEvent.change(screen.getByLabelText('Budget'), {
      target: { value: '1000' },
    });
    expect(await screen.findByTestId('preview-budget')).toHaveTextContent(
      /^Over the budget of \$1,000\/month: meeting the SLO costs \$[\d,]+\/month, \$[\d,]+ more\.$/,
    );
    // no $/run without a batch job
    expect(screen.queryByLabelText('Budget per run')).not.toBeInTheDocument();
    fireEvent.mouseDown(screen.getByLabelText('Within budget, rank'));
    fireEvent.click(
      await screen.findByRole('option', { name: 'most headroom' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create plan' }));
    expect(await screen.findByText('plan page of p1')).toBeInTheDocument();
    expect(posted.intent.budget).toEqual({
      usdPerMonth: 1000,
      preference: 'performance',
    });
  });

  it('a spec pinning a model the catalog lacks: the preview shows the way forward, not a bare error', async () => {
    server.use(
      http.post(`${BASE}/v1/chat`, () =>
        HttpResponse.json({
          type: 'result',
          conversationId: '7c0a4f1e-0000-4000-8000-000000000003',
          extractor: 'rules',
          reply: 'A nightly batch on Qwen9.',
          intent: {
            useCase: 'chatbot',
            users: 500,
            usersMean: 'concurrent',
            model: 'Qwen/Qwen9-72B-Instruct',
            batch: { itemsPerRun: 20000 },
          },
          missing: [],
          assumptions: [],
          notes: [],
        }),
      ),
    );
    await render();
    await userEvent.type(screen.getByLabelText('Message'), 'go{Enter}');
    const notice = await screen.findByTestId('unknown-model');
    expect(notice).toHaveTextContent(
      'Qwen/Qwen9-72B-Instruct is not in the catalog',
    );
    expect(notice).toHaveTextContent('or pick one of these similar models:');
    expect(screen.queryByText(/^unknown model/)).not.toBeInTheDocument();
    // a batch job's budget can be per run
    expect(screen.getByLabelText('Budget per run')).toBeInTheDocument();
  });

  it('a model the catalog lacks: the reply shows the way forward once, and a similar model pins it', async () => {
    const note =
      '"Qwen/Qwen9-72B-Instruct" is not in the model catalog: add it from its Hugging Face config.json (the platform team does it on the admin page, Models tab), or pick one of these similar models: qwen2.5-72b (72.7B), qwen3-32b (32.8B); no model set, the planner compares catalog models';
    server.use(
      http.post(`${BASE}/v1/chat`, () =>
        HttpResponse.json({
          type: 'result',
          conversationId: '7c0a4f1e-0000-4000-8000-000000000002',
          extractor: 'rules',
          reply: `A chatbot for 500 users.\n\nNotes:\n- ${note}\n\nWhat do the 500 users mean?`,
          intent: { useCase: 'chatbot', users: 500 },
          missing: ['usersMean'],
          assumptions: [],
          notes: [note],
        }),
      ),
    );
    await render();
    await userEvent.type(
      screen.getByLabelText('Message'),
      'chatbot for 500 users on Qwen/Qwen9-72B-Instruct{Enter}',
    );
    const notice = await screen.findByTestId('unknown-model');
    expect(notice).toHaveTextContent(
      'Qwen/Qwen9-72B-Instruct is not in the catalog',
    );
    expect(
      screen.getByText(
        'A chatbot for 500 users.\n\nWhat do the 500 users mean?',
        { normalizer: s => s },
      ),
    ).toBeInTheDocument();
    await userEvent.click(
      screen.getByRole('button', { name: 'Use qwen3-32b' }),
    );
    expect(screen.getByLabelText('Model')).toHaveTextContent('qwen3-32b');
  });
});
