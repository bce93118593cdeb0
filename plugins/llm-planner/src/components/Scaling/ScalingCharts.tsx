import type {
  ComparisonRow,
  LoadCurvePoint,
  SimulationResult,
  SloTargets,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { policyKindSpec } from '@llm-planner/backstage-plugin-llm-planner-common';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useMemo, useState } from 'react';
import {
  Area,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartTooltip, useChartTheme } from '../shared/charts';
import { fmtMs, fmtNum, fmtUsd } from '../shared/format';
import { TABLE_SX } from '../shared/tables';

/** Enough distinct theme colours for the compared policies (light and dark themes). */
export function usePolicyColors(): string[] {
  const t = useTheme();
  return [
    t.palette.primary.main,
    t.palette.secondary.main,
    t.palette.success.main,
    t.palette.warning.main,
    t.palette.info.main,
    t.palette.error.main,
    t.palette.text.primary,
  ];
}

/** A fixed-height, labelled chart box (no layout jump while results change). */
export function ChartBox(props: {
  label: string;
  height?: number;
  children: React.ReactElement;
  testId?: string;
}) {
  return (
    <Box
      sx={{ height: props.height ?? 280, width: '100%' }}
      role="img"
      aria-label={props.label}
      data-testid={props.testId}
    >
      <ResponsiveContainer width="100%" height="100%">
        {props.children}
      </ResponsiveContainer>
    </Box>
  );
}

const STEP = 5; // minutes per point of the timeline charts (288 points a day)
const tickHour = (t: string) => t;
const pct = (v: number) => `${Math.round(v)} %`;

/** Scaling timeline: offered load (area) vs ready replicas of each policy (steps). */
export function ScalingTimelineChart(props: {
  results: SimulationResult[];
  highlight?: number;
  height?: number;
  testId?: string;
}) {
  const { results, highlight } = props;
  const ct = useChartTheme();
  const colors = usePolicyColors();
  const data = useMemo(() => {
    const base = results[0]?.timeline ?? [];
    const out: Record<string, number | string>[] = [];
    for (let i = 0; i < base.length; i += STEP) {
      const row: Record<string, number | string> = {
        time: base[i].time,
        load: Math.round(base[i].offeredRps * 100) / 100,
      };
      results.forEach((r, k) => {
        row[`r${k}`] = r.timeline[i]?.readyReplicas ?? 0;
      });
      out.push(row);
    }
    return out;
  }, [results]);
  return (
    <ChartBox
      label={`Scaling timeline over the day: offered load in requests per second against ready replicas of ${results
        .map(r => r.label)
        .join(', ')}`}
      height={props.height ?? 320}
      testId={props.testId}
    >
      <ComposedChart data={data} margin={{ left: 4, right: 4 }}>
        <CartesianGrid stroke={ct.grid} strokeDasharray="3 3" />
        <XAxis
          dataKey="time"
          stroke={ct.axis}
          interval={35}
          tickFormatter={tickHour}
        />
        <YAxis
          yAxisId="load"
          stroke={ct.axis}
          width={56}
          label={{
            value: 'req/s',
            angle: -90,
            position: 'insideLeft',
            fill: ct.axis,
          }}
        />
        <YAxis
          yAxisId="replicas"
          orientation="right"
          stroke={ct.axis}
          allowDecimals={false}
          width={40}
          label={{
            value: 'replicas',
            angle: 90,
            position: 'insideRight',
            fill: ct.axis,
          }}
        />
        <Tooltip
          content={<ChartTooltip valueFormatter={v => fmtNum(v, 1)} />}
        />
        <Legend wrapperStyle={{ color: ct.text }} />
        <Area
          yAxisId="load"
          dataKey="load"
          name="offered load (req/s)"
          stroke={ct.axis}
          fill={ct.axis}
          fillOpacity={0.15}
          isAnimationActive={false}
        />
        {results.map((r, k) => (
          <Line
            key={k}
            yAxisId="replicas"
            type="stepAfter"
            dataKey={`r${k}`}
            name={r.label}
            stroke={colors[k % colors.length]}
            strokeWidth={k === highlight ? 3 : 1.5}
            strokeOpacity={highlight === undefined || k === highlight ? 1 : 0.7}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </ComposedChart>
    </ChartBox>
  );
}

type Metric = 'ttft' | 'itl' | 'e2e';
const SLO_KEY: Record<Metric, 'ttftMs' | 'itlMs' | 'e2eMs'> = {
  ttft: 'ttftMs',
  itl: 'itlMs',
  e2e: 'e2eMs',
};

/** Latency percentiles per 5-min interval with the offered load and the SLO line. */
export function LatencyIntervalsChart(props: {
  result: SimulationResult;
  slo: SloTargets;
}) {
  const { result, slo } = props;
  const ct = useChartTheme();
  const colors = usePolicyColors();
  const [metric, setMetric] = useState<Metric>('ttft');
  const target = slo[SLO_KEY[metric]];
  const data = useMemo(
    () =>
      result.intervals.map(iv => ({
        time: iv.time,
        load: Math.round(iv.offeredRps * 100) / 100,
        p50: iv[`${metric}P50`],
        p95: iv[`${metric}P95`],
        p99: iv[`${metric}P99`],
      })),
    [result, metric],
  );
  return (
    <Box>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={metric}
        onChange={(_, v) => v && setMetric(v)}
        aria-label="Latency metric"
        sx={{ mb: 1 }}
      >
        <ToggleButton value="ttft">TTFT</ToggleButton>
        <ToggleButton value="itl">ITL</ToggleButton>
        <ToggleButton value="e2e">e2e</ToggleButton>
      </ToggleButtonGroup>
      <ChartBox
        label={`${metric.toUpperCase()} p50, p95 and p99 per 5-minute interval under ${
          result.label
        }, against the offered load${
          target ? ` and the SLO of ${target} ms at ${slo.percentile}` : ''
        }`}
      >
        <ComposedChart data={data} margin={{ left: 4, right: 4 }}>
          <CartesianGrid stroke={ct.grid} strokeDasharray="3 3" />
          <XAxis dataKey="time" stroke={ct.axis} interval={35} />
          <YAxis
            yAxisId="ms"
            stroke={ct.axis}
            width={64}
            scale="log"
            domain={['auto', 'auto']}
            allowDataOverflow
            tickFormatter={(v: number) => fmtMs(v)}
          />
          <YAxis
            yAxisId="load"
            orientation="right"
            stroke={ct.axis}
            width={48}
          />
          <Tooltip
            content={
              <ChartTooltip
                valueFormatter={v => (v > 0 && v < 1e9 ? fmtMs(v) : String(v))}
              />
            }
          />
          <Legend wrapperStyle={{ color: ct.text }} />
          <Area
            yAxisId="load"
            dataKey="load"
            name="offered load (req/s)"
            stroke={ct.axis}
            fill={ct.axis}
            fillOpacity={0.12}
            isAnimationActive={false}
          />
          {(['p50', 'p95', 'p99'] as const).map((p, i) => (
            <Line
              key={p}
              yAxisId="ms"
              dataKey={p}
              name={`${metric.toUpperCase()} ${p}`}
              stroke={colors[i]}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
          {target && (
            <ReferenceLine
              ifOverflow="extendDomain"
              yAxisId="ms"
              y={target}
              stroke={ct.slo}
              strokeDasharray="6 4"
              label={{
                value: `SLO ${slo.percentile} ${fmtMs(target)}`,
                fill: ct.slo,
                position: 'insideTopLeft',
              }}
            />
          )}
        </ComposedChart>
      </ChartBox>
    </Box>
  );
}

/** Performance under load: TTFT p95 of each interval vs served load per replica, on the replica's curve. */
export function LatencyVsLoadChart(props: {
  result: SimulationResult;
  surface: LoadCurvePoint[];
  slo: SloTargets;
}) {
  const { result, surface, slo } = props;
  const ct = useChartTheme();
  const colors = usePolicyColors();
  const points = useMemo(
    () =>
      result.intervals
        .filter(iv => iv.ttftP95 !== null && iv.rpsPerReplica > 0)
        .map(iv => ({ x: iv.rpsPerReplica, y: iv.ttftP95 as number })),
    [result],
  );
  const curve = useMemo(
    () =>
      surface
        .filter(s => s.rpsPerReplica > 0)
        .map(s => ({ x: s.rpsPerReplica, y: s.ttftP95 })),
    [surface],
  );
  return (
    <ChartBox
      label={`TTFT p95 against served requests per second per replica: ${points.length} simulated 5-minute intervals under ${result.label} on the replica's predicted curve`}
    >
      <ComposedChart margin={{ left: 4, right: 8, bottom: 8 }}>
        <CartesianGrid stroke={ct.grid} strokeDasharray="3 3" />
        <XAxis
          dataKey="x"
          type="number"
          domain={[0, 'auto']}
          stroke={ct.axis}
          tickFormatter={(v: number) => fmtNum(v, 1)}
          label={{
            value: 'req/s per replica',
            position: 'insideBottom',
            offset: -4,
            fill: ct.axis,
          }}
        />
        <YAxis
          dataKey="y"
          type="number"
          scale="log"
          domain={['auto', 'auto']}
          allowDataOverflow
          stroke={ct.axis}
          width={64}
          tickFormatter={(v: number) => fmtMs(v)}
        />
        <Tooltip
          content={<ChartTooltip valueFormatter={v => fmtNum(v, 2)} />}
        />
        <Legend wrapperStyle={{ color: ct.text }} verticalAlign="top" />
        <Line
          data={curve}
          dataKey="y"
          name="predicted TTFT p95 of a replica"
          stroke={colors[0]}
          dot={false}
          isAnimationActive={false}
        />
        <Scatter
          data={points}
          dataKey="y"
          name="simulated intervals"
          fill={colors[1]}
          isAnimationActive={false}
          legendType="circle"
        />
        {slo.ttftMs && (
          <ReferenceLine
            ifOverflow="extendDomain"
            y={slo.ttftMs}
            stroke={ct.slo}
            strokeDasharray="6 4"
            label={{
              value: `SLO ${fmtMs(slo.ttftMs)}`,
              fill: ct.slo,
              position: 'insideTopLeft',
            }}
          />
        )}
      </ComposedChart>
    </ChartBox>
  );
}

/** Resource utilisation over the day under one policy (GPU busy, KV, slots, CPU, memory). */
export function UtilisationChart(props: { result: SimulationResult }) {
  const { result } = props;
  const ct = useChartTheme();
  const colors = usePolicyColors();
  const data = useMemo(() => {
    const out = [];
    for (let i = 0; i < result.timeline.length; i += STEP) {
      const p = result.timeline[i];
      out.push({
        time: p.time,
        gpu: Math.round(p.gpuBusy * 1000) / 10,
        kv: Math.round(p.kvUse * 1000) / 10,
        slots: Math.round(p.slotUse * 1000) / 10,
        cpu: Math.round(p.cpuUtil * 1000) / 10,
        mem: Math.round(p.memoryUtil * 1000) / 10,
      });
    }
    return out;
  }, [result]);
  const threshold = policyKindSpec(result.policy.kind).utilisation
    ? result.policy.target * 100
    : undefined;
  const series = [
    ['gpu', 'GPU busy'],
    ['kv', 'KV cache'],
    ['slots', 'batch slots'],
    ['cpu', 'CPU (of request)'],
    ['mem', 'memory (of request)'],
  ] as const;
  return (
    <ChartBox
      label={`Resource utilisation per replica under ${result.label}: GPU busy, KV-cache use, batch slots, CPU and memory as percentages`}
    >
      <LineChart data={data} margin={{ left: 4, right: 8 }}>
        <CartesianGrid stroke={ct.grid} strokeDasharray="3 3" />
        <XAxis dataKey="time" stroke={ct.axis} interval={35} />
        <YAxis
          stroke={ct.axis}
          domain={[0, 100]}
          width={48}
          tickFormatter={pct}
        />
        <Tooltip content={<ChartTooltip valueFormatter={v => `${v} %`} />} />
        <Legend wrapperStyle={{ color: ct.text }} />
        {series.map(([key, name], i) => (
          <Line
            key={key}
            dataKey={key}
            name={name}
            stroke={colors[i]}
            dot={false}
            isAnimationActive={false}
          />
        ))}
        {threshold !== undefined && (
          <ReferenceLine
            ifOverflow="extendDomain"
            y={threshold}
            stroke={ct.slo}
            strokeDasharray="6 4"
            label={{
              value: `scaling target ${Math.round(threshold)} %`,
              fill: ct.slo,
              position: 'insideTopLeft',
            }}
          />
        )}
      </LineChart>
    </ChartBox>
  );
}

function savingLabel(r: ComparisonRow): string {
  if (r.kind === 'fixed') return 'fixed';
  if (r.savingPct === null) return '';
  return `${r.savingPct > 0 ? '-' : '+'}${Math.abs(r.savingPct)} %`;
}

/** Cost per month of each policy, fixed vs autoscaled, the recommended one marked. */
export function CostComparisonChart(props: {
  rows: ComparisonRow[];
  recommended: number;
  height?: number;
}) {
  const { rows, recommended } = props;
  const ct = useChartTheme();
  const t = useTheme();
  const barColor = (i: number) => {
    if (i === recommended) return t.palette.success.main;
    if (rows[i].kind === 'fixed') return t.palette.text.secondary;
    return t.palette.primary.main;
  };
  const data = rows.map((r, i) => ({
    name: r.label,
    cost: Math.round(r.costPerMonth),
    saving: savingLabel(r),
    i,
  }));
  return (
    <ChartBox
      label={`Cost per month by policy: ${rows
        .map(r => `${r.label} ${fmtUsd(r.costPerMonth)}`)
        .join('; ')}`}
      height={props.height ?? Math.max(200, 48 * rows.length + 40)}
    >
      <BarChart data={data} layout="vertical" margin={{ left: 8, right: 56 }}>
        <CartesianGrid stroke={ct.grid} strokeDasharray="3 3" />
        <XAxis
          type="number"
          stroke={ct.axis}
          tickFormatter={(v: number) => fmtUsd(v)}
        />
        <YAxis
          type="category"
          dataKey="name"
          stroke={ct.axis}
          width={200}
          tick={{ fontSize: 11 }}
        />
        <Tooltip content={<ChartTooltip valueFormatter={v => fmtUsd(v)} />} />
        <Bar dataKey="cost" name="$/month" isAnimationActive={false}>
          {data.map(d => (
            <Cell key={d.i} fill={barColor(d.i)} />
          ))}
          <LabelList dataKey="saving" position="right" fill={ct.text} />
        </Bar>
      </BarChart>
    </ChartBox>
  );
}

/** Per-tenant throughput (stacked) and latency. */
export function TenantCharts(props: { result: SimulationResult }) {
  const { result } = props;
  const ct = useChartTheme();
  const colors = usePolicyColors();
  const tenants = result.tenants;
  const data = useMemo(
    () =>
      (tenants[0]?.intervals ?? []).map((iv, i) => {
        const row: Record<string, number | string | null> = { time: iv.time };
        tenants.forEach((tn, k) => {
          row[`s${k}`] = Math.round(tn.intervals[i].servedRps * 100) / 100;
          row[`l${k}`] = tn.intervals[i].ttftP95;
        });
        return row;
      }),
    [tenants],
  );
  return (
    <Box>
      <ChartBox
        label={`Served requests per second by tenant: ${tenants
          .map(tn => tn.name)
          .join(', ')}`}
        height={220}
      >
        <ComposedChart data={data} margin={{ left: 4, right: 8 }}>
          <CartesianGrid stroke={ct.grid} strokeDasharray="3 3" />
          <XAxis dataKey="time" stroke={ct.axis} interval={35} />
          <YAxis stroke={ct.axis} width={48} />
          <Tooltip
            content={<ChartTooltip valueFormatter={v => fmtNum(v, 2)} />}
          />
          <Legend wrapperStyle={{ color: ct.text }} />
          {tenants.map((tn, k) => (
            <Area
              key={k}
              dataKey={`s${k}`}
              stackId="served"
              name={`${tn.name} served req/s`}
              stroke={colors[k % colors.length]}
              fill={colors[k % colors.length]}
              fillOpacity={0.3}
              isAnimationActive={false}
            />
          ))}
        </ComposedChart>
      </ChartBox>
      <ChartBox
        label={`TTFT p95 per 5-minute interval by tenant: ${tenants
          .map(tn => tn.name)
          .join(', ')}`}
        height={200}
      >
        <LineChart data={data} margin={{ left: 4, right: 8 }}>
          <CartesianGrid stroke={ct.grid} strokeDasharray="3 3" />
          <XAxis dataKey="time" stroke={ct.axis} interval={35} />
          <YAxis
            stroke={ct.axis}
            width={64}
            tickFormatter={(v: number) => fmtMs(v)}
          />
          <Tooltip content={<ChartTooltip valueFormatter={fmtMs} />} />
          {tenants.map((tn, k) => (
            <Line
              key={k}
              dataKey={`l${k}`}
              name={`${tn.name} TTFT p95`}
              stroke={colors[k % colors.length]}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ChartBox>
      <Table size="small" sx={TABLE_SX} aria-label="Per-tenant results">
        <TableHead>
          <TableRow>
            <TableCell>Tenant</TableCell>
            <TableCell align="right">Requests/day</TableCell>
            <TableCell align="right">Share</TableCell>
            <TableCell align="right">TTFT p95</TableCell>
            <TableCell align="right">e2e p95</TableCell>
            <TableCell align="right">Meeting targets</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {tenants.map(tn => (
            <TableRow key={tn.name}>
              <TableCell>{tn.name}</TableCell>
              <TableCell align="right">{fmtNum(tn.requests, 0)}</TableCell>
              <TableCell align="right">
                {Math.round(tn.shareOfRequests * 1000) / 10} %
              </TableCell>
              <TableCell align="right">{fmtMs(tn.ttft.p95)}</TableCell>
              <TableCell align="right">{fmtMs(tn.e2e.p95)}</TableCell>
              <TableCell align="right">
                {tn.meetingTargets === null
                  ? '–'
                  : `${Math.round(tn.meetingTargets * 1000) / 10} %`}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="caption" color="text.secondary">
        One shared deployment: every tenant sees the same queue, so a tenant's
        latency depends on the others' traffic.
      </Typography>
    </Box>
  );
}
