import { InfoCard } from '@backstage/core-components';
import type {
  BatchJob,
  BatchSizing,
  Plan,
  Recommendation,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { BatchDaySummary } from '../Scaling/BatchDaySummary';
import {
  batchCostAtConfidence,
  batchSizingOf,
  hoursText,
  runsPerMonth,
} from '../Scaling/BatchRunWindow';
import { ChartTooltip, useChartTheme, useSeriesColors } from '../shared/charts';
import { fmtNum, fmtProb, fmtUsd } from '../shared/format';
import { configText } from '../shared/Headline';
import { NoBreak } from '../shared/NoBreak';
import { TABLE_SCROLL_SX, TABLE_SX } from '../shared/tables';
import {
  NUM,
  NUM_TOP,
  optionLabels,
  stripe,
  TICK_LINE_PX,
  tickLabelLines,
  WrappedTick,
} from './costParts';

/** Columns of the batch cost table; the interval and price row spans them all. */
const COLUMNS = 8;

type Sized = { rec: Recommendation; sizing: BatchSizing };

/** The other pricing kind of an option's offer, for a run at the confidence. */
function alternativeText(r: Recommendation, s: BatchSizing): string | null {
  const alt = r.cost.alternative;
  if (!alt) return null;
  const gpuHours = s.runHoursAtConfidence * r.gpus;
  return `${alt.pricing}: ${fmtUsd(
    gpuHours * alt.pricePerGpuHour,
    2,
  )} a run at ${fmtProb(s.confidence)} (${alt.priceSource}, as of ${
    alt.priceAsOf
  })`;
}

/** An option's run figures at the confidence, and below them its intervals and price source. */
function BatchOptionRows(props: { o: Sized; job: BatchJob; index: number }) {
  const { o, job, index: i } = props;
  const { rec: r, sizing: s } = o;
  const at = batchCostAtConfidence(s, job, r.gpus);
  const level = fmtProb(s.usdPerRun.level);
  const alt = alternativeText(r, s);
  return (
    <>
      <TableRow sx={stripe(i)}>
        <TableCell sx={{ pb: 0.5 }}>
          <NoBreak text={`${r.modelId} · ${configText(r)}`} />
        </TableCell>
        <TableCell align="right" sx={NUM_TOP}>
          {r.gpus}
        </TableCell>
        <TableCell align="right" sx={NUM_TOP}>
          {fmtUsd(r.cost.pricePerGpuHour, 2)}
        </TableCell>
        <TableCell align="right" sx={NUM_TOP}>
          {hoursText(s.runHoursAtConfidence)}
        </TableCell>
        <TableCell align="right" sx={NUM_TOP}>
          {fmtNum(at.gpuHoursPerRun, 1)}
        </TableCell>
        <TableCell
          align="right"
          sx={NUM_TOP}
          data-testid={i === 0 ? 'batch-cost-table-run' : undefined}
        >
          {fmtUsd(at.perRun, 2)}
        </TableCell>
        <TableCell
          align="right"
          sx={NUM_TOP}
          data-testid={i === 0 ? 'batch-cost-table-month' : undefined}
        >
          {fmtUsd(at.perMonth)}
        </TableCell>
        <TableCell align="right" sx={NUM_TOP}>
          {fmtProb(s.probabilityWithinWindow)}
        </TableCell>
      </TableRow>
      <TableRow sx={stripe(i)}>
        <TableCell colSpan={COLUMNS} sx={{ pt: 0 }}>
          <Typography
            variant="caption"
            component="div"
            color="text.secondary"
            data-testid={i === 0 ? 'batch-cost-intervals' : undefined}
          >
            Expected {hoursText(s.runHours.value)}, {level}:{' '}
            {fmtNum(s.runHours.low, 2)}–{hoursText(s.runHours.high)} ·{' '}
            {fmtNum(s.gpuHoursPerRun.value, 1)} GPU-hours ({level}:{' '}
            {fmtNum(s.gpuHoursPerRun.low, 1)}–{fmtNum(s.gpuHoursPerRun.high, 1)}
            ) · {fmtUsd(s.usdPerRun.value, 2)} a run ({level}:{' '}
            {fmtUsd(s.usdPerRun.low, 2)}–{fmtUsd(s.usdPerRun.high, 2)}) ·{' '}
            {fmtUsd(s.usdPerMonth.value)} a month ({level}:{' '}
            {fmtUsd(s.usdPerMonth.low)}–{fmtUsd(s.usdPerMonth.high)})
          </Typography>
          <Typography
            variant="caption"
            component="div"
            color="text.secondary"
            sx={{ overflowWrap: 'anywhere' }}
          >
            Price: {r.cost.pricing}, {r.cost.provider} {r.cost.region}{' '}
            {r.cost.instanceType}, as of {r.cost.priceAsOf} ·{' '}
            {r.cost.priceSource}
            {alt && ` · ${alt}`}
          </Typography>
        </TableCell>
      </TableRow>
    </>
  );
}

function BatchCostTable(props: { options: Sized[]; job: BatchJob }) {
  const { options, job } = props;
  const s0 = options[0].sizing;
  const conf = fmtProb(s0.confidence);
  return (
    <InfoCard title="Cost per run">
      <Box sx={TABLE_SCROLL_SX}>
        <Table size="small" sx={TABLE_SX} aria-label="Cost per run">
          <TableHead>
            <TableRow>
              <TableCell>Configuration</TableCell>
              <TableCell align="right" sx={NUM}>
                GPUs
              </TableCell>
              <TableCell align="right" sx={NUM}>
                $/GPU‑hour
              </TableCell>
              <TableCell align="right">Run time at {conf}</TableCell>
              <TableCell align="right">GPU‑hours a run at {conf}</TableCell>
              <TableCell align="right">$ a run at {conf}</TableCell>
              <TableCell align="right">$ a month at {conf}</TableCell>
              <TableCell align="right">Finishes in the window</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {options.map((o, i) => (
              <BatchOptionRows key={i} o={o} job={job} index={i} />
            ))}
          </TableBody>
        </Table>
      </Box>
      <Typography variant="body2" sx={{ mt: 1 }} data-testid="cost-sizing">
        {options[0].rec.replicas} replica
        {options[0].rec.replicas === 1 ? '' : 's'} of the recommendation: sized
        so a run of {fmtNum(job.itemsPerRun, 0)} items finishes inside its{' '}
        {hoursText(job.windowHours)} window with {conf} confidence.
      </Typography>
      <Typography variant="caption" color="text.secondary">
        Billed only while a run lasts: GPU-hours a run × $/GPU-hour; a month is{' '}
        {fmtNum(runsPerMonth(job), 0)} runs ({fmtNum(job.runsPerDay)} a day × 30
        days). Nothing runs, and no GPU is held, between runs. Figures at {conf}{' '}
        are what the replicas are sized on; the row below each option gives the
        expected figures and their intervals.
      </Typography>
    </InfoCard>
  );
}

/** Width of the chart's y axis (dollar figures). */
const Y_AXIS_PX = 72;

/**
 * A run's cost per option: expected, with the interval as an error bar. The x-axis labels are
 * short (the model named once in the title when every option shares it) and wrap to their
 * slot, so at 1280 px long GPU names no longer run into each other.
 */
function CostPerRunChart(props: { options: Sized[] }) {
  const colors = useSeriesColors();
  const ct = useChartTheme();
  const [width, setWidth] = useState(480);
  const level = fmtProb(props.options[0].sizing.usdPerRun.level);
  const { labels, sharedModel } = optionLabels(props.options.map(o => o.rec));
  const data = props.options.map(({ sizing: s }, i) => ({
    name: labels[i],
    expected: s.usdPerRun.value,
    band: [
      s.usdPerRun.value - s.usdPerRun.low,
      s.usdPerRun.high - s.usdPerRun.value,
    ],
  }));
  const slot = Math.max(1, width - Y_AXIS_PX - 10) / data.length;
  const lines = Math.max(1, ...labels.map(l => tickLabelLines(l, slot).length));
  return (
    <InfoCard
      title="Cost a run per candidate ($)"
      subheader={sharedModel ? `${sharedModel} on each GPU × TP` : undefined}
    >
      <Box
        sx={{ height: 260 + lines * TICK_LINE_PX }}
        role="img"
        aria-label={`Expected cost a run per candidate with its ${level} interval`}
      >
        <ResponsiveContainer
          width="100%"
          height="100%"
          onResize={w => setWidth(w)}
        >
          <BarChart data={data}>
            <CartesianGrid stroke={ct.grid} strokeDasharray="3 3" />
            <XAxis
              dataKey="name"
              stroke={ct.axis}
              interval={0}
              height={12 + lines * TICK_LINE_PX}
              tick={<WrappedTick fill={ct.axis} slotPx={slot} />}
            />
            <YAxis
              stroke={ct.axis}
              tickFormatter={(v: number) => fmtUsd(v, 2)}
              width={Y_AXIS_PX}
            />
            <Tooltip
              content={<ChartTooltip valueFormatter={v => fmtUsd(v, 2)} />}
            />
            <Legend wrapperStyle={{ color: ct.text }} />
            <Bar
              dataKey="expected"
              name={`expected, bar: ${level} interval`}
              fill={colors[0]}
              isAnimationActive={false}
            >
              <ErrorBar dataKey="band" stroke={ct.text} width={6} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </Box>
    </InfoCard>
  );
}

/**
 * The Cost tab of a batch plan, in the batch unit: per run and per month at the plan's
 * confidence with intervals, GPU-hours a run, and the run window (replicas inside, none
 * outside), instead of an always-on month and a simulated office day.
 */
export function BatchCostTab(props: { plan: Plan; job: BatchJob }) {
  const { plan, job } = props;
  const options = plan.recommendations
    .map(rec => ({ rec, sizing: batchSizingOf(plan, rec) }))
    .filter((o): o is Sized => o.sizing !== null);
  if (!options.length)
    return (
      <Typography color="text.secondary">
        No configuration finishes the run inside its window, so there is nothing
        to cost.
      </Typography>
    );
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <BatchCostTable options={options} job={job} />
      </Grid>
      <Grid item xs={12} md={6}>
        <CostPerRunChart options={options} />
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title="Runs over the day (UTC)">
          <BatchDaySummary plan={plan} job={job} view="cost" />
        </InfoCard>
      </Grid>
    </Grid>
  );
}
