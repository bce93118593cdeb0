import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { errorMessage, llmPlannerApiRef } from '../../api/LlmPlannerClient';
import { CalibrationFactor } from '../../api/types';
import { fmtDate, fmtNum, fmtPct } from '../shared/format';
import { NoBreak } from '../shared/NoBreak';
import { TABLE_SX } from '../shared/tables';

type Estimate = NonNullable<CalibrationFactor['ttft']>;

/** factor (interval) with the evidence behind it in a tooltip */
function FactorCell({ estimate }: { estimate: Estimate | null }) {
  if (!estimate) return <TableCell align="right">–</TableCell>;
  const evidence = `${estimate.n} outcome${estimate.n === 1 ? '' : 's'} of ${
    estimate.teams
  } team${estimate.teams === 1 ? '' : 's'}: ${estimate.outcomeIds
    .map(id => `#${id}`)
    .join(', ')}${
    estimate.outlierIds.length
      ? `; outliers ignored: ${estimate.outlierIds
          .map(id => `#${id}`)
          .join(', ')}`
      : ''
  }${estimate.bounded ? '; clamped to the policy bound' : ''}`;
  return (
    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
      <Tooltip title={evidence}>
        <span>
          {fmtNum(estimate.value, 3)} ({fmtPct(estimate.value - 1)})
          <Typography
            component="span"
            variant="caption"
            color="text.secondary"
            display="block"
          >
            {Math.round(estimate.level * 100)} %: {fmtNum(estimate.low, 3)}–
            {fmtNum(estimate.high, 3)} · n={estimate.n}, {estimate.teams} team
            {estimate.teams === 1 ? '' : 's'}
            {estimate.bounded ? ' · clamped' : ''}
          </Typography>
        </span>
      </Tooltip>
    </TableCell>
  );
}

/** The platform team's audited switch that takes one outcome out of calibration. */
function ExcludeOutcomeForm({ onChanged }: { onChanged: () => void }) {
  const api = useApi(llmPlannerApiRef);
  const [id, setId] = useState('');
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<{
    severity: 'success' | 'error';
    text: string;
  }>();
  const submit = async (exclude: boolean) => {
    try {
      const outcome = await api.setOutcomeExclusion(
        Number(id),
        exclude ? reason : null,
      );
      setMessage({
        severity: 'success',
        text: exclude
          ? `Outcome #${outcome.id} no longer calibrates plans.`
          : `Outcome #${outcome.id} calibrates plans again.`,
      });
      onChanged();
    } catch (e) {
      setMessage({ severity: 'error', text: errorMessage(e) });
    }
  };
  return (
    <Box mt={2}>
      <Typography variant="subtitle2" gutterBottom>
        Exclude an outcome from calibration (recorded in the audit log)
      </Typography>
      <Stack direction="row" spacing={1} alignItems="flex-start">
        <TextField
          label="Outcome id"
          size="small"
          value={id}
          onChange={e => setId(e.target.value.replace(/[^0-9]/g, ''))}
          sx={{ width: 120 }}
        />
        <TextField
          label="Reason"
          size="small"
          value={reason}
          onChange={e => setReason(e.target.value)}
          sx={{ flex: 1 }}
        />
        <Button
          variant="outlined"
          disabled={!id || reason.trim().length < 3}
          onClick={() => submit(true)}
        >
          Exclude
        </Button>
        <Button disabled={!id} onClick={() => submit(false)}>
          Include again
        </Button>
      </Stack>
      {message && (
        <Alert severity={message.severity} sx={{ mt: 1 }}>
          {message.text}
        </Alert>
      )}
    </Box>
  );
}

/** Calibration factors (measured / predicted) with their intervals and evidence. */
export function CalibrationPanel() {
  const api = useApi(llmPlannerApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.listCalibration(),
    [api],
  );
  return (
    <InfoCard
      title="Calibration and prediction error"
      subheader="Robust factors from measured outcomes of deployments, per configuration and token shape: factor = measured / predicted, with its interval, the outcomes used and the teams they came from. One team's outcomes can move a factor by at most 25 % until another team's agree."
    >
      {error && (
        <Alert severity="error">
          Calibration did not load: {errorMessage(error)}
        </Alert>
      )}
      {loading && <Progress />}
      {value && value.items.length === 0 && (
        <Typography color="text.secondary">
          No calibration yet. Factors appear once deployments report at least
          three measured outcomes of one configuration (a load test after
          deploy, or live metrics).
        </Typography>
      )}
      {value && value.items.length > 0 && (
        <Table size="small" sx={TABLE_SX} aria-label="Calibration factors">
          <TableHead>
            <TableRow>
              <TableCell>Model</TableCell>
              <TableCell>GPU</TableCell>
              <TableCell align="right">TP</TableCell>
              <TableCell>Engine</TableCell>
              <TableCell>Token shape</TableCell>
              <TableCell align="right">TTFT factor</TableCell>
              <TableCell align="right">ITL factor</TableCell>
              <TableCell align="right">e2e factor</TableCell>
              <TableCell align="right">Outcomes</TableCell>
              <TableCell>Updated</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {value.items.map(c => (
              <TableRow
                key={`${c.modelId}|${c.gpuId}|${c.tp}|${c.engine}|${c.shape}`}
              >
                <TableCell>
                  <NoBreak text={c.modelId} />
                </TableCell>
                <TableCell>
                  <NoBreak text={c.gpuId} />
                </TableCell>
                <TableCell align="right">{c.tp}</TableCell>
                <TableCell>{c.engine}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {c.shape ?? 'every shape'}
                </TableCell>
                <FactorCell estimate={c.ttft} />
                <FactorCell estimate={c.itl} />
                <FactorCell estimate={c.e2e} />
                <TableCell align="right">{c.samples}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {fmtDate(c.updatedAt)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ExcludeOutcomeForm onChanged={retry} />
    </InfoCard>
  );
}
