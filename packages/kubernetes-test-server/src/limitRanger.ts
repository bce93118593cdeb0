import { forbidden, FieldError, invalid, invalidValue } from './errors';
import { clone, isObject } from './json';
import { formatQuantity, parseQuantity } from './quantity';
import { JsonObject, KubeObject } from './types';

const POD = { plural: 'pods', group: '', kind: 'Pod' };

type Resources = { requests: JsonObject; limits: JsonObject };

function resourcesOf(container: JsonObject): Resources {
  const r = isObject(container.resources) ? container.resources : {};
  const requests = isObject(r.requests) ? { ...r.requests } : {};
  const limits = isObject(r.limits) ? { ...r.limits } : {};
  container.resources = { ...r, requests, limits };
  return { requests, limits };
}

function containerItems(limitRanges: KubeObject[]): JsonObject[] {
  return limitRanges.flatMap(lr => {
    const spec = isObject(lr.spec) ? lr.spec : {};
    const limits = Array.isArray(spec.limits) ? spec.limits : [];
    return limits.filter(
      (l): l is JsonObject => isObject(l) && l.type === 'Container',
    );
  });
}

function setMissing(target: JsonObject, defaults: unknown) {
  if (!isObject(defaults)) return;
  for (const [name, value] of Object.entries(defaults)) {
    if (target[name] === undefined) target[name] = value;
  }
}

/**
 * What a pod looks like after API defaulting and the LimitRanger's mutation: a request that is
 * not set defaults to the container's limit, then to the LimitRange `defaultRequest`; a limit that
 * is not set takes the LimitRange `default`.
 */
export function defaultPodResources(
  pod: KubeObject,
  limitRanges: KubeObject[],
): KubeObject {
  const next = clone(pod);
  const spec = isObject(next.spec) ? next.spec : {};
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  const items = containerItems(limitRanges);
  for (const c of containers) {
    if (!isObject(c)) continue;
    const { requests, limits } = resourcesOf(c);
    setMissing(requests, limits);
    for (const item of items) {
      // LimitRange defaulting: `default` falls back to `max`, `defaultRequest` to `default`
      setMissing(requests, item.defaultRequest);
      setMissing(requests, item.default);
      setMissing(requests, item.max);
      setMissing(limits, item.default);
      setMissing(limits, item.max);
    }
  }
  return next;
}

/** Pod validation of requests against limits (422), as the API server does after mutation. */
function requestsWithinLimits(pod: KubeObject): FieldError[] {
  const spec = isObject(pod.spec) ? pod.spec : {};
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  const errors: FieldError[] = [];
  containers.forEach((c, i) => {
    if (!isObject(c)) return;
    const { requests, limits } = resourcesOf(clone(c));
    for (const [name, value] of Object.entries(requests)) {
      const request = parseQuantity(value);
      const limit = parseQuantity(limits[name]);
      if (request !== undefined && limit !== undefined && request > limit) {
        errors.push(
          invalidValue(
            `spec.containers[${i}].resources.requests`,
            value,
            `must be less than or equal to ${name} limit`,
          ),
        );
      }
    }
  });
  return errors;
}

/** The LimitRanger's validation: limits at most `max`, requests at least `min`. */
function limitRangeViolations(
  pod: KubeObject,
  limitRanges: KubeObject[],
): string[] {
  const spec = isObject(pod.spec) ? pod.spec : {};
  const containers = Array.isArray(spec.containers) ? spec.containers : [];
  const out: string[] = [];
  for (const item of containerItems(limitRanges)) {
    const max = isObject(item.max) ? item.max : {};
    const min = isObject(item.min) ? item.min : {};
    for (const c of containers) {
      if (!isObject(c)) continue;
      const { requests, limits } = resourcesOf(clone(c));
      for (const [name, value] of Object.entries(max)) {
        const bound = parseQuantity(value) ?? 0;
        const limit = parseQuantity(limits[name]);
        if (limit === undefined) {
          out.push(
            `maximum ${name} usage per Container is ${formatQuantity(
              bound,
              name,
            )}.  No limit is specified`,
          );
        } else if (limit > bound) {
          out.push(
            `maximum ${name} usage per Container is ${formatQuantity(
              bound,
              name,
            )}, but limit is ${formatQuantity(limit, name)}`,
          );
        }
      }
      for (const [name, value] of Object.entries(min)) {
        const bound = parseQuantity(value) ?? 0;
        const request = parseQuantity(requests[name]);
        if (request === undefined || request < bound) {
          out.push(
            `minimum ${name} usage per Container is ${formatQuantity(
              bound,
              name,
            )}, but request is ${formatQuantity(request ?? 0, name)}`,
          );
        }
      }
    }
  }
  return out;
}

/**
 * Admission of a pod the way a real API server runs it for a controller's create: LimitRanger
 * defaults, then validation (422 `Pod "x" is invalid: ...requests: Invalid value: "8": must be
 * less than or equal to cpu limit`), then LimitRanger limits (403 `pods "x" is forbidden:
 * maximum cpu usage per Container is ...`). Returns the pod as it would be stored.
 */
export function admitPod(
  pod: KubeObject,
  limitRanges: KubeObject[],
): KubeObject {
  const name = pod.metadata?.name ?? '';
  const defaulted = defaultPodResources(pod, limitRanges);
  const invalidFields = requestsWithinLimits(defaulted);
  if (invalidFields.length > 0) throw invalid(POD, name, invalidFields);
  const violations = limitRangeViolations(defaulted, limitRanges);
  if (violations.length > 0) {
    throw forbidden(
      POD,
      name,
      violations.length === 1 ? violations[0] : `[${violations.join(', ')}]`,
    );
  }
  return defaulted;
}
