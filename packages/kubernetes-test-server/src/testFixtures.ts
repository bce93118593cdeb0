import { KubeObject } from './types';

/** A vLLM-like Deployment asking for `gpus` GPUs per replica. */
export function gpuDeployment(
  name: string,
  namespace: string,
  options: {
    gpus?: number;
    replicas?: number;
    image?: string;
    neverReady?: boolean;
  } = {},
): KubeObject {
  const gpus = String(options.gpus ?? 1);
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name,
      namespace,
      labels: { app: name, 'llm-planner.io/plan': 'plan-1' },
    },
    spec: {
      replicas: options.replicas ?? 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: {
          labels: { app: name },
          ...(options.neverReady
            ? { annotations: { 'test.llm-planner.io/never-ready': 'true' } }
            : {}),
        },
        spec: {
          containers: [
            {
              name: 'vllm',
              image: options.image ?? 'vllm/vllm-openai:v0.6.0',
              args: ['--tensor-parallel-size', gpus],
              ports: [{ containerPort: 8000, name: 'http' }],
              resources: {
                requests: { cpu: '4', memory: '32Gi', 'nvidia.com/gpu': gpus },
                limits: { memory: '32Gi', 'nvidia.com/gpu': gpus },
              },
            },
          ],
        },
      },
    },
  };
}

export function gpuQuota(namespace: string, gpus: number): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'ResourceQuota',
    metadata: { name: 'gpu-quota', namespace },
    spec: {
      hard: {
        'requests.nvidia.com/gpu': String(gpus),
        'limits.nvidia.com/gpu': String(gpus),
        pods: '20',
        'requests.cpu': '64',
        'requests.memory': '512Gi',
      },
    },
  };
}

/** A batch CronJob whose runs are `parallelism` pods of `gpus` GPUs each (as the planner renders). */
export function gpuCronJob(
  name: string,
  namespace: string,
  options: { gpus?: number; parallelism?: number; restartPolicy?: string } = {},
): KubeObject {
  const deployment = gpuDeployment(name, namespace, { gpus: options.gpus });
  const template = (deployment.spec as any).template;
  const parallelism = options.parallelism ?? 2;
  return {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: deployment.metadata,
    spec: {
      schedule: '0 1 * * *',
      timeZone: 'Etc/UTC',
      concurrencyPolicy: 'Forbid',
      jobTemplate: {
        spec: {
          completionMode: 'Indexed',
          completions: parallelism,
          parallelism,
          activeDeadlineSeconds: 8 * 3600,
          template: {
            metadata: template.metadata,
            spec: {
              ...template.spec,
              restartPolicy: options.restartPolicy ?? 'OnFailure',
            },
          },
        },
      },
    },
  };
}
