import type {
  Plan,
  Recommendation,
  StatName,
} from '@internal/backstage-plugin-llm-planner-common';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { fmtMs, fmtUsd } from './format';
import { ProvenanceBadge } from './ProvenanceBadge';

/** The headline of a recommendation: model, GPU x TP x replicas. */
export function configText(r: Recommendation): string {
  return `${r.gpuId} × TP${r.tp} × ${r.replicas} replica${
    r.replicas === 1 ? '' : 's'
  }`;
}

/** The predicted value of a metric at the plan's SLO percentile (falls back to p90, mean). */
export function predictedAt(
  r: Recommendation,
  metric: 'ttft' | 'itl' | 'e2e',
  percentile: StatName,
) {
  const p = r.prediction[metric];
  return p[percentile] ?? p.p90 ?? p.p50 ?? p.mean;
}

/** A compact figure: label above, value below, reserved height. */
export function Figure(props: {
  label: string;
  value: string;
  testId?: string;
  extra?: React.ReactNode;
}) {
  return (
    <Box sx={{ minWidth: 110, minHeight: 64 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {props.label}
      </Typography>
      <Typography variant="h6" component="div" data-testid={props.testId}>
        {props.value}
      </Typography>
      {props.extra}
    </Box>
  );
}

/** The recommended configuration's key figures, with provenance. */
export function PlanHeadline(props: { plan: Plan }) {
  const { plan } = props;
  const r = plan.recommendations[0];
  if (!r)
    return (
      <Typography color="text.secondary">
        No configuration meets these targets with a known price.{' '}
        {plan.explanation}
      </Typography>
    );
  const pct = plan.workload.slo.percentile;
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" data-testid="plan-model">
        {r.hfId}
      </Typography>
      <Typography variant="body2" data-testid="plan-config">
        {configText(r)} = {r.gpus} GPU{r.gpus === 1 ? '' : 's'} · {r.engine} ·{' '}
        {r.precision}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
        {(['ttft', 'itl', 'e2e'] as const).map(m => {
          const v = predictedAt(r, m, pct);
          return (
            <Figure
              key={m}
              label={`${m.toUpperCase()} ${pct}`}
              value={fmtMs(v?.value)}
              testId={`plan-${m}`}
              extra={
                v && (
                  <ProvenanceBadge provenance={v.provenance} basis={v.basis} />
                )
              }
            />
          );
        })}
        <Figure
          label="Cost per month"
          value={fmtUsd(r.cost.perMonth)}
          testId="plan-cost-month"
          extra={
            <Typography variant="caption" color="text.secondary">
              {r.cost.pricing}
            </Typography>
          }
        />
        <Figure
          label="Replicas"
          value={String(r.replicas)}
          testId="plan-replicas"
        />
      </Stack>
    </Stack>
  );
}
