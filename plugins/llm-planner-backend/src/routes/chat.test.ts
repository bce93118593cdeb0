import request from 'supertest';
import { as, startPlanner } from '../__testUtils__/backend';
import { createTestDatabases } from '../__testUtils__/databases';

jest.setTimeout(120_000);

/** Reads an NDJSON chat answer into its lines. */
function lines(text: string) {
  return text
    .trim()
    .split('\n')
    .map(l => JSON.parse(l));
}

describe('planning chat API', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let server: Awaited<ReturnType<typeof startPlanner>>;
    beforeAll(async () => {
      server = await startPlanner(await databases.init(databaseId));
    });
    const alice = as('user:default/alice.support');

    it('streams a reply, asks what "users" means, and turns the answer into a plan', async () => {
      const first = await request(server)
        .post('/api/llm-planner/v1/chat')
        .set('Authorization', alice)
        .send({
          message:
            'customer-support chatbot, ~1000 users, answers must start fast',
        });
      expect(first.status).toBe(200);
      expect(first.headers['content-type']).toMatch(/application\/x-ndjson/);
      const out = lines(first.text);
      expect(out.filter(l => l.type === 'token').length).toBeGreaterThan(0);
      const result = out[out.length - 1];
      expect(result).toMatchObject({
        type: 'result',
        extractor: 'rules',
        intent: { useCase: 'customer-service', users: 1000 },
      });
      expect(result.fallbackReason).toMatch(/not configured/);
      expect(result.clarifyingQuestion).toMatch(/1000 users/);
      expect(result.intent.usersMean).toBeUndefined();

      const second = await request(server)
        .post('/api/llm-planner/v1/chat')
        .set('Authorization', alice)
        .send({
          conversationId: result.conversationId,
          message: 'concurrent',
          intent: result.intent,
        });
      const answer = lines(second.text).pop();
      expect(answer.intent).toMatchObject({
        useCase: 'customer-service',
        users: 1000,
        usersMean: 'concurrent',
      });

      const plan = await request(server)
        .post('/api/llm-planner/v1/plans')
        .set('Authorization', alice)
        .send({ intent: answer.intent, conversationId: result.conversationId });
      expect(plan.status).toBe(201);
      expect(plan.body.plan.workload.usersMean).toBe('concurrent');

      const history = await request(server)
        .get(`/api/llm-planner/v1/chat/${result.conversationId}`)
        .set('Authorization', alice);
      expect(history.body.items.map((m: { role: string }) => m.role)).toEqual([
        'user',
        'assistant',
        'user',
        'assistant',
      ]);

      const other = await request(server)
        .get(`/api/llm-planner/v1/chat/${result.conversationId}`)
        .set('Authorization', as('user:default/carol.search'));
      expect(other.status).toBe(403);
    });

    it('rejects an empty message', async () => {
      const res = await request(server)
        .post('/api/llm-planner/v1/chat')
        .set('Authorization', alice)
        .send({ message: '   ' });
      expect(res.status).toBe(400);
    });
  });
});
