import { registerMswTestHooks } from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { BASE, makeClient } from '../__testUtils__';
import { ImportRejectedError } from './LlmPlannerClient';
import type { ChatEvent } from './types';

const server = setupServer();
registerMswTestHooks(server);

function ndjsonStream(chunks: string[]): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const next = chunks.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(enc.encode(next));
    },
  });
}

describe('LlmPlannerClient', () => {
  it('reads the chat NDJSON stream incrementally, lines split across chunks', async () => {
    let body: unknown;
    server.use(
      http.post(`${BASE}/v1/chat`, async ({ request }) => {
        body = await request.json();
        return new HttpResponse(
          ndjsonStream([
            '{"type":"token","text":"Hel',
            'lo"}\n{"type":"token","text":" there"}\n',
            '{"type":"result","conversationId":"c1","extractor":"rules","fallbackReason":"ollama unreachable","reply":"Hello there","intent":{"useCase":"chatbot"},"missing":["users"],"assumptions":[],"notes":[]}\n',
          ]),
          { headers: { 'Content-Type': 'application/x-ndjson' } },
        );
      }),
    );
    const events: ChatEvent[] = [];
    const result = await makeClient().chat({ message: 'hi' }, e =>
      events.push(e),
    );
    expect(body).toEqual({ message: 'hi' });
    expect(events.map(e => e.type)).toEqual(['token', 'token', 'result']);
    expect(result).toMatchObject({
      conversationId: 'c1',
      extractor: 'rules',
      fallbackReason: 'ollama unreachable',
      intent: { useCase: 'chatbot' },
    });
  });

  it('rejects on an error line in the stream', async () => {
    server.use(
      http.post(
        `${BASE}/v1/chat`,
        () =>
          new HttpResponse(
            '{"type":"token","text":"a"}\n{"type":"error","message":"extractor crashed"}\n',
          ),
      ),
    );
    await expect(makeClient().chat({ message: 'x' }, () => {})).rejects.toThrow(
      'extractor crashed',
    );
  });

  it('throws a ResponseError with the backend message on non-OK answers', async () => {
    server.use(
      http.get(`${BASE}/v1/plans/nope`, () =>
        HttpResponse.json(
          {
            error: { name: 'NotFoundError', message: 'No plan nope' },
            response: { statusCode: 404 },
          },
          { status: 404 },
        ),
      ),
    );
    const err = await makeClient()
      .getPlan('nope')
      .catch(e => e);
    expect(ResponseError.is(err)).toBe(true);
    expect(err.statusCode).toBe(404);
  });

  it('turns a rejected import into row errors', async () => {
    server.use(
      http.post(`${BASE}/v1/benchmarks/imports`, () =>
        HttpResponse.json(
          {
            error: { name: 'InputError', message: '1 invalid row' },
            rowErrors: [{ row: 2, column: 'gpu', reason: 'unknown GPU "X1"' }],
          },
          { status: 400 },
        ),
      ),
    );
    const err = await makeClient()
      .importBenchmarks({ format: 'csv', dataset: 'd', content: 'a,b' })
      .catch(e => e);
    expect(err).toBeInstanceOf(ImportRejectedError);
    expect(err.rowErrors).toEqual([
      { row: 2, column: 'gpu', reason: 'unknown GPU "X1"' },
    ]);
  });

  it('sends filters as query parameters', async () => {
    let url = '';
    server.use(
      http.get(`${BASE}/v1/benchmarks/runs`, ({ request }) => {
        url = request.url;
        return HttpResponse.json({ items: [], total: 0 });
      }),
    );
    await makeClient().listRuns({ gpuId: 'H100', tp: 2, modelId: '' });
    expect(new URL(url).searchParams.toString()).toBe('gpuId=H100&tp=2');
  });
});
