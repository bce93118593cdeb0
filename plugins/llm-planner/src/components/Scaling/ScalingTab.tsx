import { InfoCard, Progress } from '@backstage/core-components';
import {
  AutoscalerPolicy,
  AutoscalingDecision,
  batchJobOfPlan,
  defaultPolicies,
  Plan,
  scalingReport,
  ScalingPlan,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import type { ScalingOutcome } from '../../scaling/compute';
import {
  usePlanAutoscaling,
  useScalingComparison,
  useScalingPlan,
} from '../../scaling/useScaling';
import { BatchRunWindow } from './BatchRunWindow';
import { draftsOf, PolicyDraft, PolicyEditor, policyOf } from './PolicyEditor';
import { ParametersTable, ScalingResults } from './ScalingResults';
import {
  defaultTrafficForm,
  patternOf,
  TrafficForm,
  TrafficFormFields,
  tryBuild,
} from './TrafficForm';

/** The HTML report of a comparison, named after the plan. */
export function reportHtml(outcome: ScalingOutcome, title: string): string {
  return scalingReport(outcome.comparison, {
    title: `${title}: scaling simulation`,
    highlight: outcome.recommended,
  });
}

function blobUrl(html: string): string {
  return URL.createObjectURL(new Blob([html], { type: 'text/html' }));
}

function slug(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'plan'
  );
}

/**
 * Scaling of a plan: an interactive plan's simulation over a day of traffic (patterns, policies,
 * charts, report); a batch plan's run window, which nothing autoscales.
 */
export function ScalingTab(props: { plan: Plan; title: string }) {
  const job = batchJobOfPlan(props.plan);
  if (job) return <BatchRunWindow plan={props.plan} job={job} />;
  return <InteractiveScaling {...props} />;
}

/** The day of traffic replayed through the plan's decision and other policies. */
function InteractiveScaling(props: { plan: Plan; title: string }) {
  const { plan } = props;
  const { sp, loading, error } = useScalingPlan(plan);
  const planDecision = usePlanAutoscaling(plan);
  if (error) return <Alert severity="warning">{error}</Alert>;
  if (loading || !sp) return <Progress />;
  return (
    <Stack spacing={3}>
      <PlanDecisionCard {...planDecision} />
      {/* a Stack resets its children's margins, which a spaced Grid container needs */}
      <Box>
        <ScalingWorkbench key={sp.label} sp={sp} title={props.title} />
      </Box>
    </Stack>
  );
}

/** The plan's one autoscaler decision: what the Manifests tab and the template render. */
function PlanDecisionCard(props: {
  decision?: AutoscalingDecision;
  derived: boolean;
  loading: boolean;
  error?: string;
}) {
  const { decision } = props;
  return (
    <InfoCard title="Recommended autoscaler: the plan's decision">
      <Stack spacing={1} data-testid="scaling-plan-decision">
        {!decision && props.loading && (
          <Typography color="text.secondary">
            Simulating the plan's day for every candidate policy…
          </Typography>
        )}
        {!decision && props.error && (
          <Alert severity="warning">{props.error}</Alert>
        )}
        {decision && (
          <>
            <Typography variant="subtitle1">
              {decision.parameters.kind === 'fixed'
                ? `No autoscaler: fixed ${decision.parameters.minReplicas} replica(s)`
                : decision.label}{' '}
              <Chip
                size="small"
                color={decision.meetsTarget ? 'success' : 'warning'}
                label={
                  decision.meetsTarget ? 'meets the SLO' : 'none meets the SLO'
                }
              />
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Simulated on an{' '}
              {decision.traffic?.description ?? decision.pattern} (
              {decision.router} router): {decision.reason}. The Manifests tab
              and the software template render exactly this
              {props.derived
                ? '; derived here from this plan as the backend derives it for the template (deterministic)'
                : '; carried by the plan'}
              . The comparison below explores other days and policies.
            </Typography>
            <ParametersTable p={decision.parameters} />
          </>
        )}
      </Stack>
    </InfoCard>
  );
}

function downloadReport(outcome: ScalingOutcome, title: string) {
  const url = blobUrl(reportHtml(outcome, title));
  const a = document.createElement('a');
  a.href = url;
  a.download = `scaling-report-${slug(title)}.html`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function openPrintableReport(outcome: ScalingOutcome, title: string) {
  window.open(blobUrl(reportHtml(outcome, title)), '_blank', 'noopener');
}

/** The workbench's inputs (traffic form, policy drafts, start-up time) and what they yield. */
function useWorkbenchInputs(sp: ScalingPlan) {
  const [form, setForm] = useState<TrafficForm>(() =>
    defaultTrafficForm(sp.planPeakRps),
  );
  const [drafts, setDrafts] = useState<PolicyDraft[]>(() =>
    draftsOf(defaultPolicies(sp)),
  );
  const [startup, setStartup] = useState(String(sp.startupSeconds));

  const { pattern, errors } = useMemo(
    () => patternOf(form, sp.planPeakRps),
    [form, sp.planPeakRps],
  );
  const built = useMemo(() => tryBuild(pattern), [pattern]);
  const runnable =
    built.traffic && built.traffic.totalRequests > 0 ? pattern : undefined;
  const policies = useMemo(
    () =>
      drafts
        .filter(d => d.enabled)
        .map(d => policyOf(d).policy)
        .filter((p): p is AutoscalerPolicy => !!p),
    [drafts],
  );
  const startupValue = Number(startup);
  const startupOk =
    startup.trim() !== '' && Number.isFinite(startupValue) && startupValue >= 0;
  const options = useMemo(
    () =>
      startupOk && startupValue !== sp.startupSeconds
        ? { startupSeconds: startupValue }
        : {},
    [startupOk, startupValue, sp.startupSeconds],
  );
  const resetPolicies = () => {
    setDrafts(draftsOf(defaultPolicies(sp)));
    setStartup(String(sp.startupSeconds));
  };
  return {
    form,
    setForm,
    errors,
    built,
    runnable,
    drafts,
    setDrafts,
    policies,
    startup,
    setStartup,
    startupOk,
    options,
    resetPolicies,
  };
}

function ScalingWorkbench(props: { sp: ScalingPlan; title: string }) {
  const { sp, title } = props;
  const inputs = useWorkbenchInputs(sp);
  const [selected, setSelected] = useState<number | null>(null);
  const { outcome, running, stale, error } = useScalingComparison(
    sp,
    inputs.runnable,
    inputs.policies,
    inputs.options,
  );

  const cmp = outcome?.comparison;
  const rec = outcome?.recommended ?? -1;
  const shown =
    cmp && selected !== null && selected < cmp.results.length ? selected : rec;
  const recRow = cmp && rec >= 0 ? cmp.rows[rec] : undefined;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Typography variant="body2" color="text.secondary">
          One day replayed second by second through {sp.label}: the autoscaler
          adds replicas (ready {sp.startupSeconds} s after creation by default),
          requests queue when replicas are saturated, and every 5 minutes the
          latency percentiles are checked against the SLO. Everything runs in
          your browser.
        </Typography>
      </Grid>
      <Grid item xs={12} lg={4}>
        <InfoCard title="Traffic over the day">
          <TrafficFormFields
            form={inputs.form}
            onChange={inputs.setForm}
            errors={inputs.errors}
            traffic={inputs.built.traffic}
            buildError={inputs.built.error}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={8}>
        <PoliciesCard inputs={inputs} />
      </Grid>

      <Grid item xs={12}>
        <SimulationStatus
          running={running}
          error={error}
          hasComparison={!!cmp}
          ready={!!inputs.runnable && inputs.policies.length > 0}
        />
      </Grid>

      {cmp && outcome && recRow && (
        <ScalingResults
          sp={sp}
          outcome={outcome}
          running={running}
          stale={stale}
          shown={shown}
          onSelect={setSelected}
          onExport={() => downloadReport(outcome, title)}
          onPrint={() => openPrintableReport(outcome, title)}
        />
      )}
    </Grid>
  );
}

function PoliciesCard(props: {
  inputs: ReturnType<typeof useWorkbenchInputs>;
}) {
  const { drafts, setDrafts, startup, setStartup, startupOk, resetPolicies } =
    props.inputs;
  return (
    <InfoCard
      title="Autoscaler policies"
      subheader="Kubernetes default behaviour (300 s scale-down window, +100 % / +4 pods per 15 s up); KEDA polls every 30 s."
    >
      <PolicyEditor drafts={drafts} onChange={setDrafts} />
      <Stack direction="row" spacing={2} alignItems="center" sx={{ mt: 2 }}>
        <TextField
          id="scaling-startup"
          size="small"
          type="number"
          label="Pod start-up to ready"
          value={startup}
          onChange={e => setStartup(e.target.value)}
          error={!startupOk}
          helperText={
            startupOk
              ? 'scheduling + model load + warm-up'
              : 'a number of seconds >= 0'
          }
          InputProps={{ endAdornment: 's' }}
          sx={{ width: 220 }}
        />
        <Button onClick={resetPolicies}>Reset policies</Button>
      </Stack>
    </InfoCard>
  );
}

/** Progress bar, failure, or what the comparison is waiting for. */
function SimulationStatus(props: {
  running: boolean;
  error?: string;
  hasComparison: boolean;
  ready: boolean;
}) {
  const { error } = props;
  return (
    <>
      <Box sx={{ height: 4 }}>
        {props.running && <LinearProgress aria-label="Simulating the day" />}
      </Box>
      {error && <Alert severity="error">The simulation failed: {error}</Alert>}
      {!props.hasComparison && !error && (
        <Box
          sx={{ minHeight: 200, display: 'grid', placeItems: 'center' }}
          role="status"
        >
          <Typography color="text.secondary">
            {props.ready
              ? 'Simulating the day for each policy…'
              : 'Choose a traffic pattern and at least one valid policy.'}
          </Typography>
        </Box>
      )}
    </>
  );
}
