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

/** The resource types served by default. */
export const DEFAULT_RESOURCES: ResourceType[] = [
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
  rt('apps', 'v1', 'Deployment', 'deployments', ns, {
    shortNames: ['deploy'],
    hasStatus: true,
  }),
  rt('policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets', ns, {
    shortNames: ['pdb'],
    hasStatus: true,
  }),
  rt('networking.k8s.io', 'v1', 'NetworkPolicy', 'networkpolicies', ns, {
    shortNames: ['netpol'],
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

  constructor(extra: ResourceType[] = []) {
    this.types = [...DEFAULT_RESOURCES, ...extra];
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
