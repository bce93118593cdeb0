import type { Plan } from '../engine/schemas';
import type { AutoscalerParameters } from '../scaling/policies';
import type { AutoscalingDecision } from '../scaling/decision';
import type { AutoscalerKind } from '../registry/autoscalers';

/** A Kubernetes object as rendered or applied: the type meta plus anything else. @public */
export type KubeObject = {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

/**
 * The part of a stored plan (`GET /api/llm-planner/v1/plans/:id`) manifests are rendered from.
 * @public
 */
export type StoredPlanLike = {
  id: string;
  title?: string;
  /** Entity ref of the owning Group, e.g. `group:default/customer-support`. */
  ownerGroup: string;
  version?: number;
  plan: Pick<Plan, 'recommendations' | 'workload'> &
    /** A batch plan renders a CronJob instead of an always-on Deployment. */
    Partial<Pick<Plan, 'workloadKind' | 'batch'>> & {
      /** A scaling recommendation (from the scaling simulation), when the plan carries one. */
      scaling?: { minReplicas?: number; maxReplicas?: number } | null;
      /** The plan's autoscaler decision, stored with the plan (`decideAutoscaling`). */
      autoscaling?: AutoscalingDecision | null;
    };
};

/** KServe `InferenceService` or a plain `Deployment` + `Service`. @public */
export type ManifestVariant = 'kserve' | 'deployment';
/** Real vLLM on GPUs, or the CPU-only inference simulator of this repository. @public */
export type ManifestRuntime = 'vllm' | 'simulator';

/** Container images; defaults in `DEFAULT_IMAGES`. @public */
export type ManifestImages = { vllm?: string; simulator?: string };

/** Input of {@link renderManifests}. @public */
export type RenderManifestsInput = {
  plan: StoredPlanLike;
  variant: ManifestVariant;
  runtime: ManifestRuntime;
  /** The team namespace every object goes into. */
  namespace: string;
  /** Name of the service: DNS-1123 label, also the catalog Component name. */
  serviceName: string;
  /** Catalog entity the objects belong to, e.g. `component:default/support-chat`. */
  entityRef: string;
  autoscaler: AutoscalerKind;
  images?: ManifestImages;
  /** Context window of the model (catalog `maxContext`); bounds `--max-model-len`. */
  modelMaxContext?: number | null;
  /** Which recommendation of the plan to deploy; default 0 (the recommended one). */
  recommendationIndex?: number;
  /** Prometheus KEDA queries; default `DEFAULT_PROMETHEUS_URL`. */
  prometheusUrl?: string;
  /** Overrides the maximum replica count of the autoscaler. */
  maxReplicas?: number;
  /**
   * The recommended autoscaling policy of the scaling simulation
   * (`recommendPolicy(...).parameters`). When given, the autoscaler object (`autoscaler`
   * chooses KEDA `ScaledObject` or HPA) scales on the policy's metric with its min/max
   * replicas, target, stabilisation windows and scale-up/-down policies; `fixed` renders no
   * autoscaler. Validated (`AutoscalerParametersSchema`). Without it the default autoscaler is
   * rendered (queue + running requests, plan replicas to 2x).
   */
  autoscalerParameters?: AutoscalerParameters;
};

/** A rendered file, path relative to the repository root. @public */
export type RenderedFile = { path: string; content: string };

/** The numbers the manifests were rendered with (shown in previews and READMEs). @public */
export type ManifestSummary = {
  planId: string;
  modelId: string;
  hfId: string;
  gpuId: string;
  engine: string;
  precision: string;
  tp: number;
  /** Extended resource requested per replica (`nvidia.com/gpu`), null for the simulator. */
  gpuResource: string | null;
  gpusPerReplica: number;
  /** Node label value of the GPU type, null when unknown or for the simulator. */
  gpuProduct: string | null;
  minReplicas: number;
  maxReplicas: number;
  /**
   * GPUs the minimum replica count requests, i.e. what quota admission sees on apply; for a
   * batch plan the GPUs of one run (its pods in parallel), which the quota must hold while it runs.
   */
  requestedGpus: number;
  maxModelLen: number;
  maxNumSeqs: number;
  kvCacheTokens: number | null;
  servedModelName: string;
  image: string;
};

/** Output of {@link renderManifests}. @public */
export type RenderedManifests = {
  /** Objects in apply order. */
  objects: KubeObject[];
  /** `manifests/*.yaml`, one object per file, plus `manifests/kustomization.yaml`. */
  files: RenderedFile[];
  summary: ManifestSummary;
  /** Things a reviewer should know (fallbacks taken, unknown GPU label, context clipped). */
  warnings: string[];
};
