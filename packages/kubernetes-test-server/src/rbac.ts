import { forbidden, KubeError } from './errors';
import { RequestAttributes, ResourceType, TokenGrant } from './types';

/**
 * Decides whether a token may make a request. Namespaced requests are allowed
 * in the token's namespaces; for cluster-scoped resources only `get` of one of
 * those namespaces (as a RoleBinding in that namespace would allow) is
 * allowed without `clusterAdmin`.
 */
export function isAllowed(
  grant: TokenGrant,
  attrs: RequestAttributes,
): boolean {
  if (grant.verbs && !grant.verbs.includes(attrs.verb)) return false;
  if (grant.clusterAdmin) return true;
  const namespaces = grant.namespaces ?? [];
  if (attrs.resource === 'namespaces' && !attrs.subresource) {
    return (
      attrs.verb === 'get' && !!attrs.name && namespaces.includes(attrs.name)
    );
  }
  return !!attrs.namespace && namespaces.includes(attrs.namespace);
}

/** The 403 an API server with RBAC returns for a denied request. */
export function denied(rt: ResourceType, attrs: RequestAttributes): KubeError {
  const resource = attrs.subresource
    ? `${attrs.resource}/${attrs.subresource}`
    : attrs.resource;
  // For `namespaces/<name>` the request's namespace is the namespace itself.
  const namespace =
    attrs.namespace ??
    (attrs.resource === 'namespaces' ? attrs.name : undefined);
  const scope = namespace
    ? `in the namespace "${namespace}"`
    : 'at the cluster scope';
  return forbidden(
    rt,
    attrs.name,
    `User "${attrs.user}" cannot ${attrs.verb} resource "${resource}" in API group "${attrs.group}" ${scope}`,
    attrs.subresource,
  );
}
