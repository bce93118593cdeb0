// @ts-check

/**
 * Calibration that one team cannot poison: factors are kept per configuration and token-shape
 * bucket (shape '*' = every shape) with their interval, the outcomes they used and the
 * outliers they ignored; the platform team can exclude an outcome. The previous factors were
 * one global median over every outcome of a configuration, whoever posted it: they are dropped
 * and recomputed under the new rules when the next outcome of a configuration arrives.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.dropTable('calibration_factors');
  await knex.schema.createTable('calibration_factors', table => {
    table.comment(
      'Robust measured / predicted factors per configuration and token shape, from outcomes',
    );
    table.string('model_id').notNullable();
    table.string('gpu_id').notNullable();
    table.integer('tp').notNullable();
    table.string('engine').notNullable();
    table
      .string('shape')
      .notNullable()
      .comment('Token-shape bucket, e.g. in512/out256; * for every shape');
    table
      .text('estimates')
      .notNullable()
      .comment('{ttft,itl,e2e}: factor, interval, n, teams, outcome ids');
    table.integer('samples').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.primary(['model_id', 'gpu_id', 'tp', 'engine', 'shape']);
  });
  await knex.schema.alterTable('outcomes', table => {
    table
      .string('excluded_by')
      .nullable()
      .comment('Platform-team user who excluded it from calibration');
    table.timestamp('excluded_at', { useTz: true }).nullable();
    table.text('exclusion_reason').nullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('outcomes', table => {
    table.dropColumn('excluded_by');
    table.dropColumn('excluded_at');
    table.dropColumn('exclusion_reason');
  });
  await knex.schema.dropTable('calibration_factors');
  await knex.schema.createTable('calibration_factors', table => {
    table.string('model_id').notNullable();
    table.string('gpu_id').notNullable();
    table.integer('tp').notNullable();
    table.string('engine').notNullable();
    table.float('ttft_factor').nullable();
    table.float('itl_factor').nullable();
    table.float('e2e_factor').nullable();
    table.integer('samples').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.primary(['model_id', 'gpu_id', 'tp', 'engine']);
  });
};
