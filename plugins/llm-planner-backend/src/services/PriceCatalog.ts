import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  PriceSchema,
  type Price,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import type { LlmPlannerPriceSource } from '@llm-planner/backstage-plugin-llm-planner-node';
import type { CatalogStore, StoredPrice } from '../database/CatalogStore';

/**
 * The rows of a source that match the price schema; each other row is logged with the source
 * and the first invalid field, and skipped.
 */
export function validPriceRows(
  source: Pick<LlmPlannerPriceSource, 'id' | 'label'>,
  rows: unknown,
  logger: LoggerService,
): Price[] {
  if (!Array.isArray(rows)) {
    logger.warn(
      `llm-planner: price source '${source.id}' (${source.label}) did not list an array of rows; its prices are left out`,
    );
    return [];
  }
  return rows.flatMap((row, index) => {
    const parsed = PriceSchema.safeParse(row);
    if (parsed.success) return [parsed.data];
    const issue = parsed.error.issues[0];
    logger.warn(
      `llm-planner: skipped row ${index} of price source '${source.id}' (${
        source.label
      }): ${issue?.path.join('.') || '(row)'}: ${issue?.message}`,
    );
    return [];
  });
}

/** Every source's valid rows; a source that fails is logged and contributes nothing. */
export async function readSourcedPrices(
  sources: readonly LlmPlannerPriceSource[],
  logger: LoggerService,
): Promise<Array<Price & { sourceId: string }>> {
  const lists = await Promise.all(
    sources.map(async source => {
      try {
        const rows = validPriceRows(source, await source.listPrices(), logger);
        return rows.map(row => ({ ...row, sourceId: source.id }));
      } catch (e) {
        logger.warn(
          `llm-planner: price source '${source.id}' (${
            source.label
          }) failed; its prices are left out: ${
            e instanceof Error ? e.message : String(e)
          }`,
        );
        return [];
      }
    }),
  );
  return lists.flat();
}

/**
 * The prices plans and price lists use: the catalog's stored rows, then the rows of the price
 * sources backend modules added. Sourced rows get negative ids (no stored row has one), so the
 * catalog's edit and delete routes never find them: they are changed at their source.
 */
export class PriceCatalog {
  readonly #store: Pick<CatalogStore, 'listPrices'>;
  readonly #sources: readonly LlmPlannerPriceSource[];
  readonly #logger: LoggerService;

  constructor(deps: {
    store: Pick<CatalogStore, 'listPrices'>;
    sources?: readonly LlmPlannerPriceSource[];
    logger: LoggerService;
  }) {
    this.#store = deps.store;
    this.#sources = deps.sources ?? [];
    this.#logger = deps.logger;
  }

  async list(): Promise<StoredPrice[]> {
    if (!this.#sources.length) return this.#store.listPrices();
    const [stored, sourced] = await Promise.all([
      this.#store.listPrices(),
      readSourcedPrices(this.#sources, this.#logger),
    ]);
    const readAt = new Date().toISOString();
    return [
      ...stored,
      ...sourced.map(({ sourceId, ...price }, index) => ({
        ...price,
        id: -(index + 1),
        updatedBy: `price-source:${sourceId}`,
        updatedAt: readAt,
      })),
    ];
  }
}
