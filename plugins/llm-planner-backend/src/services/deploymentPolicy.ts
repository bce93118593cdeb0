import { Config } from '@backstage/config';

/** Cluster name a deployment records when the apply step ran without a cluster (dry run). */
export const NO_CLUSTER = 'none';

/**
 * What the platform team allows deployment records and outcomes to say, read from config, so
 * nothing a caller sends can name another team's namespace, an unknown cluster or a script URL,
 * and only the services bound to a team may post outcomes of its deployments.
 */
export type DeploymentPolicy = {
  /** `llmPlanner.clusters[].name`, plus {@link NO_CLUSTER} */
  clusters: Set<string>;
  /** `llmPlanner.namespaces.prefix` */
  namespacePrefix: string;
  /** URL schemes a deployment's repository link may use, without the colon */
  repoUrlSchemes: Set<string>;
  /** service principal subject → Group entity refs whose deployments it may report on */
  outcomeServices: Map<string, Set<string>>;
};

export function readDeploymentPolicy(config: Config): DeploymentPolicy {
  const clusters = new Set(
    (config.getOptionalConfigArray('llmPlanner.clusters') ?? []).map(c =>
      c.getString('name'),
    ),
  );
  clusters.add(NO_CLUSTER);
  const fileRepos =
    config.getOptionalBoolean('llmPlanner.catalog.allowFileLocations') ?? false;
  const schemes = config.getOptionalStringArray(
    'llmPlanner.deployments.repoUrlSchemes',
  ) ?? ['https', 'http', ...(fileRepos ? ['file'] : [])];
  const outcomeServices = new Map<string, Set<string>>();
  for (const s of config.getOptionalConfigArray(
    'llmPlanner.outcomes.services',
  ) ?? []) {
    outcomeServices.set(
      s.getString('subject'),
      new Set(s.getStringArray('teams')),
    );
  }
  return {
    clusters,
    namespacePrefix:
      config.getOptionalString('llmPlanner.namespaces.prefix') ?? '',
    repoUrlSchemes: new Set(
      schemes.map(x => x.replace(/:$/, '').toLowerCase()),
    ),
    outcomeServices,
  };
}
