export interface Config {
  llmPlanner?: {
    /**
     * Catalog group that owns the shipped software template (and curates benchmarks).
     * Default `group:default/platform-team`.
     */
    platformTeam?: string;
    catalog?: {
      /**
       * Let the catalog register `file` locations, which the template's local publish target
       * (`llm-planner:publish:local`) produces. Embedded/local portals only: production
       * repositories live in GitHub or GitLab (`url` locations). Default false.
       */
      allowFileLocations?: boolean;
      /**
       * Register the shipped software template (`llm-inference-service`) in the catalog.
       * Set false to register your own copy with a Location instead. Default true.
       */
      registerTemplate?: boolean;
    };
  };
}
