import { InfoCard, Progress } from '@backstage/core-components';
import type {
  KnowledgeBase,
  Plan,
  Planner,
  Recommendation,
  StatName,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  ChartTooltip,
  logTicks,
  SERIES_DASHES,
  SeriesDot,
  SloLabel,
  useChartTheme,
  useSeriesColors,
} from '../shared/charts';
import { fmtMs, fmtProb } from '../shared/format';

type Metric = 'ttft' | 'itl' | 'e2e';
const METRICS: {
  id: Metric;
  label: string;
  slo: 'ttftMs' | 'itlMs' | 'e2eMs';
}[] = [
  { id: 'ttft', label: 'Time to first token', slo: 'ttftMs' },
  { id: 'itl', label: 'Inter-token latency', slo: 'itlMs' },
  { id: 'e2e', label: 'End-to-end latency', slo: 'e2eMs' },
];

function seriesKey(_r: Recommendation, i: number): string {
  return `c${i}`;
}

function label(r: Recommendation): string {
  return `${r.modelId} · ${r.gpuId} TP${r.tp} ${r.precision}`;
}

/** Log-spaced loads (requests in flight per replica) from 1 to beyond the capacity. */
export function loadRange(maxCapacity: number, points = 14): number[] {
  const hi = Math.max(8, maxCapacity * 2);
  const out: number[] = [];
  for (let i = 0; i < points; i++)
    out.push(
      Math.round(Math.exp((Math.log(hi) * i) / (points - 1)) * 100) / 100,
    );
  return [...new Set(out)];
}

/** One load: `c{i}_{metric}` the predicted value, `c{i}_{metric}_band` its [low, high] interval. */
type CurveRow = Record<string, number | [number, number]>;

type Curves = {
  rows: CurveRow[];
  /** the interval level of the bands (0.8), or null when no prediction carries an interval */
  bandLevel: number | null;
  measured: Record<
    Metric,
    { concurrency: number; y: number; series: number }[][]
  >;
};

/** Predicted latency vs load for each candidate, and the matching measured runs. */
export function computeCurves(
  plan: Plan,
  planner: Planner,
  kb: KnowledgeBase,
): Curves {
  const recs = plan.recommendations.slice(0, 4);
  const pct = plan.workload.slo.percentile as StatName;
  const inTok = Math.round(plan.workload.inputTokens.mean);
  const outTok = Math.max(1, Math.round(plan.workload.outputTokens.mean));
  const loads = loadRange(
    Math.max(...recs.map(r => r.capacityConcurrencyPerReplica), 1),
  );
  const rows = loads.map(c => ({ concurrency: c } as CurveRow));
  let bandLevel: number | null = null;
  recs.forEach((r, i) => {
    const cfg = planner.engine.resolveConfig({
      model: r.modelId,
      gpu: r.gpuId,
      tp: r.tp,
      engine: r.engine,
      precision: r.precision,
    });
    loads.forEach((c, j) => {
      const p = planner.engine.predict(cfg, inTok, outTok, { concurrency: c });
      for (const m of METRICS) {
        const v = p[m.id][pct] ?? p[m.id].p90 ?? p[m.id].mean;
        if (!v) continue;
        rows[j][`${seriesKey(r, i)}_${m.id}`] = v.value;
        if (v.low !== undefined && v.high !== undefined) {
          rows[j][`${seriesKey(r, i)}_${m.id}_band`] = [v.low, v.high];
          bandLevel = v.level ?? bandLevel ?? 0.8;
        }
      }
    });
  });
  const near = (a: number | null, b: number) =>
    a !== null && a > 0 && Math.abs(Math.log(a / b)) <= Math.log(2);
  const measured = { ttft: [], itl: [], e2e: [] } as Curves['measured'];
  for (const m of METRICS) {
    measured[m.id] = recs.map((r, i) =>
      kb.runs
        .filter(
          run =>
            run.modelId === r.modelId &&
            run.gpuId === r.gpuId &&
            run.tp === r.tp &&
            run.engine === r.engine &&
            (run.precision === null || run.precision === r.precision) &&
            near(run.inputTokens, inTok) &&
            near(run.outputTokens, outTok) &&
            run.effectiveConcurrency !== null,
        )
        .map(run => ({
          concurrency: run.effectiveConcurrency!,
          y: (run[m.id] as Record<string, number | undefined>)[pct] as number,
          series: i,
        }))
        .filter(pt => typeof pt.y === 'number'),
    );
  }
  return { rows, bandLevel, measured };
}

/**
 * The top of a chart's latency axis: the highest predicted line, measured point or target with
 * some room, so a wide interval band at loads far past capacity is cut at the top instead of
 * squashing the lines against the axis.
 */
function axisMax(
  curves: Curves,
  n: number,
  metric: Metric,
  target: number | null,
): number | undefined {
  let max = target ?? 0;
  for (const row of curves.rows)
    for (let i = 0; i < n; i++) {
      const v = row[`c${i}_${metric}`];
      if (typeof v === 'number') max = Math.max(max, v);
    }
  for (const pts of curves.measured[metric])
    for (const pt of pts) max = Math.max(max, pt.y);
  return max > 0 ? max * 1.25 : undefined;
}

type ChartTheme = ReturnType<typeof useChartTheme>;
type MetricSpec = (typeof METRICS)[number];

/** What every metric's chart shares: the curves, candidates, colours, axis and band name. */
type ChartContext = {
  curves: Curves;
  recs: Recommendation[];
  colors: string[];
  ct: ChartTheme;
  xDomain: [number, number];
  xTicks: number[];
  bandName: string;
  chartSize?: { width: number; height: number };
};

/** Latency vs load curves of the candidates with the SLO lines and measured points. */
export function PerformanceTab(props: {
  plan: Plan;
  planner?: Planner;
  kb?: KnowledgeBase;
  /** a fixed chart size instead of the container's (tests: jsdom has no layout) */
  chartSize?: { width: number; height: number };
}) {
  const { plan, planner, kb, chartSize } = props;
  const colors = useSeriesColors();
  const ct = useChartTheme();
  const curves = useMemo(
    () => (planner && kb ? computeCurves(plan, planner, kb) : undefined),
    [plan, planner, kb],
  );
  const recs = plan.recommendations.slice(0, 4);
  const pct = plan.workload.slo.percentile;
  if (!recs.length)
    return (
      <Typography color="text.secondary">
        No configuration meets the targets, so there are no curves to draw.
      </Typography>
    );
  if (!curves) return <Progress />;
  const loads = curves.rows.map(r => r.concurrency as number);
  const xDomain: [number, number] = [loads[0], loads[loads.length - 1]];
  const ctx: ChartContext = {
    curves,
    recs,
    colors,
    ct,
    xDomain,
    xTicks: logTicks(xDomain[0], xDomain[1]),
    bandName:
      curves.bandLevel !== null ? `${fmtProb(curves.bandLevel)} interval` : '',
    chartSize,
  };
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <CurvesCaption curves={curves} pct={pct} />
      </Grid>
      {METRICS.map(m => (
        <MetricChartCard
          key={m.id}
          metric={m}
          target={plan.workload.slo[m.slo]}
          pct={pct}
          ctx={ctx}
        />
      ))}
    </Grid>
  );
}

function CurvesCaption(props: { curves: Curves; pct: string }) {
  const { curves } = props;
  const measuredCount = Object.values(curves.measured.ttft).reduce(
    (n, l) => n + l.length,
    0,
  );
  return (
    <Typography variant="body2" color="text.secondary">
      {props.pct} latency of one replica against requests in flight, predicted
      by the planning engine for each candidate (lines), with the SLO target
      (dashed) and measured benchmark runs of the same configuration and a
      similar token shape (dots, {measuredCount} runs).
      {curves.bandLevel !== null &&
        ` Shaded: the ${fmtProb(
          curves.bandLevel,
        )} interval of the measured value, from the cross-validated error of predictions of the same provenance at a similar load; it need not surround the line where that kind of prediction runs high or low.`}
    </Typography>
  );
}

/** One metric's card: the chart at a fixed size in tests, else filling its box. */
function MetricChartCard(props: {
  metric: MetricSpec;
  target: number | null | undefined;
  pct: string;
  ctx: ChartContext;
}) {
  const { metric: m, target, pct, ctx } = props;
  const chart = latencyChart(m, target ?? null, ctx);
  return (
    <Grid item xs={12} lg={4}>
      <InfoCard title={`${m.label} (${pct})`}>
        {/* the legend lists every candidate under the plot: the box's height leaves the plot
            itself about 200 px at 1280 and 1440 px, where three charts share a row */}
        <Box
          sx={{ height: 400 }}
          role="img"
          aria-label={`${m.label} ${pct} against load for ${
            ctx.recs.length
          } candidates${target ? `, SLO ${target} ms` : ''}${
            ctx.bandName ? `, shaded ${ctx.bandName}` : ''
          }`}
        >
          {ctx.chartSize ? (
            chart
          ) : (
            <ResponsiveContainer width="100%" height="100%">
              {chart}
            </ResponsiveContainer>
          )}
        </Box>
      </InfoCard>
    </Grid>
  );
}

// recharts finds its series by element type among the chart's direct children, so the parts
// below are functions returning elements, not components wrapping them

/** Latency of one metric against load: bands, lines, measured dots and the SLO line. */
function latencyChart(m: MetricSpec, target: number | null, ctx: ChartContext) {
  const { curves, recs, ct } = ctx;
  const yMax = axisMax(curves, recs.length, m.id, target);
  return (
    <ComposedChart
      {...ctx.chartSize}
      data={curves.rows}
      // room above the plot for the SLO label of a target at the top of the axis
      margin={{ left: 8, right: 8, top: 20 }}
    >
      <CartesianGrid stroke={ct.grid} strokeDasharray="3 3" />
      <XAxis
        dataKey="concurrency"
        type="number"
        scale="log"
        domain={ctx.xDomain}
        ticks={ctx.xTicks}
        interval={0}
        height={44}
        stroke={ct.axis}
        tickFormatter={(v: number) => String(Math.round(v))}
        label={{
          value: 'requests in flight',
          position: 'insideBottom',
          offset: 0,
          fill: ct.axis,
        }}
        allowDataOverflow
      />
      <YAxis
        stroke={ct.axis}
        tickFormatter={(v: number) => fmtMs(v)}
        width={64}
        domain={yMax ? [0, yMax] : undefined}
        allowDataOverflow={!!yMax}
      />
      <Tooltip
        content={
          <ChartTooltip
            labelFormatter={l => `${l} in flight`}
            valueFormatter={fmtMs}
          />
        }
      />
      <Legend wrapperStyle={{ color: ct.text }} />
      {curves.bandLevel !== null && intervalBands(m.id, ctx)}
      {predictionLines(m.id, ctx)}
      {measuredDots(m.id, ctx)}
      {target && (
        <ReferenceLine
          ifOverflow="extendDomain"
          y={target}
          stroke={ct.slo}
          strokeDasharray="6 4"
          label={
            <SloLabel
              value={`SLO ${fmtMs(target)}`}
              fill={ct.slo}
              background={ct.paper}
            />
          }
        />
      )}
    </ComposedChart>
  );
}

function intervalBands(metric: Metric, ctx: ChartContext) {
  const { recs, colors, bandName } = ctx;
  return recs.map((r, i) => (
    <Area
      key={`band${i}`}
      type="monotone"
      dataKey={`${seriesKey(r, i)}_${metric}_band`}
      name={i === 0 ? bandName : `${bandName} · ${r.gpuId} TP${r.tp}`}
      legendType={i === 0 ? 'square' : 'none'}
      stroke="none"
      fill={colors[i % colors.length]}
      fillOpacity={0.15}
      activeDot={false}
      isAnimationActive={false}
      connectNulls
    />
  ));
}

function predictionLines(metric: Metric, ctx: ChartContext) {
  const { recs, colors } = ctx;
  return recs.map((r, i) => (
    <Line
      key={i}
      type="monotone"
      dataKey={`${seriesKey(r, i)}_${metric}`}
      name={label(r)}
      stroke={colors[i % colors.length]}
      strokeWidth={2}
      strokeDasharray={SERIES_DASHES[i % SERIES_DASHES.length]}
      legendType="plainline"
      dot={(p: { cx?: number; cy?: number; index?: number }) => (
        <SeriesDot
          key={`d${i}-${p.index}`}
          {...p}
          series={i}
          color={colors[i % colors.length]}
        />
      )}
      isAnimationActive={false}
      connectNulls
    />
  ));
}

function measuredDots(metric: Metric, ctx: ChartContext) {
  const { recs, colors } = ctx;
  return ctx.curves.measured[metric].map((pts, i) =>
    pts.length ? (
      <Scatter
        key={`m${i}`}
        data={pts}
        dataKey="y"
        name={`measured · ${recs[i].gpuId} TP${recs[i].tp}`}
        fill={colors[i % colors.length]}
        isAnimationActive={false}
        legendType="circle"
      />
    ) : null,
  );
}
