import type { Recommendation, Workload } from '../engine/schemas';
// the leaf module, not the api index: the index pulls the contract, whose schemas import the
// engine, which renders manifests (an import cycle a bundler's CJS output cannot resolve)
import { LLM_PLANNER_PLAN_ANNOTATION } from '../api/types';
import { GPU_NODE_SELECTORS } from './gpus';
import { entityRefName, isDns1035Label, isDns1123Label } from './names';
import type {
  KubeObject,
  ManifestSummary,
  RenderedFile,
  RenderedManifests,
  RenderManifestsInput,
} from './types';
import { assertValidKubeObjects, ManifestValidationError } from './validate';
import {
  autoscalerParametersIssues,
  renderAutoscalerObject,
  renderRecommendedAutoscaler,
} from './autoscaler';
import type { AutoscalerParameters } from '../scaling/policies';
import {
  autoscalerRendererSpec,
  CPU_FALLBACK_UTILIZATION,
  policyKindSpec,
} from '../registry/autoscalers';
import { toYaml } from './yaml';
import { DEFAULT_GPU_VENDOR } from '../registry/gpuVendors';
import { batchJobOfPlan, renderBatchObjects } from './batchJob';
import {
  inferenceContainerResources,
  limitRangeIssues,
  MAX_GPUS_PER_POD,
  TEAM_LIMIT_RANGE,
} from './resources';

/** Field manager of every server-side apply of the planner. @public */
export const LLM_PLANNER_FIELD_MANAGER = 'backstage-llm-planner';
/** Label linking an object to the plan it was rendered from (same key as the annotation). @public */
export const LLM_PLANNER_PLAN_LABEL = LLM_PLANNER_PLAN_ANNOTATION;
/** Label/annotation the Backstage Kubernetes plugin uses to find an entity's objects. @public */
export const BACKSTAGE_KUBERNETES_ID = 'backstage.io/kubernetes-id';
/** Annotations carrying the catalog entity ref and the plan version. @public */
export const LLM_PLANNER_ENTITY_REF_ANNOTATION = 'llm-planner.io/entity-ref';
/** @public */
export const LLM_PLANNER_PLAN_VERSION_ANNOTATION =
  'llm-planner.io/plan-version';
/** `app.kubernetes.io/part-of` of every rendered object: the catalog System. @public */
export const LLM_PLANNER_PART_OF = 'llm-inference-platform';

/** Default container images (pinned). @public */
export const DEFAULT_IMAGES = {
  vllm: 'vllm/vllm-openai:v0.10.1.1',
  /** Built from this repository (`packages/inference-simulator`), see the module README. */
  simulator: 'llm-inference-portal/inference-simulator:0.1.0',
} as const;

/** Without a scaling recommendation, the autoscaler may grow to this multiple of the plan's replicas. @public */
export const MAX_REPLICAS_FACTOR = 2;
/** Prometheus the KEDA triggers query, unless configured. @public */
export const DEFAULT_PROMETHEUS_URL =
  'http://prometheus-operated.monitoring.svc:9090';
/** Port the OpenAI-compatible server (vLLM or the simulator) listens on. @public */
export const INFERENCE_PORT = 8000;

/**
 * `--max-model-len`: p90 prompt + p90 output tokens of the workload (mean when no p90), plus
 * 25 % margin, rounded up to a multiple of 1024, at least 2048, at most the model's context.
 * @public
 */
export function maxModelLenFor(
  workload: Pick<Workload, 'inputTokens' | 'outputTokens'>,
  modelMaxContext?: number | null,
): { value: number; clipped: boolean } {
  const input = workload.inputTokens.p90 ?? workload.inputTokens.mean;
  const output = workload.outputTokens.p90 ?? workload.outputTokens.mean;
  const wanted = Math.max(
    2048,
    Math.ceil((1.25 * (input + output)) / 1024) * 1024,
  );
  if (modelMaxContext && modelMaxContext > 0 && wanted > modelMaxContext) {
    return {
      value: modelMaxContext,
      clipped: input + output > modelMaxContext,
    };
  }
  return { value: wanted, clipped: false };
}

/**
 * `--max-num-seqs`: the concurrency one replica holds while meeting every SLO, bounded by what
 * fits in its KV cache; at least 1.
 * @public
 */
export function maxNumSeqsFor(rec: Recommendation): number {
  const atSlo = Math.floor(rec.capacityConcurrencyPerReplica);
  const fits = rec.memory?.maxConcurrency ?? null;
  return Math.max(1, fits !== null ? Math.min(atSlo, fits) : atSlo);
}

/**
 * KV-cache budget of one replica in tokens (the simulator's `--kv-cache-tokens`):
 * (usable - weights) per GPU x TP / KV bytes per token, else max concurrency x max model len.
 * @public
 */
export function kvCacheTokensFor(
  rec: Recommendation,
  maxModelLen: number,
): number | null {
  const m = rec.memory;
  if (!m) return null;
  if (m.weightsGbPerGpu !== null && m.kvBytesPerToken) {
    const free = m.usableGbPerGpu - m.weightsGbPerGpu;
    if (free > 0) {
      return Math.floor((free * 1e9 * rec.tp) / m.kvBytesPerToken);
    }
  }
  if (m.maxConcurrency) return m.maxConcurrency * maxModelLen;
  return null;
}

function fail(message: string): never {
  throw new ManifestValidationError([message]);
}

/** The recommendation to deploy, after checking the names it is deployed under. */
function recommendationToDeploy(input: RenderManifestsInput): Recommendation {
  const { plan, namespace, serviceName } = input;
  const rec = plan.plan.recommendations[input.recommendationIndex ?? 0];
  if (!rec) fail(`Plan ${plan.id} has no recommendation to deploy`);
  if (!isDns1123Label(namespace)) {
    fail(`namespace "${namespace}" is not a valid DNS-1123 label`);
  }
  if (!isDns1035Label(serviceName) || serviceName.length > 52) {
    fail(
      `service name "${serviceName}" must be a DNS-1035 label (lowercase letters, digits and "-", starting with a letter) of at most 52 characters`,
    );
  }
  return rec;
}

/** How the inference server runs: image, context, batch and KV-cache sizes. */
type ServerSettings = {
  image: string;
  maxModelLen: number;
  maxNumSeqs: number;
  kvCacheTokens: number | null;
  servedModelName: string;
};

function serverSettings(
  input: RenderManifestsInput,
  rec: Recommendation,
  warnings: string[],
): ServerSettings {
  const images = { ...DEFAULT_IMAGES, ...stripUndefined(input.images ?? {}) };
  const maxModelLen = maxModelLenFor(
    input.plan.plan.workload,
    input.modelMaxContext,
  );
  if (maxModelLen.clipped) {
    warnings.push(
      `p90 prompt + output tokens exceed the model's context of ${input.modelMaxContext}; --max-model-len is clipped to it`,
    );
  }
  return {
    image: input.runtime === 'vllm' ? images.vllm : images.simulator,
    maxModelLen: maxModelLen.value,
    maxNumSeqs: maxNumSeqsFor(rec),
    kvCacheTokens: kvCacheTokensFor(rec, maxModelLen.value),
    servedModelName: rec.hfId,
  };
}

/** The validated recommended parameters, if any. */
function recommendedParameters(
  input: RenderManifestsInput,
): AutoscalerParameters | undefined {
  const params = input.autoscalerParameters;
  if (params) {
    const issues = autoscalerParametersIssues(params);
    if (issues.length > 0) throw new ManifestValidationError(issues);
  }
  return params;
}

type ReplicaBounds = {
  minReplicas: number;
  maxReplicas: number;
  /** Replicas of the Deployment / KServe floor when created (KEDA scales to zero itself). */
  initialReplicas: number;
};

/**
 * Replica bounds: the plan's availability floor (n+1: at least two) holds whatever the
 * autoscaler says (plans stored before it existed have none); the maximum comes from the
 * parameters, the input, the plan's scaling recommendation or {@link MAX_REPLICAS_FACTOR}.
 */
function replicaBounds(
  input: RenderManifestsInput,
  rec: Recommendation,
  params: AutoscalerParameters | undefined,
): ReplicaBounds {
  const scaling = input.plan.plan.scaling;
  const floor = rec.availability?.minReplicas ?? 1;
  const scalesToZero =
    params?.minReplicas === 0 && rec.availability?.policy !== 'n+1';
  let minReplicas = Math.max(
    floor,
    params?.minReplicas ?? scaling?.minReplicas ?? rec.replicas,
  );
  if (scalesToZero) minReplicas = 0;
  let maxReplicas: number;
  if (!params) {
    maxReplicas = Math.max(
      minReplicas,
      input.maxReplicas ??
        scaling?.maxReplicas ??
        Math.ceil(minReplicas * MAX_REPLICAS_FACTOR),
    );
  } else if (!policyKindSpec(params.kind).simulation.autoscales) {
    maxReplicas = params.minReplicas;
  } else {
    maxReplicas = Math.max(
      minReplicas,
      1,
      input.maxReplicas ?? params.maxReplicas,
    );
  }
  return {
    minReplicas,
    maxReplicas,
    initialReplicas: Math.max(1, minReplicas),
  };
}

/** Where the pods run: the GPU's node label and extended resource (none for the simulator). */
type GpuPlacement = {
  gpu: (typeof GPU_NODE_SELECTORS)[string] | undefined;
  gpuResource: string | null;
};

function gpuPlacement(
  runtime: RenderManifestsInput['runtime'],
  rec: Recommendation,
  warnings: string[],
): GpuPlacement {
  const gpu = runtime === 'vllm' ? GPU_NODE_SELECTORS[rec.gpuId] : undefined;
  if (runtime === 'vllm' && !gpu) {
    warnings.push(
      `GPU ${rec.gpuId} has no node label in GPU_NODE_SELECTORS; pods request ${DEFAULT_GPU_VENDOR.resourceName} without a node selector`,
    );
  }
  return {
    gpu,
    gpuResource:
      runtime === 'vllm'
        ? gpu?.resource ?? DEFAULT_GPU_VENDOR.resourceName
        : null,
  };
}

/** Labels, selector and annotations every object of the service carries. */
type ObjectMeta = {
  labels: Record<string, string>;
  selector: Record<string, string>;
  annotations: Record<string, string>;
  meta: (
    name: string,
    extra?: Record<string, string>,
  ) => KubeObject['metadata'] & { name: string };
};

function objectMeta(input: RenderManifestsInput): ObjectMeta {
  const { plan, runtime, namespace, serviceName } = input;
  const labels: Record<string, string> = {
    'app.kubernetes.io/name':
      runtime === 'vllm' ? 'vllm' : 'inference-simulator',
    'app.kubernetes.io/instance': serviceName,
    'app.kubernetes.io/component': 'inference-server',
    'app.kubernetes.io/part-of': LLM_PLANNER_PART_OF,
    'app.kubernetes.io/managed-by': LLM_PLANNER_FIELD_MANAGER,
    [LLM_PLANNER_PLAN_LABEL]: plan.id,
    [BACKSTAGE_KUBERNETES_ID]: entityRefName(input.entityRef),
  };
  const selector = {
    'app.kubernetes.io/name': labels['app.kubernetes.io/name'],
    'app.kubernetes.io/instance': serviceName,
  };
  const annotations: Record<string, string> = {
    [LLM_PLANNER_ENTITY_REF_ANNOTATION]: input.entityRef,
    [LLM_PLANNER_PLAN_VERSION_ANNOTATION]: String(plan.version ?? 0),
  };
  const meta = (name: string, extra: Record<string, string> = {}) => ({
    name,
    namespace,
    labels: { ...labels },
    annotations: { ...annotations, ...extra },
  });
  return { labels, selector, annotations, meta };
}

/** Command-line arguments of vLLM or of the inference simulator. */
function serverArgs(
  input: RenderManifestsInput,
  rec: Recommendation,
  server: ServerSettings,
): string[] {
  if (input.runtime === 'vllm') {
    return [
      '--model',
      rec.hfId,
      '--served-model-name',
      server.servedModelName,
      '--tensor-parallel-size',
      String(rec.tp),
      '--max-model-len',
      String(server.maxModelLen),
      '--max-num-seqs',
      String(server.maxNumSeqs),
      '--port',
      String(INFERENCE_PORT),
    ];
  }
  const workload = input.plan.plan.workload;
  return [
    'packages/inference-simulator/bin/inference-simulator',
    '--model',
    rec.hfId,
    '--served-model-name',
    server.servedModelName,
    // timed as the recommended configuration, from the image's copy of the seed data
    '--gpu',
    rec.gpuId,
    '--tp',
    String(rec.tp),
    '--engine',
    rec.engine,
    '--precision',
    rec.precision,
    '--input-tokens',
    String(Math.max(1, Math.round(workload.inputTokens.mean))),
    '--output-tokens',
    String(Math.max(1, Math.round(workload.outputTokens.mean))),
    '--max-num-seqs',
    String(server.maxNumSeqs),
    ...(server.kvCacheTokens
      ? ['--kv-cache-tokens', String(server.kvCacheTokens)]
      : []),
    '--max-model-len',
    String(server.maxModelLen),
    '--host',
    '0.0.0.0',
    '--port',
    String(INFERENCE_PORT),
  ];
}

/** The pod: the inference container (checked against the team LimitRange) and its volumes. */
function podSpecOf(
  input: RenderManifestsInput,
  rec: Recommendation,
  server: ServerSettings,
  placement: GpuPlacement,
): Record<string, unknown> {
  const { runtime, variant } = input;
  const { gpu, gpuResource } = placement;
  const health = (periodSeconds: number, failureThreshold: number) => ({
    httpGet: { path: '/health', port: 'http' },
    periodSeconds,
    failureThreshold,
    timeoutSeconds: 5,
  });
  const container: Record<string, unknown> = {
    name: variant === 'kserve' ? 'kserve-container' : 'server',
    image: server.image,
    ...(runtime === 'simulator' ? { command: ['node'] } : {}),
    args: serverArgs(input, rec, server),
    ports: [{ name: 'http', containerPort: INFERENCE_PORT, protocol: 'TCP' }],
    startupProbe: runtime === 'vllm' ? health(10, 180) : health(2, 30),
    readinessProbe: health(5, 3),
    livenessProbe: health(15, 4),
    // explicit CPU and memory limits: without them the namespace LimitRange's default limit
    // (1 CPU) would apply and a real API server refuses the pods (request above the limit)
    resources: inferenceContainerResources(
      runtime,
      gpuResource ? { resource: gpuResource, count: rec.tp } : null,
    ),
    ...(runtime === 'vllm'
      ? {
          env: [
            { name: 'HF_HOME', value: '/cache/huggingface' },
            {
              name: 'HF_TOKEN',
              valueFrom: {
                secretKeyRef: {
                  name: 'hf-token',
                  key: 'token',
                  optional: true,
                },
              },
            },
          ],
          volumeMounts: [
            { name: 'dshm', mountPath: '/dev/shm' },
            { name: 'cache', mountPath: '/cache' },
          ],
        }
      : {}),
  };
  const limitIssues = limitRangeIssues([container], [TEAM_LIMIT_RANGE]);
  if (limitIssues.length > 0) {
    fail(
      `The inference container does not fit the team namespace LimitRange (at most ${MAX_GPUS_PER_POD} GPUs per pod): ${limitIssues.join(
        '; ',
      )}`,
    );
  }
  return {
    containers: [container],
    terminationGracePeriodSeconds: runtime === 'vllm' ? 60 : 15,
    ...(runtime === 'vllm'
      ? {
          ...(gpu ? { nodeSelector: { [gpu.nodeLabel]: gpu.product } } : {}),
          tolerations: [
            { key: gpuResource!, operator: 'Exists', effect: 'NoSchedule' },
          ],
          volumes: [
            { name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: '8Gi' } },
            { name: 'cache', emptyDir: {} },
          ],
        }
      : {}),
  };
}

/** A `Deployment` + `Service`, or a KServe `InferenceService` (RawDeployment). */
function workloadObjects(
  input: RenderManifestsInput,
  m: ObjectMeta,
  podSpec: Record<string, unknown>,
  bounds: ReplicaBounds,
  params: AutoscalerParameters | undefined,
): KubeObject[] {
  const { serviceName, runtime } = input;
  if (input.variant === 'deployment') {
    return [
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: m.meta(serviceName),
        spec: {
          type: 'ClusterIP',
          selector: m.selector,
          ports: [
            {
              name: 'http',
              port: INFERENCE_PORT,
              targetPort: 'http',
              protocol: 'TCP',
            },
          ],
        },
      },
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: m.meta(serviceName),
        spec: {
          replicas: bounds.initialReplicas,
          selector: { matchLabels: m.selector },
          strategy:
            runtime === 'vllm'
              ? // GPUs are scarce: replace pods one by one instead of surging.
                {
                  type: 'RollingUpdate',
                  rollingUpdate: { maxSurge: 0, maxUnavailable: 1 },
                }
              : { type: 'RollingUpdate' },
          template: {
            metadata: {
              labels: { ...m.labels },
              annotations: { ...m.annotations },
            },
            spec: podSpec,
          },
        },
      },
    ];
  }
  // KServe scales by itself only on the CPU fallback without parameters; otherwise the planner
  // renders the autoscaler (behaviour included), and a fixed size has none
  const kserveNative =
    !params && autoscalerRendererSpec(input.autoscaler).kserveNative;
  let autoscalerClass = kserveNative ? 'hpa' : 'external';
  if (params && !policyKindSpec(params.kind).simulation.autoscales)
    autoscalerClass = 'none';
  return [
    {
      apiVersion: 'serving.kserve.io/v1beta1',
      kind: 'InferenceService',
      metadata: m.meta(serviceName, {
        'serving.kserve.io/deploymentMode': 'RawDeployment',
        'serving.kserve.io/autoscalerClass': autoscalerClass,
      }),
      spec: {
        predictor: {
          minReplicas: params ? bounds.initialReplicas : bounds.minReplicas,
          maxReplicas: bounds.maxReplicas,
          ...(kserveNative
            ? { scaleMetric: 'cpu', scaleTarget: CPU_FALLBACK_UTILIZATION }
            : {}),
          labels: { ...m.labels },
          ...podSpec,
        },
      },
    },
  ];
}

/** `PodDisruptionBudget`, `NetworkPolicy` and `ServiceMonitor` of the service. */
function supportObjects(
  input: RenderManifestsInput,
  m: ObjectMeta,
): KubeObject[] {
  const { serviceName, namespace, variant } = input;
  return [
    {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: m.meta(serviceName),
      spec: { maxUnavailable: 1, selector: { matchLabels: m.selector } },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: m.meta(serviceName),
      spec: {
        podSelector: { matchLabels: m.selector },
        policyTypes: ['Ingress', 'Egress'],
        ingress: [
          {
            from: [
              // clients in the team namespace
              { podSelector: {} },
              // Prometheus
              {
                namespaceSelector: {
                  matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' },
                },
              },
              // namespaces allowed to call team inference services
              {
                namespaceSelector: {
                  matchLabels: { 'llm-planner.io/inference-clients': 'true' },
                },
              },
            ],
            ports: [{ port: INFERENCE_PORT, protocol: 'TCP' }],
          },
        ],
        egress: [
          // DNS, and HTTPS to download model weights
          {
            ports: [
              { port: 53, protocol: 'UDP' },
              { port: 53, protocol: 'TCP' },
            ],
          },
          { ports: [{ port: 443, protocol: 'TCP' }] },
        ],
      },
    },
    {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: m.meta(serviceName),
      spec: {
        selector: {
          matchLabels:
            variant === 'kserve'
              ? { 'serving.kserve.io/inferenceservice': serviceName }
              : m.selector,
        },
        namespaceSelector: { matchNames: [namespace] },
        endpoints: [
          variant === 'kserve'
            ? { targetPort: INFERENCE_PORT, path: '/metrics', interval: '15s' }
            : { port: 'http', path: '/metrics', interval: '15s' },
        ],
      },
    },
  ];
}

/** HPA behaviour of the default autoscaler: scale down one pod per 2 min after 5 min. */
const DEFAULT_BEHAVIOR = {
  scaleDown: {
    stabilizationWindowSeconds: 300,
    policies: [{ type: 'Pods', value: 1, periodSeconds: 120 }],
  },
  scaleUp: {
    stabilizationWindowSeconds: 0,
    policies: [{ type: 'Pods', value: 2, periodSeconds: 60 }],
  },
};

/**
 * The autoscaler: the recommended parameters' object, or without them the default of the
 * chosen autoscaler (`AUTOSCALER_RENDERERS`: vLLM queue + running requests, or the CPU
 * fallback, which KServe runs by itself).
 */
function autoscalerObjects(
  input: RenderManifestsInput,
  m: ObjectMeta,
  bounds: ReplicaBounds,
  server: ServerSettings,
  params: AutoscalerParameters | undefined,
): { objects: KubeObject[]; warnings: string[] } {
  const { serviceName, namespace, autoscaler } = input;
  const scaled =
    input.variant === 'kserve' ? `${serviceName}-predictor` : serviceName;
  const promSelector = `namespace="${namespace}",service="${scaled}"`;
  const scaleTargetRef = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    name: scaled,
  };
  const serverAddress = input.prometheusUrl ?? DEFAULT_PROMETHEUS_URL;
  if (params) {
    try {
      return renderRecommendedAutoscaler({
        params,
        autoscaler,
        minReplicas: bounds.minReplicas,
        maxReplicas: bounds.maxReplicas,
        scaleTargetRef,
        promSelector,
        serverAddress,
        meta: extra => m.meta(serviceName, extra),
      });
    } catch (e) {
      fail((e as Error).message);
    }
  }
  const renderer = autoscalerRendererSpec(autoscaler);
  const warnings = renderer.warning ? [renderer.warning] : [];
  if (renderer.kserveNative && input.variant === 'kserve') {
    return { objects: [], warnings };
  }
  const object = renderAutoscalerObject({
    object: renderer.object,
    metadata: m.meta(serviceName),
    scaleTargetRef,
    minReplicas: bounds.minReplicas,
    maxReplicas: bounds.maxReplicas,
    behavior: DEFAULT_BEHAVIOR,
    pollingInterval: 15,
    cooldownPeriod: 300,
    metrics: renderer.defaultMetrics(server.maxNumSeqs),
    promSelector,
    serverAddress,
  });
  return { objects: [object], warnings };
}

function summaryOf(
  input: RenderManifestsInput,
  rec: Recommendation,
  server: ServerSettings,
  placement: GpuPlacement,
  bounds: ReplicaBounds,
): ManifestSummary {
  const gpusPerReplica = input.runtime === 'vllm' ? rec.tp : 0;
  return {
    planId: input.plan.id,
    modelId: rec.modelId,
    hfId: rec.hfId,
    gpuId: rec.gpuId,
    engine: rec.engine,
    precision: rec.precision,
    tp: rec.tp,
    gpuResource: placement.gpuResource,
    gpusPerReplica,
    gpuProduct: placement.gpu?.product ?? null,
    minReplicas: bounds.minReplicas,
    maxReplicas: bounds.maxReplicas,
    requestedGpus: gpusPerReplica * bounds.initialReplicas,
    maxModelLen: server.maxModelLen,
    maxNumSeqs: server.maxNumSeqs,
    kvCacheTokens: server.kvCacheTokens,
    servedModelName: server.servedModelName,
    image: server.image,
  };
}

/** One YAML file per object, numbered in apply order, plus the kustomization listing them. */
function manifestFiles(
  objects: KubeObject[],
  namespace: string,
): RenderedFile[] {
  const files: RenderedFile[] = objects.map((obj, i) => ({
    path: manifestFileName(obj, i),
    content: toYaml(obj),
  }));
  files.push({
    path: 'manifests/kustomization.yaml',
    content: toYaml({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      namespace,
      resources: files.map(f => f.path.replace(/^manifests\//, '')),
    }),
  });
  return files;
}

/**
 * Renders the Kubernetes objects of an approved plan: a KServe `InferenceService` (vLLM in a
 * custom predictor container, RawDeployment mode) or a `Deployment` + `Service`, an autoscaler on
 * vLLM's queue/running-request metrics, a `ServiceMonitor`, a `PodDisruptionBudget` and a
 * `NetworkPolicy`. Pure and deterministic: the same input gives the same bytes. Every object is
 * validated (names, labels, OpenAPI schema of its kind); throws `ManifestValidationError`.
 * @public
 */
export function renderManifests(
  input: RenderManifestsInput,
): RenderedManifests {
  const warnings: string[] = [];
  const rec = recommendationToDeploy(input);
  const server = serverSettings(input, rec, warnings);
  const params = recommendedParameters(input);
  const bounds = replicaBounds(input, rec, params);
  const placement = gpuPlacement(input.runtime, rec, warnings);
  const meta = objectMeta(input);
  const podSpec = podSpecOf(input, rec, server, placement);
  const job = batchJobOfPlan(input.plan.plan);
  if (job) {
    // a batch plan runs on a schedule and holds nothing between runs: no Deployment, no autoscaler
    const batch = renderBatchObjects({ input, rec, job, podSpec, ...meta });
    warnings.push(...batch.warnings);
    assertValidKubeObjects(batch.objects);
    const runBounds = {
      minReplicas: 0,
      maxReplicas: rec.replicas,
      initialReplicas: rec.replicas,
    };
    return {
      objects: batch.objects,
      files: manifestFiles(batch.objects, input.namespace),
      summary: summaryOf(input, rec, server, placement, runBounds),
      warnings,
    };
  }
  const autoscaler = autoscalerObjects(input, meta, bounds, server, params);
  const objects = [
    ...workloadObjects(input, meta, podSpec, bounds, params),
    ...supportObjects(input, meta),
    ...autoscaler.objects,
  ];
  warnings.push(...autoscaler.warnings);
  assertValidKubeObjects(objects);
  return {
    objects,
    files: manifestFiles(objects, input.namespace),
    summary: summaryOf(input, rec, server, placement, bounds),
    warnings,
  };
}

/** `manifests/<nn>-<kind>.yaml`: numbered in apply order. @public */
export function manifestFileName(obj: KubeObject, index: number): string {
  return `manifests/${String(index + 1).padStart(
    2,
    '0',
  )}-${obj.kind.toLowerCase()}.yaml`;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== ''),
  ) as Partial<T>;
}
