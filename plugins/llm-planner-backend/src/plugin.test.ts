import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { llmPlannerPlugin } from './plugin';
import { createTestDatabases } from './__testUtils__/databases';

jest.setTimeout(60_000);

describe('llm-planner backend plugin', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'migrates %p and reports its status through the real plugin wiring',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { server } = await startTestBackend({
        features: [llmPlannerPlugin, mockServices.database.factory({ knex })],
      });

      const res = await request(server).get('/api/llm-planner/v1/status');

      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        database: 'ok',
        databaseClient: databaseId.startsWith('POSTGRES') ? 'pg' : 'sqlite',
        schemaVersion: '20261124000000',
        importBatches: 0,
      });
    },
  );

  it('answers /health without credentials', async () => {
    const { server } = await startTestBackend({ features: [llmPlannerPlugin] });

    await request(server)
      .get('/api/llm-planner/health')
      .set('Authorization', mockCredentials.none.header())
      .expect(200, { status: 'ok' });
  });

  it('rejects unauthenticated requests to the API', async () => {
    const { server } = await startTestBackend({ features: [llmPlannerPlugin] });

    const res = await request(server)
      .get('/api/llm-planner/v1/status')
      .set('Authorization', mockCredentials.none.header());

    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { name: 'AuthenticationError' } });
  });
});
