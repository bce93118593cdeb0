import { callError, kubeErrorCode } from './errors';
import { KubeTransport } from './transport';

/** One entry of an `APIResourceList`: how a kind is served. */
export type ServedResource = {
  /** Plural resource name used in URLs, e.g. `deployments`. */
  name: string;
  kind: string;
  namespaced: boolean;
  verbs?: string[];
};

/** `apps/v1` -> `/apis/apps/v1`, `v1` -> `/api/v1`. */
export function groupVersionPath(apiVersion: string): string {
  return apiVersion.includes('/')
    ? `/apis/${apiVersion}`
    : `/api/${apiVersion}`;
}

/**
 * What the API server serves, read from its discovery documents (`/api/v1`,
 * `/apis/<group>/<version>`) once per group/version and cached for the client's lifetime. A
 * group/version the server answers 404 for is not served: its kinds are reported as not served,
 * never as "object not found".
 */
export class Discovery {
  private readonly cache = new Map<
    string,
    Promise<ServedResource[] | undefined>
  >();

  constructor(private readonly transport: KubeTransport) {}

  /** The resources of a group/version; undefined when the server does not serve it. */
  groupVersion(apiVersion: string): Promise<ServedResource[] | undefined> {
    let found = this.cache.get(apiVersion);
    if (!found) {
      found = this.fetch(apiVersion);
      this.cache.set(apiVersion, found);
      // a failure (timeout, 403) is not remembered: the next call asks again
      found.catch(() => this.cache.delete(apiVersion));
    }
    return found;
  }

  /** How `apiVersion`/`kind` is served (its main resource, not a subresource), if it is. */
  async resource(
    apiVersion: string,
    kind: string,
  ): Promise<ServedResource | undefined> {
    const resources = await this.groupVersion(apiVersion);
    return resources?.find(r => r.kind === kind && !r.name.includes('/'));
  }

  private async fetch(
    apiVersion: string,
  ): Promise<ServedResource[] | undefined> {
    try {
      const list = (await this.transport({
        method: 'GET',
        path: groupVersionPath(apiVersion),
      })) as { resources?: ServedResource[] } | undefined;
      return list?.resources ?? [];
    } catch (e) {
      if (kubeErrorCode(e) === 404) return undefined;
      throw callError('discover', apiVersion, e);
    }
  }
}
