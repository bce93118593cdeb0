import type { CostBreakdown, Price } from './schemas';

/** Hours billed per month for an always-on replica (8760 h / 12). Assumption. @public */
export const HOURS_PER_MONTH = 730;

/** Price rows indexed by GPU id and pricing type, built once. @public */
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
  return idx;
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
  const other = pricing === 'on-demand' ? 'spot' : 'on-demand';
  const alt = pickPrice(idx, gpuId, other, tp);
  return {
    pricing,
    pricePerGpuHour: p.pricePerGpuHour,
    perHour: r2(perHour),
    perMonth: monthlyCost(p, gpus),
    per1MOutputTokens:
      tokensPerHour > 0 ? r2((perHour / tokensPerHour) * 1e6) : Infinity,
    hoursPerMonth: HOURS_PER_MONTH,
    priceSource: `prices.csv row ${p.row}: ${p.provider} ${p.region} ${p.instanceType} (${p.pricingRaw}); ${p.source}`,
    priceAsOf: p.asOf,
    provider: p.provider,
    region: p.region,
    instanceType: p.instanceType,
    alternative: alt
      ? {
          pricing: other,
          pricePerGpuHour: alt.pricePerGpuHour,
          perMonth: r2(gpus * alt.pricePerGpuHour * HOURS_PER_MONTH),
          priceSource: `prices.csv row ${alt.row}: ${alt.provider} ${alt.region} ${alt.instanceType}; ${alt.source}`,
          priceAsOf: alt.asOf,
        }
      : null,
  };
}

/** $/month of `gpus` GPUs always on at a price row (rounded to cents, as in {@link costFor}). @public */
export function monthlyCost(p: Price, gpus: number): number {
  return r2(gpus * p.pricePerGpuHour * HOURS_PER_MONTH);
}

function r2(x: number): number {
  return Math.round(x * 100) / 100;
}
