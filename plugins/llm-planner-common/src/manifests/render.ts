import type { Recommendation, Workload } from '../engine/schemas';
import { LLM_PLANNER_PLAN_ANNOTATION } from '../api';
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
  renderRecommendedAutoscaler,
} from './autoscaler';
import { toYaml } from './yaml';
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
/** Scale out when running requests per replica exceed this fraction of `--max-num-seqs`. @public */
export const RUNNING_TARGET_FRACTION = 0.8;
/** Scale out when waiting requests per replica exceed this fraction of `--max-num-seqs` (at least 1). @public */
export const WAITING_TARGET_FRACTION = 0.1;
/** CPU utilisation target of the explicit `hpa-cpu` fallback. @public */
export const CPU_FALLBACK_UTILIZATION = 70;

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
  const { plan, variant, runtime, namespace, serviceName, autoscaler } = input;
  const warnings: string[] = [];
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

  const images = { ...DEFAULT_IMAGES, ...stripUndefined(input.images ?? {}) };
  const image = runtime === 'vllm' ? images.vllm : images.simulator;
  const maxModelLen = maxModelLenFor(plan.plan.workload, input.modelMaxContext);
  if (maxModelLen.clipped) {
    warnings.push(
      `p90 prompt + output tokens exceed the model's context of ${input.modelMaxContext}; --max-model-len is clipped to it`,
    );
  }
  const maxNumSeqs = maxNumSeqsFor(rec);
  const kvCacheTokens = kvCacheTokensFor(rec, maxModelLen.value);
  const params = input.autoscalerParameters;
  if (params) {
    const issues = autoscalerParametersIssues(params);
    if (issues.length > 0) throw new ManifestValidationError(issues);
  }
  // the plan's availability floor (n+1: at least two) holds whatever the autoscaler says;
  // plans stored before it existed have none
  const floor = rec.availability?.minReplicas ?? 1;
  const scalesToZero =
    params?.minReplicas === 0 && rec.availability?.policy !== 'n+1';
  let minReplicas = Math.max(
    floor,
    params?.minReplicas ?? plan.plan.scaling?.minReplicas ?? rec.replicas,
  );
  if (scalesToZero) minReplicas = 0;
  let maxReplicas: number;
  if (!params) {
    maxReplicas = Math.max(
      minReplicas,
      input.maxReplicas ??
        plan.plan.scaling?.maxReplicas ??
        Math.ceil(minReplicas * MAX_REPLICAS_FACTOR),
    );
  } else if (params.kind === 'fixed') {
    maxReplicas = params.minReplicas;
  } else {
    maxReplicas = Math.max(
      minReplicas,
      1,
      input.maxReplicas ?? params.maxReplicas,
    );
  }
  /** Replicas of the Deployment / KServe floor when created (KEDA scales to zero itself). */
  const initialReplicas = Math.max(1, minReplicas);
  const gpu = runtime === 'vllm' ? GPU_NODE_SELECTORS[rec.gpuId] : undefined;
  if (runtime === 'vllm' && !gpu) {
    warnings.push(
      `GPU ${rec.gpuId} has no node label in GPU_NODE_SELECTORS; pods request nvidia.com/gpu without a node selector`,
    );
  }
  const gpuResource =
    runtime === 'vllm' ? gpu?.resource ?? 'nvidia.com/gpu' : null;
  const servedModelName = rec.hfId;

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

  // --- the inference container -------------------------------------------------------------
  const health = (periodSeconds: number, failureThreshold: number) => ({
    httpGet: { path: '/health', port: 'http' },
    periodSeconds,
    failureThreshold,
    timeoutSeconds: 5,
  });
  const args =
    runtime === 'vllm'
      ? [
          '--model',
          rec.hfId,
          '--served-model-name',
          servedModelName,
          '--tensor-parallel-size',
          String(rec.tp),
          '--max-model-len',
          String(maxModelLen.value),
          '--max-num-seqs',
          String(maxNumSeqs),
          '--port',
          String(INFERENCE_PORT),
        ]
      : [
          'packages/inference-simulator/bin/inference-simulator',
          '--model',
          rec.hfId,
          '--served-model-name',
          servedModelName,
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
          String(Math.max(1, Math.round(plan.plan.workload.inputTokens.mean))),
          '--output-tokens',
          String(Math.max(1, Math.round(plan.plan.workload.outputTokens.mean))),
          '--max-num-seqs',
          String(maxNumSeqs),
          ...(kvCacheTokens
            ? ['--kv-cache-tokens', String(kvCacheTokens)]
            : []),
          '--max-model-len',
          String(maxModelLen.value),
          '--host',
          '0.0.0.0',
          '--port',
          String(INFERENCE_PORT),
        ];
  const container: Record<string, unknown> = {
    name: variant === 'kserve' ? 'kserve-container' : 'server',
    image,
    ...(runtime === 'simulator' ? { command: ['node'] } : {}),
    args,
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
  const podSpec: Record<string, unknown> = {
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

  // --- workload ------------------------------------------------------------------------------
  const objects: KubeObject[] = [];
  const scaleTarget =
    variant === 'kserve' ? `${serviceName}-predictor` : serviceName;
  const metricsService =
    variant === 'kserve' ? `${serviceName}-predictor` : serviceName;

  if (variant === 'deployment') {
    objects.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: meta(serviceName),
      spec: {
        type: 'ClusterIP',
        selector,
        ports: [
          {
            name: 'http',
            port: INFERENCE_PORT,
            targetPort: 'http',
            protocol: 'TCP',
          },
        ],
      },
    });
    objects.push({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta(serviceName),
      spec: {
        replicas: initialReplicas,
        selector: { matchLabels: selector },
        strategy:
          runtime === 'vllm'
            ? // GPUs are scarce: replace pods one by one instead of surging.
              {
                type: 'RollingUpdate',
                rollingUpdate: { maxSurge: 0, maxUnavailable: 1 },
              }
            : { type: 'RollingUpdate' },
        template: {
          metadata: { labels: { ...labels }, annotations: { ...annotations } },
          spec: podSpec,
        },
      },
    });
  } else {
    let autoscalerClass = autoscaler === 'hpa-cpu' ? 'hpa' : 'external';
    if (params) autoscalerClass = params.kind === 'fixed' ? 'none' : 'external';
    const isvcAnnotations: Record<string, string> = {
      'serving.kserve.io/deploymentMode': 'RawDeployment',
      // with recommended parameters the planner renders the autoscaler itself (behaviour
      // included); a fixed size has none
      'serving.kserve.io/autoscalerClass': autoscalerClass,
    };
    objects.push({
      apiVersion: 'serving.kserve.io/v1beta1',
      kind: 'InferenceService',
      metadata: meta(serviceName, isvcAnnotations),
      spec: {
        predictor: {
          minReplicas: params ? initialReplicas : minReplicas,
          maxReplicas,
          ...(autoscaler === 'hpa-cpu' && !params
            ? { scaleMetric: 'cpu', scaleTarget: CPU_FALLBACK_UTILIZATION }
            : {}),
          labels: { ...labels },
          ...podSpec,
        },
      },
    });
  }

  objects.push({
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: meta(serviceName),
    spec: { maxUnavailable: 1, selector: { matchLabels: selector } },
  });

  objects.push({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: meta(serviceName),
    spec: {
      podSelector: { matchLabels: selector },
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
  });

  objects.push({
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'ServiceMonitor',
    metadata: meta(serviceName),
    spec: {
      selector: {
        matchLabels:
          variant === 'kserve'
            ? { 'serving.kserve.io/inferenceservice': serviceName }
            : selector,
      },
      namespaceSelector: { matchNames: [namespace] },
      endpoints: [
        variant === 'kserve'
          ? { targetPort: INFERENCE_PORT, path: '/metrics', interval: '15s' }
          : { port: 'http', path: '/metrics', interval: '15s' },
      ],
    },
  });

  // --- autoscaler ----------------------------------------------------------------------------
  const runningTarget = Math.max(
    1,
    Math.floor(maxNumSeqs * RUNNING_TARGET_FRACTION),
  );
  const waitingTarget = Math.max(
    1,
    Math.ceil(maxNumSeqs * WAITING_TARGET_FRACTION),
  );
  const promSelector = `namespace="${namespace}",service="${metricsService}"`;
  const scaleTargetRef = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    name: scaleTarget,
  };
  const behavior = {
    scaleDown: {
      stabilizationWindowSeconds: 300,
      policies: [{ type: 'Pods', value: 1, periodSeconds: 120 }],
    },
    scaleUp: {
      stabilizationWindowSeconds: 0,
      policies: [{ type: 'Pods', value: 2, periodSeconds: 60 }],
    },
  };
  if (params) {
    let rendered: ReturnType<typeof renderRecommendedAutoscaler>;
    try {
      rendered = renderRecommendedAutoscaler({
        params,
        autoscaler,
        minReplicas,
        maxReplicas,
        scaleTargetRef,
        promSelector,
        serverAddress: input.prometheusUrl ?? DEFAULT_PROMETHEUS_URL,
        meta: extra => meta(serviceName, extra),
      });
    } catch (e) {
      fail((e as Error).message);
    }
    objects.push(...rendered.objects);
    warnings.push(...rendered.warnings);
  } else if (autoscaler === 'keda') {
    const serverAddress = input.prometheusUrl ?? DEFAULT_PROMETHEUS_URL;
    objects.push({
      apiVersion: 'keda.sh/v1alpha1',
      kind: 'ScaledObject',
      metadata: meta(serviceName),
      spec: {
        scaleTargetRef,
        minReplicaCount: minReplicas,
        maxReplicaCount: maxReplicas,
        pollingInterval: 15,
        cooldownPeriod: 300,
        advanced: { horizontalPodAutoscalerConfig: { behavior } },
        triggers: [
          {
            type: 'prometheus',
            name: 'requests-waiting',
            metadata: {
              serverAddress,
              query: `sum(vllm:num_requests_waiting{${promSelector}})`,
              threshold: String(waitingTarget),
            },
          },
          {
            type: 'prometheus',
            name: 'requests-running',
            metadata: {
              serverAddress,
              query: `sum(vllm:num_requests_running{${promSelector}})`,
              threshold: String(runningTarget),
            },
          },
        ],
      },
    });
  } else if (autoscaler === 'hpa-custom-metrics') {
    objects.push({
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: meta(serviceName),
      spec: {
        scaleTargetRef,
        minReplicas,
        maxReplicas,
        behavior,
        metrics: [
          {
            type: 'Pods',
            pods: {
              metric: { name: 'vllm_num_requests_waiting' },
              target: {
                type: 'AverageValue',
                averageValue: String(waitingTarget),
              },
            },
          },
          {
            type: 'Pods',
            pods: {
              metric: { name: 'vllm_num_requests_running' },
              target: {
                type: 'AverageValue',
                averageValue: String(runningTarget),
              },
            },
          },
        ],
      },
    });
  } else {
    warnings.push(
      'Autoscaling on CPU utilisation (explicit fallback): CPU says little about GPU inference load; prefer keda or hpa-custom-metrics',
    );
    if (variant === 'deployment') {
      objects.push({
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: meta(serviceName),
        spec: {
          scaleTargetRef,
          minReplicas,
          maxReplicas,
          behavior,
          metrics: [
            {
              type: 'Resource',
              resource: {
                name: 'cpu',
                target: {
                  type: 'Utilization',
                  averageUtilization: CPU_FALLBACK_UTILIZATION,
                },
              },
            },
          ],
        },
      });
    }
  }

  assertValidKubeObjects(objects);

  const gpusPerReplica = runtime === 'vllm' ? rec.tp : 0;
  const summary: ManifestSummary = {
    planId: plan.id,
    modelId: rec.modelId,
    hfId: rec.hfId,
    gpuId: rec.gpuId,
    engine: rec.engine,
    precision: rec.precision,
    tp: rec.tp,
    gpuResource,
    gpusPerReplica,
    gpuProduct: gpu?.product ?? null,
    minReplicas,
    maxReplicas,
    requestedGpus: gpusPerReplica * initialReplicas,
    maxModelLen: maxModelLen.value,
    maxNumSeqs,
    kvCacheTokens,
    servedModelName,
    image,
  };

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
  return { objects, files, summary, warnings };
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
