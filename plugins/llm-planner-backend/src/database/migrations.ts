import { DatabaseService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { packagePath } from '../packagePath';

const migrationsDir = packagePath('migrations');

/** Postgres advisory lock that replicas starting together queue on to migrate one by one. */
export const MIGRATION_LOCK = 'llm-planner:migrations';

/**
 * Brings the schema up to date. knex's own lock (the `knex_migrations_lock` row) does not
 * make replicas that start together safe: the loser fails with "Migration table is already
 * locked" instead of waiting, and the two may race creating knex's tables on an empty
 * database. On PostgreSQL the migrations therefore run while this process holds a
 * transaction-scoped advisory lock (on one pooled connection; the migrations use others):
 * a second replica blocks on the lock until the first has committed, then finds nothing to
 * do. SQLite is a single process and needs no lock.
 */
export async function migrateToLatest(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'pg') {
    await knex.migrate.latest({ directory: migrationsDir });
    return;
  }
  await knex.transaction(async trx => {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [
      MIGRATION_LOCK,
    ]);
    await knex.migrate.latest({ directory: migrationsDir });
  });
}

/** Applies the plugin's migrations unless the operator disabled them in config. */
export async function applyDatabaseMigrations(
  database: DatabaseService,
): Promise<Knex> {
  const knex = await database.getClient();
  if (!database.migrations?.skip) {
    await migrateToLatest(knex);
  }
  return knex;
}

/** Name of the newest migration applied to this database, or 'none'. */
export async function currentSchemaVersion(knex: Knex): Promise<string> {
  return knex.migrate.currentVersion({ directory: migrationsDir });
}

export { migrationsDir };
