// @ts-check

/**
 * The planner's store: benchmark runs (grouped by import batch), the catalogs the engine
 * reads (models, GPUs, prices, SLO templates) and team GPU quotas, plans with their chat,
 * deployments, measured outcomes and the calibration derived from them.
 *
 * Structured payloads (intent, workload, recommendation, a run's metrics) are JSON text so
 * that PostgreSQL and SQLite store and return them identically; the columns the planner
 * filters on are real columns with indexes.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('benchmark_runs', table => {
    table.comment('One measured serving run');
    table.bigIncrements('id').primary();
    table
      .uuid('batch_id')
      .notNullable()
      .references('id')
      .inTable('import_batches')
      .onDelete('CASCADE');
    table.integer('row_index').notNullable().comment('1-based row in its file');
    table
      .string('model_id')
      .nullable()
      .comment('Catalog model id, null if unknown');
    table
      .string('gpu_id')
      .nullable()
      .comment('Catalog GPU id, null if unknown');
    table.integer('tp').nullable();
    table.string('engine').notNullable();
    table.string('precision').nullable();
    table.string('load_kind').notNullable();
    table.float('input_tokens').nullable();
    table.float('output_tokens').nullable();
    table.text('source').notNullable();
    table.text('run').notNullable().comment('Normalised BenchmarkRun JSON');
    table
      .text('raw')
      .notNullable()
      .comment('The row in the shared CSV column layout, for export');
    table.index(
      ['model_id', 'gpu_id', 'tp', 'engine', 'precision'],
      'benchmark_runs_config_idx',
    );
    table.index(['batch_id'], 'benchmark_runs_batch_idx');
  });

  for (const name of [
    'catalog_models',
    'catalog_gpus',
    'catalog_slo_templates',
  ]) {
    await knex.schema.createTable(name, table => {
      table.string('id').primary().notNullable();
      table.text('spec').notNullable().comment('Validated catalog entry JSON');
      table.string('updated_by').notNullable();
      table.timestamp('updated_at', { useTz: true }).notNullable();
    });
  }

  await knex.schema.createTable('catalog_prices', table => {
    table.comment('Cloud GPU prices with provider, region and date');
    table.bigIncrements('id').primary();
    table.string('gpu_id').nullable();
    table.string('provider').notNullable();
    table.string('region').notNullable();
    table.string('instance_type').notNullable();
    table.string('pricing').notNullable().comment('on-demand | spot');
    table.float('price_per_gpu_hour').notNullable();
    table.string('as_of').notNullable();
    table.text('spec').notNullable().comment('Price JSON with source');
    table.string('updated_by').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['gpu_id', 'pricing'], 'catalog_prices_gpu_idx');
  });

  await knex.schema.createTable('team_quotas', table => {
    table
      .string('team_ref')
      .primary()
      .notNullable()
      .comment('Group entity ref');
    table.integer('gpu_quota').notNullable();
    table.string('updated_by').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('plans', table => {
    table.comment('A deployment plan and its lifecycle');
    table.uuid('id').primary().notNullable();
    table.string('title').notNullable();
    table
      .string('owner_user')
      .notNullable()
      .comment('User entity ref of the author');
    table
      .string('owner_group')
      .notNullable()
      .comment('Group entity ref that owns the plan');
    table
      .string('status')
      .notNullable()
      .comment('draft | approved | deployed | retired');
    table.text('intent').notNullable();
    table.text('workload').notNullable();
    table.text('slo').notNullable();
    table.text('recommendation').nullable();
    table.text('alternatives').notNullable();
    table.integer('version').notNullable().comment('Optimistic concurrency');
    table.string('approved_by').nullable();
    table.timestamp('approved_at', { useTz: true }).nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['owner_group', 'status'], 'plans_group_status_idx');
    table.index(['owner_user'], 'plans_owner_user_idx');
  });

  await knex.schema.createTable('chat_messages', table => {
    table.comment('Planning chat, attached to a plan once one is created');
    table.bigIncrements('id').primary();
    table.uuid('conversation_id').notNullable();
    table
      .uuid('plan_id')
      .nullable()
      .references('id')
      .inTable('plans')
      .onDelete('SET NULL');
    table
      .string('author')
      .notNullable()
      .comment('User entity ref, or assistant');
    table.string('role').notNullable().comment('user | assistant');
    table.text('content').notNullable();
    table.string('extractor').nullable().comment('ollama | rules');
    table.text('intent').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.index(['conversation_id'], 'chat_messages_conversation_idx');
    table.index(['plan_id'], 'chat_messages_plan_idx');
  });

  await knex.schema.createTable('deployments', table => {
    table.uuid('id').primary().notNullable();
    table
      .uuid('plan_id')
      .notNullable()
      .references('id')
      .inTable('plans')
      .onDelete('CASCADE');
    table.string('cluster').notNullable();
    table.string('namespace').notNullable();
    table.text('repo_url').nullable();
    table.string('entity_ref').nullable();
    table.string('status').notNullable();
    table.string('created_by').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.index(['plan_id'], 'deployments_plan_idx');
    table.index(['entity_ref'], 'deployments_entity_idx');
  });

  await knex.schema.createTable('outcomes', table => {
    table.comment('Measured latency of a deployment next to the prediction');
    table.bigIncrements('id').primary();
    table
      .uuid('deployment_id')
      .notNullable()
      .references('id')
      .inTable('deployments')
      .onDelete('CASCADE');
    table.text('load_profile').notNullable();
    table
      .text('measured')
      .notNullable()
      .comment('ttft/itl/e2e percentiles, throughput, errors');
    table.text('prediction').notNullable();
    table.text('error').notNullable().comment('Relative error per metric');
    table
      .string('source')
      .notNullable()
      .comment('loadtest | scaffolder | metrics');
    table.timestamp('measured_at', { useTz: true }).notNullable();
    table.string('recorded_by').notNullable();
    table.index(['deployment_id', 'measured_at'], 'outcomes_deployment_idx');
  });

  await knex.schema.createTable('calibration_factors', table => {
    table.comment('measured / predicted per configuration, from outcomes');
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

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  for (const name of [
    'calibration_factors',
    'outcomes',
    'deployments',
    'chat_messages',
    'plans',
    'team_quotas',
    'catalog_prices',
    'catalog_slo_templates',
    'catalog_gpus',
    'catalog_models',
    'benchmark_runs',
  ]) {
    await knex.schema.dropTable(name);
  }
};
