import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ResponseError } from '@backstage/errors';
import http from 'http';
import { AddressInfo } from 'net';
import { HttpPlannerBackendClient } from './PlannerBackendClient';

describe('HttpPlannerBackendClient', () => {
  let server: http.Server;
  const seen: { method?: string; url?: string; auth?: string }[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({
        method: req.method,
        url: req.url,
        auth: req.headers.authorization,
      });
      res.setHeader('Content-Type', 'application/json');
      if (req.url === '/api/llm-planner/v1/plans/p-1') {
        res.end(
          JSON.stringify({
            id: 'p-1',
            status: 'approved',
            plan: { recommendations: [{ gpus: 4, memory: { tp: 2 } }] },
          }),
        );
        return;
      }
      res.statusCode = 403;
      res.end(
        JSON.stringify({
          error: { name: 'NotAllowedError', message: 'not your team' },
          response: { statusCode: 403 },
        }),
      );
    });
    await new Promise<void>(resolve => server.listen(0, resolve));
  });
  afterAll(() => new Promise(resolve => server.close(resolve)));

  const client = () =>
    new HttpPlannerBackendClient({
      auth: mockServices.auth(),
      discovery: {
        getBaseUrl: async id =>
          `http://localhost:${
            (server.address() as AddressInfo).port
          }/api/${id}`,
        getExternalBaseUrl: async () => '',
      },
    });

  it('returns plain JSON records of this realm, as the scaffolder templating context requires', async () => {
    const plan = await client().getPlan('p-1', mockCredentials.user());
    expect(plan.plan?.recommendations[0]).toMatchObject({ gpus: 4 });
    // nunjitsu copies step outputs into the template context only when every record's
    // prototype is this realm's Object.prototype (fetch's `res.json()` is not, under jest).
    expect(Object.getPrototypeOf(plan)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(plan.plan)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(plan.plan!.recommendations)).toBe(
      Array.prototype,
    );
    expect(seen[0]).toMatchObject({
      method: 'GET',
      url: '/api/llm-planner/v1/plans/p-1',
      auth: expect.stringMatching(/^Bearer /),
    });
  });

  it('throws a ResponseError carrying the backend error', async () => {
    const error = await client()
      .getPlan('p-2', mockCredentials.user())
      .catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.statusCode).toBe(403);
    expect(error.cause.message).toBe('not your team');
  });
});
