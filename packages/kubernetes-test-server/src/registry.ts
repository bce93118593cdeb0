import { ResourceType } from './types';

const ns = true;
const cluster = false;

function rt(
  group: string,
  version: string,
  kind: string,
  plural: string,
  namespaced: boolean,
  extra: Partial<ResourceType> = {},
): ResourceType {
  return {
    group,
    version,
    kind,
    plural,
    singular: kind.toLowerCase(),
    namespaced,
    ...extra,
  };
}

/**
 * Every resource type the server knows. Which of them it serves is decided by group/version
 * (`servedGroupVersions`); by default those of {@link DEFAULT_GROUP_VERSIONS}.
 * `generation` marks the kinds whose registry sets `metadata.generation` on a real API server
 * (custom resources always get one).
 */
export const KNOWN_RESOURCES: ResourceType[] = [
  rt('', 'v1', 'Namespace', 'namespaces', cluster, {
    shortNames: ['ns'],
    hasStatus: true,
    nameValidation: 'dns1123-label',
  }),
  rt('', 'v1', 'ResourceQuota', 'resourcequotas', ns, {
    shortNames: ['quota'],
    hasStatus: true,
  }),
  rt('', 'v1', 'LimitRange', 'limitranges', ns, { shortNames: ['limits'] }),
  rt('', 'v1', 'ServiceAccount', 'serviceaccounts', ns, {
    shortNames: ['sa'],
  }),
  rt('', 'v1', 'ConfigMap', 'configmaps', ns, { shortNames: ['cm'] }),
  rt('', 'v1', 'Secret', 'secrets', ns),
  rt('', 'v1', 'Service', 'services', ns, {
    shortNames: ['svc'],
    hasStatus: true,
    nameValidation: 'dns1035-label',
  }),
  rt('', 'v1', 'Event', 'events', ns, { shortNames: ['ev'] }),
  rt('', 'v1', 'Pod', 'pods', ns, { shortNames: ['po'], hasStatus: true }),
  rt('apps', 'v1', 'Deployment', 'deployments', ns, {
    shortNames: ['deploy'],
    hasStatus: true,
    generation: true,
  }),
  rt('apps', 'v1', 'ReplicaSet', 'replicasets', ns, {
    shortNames: ['rs'],
    hasStatus: true,
    generation: true,
  }),
  rt('batch', 'v1', 'Job', 'jobs', ns, { hasStatus: true, generation: true }),
  rt('batch', 'v1', 'CronJob', 'cronjobs', ns, {
    shortNames: ['cj'],
    hasStatus: true,
    generation: true,
  }),
  rt('batch', 'v1beta1', 'CronJob', 'cronjobs', ns, {
    shortNames: ['cj'],
    hasStatus: true,
    generation: true,
  }),
  rt('policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets', ns, {
    shortNames: ['pdb'],
    hasStatus: true,
    generation: true,
  }),
  rt('policy', 'v1beta1', 'PodDisruptionBudget', 'poddisruptionbudgets', ns, {
    shortNames: ['pdb'],
    hasStatus: true,
    generation: true,
  }),
  rt('networking.k8s.io', 'v1', 'NetworkPolicy', 'networkpolicies', ns, {
    shortNames: ['netpol'],
    generation: true,
  }),
  rt(
    'autoscaling',
    'v2',
    'HorizontalPodAutoscaler',
    'horizontalpodautoscalers',
    ns,
    {
      shortNames: ['hpa'],
      hasStatus: true,
    },
  ),
  rt(
    'autoscaling',
    'v2beta2',
    'HorizontalPodAutoscaler',
    'horizontalpodautoscalers',
    ns,
    {
      shortNames: ['hpa'],
      hasStatus: true,
    },
  ),
  rt('rbac.authorization.k8s.io', 'v1', 'Role', 'roles', ns),
  rt('rbac.authorization.k8s.io', 'v1', 'RoleBinding', 'rolebindings', ns),
  rt('keda.sh', 'v1alpha1', 'ScaledObject', 'scaledobjects', ns, {
    shortNames: ['so'],
    hasStatus: true,
    crd: true,
  }),
  rt('monitoring.coreos.com', 'v1', 'ServiceMonitor', 'servicemonitors', ns, {
    shortNames: ['smon'],
    crd: true,
  }),
  rt(
    'serving.kserve.io',
    'v1beta1',
    'InferenceService',
    'inferenceservices',
    ns,
    {
      shortNames: ['isvc'],
      hasStatus: true,
      crd: true,
      nameValidation: 'dns1035-label',
    },
  ),
];

/** Group/versions served by default: a current cluster with KEDA, prometheus-operator and KServe. */
export const DEFAULT_GROUP_VERSIONS = [
  'v1',
  'apps/v1',
  'batch/v1',
  'policy/v1',
  'networking.k8s.io/v1',
  'autoscaling/v2',
  'rbac.authorization.k8s.io/v1',
  'keda.sh/v1alpha1',
  'monitoring.coreos.com/v1',
  'serving.kserve.io/v1beta1',
];

/**
 * What a Kubernetes v1.20 API server without any CRD serves of the kinds above: no `policy/v1`
 * (PodDisruptionBudget is `policy/v1beta1`), no `autoscaling/v2` (`v2beta2`), CronJob only as
 * `batch/v1beta1` (its `batch/v1` Jobs are left out: the group/version would serve a `batch/v1`
 * CronJob too), no KEDA, prometheus-operator or KServe.
 */
export const KUBERNETES_1_20_GROUP_VERSIONS = [
  'v1',
  'apps/v1',
  'batch/v1beta1',
  'policy/v1beta1',
  'networking.k8s.io/v1',
  'autoscaling/v2beta2',
  'rbac.authorization.k8s.io/v1',
];

/** The types served by default (those of {@link DEFAULT_GROUP_VERSIONS}). */
export const DEFAULT_RESOURCES: ResourceType[] = KNOWN_RESOURCES.filter(t =>
  DEFAULT_GROUP_VERSIONS.includes(groupVersionOf(t)),
);

function groupVersionOf(t: ResourceType) {
  return t.group ? `${t.group}/${t.version}` : t.version;
}

export const VERBS = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
];

/** Lookup of served resource types. */
export class Registry {
  readonly types: ResourceType[];

  /**
   * @param extra - further types (CRDs), always served
   * @param served - group/versions served of {@link KNOWN_RESOURCES}; default {@link DEFAULT_GROUP_VERSIONS}
   */
  constructor(extra: ResourceType[] = [], served = DEFAULT_GROUP_VERSIONS) {
    this.types = [
      ...KNOWN_RESOURCES.filter(t => served.includes(groupVersionOf(t))),
      ...extra,
    ];
  }

  groupVersion(type: ResourceType): string {
    return type.group ? `${type.group}/${type.version}` : type.version;
  }

  byPlural(group: string, version: string, plural: string) {
    return this.types.find(
      t => t.group === group && t.version === version && t.plural === plural,
    );
  }

  /** Find by `apiVersion` + `kind`. */
  byKind(apiVersion: string, kind: string) {
    return this.types.find(
      t => this.groupVersion(t) === apiVersion && t.kind === kind,
    );
  }

  /** Find by kind (`Deployment`), plural (`deployments`) or `group/Kind`. */
  resolve(kindOrPlural: string): ResourceType {
    const slash = kindOrPlural.lastIndexOf('/');
    const group = slash >= 0 ? kindOrPlural.slice(0, slash) : undefined;
    const name = slash >= 0 ? kindOrPlural.slice(slash + 1) : kindOrPlural;
    const found = this.types.find(
      t =>
        (group === undefined || t.group === group) &&
        (t.kind === name || t.plural === name),
    );
    if (!found) {
      throw new Error(`Unknown kind ${kindOrPlural}`);
    }
    return found;
  }

  hasGroupVersion(group: string, version: string) {
    return this.types.some(t => t.group === group && t.version === version);
  }

  groups(): { name: string; versions: string[] }[] {
    const result = new Map<string, string[]>();
    for (const t of this.types) {
      if (!t.group) continue;
      const versions = result.get(t.group) ?? [];
      if (!versions.includes(t.version)) versions.push(t.version);
      result.set(t.group, versions);
    }
    return [...result.entries()].map(([name, versions]) => ({
      name,
      versions,
    }));
  }
}
