import { z } from 'zod';
import type {
  AutoscalerParameters,
  PolicyKind,
  ScalingRules,
} from '../scaling/policies';
import { policyTiming, validatePolicy } from '../scaling/policies';
import type { AutoscalerKind, KubeObject } from './types';

const RatePolicySchema = z
  .object({
    type: z.enum(['Pods', 'Percent']),
    value: z.number().int().positive(),
    periodSeconds: z.number().int().positive().max(1800),
  })
  .strict();

const ScalingRulesSchema = z
  .object({
    policies: z.array(RatePolicySchema),
    selectPolicy: z.enum(['Max', 'Min', 'Disabled']),
    stabilizationWindowSeconds: z.number().int().min(0).max(3600).optional(),
  })
  .strict();

/**
 * Schema of the `autoscalerParameters` input of `renderManifests`: the `parameters` of
 * `recommendPolicy(...)` (`AutoscalerParameters` of the scaling simulation). Checked before
 * rendering together with the policy's own consistency rules (`validatePolicy`).
 * @public
 */
export const AutoscalerParametersSchema = z
  .object({
    kind: z.enum([
      'fixed',
      'hpa-cpu',
      'hpa-memory',
      'keda-queue',
      'keda-running',
      'keda-kv-cache',
    ]),
    minReplicas: z.number().int().min(0),
    maxReplicas: z.number().int().min(1),
    target: z.number().min(0),
    stabilizationWindowSeconds: z.number().int().min(0).max(3600),
    scaleUp: ScalingRulesSchema,
    scaleDown: ScalingRulesSchema,
  })
  .strict();

/** Problems with autoscaler parameters (schema and policy rules), empty when valid. @public */
export function autoscalerParametersIssues(p: unknown): string[] {
  const parsed = AutoscalerParametersSchema.safeParse(p);
  if (!parsed.success) {
    return parsed.error.issues.map(
      i => `autoscalerParameters.${i.path.join('.') || '(root)'}: ${i.message}`,
    );
  }
  const issues = validatePolicy(parsed.data as AutoscalerParameters).map(
    m => `autoscalerParameters: ${m}`,
  );
  if (parsed.data.kind === 'keda-kv-cache' && parsed.data.target > 1) {
    issues.push(
      'autoscalerParameters: a KV-cache target is a fraction of the cache (0..1)',
    );
  }
  if (
    (parsed.data.kind === 'hpa-cpu' || parsed.data.kind === 'hpa-memory') &&
    parsed.data.target > 5
  ) {
    issues.push(
      'autoscalerParameters: a CPU/memory target is a utilisation fraction of the request (0.7 = 70 %)',
    );
  }
  return issues;
}

/** A Kubernetes quantity for a per-pod average value (`2`, `2500m`, `700m`). */
function quantity(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return `${Math.round(v * 1000)}m`;
}

/** A decimal string for KEDA thresholds (`2`, `2.5`, `0.7`). */
function decimal(v: number): string {
  return String(Math.round(v * 10000) / 10000);
}

/** HPA `behavior` from the parameters: scale-up window and rules, scale-down window and rules. */
export function behaviorOf(p: AutoscalerParameters): Record<string, unknown> {
  const rules = (r: ScalingRules, window: number) => ({
    stabilizationWindowSeconds: window,
    selectPolicy: r.selectPolicy,
    ...(r.policies.length > 0
      ? {
          policies: r.policies.map(x => ({
            type: x.type,
            value: x.value,
            periodSeconds: x.periodSeconds,
          })),
        }
      : {}),
  });
  return {
    scaleDown: rules(p.scaleDown, p.stabilizationWindowSeconds),
    scaleUp: rules(p.scaleUp, p.scaleUp.stabilizationWindowSeconds ?? 0),
  };
}

/** What each policy kind scales on, in Prometheus (KEDA) and prometheus-adapter (HPA) names. */
const VLLM_METRIC: Record<
  'keda-queue' | 'keda-running' | 'keda-kv-cache',
  { trigger: string; promql: (sel: string) => string; adapter: string }
> = {
  'keda-queue': {
    trigger: 'requests-waiting',
    promql: sel => `sum(vllm:num_requests_waiting{${sel}})`,
    adapter: 'vllm_num_requests_waiting',
  },
  'keda-running': {
    trigger: 'requests-running',
    promql: sel => `sum(vllm:num_requests_running{${sel}})`,
    adapter: 'vllm_num_requests_running',
  },
  'keda-kv-cache': {
    trigger: 'kv-cache-usage',
    // vLLM renamed the gauge (gpu_cache_usage_perc -> kv_cache_usage_perc); read either
    promql: sel =>
      `sum(vllm:kv_cache_usage_perc{${sel}}) or sum(vllm:gpu_cache_usage_perc{${sel}})`,
    adapter: 'vllm_gpu_cache_usage_perc',
  },
};

/** Human label of parameters, for the annotation and warnings. @public */
export function autoscalerParametersLabel(p: AutoscalerParameters): string {
  const range = `${p.minReplicas}-${p.maxReplicas} replicas`;
  const labels: Record<PolicyKind, string> = {
    fixed: `fixed ${p.minReplicas} replica(s)`,
    'hpa-cpu': `CPU ${Math.round(p.target * 100)} % (${range})`,
    'hpa-memory': `memory ${Math.round(p.target * 100)} % (${range})`,
    'keda-queue': `vllm:num_requests_waiting ${decimal(
      p.target,
    )} per pod (${range})`,
    'keda-running': `vllm:num_requests_running ${decimal(
      p.target,
    )} per pod (${range})`,
    'keda-kv-cache': `KV-cache use ${decimal(p.target)} per pod (${range})`,
  };
  return `${labels[p.kind]}, scale-down window ${
    p.stabilizationWindowSeconds
  } s`;
}

/** Annotation carrying the rendered policy, so a reviewer sees where the numbers come from. @public */
export const LLM_PLANNER_AUTOSCALER_ANNOTATION =
  'llm-planner.io/autoscaler-policy';

type AutoscalerContext = {
  params: AutoscalerParameters;
  autoscaler: AutoscalerKind;
  minReplicas: number;
  maxReplicas: number;
  scaleTargetRef: Record<string, string>;
  promSelector: string;
  serverAddress: string;
  meta: (
    extra?: Record<string, string>,
  ) => KubeObject['metadata'] & { name: string };
};

/**
 * The autoscaler object of recommended parameters (none for a fixed size): a KEDA
 * `ScaledObject` (`autoscaler: 'keda'`) or an `autoscaling/v2` HPA (`hpa-custom-metrics`,
 * `hpa-cpu`) on the policy's metric, with its min/max replicas, target, stabilisation windows
 * and scale-up/-down policies. Throws a message when the policy cannot be rendered with the
 * chosen autoscaler.
 */
export function renderRecommendedAutoscaler(ctx: AutoscalerContext): {
  objects: KubeObject[];
  warnings: string[];
} {
  const { params, autoscaler, minReplicas, maxReplicas } = ctx;
  const warnings: string[] = [];
  if (params.kind === 'fixed') {
    warnings.push(
      `Recommended policy: fixed size of ${minReplicas} replica(s); no autoscaler is rendered`,
    );
    return { objects: [], warnings };
  }
  const label = autoscalerParametersLabel(params);
  const metadata = ctx.meta({ [LLM_PLANNER_AUTOSCALER_ANNOTATION]: label });
  const behavior = behaviorOf(params);
  const resource =
    params.kind === 'hpa-cpu' || params.kind === 'hpa-memory'
      ? (params.kind.slice(4) as 'cpu' | 'memory')
      : null;
  if (resource) {
    warnings.push(
      `Recommended policy scales on ${resource} utilisation (explicit fallback): it says little about GPU inference load`,
    );
  } else if (autoscaler === 'hpa-cpu') {
    throw new Error(
      `the recommended policy scales on ${params.kind}; render it with autoscaler "keda" or "hpa-custom-metrics", not "hpa-cpu"`,
    );
  }
  if (minReplicas === 0 && autoscaler !== 'keda') {
    throw new Error(
      'minReplicas 0 (scale to zero) needs autoscaler "keda"; an HPA needs at least 1 replica',
    );
  }
  const utilisation = Math.round(params.target * 100);
  if (autoscaler === 'keda') {
    const trigger = resource
      ? {
          type: resource,
          name: `${resource}-utilization`,
          metricType: 'Utilization',
          metadata: { value: String(utilisation) },
        }
      : {
          type: 'prometheus',
          name: VLLM_METRIC[params.kind as keyof typeof VLLM_METRIC].trigger,
          metadata: {
            serverAddress: ctx.serverAddress,
            query: VLLM_METRIC[params.kind as keyof typeof VLLM_METRIC].promql(
              ctx.promSelector,
            ),
            threshold: decimal(params.target),
          },
        };
    return {
      warnings,
      objects: [
        {
          apiVersion: 'keda.sh/v1alpha1',
          kind: 'ScaledObject',
          metadata,
          spec: {
            scaleTargetRef: ctx.scaleTargetRef,
            minReplicaCount: minReplicas,
            maxReplicaCount: maxReplicas,
            // the sync period the scaling simulation assumed for this policy
            pollingInterval: policyTiming(params).syncPeriodSeconds,
            cooldownPeriod: Math.max(30, params.stabilizationWindowSeconds),
            advanced: { horizontalPodAutoscalerConfig: { behavior } },
            triggers: [trigger],
          },
        },
      ],
    };
  }
  const metric = resource
    ? {
        type: 'Resource',
        resource: {
          name: resource,
          target: { type: 'Utilization', averageUtilization: utilisation },
        },
      }
    : {
        type: 'Pods',
        pods: {
          metric: {
            name: VLLM_METRIC[params.kind as keyof typeof VLLM_METRIC].adapter,
          },
          target: {
            type: 'AverageValue',
            averageValue: quantity(params.target),
          },
        },
      };
  return {
    warnings,
    objects: [
      {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata,
        spec: {
          scaleTargetRef: ctx.scaleTargetRef,
          minReplicas,
          maxReplicas,
          behavior,
          metrics: [metric],
        },
      },
    ],
  };
}
