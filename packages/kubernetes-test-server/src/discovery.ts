import { Registry, VERBS } from './registry';
import { JsonObject } from './types';

/** `GET /api` */
export function apiVersions(): JsonObject {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [
      { clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' },
    ],
  };
}

function groupJson(name: string, versions: string[]): JsonObject {
  const list = versions.map(version => ({
    groupVersion: `${name}/${version}`,
    version,
  }));
  return { name, versions: list, preferredVersion: list[0] };
}

/** `GET /apis` */
export function apiGroupList(registry: Registry): JsonObject {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: registry.groups().map(g => groupJson(g.name, g.versions)),
  };
}

/** `GET /apis/<group>` */
export function apiGroup(
  registry: Registry,
  group: string,
): JsonObject | undefined {
  const found = registry.groups().find(g => g.name === group);
  if (!found) return undefined;
  return {
    kind: 'APIGroup',
    apiVersion: 'v1',
    ...groupJson(found.name, found.versions),
  };
}

/** `GET /api/v1` or `GET /apis/<group>/<version>` */
export function apiResourceList(
  registry: Registry,
  group: string,
  version: string,
): JsonObject | undefined {
  const types = registry.types.filter(
    t => t.group === group && t.version === version,
  );
  if (types.length === 0) return undefined;
  const resources: JsonObject[] = [];
  for (const t of types) {
    // The main resource comes first: KubernetesObjectApi picks the first entry with the kind.
    resources.push({
      name: t.plural,
      singularName: t.singular,
      namespaced: t.namespaced,
      kind: t.kind,
      verbs: [...VERBS],
      ...(t.shortNames ? { shortNames: t.shortNames } : {}),
    });
    if (t.hasStatus) {
      resources.push({
        name: `${t.plural}/status`,
        singularName: '',
        namespaced: t.namespaced,
        kind: t.kind,
        verbs: ['get', 'patch', 'update'],
      });
    }
  }
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources,
  };
}

/** `GET /version` */
export function versionInfo(): JsonObject {
  return {
    major: '1',
    minor: '30',
    gitVersion: 'v1.30.0-kubernetes-test-server',
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '2024-01-01T00:00:00Z',
    goVersion: 'go1.22.0',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}
