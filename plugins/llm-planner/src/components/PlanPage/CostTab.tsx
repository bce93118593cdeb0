import { InfoCard } from '@backstage/core-components';
import {
  batchJobOfPlan,
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
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartTooltip, useChartTheme, useSeriesColors } from '../shared/charts';
import { fmtProb, fmtUsd } from '../shared/format';
import { configText } from '../shared/Headline';
import { PlanDaySummary } from '../Scaling/PlanDaySummary';
import { NoBreak } from '../shared/NoBreak';
import { BatchCostTab } from './BatchCostTab';
import { ModelAndGpuTick, NUM, NUM_TOP, stripe } from './costParts';
import { TABLE_SCROLL_SX, TABLE_SX } from '../shared/tables';

/** Columns of the cost table; the price-source row spans them all. */
const COLUMNS = 8;

/** One line: the confidence and availability floor that set the recommended replica count. */
function SizingLine(props: { rec: Recommendation }) {
  const { rec } = props;
  if (rec.confidence === undefined && !rec.availability) return null;
  const parts: string[] = [];
  if (rec.confidence !== undefined)
    parts.push(
      `each SLO target holds with ${fmtProb(rec.confidence)} confidence`,
    );
  const a = rec.availability;
  if (a) {
    const why: string[] = [];
    if (a.policy === 'n+1')
      why.push('one replica more than the SLO needs at peak');
    if (a.minReplicas > 1) why.push(`at least ${a.minReplicas} replicas`);
    parts.push(
      `availability ${a.policy}${why.length ? ` (${why.join(', ')})` : ''}`,
    );
  }
  return (
    <Typography variant="body2" sx={{ mt: 1 }} data-testid="cost-sizing">
      {rec.replicas} replica{rec.replicas === 1 ? '' : 's'} of the
      recommendation: {parts.join('; ')}.
    </Typography>
  );
}

function onDemandMonthly(r: Recommendation): number | undefined {
  return r.cost.pricing === 'on-demand'
    ? r.cost.perMonth
    : r.cost.alternative?.perMonth;
}

function spotMonthly(r: Recommendation): number | undefined {
  return r.cost.pricing === 'spot'
    ? r.cost.perMonth
    : r.cost.alternative?.perMonth;
}

/**
 * $/month, $/1M tokens, on-demand vs spot for each candidate, and the plan's simulated day;
 * a batch plan's costs are per run instead (BatchCostTab), as the Scaling tab decides.
 */
export function CostTab(props: { plan: Plan }) {
  const { plan } = props;
  const job = batchJobOfPlan(plan);
  if (job) return <BatchCostTab plan={plan} job={job} />;
  const recs = plan.recommendations;
  if (!recs.length)
    return (
      <Typography color="text.secondary">
        No configuration meets the targets, so there is nothing to cost.
      </Typography>
    );
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <CostPerCandidateCard recs={recs} />
      </Grid>
      <Grid item xs={12} md={7}>
        <OnDemandVsSpotCard recs={recs} />
      </Grid>
      <Grid item xs={12} md={5}>
        <InfoCard title="Fixed vs autoscaled">
          <PlanDaySummary plan={plan} view="cost" />
        </InfoCard>
      </Grid>
    </Grid>
  );
}

function CostPerCandidateCard(props: { recs: Recommendation[] }) {
  const { recs } = props;
  return (
    <InfoCard title="Cost per candidate">
      <Box sx={TABLE_SCROLL_SX}>
        <Table size="small" sx={TABLE_SX} aria-label="Cost per candidate">
          <TableHead>
            <TableRow>
              <TableCell>Configuration</TableCell>
              <TableCell align="right" sx={NUM}>
                GPUs
              </TableCell>
              <TableCell align="right" sx={NUM}>
                $/GPU‑hour
              </TableCell>
              <TableCell align="right" sx={NUM}>
                $/hour
              </TableCell>
              <TableCell align="right">
                $/month ({recs[0].cost.pricing})
              </TableCell>
              <TableCell align="right" sx={NUM}>
                On-demand $/month
              </TableCell>
              <TableCell align="right" sx={NUM}>
                Spot $/month
              </TableCell>
              <TableCell align="right">$/1M output tokens at peak</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {recs.map((r, i) => (
              <CostOptionRows key={i} rec={r} index={i} />
            ))}
          </TableBody>
        </Table>
      </Box>
      <SizingLine rec={recs[0]} />
      <Typography variant="caption" color="text.secondary">
        Always-on replicas, {recs[0].cost.hoursPerMonth} h/month. $/1M tokens is
        at the planned peak rate: lower traffic costs more per token.
      </Typography>
    </InfoCard>
  );
}

/** An option's figures, and its price source in the row below. */
function CostOptionRows(props: { rec: Recommendation; index: number }) {
  const { rec: r, index: i } = props;
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
          {fmtUsd(r.cost.perHour, 2)}
        </TableCell>
        <TableCell
          align="right"
          sx={NUM_TOP}
          data-testid={i === 0 ? 'cost-month' : undefined}
        >
          {fmtUsd(r.cost.perMonth)}
        </TableCell>
        <TableCell align="right" sx={NUM_TOP}>
          {fmtUsd(onDemandMonthly(r))}
        </TableCell>
        <TableCell align="right" sx={NUM_TOP}>
          {fmtUsd(spotMonthly(r))}
        </TableCell>
        <TableCell align="right" sx={NUM_TOP}>
          {fmtUsd(r.cost.per1MOutputTokens, 2)}
        </TableCell>
      </TableRow>
      {/* the price source under its option, across the whole table: a column of
          its own made the table wider than the card */}
      <TableRow sx={stripe(i)}>
        <TableCell colSpan={COLUMNS} sx={{ pt: 0 }}>
          <Typography
            variant="caption"
            component="div"
            color="text.secondary"
            data-testid={i === 0 ? 'cost-price-source' : undefined}
            sx={{ overflowWrap: 'anywhere' }}
          >
            Price: {r.cost.provider} {r.cost.region} {r.cost.instanceType}, as
            of {r.cost.priceAsOf} · {r.cost.priceSource}
            {r.cost.alternative &&
              ` · ${r.cost.alternative.pricing}: ${r.cost.alternative.priceSource}, as of ${r.cost.alternative.priceAsOf}`}
          </Typography>
        </TableCell>
      </TableRow>
    </>
  );
}

function OnDemandVsSpotCard(props: { recs: Recommendation[] }) {
  const colors = useSeriesColors();
  const ct = useChartTheme();
  const data = props.recs.map(r => ({
    name: `${r.modelId} ${r.gpuId}×${r.tp}`,
    onDemand: onDemandMonthly(r) ?? null,
    spot: spotMonthly(r) ?? null,
  }));
  return (
    <InfoCard title="On-demand vs spot ($/month)">
      <Box
        sx={{ height: 280 }}
        role="img"
        aria-label="Monthly cost on-demand and spot per candidate"
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data}>
            <CartesianGrid stroke={ct.grid} strokeDasharray="3 3" />
            <XAxis
              dataKey="name"
              stroke={ct.axis}
              interval={0}
              height={40}
              tick={<ModelAndGpuTick fill={ct.axis} />}
            />
            <YAxis
              stroke={ct.axis}
              tickFormatter={(v: number) => fmtUsd(v)}
              width={72}
            />
            <Tooltip
              content={<ChartTooltip valueFormatter={v => fmtUsd(v)} />}
            />
            <Legend wrapperStyle={{ color: ct.text }} />
            <Bar
              dataKey="onDemand"
              name="on-demand"
              fill={colors[0]}
              isAnimationActive={false}
            />
            <Bar
              dataKey="spot"
              name="spot"
              fill={colors[1]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </Box>
    </InfoCard>
  );
}
