// @ts-check

/**
 * `benchmark_runs.raw` held the whole imported row next to the normalised run, which repeats
 * it cell for cell (source and notes included) and doubled what an import writes. From now
 * on a run stores only the cells its run does not reproduce (`recordDelta` of the common
 * package) and `raw_delta` says so; existing rows keep their whole row (`raw_delta` false)
 * and read back unchanged.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('benchmark_runs', table => {
    table
      .boolean('raw_delta')
      .notNullable()
      .defaultTo(false)
      .comment(
        'true: raw holds only the cells the normalised run does not reproduce',
      );
  });
};

/**
 * Rows stored as deltas cannot be widened without the common package's code; down keeps
 * them readable only by this version, so it refuses while any exist.
 *
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  const [{ count }] = await knex('benchmark_runs')
    .where({ raw_delta: true })
    .count({ count: '*' });
  if (Number(count) > 0) {
    throw new Error(
      `${count} benchmark runs store their row as a delta; export and delete them before migrating down`,
    );
  }
  await knex.schema.alterTable('benchmark_runs', table => {
    table.dropColumn('raw_delta');
  });
};
