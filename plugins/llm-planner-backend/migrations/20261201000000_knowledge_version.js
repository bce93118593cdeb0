// @ts-check

/**
 * One row whose counter every write to the data behind the planner (benchmark runs,
 * catalogs, prices, calibration) increments in its own transaction. Every backend replica
 * compares it with the version its in-process planner was built from, so a write on one
 * replica reaches the others without a restart.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('knowledge_version', table => {
    table.comment('Version of the knowledge base; bumped by every write to it');
    table.integer('id').primary().notNullable().comment('Always 1');
    table.bigInteger('version').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
  await knex('knowledge_version').insert({
    id: 1,
    version: 1,
    updated_at: new Date(),
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('knowledge_version');
};
