import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

/**
 * The databases every store test runs on. Postgres is not optional: when the test command
 * runs with LLM_PLANNER_REQUIRE_POSTGRES=1 (as `yarn test:all` and CI do) a missing
 * connection string fails the suite instead of silently testing SQLite only.
 */
export const DATABASE_IDS: TestDatabaseId[] = ['POSTGRES_15', 'SQLITE_3'];

export function createTestDatabases(): TestDatabases {
  const databases = TestDatabases.create({ ids: DATABASE_IDS });
  if (
    process.env.LLM_PLANNER_REQUIRE_POSTGRES === '1' &&
    !databases.eachSupportedId().some(([id]) => id === 'POSTGRES_15')
  ) {
    throw new Error(
      'Postgres 15 is required for these tests but not configured: set ' +
        'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING=postgresql://postgres@127.0.0.1:5432',
    );
  }
  return databases;
}
