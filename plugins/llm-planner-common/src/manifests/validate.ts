import { ObjectMeta } from '@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta';
import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject';
import { ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { CronJob } from 'kubernetes-models/batch/v1/CronJob';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1/RoleBinding';
import { LimitRange } from 'kubernetes-models/v1/LimitRange';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { PodSpec } from 'kubernetes-models/v1/PodSpec';
import { ResourceQuota } from 'kubernetes-models/v1/ResourceQuota';
import { Service } from 'kubernetes-models/v1/Service';
import { nameAndLabelIssues } from './names';
import type { KubeObject } from './types';

type Validatable = { validate(): void };
type ModelCtor = new (data?: any) => Validatable;

/**
 * OpenAPI schema validators per `apiVersion/kind`, from kept packages:
 * `kubernetes-models` (the Kubernetes OpenAPI schemas), `@kubernetes-models/keda` and
 * `@kubernetes-models/prometheus-operator` (the CRDs' OpenAPI schemas).
 */
const MODELS: Record<string, ModelCtor> = {
  'v1/Namespace': Namespace,
  'v1/ResourceQuota': ResourceQuota,
  'v1/LimitRange': LimitRange,
  'v1/Service': Service,
  'apps/v1/Deployment': Deployment,
  'batch/v1/CronJob': CronJob,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'rbac.authorization.k8s.io/v1/RoleBinding': RoleBinding,
  'keda.sh/v1alpha1/ScaledObject': ScaledObject,
  'monitoring.coreos.com/v1/ServiceMonitor': ServiceMonitor,
};

/**
 * Fields KServe adds to the predictor next to the inlined Kubernetes `PodSpec`
 * (`ComponentExtensionSpec` and `PredictorExtensionSpec` of serving.kserve.io/v1beta1).
 */
const KSERVE_PREDICTOR_EXTENSION_FIELDS = [
  'minReplicas',
  'maxReplicas',
  'scaleTarget',
  'scaleMetric',
  'scaleMetricType',
  'containerConcurrency',
  'timeout',
  'canaryTrafficPercent',
  'logger',
  'batcher',
  'labels',
  'annotations',
  'deploymentStrategy',
  'autoScaling',
  'model',
  'workerSpec',
];

/** apiVersion/kind pairs with a schema, for documentation and tests. @public */
export const VALIDATED_KINDS = [
  ...Object.keys(MODELS),
  'serving.kserve.io/v1beta1/InferenceService (partial: metadata and the predictor PodSpec)',
];

function formatError(e: unknown): string[] {
  const errors = (
    e as { errors?: { instancePath?: string; message?: string }[] }
  ).errors;
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.map(
      err => `${err.instancePath || '/'} ${err.message ?? 'is invalid'}`,
    );
  }
  return [e instanceof Error ? e.message : String(e)];
}

function check(Ctor: ModelCtor, data: unknown, prefix = ''): string[] {
  try {
    new Ctor(data).validate();
    return [];
  } catch (e) {
    return formatError(e).map(m => `${prefix}${m}`);
  }
}

/**
 * Validates one object against the Kubernetes OpenAPI schema of its kind plus the name and
 * label syntax. Returns the problems found (empty when valid).
 *
 * KServe ships no schema package: for `InferenceService` the metadata is checked against
 * `ObjectMeta` and `spec.predictor` (minus KServe's extension fields) against the core
 * `PodSpec` schema, the rest of the CRD is not schema-checked.
 * @public
 */
export function validateKubeObject(obj: KubeObject): string[] {
  const where = `${obj.kind} ${obj.metadata?.name ?? '(no name)'}`;
  const issues = nameAndLabelIssues(obj).map(i => i);
  const key = `${obj.apiVersion}/${obj.kind}`;
  const model = MODELS[key];
  if (model) {
    issues.push(...check(model, obj, `${where}: `));
  } else if (key === 'serving.kserve.io/v1beta1/InferenceService') {
    issues.push(...check(ObjectMeta, obj.metadata, `${where}: metadata`));
    const predictor = { ...((obj.spec as any)?.predictor ?? {}) };
    if (!(obj.spec as any)?.predictor) {
      issues.push(`${where}: spec.predictor is required`);
    }
    for (const f of KSERVE_PREDICTOR_EXTENSION_FIELDS) delete predictor[f];
    issues.push(...check(PodSpec, predictor, `${where}: spec.predictor`));
  } else {
    issues.push(`${where}: no schema for ${key}; refusing to render it`);
  }
  return issues;
}

/** Thrown when rendered objects fail validation. @public */
export class ManifestValidationError extends Error {
  constructor(readonly issues: string[]) {
    super(`Rendered manifests are invalid:\n- ${issues.join('\n- ')}`);
    this.name = 'ManifestValidationError';
  }
}

/** Validates every object and throws a {@link ManifestValidationError} listing all problems. @public */
export function assertValidKubeObjects(objects: KubeObject[]): void {
  const issues = objects.flatMap(validateKubeObject);
  if (issues.length > 0) throw new ManifestValidationError(issues);
}
