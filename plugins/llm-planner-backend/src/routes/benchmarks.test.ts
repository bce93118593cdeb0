import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { as, startPlanner } from '../__testUtils__/backend';
import { createTestDatabases } from '../__testUtils__/databases';

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

describe('benchmark import API', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let server: Awaited<ReturnType<typeof startPlanner>>;
    beforeAll(async () => {
      server = await startPlanner(await databases.init(databaseId));
    });
    const platform = as('user:default/pat.platform');

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

    it('imports a CSV once, lists, exports and deletes it', async () => {
      const before = await batches();
      const first = await request(server)
        .post('/api/llm-planner/v1/benchmarks/imports')
        .set('Authorization', platform)
        .send({ format: 'csv', dataset: 'five seed rows', content: fiveRows });
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        created: true,
        batch: { rowCount: 5, format: 'csv' },
      });

      const again = await request(server)
        .post('/api/llm-planner/v1/benchmarks/imports')
        .set('Authorization', platform)
        .send({ format: 'csv', dataset: 'five seed rows', content: fiveRows });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({
        created: false,
        batch: { id: first.body.batch.id },
      });
      expect(await batches()).toHaveLength(before.length + 1);

      const runs = await request(server)
        .get(
          `/api/llm-planner/v1/benchmarks/runs?batchId=${first.body.batch.id}&limit=2`,
        )
        .set('Authorization', as('user:default/carol.search'));
      expect(runs.body.total).toBe(5);
      expect(runs.body.items).toHaveLength(2);
      expect(runs.body.items[0].run.source).toContain('github:');

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
