/**
 * End to end (issue 5 "Done when"): the simulator, timed by the planning engine, is swept by the
 * load tester; the report is imported into the real backend plugin (SQLite) as benchmark runs,
 * and a run is recorded as the outcome of a deployment of an approved plan, which answers with
 * the error against the prediction. Loopback only.
 */
import { TestDatabases } from '@backstage/backend-test-utils';
// the backend's own test wiring (real plugin, mock auth, the sample organisation)
// eslint-disable-next-line @backstage/no-forbidden-package-imports
import {
  as,
  startPlanner,
} from '@llm-planner/backstage-plugin-llm-planner-backend/src/__testUtils__/backend';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { parseLoadtestArgs, runLoadtest } from './loadtest/cli';
import { closeClientSockets } from './loadtest/client';
import { RunningSimulator, startSimulator } from './server';
import { stepTimeModelFromEngine } from './timing/fromEngine';
import { findSeedDir, loadSeedEngine } from './timing/seed';

jest.setTimeout(180_000);

const tokenOf = (user: Parameters<typeof as>[0]) =>
  as(user).replace(/^Bearer /, '');

function capture() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', d => (out += d));
  stderr.resume();
  return { io: { stdout, stderr }, text: () => out };
}

describe('simulator -> load tester -> backend', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let server: Awaited<ReturnType<typeof startPlanner>>;
  let backend: string;
  let sim: RunningSimulator | undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-e2e-'));

  beforeAll(async () => {
    server = await startPlanner(await databases.init('SQLITE_3'));
    backend = `http://127.0.0.1:${server.port()}`;
  });
  afterAll(async () => {
    await sim?.close();
    closeClientSockets();
  });

  const api = async (
    method: string,
    route: string,
    user: Parameters<typeof as>[0],
    body?: unknown,
  ) => {
    const res = await fetch(`${backend}/api/llm-planner${route}`, {
      method,
      headers: {
        authorization: as(user),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('imports a sweep as benchmark runs and records a run as a deployment outcome', async () => {
    // 1. an approved plan of the team, deployed (recorded), whose recommendation times the simulator
    const created = await api(
      'POST',
      '/v1/plans',
      'user:default/alice.support',
      {
        intent: {
          useCase: 'chatbot',
          users: 2000,
          model: 'qwen3-8b',
          gpu: 'H100',
        },
        title: 'simulated chatbot',
      },
    );
    expect(created.status).toBe(201);
    const plan = created.body;
    const rec = plan.plan.recommendations[0];
    const approved = await api(
      'POST',
      `/v1/plans/${plan.id}/approve`,
      'user:default/alice.support',
      { version: plan.version },
    );
    expect(approved.body.status).toBe('approved');
    const deployment = await api(
      'POST',
      `/v1/plans/${plan.id}/deployments`,
      'user:default/alice.support',
      {
        cluster: 'none',
        namespace: 'customer-support',
        status: 'applied',
      },
    );
    expect(deployment.status).toBe(201);

    const engine = loadSeedEngine(findSeedDir());
    const cfg = engine.resolveConfig({
      model: rec.modelId,
      gpu: rec.gpuId,
      tp: rec.tp,
      engine: rec.engine,
      precision: rec.precision,
    });
    const inputTokens = 233;
    const outputTokens = 24;
    sim = await startSimulator({
      model: rec.hfId,
      host: '127.0.0.1',
      port: 0,
      timing: stepTimeModelFromEngine(engine, cfg, {
        inputTokens,
        outputTokens,
        maxNumSeqs: 16,
      }),
      maxNumSeqs: 16,
      seed: 1,
    });

    // 2. a sweep, imported as benchmark runs (platform team)
    const report = path.join(dir, 'sweep.json');
    const sweep = capture();
    const reports = await runLoadtest(
      parseLoadtestArgs(
        [
          '--target',
          sim.url,
          '--profile',
          'sweep',
          '--sweep-points',
          '2',
          '--max-concurrency',
          '8',
          '--max-requests',
          '8',
          '--input-tokens',
          String(inputTokens),
          '--output-tokens',
          String(outputTokens),
          '--no-progress',
          '--no-samples',
          '--output',
          report,
          '--post-to',
          backend,
          '--post-as',
          'benchmarks',
          '--gpu',
          rec.gpuId,
          '--tp',
          String(rec.tp),
          '--engine',
          'vLLM',
          '--precision',
          rec.precision,
          '--dataset',
          'e2e sweep against the inference simulator',
          '--token',
          tokenOf('user:default/pat.platform'),
        ],
        {},
      ),
      sweep.io,
    );
    expect(reports).toHaveLength(4);
    const imported = sweep
      .text()
      .match(/imported into \S+ \(201\): batch (\S+),/);
    expect(imported).not.toBeNull();
    const batchId = imported![1];
    const runs = await api(
      'GET',
      `/v1/benchmarks/runs?batchId=${batchId}`,
      'user:default/carol.search',
    );
    expect(runs.status).toBe(200);
    expect(runs.body.total).toBe(4);
    for (const item of runs.body.items) {
      expect(item.run).toMatchObject({
        gpuId: rec.gpuId,
        tp: rec.tp,
        inputTokens,
      });
      expect(item.run.ttft.p50).toBeGreaterThan(0);
    }
    // the same file again is recognised as already imported
    const again = await api(
      'POST',
      '/v1/benchmarks/imports',
      'user:default/pat.platform',
      {
        format: 'vllm-bench-serve',
        dataset: 'e2e sweep against the inference simulator',
        content: JSON.stringify(JSON.parse(fs.readFileSync(report, 'utf8'))),
        context: { gpu: rec.gpuId, gpuCount: rec.tp, tensorParallel: rec.tp },
      },
    );
    expect([200, 201]).toContain(again.status);

    // 3. a closed-loop run recorded as an outcome of the deployment (team member)
    const closed = capture();
    await runLoadtest(
      parseLoadtestArgs(
        [
          '--target',
          sim.url,
          '--profile',
          'concurrent',
          '--concurrency',
          '4',
          '--max-requests',
          '12',
          '--input-tokens',
          String(inputTokens),
          '--output-tokens',
          String(outputTokens),
          '--no-progress',
          '--post-to',
          `${backend}/api/llm-planner/`,
          '--post-as',
          'outcome',
          '--deployment-id',
          deployment.body.id,
          '--token',
          tokenOf('user:default/alice.support'),
        ],
        {},
      ),
      closed.io,
    );
    expect(closed.text()).toMatch(
      /outcome \S+ of concurrent@4 recorded \(201\); error vs prediction: TTFT p50 [+-]\d/,
    );
    const outcomes = await api(
      'GET',
      `/v1/deployments/${deployment.body.id}/outcomes`,
      'user:default/bob.support',
    );
    expect(outcomes.body.items).toHaveLength(1);
    const outcome = outcomes.body.items[0];
    expect(outcome).toMatchObject({
      source: 'loadtest',
      loadProfile: { kind: 'concurrent', concurrency: 4, inputTokens },
    });
    expect(outcome.prediction.ttft.p50).toBeGreaterThan(0);
    // the error shown is measured against predicted, from the figures recorded with it; its
    // size is the machine's business (a loaded one stretches TTFT and bunches streamed tokens,
    // which moves ITL either way), the simulator's fidelity is `yarn bench:simulator`
    for (const metric of ['ttft', 'itl'] as const) {
      expect(outcome.measured[metric].p50).toBeGreaterThan(0);
      expect(outcome.error[metric].p50).toBeCloseTo(
        outcome.measured[metric].p50 / outcome.prediction[metric].p50 - 1,
        9,
      );
    }

    // another team cannot record outcomes of this deployment
    await expect(
      runLoadtest(
        parseLoadtestArgs(
          [
            '--target',
            sim.url,
            '--max-requests',
            '1',
            '--output-tokens',
            '2',
            '--no-progress',
            '--post-to',
            backend,
            '--post-as',
            'outcome',
            '--deployment-id',
            deployment.body.id,
            '--token',
            tokenOf('user:default/carol.search'),
          ],
          {},
        ),
        capture().io,
      ),
    ).rejects.toThrow(/answered 403/);
  });
});
