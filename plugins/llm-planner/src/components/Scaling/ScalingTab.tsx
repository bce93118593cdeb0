import { InfoCard, Progress } from '@backstage/core-components';
import {
  AutoscalerParameters,
  AutoscalerPolicy,
  AutoscalingDecision,
  defaultPolicies,
  Plan,
  POLICY_METRIC,
  policyKindSpec,
  scalingReport,
  ScalingPlan,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import Radio from '@mui/material/Radio';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { useMemo, useState } from 'react';
import type { ScalingOutcome } from '../../scaling/compute';
import {
  usePlanAutoscaling,
  useScalingComparison,
  useScalingPlan,
} from '../../scaling/useScaling';
import { fmtMs, fmtNum, fmtUsd } from '../shared/format';
import { draftsOf, PolicyDraft, PolicyEditor, policyOf } from './PolicyEditor';
import {
  CostComparisonChart,
  LatencyIntervalsChart,
  LatencyVsLoadChart,
  ScalingTimelineChart,
  TenantCharts,
  UtilisationChart,
} from './ScalingCharts';
import {
  defaultTrafficForm,
  patternOf,
  TrafficForm,
  TrafficFormFields,
  tryBuild,
} from './TrafficForm';
import { TABLE_SCROLL_SX, TABLE_SX } from '../shared/tables';

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

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

/** Scaling simulation of a plan over a day of traffic: patterns, policies, charts, report. */
export function ScalingTab(props: { plan: Plan; title: string }) {
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
              Simulated on an {decision.traffic.description} ({decision.router}{' '}
              router): {decision.reason}. The Manifests tab and the software
              template render exactly this
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

function ScalingWorkbench(props: { sp: ScalingPlan; title: string }) {
  const { sp, title } = props;
  const [form, setForm] = useState<TrafficForm>(() =>
    defaultTrafficForm(sp.planPeakRps),
  );
  const [drafts, setDrafts] = useState<PolicyDraft[]>(() =>
    draftsOf(defaultPolicies(sp)),
  );
  const [startup, setStartup] = useState(String(sp.startupSeconds));
  const [selected, setSelected] = useState<number | null>(null);

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
  const { outcome, running, stale, error } = useScalingComparison(
    sp,
    runnable,
    policies,
    options,
  );

  const cmp = outcome?.comparison;
  const rec = outcome?.recommended ?? -1;
  const shown =
    cmp && selected !== null && selected < cmp.results.length ? selected : rec;
  const result = cmp && shown >= 0 ? cmp.results[shown] : undefined;
  const recRow = cmp && rec >= 0 ? cmp.rows[rec] : undefined;

  const exportReport = () => {
    if (!outcome) return;
    const url = blobUrl(reportHtml(outcome, title));
    const a = document.createElement('a');
    a.href = url;
    a.download = `scaling-report-${slug(title)}.html`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const openPrintable = () => {
    if (!outcome) return;
    window.open(blobUrl(reportHtml(outcome, title)), '_blank', 'noopener');
  };

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
            form={form}
            onChange={setForm}
            errors={errors}
            traffic={built.traffic}
            buildError={built.error}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={8}>
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
            <Button
              onClick={() => {
                setDrafts(draftsOf(defaultPolicies(sp)));
                setStartup(String(sp.startupSeconds));
              }}
            >
              Reset policies
            </Button>
          </Stack>
        </InfoCard>
      </Grid>

      <Grid item xs={12}>
        <Box sx={{ height: 4 }}>
          {running && <LinearProgress aria-label="Simulating the day" />}
        </Box>
        {error && (
          <Alert severity="error">The simulation failed: {error}</Alert>
        )}
        {!cmp && !error && (
          <Box
            sx={{ minHeight: 200, display: 'grid', placeItems: 'center' }}
            role="status"
          >
            <Typography color="text.secondary">
              {runnable && policies.length
                ? 'Simulating the day for each policy…'
                : 'Choose a traffic pattern and at least one valid policy.'}
            </Typography>
          </Box>
        )}
      </Grid>

      {cmp && outcome && recRow && (
        // an item that is also a spaced container overflows its row by the spacing
        // (its negative margin and its item padding add up): nest the container instead
        <Grid item xs={12}>
          <Grid
            container
            spacing={3}
            data-testid="scaling-results"
            aria-busy={running}
            sx={{ opacity: stale ? 0.6 : 1, transition: 'opacity 150ms' }}
          >
            <Grid item xs={12} lg={7}>
              <InfoCard title="Verdict">
                <Typography
                  variant="body2"
                  data-testid="scaling-verdict"
                  sx={{ mb: 1 }}
                >
                  {cmp.verdict}
                </Typography>
                <Typography variant="caption" color="text.secondary">
                  {cmp.traffic.description}: peak{' '}
                  {fmtNum(cmp.traffic.peakRps, 2)} req/s,{' '}
                  {fmtNum(cmp.traffic.totalRequests, 0)} requests. Attainment
                  target {pct(cmp.attainmentTarget)} of requests meeting every
                  target and of the traffic in SLO-compliant 5-min intervals.{' '}
                  {cmp.results.length} policies simulated in {outcome.ms} ms.
                </Typography>
              </InfoCard>
            </Grid>
            <Grid item xs={12} lg={5}>
              <RecommendedCard
                outcome={outcome}
                onExport={exportReport}
                onPrint={openPrintable}
              />
            </Grid>
            <Grid item xs={12}>
              <InfoCard title="Policies side by side">
                <Box sx={TABLE_SCROLL_SX}>
                  <Table
                    size="small"
                    sx={TABLE_SX}
                    aria-label="Policies side by side"
                  >
                    <TableHead>
                      <TableRow>
                        <TableCell padding="checkbox">Charted</TableCell>
                        <TableCell>Policy</TableCell>
                        <TableCell align="right">GPU‑h/day</TableCell>
                        <TableCell align="right">$/day</TableCell>
                        <TableCell align="right">$/month</TableCell>
                        <TableCell align="right">vs fixed</TableCell>
                        <TableCell align="right">
                          Requests meeting SLO
                        </TableCell>
                        <TableCell align="right">
                          Traffic in compliant 5 min
                        </TableCell>
                        <TableCell align="right">Peak TTFT p95</TableCell>
                        <TableCell align="right">Replicas</TableCell>
                        <TableCell align="right">Scale events</TableCell>
                        <TableCell>Meets target</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {cmp.rows.map((r, i) => (
                        <TableRow
                          key={i}
                          selected={i === rec}
                          data-testid={`scaling-row-${r.kind}`}
                        >
                          <TableCell padding="checkbox">
                            <Radio
                              checked={i === shown}
                              onChange={() => setSelected(i)}
                              inputProps={{ 'aria-label': `Chart ${r.label}` }}
                            />
                          </TableCell>
                          <TableCell>
                            {r.label}{' '}
                            {i === rec && (
                              <Chip
                                size="small"
                                color="success"
                                label="best here"
                              />
                            )}
                          </TableCell>
                          <TableCell
                            align="right"
                            data-testid={`gpu-hours-${i}`}
                          >
                            {fmtNum(r.gpuHours, 1)}
                          </TableCell>
                          <TableCell align="right">
                            {fmtUsd(r.costPerDay)}
                          </TableCell>
                          <TableCell align="right">
                            {fmtUsd(r.costPerMonth)}
                          </TableCell>
                          <TableCell align="right">
                            {r.kind === 'fixed' || r.savingPct === null
                              ? '–'
                              : `${r.savingPct > 0 ? '-' : '+'}${Math.abs(
                                  r.savingPct,
                                )} %`}
                          </TableCell>
                          <TableCell align="right">
                            {pct(r.sloAttainment)}
                          </TableCell>
                          <TableCell align="right">
                            {pct(r.compliantTraffic)}
                          </TableCell>
                          <TableCell align="right">
                            {fmtMs(r.peakTtftP95)}
                          </TableCell>
                          <TableCell align="right">
                            {r.minReadyReplicas}–{r.maxReadyReplicas}
                          </TableCell>
                          <TableCell align="right">{r.scaleEvents}</TableCell>
                          <TableCell>
                            <Chip
                              size="small"
                              variant="outlined"
                              color={r.meetsTarget ? 'success' : 'error'}
                              label={r.meetsTarget ? 'yes' : 'no'}
                            />
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </Box>
                <Typography variant="caption" color="text.secondary">
                  Cost: GPU-hours of pods that exist (starting or ready), a GPU
                  node billed 600 s after its pod goes, at{' '}
                  {fmtUsd(sp.pricePerGpuHour, 2)}/GPU-hour ({sp.pricing}). If
                  the GPU node pool does not scale with the pods, autoscaling
                  saves nothing.
                </Typography>
              </InfoCard>
            </Grid>
            <Grid item xs={12}>
              <InfoCard title="Scaling timeline: load vs replicas">
                <ScalingTimelineChart
                  results={cmp.results}
                  highlight={rec}
                  testId="scaling-timeline"
                />
              </InfoCard>
            </Grid>
            {result && (
              <>
                <Grid item xs={12} lg={6}>
                  <InfoCard
                    title="Latency per 5-min interval"
                    subheader={result.label}
                  >
                    <LatencyIntervalsChart result={result} slo={sp.slo} />
                  </InfoCard>
                </Grid>
                <Grid item xs={12} lg={6}>
                  <InfoCard
                    title="Performance under load"
                    subheader={`${result.label}: TTFT p95 vs served load per replica`}
                  >
                    <Box sx={{ height: 40 }} />
                    <LatencyVsLoadChart
                      result={result}
                      surface={sp.surface}
                      slo={sp.slo}
                    />
                  </InfoCard>
                </Grid>
                <Grid item xs={12} lg={6}>
                  <InfoCard
                    title="Resource utilisation per replica"
                    subheader={result.label}
                  >
                    <UtilisationChart result={result} />
                  </InfoCard>
                </Grid>
              </>
            )}
            <Grid item xs={12} lg={6}>
              <InfoCard
                title="Cost: fixed vs autoscaled ($/month)"
                subheader="grey: fixed; green: recommended; label: vs fixed"
              >
                <CostComparisonChart rows={cmp.rows} recommended={rec} />
              </InfoCard>
            </Grid>
            {result && (
              <Grid item xs={12}>
                <InfoCard
                  title="Per tenant: throughput and latency"
                  subheader={result.label}
                >
                  <TenantCharts result={result} />
                </InfoCard>
              </Grid>
            )}
          </Grid>
        </Grid>
      )}
    </Grid>
  );
}

function ruleText(r: AutoscalerParameters['scaleUp']): string {
  if (r.selectPolicy === 'Disabled' || !r.policies.length) return 'disabled';
  return `${r.policies
    .map(
      p =>
        `${p.type === 'Percent' ? `${p.value} %` : `${p.value} pods`} per ${
          p.periodSeconds
        } s`,
    )
    .join(', ')} (${r.selectPolicy})`;
}

/** The recommended policy with its parameters (what the manifests' autoscaler uses). */
function RecommendedCard(props: {
  outcome: ScalingOutcome;
  onExport: () => void;
  onPrint: () => void;
}) {
  const { outcome } = props;
  const cmp = outcome.comparison;
  const row = cmp.rows[outcome.recommended];
  const p = cmp.results[outcome.recommended].parameters;
  return (
    <InfoCard title="Best policy of this comparison">
      <Stack spacing={1} data-testid="scaling-recommended">
        <Typography variant="subtitle1">
          {row.label}{' '}
          <Chip
            size="small"
            color={row.meetsTarget ? 'success' : 'warning'}
            label={row.meetsTarget ? 'meets the SLO' : 'none meets the SLO'}
          />
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {outcome.reason}.
        </Typography>
        <ParametersTable p={p} />
        <Stack direction="row" spacing={1}>
          <Button
            variant="contained"
            startIcon={<DownloadIcon />}
            onClick={props.onExport}
          >
            Export report
          </Button>
          <Button startIcon={<PrintIcon />} onClick={props.onPrint}>
            Open printable
          </Button>
        </Stack>
      </Stack>
    </InfoCard>
  );
}

/** Autoscaler parameters as the manifests render them. */
function ParametersTable(props: { p: AutoscalerParameters }) {
  const { p } = props;
  const unitTarget = policyKindSpec(p.kind).utilisation
    ? `${Math.round(p.target * 1000) / 10} %`
    : fmtNum(p.target, 2);
  const params: [string, string][] = [
    ['kind', p.kind],
    ['metric', POLICY_METRIC[p.kind]],
    ['minReplicas', String(p.minReplicas)],
    ['maxReplicas', String(p.maxReplicas)],
  ];
  if (p.kind !== 'fixed')
    params.push(
      ['target', unitTarget],
      ['scale-down window', `${p.stabilizationWindowSeconds} s`],
      ['scale-up', ruleText(p.scaleUp)],
      ['scale-down', ruleText(p.scaleDown)],
    );
  return (
    <Table size="small" sx={TABLE_SX} aria-label="Autoscaler parameters">
      <TableBody>
        {params.map(([k, v]) => (
          <TableRow key={k}>
            <TableCell sx={{ py: 0.25 }}>{k}</TableCell>
            <TableCell sx={{ py: 0.25, fontFamily: 'monospace' }}>
              {v}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
