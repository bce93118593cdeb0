import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import os from 'os';
import path from 'path';

/** A cluster the scaffolder may apply to (credentials from app-config only). */
export type ClusterConfig = {
  name: string;
  url: string;
  serviceAccountToken?: string;
  skipTLSVerify?: boolean;
  caData?: string;
};

/** Everything the module reads from `llmPlanner.*`. */
export type PlannerModuleConfig = {
  clusters: ClusterConfig[];
  namespacePrefix: string;
  clusterRole: string;
  groupSubjectPrefix: string;
  /** How a team's Kubernetes group name is derived from its Group entity ref. */
  groupSubjectFormat: GroupSubjectFormat;
  /** Explicit Kubernetes group name per Group entity ref (wins over the format). */
  groupSubjects: Record<string, string>;
  defaultGpuQuota: number;
  teamGpuQuotas: Record<string, number>;
  images: { vllm?: string; simulator?: string };
  prometheusUrl?: string;
  rolloutTimeoutSeconds: number;
  /** Timeout of every Kubernetes request. */
  requestTimeoutSeconds: number;
  localPublishDirectory: string;
};

/**
 * `name`: `<prefix><name>` for a Group in the catalog namespace `default`, else
 * `<prefix><namespace>/<name>` (the namespace is never dropped); `entityRef`:
 * `<prefix>group:<namespace>/<name>`.
 */
export type GroupSubjectFormat = 'name' | 'entityRef';
export const GROUP_SUBJECT_FORMATS: GroupSubjectFormat[] = [
  'name',
  'entityRef',
];

/** GPUs of a team namespace when nothing else says. */
export const DEFAULT_GPU_QUOTA = 8;
export const DEFAULT_ROLLOUT_TIMEOUT_SECONDS = 600;
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;

function positiveSeconds(config: Config, key: string, fallback: number) {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!(value > 0)) {
    throw new InputError(`${key} must be a positive number of seconds`);
  }
  return value;
}

function groupSubjectFormat(config: Config): GroupSubjectFormat {
  const key = 'llmPlanner.namespaces.groupSubjectFormat';
  const value = config.getOptionalString(key) ?? 'name';
  const known = GROUP_SUBJECT_FORMATS.find(f => f === value);
  if (!known) {
    throw new InputError(
      `${key} must be one of ${GROUP_SUBJECT_FORMATS.join(
        ', ',
      )}, not "${value}"`,
    );
  }
  return known;
}

/**
 * Where `llm-planner:publish:local` creates repositories when `llmPlanner.publish.localDirectory`
 * is not set: `backstage-llm-planner/repos` in the backend's directory for temporary files
 * (`backend.workingDirectory`, where the scaffolder keeps its workspaces too; the OS temp
 * directory when unset). Never inside the checkout the backend runs from, so git, prettier and
 * lint do not see what the template generated.
 */
export function defaultLocalPublishDirectory(config: Config): string {
  return path.join(
    config.getOptionalString('backend.workingDirectory') ?? os.tmpdir(),
    'backstage-llm-planner',
    'repos',
  );
}

export function readPlannerModuleConfig(config: Config): PlannerModuleConfig {
  const clusters = (
    config.getOptionalConfigArray('llmPlanner.clusters') ?? []
  ).map(c => ({
    name: c.getString('name'),
    url: c.getString('url'),
    serviceAccountToken: c.getOptionalString('serviceAccountToken'),
    skipTLSVerify: c.getOptionalBoolean('skipTLSVerify'),
    caData: c.getOptionalString('caData'),
  }));
  // Read raw: keys are entity refs (`group:default/x`), which the dotted config API can't address.
  const teams =
    config.getOptional<Record<string, number>>('llmPlanner.quotas.teams') ?? {};
  const subjects =
    config.getOptional<Record<string, string>>(
      'llmPlanner.namespaces.groupSubjects',
    ) ?? {};
  return {
    clusters,
    namespacePrefix:
      config.getOptionalString('llmPlanner.namespaces.prefix') ?? '',
    clusterRole:
      config.getOptionalString('llmPlanner.namespaces.clusterRole') ?? 'edit',
    groupSubjectPrefix:
      config.getOptionalString('llmPlanner.namespaces.groupSubjectPrefix') ??
      '',
    groupSubjectFormat: groupSubjectFormat(config),
    groupSubjects: Object.fromEntries(
      Object.entries(subjects).map(([k, v]) => [k, String(v)]),
    ),
    defaultGpuQuota:
      config.getOptionalNumber('llmPlanner.quotas.defaultGpuQuota') ??
      DEFAULT_GPU_QUOTA,
    teamGpuQuotas: Object.fromEntries(
      Object.entries(teams).map(([k, v]) => [k, Number(v)]),
    ),
    images: {
      vllm: config.getOptionalString('llmPlanner.manifests.vllmImage'),
      simulator: config.getOptionalString(
        'llmPlanner.manifests.simulatorImage',
      ),
    },
    prometheusUrl: config.getOptionalString(
      'llmPlanner.manifests.prometheusUrl',
    ),
    rolloutTimeoutSeconds:
      config.getOptionalNumber('llmPlanner.apply.rolloutTimeoutSeconds') ??
      DEFAULT_ROLLOUT_TIMEOUT_SECONDS,
    requestTimeoutSeconds: positiveSeconds(
      config,
      'llmPlanner.kubernetes.requestTimeoutSeconds',
      DEFAULT_REQUEST_TIMEOUT_SECONDS,
    ),
    localPublishDirectory: path.resolve(
      config.getOptionalString('llmPlanner.publish.localDirectory') ??
        defaultLocalPublishDirectory(config),
    ),
  };
}

/** The cluster a template names, or the first configured; undefined when none is configured. */
export function pickCluster(
  config: PlannerModuleConfig,
  name: string | undefined,
): ClusterConfig | undefined {
  if (config.clusters.length === 0) return undefined;
  if (!name) return config.clusters[0];
  const found = config.clusters.find(c => c.name === name);
  if (!found) {
    throw new InputError(
      `No cluster "${name}" in llmPlanner.clusters (configured: ${config.clusters
        .map(c => c.name)
        .join(', ')})`,
    );
  }
  return found;
}
