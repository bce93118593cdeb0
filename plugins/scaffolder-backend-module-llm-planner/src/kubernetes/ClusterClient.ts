import * as k8s from '@kubernetes/client-node';
import {
  KubeObject,
  LLM_PLANNER_FIELD_MANAGER,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { ClusterConfig, DEFAULT_REQUEST_TIMEOUT_SECONDS } from '../config';
import { Discovery, groupVersionPath, ServedResource } from './discovery';
import {
  callError,
  KubeApiError,
  KubeCallError,
  kubeErrorCode,
  objectLabel,
} from './errors';
import { kubeConfigTransport, KubeTransport } from './transport';

export { kubeErrorCode } from './errors';

/**
 * The Kubernetes calls the actions make. Every failure is a {@link KubeCallError} naming the verb
 * and the object (`apply Deployment llmp-x/support-chat: forbidden: ...`).
 */
export interface ClusterClient {
  /** The configured cluster's name. */
  readonly cluster: string;
  /** How the cluster serves `apiVersion`/`kind`; undefined when it does not serve it. */
  resource(
    apiVersion: string,
    kind: string,
  ): Promise<ServedResource | undefined>;
  /** The live object, or undefined when it does not exist. Throws when the kind is not served. */
  read(ref: ObjectRef): Promise<KubeObject | undefined>;
  /** Server-side apply (field manager `backstage-llm-planner`, no force), optionally `dryRun=All`. */
  apply(obj: KubeObject, options: { dryRun: boolean }): Promise<KubeObject>;
  list(
    apiVersion: string,
    kind: string,
    namespace: string,
    options?: { labelSelector?: string; fieldSelector?: string },
  ): Promise<KubeObject[]>;
}

export type ObjectRef = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
};

/** Per action run: the request timeout and the task's abort signal. */
export type ClusterClientOptions = {
  /** Timeout of every request; default {@link DEFAULT_REQUEST_TIMEOUT_SECONDS}. */
  requestTimeoutMs?: number;
  /** The scaffolder task's signal (`ctx.signal`): aborts every request when the task is cancelled. */
  signal?: AbortSignal;
};

/** Creates a client per configured cluster and action run; injectable for tests. */
export type ClusterClientFactory = (
  cluster: ClusterConfig,
  options?: ClusterClientOptions,
) => Promise<ClusterClient>;

function notServed(apiVersion: string, kind: string): KubeApiError {
  return new KubeApiError(
    'status',
    `the cluster does not serve ${kind} in ${apiVersion}`,
    404,
    'NotServed',
  );
}

function createRefusal(e: unknown): unknown {
  if (
    e instanceof KubeApiError &&
    e.code === 403 &&
    /forbidden: *$/.test(e.detail)
  ) {
    return new KubeApiError(
      e.kind,
      `${e.detail.trimEnd()} creating it needs the "create" verb as well as "patch" (server-side apply of a new object)`,
      e.code,
      e.reason,
    );
  }
  return e;
}

/** A client on a raw JSON transport (see {@link kubeConfigTransport}). */
export function clusterClientFromTransport(
  name: string,
  transport: KubeTransport,
): ClusterClient {
  const discovery = new Discovery(transport);

  async function pathOf(
    verb: string,
    ref: ObjectRef,
    withName: boolean,
  ): Promise<string> {
    let served: ServedResource | undefined;
    try {
      served = await discovery.resource(ref.apiVersion, ref.kind);
    } catch (e) {
      throw callError(verb, objectLabel(ref), (e as KubeCallError).cause ?? e);
    }
    if (!served) {
      throw new KubeCallError(
        verb,
        objectLabel(ref),
        notServed(ref.apiVersion, ref.kind),
      );
    }
    const parts = [groupVersionPath(ref.apiVersion)];
    if (served.namespaced) {
      parts.push(
        'namespaces',
        encodeURIComponent(ref.metadata.namespace ?? ''),
      );
    }
    parts.push(served.name);
    if (withName) parts.push(encodeURIComponent(ref.metadata.name));
    return parts.join('/');
  }

  return {
    cluster: name,
    resource: (apiVersion, kind) => discovery.resource(apiVersion, kind),
    async read(ref) {
      const path = await pathOf('read', ref, true);
      try {
        return (await transport({ method: 'GET', path })) as KubeObject;
      } catch (e) {
        if (kubeErrorCode(e) === 404) return undefined;
        throw callError('read', objectLabel(ref), e);
      }
    },
    async apply(obj, { dryRun }) {
      const path = await pathOf('apply', obj, true);
      try {
        return (await transport({
          method: 'PATCH',
          path,
          query: {
            fieldManager: LLM_PLANNER_FIELD_MANAGER,
            dryRun: dryRun ? 'All' : undefined,
          },
          // JSON is valid YAML: the API server accepts it as an apply configuration
          contentType: 'application/apply-patch+yaml',
          body: obj,
        })) as KubeObject;
      } catch (e) {
        throw callError('apply', objectLabel(obj), createRefusal(e));
      }
    },
    async list(apiVersion, kind, namespace, options = {}) {
      const ref = { apiVersion, kind, metadata: { name: '', namespace } };
      const target = `${kind} in namespace ${namespace}`;
      let path: string;
      try {
        path = await pathOf('list', ref, false);
      } catch (e) {
        throw new KubeCallError('list', target, (e as KubeCallError).cause);
      }
      try {
        const res = (await transport({
          method: 'GET',
          path,
          query: {
            labelSelector: options.labelSelector,
            fieldSelector: options.fieldSelector,
          },
        })) as { items?: KubeObject[] };
        return res.items ?? [];
      } catch (e) {
        throw callError('list', target, e);
      }
    },
  };
}

/** A client for an already loaded KubeConfig (the opt-in real-cluster tests use KUBECONFIG). */
export function clusterClientFromKubeConfig(
  name: string,
  kc: k8s.KubeConfig,
  options: ClusterClientOptions = {},
): ClusterClient {
  return clusterClientFromTransport(
    name,
    kubeConfigTransport(kc, {
      timeoutMs:
        options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_SECONDS * 1000,
      signal: options.signal,
    }),
  );
}

/** A client for a cluster of `llmPlanner.clusters` (credentials from config only). */
export const createClusterClient: ClusterClientFactory = async (
  cluster,
  options = {},
) => {
  const kc = new k8s.KubeConfig();
  kc.loadFromOptions({
    clusters: [
      {
        name: cluster.name,
        server: cluster.url,
        skipTLSVerify: cluster.skipTLSVerify ?? false,
        ...(cluster.caData ? { caData: cluster.caData } : {}),
      },
    ],
    users: [
      {
        name: 'backstage-llm-planner',
        ...(cluster.serviceAccountToken
          ? { token: cluster.serviceAccountToken }
          : {}),
      },
    ],
    contexts: [
      {
        name: cluster.name,
        cluster: cluster.name,
        user: 'backstage-llm-planner',
      },
    ],
    currentContext: cluster.name,
  });
  return clusterClientFromKubeConfig(cluster.name, kc, options);
};
