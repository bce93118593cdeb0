import { InputError, NotAllowedError } from '@backstage/errors';
import {
  applyPricePolicy,
  COMMUNITY_MARKETPLACES,
  DEFAULT_PRICE_POLICY,
  llmPlannerCatalogWritePermission,
  PricePolicy,
  PricePolicyRequestSchema,
  pricePolicyChoices,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Router from 'express-promise-router';
import { StoredPrice } from '../database/CatalogStore';
import {
  EffectivePricePolicy,
  PricePolicyService,
  withPolicyDefaults,
} from '../services/PricePolicyService';
import { RouteDeps } from './types';
import { parse, refuseControlCharacters } from './validate';

/** What `GET /v1/pricing/policy` answers: the policy, where it comes from, what it excludes. */
function describe(effective: EffectivePricePolicy, prices: StoredPrice[]) {
  const { prices: allowed, excluded } = applyPricePolicy(
    prices,
    effective.policy,
  );
  return {
    ...effective,
    defaultPolicy: DEFAULT_PRICE_POLICY,
    marketplaces: COMMUNITY_MARKETPLACES,
    choices: pricePolicyChoices(prices),
    totalRows: prices.length,
    allowedRows: allowed.length,
    excluded: excluded.sort(
      (a, b) => b.count - a.count || a.provider.localeCompare(b.provider),
    ),
  };
}

/**
 * Which providers, regions and pricing kinds plans may use: read by everyone (plans say which
 * prices they used), set by the platform team. Saving re-plans from the allowed prices.
 */
export function pricingRouter(
  deps: RouteDeps & { pricePolicy: PricePolicyService },
) {
  const { access, prices: priceCatalog, knowledge, pricePolicy } = deps;
  const router = Router();

  router.get('/v1/pricing/policy', async (req, res) => {
    await access.caller(req);
    const [effective, prices] = await Promise.all([
      pricePolicy.effective(),
      priceCatalog.list(),
    ]);
    res.json(describe(effective, prices));
  });

  router.put('/v1/pricing/policy', async (req, res) => {
    const caller = await access.caller(req);
    if (!caller.isPlatform) {
      throw new NotAllowedError(
        `${caller.userRef} cannot set the price policy: only the platform team (${deps.platformTeam}) may`,
      );
    }
    await access.require(llmPlannerCatalogWritePermission, caller.credentials);
    const policy: PricePolicy = parse(
      PricePolicyRequestSchema,
      req.body,
      'price policy',
    );
    refuseControlCharacters(policy, 'price policy');
    const prices = await priceCatalog.list();
    const planned = applyPricePolicy(
      prices,
      withPolicyDefaults(policy),
    ).prices.filter(p => p.gpuId);
    if (prices.length && !planned.length) {
      throw new InputError(
        `Invalid price policy: it allows none of the ${prices.length} prices, so no plan could be costed`,
      );
    }
    await access.audited(
      req,
      'price-policy-set',
      {
        providers: policy.providers?.join(', ') ?? 'all',
        regions: policy.regions?.join(', ') ?? 'all',
        pricing: policy.pricing?.join(', ') ?? 'all',
        excludeMarketplaces: String(policy.excludeMarketplaces ?? 'default'),
      },
      () => pricePolicy.set(policy, caller.userRef),
    );
    knowledge.invalidate();
    res.json(describe(await pricePolicy.effective(), prices));
  });

  return router;
}
