import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/databases';
import { as, startPlanner } from '../__testUtils__/backend';
import { predictAtTestLoad } from '../__testUtils__/fixtures';

jest.setTimeout(120_000);

const API = '/api/llm-planner';
const alice = as('user:default/alice.support');
const carol = as('user:default/carol.search');
const pat = as('user:default/pat.platform');
const chatbot = { useCase: 'chatbot', users: 1000, usersMean: 'concurrent' };
const SCRAPER = 'external:metrics-scraper';

const config = {
  llmPlanner: {
    outcomes: {
      services: [
        { subject: SCRAPER, teams: ['group:default/customer-support'] },
      ],
    },
    deployments: { repoUrlSchemes: ['https', 'file'] },
  },
};

describe('calibration from outcomes (tenant integrity)', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let server: Awaited<ReturnType<typeof startPlanner>>;
    beforeAll(async () => {
      server = await startPlanner(await databases.init(databaseId), {
        config,
      });
    });

    /** An approved, deployed plan of `as`'s team; returns its deployment and recommendation. */
    async function deploy(auth: string, intent: object = chatbot) {
      const created = await request(server)
        .post(`${API}/v1/plans`)
        .set('Authorization', auth)
        .send({ intent });
      expect(created.status).toBe(201);
      const url = `${API}/v1/plans/${created.body.id}`;
      await request(server)
        .post(`${url}/approve`)
        .set('Authorization', auth)
        .send({ version: 1 })
        .expect(200);
      const deployment = await request(server)
        .post(`${url}/deployments`)
        .set('Authorization', auth)
        .send({ cluster: 'none', status: 'applied' });
      expect(deployment.status).toBe(201);
      return {
        planId: created.body.id as string,
        deployment: deployment.body,
        rec: created.body.plan.recommendations[0],
      };
    }

    const predictTtft = async (rec: any) =>
      (
        await request(server)
          .post(`${API}/v1/predict`)
          .set('Authorization', carol)
          .send(predictAtTestLoad(rec))
      ).body.ttft.p50;

    const outcome = (ttftP50: number, extra: object = {}) => ({
      loadProfile: {
        kind: 'concurrent',
        concurrency: 16,
        inputTokens: 512,
        outputTokens: 256,
      },
      measured: { ttft: { p50: ttftP50 }, itl: {}, e2e: {}, errors: 0 },
      source: 'loadtest',
      ...extra,
    });

    it('bounds what one team can do to another team\u2019s predictions, however many outcomes it posts', async () => {
      const { deployment, rec } = await deploy(alice);
      const before = await predictTtft(rec);
      for (let i = 0; i < 6; i++) {
        const res = await request(server)
          .post(`${API}/v1/deployments/${deployment.id}/outcomes`)
          .set('Authorization', alice)
          .send(outcome(5000));
        expect(res.status).toBe(201);
      }
      const after = await predictTtft(rec);
      expect(after.provenance).toBe('calibrated');
      // The probe's factor of 176 is clamped to one team's bound.
      expect(after.value / before.value).toBeLessThanOrEqual(1.251);
      expect(after.basis).toMatch(
        /from 6 measured outcomes of 1 team .*clamped to the 1.25x limit/,
      );

      const calibration = await request(server)
        .get(`${API}/v1/calibration`)
        .set('Authorization', carol);
      const factor = calibration.body.items.find(
        (f: any) => f.modelId === rec.modelId && f.shape === null,
      );
      expect(factor.ttft).toMatchObject({
        value: 1.25,
        n: 6,
        teams: 1,
        bounded: true,
        level: 0.8,
      });
      expect(factor.ttft.low).toBeLessThanOrEqual(factor.ttft.value);
    });

    it('refuses zero, non-finite and physically impossible measurements', async () => {
      const { deployment, planId } = await deploy(alice);
      const url = `${API}/v1/deployments/${deployment.id}/outcomes`;
      const zero = await request(server)
        .post(url)
        .set('Authorization', alice)
        .send({
          ...outcome(0),
          measured: {
            ttft: { p50: 0, p95: 0 },
            itl: { p50: 0 },
            e2e: { p50: 0 },
          },
        });
      expect(zero.status).toBe(400);
      expect(zero.body.error.message).toMatch(/ttft\.p50/);

      const huge = await request(server)
        .post(url)
        .set('Authorization', alice)
        .set('Content-Type', 'application/json')
        .send(
          '{"loadProfile":{"kind":"concurrent","concurrency":16,"inputTokens":512,"outputTokens":256},"measured":{"ttft":{"p50":1e400},"itl":{},"e2e":{}},"source":"loadtest"}',
        );
      expect(huge.status).toBe(400);

      const impossible = await request(server)
        .post(url)
        .set('Authorization', alice)
        .send(outcome(0.001));
      expect(impossible.status).toBe(400);
      expect(impossible.body.error.message).toMatch(
        /Physically impossible outcome, not recorded: ttft\.p50 = 0\.001 ms is below/,
      );

      const empty = await request(server)
        .post(url)
        .set('Authorization', alice)
        .send({ ...outcome(100), measured: { ttft: {}, itl: {}, e2e: {} } });
      expect(empty.status).toBe(400);
      expect(empty.body.error.message).toMatch(/at least one latency/);

      const stored = await request(server).get(url).set('Authorization', alice);
      expect(stored.body.items).toEqual([]);
      // Nothing refused can break a plan's autoscaling of that configuration.
      await request(server)
        .get(`${API}/v1/plans/${planId}/autoscaling`)
        .set('Authorization', alice)
        .expect(200);
    });

    it('takes outcomes only from the owning team or a service bound to it', async () => {
      const { deployment } = await deploy(alice);
      const url = `${API}/v1/deployments/${deployment.id}/outcomes`;
      const body = outcome(150, { source: 'metrics' });

      const bound = await request(server)
        .post(url)
        .set(
          'Authorization',
          mockCredentials.service.header({
            onBehalfOf: mockCredentials.service(SCRAPER),
            targetPluginId: 'llm-planner',
          }),
        )
        .send(body);
      expect(bound.status).toBe(201);
      expect(bound.body.recordedBy).toBe(`service:${SCRAPER}`);

      const unbound = await request(server)
        .post(url)
        .set('Authorization', mockCredentials.service.header())
        .send(body);
      expect(unbound.status).toBe(403);
      expect(unbound.body.error.message).toMatch(
        /bind it to group:default\/customer-support in llmPlanner\.outcomes\.services/,
      );

      // Neither another team nor the platform team measures a team's deployment for it.
      for (const auth of [carol, pat]) {
        const res = await request(server)
          .post(url)
          .set('Authorization', auth)
          .send(body);
        expect(res.status).toBe(403);
      }

      // Authorisation comes before validation: a stranger learns nothing from a bad body.
      const strangerBadBody = await request(server)
        .post(url)
        .set('Authorization', carol)
        .send({ nonsense: true });
      expect(strangerBadBody.status).toBe(403);
    });

    it('needs three outcomes, shows n and the interval, and lets the platform team exclude one (audited)', async () => {
      // a configuration no other test here posts outcomes for: calibration is per configuration
      const { deployment, rec } = await deploy(alice, {
        ...chatbot,
        users: 40,
        model: 'qwen3-8b',
      });
      const url = `${API}/v1/deployments/${deployment.id}/outcomes`;
      const raw = await predictTtft(rec);
      expect(raw.provenance).not.toBe('calibrated');
      const ids: number[] = [];
      const post = async (factor: number) => {
        const res = await request(server)
          .post(url)
          .set('Authorization', alice)
          .send(outcome(raw.value * factor));
        expect(res.status).toBe(201);
        ids.push(res.body.id);
      };
      await post(1.1);
      await post(1.1);
      // Two outcomes are not enough to move anything.
      expect((await predictTtft(rec)).provenance).toBe(raw.provenance);
      await post(1.1);
      const calibrated = await predictTtft(rec);
      expect(calibrated.provenance).toBe('calibrated');
      expect(calibrated.value).toBeCloseTo(raw.value * 1.1, 0);
      expect(calibrated.basis).toContain(
        `outcomes #${ids[0]}, #${ids[1]}, #${ids[2]}`,
      );

      const exclusionUrl = `${API}/v1/outcomes/${ids[2]}/exclusion`;
      // Only the platform team decides, and it says why.
      await request(server)
        .post(exclusionUrl)
        .set('Authorization', alice)
        .send({ reason: 'mine' })
        .expect(403);
      const noReason = await request(server)
        .post(exclusionUrl)
        .set('Authorization', pat)
        .send({});
      expect(noReason.status).toBe(400);
      const excluded = await request(server)
        .post(exclusionUrl)
        .set('Authorization', pat)
        .send({ reason: 'load generator was saturated' });
      expect(excluded.status).toBe(200);
      expect(excluded.body.exclusion).toMatchObject({
        by: 'user:default/pat.platform',
        reason: 'load generator was saturated',
      });
      // Back below three outcomes: the factor is gone.
      expect((await predictTtft(rec)).provenance).toBe(raw.provenance);

      await request(server)
        .delete(exclusionUrl)
        .set('Authorization', pat)
        .expect(200);
      expect((await predictTtft(rec)).provenance).toBe('calibrated');

      await request(server)
        .post(`${API}/v1/outcomes/not-a-number/exclusion`)
        .set('Authorization', pat)
        .send({ reason: 'x'.repeat(5) })
        .expect(400);
      await request(server)
        .post(`${API}/v1/outcomes/999999999/exclusion`)
        .set('Authorization', pat)
        .send({ reason: 'x'.repeat(5) })
        .expect(404);
    });
  });
});

describe('deployment records (tenant integrity)', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let server: Awaited<ReturnType<typeof startPlanner>>;
    let planUrl: string;
    beforeAll(async () => {
      server = await startPlanner(await databases.init(databaseId), {
        config,
      });
      const created = await request(server)
        .post(`${API}/v1/plans`)
        .set('Authorization', alice)
        .send({ intent: chatbot });
      planUrl = `${API}/v1/plans/${created.body.id}`;
      await request(server)
        .post(`${planUrl}/approve`)
        .set('Authorization', alice)
        .send({ version: 1 })
        .expect(200);
    });

    it('derives the namespace from the team and refuses unknown clusters, script URLs and odd refs', async () => {
      const record = (body: object) =>
        request(server)
          .post(`${planUrl}/deployments`)
          .set('Authorization', alice)
          .send({ cluster: 'none', status: 'dry-run', ...body });

      const derived = await record({});
      expect(derived.status).toBe(201);
      expect(derived.body.namespace).toBe('customer-support');

      const otherNamespace = await record({ namespace: 'search-ai' });
      expect(otherNamespace.status).toBe(400);
      expect(otherNamespace.body.error.message).toMatch(
        /its deployments go to "customer-support"/,
      );
      const cluster = await record({ cluster: 'prod-eu' });
      expect(cluster.status).toBe(400);
      expect(cluster.body.error.message).toMatch(/Unknown cluster "prod-eu"/);
      // the attack under test: a script URL the Performance tab would link to
      // eslint-disable-next-line no-script-url
      const script = await record({ repoUrl: 'javascript:alert(1)' });
      expect(script.status).toBe(400);
      expect(script.body.error.message).toMatch(/scheme "javascript:"/);
      const http = await record({ repoUrl: 'http://example.com/repo' });
      expect(http.status).toBe(400);
      const ref = await record({ entityRef: 'group:default/search-ai' });
      expect(ref.status).toBe(400);
      expect(ref.body.error.message).toMatch(/not a Component entity ref/);

      const ok = await record({
        repoUrl: 'https://git.example.com/support/bot',
        entityRef: 'component:default/support-bot',
      });
      expect(ok.status).toBe(201);
    });

    it('lists an entity\u2019s deployments only to the team that owns them', async () => {
      const entityRef = 'component:default/support-bot-private';
      await request(server)
        .post(`${planUrl}/deployments`)
        .set('Authorization', alice)
        .send({ cluster: 'none', status: 'dry-run', entityRef })
        .expect(201);
      const list = (auth: string) =>
        request(server)
          .get(`${API}/v1/deployments`)
          .query({ entityRef })
          .set('Authorization', auth);
      expect((await list(alice)).body.items).toHaveLength(1);
      expect((await list(pat)).body.items).toHaveLength(1);
      expect((await list(carol)).body.items).toEqual([]);
    });

    it('answers 400, not 500, for ids that are not UUIDs', async () => {
      for (const path of [
        '/v1/plans/x/deployments',
        '/v1/deployments/1%27--/outcomes',
      ]) {
        const res = await request(server)
          .get(`${API}${path}`)
          .set('Authorization', alice);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/must be a UUID/);
      }
    });
  });
});
