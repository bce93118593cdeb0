import { z } from 'zod';
import type { AutoscalerParameters, ScalingRules } from '../scaling/policies';
import { policyTiming, validatePolicy } from '../scaling/policies';
import {
  AutoscalerKind,
  AutoscalerMetric,
  autoscalerRendererSpec,
  ManifestMetricContext,
  PolicyKindSchema,
  policyKindSpec,
} from '../registry/autoscalers';
import type { KubeObject } from './types';

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
    kind: PolicyKindSchema,
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
  const targetIssue = policyKindSpec(parsed.data.kind).targetIssue(
    parsed.data.target,
  );
  if (targetIssue) issues.push(`autoscalerParameters: ${targetIssue}`);
  return issues;
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

/** Human label of parameters, for the annotation and warnings. @public */
export function autoscalerParametersLabel(p: AutoscalerParameters): string {
  return `${policyKindSpec(p.kind).annotation(p)}, scale-down window ${
    p.stabilizationWindowSeconds
  } s`;
}

/** Annotation carrying the rendered policy, so a reviewer sees where the numbers come from. @public */
export const LLM_PLANNER_AUTOSCALER_ANNOTATION =
  'llm-planner.io/autoscaler-policy';

/** An autoscaler object: what it scales, its bounds, behaviour and metrics. */
export type AutoscalerObjectSpec = ManifestMetricContext & {
  object: 'keda' | 'hpa';
  metadata: KubeObject['metadata'];
  scaleTargetRef: Record<string, string>;
  minReplicas: number;
  maxReplicas: number;
  behavior: Record<string, unknown>;
  /** KEDA `pollingInterval` and `cooldownPeriod` */
  pollingInterval: number;
  cooldownPeriod: number;
  metrics: AutoscalerMetric[];
};

/**
 * The one autoscaler renderer: a KEDA `ScaledObject` (its HPA behaviour under `advanced`) or an
 * `autoscaling/v2` HPA, each metric rendered by its policy kind (`AUTOSCALER_POLICY_KINDS`).
 */
export function renderAutoscalerObject(s: AutoscalerObjectSpec): KubeObject {
  if (s.object === 'keda') {
    return {
      apiVersion: 'keda.sh/v1alpha1',
      kind: 'ScaledObject',
      metadata: s.metadata,
      spec: {
        scaleTargetRef: s.scaleTargetRef,
        minReplicaCount: s.minReplicas,
        maxReplicaCount: s.maxReplicas,
        pollingInterval: s.pollingInterval,
        cooldownPeriod: s.cooldownPeriod,
        advanced: { horizontalPodAutoscalerConfig: { behavior: s.behavior } },
        triggers: s.metrics.map(m =>
          policyKindSpec(m.kind).manifest.kedaTrigger(m.target, s),
        ),
      },
    };
  }
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: s.metadata,
    spec: {
      scaleTargetRef: s.scaleTargetRef,
      minReplicas: s.minReplicas,
      maxReplicas: s.maxReplicas,
      behavior: s.behavior,
      metrics: s.metrics.map(m =>
        policyKindSpec(m.kind).manifest.hpaMetric(m.target),
      ),
    },
  };
}

type AutoscalerContext = ManifestMetricContext & {
  params: AutoscalerParameters;
  autoscaler: AutoscalerKind;
  minReplicas: number;
  maxReplicas: number;
  scaleTargetRef: Record<string, string>;
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
  const kind = policyKindSpec(params.kind);
  const renderer = autoscalerRendererSpec(autoscaler);
  const warnings: string[] = [];
  if (!kind.simulation.autoscales) {
    warnings.push(
      `Recommended policy: fixed size of ${minReplicas} replica(s); no autoscaler is rendered`,
    );
    return { objects: [], warnings };
  }
  const resource = kind.manifest.resource;
  if (resource) {
    warnings.push(
      `Recommended policy scales on ${resource} utilisation (explicit fallback): it says little about GPU inference load`,
    );
  } else if (!renderer.vllmMetrics) {
    throw new Error(
      `the recommended policy scales on ${params.kind}; render it with autoscaler "keda" or "hpa-custom-metrics", not "${autoscaler}"`,
    );
  }
  if (minReplicas === 0 && renderer.object !== 'keda') {
    throw new Error(
      'minReplicas 0 (scale to zero) needs autoscaler "keda"; an HPA needs at least 1 replica',
    );
  }
  const object = renderAutoscalerObject({
    object: renderer.object,
    metadata: ctx.meta({
      [LLM_PLANNER_AUTOSCALER_ANNOTATION]: autoscalerParametersLabel(params),
    }),
    scaleTargetRef: ctx.scaleTargetRef,
    minReplicas,
    maxReplicas,
    behavior: behaviorOf(params),
    // the sync period the scaling simulation assumed for this policy
    pollingInterval: policyTiming(params).syncPeriodSeconds,
    cooldownPeriod: Math.max(30, params.stabilizationWindowSeconds),
    metrics: [{ kind: params.kind, target: params.target }],
    promSelector: ctx.promSelector,
    serverAddress: ctx.serverAddress,
  });
  return { warnings, objects: [object] };
}
