import {
  batchJobOfPlan,
  batchRunWindow,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import type {
  BatchJob,
  BatchMeasurements,
  BatchSizing,
  Plan,
  PredictedValue,
  Recommendation,
  StatName,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  batchCostAtConfidence,
  batchSizingOf,
  expectedText,
  hoursText,
  runsPerMonth,
} from '../Scaling/BatchRunWindow';
import { fmtMs, fmtMsRange, fmtNum, fmtProb, fmtUsd } from './format';
import { ProvenanceBadge } from './ProvenanceBadge';

/** The headline of a recommendation: model, GPU x TP x replicas. */
export function configText(r: Recommendation): string {
  return `${r.gpuId} × TP${r.tp} × ${r.replicas} replica${
    r.replicas === 1 ? '' : 's'
  }`;
}

/** The predicted value of a metric at the plan's SLO percentile (falls back to p90, mean). */
export function predictedAt(
  r: Recommendation,
  metric: 'ttft' | 'itl' | 'e2e',
  percentile: StatName,
) {
  const p = r.prediction[metric];
  return p[percentile] ?? p.p90 ?? p.p50 ?? p.mean;
}

/**
 * The interval of a predicted value as text, e.g. `80 %: 11–150 ms`; undefined when the value
 * carries none (plans made before intervals existed).
 */
export function intervalText(
  v: Pick<PredictedValue, 'low' | 'high' | 'level'> | undefined,
): string | undefined {
  if (v?.low === undefined || v.high === undefined) return undefined;
  return `${fmtProb(v.level ?? 0.8)}: ${fmtMsRange(v.low, v.high)}`;
}

/**
 * The confidence capacity was sized at and the availability floor, with its reason. Nothing for
 * plans made before either existed.
 */
export function SizingSummary(props: { rec: Recommendation }) {
  const { rec } = props;
  const { confidence, availability } = rec;
  if (confidence === undefined && !availability) return null;
  return (
    <Stack spacing={0.5}>
      {confidence !== undefined && (
        <Typography variant="body2" data-testid="plan-confidence">
          Sized so each SLO target holds with{' '}
          <strong>{fmtProb(confidence)} confidence</strong>
        </Typography>
      )}
      {availability && (
        <Typography variant="body2" data-testid="plan-availability">
          Availability{' '}
          <strong>
            {availability.policy}: {rec.replicas} replica
            {rec.replicas === 1 ? '' : 's'}
          </strong>
          {availabilityWhy(availability)}
        </Typography>
      )}
    </Stack>
  );
}

/**
 * The reason of an availability floor after the policy the line already names:
 * `n+1 (the use case default): one replica more…` reads `, one replica more… (the use case default)`.
 */
function availabilityWhy(a: Recommendation['availability']): string {
  const m = /^\S+ \(([^)]*)\): (.*)$/.exec(a.reason);
  return m ? `, ${m[2]} (${m[1]})` : ` · ${a.reason}`;
}

/** A compact figure: label above, value below, reserved height. */
export function Figure(props: {
  label: string;
  value: string;
  testId?: string;
  extra?: React.ReactNode;
}) {
  return (
    <Box sx={{ minWidth: 110, minHeight: 64 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {props.label}
      </Typography>
      <Typography variant="h6" component="div" data-testid={props.testId}>
        {props.value}
      </Typography>
      {props.extra}
    </Box>
  );
}

/** Which measurements a batch option's throughput rests on, in one line. */
export function measurementsText(m: BatchMeasurements): string {
  if (m.source === 'offline')
    return `measured offline/burst throughput: ${m.rows.length} run${
      m.rows.length === 1 ? '' : 's'
    } of this configuration at the job's token shape`;
  return `no offline/burst run measured at this token shape: throughput predicted (${m.provenance}) from latency at the planned load`;
}

/** A small grey line under a figure, kept on one line. */
export function Caption(props: { text: string; testId?: string }) {
  return (
    <Typography
      variant="caption"
      color="text.secondary"
      component="div"
      sx={{ whiteSpace: 'nowrap' }}
      data-testid={props.testId}
    >
      {props.text}
    </Typography>
  );
}

/**
 * A batch plan's headline: what the team decides on, in the unit of the job. The run time at
 * the plan's confidence against the window (and the probability of finishing inside it),
 * GPU-hours and cost a run and a month at that confidence with the expected figures and their
 * intervals, replicas x GPU, and which measurements sized the throughput. Per-item latency is
 * secondary for a job and stays in the latency table.
 */
function BatchHeadline(props: {
  rec: Recommendation;
  sizing: BatchSizing;
  job: BatchJob;
}) {
  const { rec: r, sizing: s, job } = props;
  const conf = fmtProb(s.confidence);
  const band = (lo: string, hi: string) =>
    `${fmtProb(s.runHours.level)}: ${lo}–${hi}`;
  const at = batchCostAtConfidence(s, job, r.gpus);
  const window = batchRunWindow(job);
  const machine = `${r.replicas} × ${r.gpuId}${r.tp > 1 ? ` × TP${r.tp}` : ''}`;
  return (
    <Stack spacing={1} data-testid="plan-batch-headline">
      <Typography variant="subtitle1" data-testid="plan-model">
        {r.hfId}
      </Typography>
      <Typography variant="body2" data-testid="plan-batch-job">
        {fmtNum(job.itemsPerRun, 0)} items a run, {window.description}: sized so
        a run finishes inside its window with <strong>{conf} confidence</strong>
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
        <Figure
          label={`Run time at ${conf}`}
          value={`${hoursText(s.runHoursAtConfidence)} of ${hoursText(
            job.windowHours,
          )}`}
          testId="plan-batch-run-time"
          extra={
            <Caption
              text={`expected ${hoursText(s.runHours.value)}, ${band(
                fmtNum(s.runHours.low, 2),
                hoursText(s.runHours.high),
              )}`}
              testId="plan-batch-run-interval"
            />
          }
        />
        <Figure
          label="Finishes in the window"
          value={fmtProb(s.probabilityWithinWindow)}
          testId="plan-batch-probability"
          extra={<Caption text="probability" />}
        />
        <Figure
          label={`GPU-hours a run at ${conf}`}
          value={fmtNum(at.gpuHoursPerRun, 1)}
          testId="plan-batch-gpu-hours"
          extra={
            <Caption text={expectedText(s.gpuHoursPerRun, x => fmtNum(x, 1))} />
          }
        />
        <Figure
          label={`Cost a run at ${conf}`}
          value={fmtUsd(at.perRun, 2)}
          testId="plan-batch-cost-run"
          extra={
            <Caption
              text={expectedText(s.usdPerRun, x => fmtUsd(x, 2))}
              testId="plan-batch-cost-run-interval"
            />
          }
        />
        <Figure
          label={`Cost a month at ${conf}`}
          value={fmtUsd(at.perMonth)}
          testId="plan-batch-cost-month"
          extra={
            <Caption
              text={`${fmtNum(runsPerMonth(job), 0)} runs, ${r.cost.pricing}`}
            />
          }
        />
        <Figure
          label="Replicas × GPU"
          value={machine}
          testId="plan-batch-replicas"
          extra={<Caption text="during a run, 0 between runs" />}
        />
      </Stack>
      <Typography
        variant="body2"
        component="div"
        data-testid="plan-batch-measurements"
      >
        Throughput: {measurementsText(s.measurements)}{' '}
        <ProvenanceBadge
          provenance={s.measurements.provenance}
          basis={s.measurements.basis}
        />
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {configText(r)} = {r.gpus} GPU{r.gpus === 1 ? '' : 's'} · {r.engine} ·{' '}
        {r.precision} · {fmtNum(s.concurrencyPerReplica, 0)} items in flight per
        replica. Per-item latency is secondary for a job: the run is sized on
        throughput.
      </Typography>
    </Stack>
  );
}

/** The recommended configuration's key figures, with provenance. */
export function PlanHeadline(props: { plan: Plan }) {
  const { plan } = props;
  const r = plan.recommendations[0];
  if (!r)
    return (
      <Typography color="text.secondary">
        No configuration meets these targets with a known price.{' '}
        {plan.explanation}
      </Typography>
    );
  const job = batchJobOfPlan(plan);
  const sizing = job && batchSizingOf(plan, r);
  if (job && sizing) return <BatchHeadline rec={r} sizing={sizing} job={job} />;
  const pct = plan.workload.slo.percentile;
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" data-testid="plan-model">
        {r.hfId}
      </Typography>
      <Typography variant="body2" data-testid="plan-config">
        {configText(r)} = {r.gpus} GPU{r.gpus === 1 ? '' : 's'} · {r.engine} ·{' '}
        {r.precision}
      </Typography>
      <SizingSummary rec={r} />
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
        {(['ttft', 'itl', 'e2e'] as const).map(m => {
          const v = predictedAt(r, m, pct);
          return (
            <Figure
              key={m}
              label={`${m.toUpperCase()} ${pct}`}
              value={fmtMs(v?.value)}
              testId={`plan-${m}`}
              extra={
                v && (
                  <>
                    {intervalText(v) && (
                      <Typography
                        variant="caption"
                        color="text.secondary"
                        component="div"
                        sx={{ whiteSpace: 'nowrap' }}
                        data-testid={`plan-${m}-interval`}
                      >
                        {intervalText(v)}
                      </Typography>
                    )}
                    <ProvenanceBadge
                      provenance={v.provenance}
                      basis={v.basis}
                    />
                  </>
                )
              }
            />
          );
        })}
        <Figure
          label="Cost per month"
          value={fmtUsd(r.cost.perMonth)}
          testId="plan-cost-month"
          extra={
            <Typography variant="caption" color="text.secondary">
              {r.cost.pricing}
            </Typography>
          }
        />
        <Figure
          label="Replicas"
          value={String(r.replicas)}
          testId="plan-replicas"
        />
      </Stack>
    </Stack>
  );
}
