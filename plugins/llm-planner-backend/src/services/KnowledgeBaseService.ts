import { LoggerService } from '@backstage/backend-plugin-api';
import { LRUCache } from 'lru-cache';
import {
  applyPricePolicy,
  createEngine,
  createPlanner,
  Engine,
  Intent,
  KnowledgeBase,
  Plan,
  Planner,
  withSeedTemplates,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { BenchmarkStore } from '../database/BenchmarkStore';
import { CatalogStore } from '../database/CatalogStore';
import { DeploymentStore } from '../database/DeploymentStore';
import { PriceCatalog } from './PriceCatalog';
import { PricePolicyService } from './PricePolicyService';

/** Plans kept per knowledge-base version; teams ask the same questions again and again. */
const PLAN_CACHE_SIZE = 500;
/**
 * Intents remembered (as keys only) to have been asked once. A plan is kept from the second
 * time its intent is asked: one-off what-if intents would otherwise push out the recurring
 * ones and keep the heap's old generation churning.
 */
const SEEN_ONCE_SIZE = 5000;

/**
 * How long a version read from the database is trusted before the next request reads it
 * again. A write on another replica shows here within this interval plus one build.
 */
export const DEFAULT_VERSION_POLL_MS = 500;

/** Milliseconds since some fixed point; injectable so tests need not wait. */
export type Clock = { now(): number };

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter(k => (value as Record<string, unknown>)[k] !== undefined)
      .map(
        k =>
          `${JSON.stringify(k)}:${stableJson(
            (value as Record<string, unknown>)[k],
          )}`,
      )
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A planner and the knowledge-base version it was built from, with its plan cache. */
type Build = {
  version: number;
  planner: Planner;
  raw: Engine;
  plans: LRUCache<string, Plan>;
  seenOnce: LRUCache<string, true>;
};

/** What a request answers from: one version of the knowledge base. */
export type KnowledgeSnapshot = {
  version: number;
  /** HTTP entity tag of the version, identical on every replica. */
  etag: string;
  planner: Planner;
  /** The engine without outcome calibration. */
  raw: Engine;
};

const etagOf = (version: number) => `W/"kb-${version}"`;

/**
 * The planner built from what the store holds now. Building it indexes every run and fits
 * the roofline, so it is built once per knowledge-base version and reused.
 *
 * Several backend replicas share one database: every write to the data behind the planner
 * bumps the `knowledge_version` row in its transaction, and each replica reads that row at
 * most every `pollIntervalMs` (one query shared by concurrent callers) and rebuilds when it
 * moved. The version recorded for a build is read before its data is loaded, so a write
 * racing with a build is picked up by the next check rather than missed.
 */
export class KnowledgeBaseService {
  readonly #deps: {
    benchmarks: BenchmarkStore;
    catalogs: CatalogStore;
    deployments: DeploymentStore;
    logger: LoggerService;
    readVersion: () => Promise<number>;
    pricePolicy?: PricePolicyService;
    prices?: Pick<PriceCatalog, 'list'>;
  };
  readonly #clock: Clock;
  readonly #pollMs: number;

  /** The newest version read from the database, and when that read started. */
  #version: number | undefined;
  #checkedAt = -Infinity;
  #checking: Promise<number> | undefined;
  /** Reads are numbered; one applies only if no later read or invalidation came first. */
  #reads = 0;
  #appliedRead = 0;

  #current: Build | undefined;
  #building: { version: number; promise: Promise<Build> } | undefined;

  constructor(deps: {
    benchmarks: BenchmarkStore;
    catalogs: CatalogStore;
    deployments: DeploymentStore;
    logger: LoggerService;
    /** The knowledge-base version in the database (`readKnowledgeVersion`). */
    readVersion: () => Promise<number>;
    /** Which prices plans may use; without it every price is used. */
    pricePolicy?: PricePolicyService;
    /** Where prices come from; without it only the catalog's stored prices. */
    prices?: Pick<PriceCatalog, 'list'>;
    pollIntervalMs?: number;
    clock?: Clock;
  }) {
    const { pollIntervalMs, clock, ...rest } = deps;
    this.#deps = rest;
    this.#pollMs = pollIntervalMs ?? DEFAULT_VERSION_POLL_MS;
    this.#clock = clock ?? { now: () => performance.now() };
  }

  /** The data plans use: every run and catalog, and the prices the price policy allows. */
  async knowledgeBase(): Promise<KnowledgeBase> {
    const { benchmarks, catalogs, pricePolicy, prices: priceList } = this.#deps;
    const [runs, models, gpus, allPrices, sloTemplates, policy] =
      await Promise.all([
        benchmarks.allRuns(),
        catalogs.listModels(),
        catalogs.listGpus(),
        priceList ? priceList.list() : catalogs.listPrices(),
        catalogs.listSloTemplates(),
        pricePolicy?.effective(),
      ]);
    const prices = policy
      ? applyPricePolicy(allPrices, policy.policy).prices
      : allPrices;
    // a use case added to the registry after the seed plans with its seed template
    return {
      runs,
      models,
      gpus,
      prices,
      sloTemplates: withSeedTemplates(sloTemplates),
    };
  }

  /** The planner, etag and raw engine of the current version, all of the same build. */
  async snapshot(): Promise<KnowledgeSnapshot> {
    const { version, planner, raw } = await this.#fresh();
    return { version, etag: etagOf(version), planner, raw };
  }

  async planner(): Promise<Planner> {
    return (await this.#fresh()).planner;
  }

  /**
   * The engine without outcome calibration: calibration factors are measured / raw
   * predicted, so they are computed against this one and never compound.
   */
  async rawEngine(): Promise<Engine> {
    return (await this.#fresh()).raw;
  }

  /**
   * The plan for an intent. Planning is deterministic for a knowledge base, so intents asked
   * again are answered from a bounded LRU cache of the version's build.
   */
  async plan(intent: Intent): Promise<Plan> {
    const { planner, plans, seenOnce } = await this.#fresh();
    const key = stableJson(intent);
    const cached = plans.get(key);
    if (cached) return cached;
    const plan = planner.plan(intent);
    if (seenOnce.delete(key)) plans.set(key, plan);
    else seenOnce.set(key, true);
    return plan;
  }

  /**
   * The entity tag of the newest version this replica has seen, `W/"kb-<version>"`: the same
   * on every replica for the same data. Synchronous, so it may lag the database by one poll
   * interval (it schedules the check); it is never newer than what `planner()` answers
   * afterwards. Prefer `(await snapshot()).etag`, which is checked and matches the planner.
   */
  etag(): string {
    if (this.#clock.now() - this.#checkedAt >= this.#pollMs) {
      this.#readVersion().catch(() => {});
    }
    return this.#version === undefined
      ? 'W/"kb-unknown"'
      : etagOf(this.#version);
  }

  /**
   * Call after a write to benchmarks or catalogs in this process: the next call re-reads the
   * version and rebuilds. Other replicas see the write through the version the write bumped.
   */
  invalidate(): void {
    this.#appliedRead = ++this.#reads;
    this.#checking = undefined;
    this.#checkedAt = -Infinity;
    this.#current = undefined;
    this.#building = undefined;
  }

  /** The database version, read at most once per poll interval and shared by callers. */
  #readVersion(): Promise<number> {
    if (!this.#checking) {
      const read = ++this.#reads;
      const startedAt = this.#clock.now();
      const checking = this.#deps
        .readVersion()
        .then(version => {
          if (read > this.#appliedRead) {
            this.#appliedRead = read;
            this.#version = version;
            this.#checkedAt = startedAt;
          }
          return version;
        })
        .finally(() => {
          if (this.#checking === checking) this.#checking = undefined;
        });
      this.#checking = checking;
    }
    return this.#checking;
  }

  async #fresh(): Promise<Build> {
    let version = this.#version;
    if (
      version === undefined ||
      this.#clock.now() - this.#checkedAt >= this.#pollMs
    ) {
      version = await this.#readVersion();
    }
    const current = this.#current;
    if (current && current.version === version) return current;
    return this.#build(version);
  }

  /**
   * Builds the planner of a version once, however many callers ask for it meanwhile. A build
   * for a newer version waits for the one running, so writes in quick succession never
   * make builds pile up on the CPU.
   */
  #build(version: number): Promise<Build> {
    if (this.#building?.version === version) return this.#building.promise;
    const running = this.#building?.promise.then(
      () => undefined,
      () => undefined,
    );
    let started = 0;
    const promise = Promise.resolve(running)
      .then(() => {
        started = Date.now();
        return Promise.all([
          this.knowledgeBase(),
          this.#deps.deployments.listCalibration(),
        ]);
      })
      .then(([kb, calibration]): Build => {
        const raw = createEngine(kb);
        // Outcomes of deployments correct the predictions of their configuration; the
        // fitted factors, surfaces and cross-validated error model (which outcomes do not
        // change) are shared with the raw engine, built once.
        const planner = createPlanner(kb, {
          calibration,
          factors: raw.factors,
          surfaces: raw.surfaces,
          errorModel: raw.errorModel(),
        });
        this.#deps.logger.info(
          `Planner of knowledge version ${version} built from ${
            kb.runs.length
          } runs, ${kb.models.length} models, ${kb.gpus.length} GPUs in ${
            Date.now() - started
          } ms`,
        );
        return {
          version,
          planner,
          raw,
          plans: new LRUCache({ max: PLAN_CACHE_SIZE }),
          seenOnce: new LRUCache({ max: SEEN_ONCE_SIZE }),
        };
      });
    const entry = { version, promise };
    this.#building = entry;
    promise.then(
      build => {
        if (this.#building === entry) {
          this.#building = undefined;
          this.#current = build;
        }
      },
      () => {
        // a failed build is not remembered: the next call tries again
        if (this.#building === entry) this.#building = undefined;
      },
    );
    return promise;
  }
}
