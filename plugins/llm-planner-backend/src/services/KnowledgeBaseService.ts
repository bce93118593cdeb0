import { LoggerService } from '@backstage/backend-plugin-api';
import {
  createPlanner,
  KnowledgeBase,
  Planner,
} from '@internal/backstage-plugin-llm-planner-common';
import { BenchmarkStore } from '../database/BenchmarkStore';
import { CatalogStore } from '../database/CatalogStore';

/**
 * The planner built from what the store holds now. Building it indexes every run and fits
 * the roofline, so it is built once and reused until a write to benchmarks or catalogs
 * invalidates it; concurrent callers share one build.
 */
export class KnowledgeBaseService {
  #building: Promise<Planner> | undefined;
  #generation = 0;
  readonly #startedAt = Date.now();

  constructor(
    private readonly deps: {
      benchmarks: BenchmarkStore;
      catalogs: CatalogStore;
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

  planner(): Promise<Planner> {
    if (!this.#building) {
      const generation = this.#generation;
      const started = Date.now();
      this.#building = this.knowledgeBase()
        .then(kb => {
          const planner = createPlanner(kb);
          this.deps.logger.info(
            `Planner built from ${kb.runs.length} runs, ${
              kb.models.length
            } models, ${kb.gpus.length} GPUs in ${Date.now() - started} ms`,
          );
          return planner;
        })
        .catch(error => {
          if (this.#generation === generation) this.#building = undefined;
          throw error;
        });
    }
    return this.#building;
  }

  /** Changes whenever the data behind the planner changes (an HTTP entity tag). */
  etag(): string {
    return `W/"kb-${this.#startedAt}-${this.#generation}"`;
  }

  /** Call after any write to benchmarks or catalogs. */
  invalidate(): void {
    this.#generation++;
    this.#building = undefined;
  }
}
