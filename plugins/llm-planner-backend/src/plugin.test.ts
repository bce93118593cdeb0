import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ProvenanceKindSchema } from '@llm-planner/backstage-plugin-llm-planner-common';
import request from 'supertest';
import { createTestDatabases } from './__testUtils__/databases';
import { as, startPlanner } from './__testUtils__/backend';
import { predictAtTestLoad } from './__testUtils__/fixtures';

jest.setTimeout(120_000);

const chatbot = { useCase: 'chatbot', users: 1000, usersMean: 'concurrent' };

describe('llm-planner backend plugin', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let server: Awaited<ReturnType<typeof startPlanner>>;
    beforeAll(async () => {
      server = await startPlanner(await databases.init(databaseId));
    });

    it('seeds the public measurements and catalogs on first start', async () => {
      const status = await request(server)
        .get('/api/llm-planner/v1/status')
        .set('Authorization', as('user:default/alice.support'));
      expect(status.status).toBe(200);
      expect(status.body).toMatchObject({
        database: 'ok',
        databaseClient: databaseId.startsWith('POSTGRES') ? 'pg' : 'sqlite',
        importBatches: 1,
      });

      const models = await request(server)
        .get('/api/llm-planner/v1/catalog/models')
        .set('Authorization', as('user:default/alice.support'));
      expect(models.body.items.length).toBeGreaterThanOrEqual(18);
    });

    it('recommends and predicts with the same semantics as the CLI', async () => {
      const plan = await request(server)
        .post('/api/llm-planner/v1/recommend')
        .set('Authorization', as('user:default/alice.support'))
        .send(chatbot);
      expect(plan.status).toBe(200);
      expect(plan.body.recommendations.length).toBeGreaterThan(0);
      const best = plan.body.recommendations[0];
      expect(best.replicas).toBeGreaterThanOrEqual(1);
      expect(best.cost.perMonth).toBeGreaterThan(0);

      const prediction = await request(server)
        .post('/api/llm-planner/v1/predict')
        .set('Authorization', as('user:default/alice.support'))
        .send({
          model: best.modelId,
          gpu: best.gpuId,
          tp: best.tp,
          inputTokens: 512,
          outputTokens: 256,
          concurrency: 8,
        });
      expect(prediction.status).toBe(200);
      expect(prediction.body.unit).toBe('ms');
      expect(ProvenanceKindSchema.options).toContain(
        prediction.body.ttft.p90.provenance,
      );
      expect(prediction.body.ttft.p90.low).toBeLessThan(
        prediction.body.ttft.p90.high,
      );
      expect(best.confidence).toBe(0.9);
      expect(best.margins[0].probability).toBeGreaterThan(0);
    });

    it('answers bad requests with 400 and what is wrong', async () => {
      const both = await request(server)
        .post('/api/llm-planner/v1/predict')
        .set('Authorization', as('user:default/alice.support'))
        .send({
          model: 'x',
          gpu: 'H100',
          tp: 1,
          inputTokens: 1,
          outputTokens: 1,
        });
      expect(both.status).toBe(400);
      expect(both.body.error.message).toMatch(
        /exactly one of concurrency or rate/,
      );

      const unknown = await request(server)
        .post('/api/llm-planner/v1/recommend')
        .set('Authorization', as('user:default/alice.support'))
        .send({ useCase: 'telepathy', users: 3 });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toMatch(
        /Unknown use case "telepathy"/,
      );

      for (const [intent, field] of [
        [{ confidence: 0.5 }, /confidence: must be above 0.5/],
        [{ confidence: 0.9995 }, /confidence: must be below 0.999/],
        [{ minReplicas: 0 }, /minReplicas: must be at least 1/],
      ] as const) {
        const res = await request(server)
          .post('/api/llm-planner/v1/recommend')
          .set('Authorization', as('user:default/alice.support'))
          .send({ ...chatbot, ...intent });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(field);
      }
    });

    it('runs a plan through its lifecycle with team checks and optimistic concurrency', async () => {
      const created = await request(server)
        .post('/api/llm-planner/v1/plans')
        .set('Authorization', as('user:default/alice.support'))
        .send({ intent: chatbot });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        ownerGroup: 'group:default/customer-support',
        ownerUser: 'user:default/alice.support',
        status: 'draft',
        version: 1,
      });
      const id = created.body.id;
      const url = `/api/llm-planner/v1/plans/${id}`;

      // Another team can neither read nor change it.
      expect(
        (
          await request(server)
            .get(url)
            .set('Authorization', as('user:default/carol.search'))
        ).status,
      ).toBe(403);
      expect(
        (
          await request(server)
            .put(url)
            .set('Authorization', as('user:default/carol.search'))
            .send({ version: 1, intent: chatbot })
        ).status,
      ).toBe(403);

      // A teammate changes the assumptions: re-planned, version 2.
      const doubled = await request(server)
        .put(url)
        .set('Authorization', as('user:default/bob.support'))
        .send({ version: 1, intent: { ...chatbot, users: 2000 } });
      expect(doubled.status).toBe(200);
      expect(doubled.body.version).toBe(2);
      expect(doubled.body.plan.intent.users).toBe(2000);
      // The cheapest plan for twice the load cannot be cheaper than for the original.
      expect(
        doubled.body.plan.recommendations[0].cost.perMonth,
      ).toBeGreaterThanOrEqual(
        created.body.plan.recommendations[0].cost.perMonth,
      );

      // A stale writer gets 409 and the plan is left as it was.
      const stale = await request(server)
        .put(url)
        .set('Authorization', as('user:default/alice.support'))
        .send({ version: 1, intent: { ...chatbot, users: 5 } });
      expect(stale.status).toBe(409);
      const current = await request(server)
        .get(url)
        .set('Authorization', as('user:default/alice.support'));
      expect(current.body).toMatchObject({
        version: 2,
        plan: { intent: { users: 2000 } },
      });

      const approved = await request(server)
        .post(`${url}/approve`)
        .set('Authorization', as('user:default/alice.support'))
        .send({ version: 2 });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'approved',
        approvedBy: 'user:default/alice.support',
        version: 3,
      });

      const teamList = await request(server)
        .get('/api/llm-planner/v1/plans?status=approved')
        .set('Authorization', as('user:default/bob.support'));
      expect(teamList.body.items.map((p: { id: string }) => p.id)).toContain(
        id,
      );
      // The list holds summaries: the best recommendation in a few fields, not the plan.
      const best = approved.body.plan.recommendations[0];
      const listed = teamList.body.items.find(
        (p: { id: string }) => p.id === id,
      );
      expect(listed).toEqual({
        id,
        title: approved.body.title,
        ownerUser: 'user:default/alice.support',
        ownerGroup: 'group:default/customer-support',
        status: 'approved',
        version: 3,
        approvedBy: 'user:default/alice.support',
        approvedAt: approved.body.approvedAt,
        createdAt: approved.body.createdAt,
        updatedAt: approved.body.updatedAt,
        useCase: 'chatbot',
        summary: {
          modelId: best.modelId,
          hfId: best.hfId,
          gpuId: best.gpuId,
          tp: best.tp,
          precision: best.precision,
          engine: best.engine,
          replicas: best.replicas,
          gpus: best.gpus,
          perMonth: best.cost.perMonth,
          provenance: best.provenance,
          confidence: best.confidence,
        },
      });
      const otherTeam = await request(server)
        .get('/api/llm-planner/v1/plans')
        .set('Authorization', as('user:default/carol.search'));
      expect(
        otherTeam.body.items.map((p: { id: string }) => p.id),
      ).not.toContain(id);

      // Deploying records the deployment and moves the plan to deployed.
      const deployment = await request(server)
        .post(`${url}/deployments`)
        .set('Authorization', as('user:default/alice.support'))
        .send({
          cluster: 'none',
          namespace: 'customer-support',
          status: 'applied',
        });
      expect(deployment.status).toBe(201);
      const deployed = await request(server)
        .get(url)
        .set('Authorization', as('user:default/alice.support'));
      expect(deployed.body.status).toBe('deployed');

      // An outcome is stored next to the prediction at the same load, with the error.
      const rec = deployed.body.plan.recommendations[0];
      const predicted = await request(server)
        .post('/api/llm-planner/v1/predict')
        .set('Authorization', as('user:default/alice.support'))
        .send(predictAtTestLoad(rec));
      const measuredTtft = predicted.body.ttft.p90.value * 1.2;
      const postOutcome = () =>
        request(server)
          .post(
            `/api/llm-planner/v1/deployments/${deployment.body.id}/outcomes`,
          )
          .set('Authorization', as('user:default/alice.support'))
          .send({
            loadProfile: {
              kind: 'concurrent',
              concurrency: 16,
              inputTokens: 512,
              outputTokens: 256,
            },
            measured: {
              ttft: { p90: measuredTtft },
              itl: {},
              e2e: {},
              errors: 0,
            },
            source: 'loadtest',
          });
      const outcome = await postOutcome();
      expect(outcome.status).toBe(201);
      expect(outcome.body.error.ttft.p90).toBeCloseTo(0.2, 5);

      // One load test is not evidence enough to change anybody's plans.
      const early = await request(server)
        .get('/api/llm-planner/v1/calibration')
        .set('Authorization', as('user:default/alice.support'));
      expect(early.body.items).toEqual([]);
      await postOutcome().expect(201);
      await postOutcome().expect(201);

      const calibration = await request(server)
        .get('/api/llm-planner/v1/calibration')
        .set('Authorization', as('user:default/alice.support'));
      expect(calibration.body.items).toContainEqual(
        expect.objectContaining({
          modelId: rec.modelId,
          gpuId: rec.gpuId,
          tp: rec.tp,
          shape: null,
          samples: 3,
        }),
      );
      expect(calibration.body.items[0].ttft.value).toBeCloseTo(1.2, 3);

      // Later predictions of that configuration are corrected and say so.
      const recalibrated = await request(server)
        .post('/api/llm-planner/v1/predict')
        .set('Authorization', as('user:default/alice.support'))
        .send(predictAtTestLoad(rec));
      expect(recalibrated.body.ttft.p90.provenance).toBe('calibrated');
      expect(recalibrated.body.ttft.p90.value).toBeCloseTo(measuredTtft, 0);

      // A further identical measurement confirms the factor instead of compounding it.
      const fourth = await postOutcome();
      expect(fourth.status).toBe(201);
      // Compared with what the planner now predicts (already calibrated): no error left.
      expect(fourth.body.error.ttft.p90).toBeCloseTo(0, 2);
      const after = await request(server)
        .get('/api/llm-planner/v1/calibration')
        .set('Authorization', as('user:default/alice.support'));
      expect(after.body.items[0]).toMatchObject({ samples: 4 });
      expect(after.body.items[0].ttft.value).toBeCloseTo(1.2, 3);
    });

    it('takes outcomes from neither an unbound service nor other teams', async () => {
      const alice = as('user:default/alice.support');
      const created = await request(server)
        .post('/api/llm-planner/v1/plans')
        .set('Authorization', alice)
        .send({ intent: chatbot });
      const url = `/api/llm-planner/v1/plans/${created.body.id}`;
      await request(server)
        .post(`${url}/approve`)
        .set('Authorization', alice)
        .send({ version: 1 })
        .expect(200);
      const deployment = await request(server)
        .post(`${url}/deployments`)
        .set('Authorization', alice)
        .send({
          cluster: 'none',
          namespace: 'customer-support',
          status: 'applied',
        });
      const outcomeUrl = `/api/llm-planner/v1/deployments/${deployment.body.id}/outcomes`;
      const live = {
        loadProfile: {
          kind: 'live',
          rate: 1,
          inputTokens: 500,
          outputTokens: 200,
        },
        measured: { ttft: { p95: 180 }, itl: { p95: 20 }, e2e: {}, errors: 0 },
        source: 'metrics',
      };

      // A service reports only on the teams config binds it to (see calibration.test.ts).
      const scraped = await request(server)
        .post(outcomeUrl)
        .set('Authorization', mockCredentials.service.header())
        .send(live);
      expect(scraped.status).toBe(403);

      const otherTeam = await request(server)
        .post(outcomeUrl)
        .set('Authorization', as('user:default/carol.search'))
        .send(live);
      expect(otherTeam.status).toBe(403);
    });

    it('recommends the autoscaling policy of a plan to its team only', async () => {
      const alice = as('user:default/alice.support');
      const created = await request(server)
        .post('/api/llm-planner/v1/plans')
        .set('Authorization', alice)
        .send({ intent: { ...chatbot, users: 3000 } });
      const url = `/api/llm-planner/v1/plans/${created.body.id}/autoscaling`;
      const res = await request(server).get(url).set('Authorization', alice);
      expect(res.status).toBe(200);
      expect(res.body.parameters).toMatchObject({
        kind: expect.stringMatching(/fixed|keda|hpa/),
        minReplicas: expect.any(Number),
        maxReplicas: expect.any(Number),
      });
      expect(res.body.parameters.maxReplicas).toBeGreaterThanOrEqual(
        res.body.parameters.minReplicas,
      );
      expect(res.body.reason).toMatch(/GPU-hours|attainment/);
      // deterministic: asked again, the same decision
      const again = await request(server).get(url).set('Authorization', alice);
      expect(again.body).toEqual(res.body);
      expect(res.body.traffic.description).toMatch(/office-hours day/);
      expect(
        (
          await request(server)
            .get(url)
            .set('Authorization', as('user:default/carol.search'))
        ).status,
      ).toBe(403);
    });

    it("decides a batch plan's autoscaler from its run window: a CronJob, nothing simulated", async () => {
      const alice = as('user:default/alice.support');
      const created = await request(server)
        .post('/api/llm-planner/v1/plans')
        .set('Authorization', alice)
        .send({
          intent: {
            useCase: 'summarisation',
            users: 0.6944,
            usersMean: 'rps',
            gpu: 'A10G',
            batch: {
              itemsPerRun: 20000,
              runsPerDay: 1,
              windowHours: 8,
              startTime: '01:00',
            },
          },
        });
      expect(created.status).toBe(201);
      const res = await request(server)
        .get(`/api/llm-planner/v1/plans/${created.body.id}/autoscaling`)
        .set('Authorization', alice);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        parameters: { kind: 'cronjob' },
        renders: 'none',
        meetsTarget: true,
        traffic: null,
        batch: { start: '01:00', deadline: '09:00' },
      });
      expect(res.body.reason).toMatch(
        /^no autoscaler: a CronJob runs the job at its planned size .* inside its window, 01:00 to 09:00 UTC, 8 h, and scales to zero between runs; .* GPU-hours per run x 1 run\(s\) a day = /,
      );
    });

    it('refuses a plan for a team the user is not in', async () => {
      const res = await request(server)
        .post('/api/llm-planner/v1/plans')
        .set('Authorization', as('user:default/alice.support'))
        .send({ intent: chatbot, ownerGroup: 'group:default/search-ai' });
      expect(res.status).toBe(403);
      const loner = await request(server)
        .post('/api/llm-planner/v1/plans')
        .set('Authorization', as('user:default/loner'))
        .send({ intent: chatbot });
      expect(loner.status).toBe(400);
      expect(loner.body.error.message).toMatch(/belongs to no team/);
    });

    it('lets the platform team set quotas', async () => {
      const res = await request(server)
        .put('/api/llm-planner/v1/quotas/group:default%2Fsearch-ai')
        .set('Authorization', as('user:default/pat.platform'))
        .send({ gpuQuota: 8 });
      expect(res.status).toBe(200);
      const quotas = await request(server)
        .get('/api/llm-planner/v1/quotas')
        .set('Authorization', as('user:default/carol.search'));
      expect(quotas.body.items).toContainEqual(
        expect.objectContaining({
          teamRef: 'group:default/search-ai',
          gpuQuota: 8,
        }),
      );
    });
  });

  it('denies catalog writes the permission policy denies', async () => {
    const [databaseId] = databases
      .eachSupportedId()
      .map(([id]) => id)
      .reverse();
    const server = await startPlanner(await databases.init(databaseId), {
      permissions: AuthorizeResult.DENY,
    });
    const res = await request(server)
      .put('/api/llm-planner/v1/quotas/group:default%2Fsearch-ai')
      .set('Authorization', as('user:default/alice.support'))
      .send({ gpuQuota: 800 });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/llm-planner.catalog.write/);
  });

  it('answers /health without credentials and nothing else', async () => {
    const server = await startPlanner(await databases.init('SQLITE_3'));
    await request(server)
      .get('/api/llm-planner/health')
      .set('Authorization', mockCredentials.none.header())
      .expect(200, { status: 'ok' });
    const res = await request(server)
      .get('/api/llm-planner/v1/status')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: { name: 'AuthenticationError' } });
  });
});
