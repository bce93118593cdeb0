export interface Config {
  llmPlanner?: {
    /**
     * Entity ref of the Group whose members curate benchmarks, GPU prices, quotas and
     * catalogs, e.g. `group:default/platform-team`.
     */
    platformTeam?: string;
  };
}
