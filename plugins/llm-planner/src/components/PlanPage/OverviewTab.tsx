import { InfoCard } from '@backstage/core-components';
import {
  batchJobOfPlan,
  batchRunWindow,
  DAYS_PER_MONTH,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import type {
  BatchJob,
  Plan,
  Recommendation,
  StatName,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { fmtMs, fmtMsRange, fmtNum, fmtProb, fmtUsd } from '../shared/format';
import { configText, PlanHeadline, predictedAt } from '../shared/Headline';
import { ProvenanceBadge } from '../shared/ProvenanceBadge';
import type { StoredPlan } from '../../api/types';
import { VerifyBeforeApprove } from './VerifyBeforeApprove';
import { BudgetVerdictCard } from './BudgetVerdictCard';
import { TABLE_SX } from '../shared/tables';
import { NoBreak } from '../shared/NoBreak';
import { batchSizingOf, hoursText } from '../Scaling/BatchRunWindow';

/** Numeric cells keep their figures on one line. */
const NUM = { whiteSpace: 'nowrap' } as const;

function signedPct(v: number | undefined): string {
  if (v === undefined || !Number.isFinite(v)) return '–';
  let sign = '';
  if (v > 0) sign = '+';
  else if (v < 0) sign = '−';
  return `${sign}${Math.abs(v)} %`;
}

function hasIntervals(r: Recommendation): boolean {
  return r.margins.some(m => m.lowMs !== undefined || m.upperMs !== undefined);
}

/**
 * Per SLO target: the predicted value and its interval, the target, the margin, the bound at the
 * sizing confidence and the margin left there, and the probability the target is met. Plans made
 * before intervals existed show dashes in those columns.
 */
function LatencyTable(props: { rec: Recommendation; percentile: string }) {
  const { rec, percentile } = props;
  const conf = rec.confidence;
  return (
    <Table
      size="small"
      sx={TABLE_SX}
      aria-label="Predicted latency and SLO margins"
    >
      <TableHead>
        <TableRow>
          <TableCell>Metric</TableCell>
          <TableCell align="right">Predicted</TableCell>
          <TableCell align="right" sx={NUM}>
            Interval
          </TableCell>
          <TableCell align="right">Target</TableCell>
          <TableCell align="right">Margin</TableCell>
          <TableCell align="right" sx={NUM}>
            Bound at {conf !== undefined ? fmtProb(conf) : 'confidence'}
          </TableCell>
          <TableCell align="right" sx={NUM}>
            Margin at bound
          </TableCell>
          <TableCell align="right" sx={NUM}>
            P(meets)
          </TableCell>
          <TableCell>Provenance</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {(['ttft', 'itl', 'e2e'] as const).map(m => {
          const v = predictedAt(rec, m, percentile as StatName);
          const margin = rec.margins.find(x => x.metric === m);
          const low = margin?.lowMs ?? v?.low;
          const high = margin?.highMs ?? v?.high;
          const level = margin?.level ?? v?.level ?? 0.8;
          const name = `${m.toUpperCase()} ${percentile}`;
          return (
            <TableRow key={m} data-testid={`latency-${m}`}>
              <TableCell sx={NUM}>{name}</TableCell>
              <TableCell align="right" sx={NUM}>
                {fmtMs(v?.value)}
              </TableCell>
              <TableCell
                align="right"
                sx={NUM}
                data-testid={`latency-${m}-interval`}
              >
                {low !== undefined && high !== undefined
                  ? `${fmtProb(level)}: ${fmtMsRange(low, high)}`
                  : '–'}
              </TableCell>
              <TableCell align="right" sx={NUM}>
                {margin ? fmtMs(margin.targetMs) : 'none'}
              </TableCell>
              <TableCell align="right" sx={NUM}>
                {signedPct(margin?.marginPct)}
              </TableCell>
              <TableCell align="right" sx={NUM}>
                {fmtMs(margin?.upperMs)}
              </TableCell>
              <TableCell align="right" sx={NUM}>
                {signedPct(margin?.upperMarginPct)}
              </TableCell>
              <TableCell
                align="right"
                sx={NUM}
                data-testid={`latency-${m}-probability`}
              >
                {fmtProb(margin?.probability)}
              </TableCell>
              <TableCell>
                {v && (
                  <ProvenanceBadge provenance={v.provenance} basis={v.basis} />
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function usersText(plan: Plan): string {
  const w = plan.workload;
  if (w.usersMean === 'population')
    return `${fmtNum(w.users, 0)} people (population) → ${fmtNum(
      w.concurrentSessions,
      1,
    )} concurrent sessions`;
  if (w.usersMean === 'concurrent')
    return `${fmtNum(w.users, 0)} concurrent sessions`;
  return `${fmtNum(w.users)} requests per second`;
}

/** A batch option's run time, cost a run and a month, at the plan's confidence. */
function BatchCells(props: { plan: Plan; rec: Recommendation; job: BatchJob }) {
  const s = batchSizingOf(props.plan, props.rec);
  const perRun = s?.usdPerRunAtConfidence;
  return (
    <>
      <TableCell align="right" sx={NUM}>
        {s ? hoursText(s.runHoursAtConfidence) : '–'}
      </TableCell>
      <TableCell align="right" sx={NUM}>
        {fmtUsd(perRun, 2)}
      </TableCell>
      <TableCell align="right" sx={NUM}>
        {fmtUsd(
          perRun === undefined
            ? undefined
            : perRun * props.job.runsPerDay * DAYS_PER_MONTH,
        )}
      </TableCell>
    </>
  );
}

/** The job of a batch plan, where an always-on plan shows its users and peak rate. */
function BatchWorkload(props: { plan: Plan; job: BatchJob }) {
  const { plan, job } = props;
  return (
    <Stack spacing={0.5}>
      <Typography variant="body2">Use case: {plan.workload.useCase}</Typography>
      <Typography variant="body2" data-testid="workload-job">
        Job: {fmtNum(job.itemsPerRun, 0)} items a run,{' '}
        {batchRunWindow(job).description}
      </Typography>
      <Typography variant="body2">
        Runs: {fmtNum(job.runsPerDay)} a day, window{' '}
        {hoursText(job.windowHours)} each
      </Typography>
      <Typography variant="body2">
        Tokens per item: {fmtNum(job.inputTokens, 0)} in /{' '}
        {fmtNum(job.outputTokens, 0)} out
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {job.tokensFrom}
      </Typography>
    </Stack>
  );
}

/** Every recommendation side by side, each pinnable to compare. */
function AlternativesTable(props: {
  plan: Plan;
  onPin: (r: Recommendation) => void;
  canPin: boolean;
}) {
  const { plan, onPin, canPin } = props;
  const pct = plan.workload.slo.percentile;
  const job = batchJobOfPlan(plan);
  const conf = fmtProb(
    plan.batch?.sizing?.confidence ?? plan.recommendations[0]?.confidence,
  );
  return plan.recommendations.length <= 1 ? (
    <Typography color="text.secondary">
      No alternative configuration meets the targets.
    </Typography>
  ) : (
    <Table size="small" sx={TABLE_SX} aria-label="Alternatives">
      <TableHead>
        <TableRow>
          <TableCell>Why</TableCell>
          <TableCell>Model</TableCell>
          <TableCell>Configuration</TableCell>
          {job ? (
            <>
              <TableCell align="right">Run time at {conf}</TableCell>
              <TableCell align="right">$ a run at {conf}</TableCell>
              <TableCell align="right">$ a month at {conf}</TableCell>
            </>
          ) : (
            <>
              <TableCell align="right" sx={NUM}>
                TTFT {pct}
              </TableCell>
              <TableCell align="right" sx={NUM}>
                ITL {pct}
              </TableCell>
              <TableCell align="right" sx={NUM}>
                $/month
              </TableCell>
            </>
          )}
          <TableCell>Provenance</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {plan.recommendations.map(r => (
          <TableRow key={`${r.modelId}|${r.gpuId}|${r.tp}|${r.precision}`}>
            <TableCell sx={{ maxWidth: 360 }}>
              {r.kind === 'best' ? 'recommended' : r.kind}
              {r.difference && (
                <Typography
                  variant="caption"
                  color="text.secondary"
                  component="div"
                  data-testid="alternative-difference"
                >
                  <NoBreak text={r.difference} />
                </Typography>
              )}
            </TableCell>
            <TableCell>
              <NoBreak text={r.modelId} />
            </TableCell>
            <TableCell>
              <NoBreak text={`${configText(r)} (${r.precision})`} />
            </TableCell>
            {job ? (
              <BatchCells plan={plan} rec={r} job={job} />
            ) : (
              <>
                <TableCell align="right" sx={NUM}>
                  {fmtMs(predictedAt(r, 'ttft', pct)?.value)}
                </TableCell>
                <TableCell align="right" sx={NUM}>
                  {fmtMs(predictedAt(r, 'itl', pct)?.value)}
                </TableCell>
                <TableCell align="right" sx={NUM}>
                  {fmtUsd(r.cost.perMonth)}
                </TableCell>
              </>
            )}
            <TableCell>
              <ProvenanceBadge provenance={r.provenance} />
            </TableCell>
            <TableCell>
              <Button
                size="small"
                onClick={() => onPin(r)}
                disabled={!canPin}
                aria-label={`Pin ${r.modelId} on ${r.gpuId} TP${r.tp} to compare`}
              >
                Pin
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The recommendation, its predicted latency with provenance, cost and alternatives. */
export function OverviewTab(props: {
  plan: Plan;
  onPin: (r: Recommendation) => void;
  canPin: boolean;
  /** The stored plan: names the Service the verification commands target. */
  stored?: Pick<StoredPlan, 'title' | 'ownerGroup'>;
}) {
  const { plan, onPin, canPin, stored } = props;
  const w = plan.workload;
  const pct = w.slo.percentile;
  const best = plan.recommendations[0];
  const job = batchJobOfPlan(plan);
  return (
    <Grid container spacing={3}>
      {plan.budget && (
        <Grid item xs={12}>
          <BudgetVerdictCard plan={plan} />
        </Grid>
      )}
      {best && (
        <Grid item xs={12}>
          <VerifyBeforeApprove
            plan={plan}
            rec={best}
            title={stored?.title}
            ownerGroup={stored?.ownerGroup}
          />
        </Grid>
      )}
      <Grid item xs={12} md={7}>
        <InfoCard title="Recommended">
          <PlanHeadline plan={plan} />
          {best && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
              {best.explanation}
            </Typography>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={5}>
        <InfoCard title={job ? 'Batch job' : 'Workload'}>
          {job ? (
            <BatchWorkload plan={plan} job={job} />
          ) : (
            <Stack spacing={0.5}>
              <Typography variant="body2">Use case: {w.useCase}</Typography>
              <Typography variant="body2" data-testid="workload-users">
                Users: {usersText(plan)}
              </Typography>
              <Typography variant="body2" data-testid="workload-peak">
                Peak {fmtNum(w.peakRps, 3)} req/s, average {fmtNum(w.avgRps, 3)}{' '}
                req/s, {w.activeHoursPerDay} active h/day
              </Typography>
              <Typography variant="body2">
                Tokens: {fmtNum(w.inputTokens.mean, 0)} in /{' '}
                {fmtNum(w.outputTokens.mean, 0)} out (mean)
              </Typography>
              <Typography variant="body2">
                Targets at {pct}: TTFT {fmtMs(w.slo.ttftMs)}, ITL{' '}
                {fmtMs(w.slo.itlMs)}, e2e {fmtMs(w.slo.e2eMs)}
              </Typography>
            </Stack>
          )}
        </InfoCard>
      </Grid>
      {best && (
        <Grid item xs={12}>
          <InfoCard
            title={
              job
                ? `Latency of one item at the planned load (${pct}), secondary for a job`
                : `Predicted latency at capacity (${pct})`
            }
          >
            <LatencyTable rec={best} percentile={pct} />
            <Typography variant="caption" color="text.secondary">
              At {fmtNum(best.capacityConcurrencyPerReplica, 1)} requests in
              flight per replica ({fmtNum(best.capacityRpsPerReplica, 3)}{' '}
              req/s).
              {hasIntervals(best) &&
                ` Intervals are of the measured ${pct}, from the cross-validated error of predictions of the same provenance: they need not contain the predicted value when that kind of prediction runs high or low. Replicas are sized on the bound at ${fmtProb(
                  best.confidence,
                )}.`}
            </Typography>
          </InfoCard>
        </Grid>
      )}
      <Grid item xs={12}>
        <InfoCard title="Alternatives">
          <AlternativesTable plan={plan} onPin={onPin} canPin={canPin} />
        </InfoCard>
      </Grid>
    </Grid>
  );
}
