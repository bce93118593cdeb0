export interface Config {
  llmPlanner?: {
    /**
     * Clusters the scaffolder applies plans to. Credentials live here, never in template inputs.
     * Without any cluster, `llm-planner:kubernetes:apply` validates locally (dry run) and says so.
     */
    clusters?: Array<{
      /** Name templates refer to (`cluster` input); the first one is the default. */
      name: string;
      /** API server URL, e.g. https://kubernetes.example.com:6443 */
      url: string;
      /**
       * Bearer token of the service account the scaffolder acts as.
       * @visibility secret
       */
      serviceAccountToken?: string;
      /** Skip TLS verification (development clusters only). */
      skipTLSVerify?: boolean;
      /**
       * Base64 PEM of the cluster CA.
       * @visibility secret
       */
      caData?: string;
    }>;
    namespaces?: {
      /** Prefix of team namespaces: `<prefix><group name>`. Default none. */
      prefix?: string;
      /** ClusterRole bound to the team Group in its namespace. Default `edit`. */
      clusterRole?: string;
      /** Prefix of the Kubernetes group name of a team (e.g. `oidc:`). Default none. */
      groupSubjectPrefix?: string;
      /**
       * How the Kubernetes group bound in a team namespace is named after the catalog Group
       * (what the cluster's authenticator, e.g. the OIDC groups claim, reports):
       * `name` (default): `<prefix><name>` for Groups in the catalog namespace `default`, else
       * `<prefix><namespace>/<name>` (the namespace is never dropped);
       * `entityRef`: `<prefix>group:<namespace>/<name>`.
       */
      groupSubjectFormat?: 'name' | 'entityRef';
      /** Explicit Kubernetes group per Group entity ref (`group:default/x: oidc:team-x`); wins over the format. */
      groupSubjects?: { [groupRef: string]: string };
    };
    quotas?: {
      /** GPUs a team namespace may request when neither the backend nor `teams` says. Default 8. */
      defaultGpuQuota?: number;
      /** GPU quota per team, keyed by Group entity ref (`group:default/search-ai`) or name. */
      teams?: { [groupRef: string]: number };
    };
    manifests?: {
      /** vLLM image of rendered manifests. */
      vllmImage?: string;
      /** Inference simulator image of rendered manifests. */
      simulatorImage?: string;
      /** Prometheus the KEDA triggers query. */
      prometheusUrl?: string;
    };
    kubernetes?: {
      /**
       * Timeout of every request to a cluster's API server (discovery, reads, applies, rollout
       * polls). A hung API server fails the step after this long. Default 30.
       */
      requestTimeoutSeconds?: number;
    };
    apply?: {
      /** How long `llm-planner:kubernetes:apply` waits for the rollout. Default 600. */
      rolloutTimeoutSeconds?: number;
    };
    publish?: {
      /**
       * Directory `llm-planner:publish:local` creates git repositories in (a relative path is
       * resolved from the backend's working directory). Default
       * `<backend.workingDirectory or the OS temp directory>/backstage-llm-planner/repos`,
       * outside the checkout the backend runs from.
       */
      localDirectory?: string;
    };
  };
}
