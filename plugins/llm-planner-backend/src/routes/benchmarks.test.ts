import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  parseCsvRecords,
  recordsToCsv,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { Knex } from 'knex';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { as, startPlanner } from '../__testUtils__/backend';
import { createTestDatabases } from '../__testUtils__/databases';
import { readKnowledgeVersion } from '../database/knowledgeVersion';

jest.setTimeout(120_000);

const benchmarksDir = resolve(__dirname, '../../../../benchmarks');
const seedCsv = readFileSync(
  resolve(benchmarksDir, 'data/benchmarks.csv'),
  'utf8',
);
const [header, ...seedLines] = seedCsv.trimEnd().split('\n');
/** A CSV of the shared layout with the first `n` single-line seed rows. */
const csvOf = (lines: string[]) => [header, ...lines].join('\n');
const fiveRows = csvOf(seedLines.slice(0, 5));
const seedRecords = parseCsvRecords(seedCsv).records;

/**
 * `n` rows that are not in the seed: seed rows with the TTFT mean shifted by a value derived
 * from `tag` and the row, so each tag gives different measurements.
 */
function freshCsv(n: number, tag: string, options: { reverse?: boolean } = {}) {
  let salt = 0;
  for (const ch of tag) salt = (salt * 31 + ch.charCodeAt(0)) % 9973;
  const rows = Array.from({ length: n }, (_, i) => {
    const rec = { ...seedRecords[i % seedRecords.length] };
    rec.ttft_mean_ms = String(100_000 + salt * 10_000 + i);
    return rec;
  });
  return recordsToCsv(options.reverse ? rows.reverse() : rows);
}

describe('benchmark import API', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let server: Awaited<ReturnType<typeof startPlanner>>;
    let knex: Knex;
    beforeAll(async () => {
      knex = await databases.init(databaseId);
      server = await startPlanner(knex);
    });
    const platform = as('user:default/pat.platform');
    const post = (body: {
      content: string;
      dataset?: string;
      importId?: string;
    }) =>
      request(server)
        .post('/api/llm-planner/v1/benchmarks/imports')
        .set('Authorization', platform)
        .send({ format: 'csv', dataset: 'test rows', ...body });

    async function batches() {
      const res = await request(server)
        .get('/api/llm-planner/v1/benchmarks/batches')
        .set('Authorization', platform);
      return res.body.items as {
        id: string;
        format: string;
        rowCount: number;
      }[];
    }

    it('imports new rows, skips duplicates, lists, exports and deletes', async () => {
      const before = await batches();
      const version = await readKnowledgeVersion(knex);
      const content = freshCsv(5, 'first');
      const first = await post({ content });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        created: true,
        rows: 5,
        imported: 5,
        duplicates: { count: 0, rows: [] },
        batch: { rowCount: 5, format: 'csv' },
      });
      expect(first.body.message).toMatch(/^Imported 5 new runs as batch /);
      expect(await readKnowledgeVersion(knex)).toBe(version + 1);

      // the same rows again, byte-identical, with a trailing newline, and reversed
      for (const again of [
        content,
        `${content}\n`,
        freshCsv(5, 'first', { reverse: true }),
      ]) {
        const res = await post({ content: again, dataset: 'same rows' });
        expect(res.status).toBe(200);
        expect(res.body).toMatchObject({
          created: false,
          batch: null,
          rows: 5,
          imported: 0,
          duplicates: { count: 5 },
        });
        expect(res.body.message).toBe(
          'Nothing imported: all 5 rows are already stored (or repeated in the file), so nothing changed.',
        );
        expect(
          res.body.duplicates.rows.map((d: any) => d.sameAs.batchId),
        ).toEqual(Array(5).fill(first.body.batch.id));
      }
      expect(await batches()).toHaveLength(before.length + 1);
      expect(await readKnowledgeVersion(knex)).toBe(version + 1);

      const runs = await request(server)
        .get(
          `/api/llm-planner/v1/benchmarks/runs?batchId=${first.body.batch.id}&limit=2`,
        )
        .set('Authorization', as('user:default/carol.search'));
      expect(runs.body.total).toBe(5);
      expect(runs.body.items).toHaveLength(2);
      expect(runs.body.items[0].run.source).toContain('github:');
      const rest = await request(server)
        .get(
          `/api/llm-planner/v1/benchmarks/runs?batchId=${first.body.batch.id}&limit=5&cursor=${runs.body.nextCursor}`,
        )
        .set('Authorization', as('user:default/carol.search'));
      expect(rest.body.items).toHaveLength(3);
      expect(rest.body.nextCursor).toBeNull();

      const exported = await request(server)
        .get(
          `/api/llm-planner/v1/benchmarks/export?batchId=${first.body.batch.id}`,
        )
        .set('Authorization', platform);
      expect(exported.headers['content-type']).toMatch(/text\/csv/);
      expect(exported.text.split('\n')[0]).toBe(header);
      expect(exported.text.trimEnd().split('\n')).toHaveLength(6);

      const deleted = await request(server)
        .delete(`/api/llm-planner/v1/benchmarks/batches/${first.body.batch.id}`)
        .set('Authorization', platform);
      expect(deleted.status).toBe(204);
      expect(await batches()).toHaveLength(before.length);
      expect(await readKnowledgeVersion(knex)).toBe(version + 2);

      // deleted runs are new again
      expect((await post({ content })).body.imported).toBe(5);
    });

    it('does not store copies of seed rows or rows repeated in the file', async () => {
      const seedCopy = await post({ content: csvOf(seedLines.slice(0, 3)) });
      expect(seedCopy.status).toBe(200);
      expect(seedCopy.body).toMatchObject({
        created: false,
        imported: 0,
        duplicates: { count: 3 },
      });
      expect(seedCopy.body.duplicates.rows.map((d: any) => d.row)).toEqual([
        1, 2, 3,
      ]);

      // a new row, a seed row, the new row again
      const { records } = parseCsvRecords(freshCsv(1, 'repeat'));
      const seed = parseCsvRecords(csvOf([seedLines[4]])).records[0];
      const res = await post({
        content: recordsToCsv([records[0], seed, records[0]]),
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        created: true,
        rows: 3,
        imported: 1,
        batch: { rowCount: 1 },
        duplicates: { count: 2, truncated: false },
      });
      expect(res.body.duplicates.rows).toEqual([
        {
          row: 2,
          sameAs: { batchId: expect.any(String), runId: expect.any(Number) },
        },
        { row: 3, sameAs: { row: 1 } },
      ]);
      expect(res.body.message).toMatch(
        /2 rows were duplicates of stored runs or earlier rows and were skipped \(rows 2, 3\)/,
      );
    });

    it('reports progress under the import id while the import runs', async () => {
      const importId = randomUUID();
      const content = freshCsv(3000, 'progress');
      const pending = post({ content, importId }).then(r => r);
      const seen: string[] = [];
      const statuses = new Set<number>();
      let done = false;
      pending.then(() => {
        done = true;
      });
      while (!done) {
        const res = await request(server)
          .get(`/api/llm-planner/v1/benchmarks/imports/${importId}`)
          .set('Authorization', platform);
        statuses.add(res.status);
        if (res.status === 200) seen.push(res.body.phase);
        await new Promise(r => setTimeout(r, 25));
      }
      // before the import registers its id the route answers 404, never anything else
      expect([...statuses].filter(x => x !== 200 && x !== 404)).toEqual([]);
      const res = await pending;
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ importId, imported: 3000 });
      expect(seen.some(p => p === 'parsing' || p === 'inserting')).toBe(true);

      const final = await request(server)
        .get(`/api/llm-planner/v1/benchmarks/imports/${importId}`)
        .set('Authorization', platform);
      expect(final.body).toMatchObject({
        id: importId,
        phase: 'done',
        totalRows: 3000,
        parsedRows: 3000,
        insertedRows: 3000,
        batchId: res.body.batch.id,
      });

      const reused = await post({ content: freshCsv(1, 'reuse'), importId });
      expect(reused.status).toBe(409);

      const viaHeader = randomUUID();
      const headed = await request(server)
        .post('/api/llm-planner/v1/benchmarks/imports')
        .set('Authorization', platform)
        .set('x-llm-planner-import-id', viaHeader)
        .send({ format: 'csv', dataset: 'h', content: freshCsv(1, 'header') });
      expect(headed.body.importId).toBe(viaHeader);
    });

    it('answers 400 for ids that are not UUIDs and 404 for unknown ones', async () => {
      for (const path of [
        '/v1/benchmarks/imports/not-a-uuid',
        '/v1/benchmarks/imports/1',
      ]) {
        const res = await request(server)
          .get(`/api/llm-planner${path}`)
          .set('Authorization', platform);
        expect(res.status).toBe(400);
      }
      const deleted = await request(server)
        .delete('/api/llm-planner/v1/benchmarks/batches/not-a-uuid')
        .set('Authorization', platform);
      expect(deleted.status).toBe(400);
      expect(deleted.body.error.message).toBe(
        'Invalid batch id: must be a UUID',
      );
      const unknown = await request(server)
        .get(`/api/llm-planner/v1/benchmarks/imports/${randomUUID()}`)
        .set('Authorization', platform);
      expect(unknown.status).toBe(404);
      const badId = await post({
        content: freshCsv(1, 'bad id'),
        importId: 'x' as any,
      });
      expect(badId.status).toBe(400);
    });

    it('pages batches and runs with cursors', async () => {
      for (let i = 0; i < 3; i++)
        await post({ content: freshCsv(2, `page ${i}`) });
      const all = await batches();
      const ids: string[] = [];
      let cursor = '';
      for (;;) {
        const res = await request(server)
          .get(`/api/llm-planner/v1/benchmarks/batches?limit=2${cursor}`)
          .set('Authorization', platform);
        expect(res.status).toBe(200);
        expect(res.body.items.length).toBeLessThanOrEqual(2);
        ids.push(...res.body.items.map((b: { id: string }) => b.id));
        if (!res.body.nextCursor) break;
        cursor = `&cursor=${res.body.nextCursor}`;
      }
      expect(ids).toEqual(all.map(b => b.id));

      const runs = await request(server)
        .get('/api/llm-planner/v1/benchmarks/runs')
        .set('Authorization', platform);
      expect(runs.body.items).toHaveLength(100);
      expect(typeof runs.body.nextCursor).toBe('string');
      for (const q of ['limit=1001', 'limit=0', 'cursor=bm90IGpzb24']) {
        const bad = await request(server)
          .get(`/api/llm-planner/v1/benchmarks/runs?${q}`)
          .set('Authorization', platform);
        expect({ q, status: bad.status }).toEqual({ q, status: 400 });
      }
    });

    it('answers /health while a large file is still being parsed', async () => {
      // Ordering, not timing: polling the import's progress and /health in turn, some /health
      // answer must come between two readings that both show the file read but not yet parsed
      // to its end. A parse that held the event loop (the import before the worker thread)
      // goes from nothing parsed to everything parsed with no request answered in between.
      const importId = randomUUID();
      const rows = 6000;
      let answered = false;
      const pending = post({
        content: freshCsv(rows, 'health'),
        importId,
      }).then(
        r => {
          answered = true;
          return r;
        },
        e => {
          answered = true;
          throw e;
        },
      );
      const events: ('parsing' | 'health')[] = [];
      while (!answered) {
        const progress = await request(server)
          .get(`/api/llm-planner/v1/benchmarks/imports/${importId}`)
          .set('Authorization', platform);
        const { phase, totalRows, parsedRows } = progress.body;
        if (
          progress.status === 200 &&
          phase === 'parsing' &&
          totalRows !== null &&
          parsedRows < totalRows
        )
          events.push('parsing');
        const health = await request(server).get('/api/llm-planner/health');
        expect(health.status).toBe(200);
        events.push('health');
      }
      expect((await pending).body.imported).toBe(rows);
      const first = events.indexOf('parsing');
      const last = events.lastIndexOf('parsing');
      const answeredMidParse = events
        .slice(first + 1, last)
        .filter(e => e === 'health').length;
      expect(first).toBeGreaterThanOrEqual(0);
      expect(answeredMidParse).toBeGreaterThan(0);
    });

    it('rejects a whole file with one bad row and stores nothing', async () => {
      const before = await batches();
      const cells = seedLines[2].split(',');
      const ttftColumn = header.split(',').indexOf('ttft_mean_ms');
      cells[ttftColumn] = 'fast';
      const res = await request(server)
        .post('/api/llm-planner/v1/benchmarks/imports')
        .set('Authorization', platform)
        .send({
          format: 'csv',
          dataset: 'one bad row',
          content: csvOf([seedLines[0], seedLines[1], cells.join(',')]),
        });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        '1 row of the file is invalid; nothing was imported',
      );
      expect(res.body.rowErrors).toEqual([
        { row: 3, column: 'ttft_mean_ms', reason: 'not a number: "fast"' },
      ]);
      expect(await batches()).toEqual(before);
    });

    it('stores nothing when the bad row comes after thousands of good ones', async () => {
      // runs are stored while later rows still parse; the last row must still undo them
      const runCount = async () =>
        (
          await request(server)
            .get('/api/llm-planner/v1/benchmarks/runs?limit=1')
            .set('Authorization', platform)
        ).body.total;
      const before = await batches();
      const runsBefore = await runCount();
      const { records } = parseCsvRecords(freshCsv(3500, 'late bad row'));
      records[records.length - 1].ttft_mean_ms = 'fast';
      const res = await post({ content: recordsToCsv(records) });
      expect(res.status).toBe(400);
      expect(res.body.rowErrors).toEqual([
        { row: 3500, column: 'ttft_mean_ms', reason: 'not a number: "fast"' },
      ]);
      expect(await batches()).toEqual(before);
      expect(await runCount()).toBe(runsBefore);
    });

    it('imports a GuideLLM report with the hardware it ran on', async () => {
      const report = readFileSync(
        resolve(
          benchmarksDir,
          'formats/guidellm_v0.3_layout__guidellm-repo_benchmarks_stripped_2025-07.json',
        ),
        'utf8',
      );
      const res = await request(server)
        .post('/api/llm-planner/v1/benchmarks/imports')
        .set('Authorization', platform)
        .send({
          format: 'guidellm',
          dataset: 'GuideLLM sweep',
          content: report,
          context: { gpu: 'H100-SXM-80GB', gpuCount: 1, engine: 'vLLM' },
        });
      expect(res.status).toBe(201);
      expect(res.body.batch.rowCount).toBe(
        JSON.parse(report).benchmarks.length,
      );

      const missingGpu = await request(server)
        .post('/api/llm-planner/v1/benchmarks/imports')
        .set('Authorization', platform)
        .send({ format: 'guidellm', dataset: 'no hardware', content: report });
      expect(missingGpu.status).toBe(400);
      expect(missingGpu.body.rowErrors[0].column).toMatch(/gpu/);
    });

    it('rejects a vllm bench serve result whose requests all failed', async () => {
      const report = readFileSync(
        resolve(
          benchmarksDir,
          'formats/vllm_bench_serve_v0.25.1__er0080_all_requests_failed.json',
        ),
        'utf8',
      );
      const res = await request(server)
        .post('/api/llm-planner/v1/benchmarks/imports')
        .set('Authorization', platform)
        .send({
          format: 'vllm-bench-serve',
          dataset: 'failed run',
          content: report,
          context: { gpu: 'H100-SXM-80GB', gpuCount: 1 },
        });
      expect(res.status).toBe(400);
      expect(res.body.rowErrors.length).toBeGreaterThan(0);
    });
  });

  it('refuses imports and deletes the permission policy denies', async () => {
    const server = await startPlanner(await databases.init('SQLITE_3'), {
      permissions: AuthorizeResult.DENY,
    });
    const res = await request(server)
      .post('/api/llm-planner/v1/benchmarks/imports')
      .set('Authorization', as('user:default/alice.support'))
      .send({ format: 'csv', dataset: 'x', content: fiveRows });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/llm-planner.benchmark.write/);
  });
});
