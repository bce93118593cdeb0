import { LoggerService } from '@backstage/backend-plugin-api';
import {
  SEED_FILES,
  buildKnowledgeBase,
  parseCsvRecords,
  seedSources,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { Knex } from 'knex';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BenchmarkStore } from '../database/BenchmarkStore';
import { CatalogStore } from '../database/CatalogStore';
import { bumpKnowledgeVersion } from '../database/knowledgeVersion';

/** Who the seed is recorded as having been imported by. */
export const SEED_IMPORTER = 'llm-planner:seed';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Postgres advisory lock that replicas starting together queue on to seed once. */
export const SEED_LOCK = 'llm-planner:seed';

/**
 * Fills an empty store from the public seed data on first start. Idempotent: the catalogs
 * are seeded only when empty and the benchmark file only when its checksum is not stored,
 * so restarts change nothing. Check and seed run in one transaction; on PostgreSQL it first
 * takes a transaction-scoped advisory lock, so of several replicas starting at once one
 * seeds and the others wait for its commit and then find nothing to do. The transaction
 * bumps the knowledge version when it seeded anything.
 */
export async function seedFromDirectory(options: {
  directory: string;
  knex: Knex;
  logger: LoggerService;
}): Promise<{ runsImported: number; catalogsSeeded: boolean }> {
  const { directory, knex, logger } = options;
  const texts = new Map<string, string>(
    await Promise.all(
      Object.values(SEED_FILES).map(
        async p => [p, await readFile(resolve(directory, p), 'utf8')] as const,
      ),
    ),
  );
  const sources = seedSources(p => texts.get(p)!);
  const { kb, errors } = buildKnowledgeBase(sources);
  for (const { file, errors: rowErrors } of errors) {
    logger.warn(
      `Seed ${file}: ${rowErrors.length} rows not imported, e.g. row ${rowErrors[0].row} ${rowErrors[0].column}: ${rowErrors[0].reason}`,
    );
  }
  const { records } = parseCsvRecords(sources.benchmarksCsv);
  const checksum = sha256(sources.benchmarksCsv);

  return knex.transaction(async trx => {
    if (trx.client.config.client === 'pg') {
      await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [SEED_LOCK]);
    }
    const catalogs = new CatalogStore(trx);
    const benchmarks = new BenchmarkStore(trx);

    let catalogsSeeded = false;
    if (await catalogs.isEmpty()) {
      await catalogs.seed(kb, SEED_IMPORTER);
      catalogsSeeded = true;
      logger.info(
        `Seeded catalogs: ${kb.models.length} models, ${kb.gpus.length} GPUs, ${kb.prices.length} prices, ${kb.sloTemplates.length} SLO templates`,
      );
    }

    const { batch, created } = await benchmarks.importBatch({
      dataset: 'Public measured serving runs (benchmarks/data/benchmarks.csv)',
      format: 'seed',
      importedBy: SEED_IMPORTER,
      checksum,
      runs: kb.runs.map(run => ({ run, raw: records[run.row - 1] })),
    });
    if (created) {
      logger.info(
        `Seeded ${batch.rowCount} benchmark runs (batch ${batch.id})`,
      );
    }
    if (catalogsSeeded || created) await bumpKnowledgeVersion(trx);
    return { runsImported: created ? batch.rowCount : 0, catalogsSeeded };
  });
}
