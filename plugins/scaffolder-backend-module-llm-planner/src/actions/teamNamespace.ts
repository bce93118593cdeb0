import {
  DEFAULT_GPU_VENDOR,
  entityRefName,
  KubeObject,
  LLM_PLANNER_FIELD_MANAGER,
  TEAM_LIMIT_RANGE,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { createHash } from 'crypto';
import { GroupSubjectFormat } from '../config';

/** Label on a team namespace naming the Group that owns it. */
export const TEAM_LABEL = 'llm-planner.io/team';
/** Annotation on a team namespace (and its objects) with the owning Group's full entity ref. */
export const TEAM_REF_ANNOTATION = 'llm-planner.io/team-ref';
export const RESOURCE_QUOTA_NAME = 'llm-planner-gpu-quota';
export const LIMIT_RANGE_NAME = 'llm-planner-defaults';

/** `group:Other.NS/Team_A` -> `{ namespace: 'Other.NS', name: 'Team_A' }` (case kept). */
export function parseGroupRef(groupRef: string): {
  namespace: string;
  name: string;
} {
  const m = /^(?:[^:/]+:)?(?:([^/]+)\/)?(.+)$/.exec(groupRef.trim());
  return { namespace: m?.[1] ?? 'default', name: m?.[2] ?? groupRef };
}

/**
 * The Kubernetes group a team's RoleBinding binds: what the cluster's authenticator (e.g. the
 * OIDC groups claim) reports for the catalog Group. An explicit `groupSubjects` entry wins; else
 * with format `name` it is `<prefix><name>` for a Group in the catalog namespace `default` and
 * `<prefix><namespace>/<name>` otherwise (so `group:Other.NS/team` never binds a group `team`);
 * with `entityRef` it is `<prefix>group:<namespace>/<name>`. Case is kept.
 */
export function groupSubjectName(
  groupRef: string,
  options: {
    prefix: string;
    format: GroupSubjectFormat;
    explicit?: Record<string, string>;
  },
): string {
  const explicit = Object.entries(options.explicit ?? {}).find(
    ([ref]) => ref.toLowerCase() === groupRef.toLowerCase(),
  );
  if (explicit) return explicit[1];
  const { namespace, name } = parseGroupRef(groupRef);
  if (options.format === 'entityRef') {
    return `${options.prefix}group:${namespace}/${name}`;
  }
  const qualified =
    namespace.toLowerCase() === 'default' ? name : `${namespace}/${name}`;
  return `${options.prefix}${qualified}`;
}

function dnsPart(text: string, max: number): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

/**
 * A DNS-1123 RoleBinding name for a team: readable (`<namespace->name-<role>`) and collision
 * free (a hash of the full, case-insensitive entity ref and the role), so `Data_Science.Team`
 * gets a valid name and `group:a/team` and `group:b/team` never share a binding.
 */
export function roleBindingName(groupRef: string, clusterRole: string): string {
  const { namespace, name } = parseGroupRef(groupRef);
  const team =
    namespace.toLowerCase() === 'default' ? name : `${namespace}-${name}`;
  const hash = createHash('sha256')
    .update(`group:${namespace}/${name}`.toLowerCase())
    .update('\0')
    .update(clusterRole)
    .digest('hex')
    .slice(0, 8);
  const readable = [dnsPart(team, 40), dnsPart(clusterRole, 20)]
    .filter(Boolean)
    .join('-');
  return `${readable}-${hash}`;
}

/** The objects of a team namespace, in apply order (Namespace first). */
export function teamNamespaceObjects(opts: {
  namespace: string;
  groupRef: string;
  gpuQuota: number;
  clusterRole: string;
  groupSubjectPrefix: string;
  groupSubjectFormat?: GroupSubjectFormat;
  groupSubjects?: Record<string, string>;
}): KubeObject[] {
  const { namespace, groupRef } = opts;
  const labels = {
    'app.kubernetes.io/managed-by': LLM_PLANNER_FIELD_MANAGER,
    [TEAM_LABEL]: entityRefName(groupRef),
  };
  const annotations = { [TEAM_REF_ANNOTATION]: groupRef };
  const meta = (name: string) => ({ name, namespace, labels, annotations });
  return [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: namespace, labels, annotations },
    },
    {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: meta(RESOURCE_QUOTA_NAME),
      spec: {
        hard: {
          [`requests.${DEFAULT_GPU_VENDOR.resourceName}`]: String(
            opts.gpuQuota,
          ),
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: meta(LIMIT_RANGE_NAME),
      spec: TEAM_LIMIT_RANGE,
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta('default-deny'),
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: meta(roleBindingName(groupRef, opts.clusterRole)),
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: opts.clusterRole,
      },
      subjects: [
        {
          apiGroup: 'rbac.authorization.k8s.io',
          kind: 'Group',
          name: groupSubjectName(groupRef, {
            prefix: opts.groupSubjectPrefix,
            format: opts.groupSubjectFormat ?? 'name',
            explicit: opts.groupSubjects,
          }),
        },
      ],
    },
  ];
}

/** Whether a live namespace belongs to the team (its team-ref annotation, else its team label). */
export function ownedByTeam(live: KubeObject, groupRef: string): boolean {
  const ref = live.metadata.annotations?.[TEAM_REF_ANNOTATION];
  if (ref) return ref.toLowerCase() === groupRef.toLowerCase();
  return live.metadata.labels?.[TEAM_LABEL] === entityRefName(groupRef);
}

/** Who owns a live namespace, for messages. */
export function namespaceOwner(live: KubeObject): string | undefined {
  return (
    live.metadata.annotations?.[TEAM_REF_ANNOTATION] ??
    live.metadata.labels?.[TEAM_LABEL]
  );
}
