import { createTestDatabases } from '../__testUtils__/databases';
import { someRuns } from '../__testUtils__/fixtures';
import { BenchmarkStore } from './BenchmarkStore';
import { migrationsDir } from './migrations';

jest.setTimeout(60_000);

describe('BenchmarkStore', () => {
  const databases = createTestDatabases();

  async function storeOn(id: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(id);
    await knex.migrate.latest({ directory: migrationsDir });
    return new BenchmarkStore(knex);
  }

  it.each(databases.eachSupportedId())(
    'imports a file once, lists, filters, exports and deletes it on %p',
    async id => {
      const store = await storeOn(id);
      const runs = someRuns(30);
      const input = {
        dataset: 'public seed',
        format: 'seed' as const,
        importedBy: 'user:default/pat.platform',
        checksum: 'c'.repeat(64),
        runs,
      };

      const first = await store.importBatch(input);
      expect(first.created).toBe(true);
      expect(first.batch.rowCount).toBe(30);

      const again = await store.importBatch(input);
      expect(again).toEqual({ batch: first.batch, created: false });
      expect(await store.countRuns()).toBe(30);

      const model = runs[0].run.modelId!;
      const page = await store.listRuns(
        { modelId: model },
        { limit: 5, offset: 0 },
      );
      expect(page.total).toBe(runs.filter(r => r.run.modelId === model).length);
      expect(page.items.every(i => i.run.modelId === model)).toBe(true);
      expect(page.items[0].run).toEqual(runs[0].run);

      expect(await store.exportRows({ batchId: first.batch.id })).toEqual(
        runs.map(r => r.raw),
      );

      expect(await store.deleteBatch(first.batch.id)).toBe(true);
      expect(await store.countRuns()).toBe(0);
      expect(await store.listBatches()).toEqual([]);
      expect(await store.deleteBatch(first.batch.id)).toBe(false);
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves nothing behind when a file fails midway on %p',
    async id => {
      const store = await storeOn(id);
      const runs = someRuns(3);
      const broken = [
        ...runs,
        { run: { ...runs[0].run, engine: null as any }, raw: {} },
      ];

      const outcome = await store
        .importBatch({
          dataset: 'broken',
          format: 'csv',
          importedBy: 'user:default/pat.platform',
          checksum: 'd'.repeat(64),
          runs: broken,
        })
        .then(
          async r => ({
            threw: false,
            r,
            runs: await (store as any)
              .knex('benchmark_runs')
              .select('row_index', 'engine'),
          }),
          () => ({ threw: true }),
        );
      expect(outcome).toEqual({ threw: true });

      expect(await store.listBatches()).toEqual([]);
      expect(await store.countRuns()).toBe(0);
    },
  );
});
