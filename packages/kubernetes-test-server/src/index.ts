/**
 * A Kubernetes API server for tests: the real REST protocol over HTTP
 * (discovery, CRUD, server-side apply, dry run, RBAC denial, ResourceQuota
 * admission, simulated rollouts) so `@kubernetes/client-node` runs unchanged.
 *
 * @packageDocumentation
 */

export { startKubernetesTestServer } from './server';
export type {
  KubeConfigOptions,
  KubernetesTestServer,
  KubernetesTestServerState,
} from './server';
export { NEVER_READY_ANNOTATION } from './rollout';
export {
  DEFAULT_GROUP_VERSIONS,
  DEFAULT_RESOURCES,
  KNOWN_RESOURCES,
  KUBERNETES_1_20_GROUP_VERSIONS,
} from './registry';
export { REVISION_ANNOTATION } from './replicaSets';
export type { Status, StatusCause } from './errors';
export {
  realApiServerAvailable,
  realApiServerBinDir,
  realApiServerMissing,
  realApiServerRequired,
  requireRealApiServer,
  startRealApiServer,
} from './realApiServer';
export type {
  RealApiServer,
  RealApiServerCrd,
  RealApiServerOptions,
  RealApiServerUser,
} from './realApiServer';
export type {
  InjectedFailure,
  JsonObject,
  KubeObject,
  KubernetesTestServerOptions,
  ManagedFieldsEntry,
  ObjectMeta,
  RequestAttributes,
  RequestLogEntry,
  ResourceType,
  TokenGrant,
} from './types';
