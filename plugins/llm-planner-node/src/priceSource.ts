import type { Price } from '@llm-planner/backstage-plugin-llm-planner-common';

/**
 * A price row as a price source lists it: the shape of a `prices.csv` row (`PriceSchema` of
 * `-common`), which the backend validates before using it.
 * @public
 */
export type PriceRow = Price;

/**
 * Somewhere GPU prices come from besides the catalog the platform team edits, e.g. a cloud
 * provider's price list API or an internal chargeback table.
 * @public
 */
export interface LlmPlannerPriceSource {
  /** stable id, named in logs when a row is skipped */
  id: string;
  /** human-readable name */
  label: string;
  /**
   * The rows to add to the catalog's prices. Called whenever the backend rebuilds its
   * knowledge base and when the price lists are read; a failing call is logged and its
   * rows left out.
   */
  listPrices(): Promise<PriceRow[]>;
}
