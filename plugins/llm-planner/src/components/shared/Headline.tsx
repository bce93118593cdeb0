import type {
  Plan,
  PredictedValue,
  Recommendation,
  StatName,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { fmtMs, fmtMsRange, fmtProb, fmtUsd } from './format';
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

/**
 * The interval of a predicted value as text, e.g. `80 %: 11–150 ms`; undefined when the value
 * carries none (plans made before intervals existed).
 */
export function intervalText(
  v: Pick<PredictedValue, 'low' | 'high' | 'level'> | undefined,
): string | undefined {
  if (v?.low === undefined || v.high === undefined) return undefined;
  return `${fmtProb(v.level ?? 0.8)}: ${fmtMsRange(v.low, v.high)}`;
}

/**
 * The confidence capacity was sized at and the availability floor, with its reason. Nothing for
 * plans made before either existed.
 */
export function SizingSummary(props: { rec: Recommendation }) {
  const { rec } = props;
  const { confidence, availability } = rec;
  if (confidence === undefined && !availability) return null;
  return (
    <Stack spacing={0.5}>
      {confidence !== undefined && (
        <Typography variant="body2" data-testid="plan-confidence">
          Sized so each SLO target holds with{' '}
          <strong>{fmtProb(confidence)} confidence</strong>
        </Typography>
      )}
      {availability && (
        <Typography variant="body2" data-testid="plan-availability">
          Availability{' '}
          <strong>
            {availability.policy}: {rec.replicas} replica
            {rec.replicas === 1 ? '' : 's'}
          </strong>
          {availabilityWhy(availability)}
        </Typography>
      )}
    </Stack>
  );
}

/**
 * The reason of an availability floor after the policy the line already names:
 * `n+1 (the use case default): one replica more…` reads `, one replica more… (the use case default)`.
 */
function availabilityWhy(a: Recommendation['availability']): string {
  const m = /^\S+ \(([^)]*)\): (.*)$/.exec(a.reason);
  return m ? `, ${m[2]} (${m[1]})` : ` · ${a.reason}`;
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
      <SizingSummary rec={r} />
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
                  <>
                    {intervalText(v) && (
                      <Typography
                        variant="caption"
                        color="text.secondary"
                        component="div"
                        sx={{ whiteSpace: 'nowrap' }}
                        data-testid={`plan-${m}-interval`}
                      >
                        {intervalText(v)}
                      </Typography>
                    )}
                    <ProvenanceBadge
                      provenance={v.provenance}
                      basis={v.basis}
                    />
                  </>
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
