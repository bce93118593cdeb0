// @ts-check

/**
 * Import batches: one row per imported file (public seed, GuideLLM report, vllm bench serve
 * result, CSV). Benchmark runs reference their batch, so a batch can be listed, exported or
 * deleted as a unit, and the checksum makes re-importing the same file a no-op.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('import_batches', table => {
    table.comment('One imported benchmark file');
    table.uuid('id').primary().notNullable();
    table.string('dataset').notNullable().comment('Human name of the data set');
    table
      .string('format')
      .notNullable()
      .comment('csv | guidellm | vllm-bench-serve | seed');
    table.string('imported_by').notNullable().comment('User entity ref');
    table.timestamp('imported_at', { useTz: true }).notNullable();
    table
      .string('checksum', 64)
      .notNullable()
      .unique()
      .comment('sha256 of the file; re-imports are no-ops');
    table.integer('row_count').notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('import_batches');
};
