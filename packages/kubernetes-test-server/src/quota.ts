import { forbidden } from './errors';
import { isObject } from './json';
import { formatQuantity, parseQuantity } from './quantity';
import { JsonObject, KubeObject, ResourceType } from './types';

/** Resource usage in thousandths of the unit, by quota resource name. */
export type Usage = Record<string, number>;

const COUNTED_CORE: Record<string, string> = {
  services: 'services',
  configmaps: 'configmaps',
  secrets: 'secrets',
  resourcequotas: 'resourcequotas',
};

function add(usage: Usage, key: string, milli: number) {
  usage[key] = (usage[key] ?? 0) + milli;
}

function containerResources(container: unknown, usage: Usage) {
  if (!isObject(container) || !isObject(container.resources)) return;
  const requests = isObject(container.resources.requests)
    ? container.resources.requests
    : {};
  const limits = isObject(container.resources.limits)
    ? container.resources.limits
    : {};
  const names = new Set([...Object.keys(requests), ...Object.keys(limits)]);
  for (const name of names) {
    // A request defaults to the limit when only the limit is set.
    const request = parseQuantity(requests[name] ?? limits[name]) ?? 0;
    add(usage, `requests.${name}`, request);
    if (limits[name] !== undefined) {
      add(usage, `limits.${name}`, parseQuantity(limits[name]) ?? 0);
    }
  }
}

/** Usage of one pod from a pod spec (sum over containers). */
export function podUsage(podSpec: unknown): Usage {
  const usage: Usage = { pods: 1000 };
  if (!isObject(podSpec)) return usage;
  const containers = Array.isArray(podSpec.containers)
    ? podSpec.containers
    : [];
  for (const c of containers) containerResources(c, usage);
  return usage;
}

function scale(usage: Usage, factor: number): Usage {
  const out: Usage = {};
  for (const [k, v] of Object.entries(usage)) out[k] = v * factor;
  return out;
}

function inferenceServicePod(predictor: JsonObject): JsonObject {
  const containers: unknown[] = [];
  if (Array.isArray(predictor.containers))
    containers.push(...predictor.containers);
  for (const [key, value] of Object.entries(predictor)) {
    if (key !== 'containers' && isObject(value) && isObject(value.resources)) {
      containers.push(value);
    }
  }
  return { containers };
}

/**
 * What an object counts against a ResourceQuota: a Pod its containers' resources (Deployments
 * count through the pods their ReplicaSets create, as on a real cluster); an InferenceService
 * its predictor's resources x minReplicas (KServe's pods are not simulated); and object counts
 * (`count/<resource>.<group>`).
 */
export function objectUsage(rt: ResourceType, obj: KubeObject): Usage {
  let usage: Usage = {};
  const spec = isObject(obj.spec) ? obj.spec : {};
  if (rt.group === '' && rt.kind === 'Pod') {
    usage = podUsage(spec);
  } else if (
    rt.group === 'serving.kserve.io' &&
    rt.kind === 'InferenceService'
  ) {
    const predictor = isObject(spec.predictor) ? spec.predictor : {};
    const replicas =
      typeof predictor.minReplicas === 'number' ? predictor.minReplicas : 1;
    usage = scale(podUsage(inferenceServicePod(predictor)), replicas);
  }
  add(
    usage,
    `count/${rt.group ? `${rt.plural}.${rt.group}` : rt.plural}`,
    1000,
  );
  if (!rt.group && COUNTED_CORE[rt.plural])
    add(usage, COUNTED_CORE[rt.plural], 1000);
  return usage;
}

/** Maps a quota resource name to the usage key (`cpu` -> `requests.cpu`). */
export function usageKey(hardName: string): string {
  if (
    hardName === 'pods' ||
    hardName.startsWith('requests.') ||
    hardName.startsWith('limits.') ||
    hardName.startsWith('count/') ||
    Object.values(COUNTED_CORE).includes(hardName)
  ) {
    return hardName;
  }
  return `requests.${hardName}`;
}

export function hardOf(quota: KubeObject): Record<string, string> {
  const spec = isObject(quota.spec) ? quota.spec : {};
  const hard = isObject(spec.hard) ? spec.hard : {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(hard)) out[k] = String(v);
  return out;
}

/** `status` for a quota given the namespace's total usage. */
export function quotaStatus(quota: KubeObject, total: Usage): JsonObject {
  const hard = hardOf(quota);
  const used: Record<string, string> = {};
  for (const name of Object.keys(hard)) {
    used[name] = formatQuantity(total[usageKey(name)] ?? 0, name);
  }
  return { hard, used };
}

export function sumUsage(usages: Usage[]): Usage {
  const total: Usage = {};
  for (const u of usages)
    for (const [k, v] of Object.entries(u)) add(total, k, v);
  return total;
}

function prettyPrint(entries: [string, number][]): string {
  return entries
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, milli]) => `${name}=${formatQuantity(milli, name)}`)
    .join(',');
}

/**
 * ResourceQuota admission: throws 403 Forbidden ("exceeded quota: ...") when
 * the change from `old` to `next` would exceed a quota in the namespace.
 * `used` is the namespace's usage including `old`.
 */
export function admitQuota(
  rt: ResourceType,
  name: string,
  quotas: KubeObject[],
  used: Usage,
  old: KubeObject | undefined,
  next: KubeObject,
): void {
  const before = old ? objectUsage(rt, old) : {};
  const after = objectUsage(rt, next);
  for (const quota of quotas) {
    const hard = hardOf(quota);
    const exceeded: string[] = [];
    for (const [hardName, limit] of Object.entries(hard)) {
      const key = usageKey(hardName);
      const delta = (after[key] ?? 0) - (before[key] ?? 0);
      if (delta <= 0) continue;
      const max = parseQuantity(limit) ?? 0;
      if ((used[key] ?? 0) + delta > max) exceeded.push(hardName);
    }
    if (exceeded.length > 0) {
      const pick = (f: (n: string) => number) =>
        prettyPrint(exceeded.map(n => [n, f(n)]));
      const requested = pick(
        n => (after[usageKey(n)] ?? 0) - (before[usageKey(n)] ?? 0),
      );
      const usedText = pick(n => used[usageKey(n)] ?? 0);
      const limited = pick(n => parseQuantity(hard[n]) ?? 0);
      throw forbidden(
        rt,
        name,
        `exceeded quota: ${quota.metadata?.name}, requested: ${requested}, used: ${usedText}, limited: ${limited}`,
      );
    }
  }
}
