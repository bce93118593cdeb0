import { createTestDatabases } from '../__testUtils__/databases';
import { someRuns } from '../__testUtils__/fixtures';
import { BenchmarkStore } from './BenchmarkStore';
import { readKnowledgeVersion } from './knowledgeVersion';
import { migrationsDir } from './migrations';
import { runContentHash } from './preparedRun';

jest.setTimeout(60_000);

const importer = 'user:default/pat.platform';

describe('BenchmarkStore', () => {
  const databases = createTestDatabases();

  async function storeOn(id: Parameters<typeof databases.init>[0]) {
    const knex = await databases.init(id);
    await knex.migrate.latest({ directory: migrationsDir });
    return { knex, store: new BenchmarkStore(knex) };
  }

  it.each(databases.eachSupportedId())(
    'imports a file once, lists, filters, exports and deletes it on %p',
    async id => {
      const { knex, store } = await storeOn(id);
      const runs = someRuns(30);
      const input = {
        dataset: 'public seed',
        format: 'seed' as const,
        importedBy: importer,
        runs,
      };
      const version = await readKnowledgeVersion(knex);

      const first = await store.importBatch(input);
      if (!first.created) throw new Error('expected a new batch');
      expect(first.batch.rowCount).toBe(30);
      expect(first.imported).toBe(30);
      expect(await readKnowledgeVersion(knex)).toBe(version + 1);

      const again = await store.importBatch(input);
      expect(again.created).toBe(false);
      expect(again.imported).toBe(0);
      expect(again.duplicates).toHaveLength(30);
      expect(again.duplicates[0]).toEqual({
        row: runs[0].run.row,
        sameAs: { batchId: first.batch.id, runId: expect.any(Number) },
      });
      expect(await store.countRuns()).toBe(30);
      expect(await readKnowledgeVersion(knex)).toBe(version + 1);

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
      expect(await readKnowledgeVersion(knex)).toBe(version + 2);
      expect(await store.countRuns()).toBe(0);
      expect(await store.listBatches()).toEqual([]);
      expect(await store.deleteBatch(first.batch.id)).toBe(false);
      expect(await readKnowledgeVersion(knex)).toBe(version + 2);
    },
  );

  it.each(databases.eachSupportedId())(
    'stores each measurement once: duplicates in the file and in the store on %p',
    async id => {
      const { knex, store } = await storeOn(id);
      const runs = someRuns(10);
      await store.importBatch({
        dataset: 'first five',
        format: 'csv',
        importedBy: importer,
        runs: runs.slice(0, 5),
      });

      // rows 6-10 are new, rows 1-5 are stored, and run 7 appears twice in the file
      const file = [...runs, { ...runs[6], run: { ...runs[6].run, row: 11 } }];
      const second = await store.importBatch({
        dataset: 'all ten, one twice',
        format: 'csv',
        importedBy: importer,
        runs: file,
      });
      if (!second.created) throw new Error('expected a new batch');
      expect(second.imported).toBe(5);
      expect(second.batch.rowCount).toBe(5);
      expect(second.duplicates.map(d => d.row)).toEqual([
        ...runs.slice(0, 5).map(r => r.run.row),
        11,
      ]);
      expect(second.duplicates[5]).toEqual({
        row: 11,
        sameAs: { row: runs[6].run.row },
      });
      expect(await store.countRuns()).toBe(10);

      const hashes = await knex('benchmark_runs')
        .select('content_hash')
        .orderBy('id');
      expect(hashes.map(h => h.content_hash)).toEqual(
        runs.map(r => runContentHash(r.run)),
      );

      // the unique index holds even when a writer skips the check
      const row = await knex('benchmark_runs').first();
      const { id: _id, ...copy } = row;
      await expect(knex('benchmark_runs').insert(copy)).rejects.toThrow();
    },
  );

  it.each(databases.eachSupportedId())(
    'pages batches and runs with opaque cursors on %p',
    async id => {
      const { store } = await storeOn(id);
      const runs = someRuns(25);
      const batchIds: string[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await store.importBatch({
          dataset: `batch ${i}`,
          format: 'csv',
          importedBy: importer,
          runs: runs.slice(i * 5, i * 5 + 5),
        });
        if (r.created) batchIds.push(r.batch.id);
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = await store.pageBatches({ limit: 2, cursor });
        seen.push(...page.items.map(b => b.id));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect(seen).toEqual((await store.listBatches()).map(b => b.id));
      expect(new Set(seen)).toEqual(new Set(batchIds));

      const runIds: number[] = [];
      cursor = undefined;
      for (;;) {
        const page = await store.pageRuns({}, { limit: 7, cursor });
        expect(page.total).toBe(25);
        runIds.push(...page.items.map(r => r.id));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect(runIds).toHaveLength(25);
      expect([...runIds].sort((a, b) => a - b)).toEqual(runIds);

      await expect(
        store.pageRuns({}, { limit: 5, cursor: 'not-a-cursor' }),
      ).rejects.toThrow(/Invalid cursor/);
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves nothing behind when a file fails midway on %p',
    async id => {
      const { store } = await storeOn(id);
      const runs = someRuns(3);
      const broken = [
        ...runs,
        {
          run: { ...runs[0].run, engine: null as any, ttft: { mean: 1 } },
          raw: {},
        },
      ];

      const outcome = await store
        .importBatch({
          dataset: 'broken',
          format: 'csv',
          importedBy: importer,
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
