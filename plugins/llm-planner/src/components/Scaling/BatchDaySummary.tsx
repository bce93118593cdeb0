import {
  BatchJob,
  batchRunWindow,
  BatchRunWindow as RunWindow,
  BatchSizing,
  Plan,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartTooltip, useChartTheme, useSeriesColors } from '../shared/charts';
import { fmtNum, fmtProb, fmtUsd } from '../shared/format';
import { Caption, Figure } from '../shared/Headline';
import {
  batchCostAtConfidence,
  batchSizingOf,
  daySegments,
  expectedText,
  hoursText,
  RunTimeline,
  runsPerMonth,
  startHours,
} from './BatchRunWindow';
import { ChartBox } from './ScalingCharts';

/** Points of the day's replica chart: every 5 minutes, both midnights included. */
const POINTS = 24 * 12 + 1;
const HOUR_TICKS = [0, 3, 6, 9, 12, 15, 18, 21, 24];
const clock = (h: number) => `${String(Math.round(h)).padStart(2, '0')}:00`;

/** Whether hour `t` of the day falls inside a run of `hours` starting at one of `starts`. */
function running(t: number, starts: number[], hours: number): boolean {
  return starts.some(s => (((t - s) % 24) + 24) % 24 < hours);
}

/**
 * Replicas running over the day (UTC): the planned replicas while a run lasts (expected, and at
 * the plan's confidence), none outside; the windows shaded.
 */
export function BatchReplicasChart(props: {
  window: RunWindow;
  sizing: BatchSizing;
  replicas: number;
  height?: number;
}) {
  const { window: w, sizing: s, replicas } = props;
  const ct = useChartTheme();
  const colors = useSeriesColors();
  const starts = useMemo(() => {
    const first = startHours(w.start);
    const n = Math.max(1, Math.round(w.runsPerDay));
    return Array.from(
      { length: n },
      (_, i) => (((first + i * w.everyHours) % 24) + 24) % 24,
    );
  }, [w]);
  const data = useMemo(
    () =>
      Array.from({ length: POINTS }, (_, i) => {
        const t = i / 12;
        return {
          t,
          expected: running(t, starts, s.runHours.value) ? replicas : 0,
          bound: running(t, starts, s.runHoursAtConfidence) ? replicas : 0,
        };
      }),
    [starts, s, replicas],
  );
  const windows = starts.flatMap(a => daySegments(a, w.windowHours));
  return (
    <ChartBox
      label={`Replicas over a day (UTC): ${replicas} while a run lasts, about ${hoursText(
        s.runHours.value,
      )} (${hoursText(s.runHoursAtConfidence)} at ${fmtProb(
        s.confidence,
      )} confidence), inside the window ${w.description}; 0 outside`}
      height={props.height ?? 280}
      testId="batch-replicas-chart"
    >
      {/* the right margin keeps the last tick (24:00) inside the card */}
      <ComposedChart data={data} margin={{ left: 4, right: 24, top: 8 }}>
        <CartesianGrid stroke={ct.grid} strokeDasharray="3 3" />
        {windows.map(([a, b]) => (
          <ReferenceArea
            key={`w${a}`}
            x1={a}
            x2={b}
            fill={colors[0]}
            fillOpacity={0.08}
            ifOverflow="hidden"
          />
        ))}
        <XAxis
          dataKey="t"
          type="number"
          domain={[0, 24]}
          ticks={HOUR_TICKS}
          interval={0}
          tickFormatter={clock}
          stroke={ct.axis}
        />
        <YAxis
          stroke={ct.axis}
          allowDecimals={false}
          domain={[0, Math.max(1, replicas)]}
          width={40}
          label={{
            value: 'replicas',
            angle: -90,
            position: 'insideLeft',
            fill: ct.axis,
          }}
        />
        <Tooltip
          content={
            <ChartTooltip
              labelFormatter={l => `${fmtNum(Number(l), 2)} h UTC`}
              valueFormatter={v => fmtNum(v, 0)}
            />
          }
        />
        <Legend wrapperStyle={{ color: ct.text }} />
        <Area
          type="stepAfter"
          dataKey="expected"
          name="replicas, expected run"
          stroke={colors[0]}
          fill={colors[0]}
          fillOpacity={0.3}
          strokeWidth={2}
          isAnimationActive={false}
        />
        <Line
          type="stepAfter"
          dataKey="bound"
          name={`replicas, run at ${fmtProb(s.confidence)} confidence`}
          stroke={colors[1]}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ChartBox>
  );
}

/** A run's GPU-hours and cost, and a month's, at the confidence with their intervals. */
function BatchFigures(props: {
  sizing: BatchSizing;
  job: BatchJob;
  rec: Plan['recommendations'][number];
}) {
  const { sizing: s, job, rec } = props;
  const replicas = rec.replicas;
  const at = batchCostAtConfidence(s, job, rec.gpus);
  const conf = fmtProb(s.confidence);
  return (
    <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
      <Figure
        label={`Cost a run at ${conf}`}
        value={fmtUsd(at.perRun, 2)}
        testId="batch-cost-run"
        extra={
          <Caption
            text={expectedText(s.usdPerRun, x => fmtUsd(x, 2))}
            testId="batch-cost-run-interval"
          />
        }
      />
      <Figure
        label={`Cost a month at ${conf}`}
        value={fmtUsd(at.perMonth)}
        testId="batch-cost-month"
        extra={
          <Caption
            text={expectedText(s.usdPerMonth, x => fmtUsd(x))}
            testId="batch-cost-month-interval"
          />
        }
      />
      <Figure
        label={`GPU-hours a run at ${conf}`}
        value={fmtNum(at.gpuHoursPerRun, 1)}
        testId="batch-gpu-hours"
        extra={
          <Caption text={expectedText(s.gpuHoursPerRun, x => fmtNum(x, 1))} />
        }
      />
      <Figure
        label="Replicas in a run"
        value={String(replicas)}
        testId="batch-replicas"
        extra={<Caption text="0 between runs" />}
      />
    </Stack>
  );
}

/**
 * A batch plan's day in its own unit, the run: the run window with the replicas inside it and
 * none outside, and a run's GPU-hours and cost (and a month's) at the plan's confidence.
 * `view` picks the window strip (Cost tab) or the replicas over the day (entity Performance
 * tab). The batch counterpart of PlanDaySummary, which simulates an always-on service's day.
 */
export function BatchDaySummary(props: {
  plan: Plan;
  job: BatchJob;
  view: 'cost' | 'timeline';
  height?: number;
}) {
  const { plan, job, view } = props;
  const rec = plan.recommendations[0];
  if (!rec)
    return (
      <Typography color="text.secondary">
        No configuration finishes the run inside its window, so there is no run
        to show.
      </Typography>
    );
  const w = batchRunWindow(job);
  const s = batchSizingOf(plan, rec);
  const caption = (
    <Typography variant="caption" color="text.secondary" component="p">
      {fmtNum(job.itemsPerRun, 0)} items a run, {w.description};{' '}
      {fmtNum(runsPerMonth(job), 0)} runs a month. Billed only while a run
      lasts; the Scaling tab shows the run's figures.
    </Typography>
  );
  return (
    <Stack spacing={1.5} data-testid="batch-day">
      {view === 'timeline' && s && (
        <BatchReplicasChart
          window={w}
          sizing={s}
          replicas={rec.replicas}
          height={props.height}
        />
      )}
      {s && <BatchFigures sizing={s} job={job} rec={rec} />}
      {view === 'cost' && (
        <RunTimeline
          window={w}
          runHours={s?.runHours.value ?? null}
          replicas={rec.replicas}
        />
      )}
      {caption}
    </Stack>
  );
}
