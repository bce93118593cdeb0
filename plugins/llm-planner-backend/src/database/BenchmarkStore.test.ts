import { BENCHMARK_COLUMNS } from '@llm-planner/backstage-plugin-llm-planner-common';
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

      // the file's rows back, every shared column present (blank where the file had none)
      const blank = Object.fromEntries(BENCHMARK_COLUMNS.map(c => [c, '']));
      expect(await store.exportRows({ batchId: first.batch.id })).toEqual(
        runs.map(r => ({ ...blank, ...r.raw })),
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
      const row = await knex('benchmark_runs').orderBy('id').first();
      const { id: _id, ...copy } = row;
      expect(copy.content_hash).toBe(runContentHash(runs[0].run));
      const outcome = await knex('benchmark_runs')
        .insert(copy)
        .then(
          () => 'stored twice',
          () => 'refused',
        );
      expect(outcome).toBe('refused');
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
    'migrates stored runs to content hashes, keeping the first of each measurement on %p',
    async id => {
      const knex = await databases.init(id);
      await knex.migrate.latest({ directory: migrationsDir });
      // back to before the content hash, with runs stored twice as the old importer did
      await knex.migrate.down({
        directory: migrationsDir,
        name: '20261201021000_import_progress.js',
      });
      await knex.migrate.down({
        directory: migrationsDir,
        name: '20261201020000_run_content_hash.js',
      });
      const runs = someRuns(4);
      const batch = (n: number) => ({
        id: `00000000-0000-4000-8000-00000000000${n}`,
        dataset: `file ${n}`,
        format: 'csv',
        imported_by: importer,
        imported_at: new Date(Date.UTC(2026, 10, n)),
        checksum: String(n).repeat(64),
        row_count: 0,
      });
      const row = (batchId: string, r: (typeof runs)[number], i: number) => ({
        batch_id: batchId,
        row_index: i + 1,
        model_id: r.run.modelId,
        gpu_id: r.run.gpuId,
        tp: r.run.tp,
        engine: r.run.engine,
        precision: r.run.precision,
        load_kind: r.run.loadKind,
        input_tokens: r.run.inputTokens,
        output_tokens: r.run.outputTokens,
        source: r.run.source,
        run: JSON.stringify({ ...r.run, row: i + 1, source: `copy ${i}` }),
        raw: JSON.stringify(r.raw),
      });
      const [b1, b2, b3] = [batch(1), batch(2), batch(3)];
      await knex('import_batches').insert([
        { ...b1, row_count: 4 },
        { ...b2, row_count: 3 },
        { ...b3, row_count: 1 },
      ]);
      // file 1: runs 0,1,2 and 1 again; file 2: runs 2, 3 and 3 again; file 3: run 0 only
      await knex('benchmark_runs').insert([
        ...[runs[0], runs[1], runs[2], runs[1]].map((r, i) => row(b1.id, r, i)),
        ...[runs[2], runs[3], runs[3]].map((r, i) => row(b2.id, r, i)),
        row(b3.id, runs[0], 0),
      ]);

      await knex.migrate.latest({ directory: migrationsDir });

      const stored = await knex('benchmark_runs')
        .select('id', 'batch_id', 'content_hash')
        .orderBy('id');
      expect(stored.map(r => [r.batch_id, r.content_hash])).toEqual([
        [b1.id, runContentHash(runs[0].run)],
        [b1.id, runContentHash(runs[1].run)],
        [b1.id, runContentHash(runs[2].run)],
        [b2.id, runContentHash(runs[3].run)],
      ]);
      const batches = await knex('import_batches')
        .select('id', 'row_count')
        .orderBy('id');
      expect(batches.map(b => [b.id, Number(b.row_count)])).toEqual([
        [b1.id, 3],
        [b2.id, 1],
      ]);

      // and the store now skips what the migration kept
      const store = new BenchmarkStore(knex);
      const again = await store.importBatch({
        dataset: 'again',
        format: 'csv',
        importedBy: importer,
        runs,
      });
      expect(again.created).toBe(false);
      expect(again.duplicates).toHaveLength(4);
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
