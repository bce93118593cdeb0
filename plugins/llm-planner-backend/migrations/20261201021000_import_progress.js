// @ts-check

/**
 * Progress of running benchmark imports, one row per import id, so the replica that did not
 * receive an import's request can still answer `GET /v1/benchmarks/imports/:id`. Rows are
 * short-lived: imports delete rows older than a day.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('benchmark_import_progress', table => {
    table.comment('Progress of a benchmark import, keyed by the import id');
    table.uuid('id').primary().notNullable();
    table
      .string('phase')
      .notNullable()
      .comment('parsing | inserting | done | failed');
    table.string('started_by').notNullable().comment('User entity ref');
    table.integer('total_rows').nullable();
    table.integer('parsed_rows').notNullable();
    table.integer('new_rows').nullable();
    table.integer('inserted_rows').notNullable();
    table.text('message').nullable();
    table.uuid('batch_id').nullable();
    table.timestamp('started_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['updated_at'], 'benchmark_import_progress_updated_idx');
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('benchmark_import_progress');
};
