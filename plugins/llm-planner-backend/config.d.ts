export interface Config {
  llmPlanner?: {
    /**
     * Entity ref of the Group whose members curate benchmarks, GPU prices, quotas and
     * catalogs. Default `group:default/platform-team`.
     */
    platformTeam?: string;
    seed?: {
      /** Seed the store from the public measurements on first start. Default true. */
      enabled?: boolean;
      /**
       * Folder holding `data/benchmarks.csv` and `catalog/*.json`, relative to the backend's
       * working directory. Default: the nearest `benchmarks/` folder above it.
       */
      directory?: string;
    };
  };
}
