import { Knex } from 'knex';
import { bumpKnowledgeVersion } from './knowledgeVersion';
import { fromJson, toIso, toJson } from './rows';

/** The price policy as saved in the admin page, not yet validated, with who saved it. */
export type StoredPricePolicy = {
  /** the JSON saved; validate it before use (the schema may have moved on since) */
  policy: unknown;
  updatedBy: string;
  updatedAt: string;
};

/**
 * The one price policy row. Saving it bumps the knowledge-base version in the same
 * transaction: the policy decides which prices the planner uses, so every replica rebuilds.
 */
export class PricePolicyStore {
  constructor(private readonly knex: Knex) {}

  async get(): Promise<StoredPricePolicy | undefined> {
    const row = await this.knex('price_policy').where({ id: 1 }).first();
    if (!row) return undefined;
    return {
      policy: fromJson(row.policy),
      updatedBy: row.updated_by,
      updatedAt: toIso(row.updated_at),
    };
  }

  async set(policy: unknown, by: string): Promise<void> {
    await this.knex.transaction(async trx => {
      await trx('price_policy')
        .insert({
          id: 1,
          policy: toJson(policy),
          updated_by: by,
          updated_at: new Date(),
        })
        .onConflict('id')
        .merge();
      await bumpKnowledgeVersion(trx);
    });
  }
}
