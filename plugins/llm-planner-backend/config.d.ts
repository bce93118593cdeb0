export interface Config {
  llmPlanner?: {
    /**
     * Entity ref of the Group whose members curate benchmarks, GPU prices, quotas and
     * catalogs. Default `group:default/platform-team`.
     */
    platformTeam?: string;
    /**
     * Ollama used by the planning chat to extract intents. Without it (or when it does not
     * answer in time) the deterministic rule-based extractor answers, and says so.
     */
    ollama?: {
      /** Base URL of the Ollama server, e.g. http://localhost:11434 */
      baseUrl: string;
      /** Model name as Ollama knows it, e.g. llama3.1:8b */
      model: string;
      /** Milliseconds the model has to answer; default 20000 */
      timeoutMs?: number;
    };
    catalog?: {
      /**
       * Allow `file` catalog locations, so the template's local publish (embedded default)
       * can register the Component it wrote to disk. Leave unset in production.
       */
      allowFileLocations?: boolean;
    };
    /**
     * Which prices plans may use. A price policy saved in the admin page (Price policy tab)
     * overrides these keys; without either, plans use the cloud providers of the price catalog,
     * on-demand and spot, and leave out community marketplaces (Runpod, Vast).
     */
    pricing?: {
      /** Providers plans may use, as the price catalog names them, e.g. `[GCP, AWS]`. Default: all */
      providers?: string[];
      /** Regions plans may use, e.g. `[us-central1, eastus]`; `''` is rows without a region. Default: all */
      regions?: string[];
      /** Pricing kinds plans may use: `on-demand`, `spot`. Default: both */
      pricing?: Array<'on-demand' | 'spot'>;
      /** Leave out community marketplaces (Runpod, Vast). Default true */
      excludeMarketplaces?: boolean;
    };
    imports?: {
      /**
       * Largest JSON body `POST /v1/benchmarks/imports` accepts, in bytes; larger ones get 413.
       * Default 52428800 (50 MB, about 100k CSV rows). Other routes take at most 1 MB, the
       * chat 64 KB.
       */
      maxBodyBytes?: number;
    };
    permissions?: {
      /**
       * Plans are a permission resource type: the portal's policy decides who may read, create,
       * change, approve and deploy a plan and record its outcomes, best with a conditional
       * decision (`planConditions.isPlanOwner`). A policy that simply answers ALLOW, as the
       * stock allow-all policy does, cannot tell teams apart; while this is true (default) an
       * unconditional ALLOW still requires the caller to be in the plan's owning team (or the
       * platform team, except for outcomes). Set false once your policy decides plan
       * permissions itself, e.g. returns ALLOW for an SRE group.
       */
      ownerTeamGuard?: boolean;
    };
    outcomes?: {
      /**
       * Backend services (a metrics scraper with a static token, another plugin) that may post
       * measured outcomes, each bound to the teams whose deployments it reports on. A service
       * not listed here is refused; users may post outcomes of their own team's deployments.
       */
      services?: Array<{
        /** Service principal subject, e.g. `external:metrics-scraper` or `plugin:kubernetes` */
        subject: string;
        /** Group entity refs, e.g. `group:default/customer-support` */
        teams: string[];
      }>;
    };
    deployments?: {
      /**
       * URL schemes a deployment record's repository link may use. Default `https`, `http`,
       * plus `file` when `llmPlanner.catalog.allowFileLocations` is true.
       */
      repoUrlSchemes?: string[];
    };
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
