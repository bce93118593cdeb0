import { mockCredentials } from '@backstage/backend-test-utils';
import { Plan } from '@llm-planner/backstage-plugin-llm-planner-common';
import knexFactory, { Knex } from 'knex';
import { seedKnowledgeBase } from '../__testUtils__/fixtures';
import {
  freshPostgresDatabase,
  Replica,
  spawnReplica,
} from '../__testUtils__/replicas';
import { StoredPrice } from '../database/CatalogStore';
import { SEED_IMPORTER } from './SeedService';

/**
 * Two backend replicas, each a real node process with its own connection pool, on one
 * PostgreSQL database: the production shape behind a load balancer.
 */
const PG = process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const describeWithPostgres =
  PG || process.env.LLM_PLANNER_REQUIRE_POSTGRES === '1'
    ? describe
    : describe.skip;

jest.setTimeout(240_000);

/** How soon a write on one replica must show on the others. */
const STALENESS_DEADLINE_MS = 2_000;

const platform = mockCredentials.user.header('user:default/pat.platform');
const user = mockCredentials.user.header('user:default/alice.support');

async function call(
  replica: Replica,
  path: string,
  init: { method?: string; body?: unknown; auth?: string } = {},
) {
  const res = await fetch(`${replica.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: init.auth ?? user,
      ...(init.body !== undefined && { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return {
    status: res.status,
    etag: res.headers.get('etag'),
    body: text ? JSON.parse(text) : undefined,
  };
}

const intent = { useCase: 'chatbot', users: 1000 };

async function recommend(replica: Replica): Promise<Plan> {
  const res = await call(replica, '/v1/recommend', {
    method: 'POST',
    body: intent,
  });
  expect(res.status).toBe(200);
  return res.body;
}

/** Polls `probe` until it returns a value or the deadline passes; undefined then. */
async function until<T>(
  deadline: number,
  probe: () => Promise<T | undefined>,
): Promise<T | undefined> {
  for (;;) {
    const value = await probe();
    if (value !== undefined || performance.now() > deadline) return value;
    await new Promise(r => setTimeout(r, 25));
  }
}

describeWithPostgres('two backend replicas on one PostgreSQL database', () => {
  let db: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let knex: Knex;
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    if (!PG) {
      throw new Error(
        'set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING to run the replica test',
      );
    }
    db = await freshPostgresDatabase(PG, 'llm_planner_replicas');
    knex = knexFactory({ client: 'pg', connection: db.connection });
    // both start at once on the empty database: migrations and seed race
    [a, b] = await Promise.all([
      spawnReplica(db.connection),
      spawnReplica(db.connection),
    ]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await knex?.destroy();
    await db?.drop();
  });

  it('migrates and seeds once when both start together', async () => {
    const batches = await knex('import_batches').where({
      imported_by: SEED_IMPORTER,
    });
    expect(batches).toHaveLength(1);
    const [{ n }] = await knex('catalog_prices').count({ n: '*' });
    expect(Number(n)).toBe(seedKnowledgeBase().prices.length);
    const [{ runs }] = await knex('benchmark_runs').count({ runs: '*' });
    expect(Number(runs)).toBe(batches[0].row_count);
    expect((await call(a, '/v1/knowledge-base')).status).toBe(200);
    expect((await call(b, '/v1/knowledge-base')).status).toBe(200);
  });

  it('shows a price change on A in the plans and entity tag of B within 2 s', async () => {
    const before = await recommend(b);
    expect(await recommend(a)).toEqual(before);
    const etagBefore = (await call(b, '/v1/knowledge-base')).etag;
    expect(etagBefore).toMatch(/^W\/"kb-\d+"$/);
    expect((await call(a, '/v1/knowledge-base')).etag).toBe(etagBefore);

    // the price row the cheapest configuration is costed with becomes ten times as
    // expensive, in one write on A
    const { gpuId, cost } = before.recommendations[0];
    const prices: StoredPrice[] = (await call(a, '/v1/catalog/prices')).body
      .items;
    const [row, ...others] = prices.filter(
      p =>
        p.gpuId === gpuId &&
        p.provider === cost.provider &&
        p.region === cost.region &&
        p.pricePerGpuHour === cost.pricePerGpuHour,
    );
    expect(others).toEqual([]);
    const { id, updatedBy, updatedAt, ...price } = row;
    const written = await call(a, `/v1/catalog/prices/${id}`, {
      method: 'PUT',
      auth: platform,
      body: {
        ...price,
        pricePerGpuHour: price.pricePerGpuHour * 10,
        pricePerHour: price.pricePerHour && price.pricePerHour * 10,
      },
    });
    expect(written.status).toBe(200);
    const deadline = performance.now() + STALENESS_DEADLINE_MS;

    const after = await recommend(a);
    expect(after).not.toEqual(before);
    const onB = await until(deadline, async () => {
      const plan = await recommend(b);
      return JSON.stringify(plan) === JSON.stringify(after) ? plan : undefined;
    });
    expect(onB).toEqual(after);

    const etagA = (await call(a, '/v1/knowledge-base')).etag;
    expect(etagA).not.toBe(etagBefore);
    const etagB = await until(deadline, async () => {
      const res = await call(b, '/v1/knowledge-base');
      return res.etag === etagA ? res.etag : undefined;
    });
    expect(etagB).toBe(etagA);
    // a client holding B's entity tag is told its copy is current by A
    const revalidated = await fetch(`${a.baseUrl}/v1/knowledge-base`, {
      headers: { authorization: user, 'if-none-match': etagB! },
    });
    expect(revalidated.status).toBe(304);
  });
});
