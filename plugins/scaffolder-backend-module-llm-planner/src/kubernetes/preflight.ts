import { KubeObject } from '@llm-planner/backstage-plugin-llm-planner-common';

/**
 * Served versions a rendered kind may be applied as, in order of preference, when the cluster
 * does not serve the version it was rendered with. Only pairs whose fields are the same for what
 * the planner renders: a PodDisruptionBudget (`maxUnavailable`, `selector`) is the same in
 * `policy/v1beta1` (Kubernetes < 1.21); an HPA (`scaleTargetRef`, `minReplicas`, `maxReplicas`,
 * `metrics` of type Pods/Resource, `behavior`) is the same in `autoscaling/v2beta2`
 * (Kubernetes < 1.23).
 */
export const COMPATIBLE_VERSIONS: Record<string, string[]> = {
  'policy/v1/PodDisruptionBudget': ['policy/v1beta1'],
  'autoscaling/v2/HorizontalPodAutoscaler': ['autoscaling/v2beta2'],
};

/** A kind applied as another served version than it was rendered with. */
export type VersionConversion = {
  kind: string;
  name: string;
  from: string;
  to: string;
};

/** Objects of a kind the cluster serves in no compatible version. */
export type UnservedKind = {
  kind: string;
  apiVersion: string;
  names: string[];
  /** Other versions that were looked for. */
  alternatives: string[];
};

export type PreflightResult = {
  /** The objects to apply, with converted versions. */
  objects: KubeObject[];
  conversions: VersionConversion[];
  unserved: UnservedKind[];
};

/**
 * Decides, from what the cluster serves, the version each object is applied as: its own, else
 * the first compatible served one (a conversion), else none (unserved). Pure.
 */
export function resolveServedVersions(
  objects: KubeObject[],
  serves: (apiVersion: string, kind: string) => boolean,
): PreflightResult {
  const conversions: VersionConversion[] = [];
  const unserved = new Map<string, UnservedKind>();
  const resolved: KubeObject[] = [];
  for (const o of objects) {
    if (serves(o.apiVersion, o.kind)) {
      resolved.push(o);
      continue;
    }
    const alternatives = COMPATIBLE_VERSIONS[`${o.apiVersion}/${o.kind}`] ?? [];
    const to = alternatives.find(v => serves(v, o.kind));
    if (to) {
      conversions.push({
        kind: o.kind,
        name: o.metadata.name,
        from: o.apiVersion,
        to,
      });
      resolved.push({ ...o, apiVersion: to });
      continue;
    }
    const key = `${o.apiVersion}/${o.kind}`;
    const entry = unserved.get(key) ?? {
      kind: o.kind,
      apiVersion: o.apiVersion,
      names: [],
      alternatives,
    };
    entry.names.push(o.metadata.name);
    unserved.set(key, entry);
  }
  return { objects: resolved, conversions, unserved: [...unserved.values()] };
}

/** `ServiceMonitor (monitoring.coreos.com/v1): support-chat` */
export function describeUnserved(u: UnservedKind): string {
  const also = u.alternatives.length ? ` nor ${u.alternatives.join(', ')}` : '';
  return `${u.kind} (${u.apiVersion}${also}): ${u.names.join(', ')}`;
}

/** `PodDisruptionBudget/support-chat applied as policy/v1beta1 (rendered policy/v1; same fields)` */
export function describeConversion(c: VersionConversion): string {
  return `${c.kind}/${c.name} applied as ${c.to}: the cluster does not serve ${c.from} (same fields for what the planner renders)`;
}

/**
 * Preflight discovery: asks the cluster which of the objects' kinds (and compatible versions) it
 * serves, before anything is written. Discovery failures (403, timeout) are thrown as they are.
 */
export async function discoverServedVersions(
  client: {
    resource(apiVersion: string, kind: string): Promise<unknown | undefined>;
  },
  objects: KubeObject[],
): Promise<PreflightResult> {
  const served = new Set<string>();
  for (const o of objects) {
    const versions = [
      o.apiVersion,
      ...(COMPATIBLE_VERSIONS[`${o.apiVersion}/${o.kind}`] ?? []),
    ];
    for (const v of versions) {
      if (await client.resource(v, o.kind)) served.add(`${v}/${o.kind}`);
    }
  }
  return resolveServedVersions(objects, (v, k) => served.has(`${v}/${k}`));
}
