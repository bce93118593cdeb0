import { parseQuantity } from './quantity';

/**
 * The one owner of the CPU and memory numbers of team namespaces: what an inference container
 * requests and is limited to, and the `LimitRange` of every team namespace
 * (`llm-planner:namespace:ensure`). They are chosen together so that every container the planner
 * renders passes the LimitRanger: requests <= limits <= the LimitRange `max`, and no container
 * gets a default limit below its request (a real API server refuses such pods:
 * `requests: Invalid value: "8": must be less than or equal to cpu limit`).
 */

/** vLLM: CPU cores requested per GPU (tokenisation, scheduling, HTTP). @public */
export const VLLM_CPU_REQUEST_PER_GPU = 4;
/** vLLM: CPU cores a container may burst to per GPU. @public */
export const VLLM_CPU_LIMIT_PER_GPU = 8;
/** vLLM: memory per GPU, request = limit (host memory for weights loading and the CPU swap space). @public */
export const VLLM_MEMORY_GI_PER_GPU = 16;
/** Most GPUs one pod (one node) is sized for; the LimitRange `max` follows from it. @public */
export const MAX_GPUS_PER_POD = 8;

/** Requests and limits of one container (quantity strings). @public */
export type ContainerResources = {
  requests: Record<string, string>;
  limits: Record<string, string>;
};

/**
 * CPU, memory and GPU requests and limits of the inference container: vLLM scales with its GPUs
 * (`gpus` = tensor-parallel size), the CPU-only simulator is small. GPUs are requested = limited.
 * @public
 */
export function inferenceContainerResources(
  runtime: 'vllm' | 'simulator',
  gpu: { resource: string; count: number } | null,
): ContainerResources {
  if (runtime === 'simulator' || !gpu) {
    return {
      requests: { cpu: '250m', memory: '256Mi' },
      limits: { cpu: '1', memory: '512Mi' },
    };
  }
  const memory = `${VLLM_MEMORY_GI_PER_GPU * gpu.count}Gi`;
  return {
    requests: {
      cpu: String(VLLM_CPU_REQUEST_PER_GPU * gpu.count),
      memory,
      [gpu.resource]: String(gpu.count),
    },
    limits: {
      cpu: String(VLLM_CPU_LIMIT_PER_GPU * gpu.count),
      memory,
      [gpu.resource]: String(gpu.count),
    },
  };
}

/** One `type: Container` item of a LimitRange spec. @public */
export type ContainerLimitRangeItem = {
  type: 'Container';
  default?: Record<string, string>;
  defaultRequest?: Record<string, string>;
  max?: Record<string, string>;
  min?: Record<string, string>;
};

/**
 * The LimitRange of every team namespace: defaults for containers that set nothing (sidecars,
 * jobs of the team) and a per-container maximum that the largest inference pod the planner
 * renders (`MAX_GPUS_PER_POD` GPUs) fits.
 * @public
 */
export const TEAM_LIMIT_RANGE: {
  limits: ContainerLimitRangeItem[];
} = {
  limits: [
    {
      type: 'Container',
      default: { cpu: '1', memory: '2Gi' },
      defaultRequest: { cpu: '100m', memory: '256Mi' },
      max: {
        cpu: String(VLLM_CPU_LIMIT_PER_GPU * MAX_GPUS_PER_POD),
        memory: `${VLLM_MEMORY_GI_PER_GPU * MAX_GPUS_PER_POD}Gi`,
      },
    },
  ],
};

type ContainerLike = {
  name?: string;
  resources?: {
    requests?: Record<string, unknown>;
    limits?: Record<string, unknown>;
  };
};

function setMissing(
  target: Record<string, unknown>,
  source: Record<string, unknown> | undefined,
) {
  for (const [k, v] of Object.entries(source ?? {})) {
    if (target[k] === undefined) target[k] = v;
  }
}

/**
 * Why a real API server would refuse a pod with these containers in a namespace with these
 * LimitRanges (empty when it would not): it applies the LimitRanger's defaults (a request
 * defaults to the container's limit, then `defaultRequest`, then `default`, then `max`; a limit
 * to `default`, then `max`), then checks requests <= limits, limits <= `max` and requests >= `min`.
 * @public
 */
export function limitRangeIssues(
  containers: ContainerLike[],
  limitRanges: { limits?: ContainerLimitRangeItem[] | unknown[] }[],
): string[] {
  const items = limitRanges
    .flatMap(lr => (Array.isArray(lr.limits) ? lr.limits : []))
    .filter(
      (i): i is ContainerLimitRangeItem =>
        !!i && (i as { type?: unknown }).type === 'Container',
    );
  const issues: string[] = [];
  for (const c of containers) {
    const requests: Record<string, unknown> = { ...c.resources?.requests };
    const limits: Record<string, unknown> = { ...c.resources?.limits };
    setMissing(requests, limits);
    for (const item of items) {
      setMissing(requests, item.defaultRequest);
      setMissing(requests, item.default);
      setMissing(requests, item.max);
      setMissing(limits, item.default);
      setMissing(limits, item.max);
    }
    const name = `container ${c.name ?? '?'}`;
    for (const [r, value] of Object.entries(requests)) {
      const limit = limits[r];
      if (limit !== undefined && parseQuantity(value) > parseQuantity(limit)) {
        const given = c.resources?.limits?.[r] !== undefined;
        issues.push(
          `${name}: ${r} request ${value} exceeds its ${
            given ? '' : 'LimitRange default '
          }limit ${limit}`,
        );
      }
    }
    for (const item of items) {
      for (const [r, max] of Object.entries(item.max ?? {})) {
        if (parseQuantity(limits[r]) > parseQuantity(max)) {
          issues.push(
            `${name}: ${r} limit ${limits[r]} exceeds the LimitRange maximum ${max}`,
          );
        }
      }
      for (const [r, min] of Object.entries(item.min ?? {})) {
        if (
          requests[r] === undefined ||
          parseQuantity(requests[r]) < parseQuantity(min)
        ) {
          issues.push(
            `${name}: ${r} request ${
              requests[r] ?? '(none)'
            } is below the LimitRange minimum ${min}`,
          );
        }
      }
    }
  }
  return issues;
}
