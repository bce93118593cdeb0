import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  BatchJob,
  batchJobOfPlan,
  batchRunWindow,
  LLM_PLANNER_PLAN_ANNOTATION,
  Plan,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Grid from '@mui/material/Grid';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router-dom';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import useAsync from 'react-use/esm/useAsync';
import { errorMessage, llmPlannerApiRef } from '../../api/LlmPlannerClient';
import type { Deployment, Outcome, StoredPlan } from '../../api/types';
import { usePlannerPath } from '../../hooks/usePlannerPath';
import {
  ChartTooltip,
  SloLabel,
  useChartTheme,
  useSeriesColors,
} from '../shared/charts';
import { fmtDate, fmtMs, fmtNum, fmtPct, fmtUsd } from '../shared/format';
import { configText, Figure, PlanHeadline } from '../shared/Headline';
import { StatusChip } from '../shared/StatusChip';
import { PlanDaySummary } from '../Scaling/PlanDaySummary';
import { BatchDaySummary } from '../Scaling/BatchDaySummary';
import { startHours } from '../Scaling/BatchRunWindow';
import { TABLE_SX } from '../shared/tables';

type Loaded = {
  plan: StoredPlan;
  deployments: Deployment[];
  outcomes: Outcome[];
};

const METRICS = ['ttft', 'itl', 'e2e'] as const;

type CostSoFar = {
  hours: number;
  gpuHours: number;
  cost: number;
  since: string;
  /** a batch plan's runs since then (the one under way counted by its share done) */
  runs?: number;
};

const HOUR_MS = 3.6e6;

/**
 * Runs of a batch job between `from` and `to` (ms): each scheduled start (UTC) in between
 * counts 1, or its share done when the run is still under way.
 */
export function runsBetween(
  job: Pick<BatchJob, 'startTime' | 'runsPerDay' | 'windowHours'>,
  runHours: number,
  from: number,
  to: number,
): number {
  const w = batchRunWindow(job);
  const first = startHours(w.start);
  const perDay = Math.max(1, Math.round(w.runsPerDay));
  let runs = 0;
  const firstDay = Math.floor(from / (24 * HOUR_MS)) * 24 * HOUR_MS;
  for (let day = firstDay; day <= to; day += 24 * HOUR_MS)
    for (let k = 0; k < perDay; k++) {
      const start = day + (first + k * w.everyHours) * HOUR_MS;
      if (start >= from && start <= to)
        runs += Math.min(1, (to - start) / (runHours * HOUR_MS));
    }
  return runs;
}

/**
 * GPU-hours and cost since the first applied deployment, at the plan's price: every hour of an
 * always-on plan's GPUs, or a batch plan's runs since then at their expected GPU-hours.
 */
export function costSoFar(
  plan: StoredPlan,
  deployments: Deployment[],
  now = Date.now(),
): CostSoFar | null {
  const r = plan.plan.recommendations[0];
  const applied = deployments
    .filter(d => d.status === 'applied')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  if (!r || !applied) return null;
  const from = new Date(applied.createdAt).getTime();
  const hours = Math.max(0, (now - from) / HOUR_MS);
  const job = batchJobOfPlan(plan.plan);
  const sizing = r.batch ?? plan.plan.batch?.sizing;
  if (job && sizing) {
    const runs = runsBetween(job, sizing.runHours.value, from, now);
    const gpuHours = runs * sizing.gpuHoursPerRun.value;
    return {
      hours,
      gpuHours,
      cost: gpuHours * r.cost.pricePerGpuHour,
      since: applied.createdAt,
      runs,
    };
  }
  const gpuHours = hours * r.gpus;
  return {
    hours,
    gpuHours,
    cost: gpuHours * r.cost.pricePerGpuHour,
    since: applied.createdAt,
  };
}

type Targets = Record<(typeof METRICS)[number], number | null | undefined>;
type Pct = StoredPlan['plan']['workload']['slo']['percentile'];

/** The plan, the entity's deployments and their measured outcomes (oldest first). */
function useEntityPlanData(planId: string | undefined, entityRef: string) {
  const api = useApi(llmPlannerApiRef);
  return useAsync(async (): Promise<Loaded | undefined> => {
    if (!planId) return undefined;
    const [plan, deployments] = await Promise.all([
      api.getPlan(planId),
      api.listDeployments(entityRef).then(r => r.items),
    ]);
    const outcomes = (
      await Promise.all(
        deployments.map(d => api.listOutcomes(d.id).then(r => r.items)),
      )
    )
      .flat()
      .sort((a, b) => a.measuredAt.localeCompare(b.measuredAt));
    return { plan, deployments, outcomes };
  }, [api, planId, entityRef]);
}

/** Share of outcomes meeting every target at the plan's percentile; null with none measured. */
function sloCompliance(
  outcomes: Outcome[],
  target: Targets,
  pct: Pct,
): number | null {
  if (!outcomes.length) return null;
  return (
    outcomes.filter(o =>
      METRICS.every(
        m => !target[m] || (o.measured[m][pct] ?? 0) <= (target[m] as number),
      ),
    ).length / outcomes.length
  );
}

/** Plan vs measured outcomes of the entity's deployment: errors, SLO compliance, cost so far. */
export function EntityPerformanceContent() {
  const { entity } = useEntity();
  const planId = entity.metadata.annotations?.[LLM_PLANNER_PLAN_ANNOTATION];
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error } = useEntityPlanData(planId, entityRef);

  if (!planId)
    return (
      <EmptyState
        missing="field"
        title="No plan linked"
        description={`This component has no ${LLM_PLANNER_PLAN_ANNOTATION} annotation. Services deployed from an approved plan with the software template get it automatically.`}
      />
    );
  if (error)
    return (
      <Alert severity="error">
        The plan's performance did not load: {errorMessage(error)}
      </Alert>
    );
  if (loading || !value) return <Progress />;
  const { plan, deployments, outcomes } = value;
  const slo = plan.plan.workload.slo;
  const pct = slo.percentile;
  const target: Targets = { ttft: slo.ttftMs, itl: slo.itlMs, e2e: slo.e2eMs };

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={7}>
        <PlannedCard plan={plan} />
      </Grid>
      <Grid item xs={12} md={5}>
        <DeploymentCostCard
          plan={plan}
          deployments={deployments}
          entityRef={entityRef}
          compliance={sloCompliance(outcomes, target, pct)}
        />
      </Grid>
      <Grid item xs={12} md={5}>
        <PlanVsMeasuredCard
          latest={outcomes[outcomes.length - 1]}
          target={target}
          pct={pct}
        />
      </Grid>
      <Grid item xs={12} md={7}>
        <ComplianceOverTimeCard outcomes={outcomes} target={target} pct={pct} />
      </Grid>
      <Grid item xs={12}>
        <PlanDayCard plan={plan.plan} />
      </Grid>
    </Grid>
  );
}

/**
 * The plan's day: an always-on plan's simulated day (load vs replicas), a batch plan's runs
 * (replicas inside the run window, none outside), as the Scaling tab decides.
 */
function PlanDayCard(props: { plan: Plan }) {
  const { plan } = props;
  const job = batchJobOfPlan(plan);
  if (job)
    return (
      <InfoCard
        title="Runs over the plan's day (UTC)"
        subheader="Replicas while a run lasts and none between runs, with a run's GPU-hours and cost at the plan's confidence."
      >
        <BatchDaySummary plan={plan} job={job} view="timeline" height={300} />
      </InfoCard>
    );
  return (
    <InfoCard
      title="Scaling over the plan's day (simulated)"
      subheader="Load vs ready replicas: the fixed planned size and the recommended autoscaler, beside what was measured above."
    >
      <PlanDaySummary plan={plan} view="timeline" height={300} />
    </InfoCard>
  );
}

function PlannedCard(props: { plan: StoredPlan }) {
  const { plan } = props;
  const root = usePlannerPath();
  return (
    <InfoCard
      title="Planned"
      action={
        <Link
          component={RouterLink}
          to={`${root}/plans/${plan.id}`}
          sx={{ mr: 2 }}
        >
          Open plan
        </Link>
      }
    >
      <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
        <Typography variant="subtitle1" data-testid="entity-plan-title">
          {plan.title}
        </Typography>
        <StatusChip status={plan.status} />
      </Stack>
      <PlanHeadline plan={plan.plan} />
    </InfoCard>
  );
}

function DeploymentCostCard(props: {
  plan: StoredPlan;
  deployments: Deployment[];
  entityRef: string;
  compliance: number | null;
}) {
  const { plan, deployments, compliance } = props;
  const spent = costSoFar(plan, deployments);
  const best = plan.plan.recommendations[0];
  return (
    <InfoCard title="Deployment and cost so far">
      {deployments.length === 0 ? (
        <Typography color="text.secondary">
          No deployment recorded for {props.entityRef} yet.
        </Typography>
      ) : (
        <Stack spacing={1}>
          {deployments.map(d => (
            <Typography variant="body2" key={d.id}>
              {d.status} to {d.cluster}/{d.namespace} on {fmtDate(d.createdAt)}
            </Typography>
          ))}
          <Stack direction="row" spacing={2}>
            {spent?.runs !== undefined && (
              <Figure
                label="Runs"
                value={fmtNum(spent.runs, 1)}
                testId="entity-runs-so-far"
              />
            )}
            <Figure
              label="GPU-hours"
              value={spent ? fmtNum(spent.gpuHours, 1) : '–'}
            />
            <Figure
              label="Cost so far"
              value={spent ? fmtUsd(spent.cost, 2) : '–'}
              testId="entity-cost-so-far"
            />
            <Figure
              label="SLO compliance"
              value={
                compliance === null ? '–' : `${Math.round(compliance * 100)} %`
              }
            />
          </Stack>
          {!spent && (
            <Typography variant="caption" color="text.secondary">
              Cost counts from the first applied deployment (dry runs cost
              nothing).
            </Typography>
          )}
          {best && (
            <Typography variant="caption" color="text.secondary">
              {configText(best)} at {fmtUsd(best.cost.pricePerGpuHour, 2)}
              /GPU-hour
            </Typography>
          )}
        </Stack>
      )}
    </InfoCard>
  );
}

function PlanVsMeasuredCard(props: {
  latest?: Outcome;
  target: Targets;
  pct: Pct;
}) {
  const { latest, target, pct } = props;
  return (
    <InfoCard title={`Plan vs measured (${pct}, latest)`}>
      {!latest ? (
        <Typography color="text.secondary">
          No measured outcome yet. Run a load test after deploying, or let the
          metrics collector report, and the error of each prediction shows here.
        </Typography>
      ) : (
        <Table size="small" sx={TABLE_SX} aria-label="Plan vs measured">
          <TableHead>
            <TableRow>
              <TableCell>Metric</TableCell>
              <TableCell align="right">Predicted</TableCell>
              <TableCell align="right">Measured</TableCell>
              <TableCell align="right">Error</TableCell>
              <TableCell align="right">Target</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {METRICS.map(m => (
              <TableRow key={m}>
                <TableCell>{m.toUpperCase()}</TableCell>
                <TableCell align="right">
                  {fmtMs(latest.prediction[m]?.[pct])}
                </TableCell>
                <TableCell align="right">
                  {fmtMs(latest.measured[m]?.[pct])}
                </TableCell>
                <TableCell align="right">
                  {fmtPct(latest.error[m]?.[pct])}
                </TableCell>
                <TableCell align="right">{fmtMs(target[m])}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}

function ComplianceOverTimeCard(props: {
  outcomes: Outcome[];
  target: Targets;
  pct: Pct;
}) {
  const { outcomes, target, pct } = props;
  const colors = useSeriesColors();
  const ct = useChartTheme();
  const series = outcomes.map(o => ({
    t: new Date(o.measuredAt).getTime(),
    ttft: o.measured.ttft[pct] ?? null,
    itl: o.measured.itl[pct] ?? null,
    e2e: o.measured.e2e[pct] ?? null,
  }));
  return (
    <InfoCard title="SLO compliance over time">
      <Box
        sx={{ height: 280 }}
        role="img"
        aria-label={`Measured ${pct} latency over time against the SLO targets, ${outcomes.length} measurements`}
      >
        {outcomes.length === 0 ? (
          <Typography color="text.secondary">Nothing measured yet.</Typography>
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={series} margin={{ top: 20, right: 8 }}>
              <CartesianGrid stroke={ct.grid} strokeDasharray="3 3" />
              <XAxis
                dataKey="t"
                type="number"
                domain={['auto', 'auto']}
                scale="time"
                stroke={ct.axis}
                tickFormatter={(v: number) => new Date(v).toLocaleDateString()}
              />
              <YAxis
                stroke={ct.axis}
                tickFormatter={(v: number) => fmtMs(v)}
                width={64}
              />
              <Tooltip
                content={
                  <ChartTooltip
                    labelFormatter={l => new Date(Number(l)).toLocaleString()}
                    valueFormatter={fmtMs}
                  />
                }
              />
              <Legend wrapperStyle={{ color: ct.text }} />
              {METRICS.map((m, i) => (
                <Line
                  key={m}
                  dataKey={m}
                  name={`${m.toUpperCase()} ${pct}`}
                  stroke={colors[i]}
                  isAnimationActive={false}
                  connectNulls
                />
              ))}
              {METRICS.map((m, i) =>
                target[m] ? (
                  <ReferenceLine
                    ifOverflow="extendDomain"
                    key={`slo-${m}`}
                    y={target[m] as number}
                    stroke={colors[i]}
                    strokeDasharray="6 4"
                    label={
                      <SloLabel
                        value={`${m.toUpperCase()} SLO`}
                        fill={ct.axis}
                        background={ct.paper}
                        dx={i * 84}
                      />
                    }
                  />
                ) : null,
              )}
            </LineChart>
          </ResponsiveContainer>
        )}
      </Box>
    </InfoCard>
  );
}
