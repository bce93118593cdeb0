import { createPlanner } from './plan';
import {
  applyPricePolicy,
  COMMUNITY_MARKETPLACES,
  DEFAULT_PRICE_POLICY,
  PricePolicySchema,
  pricePolicyChoices,
  providerKind,
} from './pricePolicy';
import { seedKb } from './__testUtils__/seed';
import type { Intent, KnowledgeBase } from './schemas';

const kb = seedKb();
const providersOf = (prices: KnowledgeBase['prices']) =>
  [...new Set(prices.map(p => p.provider))].sort();

describe('price policy', () => {
  it('classifies the providers of prices.csv as clouds or community marketplaces', () => {
    expect(
      Object.fromEntries(providersOf(kb.prices).map(p => [p, providerKind(p)])),
    ).toEqual({
      AWS: 'cloud',
      'AWS SageMaker': 'cloud',
      Azure: 'cloud',
      GCP: 'cloud',
      Lambda: 'cloud',
      Nebius: 'cloud',
      Runpod: 'marketplace',
      Vast: 'marketplace',
    });
    for (const m of COMMUNITY_MARKETPLACES) expect(m.why).not.toBe('');
    expect(providerKind('vast')).toBe('marketplace');
  });

  it('by default keeps every cloud price and leaves out the marketplaces, saying why', () => {
    const { prices, excluded } = applyPricePolicy(
      kb.prices,
      DEFAULT_PRICE_POLICY,
    );
    expect(providersOf(prices)).toEqual([
      'AWS',
      'AWS SageMaker',
      'Azure',
      'GCP',
      'Lambda',
      'Nebius',
    ]);
    expect(prices.length).toBe(
      kb.prices.filter(p => providerKind(p.provider) === 'cloud').length,
    );
    expect(excluded).toEqual([
      {
        provider: 'Runpod',
        count: kb.prices.filter(p => p.provider === 'Runpod').length,
        reason: expect.stringMatching(/^community marketplace: /),
      },
      {
        provider: 'Vast',
        count: 1,
        reason: expect.stringMatching(/^community marketplace: /),
      },
    ]);
  });

  it('filters by provider, region and pricing kind, case-insensitively', () => {
    const { prices, excluded } = applyPricePolicy(kb.prices, {
      providers: ['gcp', 'Azure'],
      regions: ['US-CENTRAL1', 'eastus'],
      pricing: ['on-demand'],
      excludeMarketplaces: false,
    });
    expect(prices.length).toBeGreaterThan(0);
    for (const p of prices) {
      expect(['GCP', 'Azure']).toContain(p.provider);
      expect(['us-central1', 'eastus']).toContain(p.region);
      expect(p.pricing).toBe('on-demand');
    }
    const reasons = new Set(excluded.map(e => e.reason));
    expect(reasons).toContain('provider not allowed by the price policy');
    expect(reasons).toContain(
      'region europe-west4 not allowed by the price policy',
    );
    expect(reasons).toContain('spot pricing not allowed by the price policy');
    expect(excluded.reduce((n, e) => n + e.count, 0)).toBe(
      kb.prices.length - prices.length,
    );
  });

  it('lets a marketplace in only when marketplaces are not excluded', () => {
    expect(
      applyPricePolicy(kb.prices, { providers: ['Runpod'] }).prices.length,
    ).toBe(kb.prices.filter(p => p.provider === 'Runpod').length);
    expect(
      applyPricePolicy(kb.prices, {
        providers: ['Runpod'],
        excludeMarketplaces: true,
      }).prices,
    ).toEqual([]);
  });

  it('leaves out a spot row dearer than the same offer on demand, whatever the policy', () => {
    const od = kb.prices.find(
      p => p.provider === 'GCP' && p.pricing === 'on-demand',
    )!;
    const dear = {
      ...od,
      row: 99999,
      pricing: 'spot' as const,
      pricePerGpuHour: od.pricePerGpuHour + 1,
    };
    const { prices, excluded } = applyPricePolicy([od, dear], {});
    expect(prices).toEqual([od]);
    expect(excluded).toEqual([
      {
        provider: 'GCP',
        count: 1,
        reason: expect.stringContaining('spot dearer than on-demand'),
      },
    ]);
  });

  it('validates a policy, naming the field', () => {
    expect(PricePolicySchema.parse(DEFAULT_PRICE_POLICY)).toEqual(
      DEFAULT_PRICE_POLICY,
    );
    const bad = (v: unknown) =>
      PricePolicySchema.safeParse(v).error?.issues.map(i => i.path.join('.'));
    expect(bad({ pricing: ['reserved'] })).toEqual(['pricing.0']);
    expect(bad({ providers: [] })).toEqual(['providers']);
    expect(bad({ excludeMarketplaces: 'yes' })).toEqual([
      'excludeMarketplaces',
    ]);
    expect(bad({ provider: ['GCP'] })).toEqual(['']);
  });

  it('lists the providers with their kind and the regions to choose from', () => {
    const choices = pricePolicyChoices(kb.prices);
    expect(choices.providers.find(p => p.provider === 'Vast')).toEqual({
      provider: 'Vast',
      kind: 'marketplace',
      why: expect.any(String),
      rows: 1,
    });
    expect(choices.providers.find(p => p.provider === 'GCP')?.kind).toBe(
      'cloud',
    );
    expect(choices.regions.map(r => r.region)).toContain('us-central1');
    expect(choices.regions.reduce((n, r) => n + r.rows, 0)).toBe(
      kb.prices.length,
    );
    expect(choices.pricing).toEqual(['on-demand', 'spot']);
  });
});

describe('plans under the default price policy', () => {
  const applied: KnowledgeBase = {
    ...kb,
    prices: applyPricePolicy(kb.prices, DEFAULT_PRICE_POLICY).prices,
  };
  const planner = createPlanner(applied);
  const intents: Intent[] = [
    { useCase: 'chatbot', users: 1000, usersMean: 'concurrent' },
    { useCase: 'chatbot', users: 2000, pricing: 'spot' },
    { useCase: 'rag-qa', users: 300, gpu: 'A100', maxAlternatives: 6 },
    { useCase: 'code-completion', users: 5000, model: 'qwen3-8b' },
    { useCase: 'agentic', users: 50, pricing: 'spot', maxAlternatives: 6 },
  ];

  let alternatives = 0;

  it.each(intents.map(i => [JSON.stringify(i), i] as const))(
    '%s: cloud prices only; no spot option dearer than on-demand',
    (_, intent) => {
      const plan = planner.plan(intent);
      expect(plan.recommendations.length).toBeGreaterThan(0);
      for (const r of plan.recommendations) {
        const c = r.cost;
        expect(providerKind(c.provider)).toBe('cloud');
        expect(c.priceSource).toContain(`: ${c.provider} ${c.region} `);
        expect(c.priceAsOf).toMatch(/^\d{4}-\d{2}-\d{2}/);
        const alt = c.alternative;
        if (!alt) continue;
        alternatives++;
        // the other pricing kind of the same provider and region
        expect(alt.pricing).not.toBe(c.pricing);
        expect(alt.priceSource).toContain(`: ${c.provider} ${c.region} `);
        expect(alt.priceAsOf).toMatch(/^\d{4}-\d{2}-\d{2}/);
        const spot = c.pricing === 'spot' ? c.perMonth : alt.perMonth;
        const onDemand = c.pricing === 'spot' ? alt.perMonth : c.perMonth;
        expect(spot).toBeLessThanOrEqual(onDemand);
      }
      const spotLines = plan.sensitivity.filter(
        s => s.change === 'spot instead of on-demand',
      );
      for (const s of spotLines)
        expect(s.deltaPerMonth!).toBeLessThanOrEqual(0);
    },
  );

  it('checked some spot/on-demand alternatives', () => {
    expect(alternatives).toBeGreaterThan(0);
  });
});
