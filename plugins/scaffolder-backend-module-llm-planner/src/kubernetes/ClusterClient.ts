import type { KubeObject } from '@internal/backstage-plugin-llm-planner-common';
import { LLM_PLANNER_FIELD_MANAGER } from '@internal/backstage-plugin-llm-planner-common';
// ESM-only package: jest transforms it, and Node >= 20.19 loads it through require(esm).
import * as k8s from '@kubernetes/client-node';
import type { ClusterConfig } from '../config';

/** What the actions need from a cluster. */
export interface ClusterClient {
  readonly cluster: string;
  /** The live object, or undefined when it does not exist (404). */
  read(ref: ObjectRef): Promise<KubeObject | undefined>;
  /** Server-side apply with field manager `backstage-llm-planner`; `dryRun` uses `dryRun=All`. */
  apply(obj: KubeObject, options: { dryRun: boolean }): Promise<KubeObject>;
  list(
    apiVersion: string,
    kind: string,
    namespace: string,
  ): Promise<KubeObject[]>;
}

export type ObjectRef = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
};

/** Creates a client per configured cluster; injectable for tests. */
export type ClusterClientFactory = (
  cluster: ClusterConfig,
) => Promise<ClusterClient>;

/** The status code of a failed Kubernetes call, if it is one. */
export function kubeErrorCode(e: unknown): number | undefined {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'number' ? code : undefined;
}

/** The API server's message of a failed call (the `Status.message`), else the error message. */
export function kubeErrorMessage(e: unknown): string {
  const body = (e as { body?: unknown })?.body;
  if (typeof body === 'string') {
    try {
      const status = JSON.parse(body);
      if (status?.message) return `${status.message} (HTTP ${status.code})`;
    } catch {
      // not JSON
    }
  } else if (body && typeof body === 'object' && 'message' in body) {
    return String((body as { message: unknown }).message);
  }
  return e instanceof Error ? e.message : String(e);
}

/** A client on `@kubernetes/client-node` 1.x (object-param API, server-side apply). */
export const createClusterClient: ClusterClientFactory = async cluster => {
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
  return clusterClientFromKubeConfig(cluster.name, kc);
};

/** A client for an already loaded KubeConfig (the opt-in real-cluster tests use KUBECONFIG). */
export function clusterClientFromKubeConfig(
  name: string,
  kc: k8s.KubeConfig,
): ClusterClient {
  const api = k8s.KubernetesObjectApi.makeApiClient(kc);
  return {
    cluster: name,
    async read(ref) {
      try {
        return (await api.read(ref as any)) as unknown as KubeObject;
      } catch (e) {
        if (kubeErrorCode(e) === 404) return undefined;
        throw e;
      }
    },
    async apply(obj, { dryRun }) {
      return (await api.patch(
        obj as any,
        undefined,
        dryRun ? 'All' : undefined,
        LLM_PLANNER_FIELD_MANAGER,
        false,
        k8s.PatchStrategy.ServerSideApply,
      )) as unknown as KubeObject;
    },
    async list(apiVersion, kind, namespace) {
      const res = await api.list(apiVersion, kind, namespace);
      return res.items as unknown as KubeObject[];
    },
  };
}
