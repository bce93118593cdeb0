import { LoggerService } from '@backstage/backend-plugin-api';
import {
  createEngine,
  createPlanner,
  Engine,
  Intent,
  KnowledgeBase,
  Plan,
  Planner,
} from '@internal/backstage-plugin-llm-planner-common';

/** Plans kept per knowledge-base version; teams ask the same questions again and again. */
const PLAN_CACHE_SIZE = 500;

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
import { BenchmarkStore } from '../database/BenchmarkStore';
import { CatalogStore } from '../database/CatalogStore';
import { DeploymentStore } from '../database/DeploymentStore';

/**
 * The planner built from what the store holds now. Building it indexes every run and fits
 * the roofline, so it is built once and reused until a write to benchmarks or catalogs
 * invalidates it; concurrent callers share one build.
 */
export class KnowledgeBaseService {
  #building: Promise<{ planner: Planner; raw: Engine }> | undefined;
  #generation = 0;
  readonly #plans = new Map<string, Plan>();
  readonly #startedAt = Date.now();

  constructor(
    private readonly deps: {
      benchmarks: BenchmarkStore;
      catalogs: CatalogStore;
      deployments: DeploymentStore;
      logger: LoggerService;
    },
  ) {}

  async knowledgeBase(): Promise<KnowledgeBase> {
    const { benchmarks, catalogs } = this.deps;
    const [runs, models, gpus, prices, sloTemplates] = await Promise.all([
      benchmarks.allRuns(),
      catalogs.listModels(),
      catalogs.listGpus(),
      catalogs.listPrices(),
      catalogs.listSloTemplates(),
    ]);
    return { runs, models, gpus, prices, sloTemplates };
  }

  async planner(): Promise<Planner> {
    return (await this.build()).planner;
  }

  /**
   * The engine without outcome calibration: calibration factors are measured / raw
   * predicted, so they are computed against this one and never compound.
   */
  async rawEngine(): Promise<Engine> {
    return (await this.build()).raw;
  }

  private build(): Promise<{ planner: Planner; raw: Engine }> {
    if (!this.#building) {
      const generation = this.#generation;
      const started = Date.now();
      this.#building = Promise.all([
        this.knowledgeBase(),
        this.deps.deployments.listCalibration(),
      ])
        .then(([kb, calibration]) => {
          const raw = createEngine(kb);
          // Outcomes of deployments correct the predictions of their configuration; the
          // fitted factors and surfaces are shared with the raw engine, built once.
          const planner = createPlanner(kb, {
            calibration,
            factors: raw.factors,
            surfaces: raw.surfaces,
          });
          this.deps.logger.info(
            `Planner built from ${kb.runs.length} runs, ${
              kb.models.length
            } models, ${kb.gpus.length} GPUs in ${Date.now() - started} ms`,
          );
          return { planner, raw };
        })
        .catch(error => {
          if (this.#generation === generation) this.#building = undefined;
          throw error;
        });
    }
    return this.#building;
  }

  /**
   * The plan for an intent. Planning is deterministic for a knowledge base, so identical
   * intents are answered from a bounded LRU cache that a data change empties.
   */
  async plan(intent: Intent): Promise<Plan> {
    const planner = await this.planner();
    const key = stableJson(intent);
    const cached = this.#plans.get(key);
    if (cached) {
      this.#plans.delete(key);
      this.#plans.set(key, cached);
      return cached;
    }
    const plan = planner.plan(intent);
    this.#plans.set(key, plan);
    if (this.#plans.size > PLAN_CACHE_SIZE) {
      this.#plans.delete(this.#plans.keys().next().value!);
    }
    return plan;
  }

  /** Changes whenever the data behind the planner changes (an HTTP entity tag). */
  etag(): string {
    return `W/"kb-${this.#startedAt}-${this.#generation}"`;
  }

  /** Call after any write to benchmarks or catalogs. */
  invalidate(): void {
    this.#generation++;
    this.#building = undefined;
    this.#plans.clear();
  }
}
