import { z } from 'zod';
import { spotDearerThanOnDemand } from './cost';
import type { Price } from './schemas';

/** The pricing kinds a price row has. @public */
export const PRICING_KINDS = ['on-demand', 'spot'] as const;

/**
 * Which prices plans may use, set by the platform team (config `llmPlanner.pricing.*`, or
 * the admin page, whose stored policy overrides config). A missing list allows everything;
 * names match case-insensitively.
 * @public
 */
export const PricePolicySchema = z.strictObject({
  /** providers plans may use, e.g. `['GCP', 'AWS']`; missing: all of them */
  providers: z
    .array(z.string().trim().min(1).max(255))
    .min(1, 'must allow at least one provider (leave it out to allow all)')
    .max(100)
    .optional(),
  /** regions plans may use, as prices.csv names them; `''` is the rows without a region */
  regions: z
    .array(z.string().trim().max(255))
    .min(1, 'must allow at least one region (leave it out to allow all)')
    .max(500)
    .optional(),
  /** pricing kinds plans may use; missing: on-demand and spot */
  pricing: z
    .array(z.enum(PRICING_KINDS))
    .min(1, 'must allow on-demand, spot or both')
    .max(2)
    .optional(),
  /** leave out the community marketplaces of {@link COMMUNITY_MARKETPLACES} */
  excludeMarketplaces: z.boolean().optional(),
});
/** @public */
export type PricePolicy = z.infer<typeof PricePolicySchema>;

/** Cloud or community marketplace. @public */
export type ProviderKind = 'cloud' | 'marketplace';

/**
 * The community marketplaces among the providers of prices.csv: the one list the planner
 * classifies providers by (every other provider is a cloud). A marketplace resells GPUs of
 * third-party hosts at prices each host sets, so its rows are offers rather than list
 * prices: they come and go, have no region, and reliability, network and support differ
 * from host to host. AWS, AWS SageMaker, Azure and GCP (hyperscalers) and Lambda and Nebius
 * (GPU clouds running their own data centres) publish list prices for capacity they operate.
 * @public
 */
export const COMMUNITY_MARKETPLACES: readonly {
  provider: string;
  why: string;
}[] = [
  {
    provider: 'Runpod',
    why: 'GPUs of third-party hosts: Community Cloud from vetted individual hosts, Secure Cloud from partner data centres; per-offer prices without a region',
  },
  {
    provider: 'Vast',
    why: 'peer-to-peer marketplace where each host sets its price; the price row is a median of a few offers',
  },
];

/** The policy when neither config nor the admin page sets one: clouds only, on-demand and spot. @public */
export const DEFAULT_PRICE_POLICY: PricePolicy = {
  pricing: ['on-demand', 'spot'],
  excludeMarketplaces: true,
};

const norm = (s: string) => s.trim().toLocaleLowerCase('en-US');

/** Why a provider is a community marketplace, or undefined for a cloud. @public */
export function marketplaceReason(provider: string): string | undefined {
  const n = norm(provider);
  return COMMUNITY_MARKETPLACES.find(m => norm(m.provider) === n)?.why;
}

/** Whether a provider is a cloud or a community marketplace. @public */
export function providerKind(provider: string): ProviderKind {
  return marketplaceReason(provider) === undefined ? 'cloud' : 'marketplace';
}

/** Price rows of one provider a policy leaves out, and why. @public */
export type PriceExclusion = {
  provider: string;
  count: number;
  reason: string;
};

/**
 * The prices a policy allows, and per provider and reason how many rows it leaves out. A row
 * is left out for the first reason that applies: spot dearer than the same offer on demand,
 * community marketplace, provider, region, pricing kind.
 * @public
 */
export function applyPricePolicy(
  prices: Price[],
  policy: PricePolicy,
): { prices: Price[]; excluded: PriceExclusion[] } {
  const providers = policy.providers && new Set(policy.providers.map(norm));
  const regions = policy.regions && new Set(policy.regions.map(norm));
  const pricing = policy.pricing && new Set(policy.pricing);
  const inverted = spotDearerThanOnDemand(prices);
  const kept: Price[] = [];
  const excluded = new Map<string, PriceExclusion>();
  for (const p of prices) {
    const reason = exclusionReason(p);
    if (reason === undefined) {
      kept.push(p);
      continue;
    }
    const key = `${p.provider}\u0000${reason}`;
    const e = excluded.get(key);
    if (e) e.count++;
    else excluded.set(key, { provider: p.provider, count: 1, reason });
  }
  return { prices: kept, excluded: [...excluded.values()] };

  function exclusionReason(p: Price): string | undefined {
    if (inverted.has(p))
      return 'spot dearer than on-demand for the same offer (same provider and region)';
    const why = policy.excludeMarketplaces && marketplaceReason(p.provider);
    if (why) return `community marketplace: ${why}`;
    if (providers && !providers.has(norm(p.provider)))
      return 'provider not allowed by the price policy';
    if (regions && !regions.has(norm(p.region)))
      return `region ${regionLabel(p.region)} not allowed by the price policy`;
    if (pricing && !pricing.has(p.pricing))
      return `${p.pricing} pricing not allowed by the price policy`;
    return undefined;
  }
}

/** A region as people read it: rows of marketplaces and some clouds name none. @public */
export function regionLabel(region: string): string {
  return region.trim() ? region : '(no region)';
}

/** What a price list offers a policy to choose from: providers with their kind, regions. @public */
export type PricePolicyChoices = {
  providers: {
    provider: string;
    kind: ProviderKind;
    /** why it is a marketplace */
    why?: string;
    rows: number;
  }[];
  regions: { region: string; rows: number }[];
  pricing: (typeof PRICING_KINDS)[number][];
};

/** The providers (cloud or marketplace) and regions of a price list, sorted by name. @public */
export function pricePolicyChoices(prices: Price[]): PricePolicyChoices {
  const providers = new Map<string, number>();
  const regions = new Map<string, number>();
  for (const p of prices) {
    providers.set(p.provider, (providers.get(p.provider) ?? 0) + 1);
    regions.set(p.region, (regions.get(p.region) ?? 0) + 1);
  }
  const byName = <T>(m: Map<string, T>) =>
    [...m].sort(([a], [b]) => a.localeCompare(b, 'en-US'));
  return {
    providers: byName(providers).map(([provider, rows]) => {
      const why = marketplaceReason(provider);
      return {
        provider,
        kind: why === undefined ? 'cloud' : 'marketplace',
        ...(why === undefined ? {} : { why }),
        rows,
      };
    }),
    regions: byName(regions).map(([region, rows]) => ({ region, rows })),
    pricing: [...PRICING_KINDS],
  };
}
