import { PlannerStatus } from '@llm-planner/backstage-plugin-llm-planner-common';
import { Knex } from 'knex';
import { currentSchemaVersion } from './migrations';

/** Persistence of the planner: benchmark store, catalogs, plans, outcomes. */
export class PlannerStore {
  private constructor(private readonly knex: Knex) {}

  static create(knex: Knex): PlannerStore {
    return new PlannerStore(knex);
  }

  /** Proves the database answers and reports which schema it holds. */
  async status(): Promise<PlannerStatus> {
    const [{ count }] = await this.knex('import_batches').count({
      count: '*',
    });
    return {
      database: 'ok',
      databaseClient: this.knex.client.config.client === 'pg' ? 'pg' : 'sqlite',
      schemaVersion: await currentSchemaVersion(this.knex),
      importBatches: Number(count),
    };
  }
}
