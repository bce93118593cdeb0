import { mockServices } from '@backstage/backend-test-utils';
import { KnowledgeBase } from '@llm-planner/backstage-plugin-llm-planner-common';
import { seedKnowledgeBase } from '../__testUtils__/fixtures';
import { BenchmarkStore } from '../database/BenchmarkStore';
import { CatalogStore } from '../database/CatalogStore';
import { DeploymentStore } from '../database/DeploymentStore';
import { KnowledgeBaseService } from './KnowledgeBaseService';

/** A deferred promise, to hold a read or a load open while the test acts. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The service over in-memory stores, a counter for the database version and a fake clock. */
function setup(
  options: { gate?: () => Promise<void>; pollIntervalMs?: number } = {},
) {
  const seed = seedKnowledgeBase();
  const state = {
    version: 1,
    kb: seed as KnowledgeBase,
    versionReads: 0,
    loads: 0,
    failNextLoad: false,
    now: 0,
  };
  const benchmarks = {
    allRuns: async () => {
      state.loads++;
      await options.gate?.();
      if (state.failNextLoad) {
        state.failNextLoad = false;
        throw new Error('connection reset');
      }
      return state.kb.runs;
    },
  } as unknown as BenchmarkStore;
  const catalogs = {
    listModels: async () => state.kb.models,
    listGpus: async () => state.kb.gpus,
    listPrices: async () => state.kb.prices,
    listSloTemplates: async () => state.kb.sloTemplates,
  } as unknown as CatalogStore;
  const deployments = {
    listCalibration: async () => [],
  } as unknown as DeploymentStore;
  const knowledge = new KnowledgeBaseService({
    benchmarks,
    catalogs,
    deployments,
    logger: mockServices.logger.mock(),
    readVersion: async () => {
      state.versionReads++;
      return state.version;
    },
    pollIntervalMs: options.pollIntervalMs ?? 500,
    clock: { now: () => state.now },
  });
  /** A write on another replica: new data, version bumped in the same commit. */
  const write = (change: (kb: KnowledgeBase) => KnowledgeBase) => {
    state.kb = change(state.kb);
    state.version++;
  };
  return { knowledge, state, write, seed };
}

const doublePrices = (kb: KnowledgeBase): KnowledgeBase => ({
  ...kb,
  prices: kb.prices.map(p => ({
    ...p,
    pricePerGpuHour: p.pricePerGpuHour * 2,
  })),
});

const intent = { useCase: 'chatbot', users: 1000 } as const;

describe('KnowledgeBaseService', () => {
  it('builds once per version for concurrent callers and shares the version read', async () => {
    const { knowledge, state } = setup();
    const [a, b, snapshot] = await Promise.all([
      knowledge.planner(),
      knowledge.rawEngine().then(() => knowledge.planner()),
      knowledge.snapshot(),
      knowledge.plan(intent),
      knowledge.plan(intent),
    ]);
    expect(a).toBe(b);
    expect(snapshot.planner).toBe(a);
    expect(snapshot.etag).toBe('W/"kb-1"');
    expect(state.loads).toBe(1);
    expect(state.versionReads).toBe(1);
    expect(knowledge.etag()).toBe('W/"kb-1"');
  });

  it('re-reads the version once per poll interval and rebuilds only when it moved', async () => {
    const { knowledge, state, write } = setup();
    const before = await knowledge.plan(intent);
    const planner = await knowledge.planner();

    state.now += 499;
    write(doublePrices);
    // within the interval the replica answers from what it has, without a query
    expect(await knowledge.planner()).toBe(planner);
    expect(await knowledge.plan(intent)).toEqual(before);
    expect(state.versionReads).toBe(1);

    state.now += 1;
    const after = await knowledge.plan(intent);
    expect(state.versionReads).toBe(2);
    expect(state.loads).toBe(2);
    expect(after.recommendations[0].cost.perMonth).toBeCloseTo(
      before.recommendations[0].cost.perMonth * 2,
      0,
    );
    expect(knowledge.etag()).toBe('W/"kb-2"');
    expect((await knowledge.snapshot()).etag).toBe('W/"kb-2"');

    // unchanged version: a re-read but no rebuild
    state.now += 500;
    expect(await knowledge.plan(intent)).toEqual(after);
    expect(state.versionReads).toBe(3);
    expect(state.loads).toBe(2);
  });

  it('keeps the plans of intents asked again, per version', async () => {
    const { knowledge, state, write } = setup();
    const once = await knowledge.plan(intent);
    const twice = await knowledge.plan(intent);
    expect(twice).toEqual(once);
    expect(twice).not.toBe(once);
    expect(await knowledge.plan(intent)).toBe(twice);

    write(doublePrices);
    state.now += 500;
    const changed = await knowledge.plan(intent);
    expect(changed).not.toEqual(twice);
    expect(await knowledge.plan(intent)).toEqual(changed);
  });

  it('records the version read before loading, so a write during a build is not missed', async () => {
    let gate = deferred<void>();
    const { knowledge, state, write } = setup({ gate: () => gate.promise });
    const building = knowledge.snapshot();
    await new Promise(r => setImmediate(r));
    expect(state.loads).toBe(1);
    // the write commits after the version was read but before the build loads its data
    write(doublePrices);
    gate.resolve();
    const first = await building;
    expect(first.version).toBe(1);

    gate = deferred<void>();
    gate.resolve();
    state.now += 500;
    const second = await knowledge.snapshot();
    expect(second.version).toBe(2);
    expect(second.planner).not.toBe(first.planner);
    expect(state.loads).toBe(2);
  });

  it('starts the build of a newer version only when the running one is done', async () => {
    let gate = deferred<void>();
    const { knowledge, state, write } = setup({ gate: () => gate.promise });
    const first = knowledge.snapshot();
    await new Promise(r => setImmediate(r));
    expect(state.loads).toBe(1);

    write(doublePrices);
    state.now += 500;
    const second = knowledge.snapshot();
    await new Promise(r => setImmediate(r));
    expect(state.loads).toBe(1);

    const firstGate = gate;
    gate = deferred<void>();
    gate.resolve();
    firstGate.resolve();
    expect((await first).version).toBe(1);
    expect((await second).version).toBe(2);
    expect(state.loads).toBe(2);
    expect((await knowledge.snapshot()).planner).toBe((await second).planner);
  });

  it('retries a failed build on the next call', async () => {
    const { knowledge, state } = setup();
    state.failNextLoad = true;
    await expect(knowledge.planner()).rejects.toThrow('connection reset');
    await expect(knowledge.planner()).resolves.toBeDefined();
    expect(state.loads).toBe(2);
  });

  it('re-reads the version right away after a local write', async () => {
    const { knowledge, state, write } = setup();
    const planner = await knowledge.planner();
    write(doublePrices);
    knowledge.invalidate();
    const next = await knowledge.snapshot();
    expect(next.planner).not.toBe(planner);
    expect(next.etag).toBe('W/"kb-2"');
    expect(state.versionReads).toBe(2);
  });

  it('gives the same entity tag to every replica of the same data', async () => {
    const one = setup();
    const two = setup();
    one.state.now = 123_456;
    expect((await one.knowledge.snapshot()).etag).toBe(
      (await two.knowledge.snapshot()).etag,
    );
  });
});
