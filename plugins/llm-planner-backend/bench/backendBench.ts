/* eslint-disable no-console */
import { BenchmarkRun } from '@internal/backstage-plugin-llm-planner-common';
import { loadSeedKb, perturbRuns } from '@internal/llm-planner-cli';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import knexFactory, { Knex } from 'knex';
import { BenchmarkStore } from '../src/database/BenchmarkStore';
import { migrationsDir } from '../src/database/migrations';
import { runReplicaBench } from './replicaBench';

const PG =
  process.env.LLM_PLANNER_BENCH_PG ?? 'postgresql://postgres@127.0.0.1:5432';
const DB = 'llm_planner_bench';
const ROWS = Number(process.env.LLM_PLANNER_BENCH_ROWS ?? 100_000);
const repoRoot = resolve(__dirname, '../../..');

async function freshDatabase(): Promise<Knex> {
  const admin = knexFactory({ client: 'pg', connection: PG });
  await admin.raw(`DROP DATABASE IF EXISTS ${DB}`);
  await admin.raw(`CREATE DATABASE ${DB}`);
  await admin.destroy();
  const knex = knexFactory({ client: 'pg', connection: `${PG}/${DB}` });
  await knex.migrate.latest({ directory: migrationsDir });
  return knex;
}

const csvCell = (v: unknown) =>
  v === null || v === undefined ? '' : `"${String(v).replace(/"/g, '""')}"`;

/** The same rows through PostgreSQL's COPY, the floor any import can reach. */
function copyRows(
  batchId: string,
  rows: { run: BenchmarkRun; raw: Record<string, string> }[],
) {
  const file = join(
    mkdtempSync(join(tmpdir(), 'llm-planner-bench-')),
    'runs.csv',
  );
  writeFileSync(
    file,
    rows
      .map(({ run, raw }) =>
        [
          batchId,
          run.row,
          run.modelId,
          run.gpuId,
          run.tp,
          run.engine,
          run.precision,
          run.loadKind,
          run.inputTokens,
          run.outputTokens,
          run.source,
          JSON.stringify(run),
          JSON.stringify(raw),
        ]
          .map(csvCell)
          .join(','),
      )
      .join('\n'),
  );
  const started = performance.now();
  execFileSync('psql', [
    `${PG}/${DB}`,
    '-v',
    'ON_ERROR_STOP=1',
    '-q',
    '-c',
    `\\copy benchmark_runs (batch_id,row_index,model_id,gpu_id,tp,engine,precision,load_kind,input_tokens,output_tokens,source,run,raw) FROM '${file}' WITH (FORMAT csv)`,
  ]);
  return performance.now() - started;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function importBench(knex: Knex) {
  const kb = loadSeedKb(repoRoot);
  const runs = perturbRuns(kb.runs, ROWS);
  const rows = runs.map(run => ({
    run,
    raw: { model: run.modelRaw, gpu: run.gpuRaw, source: run.source },
  }));
  const store = new BenchmarkStore(knex);

  const started = performance.now();
  const { batch } = await store.importBatch({
    dataset: `${ROWS} perturbed seed rows`,
    format: 'csv',
    importedBy: 'bench',
    checksum: randomUUID().replace(/-/g, '').padEnd(64, '0'),
    runs: rows,
  });
  const importMs = performance.now() - started;
  await store.deleteBatch(batch.id);

  const copyBatch = randomUUID();
  await knex('import_batches').insert({
    id: copyBatch,
    dataset: 'copy',
    format: 'csv',
    imported_by: 'bench',
    imported_at: new Date(),
    checksum: 'f'.repeat(64),
    row_count: ROWS,
  });
  const copyMs = copyRows(copyBatch, rows);
  await store.deleteBatch(copyBatch);
  return { rows: ROWS, importMs, copyMs };
}

export async function runBackendBench() {
  const knex = await freshDatabase();
  try {
    const imp = await importBench(knex);
    console.log(
      `import of ${imp.rows} rows into PostgreSQL (one transaction): ${(
        imp.importMs / 1000
      ).toFixed(2)} s`,
    );
    console.log(
      `raw COPY of the same rows:                          ${(
        imp.copyMs / 1000
      ).toFixed(2)} s  (import / COPY = ${(imp.importMs / imp.copyMs).toFixed(
        1,
      )}x)`,
    );
    // recommend and mixed load on a replica process, two-replica staleness
    const { recommend, mixed, staleness } = await runReplicaBench();
    const results = {
      measuredAt: new Date().toISOString(),
      import: imp,
      recommend,
      mixed,
      staleness,
    };
    writeFileSync(
      resolve(repoRoot, 'benchmarks/backend/results.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    console.log('written benchmarks/backend/results.json');
  } finally {
    await knex.destroy();
  }
}
