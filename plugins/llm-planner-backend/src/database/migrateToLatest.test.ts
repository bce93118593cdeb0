import knexFactory, { Knex } from 'knex';
import { freshPostgresDatabase } from '../__testUtils__/replicas';
import { currentSchemaVersion, migrateToLatest } from './migrations';

const PG = process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
const describeWithPostgres =
  PG || process.env.LLM_PLANNER_REQUIRE_POSTGRES === '1'
    ? describe
    : describe.skip;

jest.setTimeout(120_000);

describeWithPostgres('migrations of replicas starting together', () => {
  it('lets every replica wait for the one that migrates instead of failing', async () => {
    if (!PG)
      throw new Error('BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING');
    const db = await freshPostgresDatabase(PG, 'llm_planner_migrate');
    // one pool per replica, as separate processes would have
    const pools: Knex[] = [1, 2, 3].map(() =>
      knexFactory({ client: 'pg', connection: db.connection }),
    );
    try {
      const outcomes = await Promise.allSettled(pools.map(migrateToLatest));
      expect(outcomes.map(o => o.status)).toEqual([
        'fulfilled',
        'fulfilled',
        'fulfilled',
      ]);
      const versions = await Promise.all(pools.map(currentSchemaVersion));
      expect(new Set(versions).size).toBe(1);
      const [{ n }] = await pools[0]('knex_migrations').count({ n: '*' });
      const [{ m }] = await pools[0]('knex_migrations').countDistinct({
        m: 'name',
      });
      expect(Number(n)).toBe(Number(m));
      const [lock] = await pools[0]('knex_migrations_lock');
      expect(lock.is_locked).toBe(0);
    } finally {
      await Promise.all(pools.map(p => p.destroy()));
      await db.drop();
    }
  });
});
