import { roundTo } from '../stats';
import type { CostBreakdown, Price } from './schemas';

/** Hours billed per month for an always-on replica (8760 h / 12). Assumption. @public */
export const HOURS_PER_MONTH = 730;

/**
 * Price rows indexed by GPU id and pricing type, built once. Spot rows dearer than their
 * like-for-like on-demand price ({@link spotDearerThanOnDemand}) are left out.
 * @public
 */
export type PriceIndex = Map<string, Price[]>;

/** Indexes prices by `${gpuId}|${pricing}`, cheapest per GPU-hour first. @public */
export function buildPriceIndex(prices: Price[]): PriceIndex {
  const idx: PriceIndex = new Map();
  for (const p of prices) {
    if (!p.gpuId) continue;
    const k = `${p.gpuId}|${p.pricing}`;
    const l = idx.get(k);
    if (l) l.push(p);
    else idx.set(k, [p]);
  }
  for (const l of idx.values())
    l.sort((a, b) => a.pricePerGpuHour - b.pricePerGpuHour);
  // a spot price is never a choice when the same instance costs less on demand
  const inverted = spotDearerThanOnDemand(prices);
  if (inverted.size) {
    for (const [k, l] of idx) {
      const kept = l.filter(p => !inverted.has(p));
      if (kept.length) idx.set(k, kept);
      else idx.delete(k);
    }
  }
  return idx;
}

/**
 * The price of the same offer under the other pricing kind: the same provider, region and
 * GPU, an instance at least as large as `p`'s; the same instance type when it has one, else
 * the same GPU count, else the cheapest per GPU-hour. Prices of another provider or region
 * are never like for like (a marketplace's on-demand against a cloud's spot compares two
 * different offers). `candidates` are the rows to look in, cheapest first.
 * @public
 */
export function likeForLikePrice(
  p: Price,
  pricing: 'on-demand' | 'spot',
  candidates: readonly Price[],
): Price | null {
  let sameCount: Price | null = null;
  let cheapest: Price | null = null;
  for (const q of candidates) {
    if (
      q.pricing !== pricing ||
      q.gpuId !== p.gpuId ||
      q.provider !== p.provider ||
      q.region !== p.region ||
      q.gpuCount < p.gpuCount
    )
      continue;
    if (q.instanceType === p.instanceType) return q;
    if (!sameCount && q.gpuCount === p.gpuCount) sameCount = q;
    if (!cheapest || q.pricePerGpuHour < cheapest.pricePerGpuHour) cheapest = q;
  }
  return sameCount ?? cheapest;
}

/**
 * Spot rows that cost more per GPU-hour than their like-for-like on-demand price
 * ({@link likeForLikePrice}): stale or mistyped rows, never worth offering.
 * @public
 */
export function spotDearerThanOnDemand(prices: readonly Price[]): Set<Price> {
  const onDemand = new Map<string, Price[]>();
  for (const p of prices) {
    if (p.pricing !== 'on-demand' || !p.gpuId) continue;
    const k = `${p.provider}|${p.region}|${p.gpuId}`;
    const l = onDemand.get(k);
    if (l) l.push(p);
    else onDemand.set(k, [p]);
  }
  const out = new Set<Price>();
  for (const p of prices) {
    if (p.pricing !== 'spot' || !p.gpuId) continue;
    const od = likeForLikePrice(
      p,
      'on-demand',
      onDemand.get(`${p.provider}|${p.region}|${p.gpuId}`) ?? [],
    );
    if (od && p.pricePerGpuHour > od.pricePerGpuHour) out.add(p);
  }
  return out;
}

/**
 * Cheapest price of a GPU for a replica of `tp` GPUs: instances must hold at least `tp` GPUs
 * (a TP group lives on one node). Null when prices.csv has none.
 * @public
 */
export function pickPrice(
  idx: PriceIndex,
  gpuId: string,
  pricing: 'on-demand' | 'spot',
  tp: number,
): Price | null {
  const l = idx.get(`${gpuId}|${pricing}`);
  if (!l) return null;
  return l.find(p => p.gpuCount >= tp) ?? null;
}

/**
 * Cost of `gpus` GPUs billed per GPU-hour, always on; $/1M output tokens at the planned peak
 * rate (the cheapest the deployment gets per token: lower traffic costs more per token).
 *
 * `alternative` is the other pricing kind of the same offer ({@link likeForLikePrice}: same
 * provider and region), or null when that provider and region has none. A spot alternative
 * dearer than the chosen on-demand price is not a choice and is left out; a chosen spot price
 * is never dearer than its on-demand alternative (the index leaves such rows out).
 * @public
 */
export function costFor(
  idx: PriceIndex,
  gpuId: string,
  tp: number,
  gpus: number,
  pricing: 'on-demand' | 'spot',
  peakRps: number,
  outputTokens: number,
): CostBreakdown | null {
  const p = pickPrice(idx, gpuId, pricing, tp);
  if (!p) return null;
  const perHour = gpus * p.pricePerGpuHour;
  const tokensPerHour = peakRps * outputTokens * 3600;
  return {
    ...offerCost(idx, gpuId, p, q => monthlyCost(q, gpus)),
    perHour: roundTo(perHour, 2),
    per1MOutputTokens:
      tokensPerHour > 0
        ? roundTo((perHour / tokensPerHour) * 1e6, 2)
        : Infinity,
    hoursPerMonth: HOURS_PER_MONTH,
  };
}

/** The parts of a {@link CostBreakdown} that come from the offer, not from how long it runs. @public */
export type OfferCost = Omit<
  CostBreakdown,
  'perHour' | 'per1MOutputTokens' | 'hoursPerMonth'
>;

/**
 * A price's offer as a cost: its price, source and place, and the other pricing kind of the
 * same offer ({@link likeForLikePrice}: same provider and region), or null when that provider
 * and region has none. A spot alternative dearer than the chosen on-demand price is not a
 * choice and is left out. `perMonthOf` is the monthly cost at a price.
 * @public
 */
export function offerCost(
  idx: PriceIndex,
  gpuId: string,
  p: Price,
  perMonthOf: (price: Price) => number,
): OfferCost {
  const other = p.pricing === 'on-demand' ? 'spot' : 'on-demand';
  let alt = likeForLikePrice(p, other, idx.get(`${gpuId}|${other}`) ?? []);
  if (alt && other === 'spot' && alt.pricePerGpuHour > p.pricePerGpuHour)
    alt = null;
  return {
    pricing: p.pricing,
    pricePerGpuHour: p.pricePerGpuHour,
    perMonth: perMonthOf(p),
    priceSource: priceSourceOf(p),
    priceAsOf: p.asOf,
    provider: p.provider,
    region: p.region,
    instanceType: p.instanceType,
    alternative: alt
      ? {
          pricing: other,
          pricePerGpuHour: alt.pricePerGpuHour,
          perMonth: perMonthOf(alt),
          priceSource: priceSourceOf(alt),
          priceAsOf: alt.asOf,
        }
      : null,
  };
}

/** Where a price comes from: its row, offer and source, e.g. for a cost's `priceSource`. @public */
export function priceSourceOf(p: Price): string {
  return `prices.csv row ${p.row}: ${p.provider} ${p.region} ${p.instanceType} (${p.pricingRaw}); ${p.source}`;
}

/** $/month of `gpus` GPUs always on at a price row (rounded to cents, as in {@link costFor}). @public */
export function monthlyCost(p: Price, gpus: number): number {
  return roundTo(gpus * p.pricePerGpuHour * HOURS_PER_MONTH, 2);
}
