import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@internal/backstage-plugin-llm-planner-backend',
  'migrations',
);

/** Applies the plugin's migrations unless the operator disabled them in config. */
export async function applyDatabaseMigrations(
  database: DatabaseService,
): Promise<Knex> {
  const knex = await database.getClient();
  if (!database.migrations?.skip) {
    await knex.migrate.latest({ directory: migrationsDir });
  }
  return knex;
}

/** Name of the newest migration applied to this database, or 'none'. */
export async function currentSchemaVersion(knex: Knex): Promise<string> {
  return knex.migrate.currentVersion({ directory: migrationsDir });
}

export { migrationsDir };
