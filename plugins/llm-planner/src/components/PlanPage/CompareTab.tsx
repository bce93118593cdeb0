import { EmptyState, InfoCard } from '@backstage/core-components';
import type {
  Recommendation,
  Workload,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { fmtMs, fmtNum, fmtUsd } from '../shared/format';
import { predictedAt } from '../shared/Headline';
import { ProvenanceBadge } from '../shared/ProvenanceBadge';
import { NoBreak } from '../shared/NoBreak';
import { TABLE_SX } from '../shared/tables';

/** A pinned scenario: a configuration and the workload it was sized for. */
export type Scenario = {
  key: string;
  label: string;
  rec: Recommendation;
  workload: Workload;
};

type RowDef = { label: string; value: (s: Scenario) => React.ReactNode };

const ROWS: RowDef[] = [
  { label: 'Model', value: s => <NoBreak text={s.rec.modelId} /> },
  { label: 'GPU', value: s => <NoBreak text={s.rec.gpuId} /> },
  { label: 'TP × replicas', value: s => `${s.rec.tp} × ${s.rec.replicas}` },
  { label: 'GPUs', value: s => s.rec.gpus },
  { label: 'Precision', value: s => s.rec.precision },
  {
    label: 'Users',
    value: s => `${fmtNum(s.workload.users, 0)} (${s.workload.usersMean})`,
  },
  { label: 'Peak req/s', value: s => fmtNum(s.workload.peakRps, 3) },
  ...(['ttft', 'itl', 'e2e'] as const).map(m => ({
    label: `${m.toUpperCase()} at SLO percentile`,
    value: (s: Scenario) => {
      const v = predictedAt(s.rec, m, s.workload.slo.percentile);
      return `${fmtMs(v?.value)} (${s.workload.slo.percentile})`;
    },
  })),
  { label: '$/month', value: s => fmtUsd(s.rec.cost.perMonth) },
  {
    label: '$/1M output tokens',
    value: s => fmtUsd(s.rec.cost.per1MOutputTokens, 2),
  },
  {
    label: 'Provenance',
    value: s => <ProvenanceBadge provenance={s.rec.provenance} />,
  },
];

/** Side-by-side comparison of up to three pinned scenarios. */
export function CompareTab(props: {
  scenarios: Scenario[];
  onRemove: (key: string) => void;
}) {
  const { scenarios, onRemove } = props;
  if (!scenarios.length)
    return (
      <EmptyState
        missing="data"
        title="Nothing pinned yet"
        description="Pin the plan (button at the top), an alternative (Overview tab) or a what-if variant (edit the Specifications, then pin) to compare up to three scenarios side by side."
      />
    );
  return (
    <InfoCard title="Scenarios side by side">
      <Table size="small" sx={TABLE_SX} aria-label="Scenario comparison">
        <TableHead>
          <TableRow>
            <TableCell />
            {scenarios.map(s => (
              <TableCell key={s.key}>
                {s.label}
                <Button
                  size="small"
                  onClick={() => onRemove(s.key)}
                  aria-label={`Remove ${s.label}`}
                  sx={{ ml: 1 }}
                >
                  Remove
                </Button>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {ROWS.map(r => (
            <TableRow key={r.label}>
              <TableCell component="th" scope="row">
                {r.label}
              </TableCell>
              {scenarios.map(s => (
                <TableCell key={s.key}>{r.value(s)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </InfoCard>
  );
}
