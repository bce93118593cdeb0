// @ts-check

/**
 * The configuration (model, GPU, TP, engine) each deployment runs, so calibration finds the
 * outcomes of one configuration with an indexed query instead of reading every plan.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('deployments', table => {
    table
      .string('config_key')
      .nullable()
      .comment('model|gpu|tp|engine of the recommendation deployed');
    table.index(['config_key'], 'deployments_config_idx');
  });
  const rows = await knex('deployments')
    .join('plans', 'plans.id', 'deployments.plan_id')
    .select('deployments.id', 'plans.recommendation');
  for (const row of rows) {
    const { recommended: r } = JSON.parse(row.recommendation);
    if (r) {
      await knex('deployments')
        .where({ id: row.id })
        .update({ config_key: `${r.modelId}|${r.gpuId}|${r.tp}|${r.engine}` });
    }
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('deployments', table => {
    table.dropIndex(['config_key'], 'deployments_config_idx');
    table.dropColumn('config_key');
  });
};
