import { Knex } from 'knex';
import request from 'supertest';
import { as, startPlanner } from '../__testUtils__/backend';
import { createTestDatabases } from '../__testUtils__/databases';

jest.setTimeout(180_000);

const API = '/api/llm-planner';
const alice = as('user:default/alice.support');
const bob = as('user:default/bob.support');
const carol = as('user:default/carol.search');
const pat = as('user:default/pat.platform');
const loner = as('user:default/loner');
const chatbot = { useCase: 'chatbot', users: 1000, usersMean: 'concurrent' };

/** The import route's limit in the second planner, small enough to exceed in a test. */
const SMALL_IMPORT_LIMIT = 200 * 1024;

/** Every error answer: `{ error: { name, message } }` and nothing that leaks internals. */
function expectCleanError(
  res: request.Response,
  status: number,
  message: RegExp,
) {
  expect(res.status).toBe(status);
  expect(Object.keys(res.body.error).sort()).toEqual(['message', 'name']);
  expect(res.body.error.message).toMatch(message);
  expect(JSON.stringify(res.body)).not.toMatch(
    /invalid input syntax|select |insert |update "|\.ts:\d+|node_modules/i,
  );
}

/** Reads an NDJSON chat answer into its lines. */
function lines(text: string) {
  return text
    .trim()
    .split('\n')
    .map(l => JSON.parse(l));
}

/** issue #12: what a probe of the API found, each attack refused on every database. */
describe('API hardening', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let server: Awaited<ReturnType<typeof startPlanner>>;
    /** A second planner with a small import limit and a database the test may break. */
    let other: Awaited<ReturnType<typeof startPlanner>>;
    let otherKnex: Knex;
    beforeAll(async () => {
      server = await startPlanner(await databases.init(databaseId));
      otherKnex = await databases.init(databaseId);
      other = await startPlanner(otherKnex, {
        config: {
          llmPlanner: { imports: { maxBodyBytes: SMALL_IMPORT_LIMIT } },
        },
      });
    });

    async function createPlan(auth: string, body: object = {}) {
      const res = await request(server)
        .post(`${API}/v1/plans`)
        .set('Authorization', auth)
        .send({ intent: chatbot, ...body });
      expect(res.status).toBe(201);
      return res.body as { id: string; version: number; updatedAt: string };
    }

    it('answers a plan or conversation id that is not a UUID with 400, not a database error (defect 2)', async () => {
      const bad = ['not-a-uuid', "1' or '1'='1", '12345'];
      for (const id of bad) {
        const path = `${API}/v1/plans/${encodeURIComponent(id)}`;
        const answers = [
          await request(server).get(path).set('Authorization', alice),
          await request(server)
            .put(path)
            .set('Authorization', alice)
            .send({ version: 1, intent: chatbot }),
          await request(server)
            .get(`${path}/autoscaling`)
            .set('Authorization', alice),
          await request(server)
            .post(`${path}/approve`)
            .set('Authorization', alice)
            .send({ version: 1 }),
          await request(server)
            .post(`${path}/retire`)
            .set('Authorization', alice)
            .send({ version: 1 }),
        ];
        for (const res of answers) {
          expectCleanError(res, 400, /^Invalid plan id: must be a UUID$/);
        }
        expectCleanError(
          await request(server)
            .get(`${API}/v1/chat/${encodeURIComponent(id)}`)
            .set('Authorization', alice),
          400,
          /^Invalid conversation id: must be a UUID$/,
        );
      }
      // A well-formed id that does not exist is still a 404.
      const missing = await request(server)
        .get(`${API}/v1/plans/00000000-0000-4000-8000-000000000000`)
        .set('Authorization', alice);
      expect(missing.status).toBe(404);
      expect(missing.body.error).toEqual({
        name: 'NotFoundError',
        message: 'No plan 00000000-0000-4000-8000-000000000000',
      });
    });

    it('refuses control characters in free text with 400 naming the field, and never streams SQL (defect 3)', async () => {
      const title = await request(server)
        .post(`${API}/v1/plans`)
        .set('Authorization', alice)
        .send({ title: 'evil\u0000title', intent: chatbot });
      expectCleanError(title, 400, /title: must not contain control/);
      expect(title.body.error.message).toMatch(/U\+0000/);

      const plan = await createPlan(alice);
      const retitle = await request(server)
        .put(`${API}/v1/plans/${plan.id}`)
        .set('Authorization', alice)
        .send({ version: 1, title: 'bell\u0007', intent: chatbot });
      expectCleanError(retitle, 400, /title: must not contain control/);

      // Tabs and line breaks are text, not control: they stay allowed.
      const tabs = await request(server)
        .post(`${API}/v1/plans`)
        .set('Authorization', alice)
        .send({ title: 'two\tcolumns', intent: chatbot });
      expect(tabs.status).toBe(201);

      const chat = await request(server)
        .post(`${API}/v1/chat`)
        .set('Authorization', alice)
        .send({ message: 'chatbot for 100\u0000 users' });
      expectCleanError(chat, 400, /message: must not contain control/);

      const price = await request(server)
        .post(`${API}/v1/catalog/prices`)
        .set('Authorization', pat)
        .send(aPrice({ provider: 'Cloud\u0000Co' }));
      expectCleanError(price, 400, /provider: must not contain control/);

      const models = await request(server)
        .get(`${API}/v1/catalog/models`)
        .set('Authorization', pat);
      const model = models.body.items[0];
      const notes = await request(server)
        .put(`${API}/v1/catalog/models/${model.id}`)
        .set('Authorization', pat)
        .send({ ...model, notes: 'x\u001by' });
      expectCleanError(notes, 400, /notes: must not contain control/);

      // When the store fails mid-chat the stream says so without the SQL or a stack.
      await otherKnex.schema.renameTable('chat_messages', 'chat_messages_gone');
      try {
        const broken = await request(other)
          .post(`${API}/v1/chat`)
          .set('Authorization', alice)
          .send({ message: 'chatbot for 100 users' });
        expect(broken.status).toBe(200);
        const error = lines(broken.text).find(l => l.type === 'error');
        expect(error.message).toMatch(/could not answer/);
        expect(error.message).not.toMatch(/chat_messages|insert|select|at /i);
      } finally {
        await otherKnex.schema.renameTable(
          'chat_messages_gone',
          'chat_messages',
        );
      }
    });

    it('limits request bodies per route with a 413 that names the limit (defect 8)', async () => {
      const chat = await request(server)
        .post(`${API}/v1/chat`)
        .set('Authorization', alice)
        .send({ message: 'x'.repeat(70 * 1024) });
      expectCleanError(
        chat,
        413,
        /^Request body is larger than the 64 KB allowed for \/v1\/chat$/,
      );
      expect(chat.body.error.name).toBe('PayloadTooLargeError');

      const plan = await request(server)
        .post(`${API}/v1/plans`)
        .set('Authorization', alice)
        .send({ intent: chatbot, padding: 'x'.repeat(1100 * 1024) });
      expectCleanError(
        plan,
        413,
        /^Request body is larger than the 1 MB allowed for \/v1\/plans$/,
      );

      // The import route has its own, larger limit: 2 MB passes the parser to validation.
      const bigImport = await request(server)
        .post(`${API}/v1/benchmarks/imports`)
        .set('Authorization', pat)
        .send({ format: 'nonsense', content: 'x'.repeat(2 * 1024 * 1024) });
      expect(bigImport.status).not.toBe(413);

      // … and llmPlanner.imports.maxBodyBytes sets it.
      const tooBigImport = await request(other)
        .post(`${API}/v1/benchmarks/imports`)
        .set('Authorization', pat)
        .send({ format: 'csv', content: 'x'.repeat(SMALL_IMPORT_LIMIT) });
      expectCleanError(
        tooBigImport,
        413,
        /^Request body is larger than the 200 KB allowed for \/v1\/benchmarks\/imports$/,
      );

      // Malformed JSON is a 400 that does not echo the body back.
      const malformed = await request(server)
        .post(`${API}/v1/plans`)
        .set('Authorization', alice)
        .set('Content-Type', 'application/json')
        .send('{"intent": secret-token');
      expectCleanError(malformed, 400, /not valid JSON/);
      expect(JSON.stringify(malformed.body)).not.toMatch(/secret-token/);
    });

    it('authorises an approval before looking at the plan, and lets exactly one of concurrent approvers win (defect 9)', async () => {
      const plan = await createPlan(alice);
      const url = `${API}/v1/plans/${plan.id}`;

      // Outsiders get 403 whatever the version they send.
      for (const auth of [carol, loner]) {
        for (const version of [1, 7]) {
          const res = await request(server)
            .post(`${url}/approve`)
            .set('Authorization', auth)
            .send({ version });
          expectCleanError(res, 403, /cannot approve plan/);
          expect(res.body.error.message).not.toMatch(/draft|version/);
        }
      }

      const approvals = await Promise.all(
        [alice, bob, alice, bob, alice].map(auth =>
          request(server)
            .post(`${url}/approve`)
            .set('Authorization', auth)
            .send({ version: 1 }),
        ),
      );
      const statuses = approvals.map(r => r.status).sort();
      expect(statuses).toEqual([200, 409, 409, 409, 409]);
      for (const lost of approvals.filter(r => r.status === 409)) {
        expectCleanError(lost, 409, /changed since version 1|is approved/);
      }
      const winner = approvals.find(r => r.status === 200)!;
      expect(winner.body).toMatchObject({ status: 'approved', version: 2 });

      // Still 403 for outsiders once approved: the state does not leak.
      const after = await request(server)
        .post(`${url}/approve`)
        .set('Authorization', carol)
        .send({ version: 2 });
      expectCleanError(after, 403, /cannot approve plan/);
      expect(after.body.error.message).not.toMatch(/approved/);

      // A member with a stale version gets 409, with the current one 400 (no transition).
      const stale = await request(server)
        .post(`${url}/approve`)
        .set('Authorization', bob)
        .send({ version: 1 });
      expectCleanError(stale, 409, /changed since version 1/);
      const again = await request(server)
        .post(`${url}/approve`)
        .set('Authorization', bob)
        .send({ version: 2 });
      expectCleanError(again, 400, /is approved and cannot become approved/);

      // Concurrent retirements of one version: one wins as well.
      const retirements = await Promise.all(
        [alice, bob, alice].map(auth =>
          request(server)
            .post(`${url}/retire`)
            .set('Authorization', auth)
            .send({ version: 2 }),
        ),
      );
      expect(retirements.map(r => r.status).sort()).toEqual([200, 409, 409]);
    });

    it('refuses absurd values and pages the plan list (defect 10)', async () => {
      const recommend = (intent: object) =>
        request(server)
          .post(`${API}/v1/recommend`)
          .set('Authorization', alice)
          .send(intent);
      expectCleanError(
        await recommend({ ...chatbot, users: 1e12 }),
        400,
        /users: must be at most 10000000 \(10 million\)/,
      );
      expectCleanError(
        await recommend({ ...chatbot, slo: { ttftMs: 1e-9 } }),
        400,
        /slo\.ttftMs: must be at least 1 ms/,
      );
      expectCleanError(
        await recommend({ ...chatbot, slo: { e2eMs: 3_600_000 } }),
        400,
        /slo\.e2eMs: must be at most 600000 ms/,
      );
      expect((await recommend({ ...chatbot, users: 10_000_000 })).status).toBe(
        200,
      );
      expectCleanError(
        await request(server)
          .post(`${API}/v1/predict`)
          .set('Authorization', alice)
          .send({
            model: 'qwen3-8b',
            gpu: 'H100',
            tp: 1,
            inputTokens: 1e12,
            outputTokens: 256,
            concurrency: 1e9,
          }),
        400,
        /inputTokens: must be at most 10000000 tokens.*concurrency: must be at most 100000/,
      );

      for (const pricePerGpuHour of [-2, 0, 1e9]) {
        const res = await request(server)
          .post(`${API}/v1/catalog/prices`)
          .set('Authorization', pat)
          .send(aPrice({ pricePerGpuHour }));
        expectCleanError(res, 400, /pricePerGpuHour: must be/);
      }
      const fine = await request(server)
        .post(`${API}/v1/catalog/prices`)
        .set('Authorization', pat)
        .send(aPrice({}));
      expect(fine.status).toBe(201);

      const quota = (teamRef: string, gpuQuota: number) =>
        request(server)
          .put(`${API}/v1/quotas/${encodeURIComponent(teamRef)}`)
          .set('Authorization', pat)
          .send({ gpuQuota });
      expectCleanError(
        await quota('group:default/search-ai', 20_000),
        400,
        /gpuQuota: must be at most 10000 GPUs/,
      );
      expectCleanError(
        await quota('group:default/search-ai', -1),
        400,
        /gpuQuota/,
      );
      expectCleanError(
        await quota('group:default/no-such-team', 4),
        400,
        /no Group group:default\/no-such-team in the catalog/,
      );
      expect((await quota('group:default/search-ai', 10_000)).status).toBe(200);

      // Five plans of carol's, read two at a time: newest first, each once.
      const created: string[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await request(server)
          .post(`${API}/v1/plans`)
          .set('Authorization', carol)
          .send({ title: `page ${i}`, intent: chatbot });
        expect(res.status).toBe(201);
        created.push(res.body.id);
      }
      const seen: { id: string; updatedAt: string }[] = [];
      const pageSizes: number[] = [];
      let cursor: string | null = null;
      do {
        const res: request.Response = await request(server)
          .get(`${API}/v1/plans`)
          .query({ scope: 'mine', limit: 2, ...(cursor ? { cursor } : {}) })
          .set('Authorization', carol);
        expect(res.status).toBe(200);
        expect(Object.keys(res.body).sort()).toEqual(['items', 'nextCursor']);
        pageSizes.push(res.body.items.length);
        seen.push(...res.body.items);
        cursor = res.body.nextCursor;
      } while (cursor && pageSizes.length < 10);
      expect(pageSizes).toEqual([2, 2, 1]);
      expect(seen.map(p => p.id).sort()).toEqual([...created].sort());
      const times = seen.map(p => p.updatedAt);
      expect([...times].sort().reverse()).toEqual(times);

      const all = await request(server)
        .get(`${API}/v1/plans?scope=mine`)
        .set('Authorization', carol);
      expect(all.body).toMatchObject({ nextCursor: null });
      expect(all.body.items.map((p: { id: string }) => p.id)).toEqual(
        seen.map(p => p.id),
      );

      for (const query of ['limit=0', 'limit=201', 'limit=ten']) {
        expectCleanError(
          await request(server)
            .get(`${API}/v1/plans?${query}`)
            .set('Authorization', carol),
          400,
          /Invalid query: limit/,
        );
      }
      expectCleanError(
        await request(server)
          .get(`${API}/v1/plans?cursor=bm90LWEtY3Vyc29y`)
          .set('Authorization', carol),
        400,
        /Invalid cursor/,
      );
    });
  });
});

/** A valid price for the catalog routes, with `change` applied. */
function aPrice(change: object) {
  return {
    row: 1,
    provider: 'ExampleCloud',
    region: 'eu-west-1',
    instanceType: 'gpu.h100x8',
    gpuRaw: 'H100',
    gpuId: 'H100',
    gpuCount: 8,
    pricing: 'on-demand',
    pricingRaw: 'on-demand',
    pricePerHour: 24,
    pricePerGpuHour: 3,
    asOf: '2026-11-01',
    source: 'hardening test',
    notes: '',
    ...change,
  };
}
