import type { BatchJob, Plan } from '../engine/schemas';
import { golden } from './__testUtils__/golden';
import { fixturePlan, fixtureRenderInput } from './__testUtils__/plan';
import {
  BATCH_DATA_MOUNT,
  batchDataClaimName,
  batchSchedule,
  LLM_PLANNER_BATCH_IO_ANNOTATION,
} from './batchJob';
import { renderManifests } from './render';
import { validateKubeObject } from './validate';
import { hpaPolicy, toParameters } from '../scaling/policies';

const job: BatchJob = {
  itemsPerRun: 20000,
  runsPerDay: 1,
  windowHours: 8,
  startTime: '01:30',
  inputTokens: 2588,
  outputTokens: 291,
  tokensFrom: 'the "summarisation" use case',
};

/** The fixture plan as a batch plan: 3 replicas of TP 2 per run. */
function batchInput(
  over: Parameters<typeof fixtureRenderInput>[0] = {},
  jobOver: Partial<BatchJob> = {},
) {
  const plan = fixturePlan({ replicas: 3, gpus: 6 });
  plan.plan.workloadKind = 'batch';
  plan.plan.batch = {
    job: { ...job, ...jobOver },
    sizing: null,
    method: [],
  } as Plan['batch'];
  return fixtureRenderInput({
    plan,
    serviceName: 'nightly-summaries',
    ...over,
  });
}

describe('batchSchedule', () => {
  it('spreads the runs of a day from the start time, in UTC', () => {
    expect(batchSchedule({ runsPerDay: 1, startTime: '00:00' })).toEqual({
      schedule: '0 0 * * *',
      note: null,
    });
    expect(batchSchedule({ runsPerDay: 2, startTime: '22:30' }).schedule).toBe(
      '30 10,22 * * *',
    );
    expect(batchSchedule({ runsPerDay: 24, startTime: '00:15' }).schedule).toBe(
      '15 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23 * * *',
    );
    expect(batchSchedule({ runsPerDay: 48, startTime: '00:10' }).schedule).toBe(
      '10/30 * * * *',
    );
  });

  it('says so when the runs do not fit a cron minute', () => {
    const s = batchSchedule({ runsPerDay: 5, startTime: '00:00' });
    expect(s.schedule).toBe('0 0,5,10,14,19 * * *');
    expect(s.note).toMatch(/every 288 min do not fit a cron minute/);
  });
});

describe('renderManifests of a batch plan', () => {
  it('renders a CronJob of Indexed Jobs (one pod per replica, deadline = window) and no Deployment', () => {
    const out = renderManifests(batchInput());
    golden('batch-vllm-cronjob', out.files);
    expect(out.objects.map(o => o.kind)).toEqual(['CronJob', 'NetworkPolicy']);
    for (const o of out.objects) expect(validateKubeObject(o)).toEqual([]);
    const spec = out.objects[0].spec as any;
    expect(spec).toMatchObject({
      schedule: '30 1 * * *',
      timeZone: 'Etc/UTC',
      concurrencyPolicy: 'Forbid',
    });
    const jobSpec = spec.jobTemplate.spec;
    expect(jobSpec).toMatchObject({
      completionMode: 'Indexed',
      completions: 3,
      parallelism: 3,
      activeDeadlineSeconds: 8 * 3600,
    });
    const pod = jobSpec.template.spec;
    expect(pod.restartPolicy).toBe('OnFailure');
    const c = pod.containers[0];
    expect(c.resources.limits['nvidia.com/gpu']).toBe('2');
    expect(c.ports).toBeUndefined();
    expect(c.readinessProbe).toBeUndefined();
    expect(c.command).toEqual(['/bin/sh', '-c']);
    expect(c.args[0]).toMatch(
      /^exec python3 -m vllm\.entrypoints\.openai\.run_batch -i \/data\/in\/part-\$JOB_COMPLETION_INDEX\.jsonl -o \/data\/out\/part-\$JOB_COMPLETION_INDEX\.jsonl --model meta-llama\/Llama-3\.1-8B-Instruct .*--tensor-parallel-size 2/,
    );
    expect(c.args[0]).not.toMatch(/--port/);
    expect(c.volumeMounts).toContainEqual({
      name: 'data',
      mountPath: BATCH_DATA_MOUNT,
    });
    expect(pod.volumes).toContainEqual({
      name: 'data',
      persistentVolumeClaim: {
        claimName: batchDataClaimName('nightly-summaries'),
      },
    });
    expect(
      out.objects[0].metadata.annotations![LLM_PLANNER_BATCH_IO_ANNOTATION],
    ).toMatch(/pod i of 3/);
    expect(out.summary).toMatchObject({
      minReplicas: 0,
      maxReplicas: 3,
      requestedGpus: 6,
    });
    expect(out.warnings.join('\n')).toMatch(
      /PersistentVolumeClaim nightly-summaries-batch-data/,
    );
    expect(out.files.map(f => f.path)).toEqual([
      'manifests/01-cronjob.yaml',
      'manifests/02-networkpolicy.yaml',
      'manifests/kustomization.yaml',
    ]);
  });

  it('the simulator rehearses a run: its server and the load tester with the pod share of the items', () => {
    const out = renderManifests(batchInput({ runtime: 'simulator' }));
    golden('batch-simulator-cronjob', out.files);
    const pod = (out.objects[0].spec as any).jobTemplate.spec.template.spec;
    const script: string = pod.containers[0].args[0];
    expect(script).toMatch(
      /^node packages\/inference-simulator\/bin\/inference-simulator /,
    );
    expect(script).toMatch(/llm-loadtest --target http:\/\/127\.0\.0\.1:8000/);
    expect(script).toMatch(/--max-requests 6667 /);
    expect(script).toMatch(/--input-tokens 2588 --output-tokens 291/);
    expect(pod.volumes).toBeUndefined();
    expect(out.summary.requestedGpus).toBe(0);
  });

  it('ignores autoscaler parameters and says so', () => {
    const out = renderManifests(
      batchInput({
        autoscalerParameters: toParameters(hpaPolicy('keda-running', 20, 0, 4)),
      }),
    );
    expect(out.objects.map(o => o.kind)).toEqual(['CronJob', 'NetworkPolicy']);
    expect(out.warnings.join('\n')).toMatch(
      /autoscaler parameters are ignored/,
    );
  });
});
