import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { errorMessage, llmPlannerApiRef } from '../../api/LlmPlannerClient';
import { fmtDate, fmtNum, fmtPct } from '../shared/format';

/** Calibration factors (measured / predicted) and the prediction error they imply. */
export function CalibrationPanel() {
  const api = useApi(llmPlannerApiRef);
  const { value, loading, error } = useAsync(
    () => api.listCalibration(),
    [api],
  );
  const err = (f: number | null) => (f === null ? '–' : fmtPct(f - 1));
  return (
    <InfoCard
      title="Calibration and prediction error"
      subheader="Fitted from measured outcomes of deployments: factor = measured / predicted; error = factor − 1 before calibration."
    >
      {error && (
        <Alert severity="error">
          Calibration did not load: {errorMessage(error)}
        </Alert>
      )}
      {loading && <Progress />}
      {value && value.items.length === 0 && (
        <Typography color="text.secondary">
          No calibration yet. Factors appear once deployments report measured
          outcomes (a load test after deploy, or live metrics).
        </Typography>
      )}
      {value && value.items.length > 0 && (
        <Table size="small" aria-label="Calibration factors">
          <TableHead>
            <TableRow>
              <TableCell>Model</TableCell>
              <TableCell>GPU</TableCell>
              <TableCell align="right">TP</TableCell>
              <TableCell>Engine</TableCell>
              <TableCell align="right">TTFT factor (error)</TableCell>
              <TableCell align="right">ITL factor (error)</TableCell>
              <TableCell align="right">e2e factor (error)</TableCell>
              <TableCell align="right">Samples</TableCell>
              <TableCell>Updated</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {value.items.map(c => (
              <TableRow key={`${c.modelId}|${c.gpuId}|${c.tp}|${c.engine}`}>
                <TableCell>{c.modelId}</TableCell>
                <TableCell>{c.gpuId}</TableCell>
                <TableCell align="right">{c.tp}</TableCell>
                <TableCell>{c.engine}</TableCell>
                <TableCell align="right">
                  {fmtNum(c.ttftFactor, 3)} ({err(c.ttftFactor)})
                </TableCell>
                <TableCell align="right">
                  {fmtNum(c.itlFactor, 3)} ({err(c.itlFactor)})
                </TableCell>
                <TableCell align="right">
                  {fmtNum(c.e2eFactor, 3)} ({err(c.e2eFactor)})
                </TableCell>
                <TableCell align="right">{c.samples}</TableCell>
                <TableCell>{fmtDate(c.updatedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}
