import type {
  Plan,
  Price,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { Knex } from 'knex';
import request from 'supertest';
import { as, startPlanner } from '../__testUtils__/backend';
import { createTestDatabases } from '../__testUtils__/databases';
import { readKnowledgeVersion } from '../database/knowledgeVersion';

jest.setTimeout(180_000);

const API = '/api/llm-planner';
const pat = as('user:default/pat.platform');
const alice = as('user:default/alice.support');
const chatbot = { useCase: 'chatbot', users: 1000, usersMean: 'concurrent' };

/** Every recommendation's cost stays with one provider and region; spot never dearer. */
function expectLikeForLike(plan: Plan) {
  for (const { cost } of plan.recommendations) {
    expect(cost.priceSource).toContain(`: ${cost.provider} ${cost.region} `);
    expect(cost.priceAsOf).toBeTruthy();
    const alt = cost.alternative;
    if (!alt) continue;
    expect(alt.priceSource).toContain(`: ${cost.provider} ${cost.region} `);
    expect(alt.priceAsOf).toBeTruthy();
    const spot = cost.pricing === 'spot' ? cost.perMonth : alt.perMonth;
    const onDemand = cost.pricing === 'spot' ? alt.perMonth : cost.perMonth;
    expect(spot).toBeLessThanOrEqual(onDemand);
  }
}

describe('price policy API', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let server: Awaited<ReturnType<typeof startPlanner>>;
    let knex: Knex;
    beforeAll(async () => {
      knex = await databases.init(databaseId);
      server = await startPlanner(knex);
    });

    const recommend = async () => {
      const res = await request(server)
        .post(`${API}/v1/recommend`)
        .set('Authorization', alice)
        .send(chatbot);
      expect(res.status).toBe(200);
      const plan = res.body as Plan;
      expect(plan.recommendations.length).toBeGreaterThan(0);
      return plan;
    };

    it('answers the default policy to anyone: clouds only, marketplaces excluded with the reason', async () => {
      const res = await request(server)
        .get(`${API}/v1/pricing/policy`)
        .set('Authorization', alice);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        source: 'default',
        policy: { pricing: ['on-demand', 'spot'], excludeMarketplaces: true },
      });
      const excluded = res.body.excluded as {
        provider: string;
        count: number;
        reason: string;
      }[];
      expect(excluded.map(e => e.provider).sort()).toEqual(['Runpod', 'Vast']);
      for (const e of excluded)
        expect(e.reason).toMatch(/community marketplace/);
      expect(
        res.body.allowedRows + excluded.reduce((n, e) => n + e.count, 0),
      ).toBe(res.body.totalRows);
      const kinds = Object.fromEntries(
        (
          res.body.choices.providers as { provider: string; kind: string }[]
        ).map(p => [p.provider, p.kind]),
      );
      expect(kinds).toMatchObject({ GCP: 'cloud', Runpod: 'marketplace' });

      const plan = await recommend();
      for (const r of plan.recommendations)
        expect(['Runpod', 'Vast']).not.toContain(r.cost.provider);
      expectLikeForLike(plan);
    });

    it('refuses the policy from anyone but the platform team', async () => {
      const res = await request(server)
        .put(`${API}/v1/pricing/policy`)
        .set('Authorization', alice)
        .send({ providers: ['GCP'] });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/platform team/);
    });

    it('refuses a bad policy, naming each field', async () => {
      const res = await request(server)
        .put(`${API}/v1/pricing/policy`)
        .set('Authorization', pat)
        .send({
          providers: [],
          pricing: ['reserved'],
          excludeMarketplaces: 'yes',
          colour: 'blue',
        });
      expect(res.status).toBe(400);
      const message = res.body.error.message as string;
      expect(message).toMatch(/^Invalid price policy: /);
      for (const field of [
        'providers',
        'pricing.0',
        'excludeMarketplaces',
        'colour',
      ])
        expect(message).toContain(field);

      const none = await request(server)
        .put(`${API}/v1/pricing/policy`)
        .set('Authorization', pat)
        .send({ providers: ['Nowhere Cloud'] });
      expect(none.status).toBe(400);
      expect(none.body.error.message).toMatch(/allows none of the/);
    });

    it('saves the policy in one versioned write; plans then use only the allowed providers', async () => {
      const version = await readKnowledgeVersion(knex);
      const res = await request(server)
        .put(`${API}/v1/pricing/policy`)
        .set('Authorization', pat)
        .send({ providers: ['GCP'], pricing: ['on-demand', 'spot'] });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        source: 'admin',
        updatedBy: 'user:default/pat.platform',
        policy: { providers: ['GCP'], excludeMarketplaces: true },
      });
      expect(await readKnowledgeVersion(knex)).toBe(version + 1);
      expect(
        (res.body.excluded as { reason: string }[]).map(e => e.reason),
      ).toContain('provider not allowed by the price policy');

      const got = await request(server)
        .get(`${API}/v1/pricing/policy`)
        .set('Authorization', alice);
      expect(got.body.source).toBe('admin');
      expect(got.body.policy.providers).toEqual(['GCP']);

      const plan = await recommend();
      for (const r of plan.recommendations) expect(r.cost.provider).toBe('GCP');
      expectLikeForLike(plan);
      // the browser re-plans from the same prices
      const kb = await request(server)
        .get(`${API}/v1/knowledge-base`)
        .set('Authorization', alice);
      expect(new Set((kb.body.prices as Price[]).map(p => p.provider))).toEqual(
        new Set(['GCP']),
      );
    });

    it('offers no spot alternative when the policy allows on-demand only', async () => {
      const res = await request(server)
        .put(`${API}/v1/pricing/policy`)
        .set('Authorization', pat)
        .send({ pricing: ['on-demand'] });
      expect(res.status).toBe(200);
      expect(res.body.policy).toMatchObject({
        pricing: ['on-demand'],
        excludeMarketplaces: true,
      });
      const plan = await recommend();
      for (const r of plan.recommendations) {
        expect(r.cost.pricing).toBe('on-demand');
        expect(r.cost.alternative).toBeNull();
      }
    });
  });

  it('reads llmPlanner.pricing from config until the admin page saves a policy', async () => {
    const knex = await databases.init('SQLITE_3');
    const server = await startPlanner(knex, {
      config: {
        llmPlanner: {
          pricing: { providers: ['Azure', 'GCP'], regions: ['eastus'] },
        },
      },
    });
    const res = await request(server)
      .get(`${API}/v1/pricing/policy`)
      .set('Authorization', alice);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      source: 'config',
      policy: {
        providers: ['Azure', 'GCP'],
        regions: ['eastus'],
        excludeMarketplaces: true,
      },
    });
    const kb = await request(server)
      .get(`${API}/v1/knowledge-base`)
      .set('Authorization', alice);
    for (const p of kb.body.prices as Price[]) {
      expect(p.provider).toBe('Azure');
      expect(p.region).toBe('eastus');
    }
  });
});
