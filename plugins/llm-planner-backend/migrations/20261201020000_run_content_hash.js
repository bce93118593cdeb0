// @ts-check

const { createHash } = require('node:crypto');
const {
  runIdentity,
} = require('@llm-planner/backstage-plugin-llm-planner-common');

/** Rows read, deleted or written per statement: under SQLite's bound-variable limit. */
const CHUNK = 500;

/**
 * Row-level content identity of benchmark runs. `content_hash` is the sha256 of the run's
 * content identity (configuration, load, token shape and every metric value, in canonical
 * form: `runIdentity` of the common package), unique across the store, so the same
 * measurement is stored once whichever file, format or byte layout brought it.
 *
 * Existing rows are backfilled; of runs with the same hash the one with the lowest id is
 * kept and the others are deleted, their batches' row counts recounted, and batches left
 * without runs deleted (their runs are in the batch that imported them first).
 *
 * The import batch checksum stays unique; from now on it is the sha256 of the sorted content
 * hashes of the batch's runs rather than of the file's bytes.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('benchmark_runs', table => {
    table
      .string('content_hash', 64)
      .nullable()
      .comment(
        'sha256 of the run content identity; one stored run per measurement',
      );
  });

  /** @type {Map<string, number>} */
  const firstByHash = new Map();
  /** @type {number[]} */
  const duplicateIds = [];
  /** @type {Set<string>} */
  const affectedBatches = new Set();
  /** @type {{ id: number, content_hash: string }[]} */
  const hashes = [];
  let after = 0;
  for (;;) {
    const rows = await knex('benchmark_runs')
      .select('id', 'batch_id', 'run')
      .where('id', '>', after)
      .orderBy('id')
      .limit(CHUNK * 4);
    if (rows.length === 0) break;
    for (const row of rows) {
      const id = Number(row.id);
      after = id;
      const run = typeof row.run === 'string' ? JSON.parse(row.run) : row.run;
      const hash = createHash('sha256').update(runIdentity(run)).digest('hex');
      if (firstByHash.has(hash)) {
        duplicateIds.push(id);
        affectedBatches.add(row.batch_id);
      } else {
        firstByHash.set(hash, id);
        hashes.push({ id, content_hash: hash });
      }
    }
  }

  for (let i = 0; i < duplicateIds.length; i += CHUNK) {
    await knex('benchmark_runs')
      .whereIn('id', duplicateIds.slice(i, i + CHUNK))
      .delete();
  }

  if (hashes.length > 0) {
    // one UPDATE from a staging table instead of one statement per row
    await knex.schema.createTable('benchmark_runs_hash_backfill', table => {
      table.bigInteger('id').primary();
      table.string('content_hash', 64).notNullable();
    });
    for (let i = 0; i < hashes.length; i += CHUNK) {
      await knex('benchmark_runs_hash_backfill').insert(
        hashes.slice(i, i + CHUNK),
      );
    }
    await knex.raw(
      `UPDATE benchmark_runs SET content_hash = (
         SELECT h.content_hash FROM benchmark_runs_hash_backfill h
         WHERE h.id = benchmark_runs.id)`,
    );
    await knex.schema.dropTable('benchmark_runs_hash_backfill');
  }

  const batches = [...affectedBatches];
  for (let i = 0; i < batches.length; i += CHUNK) {
    const ids = batches.slice(i, i + CHUNK);
    await knex('import_batches')
      .whereIn('id', ids)
      .update({
        row_count: knex('benchmark_runs')
          .count('*')
          .where('benchmark_runs.batch_id', knex.ref('import_batches.id')),
      });
    await knex('import_batches')
      .whereIn('id', ids)
      .where('row_count', 0)
      .delete();
  }

  await knex.schema.alterTable('benchmark_runs', table => {
    table.unique(['content_hash'], {
      indexName: 'benchmark_runs_content_hash_unique',
    });
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('benchmark_runs', table => {
    table.dropUnique(['content_hash'], 'benchmark_runs_content_hash_unique');
  });
  await knex.schema.alterTable('benchmark_runs', table => {
    table.dropColumn('content_hash');
  });
};
