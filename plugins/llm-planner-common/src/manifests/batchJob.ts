/**
 * Manifests of a batch plan: a `CronJob` whose runs are Indexed `Job`s with one pod per planned
 * replica, started on the plan's schedule and stopped at the end of its window, instead of an
 * always-on Deployment and its autoscaler. Nothing runs (and no GPU is held) between runs.
 */
import type { BatchJob, Plan, Recommendation } from '../engine/schemas';
import { policyKindSpec } from '../registry/autoscalers';
import type { KubeObject, RenderManifestsInput } from './types';

/** Where a batch pod reads its items and writes its results (vLLM runtime). @public */
export const BATCH_DATA_MOUNT = '/data';

/** The PersistentVolumeClaim (ReadWriteMany) the team provides for a batch job's items. @public */
export function batchDataClaimName(serviceName: string): string {
  return `${serviceName}-batch-data`;
}

/** Annotation of a batch CronJob saying where its items come from and go to. @public */
export const LLM_PLANNER_BATCH_IO_ANNOTATION = 'llm-planner.io/batch-io';
/** Annotation of a batch CronJob with the job the plan sized it for. @public */
export const LLM_PLANNER_BATCH_RUN_ANNOTATION = 'llm-planner.io/batch-run';

/** The batch job of a plan, or null for an always-on plan. @public */
export function batchJobOfPlan(
  plan: Partial<Pick<Plan, 'workloadKind' | 'batch'>>,
): BatchJob | null {
  return plan.workloadKind === 'batch' && plan.batch ? plan.batch.job : null;
}

/**
 * The cron schedule (UTC) of `runsPerDay` runs spread evenly over the day from `startTime`:
 * `MM H1,H2 * * *` when every run starts at the same minute of an hour, `M/P * * * *` for runs
 * every P minutes that divide an hour, else the nearest whole hours (with a note saying so).
 * @public
 */
export function batchSchedule(
  job: Pick<BatchJob, 'runsPerDay' | 'startTime'>,
): { schedule: string; note: string | null } {
  const [h, m] = job.startTime.split(':').map(Number);
  const start = h * 60 + m;
  const runs = Math.max(1, Math.round(job.runsPerDay));
  const every = 1440 / runs;
  const note =
    runs === job.runsPerDay
      ? null
      : `${job.runsPerDay} runs a day scheduled as ${runs}`;
  if (Number.isInteger(every) && every < 60 && 60 % every === 0)
    return { schedule: `${start % every}/${every} * * * *`, note };
  const times = Array.from(
    { length: runs },
    (_, i) => Math.round(start + i * every) % 1440,
  );
  const minutes = new Set(times.map(t => t % 60));
  if (minutes.size === 1) {
    const hours = [...new Set(times.map(t => Math.floor(t / 60)))].sort(
      (a, b) => a - b,
    );
    return { schedule: `${m} ${hours.join(',')} * * *`, note };
  }
  const hours = [...new Set(times.map(t => Math.round(t / 60) % 24))].sort(
    (a, b) => a - b,
  );
  return {
    schedule: `${m} ${hours.join(',')} * * *`,
    note: `runs every ${Math.round(
      every,
    )} min do not fit a cron minute; scheduled at minute ${m} of hours ${hours.join(
      ',',
    )} (${hours.length} runs a day)`,
  };
}

/** `'a b'` -> `'a b'` quoted for `sh -c`. */
function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./:=,@+-]+$/.test(s)
    ? s
    : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The value following `flag` in an argument list. */
function argValue(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

/** `args` without `flag` and its value. */
function withoutArg(args: string[], flag: string): string[] {
  const i = args.indexOf(flag);
  return i < 0 ? args : [...args.slice(0, i), ...args.slice(i + 2)];
}

/** How a batch pod processes its share of the items (`sh -c` script). */
function batchScript(
  runtime: RenderManifestsInput['runtime'],
  serverArgs: string[],
  job: BatchJob,
  replicas: number,
): string {
  const shard = '$JOB_COMPLETION_INDEX';
  if (runtime === 'vllm') {
    // vLLM's offline batch runner: OpenAI batch JSONL in, JSONL out, the engine kept full
    return [
      'exec python3 -m vllm.entrypoints.openai.run_batch',
      `-i ${BATCH_DATA_MOUNT}/in/part-${shard}.jsonl`,
      `-o ${BATCH_DATA_MOUNT}/out/part-${shard}.jsonl`,
      ...withoutArg(serverArgs, '--port').map(shellQuote),
    ].join(' ');
  }
  // the simulator rehearses a run without GPUs: the server plus the in-repo load tester sending
  // this pod's share of synthetic items at the planned load
  const port = argValue(serverArgs, '--port') ?? '8000';
  const health = `node -e "require('http').get('http://127.0.0.1:${port}/health',r=>process.exit(r.statusCode===200?0:1)).on('error',()=>process.exit(1))"`;
  return [
    `node ${serverArgs.map(shellQuote).join(' ')} & SERVER=$!`,
    `until ${health}; do sleep 1; done`,
    [
      'node packages/inference-simulator/bin/llm-loadtest',
      `--target http://127.0.0.1:${port}`,
      '--profile concurrent',
      `--concurrency ${argValue(serverArgs, '--max-num-seqs') ?? '1'}`,
      `--max-requests ${Math.ceil(job.itemsPerRun / replicas)}`,
      `--input-tokens ${job.inputTokens}`,
      `--output-tokens ${job.outputTokens}`,
      '--no-progress',
    ].join(' '),
    'STATUS=$?',
    'kill $SERVER',
    'exit $STATUS',
  ].join('; ');
}

/** What the batch objects are built from; `podSpec` is the always-on server's pod. */
export type BatchObjectsInput = {
  input: RenderManifestsInput;
  rec: Recommendation;
  job: BatchJob;
  podSpec: Record<string, unknown>;
  labels: Record<string, string>;
  meta: (
    name: string,
    extra?: Record<string, string>,
  ) => KubeObject['metadata'];
};

/**
 * The CronJob of a batch plan and the NetworkPolicy of its pods. Each run is an Indexed Job of
 * `replicas` pods in parallel (pod i processes part i of the items), deadline = the window,
 * `concurrencyPolicy: Forbid` so a late run never overlaps the next; the pod is the server's
 * (image, GPUs, node selector, cache volumes) with the batch command instead of the server and
 * no ports or probes.
 * @public
 */
export function renderBatchObjects(b: BatchObjectsInput): {
  objects: KubeObject[];
  warnings: string[];
} {
  const { input, rec, job } = b;
  const { serviceName, runtime } = input;
  const replicas = rec.replicas;
  const warnings: string[] = [];
  const { schedule, note } = batchSchedule(job);
  if (note) warnings.push(note);
  const params = input.autoscalerParameters;
  // the batch decision's kind (a CronJob) is what is rendered here; another kind's is not
  if (params && policyKindSpec(params.kind).workload !== 'batch')
    warnings.push(
      'a batch plan has no autoscaler: the autoscaler parameters are ignored',
    );
  const labels = {
    ...b.labels,
    'app.kubernetes.io/component': 'batch-inference',
  };
  const server = (b.podSpec.containers as Record<string, unknown>[])[0];
  const {
    ports: _ports,
    startupProbe: _s,
    readinessProbe: _r,
    livenessProbe: _l,
    command: _c,
    args,
    ...rest
  } = server;
  const claim = batchDataClaimName(serviceName);
  const io =
    runtime === 'vllm'
      ? `pod i of ${replicas} (i = 0..${
          replicas - 1
        }) reads ${BATCH_DATA_MOUNT}/in/part-<i>.jsonl and writes ${BATCH_DATA_MOUNT}/out/part-<i>.jsonl (OpenAI batch JSONL, vLLM run_batch) on PersistentVolumeClaim ${claim}`
      : `simulator rehearsal: pod i of ${replicas} sends ${Math.ceil(
          job.itemsPerRun / replicas,
        )} synthetic items of ${job.inputTokens}/${
          job.outputTokens
        } tokens to its own simulator`;
  if (runtime === 'vllm')
    warnings.push(
      `the job reads its items from PersistentVolumeClaim ${claim} (ReadWriteMany), which the team provides with the items split into ${replicas} file(s) in/part-0.jsonl..in/part-${
        replicas - 1
      }.jsonl`,
    );
  const container = {
    ...rest,
    command: ['/bin/sh', '-c'],
    args: [batchScript(runtime, args as string[], job, replicas)],
    ...(runtime === 'vllm'
      ? {
          volumeMounts: [
            ...((rest.volumeMounts as unknown[]) ?? []),
            { name: 'data', mountPath: BATCH_DATA_MOUNT },
          ],
        }
      : {}),
  };
  const podSpec = {
    ...b.podSpec,
    containers: [container],
    restartPolicy: 'OnFailure',
    ...(runtime === 'vllm'
      ? {
          volumes: [
            ...((b.podSpec.volumes as unknown[]) ?? []),
            { name: 'data', persistentVolumeClaim: { claimName: claim } },
          ],
        }
      : {}),
  };
  const withLabels = (name: string, extra?: Record<string, string>) => ({
    ...b.meta(name, extra),
    labels: { ...labels },
  });
  const annotations = withLabels(serviceName).annotations ?? {};
  const cronJob: KubeObject = {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: withLabels(serviceName, {
      [LLM_PLANNER_BATCH_IO_ANNOTATION]: io,
      [LLM_PLANNER_BATCH_RUN_ANNOTATION]: `${job.itemsPerRun} items a run, ${job.runsPerDay} run(s) a day from ${job.startTime} UTC, window ${job.windowHours} h, ${replicas} pod(s) of ${rec.tp} x ${rec.gpuId}`,
    }),
    spec: {
      schedule,
      timeZone: 'Etc/UTC',
      concurrencyPolicy: 'Forbid',
      startingDeadlineSeconds: 600,
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 3,
      jobTemplate: {
        metadata: { labels: { ...labels }, annotations: { ...annotations } },
        spec: {
          completionMode: 'Indexed',
          completions: replicas,
          parallelism: replicas,
          backoffLimit: 3 * replicas,
          // the window is the deadline: a run still going at its end is stopped and fails
          activeDeadlineSeconds: Math.round(job.windowHours * 3600),
          ttlSecondsAfterFinished: 86400,
          template: {
            metadata: {
              labels: { ...labels },
              annotations: { ...annotations },
            },
            spec: podSpec,
          },
        },
      },
    },
  };
  const networkPolicy: KubeObject = {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: withLabels(serviceName),
    spec: {
      podSelector: {
        matchLabels: {
          'app.kubernetes.io/instance': serviceName,
          'app.kubernetes.io/component': 'batch-inference',
        },
      },
      policyTypes: ['Ingress', 'Egress'],
      // nothing calls a batch pod; it reaches DNS and HTTPS (model weights) only
      ingress: [],
      egress: [
        {
          ports: [
            { port: 53, protocol: 'UDP' },
            { port: 53, protocol: 'TCP' },
          ],
        },
        { ports: [{ port: 443, protocol: 'TCP' }] },
      ],
    },
  };
  return { objects: [cronJob, networkPolicy], warnings };
}
