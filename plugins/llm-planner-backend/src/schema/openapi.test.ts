import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { startPlanner } from '../__testUtils__/backend';
import { createTestDatabases } from '../__testUtils__/databases';
import { createRouter } from '../router';
import { OPERATIONS, openApiDocument } from './openapi';

jest.setTimeout(60_000);

type Layer = {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
};

/** Every (method, path) the express router answers, in OpenAPI path syntax. */
function routesOf(stack: Layer[]): string[] {
  return stack.flatMap(layer => {
    if (layer.route) {
      const path = layer.route.path.replace(/:(\w+)/g, '{$1}');
      return Object.keys(layer.route.methods).map(m => `${m} ${path}`);
    }
    return layer.handle?.stack ? routesOf(layer.handle.stack) : [];
  });
}

describe('OpenAPI description', () => {
  const databases = createTestDatabases();

  it('describes exactly the routes the router serves', async () => {
    const router = await createRouter({} as any);
    const served = routesOf(
      (router as unknown as { stack: Layer[] }).stack,
    ).sort();
    const described = Object.entries(OPERATIONS)
      .flatMap(([path, methods]) =>
        Object.keys(methods).map(m => `${m} ${path}`),
      )
      .sort();
    expect(served).toEqual(described);
  });

  it('carries the request schemas the routes validate with', () => {
    const doc = openApiDocument();
    const createPlan = doc.paths['/v1/plans'].post as any;
    const schema = createPlan.requestBody.content['application/json'].schema;
    expect(schema.required).toEqual(['intent']);
    expect(schema.properties.intent.properties.usersMean.enum).toEqual([
      'population',
      'concurrent',
      'rps',
    ]);
    const runs = doc.paths['/v1/benchmarks/runs'].get as any;
    expect(runs.parameters.map((p: { name: string }) => p.name)).toContain(
      'gpuId',
    );
  });

  it('is served without credentials', async () => {
    const server = await startPlanner(await databases.init('SQLITE_3'));
    const res = await request(server)
      .get('/api/llm-planner/v1/openapi.json')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      openapi: '3.1.0',
      info: { title: 'llm-planner' },
    });
  });
});
