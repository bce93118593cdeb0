/* eslint-disable no-console */
import { mockCredentials } from '@backstage/backend-test-utils';
import {
  Intent,
  Plan,
  quantileSorted,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getPriority, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  freshPostgresDatabase,
  Replica,
  spawnReplica,
} from '../src/__testUtils__/replicas';
import type { StoredPrice } from '../src/database/CatalogStore';

/**
 * The serving sections of `yarn bench:backend`: `/v1/recommend` and a mixed workload under
 * 50 clients, each against a backend replica in its own process (so the server has a core
 * of its own, as the load client has), and the staleness between two replicas on one
 * PostgreSQL database.
 */

const PG =
  process.env.LLM_PLANNER_BENCH_PG ?? 'postgresql://postgres@127.0.0.1:5432';
const SECONDS = Number(process.env.LLM_PLANNER_BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
/** Load before each measured section, so that it measures a warm server. */
const WARM_UP_SECONDS = Number(process.env.LLM_PLANNER_BENCH_WARM_UP ?? 3);
const STALENESS_TRIALS = Number(
  process.env.LLM_PLANNER_BENCH_STALENESS_TRIALS ?? 10,
);
/** Extra node flags of the measured replica, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const REPLICA_NODE_ARGS = (process.env.LLM_PLANNER_BENCH_NODE_ARGS ?? '')
  .split(' ')
  .filter(Boolean);

/** e.g. `distinct` to measure (or profile) only that scenario of the recommend section */
const RECOMMEND_SCENARIOS = (
  process.env.LLM_PLANNER_BENCH_SCENARIOS ?? 'recurring,distinct'
).split(',') as ('recurring' | 'distinct')[];

export const INTENTS: Intent[] = [
  { useCase: 'chatbot', users: 1000 },
  { useCase: 'chatbot', users: 200, usersMean: 'concurrent' },
  { useCase: 'customer-service', users: 5000 },
  { useCase: 'code-completion', users: 300, usersMean: 'concurrent' },
  { useCase: 'code-generation', users: 2000 },
  { useCase: 'summarisation', users: 20, usersMean: 'rps' },
  { useCase: 'rag-qa', users: 800 },
  { useCase: 'translation', users: 10, usersMean: 'rps' },
  { useCase: 'agentic', users: 150, usersMean: 'concurrent' },
  { useCase: 'batch-analytics', users: 50, usersMean: 'rps' },
];

type Scenario = 'recurring' | 'distinct' | 'mixed';

type RouteResult = {
  requests: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
};

export type LoadResult = {
  scenario: Scenario;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  routes?: Record<string, RouteResult>;
  /** CPU time of the server process per request (user + system), where measurable */
  serverCpuMsPerRequest?: number;
  /** load average of the machine (1 min) when the run ended: other work competing for CPU */
  loadAverage1m?: number;
  /** scheduling priority (nice) of the bench, the replica and the load client, if not 0 */
  priority?: number;
};

/** A member of a team, so the mixed workload may create and approve its plans. */
const TEAM_MEMBER = mockCredentials.user.header('user:default/alice.support');
const PLATFORM = mockCredentials.user.header('user:default/pat.platform');

/**
 * CPU time (user + system, ms) the replica's process has used so far, from /proc on Linux.
 * Per request, it says what a request costs independently of other load on the machine.
 */
function cpuMs(replica: Replica): number | undefined {
  try {
    const stat = readFileSync(`/proc/${replica.process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second)
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Runs the load client and adds the server's CPU time per request to its result. */
async function measure(
  replica: Replica,
  options: Record<string, unknown>,
): Promise<LoadResult> {
  const before = cpuMs(replica);
  const result = await runLoadClient(options);
  const after = cpuMs(replica);
  if (before !== undefined && after !== undefined && result.requests > 0) {
    result.serverCpuMsPerRequest =
      Math.round(((after - before) / result.requests) * 100) / 100;
  }
  result.loadAverage1m = Math.round(loadavg()[0] * 100) / 100;
  if (getPriority() !== 0) result.priority = getPriority();
  return result;
}

function runLoadClient(options: Record<string, unknown>): Promise<LoadResult> {
  return promisify(execFile)(
    process.execPath,
    [resolve(__dirname, 'loadClient.js'), JSON.stringify(options)],
    { maxBuffer: 10 * 1024 * 1024 },
  ).then(({ stdout }) => JSON.parse(stdout.trim().split('\n').pop()!));
}

async function post(replica: Replica, path: string, body: unknown) {
  const res = await fetch(`${replica.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: TEAM_MEMBER },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** One replica on a fresh, seeded database, for the duration of `run`. */
async function withReplicas<T>(
  count: number,
  run: (replicas: Replica[]) => Promise<T>,
  nodeArgs: string[] = REPLICA_NODE_ARGS,
): Promise<T> {
  const db = await freshPostgresDatabase(PG, 'llm_planner_bench_replicas');
  const replicas: Replica[] = [];
  try {
    // one after the other, so that start-up is not part of what is measured
    for (let i = 0; i < count; i++) {
      replicas.push(await spawnReplica(db.connection, { nodeArgs }));
    }
    // the first request builds the planner of the seeded knowledge base
    await Promise.all(replicas.map(r => post(r, '/v1/recommend', INTENTS[0])));
    return await run(replicas);
  } finally {
    await Promise.all(replicas.map(r => r.stop()));
    await db.drop();
  }
}

/** A few seconds of distinct recommends first (JIT, caches), not recorded. */
async function warmUp(replica: Replica) {
  await runLoadClient({
    url: `${replica.baseUrl}/v1/recommend`,
    scenario: 'distinct',
    intents: INTENTS,
    connections: CONNECTIONS,
    seconds: WARM_UP_SECONDS,
    headers: { authorization: TEAM_MEMBER },
  });
}

/** POST /v1/recommend under 50 clients, recurring intents and then all different ones. */
export async function recommendBench(): Promise<LoadResult[]> {
  return withReplicas(1, async ([replica]) => {
    await warmUp(replica);
    const results = [];
    for (const scenario of RECOMMEND_SCENARIOS) {
      const result = await measure(replica, {
        url: `${replica.baseUrl}/v1/recommend`,
        scenario,
        intents: INTENTS,
        connections: CONNECTIONS,
        seconds: SECONDS,
        headers: { authorization: TEAM_MEMBER },
      });
      results.push(result);
      console.log(
        `POST /v1/recommend, ${result.connections} concurrent clients, ${
          scenario === 'recurring'
            ? '10 recurring intents'
            : 'every intent different'
        }: ${result.requests} requests, ${result.rps.toFixed(
          0,
        )} req/s, p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(
          1,
        )} ms, errors ${result.errors}, server CPU ${
          result.serverCpuMsPerRequest ?? '?'
        } ms/request`,
      );
    }
    return results;
  });
}

/** Each of 50 clients loops: recommend, create a plan, approve it, list the team's plans. */
export async function mixedBench(): Promise<LoadResult> {
  return withReplicas(1, async ([replica]) => {
    await warmUp(replica);
    // only a plan with a feasible recommendation can be approved
    const feasible: Intent[] = [];
    for (const intent of INTENTS) {
      const plan: Plan = await post(replica, '/v1/recommend', intent);
      if (plan.recommendations.length) feasible.push(intent);
    }
    const result = await measure(replica, {
      baseUrl: replica.baseUrl,
      scenario: 'mixed',
      intents: feasible,
      connections: CONNECTIONS,
      seconds: SECONDS,
      headers: { authorization: TEAM_MEMBER },
    });
    console.log(
      `mixed workload, ${result.connections} concurrent clients: ${
        result.requests
      } requests, ${result.rps.toFixed(0)} req/s, errors ${result.errors}`,
    );
    for (const [route, r] of Object.entries(result.routes ?? {})) {
      console.log(
        `  ${route.padEnd(12)} ${String(r.requests).padStart(
          6,
        )} requests, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(
          1,
        )} ms, errors ${r.errors}`,
      );
    }
    return result;
  });
}

/**
 * Two replicas on one database: a price write on A, then the time until B answers
 * `/v1/recommend` with A's new plan (B polled every 10 ms). Trials alternate between
 * raising and restoring the price row the cheapest plan is costed with.
 */
export async function stalenessBench() {
  return withReplicas(2, async ([a, b]) => {
    const intent = INTENTS[0];
    const first: Plan = await post(a, '/v1/recommend', intent);
    const { gpuId, cost } = first.recommendations[0];
    const listed = await fetch(`${a.baseUrl}/v1/catalog/prices`, {
      headers: { authorization: PLATFORM },
    });
    const prices = ((await listed.json()).items as StoredPrice[]).filter(
      p =>
        p.gpuId === gpuId &&
        p.provider === cost.provider &&
        p.region === cost.region &&
        p.pricePerGpuHour === cost.pricePerGpuHour,
    );
    if (prices.length !== 1) {
      throw new Error(
        `expected one price row of ${gpuId}, not ${prices.length}`,
      );
    }
    const trialsMs: number[] = [];
    for (let trial = 0; trial < STALENESS_TRIALS; trial++) {
      const factor = trial % 2 === 0 ? 10 : 1;
      const started = performance.now();
      for (const { id, updatedBy, updatedAt, ...price } of prices) {
        const res = await fetch(`${a.baseUrl}/v1/catalog/prices/${id}`, {
          method: 'PUT',
          headers: {
            'content-type': 'application/json',
            authorization: PLATFORM,
          },
          body: JSON.stringify({
            ...price,
            pricePerGpuHour: price.pricePerGpuHour * factor,
            pricePerHour: price.pricePerHour && price.pricePerHour * factor,
          }),
        });
        if (!res.ok) throw new Error(`price write: ${res.status}`);
      }
      const written = performance.now();
      const expected = JSON.stringify(await post(a, '/v1/recommend', intent));
      if (trial === 0 && expected === JSON.stringify(first)) {
        throw new Error('the price write did not change the plan');
      }
      for (;;) {
        const onB = JSON.stringify(await post(b, '/v1/recommend', intent));
        if (onB === expected) break;
        if (performance.now() - written > 30_000) {
          throw new Error('replica B did not catch up within 30 s');
        }
        await new Promise(r => setTimeout(r, 10));
      }
      trialsMs.push(performance.now() - written);
      console.log(
        `  staleness trial ${trial + 1}: ${(
          performance.now() - written
        ).toFixed(0)} ms after the write (which took ${(
          written - started
        ).toFixed(0)} ms)`,
      );
      // let the next write land at an arbitrary point of B's poll interval
      await new Promise(r => setTimeout(r, 137 + trial * 53));
    }
    const sorted = [...trialsMs].sort((x, y) => x - y);
    const result = {
      trials: trialsMs.length,
      p50Ms: Math.round(quantileSorted(sorted, 0.5)),
      maxMs: Math.round(sorted[sorted.length - 1]),
      trialsMs: trialsMs.map(Math.round),
    };
    console.log(
      `two replicas: a price write on A reaches B's plans in p50 ${result.p50Ms} ms, max ${result.maxMs} ms (${result.trials} trials)`,
    );
    return result;
  });
}

/** All three sections, as `yarn bench:backend` records them. */
export async function runReplicaBench() {
  const recommend = await recommendBench();
  const mixed = await mixedBench();
  const staleness = await stalenessBench();
  return { recommend, mixed, staleness };
}
