import { InfoCard } from '@backstage/core-components';
import type {
  BudgetVerdict,
  Plan,
  SloMiss,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Alert from '@mui/material/Alert';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { fmtMs, fmtNum, fmtUsd } from '../shared/format';
import { budgetHeadline } from '../shared/budget';
import { TABLE_SX } from '../shared/tables';

/** Numeric cells keep their figures on one line. */
const NUM = { whiteSpace: 'nowrap' } as const;

function missName(m: SloMiss): string {
  return m.metric === 'load'
    ? 'Peak load'
    : `${m.metric.toUpperCase()} ${m.percentile}`;
}

/** A target in its unit: milliseconds for latency, req/s for the peak load. */
function missValue(m: SloMiss, v: number): string {
  return m.metric === 'load' ? `${fmtNum(v, 2)} req/s` : fmtMs(v);
}

/** Per missed target of the affordable configuration: target, predicted, how far off. */
function MissesTable(props: { misses: SloMiss[] }) {
  return (
    <Table
      size="small"
      sx={TABLE_SX}
      aria-label="SLO targets the budget misses"
    >
      <TableHead>
        <TableRow>
          <TableCell>Target missed</TableCell>
          <TableCell align="right">Target</TableCell>
          <TableCell align="right">Predicted</TableCell>
          <TableCell align="right" sx={NUM}>
            Off by
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.misses.map(m => (
          <TableRow key={m.metric} data-testid={`budget-miss-${m.metric}`}>
            <TableCell sx={NUM}>{missName(m)}</TableCell>
            <TableCell align="right" sx={NUM}>
              {missValue(m, m.target)}
            </TableCell>
            <TableCell align="right" sx={NUM}>
              {missValue(m, m.predicted)}
            </TableCell>
            <TableCell align="right" sx={NUM}>
              {m.metric === 'load'
                ? `${fmtNum(m.overPct, 1)} % unserved`
                : `+${fmtNum(m.overPct, 1)} %`}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** What the ceiling affords when the SLO costs more: the configuration and its misses. */
function AffordableSection(props: {
  affordable: NonNullable<BudgetVerdict['affordable']>;
}) {
  const a = props.affordable;
  return (
    <>
      <Typography
        variant="body2"
        sx={{ mt: 1.5 }}
        data-testid="budget-affordable"
      >
        The budget buys {a.replicas} replica{a.replicas === 1 ? '' : 's'} of{' '}
        {a.config} ({a.gpus} GPU{a.gpus === 1 ? '' : 's'},{' '}
        <span style={NUM}>{fmtUsd(a.perMonth)}/month</span>)
        {a.misses.length === 0 &&
          ', which meets the latency targets only without the headroom and spare replica the plan keeps.'}
      </Typography>
      {a.misses.length > 0 && <MissesTable misses={a.misses} />}
    </>
  );
}

/**
 * How the ceiling was set and how plans within it are ranked. A monthly ceiling reads as the
 * headline says; a per-run one names its arithmetic (runs a day x 30).
 */
function ceilingCaption(plan: Plan): string {
  const b = plan.intent.budget;
  const rank =
    b?.preference === 'performance'
      ? 'most SLO headroom within the budget first'
      : 'cheapest within the budget first';
  const perRun = b?.usdPerMonth === undefined && b?.usdPerRun !== undefined;
  return `${perRun ? `Ceiling: ${plan.budget?.basis}. ` : ''}Ranked ${rank}.`;
}

/**
 * How the plan relates to the intent's budget: within it (and by how much), or over it, with
 * what the ceiling buys, which SLO targets that misses and by how much, and what the SLO costs.
 * Nothing for a plan without a ceiling.
 */
export function BudgetVerdictCard(props: { plan: Plan }) {
  const v = props.plan.budget;
  if (!v) return null;
  return (
    <InfoCard title="Budget">
      <div data-testid="budget-verdict">
        <Alert
          severity={v.withinBudget ? 'success' : 'warning'}
          data-testid="budget-headline"
        >
          {budgetHeadline(v)}
        </Alert>
        {!v.withinBudget && v.affordable && (
          <AffordableSection affordable={v.affordable} />
        )}
        {!v.withinBudget && !v.affordable && (
          <Typography variant="body2" sx={{ mt: 1.5 }}>
            {v.message}
          </Typography>
        )}
        <Typography
          variant="caption"
          color="text.secondary"
          component="div"
          sx={{ mt: 1 }}
        >
          {ceilingCaption(props.plan)}
        </Typography>
      </div>
    </InfoCard>
  );
}
