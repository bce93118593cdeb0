import { mockCredentials } from '@backstage/backend-test-utils';
import {
  LLM_PLANNER_API,
  LlmPlannerOperation,
  RouteSpec,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import request from 'supertest';
import { as, startPlanner } from '../__testUtils__/backend';
import { createTestDatabases } from '../__testUtils__/databases';
import { createRouter } from '../router';
import { openApiDocument } from './openapi';

jest.setTimeout(120_000);

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

const ROUTES = LLM_PLANNER_API as Record<string, RouteSpec>;

/** Issues of an answer checked against the contract's schema for its status. */
function contractIssues(
  operation: LlmPlannerOperation,
  res: { status: number; body: unknown },
): string[] {
  const spec = ROUTES[operation].responses[res.status];
  if (!spec) return [`${operation} does not declare status ${res.status}`];
  if (!spec.schema) return [];
  const parsed = spec.schema.safeParse(res.body);
  return parsed.success
    ? []
    : parsed.error.issues.map(
        i => `${operation} ${res.status} ${i.path.join('.')}: ${i.message}`,
      );
}

describe('API contract and OpenAPI description', () => {
  const databases = createTestDatabases();

  it('the contract lists exactly the routes the router serves', async () => {
    const router = await createRouter({} as any);
    const served = routesOf(
      (router as unknown as { stack: Layer[] }).stack,
    ).sort();
    const listed = Object.values(ROUTES)
      .map(r => `${r.method} ${r.path}`)
      .sort();
    expect(served).toEqual(listed);
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

  it('carries a response schema for every answer with a body', () => {
    const doc = openApiDocument();
    const withoutSchema = Object.entries(ROUTES).flatMap(([id, route]) => {
      const op = (doc.paths as any)[route.path][route.method];
      expect(op.operationId).toBe(id);
      return Object.entries(route.responses)
        .filter(([, spec]) => spec.schema)
        .filter(([status]) => {
          const content = op.responses[status]?.content ?? {};
          const first = Object.values(content)[0] as { schema?: unknown };
          return !first?.schema;
        })
        .map(([status]) => `${id} ${status}`);
    });
    expect(withoutSchema).toEqual([]);
    const list = (doc.paths['/v1/plans'].get as any).responses[200].content[
      'application/json'
    ].schema;
    expect(list.required).toEqual(['items', 'nextCursor']);
    expect(list.properties.items.items.properties.summary).toBeDefined();
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
    expect(contractIssues('getOpenApiDocument', res)).toEqual([]);
  });

  it('real answers validate against the response schemas', async () => {
    const server = await startPlanner(await databases.init('SQLITE_3'));
    const alice = as('user:default/alice.support');
    const platform = as('user:default/pat.platform');
    const call = async (
      operation: LlmPlannerOperation,
      path: string,
      who: string,
      body?: object,
    ) => {
      const { method } = ROUTES[operation];
      const req = request(server)
        [method](`/api/llm-planner${path}`)
        .set('Authorization', who);
      const res = await (body ? req.send(body) : req);
      return { res, issues: contractIssues(operation, res) };
    };

    const issues: string[] = [];
    const check = async (...args: Parameters<typeof call>) => {
      const { res, issues: found } = await call(...args);
      issues.push(...found);
      return res;
    };
    const intent = {
      useCase: 'chatbot',
      users: 1000,
      usersMean: 'concurrent',
    };
    await check('health', '/health', mockCredentials.none.header());
    await check('getStatus', '/v1/status', alice);
    await check('getMe', '/v1/me', alice);
    await check('listModels', '/v1/catalog/models', alice);
    await check('listGpus', '/v1/catalog/gpus', alice);
    await check('listSloTemplates', '/v1/catalog/slo-templates', alice);
    await check('listPrices', '/v1/catalog/prices', alice);
    await check('listQuotas', '/v1/quotas', alice);
    await check('getPricePolicy', '/v1/pricing/policy', alice);
    await check('listBatches', '/v1/benchmarks/batches', alice);
    await check('listRuns', '/v1/benchmarks/runs?limit=5', alice);
    await check('listCalibration', '/v1/calibration', alice);
    await check('recommend', '/v1/recommend', alice, intent);
    const created = await check('createPlan', '/v1/plans', alice, {
      intent,
    });
    expect(created.status).toBe(201);
    const planPath = `/v1/plans/${created.body.id}`;
    await check('getPlan', planPath, alice);
    await check('listPlans', '/v1/plans', alice);
    const approved = await check('approvePlan', `${planPath}/approve`, alice, {
      version: created.body.version,
    });
    expect(approved.status).toBe(200);
    await check('recordDeployment', `${planPath}/deployments`, alice, {
      cluster: 'none',
      status: 'dry-run',
    });
    await check('listPlanDeployments', `${planPath}/deployments`, alice);
    await check(
      'getPlan',
      '/v1/plans/7f1c2b9e-3d4a-4c5b-9e8f-0a1b2c3d4e5f',
      alice,
    );
    await check(
      'setQuota',
      `/v1/quotas/${encodeURIComponent('group:default/search-ai')}`,
      platform,
      {
        gpuQuota: 8,
      },
    );
    expect(issues).toEqual([]);
  });
});
