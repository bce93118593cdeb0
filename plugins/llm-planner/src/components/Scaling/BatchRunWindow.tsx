import { InfoCard } from '@backstage/core-components';
import {
  AutoscalingDecision,
  batchRunWindow,
  BatchRunWindow as RunWindow,
  BatchJob,
  BatchSizing,
  DAYS_PER_MONTH,
  Interval,
  Plan,
  policyKindSpec,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { usePlanAutoscaling } from '../../scaling/useScaling';
import { fmtNum, fmtProb, fmtUsd } from '../shared/format';
import { NoBreak } from '../shared/NoBreak';
import { TABLE_SX } from '../shared/tables';

type Job = NonNullable<Plan['batch']>['job'];

/** The runs of a month at the plan's schedule: runs a day x the planner's 30-day month. */
export function runsPerMonth(job: Pick<BatchJob, 'runsPerDay'>): number {
  return job.runsPerDay * DAYS_PER_MONTH;
}

/**
 * A run's GPU-hours and cost, and a month's cost, at the plan's confidence (the run time the
 * replicas are sized on): GPU-hours = run hours x GPUs, a month = runs a day x 30 runs.
 */
export function batchCostAtConfidence(
  s: BatchSizing,
  job: BatchJob,
  gpus: number,
) {
  return {
    gpuHoursPerRun: s.runHoursAtConfidence * gpus,
    perRun: s.usdPerRunAtConfidence,
    perMonth: s.usdPerRunAtConfidence * runsPerMonth(job),
  };
}

/** Runs drawn on the day's strip at most (beyond, the strip is solid anyway). */
const MAX_DRAWN_RUNS = 96;

/** Hours as read in the batch figures: `1.77 h`. */
export const hoursText = (h: number) => `${fmtNum(h, 2)} h`;

/** A figure with its interval: `$1.78 (80 %: $0.84–$3.71)`. */
export function intervalText(i: Interval, fmt: (x: number) => string): string {
  return `${fmt(i.value)} (${fmtProb(i.level)}: ${fmt(i.low)}–${fmt(i.high)})`;
}

/** An interval as a caption under its figure at confidence: `expected $1.78, 80 %: $0.84–$3.71`. */
export function expectedText(i: Interval, fmt: (x: number) => string): string {
  return `expected ${fmt(i.value)}, ${fmtProb(i.level)}: ${fmt(i.low)}–${fmt(
    i.high,
  )}`;
}

/** Segments of the day [from, from + hours) in hours, split at midnight. */
export function daySegments(from: number, hours: number): [number, number][] {
  const start = ((from % 24) + 24) % 24;
  const end = start + Math.min(hours, 24);
  return end <= 24
    ? [[start, end]]
    : [
        [start, 24],
        [0, end - 24],
      ];
}

/** `HH:MM` as hours after midnight. */
export function startHours(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return h + m / 60;
}

/** One coloured span of the strip. */
function Span(props: {
  from: number;
  to: number;
  color: string;
  top: number;
  height: number;
}) {
  return (
    <Box
      sx={{
        position: 'absolute',
        left: `${(props.from / 24) * 100}%`,
        width: `${((props.to - props.from) / 24) * 100}%`,
        top: props.top,
        height: props.height,
        bgcolor: props.color,
        borderRadius: 0.5,
      }}
    />
  );
}

/** The sizing of a batch option: its own, or for the best option the plan's. */
export function batchSizingOf(
  plan: Plan,
  rec: Plan['recommendations'][number],
): BatchSizing | null {
  if (rec.batch) return rec.batch;
  return rec === plan.recommendations[0] ? plan.batch?.sizing ?? null : null;
}

const replicasText = (n: number) => `${n} replica${n === 1 ? '' : 's'}`;

/**
 * The day in UTC: each run's window, and inside it the run's expected duration with the
 * replicas that run then (none outside). Shared by the Scaling, Cost and entity Performance tabs.
 */
export function RunTimeline(props: {
  window: RunWindow;
  runHours: number | null;
  replicas: number;
}) {
  const { window: w, runHours, replicas } = props;
  const first = startHours(w.start);
  const runs = Math.min(Math.max(1, Math.round(w.runsPerDay)), MAX_DRAWN_RUNS);
  const spans = Array.from(
    { length: runs },
    (_, i) => first + i * w.everyHours,
  );
  return (
    <Box
      role="img"
      aria-label={`Run window over a day (UTC): ${w.description}${
        runHours === null
          ? ''
          : `; a run takes about ${hoursText(runHours)} on ${replicasText(
              replicas,
            )}, 0 replicas outside the run`
      }`}
      data-testid="batch-run-timeline"
    >
      <Box sx={{ position: 'relative', height: 36, bgcolor: 'action.hover' }}>
        {spans.flatMap(s =>
          daySegments(s, w.windowHours).map(([a, b]) => (
            <Span
              key={`w${s}-${a}`}
              from={a}
              to={b}
              color="primary.light"
              top={4}
              height={28}
            />
          )),
        )}
        {runHours !== null &&
          spans.flatMap(s =>
            daySegments(s, runHours).map(([a, b]) => (
              <Span
                key={`r${s}-${a}`}
                from={a}
                to={b}
                color="primary.dark"
                top={12}
                height={12}
              />
            )),
          )}
      </Box>
      <Stack direction="row" justifyContent="space-between">
        {[0, 6, 12, 18, 24].map(h => (
          <Typography key={h} variant="caption" color="text.secondary">
            {String(h).padStart(2, '0')}:00
          </Typography>
        ))}
      </Stack>
      <Typography variant="caption" color="text.secondary">
        Light: the window a run must finish in; dark: the run's expected
        duration (start-up included), on {replicasText(replicas)}. Nothing runs,
        and no GPU is held, in between: 0 replicas.
      </Typography>
    </Box>
  );
}

/** The run's figures: window, duration, GPU-hours and cost per run and per month. */
function RunTable(props: {
  window: RunWindow;
  sizing: BatchSizing | null;
  rec: Plan['recommendations'][number];
}) {
  const { window: w, sizing: s, rec } = props;
  const rows: [string, string, string][] = [
    ['Start', `${w.start} UTC`, ''],
    [
      'Deadline',
      `${w.deadline} UTC${w.deadlineNextDay ? ' (next day)' : ''}`,
      `window ${hoursText(w.windowHours)}`,
    ],
    [
      'Runs',
      `${fmtNum(w.runsPerDay)} a day`,
      w.runsPerDay === 1 ? '' : `every ${hoursText(w.everyHours)}`,
    ],
    ['Pods a run', `${rec.replicas} x ${rec.tp} ${rec.gpuId}`, ''],
  ];
  if (s) {
    const gpuHoursPerMonth = rec.cost.hoursPerMonth * rec.gpus;
    rows.push(
      [
        'Expected run time',
        intervalText(s.runHours, hoursText),
        `${hoursText(s.runHoursAtConfidence)} at ${fmtProb(
          s.confidence,
        )} confidence; finishes inside the window with ${fmtProb(
          s.probabilityWithinWindow,
        )} probability`,
      ],
      [
        'GPU-hours',
        `${intervalText(s.gpuHoursPerRun, x => fmtNum(x, 1))} a run`,
        `${fmtNum(gpuHoursPerMonth, 0)} a month`,
      ],
      [
        'Cost',
        `${intervalText(s.usdPerRun, x => fmtUsd(x, 2))} a run`,
        `${intervalText(s.usdPerMonth, x => fmtUsd(x))} a month`,
      ],
    );
  }
  return (
    <Table size="small" aria-label="Run window" sx={TABLE_SX}>
      <TableHead>
        <TableRow>
          <TableCell />
          <TableCell>A run</TableCell>
          <TableCell>Also</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(([k, v, more]) => (
          <TableRow key={k}>
            <TableCell component="th" scope="row">
              {k}
            </TableCell>
            <TableCell>
              <NoBreak text={v} />
            </TableCell>
            <TableCell>
              <NoBreak text={more} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The batch plan's decision: no autoscaler, the CronJob, and whether the run fits its window. */
function BatchDecisionCard(props: { decision?: AutoscalingDecision }) {
  const { decision } = props;
  if (!decision) return null;
  return (
    <InfoCard title="Recommended autoscaler: the plan's decision">
      <Stack spacing={1} data-testid="scaling-plan-decision">
        <Typography variant="subtitle1">
          No autoscaler: {policyKindSpec(decision.parameters.kind).label}{' '}
          <Chip
            size="small"
            color={decision.meetsTarget ? 'success' : 'warning'}
            label={
              decision.meetsTarget
                ? 'finishes inside its window'
                : 'misses its window'
            }
          />
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Decided without simulating a day of traffic: {decision.reason}. The
          Manifests tab and the software template render exactly this.
        </Typography>
      </Stack>
    </InfoCard>
  );
}

/**
 * The Scaling tab of a batch plan: its run window instead of a day of interactive traffic. A
 * run is sized for its window by the planner; nothing autoscales it.
 */
export function BatchRunWindow(props: { plan: Plan; job: Job }) {
  const { plan, job } = props;
  const { decision } = usePlanAutoscaling(plan);
  const rec = plan.recommendations[0];
  if (!rec)
    return (
      <Alert severity="warning">
        No configuration finishes the run inside its window, so there is no run
        to show.
      </Alert>
    );
  const w = batchRunWindow(job);
  const sizing = batchSizingOf(plan, rec);
  return (
    <Stack spacing={3}>
      <BatchDecisionCard decision={decision} />
      <InfoCard
        title="Run window"
        subheader={`${job.itemsPerRun.toLocaleString('en-US')} items a run`}
      >
        <Stack spacing={2}>
          <RunTimeline
            window={w}
            runHours={sizing?.runHours.value ?? null}
            replicas={rec.replicas}
          />
          <RunTable window={w} sizing={sizing} rec={rec} />
        </Stack>
      </InfoCard>
    </Stack>
  );
}
