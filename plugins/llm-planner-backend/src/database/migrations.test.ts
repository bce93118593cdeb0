import { createTestDatabases } from '../__testUtils__/databases';
import { migrationsDir } from './migrations';

jest.setTimeout(60_000);

describe('migrations', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'go up and down cleanly on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);

      await knex.migrate.latest({ directory: migrationsDir });
      await knex('import_batches').insert({
        id: '2d6c1f0e-5a4b-4c3d-9e8f-7a6b5c4d3e2f',
        dataset: 'public seed',
        format: 'seed',
        imported_by: 'user:default/pat.platform',
        imported_at: new Date('2026-11-24T00:00:00Z'),
        checksum: 'a'.repeat(64),
        row_count: 1216,
      });
      const duplicate = await knex('import_batches')
        .insert({
          id: '3d6c1f0e-5a4b-4c3d-9e8f-7a6b5c4d3e2f',
          dataset: 'same file again',
          format: 'seed',
          imported_by: 'user:default/pat.platform',
          imported_at: new Date(),
          checksum: 'a'.repeat(64),
          row_count: 1216,
        })
        .then(
          async () => ({
            threw: false,
            rows: await knex('import_batches').select('id', 'checksum'),
            schema: databaseId.startsWith('SQLITE')
              ? await knex.raw('select name, sql from sqlite_master')
              : null,
          }),
          () => ({ threw: true }),
        );
      expect(duplicate).toEqual({ threw: true });

      const tables = [
        'import_batches',
        'benchmark_runs',
        'catalog_models',
        'catalog_gpus',
        'catalog_prices',
        'catalog_slo_templates',
        'team_quotas',
        'plans',
        'chat_messages',
        'deployments',
        'outcomes',
        'calibration_factors',
      ];
      const present = async () =>
        Promise.all(tables.map(t => knex.schema.hasTable(t)));
      expect(await present()).toEqual(tables.map(() => true));
      expect(await knex.schema.hasColumn('deployments', 'config_key')).toBe(
        true,
      );

      // Every later migration goes down without losing a table of the first two.
      const [completed] = await knex.migrate.list({
        directory: migrationsDir,
      });
      const later = completed
        .map((m: { name?: string } | string) =>
          typeof m === 'string' ? m : m.name ?? '',
        )
        .filter((name: string) => name.slice(0, 14) > '20261124020000');
      expect(later.length).toBeGreaterThan(0);
      for (let i = 0; i < later.length; i++) {
        await knex.migrate.down({ directory: migrationsDir });
        expect(await present()).toEqual(tables.map(() => true));
        expect(await knex.schema.hasColumn('deployments', 'config_key')).toBe(
          true,
        );
      }

      // Down one more step drops the deployments' configuration column only.
      await knex.migrate.down({ directory: migrationsDir });
      expect(await knex.schema.hasColumn('deployments', 'config_key')).toBe(
        false,
      );
      expect(await present()).toEqual(tables.map(() => true));

      // Down another step keeps the first migration's data; to zero removes everything.
      await knex.migrate.down({ directory: migrationsDir });
      expect(await present()).toEqual(tables.map(t => t === 'import_batches'));
      const [{ n }] = await knex('import_batches').count({ n: '*' });
      expect(Number(n)).toBe(1);
      await knex.migrate.rollback({ directory: migrationsDir }, true);
      expect(await present()).toEqual(tables.map(() => false));

      await knex.migrate.latest({ directory: migrationsDir });
      expect(await present()).toEqual(tables.map(() => true));
      await knex.destroy();
    },
  );
});
