/** A JSON object as sent or stored by the test API server. */
export type JsonObject = { [key: string]: unknown };

/** Metadata of a stored Kubernetes object (the fields this server reads or sets). */
export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  managedFields?: ManagedFieldsEntry[];
  [key: string]: unknown;
}

/** A Kubernetes object in its JSON form. */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  [key: string]: unknown;
}

/** One `metadata.managedFields` entry. */
export interface ManagedFieldsEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time?: string;
  fieldsType: 'FieldsV1';
  fieldsV1: JsonObject;
  subresource?: string;
}

/** A resource type served by the test server (one entry of an APIResourceList). */
export interface ResourceType {
  /** API group, '' for the core group. */
  group: string;
  version: string;
  kind: string;
  /** Plural resource name used in URLs, e.g. `deployments`. */
  plural: string;
  singular: string;
  namespaced: boolean;
  shortNames?: string[];
  /** Whether the type has a `/status` subresource (status is not written through the main resource). */
  hasStatus?: boolean;
  /** How `metadata.name` is validated. Defaults to `dns1123-subdomain`. */
  nameValidation?: 'dns1123-label' | 'dns1123-subdomain' | 'dns1035-label';
  /** Custom resource: lists are atomic for server-side apply and list items keep apiVersion/kind. */
  crd?: boolean;
  /**
   * Whether the API server sets `metadata.generation` (Deployments, ReplicaSets,
   * PodDisruptionBudgets, NetworkPolicies, ...; always for custom resources). Services,
   * ConfigMaps, RoleBindings, Namespaces and the like have none.
   */
  generation?: boolean;
}

/** What a bearer token is allowed to do. */
export interface TokenGrant {
  /** User name reported in Forbidden messages and in the request log. */
  user: string;
  /** Namespaces in which the user may do anything (as with a RoleBinding to `admin`). */
  namespaces?: string[];
  /** May do anything, including cluster-scoped writes. */
  clusterAdmin?: boolean;
  /** Restrict the verbs this token may use (e.g. `['get', 'list']` for a read-only token). */
  verbs?: string[];
}

/** What is known about a request once its URL is parsed and its token authenticated. */
export interface RequestAttributes {
  verb: string;
  group: string;
  version: string;
  kind: string;
  resource: string;
  subresource?: string;
  namespace?: string;
  name?: string;
  user: string;
  dryRun: boolean;
}

/** An error to return instead of processing a request. */
export interface InjectedFailure {
  code: number;
  reason: string;
  message: string;
}

/** One request as seen by the test server. */
export interface RequestLogEntry {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  contentType?: string;
  user?: string;
  verb?: string;
  kind?: string;
  namespace?: string;
  name?: string;
  dryRun: boolean;
  /** HTTP status code of the response. */
  statusCode: number;
}

export interface KubernetesTestServerOptions {
  /**
   * Bearer tokens and what they may do. Defaults to
   * `{ 'admin-token': { user: 'admin', clusterAdmin: true } }`.
   */
  tokens?: Record<string, TokenGrant>;
  /** Delay before a written Deployment / InferenceService becomes ready. Default 50 ms. */
  rolloutDelayMs?: number;
  /**
   * When set, a Deployment that never becomes ready gets
   * `Progressing=False, reason=ProgressDeadlineExceeded` after this delay. Default: never.
   */
  progressDeadlineMs?: number;
  /** Fault injection: return a failure to answer the request with it instead of processing it. */
  failOn?: (request: RequestAttributes) => InjectedFailure | undefined;
  /** Namespaces to create at start. */
  namespaces?: string[];
  /** Objects to store at start (no admission, no RBAC); namespaces they need are created. */
  objects?: KubeObject[];
  /** Extra resource types (e.g. further CRDs) to serve. */
  resources?: ResourceType[];
  /**
   * Group/versions served of the built-in types (`v1`, `apps/v1`, `policy/v1beta1`, ...); a
   * kind whose group/version is not listed is unknown to discovery and its URLs answer 404,
   * as on a cluster that does not serve it (e.g. `KUBERNETES_1_20_GROUP_VERSIONS`, or leave
   * out `keda.sh/v1alpha1` for a cluster without KEDA). Default `DEFAULT_GROUP_VERSIONS`.
   */
  servedGroupVersions?: string[];
  /** Port to listen on, default 0 (a free port). Always binds 127.0.0.1. */
  port?: number;
}
