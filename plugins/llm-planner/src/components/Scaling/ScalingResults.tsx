import { InfoCard } from '@backstage/core-components';
import {
  AutoscalerParameters,
  POLICY_METRIC,
  policyKindSpec,
  ScalingPlan,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Radio from '@mui/material/Radio';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import type { ScalingOutcome } from '../../scaling/compute';
import { fmtMs, fmtNum, fmtUsd } from '../shared/format';
import { NoBreak } from '../shared/NoBreak';
import {
  CostComparisonChart,
  LatencyIntervalsChart,
  LatencyVsLoadChart,
  ScalingTimelineChart,
  TenantCharts,
  UtilisationChart,
} from './ScalingCharts';
import { TABLE_SCROLL_SX, TABLE_SX } from '../shared/tables';

type Comparison = ScalingOutcome['comparison'];
type ComparisonRow = Comparison['rows'][number];
type PolicyResult = Comparison['results'][number];

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

/** The comparison's cards: verdict, best policy, table and charts of the charted policy. */
export function ScalingResults(props: {
  sp: ScalingPlan;
  outcome: ScalingOutcome;
  running: boolean;
  stale: boolean;
  shown: number;
  onSelect: (index: number) => void;
  onExport: () => void;
  onPrint: () => void;
}) {
  const { sp, outcome, shown } = props;
  const cmp = outcome.comparison;
  const rec = outcome.recommended;
  const result = shown >= 0 ? cmp.results[shown] : undefined;
  return (
    // an item that is also a spaced container overflows its row by the spacing
    // (its negative margin and its item padding add up): nest the container instead
    <Grid item xs={12}>
      <Grid
        container
        spacing={3}
        data-testid="scaling-results"
        aria-busy={props.running}
        sx={{ opacity: props.stale ? 0.6 : 1, transition: 'opacity 150ms' }}
      >
        <Grid item xs={12} lg={7}>
          <VerdictCard outcome={outcome} />
        </Grid>
        <Grid item xs={12} lg={5}>
          <RecommendedCard
            outcome={outcome}
            onExport={props.onExport}
            onPrint={props.onPrint}
          />
        </Grid>
        <Grid item xs={12}>
          <PoliciesSideBySideCard
            sp={sp}
            rows={cmp.rows}
            recommended={rec}
            shown={shown}
            onSelect={props.onSelect}
          />
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
        {result && <ChartedPolicyCards sp={sp} result={result} />}
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
  );
}

function VerdictCard(props: { outcome: ScalingOutcome }) {
  const { outcome } = props;
  const cmp = outcome.comparison;
  return (
    <InfoCard title="Verdict">
      <Typography variant="body2" data-testid="scaling-verdict" sx={{ mb: 1 }}>
        {cmp.verdict}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {cmp.traffic.description}: peak {fmtNum(cmp.traffic.peakRps, 2)} req/s,{' '}
        {fmtNum(cmp.traffic.totalRequests, 0)} requests. Attainment target{' '}
        {pct(cmp.attainmentTarget)} of requests meeting every target and of the
        traffic in SLO-compliant 5-min intervals. {cmp.results.length} policies
        simulated in {outcome.ms} ms.
      </Typography>
    </InfoCard>
  );
}

function PoliciesSideBySideCard(props: {
  sp: ScalingPlan;
  rows: ComparisonRow[];
  recommended: number;
  shown: number;
  onSelect: (index: number) => void;
}) {
  const { sp } = props;
  return (
    <InfoCard title="Policies side by side">
      <Box sx={TABLE_SCROLL_SX}>
        <Table size="small" sx={TABLE_SX} aria-label="Policies side by side">
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">Charted</TableCell>
              <TableCell>Policy</TableCell>
              <TableCell align="right">GPU‑h/day</TableCell>
              <TableCell align="right">$/day</TableCell>
              <TableCell align="right">$/month</TableCell>
              <TableCell align="right">vs fixed</TableCell>
              <TableCell align="right">Requests meeting SLO</TableCell>
              <TableCell align="right">Traffic in compliant 5 min</TableCell>
              <TableCell align="right">Peak TTFT p95</TableCell>
              <TableCell align="right">Replicas</TableCell>
              <TableCell align="right">Scale events</TableCell>
              <TableCell>Meets target</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {props.rows.map((r, i) => (
              <PolicyComparisonRow
                key={i}
                row={r}
                index={i}
                recommended={i === props.recommended}
                charted={i === props.shown}
                onSelect={props.onSelect}
              />
            ))}
          </TableBody>
        </Table>
      </Box>
      <Typography variant="caption" color="text.secondary">
        Cost: GPU-hours of pods that exist (starting or ready), a GPU node
        billed 600 s after its pod goes, at {fmtUsd(sp.pricePerGpuHour, 2)}
        /GPU-hour ({sp.pricing}). If the GPU node pool does not scale with the
        pods, autoscaling saves nothing.
      </Typography>
    </InfoCard>
  );
}

function savingText(r: ComparisonRow): string {
  if (r.kind === 'fixed' || r.savingPct === null) return '–';
  return `${r.savingPct > 0 ? '-' : '+'}${Math.abs(r.savingPct)} %`;
}

function PolicyComparisonRow(props: {
  row: ComparisonRow;
  index: number;
  recommended: boolean;
  charted: boolean;
  onSelect: (index: number) => void;
}) {
  const { row: r, index: i } = props;
  return (
    <TableRow
      selected={props.recommended}
      data-testid={`scaling-row-${r.kind}`}
    >
      <TableCell padding="checkbox">
        <Radio
          checked={props.charted}
          onChange={() => props.onSelect(i)}
          inputProps={{ 'aria-label': `Chart ${r.label}` }}
        />
      </TableCell>
      <TableCell>
        <NoBreak text={r.label} />{' '}
        {props.recommended && (
          <Chip size="small" color="success" label="best here" />
        )}
      </TableCell>
      <TableCell align="right" data-testid={`gpu-hours-${i}`}>
        {fmtNum(r.gpuHours, 1)}
      </TableCell>
      <TableCell align="right">{fmtUsd(r.costPerDay)}</TableCell>
      <TableCell align="right">{fmtUsd(r.costPerMonth)}</TableCell>
      <TableCell align="right">{savingText(r)}</TableCell>
      <TableCell align="right">{pct(r.sloAttainment)}</TableCell>
      <TableCell align="right">{pct(r.compliantTraffic)}</TableCell>
      <TableCell align="right">{fmtMs(r.peakTtftP95)}</TableCell>
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
  );
}

/** Latency, load and utilisation charts of the policy picked in the table. */
function ChartedPolicyCards(props: { sp: ScalingPlan; result: PolicyResult }) {
  const { sp, result } = props;
  return (
    <>
      <Grid item xs={12} lg={6}>
        <InfoCard title="Latency per 5-min interval" subheader={result.label}>
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
export function ParametersTable(props: { p: AutoscalerParameters }) {
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
