import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  DEFAULT_PRICE_POLICY,
  PricePolicy,
  PricePolicySchema,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { PricePolicyStore } from '../database/PricePolicyStore';

/** Where the effective price policy comes from. */
export type PricePolicySource = 'admin' | 'config' | 'default';

/** The price policy plans use now, with its defaults filled in. */
export type EffectivePricePolicy = {
  policy: PricePolicy;
  /** `admin`: saved in the admin page; `config`: `llmPlanner.pricing`; else the default */
  source: PricePolicySource;
  updatedBy?: string;
  updatedAt?: string;
};

/** A policy with the fields it leaves out taken from {@link DEFAULT_PRICE_POLICY}. */
export function withPolicyDefaults(policy: PricePolicy): PricePolicy {
  const set = Object.entries(policy).filter(([, v]) => v !== undefined);
  return { ...DEFAULT_PRICE_POLICY, ...Object.fromEntries(set) };
}

/**
 * `llmPlanner.pricing.{providers,regions,pricing,excludeMarketplaces}`, validated at startup
 * so a typo in config stops the backend instead of silently allowing every price. Undefined
 * when config sets none of them.
 */
export function readPricePolicyConfig(config: Config): PricePolicy | undefined {
  const c = config.getOptionalConfig('llmPlanner.pricing');
  if (!c) return undefined;
  const raw = Object.fromEntries(
    Object.entries({
      providers: c.getOptionalStringArray('providers'),
      regions: c.getOptionalStringArray('regions'),
      pricing: c.getOptionalStringArray('pricing'),
      excludeMarketplaces: c.getOptionalBoolean('excludeMarketplaces'),
    }).filter(([, v]) => v !== undefined),
  );
  if (!Object.keys(raw).length) return undefined;
  const parsed = PricePolicySchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `Invalid llmPlanner.pricing config: ${parsed.error.issues
        .map(i => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  }
  return parsed.data;
}

/**
 * The price policy: the one saved in the admin page, else config, else the default (clouds
 * only, on-demand and spot). The knowledge base applies it to the prices before it builds the
 * planner, so the backend and the browser's re-planning use the same prices.
 */
export class PricePolicyService {
  readonly #store: PricePolicyStore;
  readonly #logger: LoggerService;
  /** `llmPlanner.pricing` from config, if set */
  readonly configured: PricePolicy | undefined;

  constructor(deps: {
    store: PricePolicyStore;
    logger: LoggerService;
    configured?: PricePolicy;
  }) {
    this.#store = deps.store;
    this.#logger = deps.logger;
    this.configured = deps.configured;
  }

  async effective(): Promise<EffectivePricePolicy> {
    const stored = await this.#store.get();
    if (stored) {
      const parsed = PricePolicySchema.safeParse(stored.policy);
      if (parsed.success) {
        return {
          policy: withPolicyDefaults(parsed.data),
          source: 'admin',
          updatedBy: stored.updatedBy,
          updatedAt: stored.updatedAt,
        };
      }
      this.#logger.warn(
        `Ignoring the stored price policy (saved by ${stored.updatedBy}): ${parsed.error.message}`,
      );
    }
    if (this.configured) {
      return { policy: withPolicyDefaults(this.configured), source: 'config' };
    }
    return { policy: withPolicyDefaults({}), source: 'default' };
  }

  /** Saves the policy and bumps the knowledge version; call `knowledge.invalidate()` after. */
  async set(policy: PricePolicy, by: string): Promise<void> {
    await this.#store.set(policy, by);
  }
}
