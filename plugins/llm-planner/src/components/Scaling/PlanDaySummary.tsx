import type { Plan } from '@llm-planner/backstage-plugin-llm-planner-common';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useDefaultScaling } from '../../scaling/useScaling';
import { fmtNum, fmtUsd } from '../shared/format';
import { Figure } from '../shared/Headline';
import { CostComparisonChart, ScalingTimelineChart } from './ScalingCharts';

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

/**
 * The plan simulated on its default day (office hours at the planned peak, the default
 * policies): fixed vs the recommended autoscaled policy. `view` picks the cost figures (Cost
 * tab) or the scaling timeline (entity Performance tab).
 */
export function PlanDaySummary(props: {
  plan: Plan;
  view: 'cost' | 'timeline';
  height?: number;
}) {
  const { plan, view } = props;
  const height = props.height ?? 280;
  const { outcome, running, error } = useDefaultScaling(plan);
  if (!plan.recommendations.length)
    return (
      <Typography color="text.secondary">
        No configuration meets the targets, so there is nothing to simulate.
      </Typography>
    );
  if (error) return <Alert severity="warning">{error}</Alert>;
  if (!outcome)
    return (
      <Box
        sx={{ height: height + 72, display: 'grid', placeItems: 'center' }}
        role="status"
      >
        <Box sx={{ width: '60%' }}>
          <Typography variant="body2" color="text.secondary" gutterBottom>
            Simulating the plan's day with fixed and autoscaled policies…
          </Typography>
          {running && <LinearProgress aria-label="Simulating the day" />}
        </Box>
      </Box>
    );
  const cmp = outcome.comparison;
  const rec = outcome.recommended;
  const fixed = cmp.fixedIndex >= 0 ? cmp.rows[cmp.fixedIndex] : undefined;
  const best = cmp.rows[rec];
  const figures = (
    <Stack direction="row" spacing={2} flexWrap="wrap" useFlexGap>
      <Figure
        label="Fixed $/month"
        value={fmtUsd(fixed?.costPerMonth)}
        testId="fixed-cost-month"
      />
      <Figure
        label="Autoscaled $/month"
        value={fmtUsd(best.costPerMonth)}
        testId="autoscaled-cost-month"
      />
      <Figure
        label="Saving"
        value={
          best.kind === 'fixed' || best.savingPct === null
            ? '–'
            : `${best.savingPct} %`
        }
      />
      <Figure label="Requests meeting SLO" value={pct(best.sloAttainment)} />
    </Stack>
  );
  const caption = (
    <Typography variant="caption" color="text.secondary" component="p">
      Simulated on {cmp.traffic.description} (peak{' '}
      {fmtNum(cmp.traffic.peakRps, 1)} req/s, night 5 % of it).{' '}
      {best.kind === 'fixed'
        ? 'No autoscaled policy is cheaper while meeting the SLO on this day: keep the fixed size.'
        : `Recommended: ${best.label}.`}{' '}
      The Scaling tab changes the day and the policies.
    </Typography>
  );
  if (view === 'cost')
    return (
      <Stack spacing={1} data-testid="fixed-vs-autoscaled">
        {figures}
        <CostComparisonChart
          rows={fixed && cmp.fixedIndex !== rec ? [fixed, best] : [best]}
          recommended={fixed && cmp.fixedIndex !== rec ? 1 : 0}
          height={height - 80}
        />
        {caption}
      </Stack>
    );
  const shown =
    cmp.fixedIndex >= 0 && cmp.fixedIndex !== rec
      ? [cmp.results[cmp.fixedIndex], cmp.results[rec]]
      : [cmp.results[rec]];
  return (
    <Stack spacing={1} data-testid="plan-day-timeline">
      <ScalingTimelineChart
        results={shown}
        highlight={shown.length - 1}
        height={height}
      />
      {figures}
      {caption}
    </Stack>
  );
}
