// @ts-check

/**
 * The price policy the platform team sets in the admin page: which providers, regions and
 * pricing kinds plans may use. One row (id 1) once saved; without it `llmPlanner.pricing.*`
 * from config applies, then the default (clouds only, on-demand and spot). Writes bump the
 * knowledge version in their transaction, since the policy decides which prices plan.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('price_policy', table => {
    table.comment(
      'Price policy set in the admin page; overrides llmPlanner.pricing config',
    );
    table.integer('id').primary().notNullable().comment('Always 1');
    table
      .text('policy')
      .notNullable()
      .comment(
        'JSON: { providers?, regions?, pricing?, excludeMarketplaces? }',
      );
    table.string('updated_by').notNullable().comment('User entity ref');
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('price_policy');
};
