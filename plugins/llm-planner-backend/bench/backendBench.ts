/* eslint-disable no-console */
import {
  parseCsvRecords,
  quantileSorted,
  recordsToCsv,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { loadSeedKb } from '@llm-planner/llm-planner-cli';
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import knexFactory, { Knex } from 'knex';
import { as, startPlanner } from '../src/__testUtils__/backend';
import { BenchmarkStore } from '../src/database/BenchmarkStore';
import { migrationsDir } from '../src/database/migrations';
import { PreparedRun } from '../src/database/preparedRun';
import { importBenchmarks } from '../src/services/BenchmarkImportService';
import { prepareInWorker } from '../src/services/importWorker';
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
function copyRows(batchId: string, rows: PreparedRun[]) {
  const file = join(
    mkdtempSync(join(tmpdir(), 'llm-planner-bench-')),
    'runs.csv',
  );
  writeFileSync(
    file,
    rows
      .map(r =>
        [
          batchId,
          r.row,
          r.modelId,
          r.gpuId,
          r.tp,
          r.engine,
          r.precision,
          r.loadKind,
          r.inputTokens,
          r.outputTokens,
          r.source,
          r.run,
          r.raw,
          r.contentHash,
          't',
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
    `\\copy benchmark_runs (batch_id,row_index,model_id,gpu_id,tp,engine,precision,load_kind,input_tokens,output_tokens,source,run,raw,content_hash,raw_delta) FROM '${file}' WITH (FORMAT csv)`,
  ]);
  return performance.now() - started;
}

/**
 * A benchmark CSV of `rows` distinct measurements: the seed rows, then copies of them with
 * every latency and throughput scaled by U(0.9, 1.1) (deterministic), as a lab's sweep
 * file would look.
 */
function benchCsv(rows: number): string {
  const { records } = parseCsvRecords(
    readFileSync(resolve(repoRoot, 'benchmarks/data/benchmarks.csv'), 'utf8'),
  );
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
  const out: Record<string, string>[] = [];
  for (let i = 0; out.length < rows; i++) {
    const rec = { ...records[i % records.length] };
    if (i >= records.length) {
      const f = 0.9 + 0.2 * rnd();
      for (const k of Object.keys(rec)) {
        if (
          (k.endsWith('_ms') || k.endsWith('_s')) &&
          rec[k] !== '' &&
          Number.isFinite(+rec[k])
        )
          rec[k] = String(Number((Number(rec[k]) * f).toPrecision(7)));
      }
    }
    out.push(rec);
  }
  return recordsToCsv(out);
}

/**
 * Import of a `ROWS`-row CSV through the import service (parse and normalise in the worker,
 * hash, duplicate check, insert, one transaction) next to PostgreSQL's COPY of the same
 * prepared rows with the same indexes.
 */
async function importBench(knex: Knex) {
  const kb = loadSeedKb(repoRoot);
  const content = benchCsv(ROWS);
  const store = new BenchmarkStore(knex);

  // warm-up (not recorded): the first import of a process starts the parse worker, which
  // then serves every import for a minute
  const warm = await importBenchmarks(
    {
      format: 'csv',
      dataset: 'warm-up',
      content: benchCsv(50),
      importedBy: 'bench',
    },
    { benchmarks: store, kb },
  );
  if (warm.ok && warm.outcome.batch)
    await store.deleteBatch(warm.outcome.batch.id);

  const started = performance.now();
  const result = await importBenchmarks(
    {
      format: 'csv',
      dataset: `${ROWS} perturbed seed rows`,
      content,
      importedBy: 'bench',
    },
    { benchmarks: store, kb },
  );
  const importMs = performance.now() - started;
  if (!result.ok || !result.outcome.batch) {
    throw new Error(`bench import failed: ${JSON.stringify(result)}`);
  }
  const { imported, duplicates } = result.outcome;
  await store.deleteBatch(result.outcome.batch.id);

  // the rows COPY loads: the same prepared rows the import stored
  const prepared: PreparedRun[] = [];
  await prepareInWorker(
    { format: 'csv', content, models: kb.models, gpus: kb.gpus },
    m => {
      if (m.type === 'runs') for (const r of m.runs) prepared.push(r);
    },
  );
  const seen = new Set<string>();
  const rows = prepared.filter(
    r => !seen.has(r.contentHash) && !!seen.add(r.contentHash),
  );
  const copyBatch = randomUUID();
  await knex('import_batches').insert({
    id: copyBatch,
    dataset: 'copy',
    format: 'csv',
    imported_by: 'bench',
    imported_at: new Date(),
    checksum: 'f'.repeat(64),
    row_count: rows.length,
  });
  const copyMs = copyRows(copyBatch, rows);
  await store.deleteBatch(copyBatch);
  return {
    rows: ROWS,
    imported,
    duplicates: duplicates.count,
    importMs,
    copyMs,
    ratio: importMs / copyMs,
  };
}

/** Polls `url` from a separate process until its stdin closes; prints latencies as JSON. */
const HEALTH_POLLER = `
const url = process.argv[1];
const lat = [];
let stop = false;
process.stdin.on('data', () => {}).on('end', () => { stop = true; });
(async () => {
  process.stdout.write('ready\\n');
  while (!stop) {
    const at = Date.now();
    const t = performance.now();
    const res = await fetch(url);
    await res.text();
    lat.push([at, performance.now() - t]);
    await new Promise(r => setTimeout(r, 10));
  }
  process.stdout.write(JSON.stringify(lat) + '\\n');
})();
`;

/**
 * `/health` latency, measured from another process, while a `HEALTH_ROWS`-row CSV imports
 * through `POST /v1/benchmarks/imports` on the same backend.
 */
async function healthDuringImportBench(knex: Knex) {
  const rows = Number(process.env.LLM_PLANNER_BENCH_HEALTH_ROWS ?? 10_000);
  const content = benchCsv(rows).replace(/\r\n/g, '\n'); // other bytes, same rows as above
  const server = await startPlanner(knex);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const base = `http://127.0.0.1:${port}/api/llm-planner`;
  // the import bench deleted its batches, so these rows are new again
  const poller = spawn(
    process.execPath,
    ['-e', HEALTH_POLLER, `${base}/health`],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  let out = '';
  poller.stdout.on('data', d => {
    out += d;
  });
  await new Promise<void>(r => {
    const check = () => (out.includes('ready') ? r() : setTimeout(check, 10));
    check();
  });
  // serialised before the clock starts: the client shares this process with the backend
  const body = JSON.stringify({
    format: 'csv',
    dataset: 'health bench',
    content,
  });
  await new Promise(r => setTimeout(r, 2000)); // the idle baseline
  const startedAt = Date.now();
  const started = performance.now();
  const res = await fetch(`${base}/v1/benchmarks/imports`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: as('user:default/pat.platform'),
    },
    body,
  });
  const answer = await res.json();
  const importMs = performance.now() - started;
  const endedAt = Date.now();
  poller.stdin.end();
  await new Promise(r => poller.on('exit', r));
  server.close();
  if (res.status !== 201) {
    throw new Error(
      `health bench import: ${res.status} ${JSON.stringify(answer)}`,
    );
  }
  const polls = JSON.parse(out.trim().split('\n').pop()!) as [number, number][];
  const sorted = (xs: [number, number][]) =>
    xs.map(([, ms]) => ms).sort((a, b) => a - b);
  // polls that overlap the import (started before it ended and ended after it started)
  const lat = sorted(
    polls.filter(([at, ms]) => at < endedAt && at + ms > startedAt),
  );
  const idle = sorted(polls.filter(([at, ms]) => at + ms <= startedAt));
  return {
    rows,
    imported: answer.imported as number,
    importMs,
    requests: lat.length,
    p50Ms: quantileSorted(lat, 0.5),
    p99Ms: quantileSorted(lat, 0.99),
    maxMs: lat[lat.length - 1],
    idleBaseline: {
      requests: idle.length,
      p50Ms: quantileSorted(idle, 0.5),
      p99Ms: quantileSorted(idle, 0.99),
    },
  };
}

export async function runBackendBench() {
  const knex = await freshDatabase();
  try {
    const imp = await importBench(knex);
    console.log(
      `import of a ${
        imp.rows
      }-row CSV into PostgreSQL (parse, normalise, hash, dedupe, insert; one transaction): ${(
        imp.importMs / 1000
      ).toFixed(2)} s, ${imp.imported} runs stored`,
    );
    console.log(
      `raw COPY of the same rows: ${(imp.copyMs / 1000).toFixed(
        2,
      )} s  (import / COPY = ${imp.ratio.toFixed(2)}x)`,
    );
    const healthDuringImport = await healthDuringImportBench(knex);
    console.log(
      `GET /health during a ${healthDuringImport.rows}-row import over HTTP (${(
        healthDuringImport.importMs / 1000
      ).toFixed(2)} s): ${
        healthDuringImport.requests
      } requests, p50 ${healthDuringImport.p50Ms.toFixed(
        1,
      )} ms, p99 ${healthDuringImport.p99Ms.toFixed(
        1,
      )} ms, max ${healthDuringImport.maxMs.toFixed(
        1,
      )} ms (idle before it: p50 ${healthDuringImport.idleBaseline.p50Ms.toFixed(
        1,
      )} ms, p99 ${healthDuringImport.idleBaseline.p99Ms.toFixed(1)} ms)`,
    );
    // recommend and mixed load on a replica process, two-replica staleness
    const { recommend, mixed, staleness } = await runReplicaBench();
    const results = {
      measuredAt: new Date().toISOString(),
      import: imp,
      healthDuringImport,
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
