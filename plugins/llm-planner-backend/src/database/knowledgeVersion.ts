import { Knex } from 'knex';

/**
 * Marks the knowledge base changed. Call it inside the transaction of the write (import,
 * catalog or price change, calibration) so the version and the data commit together.
 */
export async function bumpKnowledgeVersion(db: Knex | Knex.Transaction) {
  await db('knowledge_version')
    .where({ id: 1 })
    .update({ version: db.raw('version + 1'), updated_at: new Date() });
}

/** The current knowledge-base version: one indexed read, cheap enough to poll. */
export async function readKnowledgeVersion(
  db: Knex | Knex.Transaction,
): Promise<number> {
  const row = await db('knowledge_version').where({ id: 1 }).first('version');
  return row ? Number(row.version) : 0;
}
