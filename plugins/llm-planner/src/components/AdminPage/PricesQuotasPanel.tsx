import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  errorMessage,
  llmPlannerApiRef,
  StoredPrice,
} from '../../api/LlmPlannerClient';
import type { Quota } from '../../api/types';
import { fmtUsd, shortRef } from '../shared/format';
import { NoBreak } from '../shared/NoBreak';
import { TABLE_SX } from '../shared/tables';

/** A number cell that turns into a field: Enter or Save stores, Escape cancels. */
function InlineNumber(props: {
  value: number;
  label: string;
  format: (v: number) => string;
  onSave: (v: number) => Promise<void>;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(String(props.value));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const save = async () => {
    const n = Number(text);
    if (!Number.isFinite(n) || n < 0) {
      setError('a number ≥ 0');
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      await props.onSave(n);
      setEditing(false);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  if (!editing)
    return (
      <Button
        size="small"
        onClick={() => {
          setText(String(props.value));
          setEditing(true);
        }}
        aria-label={`Edit ${props.label}`}
      >
        {props.format(props.value)}
      </Button>
    );
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <TextField
        size="small"
        type="number"
        value={text}
        onChange={e => setText(e.target.value)}
        inputProps={{ 'aria-label': props.label, min: 0, step: 'any' }}
        onKeyDown={e => {
          if (e.key === 'Enter') save();
          if (e.key === 'Escape') setEditing(false);
        }}
        error={!!error}
        helperText={error}
        sx={{ width: 120 }}
        disabled={saving}
      />
      <Button size="small" onClick={save} disabled={saving}>
        Save
      </Button>
      <Button size="small" onClick={() => setEditing(false)} disabled={saving}>
        Cancel
      </Button>
    </Stack>
  );
}

/**
 * GPU prices and team GPU quotas, edited inline. The prices table takes the whole width up to
 * wide screens: beside the quotas at 1280-1440 px its last columns (the price) were cut off.
 */
export function PricesQuotasPanel() {
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} xl={8}>
        <GpuPricesCard />
      </Grid>
      <Grid item xs={12} xl={4}>
        <TeamQuotasCard />
      </Grid>
    </Grid>
  );
}

function GpuPricesCard() {
  const api = useApi(llmPlannerApiRef);
  const prices = useAsyncRetry(() => api.listPrices(), [api]);
  const savePrice = async (p: StoredPrice, perGpuHour: number) => {
    const { id, updatedBy: _b, updatedAt: _a, ...price } = p;
    await api.updatePrice(id, {
      ...price,
      pricePerGpuHour: perGpuHour,
      pricePerHour: Math.round(perGpuHour * p.gpuCount * 10000) / 10000,
    });
    prices.retry();
  };
  return (
    <InfoCard title="GPU prices">
      {prices.error && (
        <Alert severity="error">
          Prices did not load: {errorMessage(prices.error)}
        </Alert>
      )}
      {prices.loading && !prices.value && <Progress />}
      {prices.value && (
        <Table size="small" sx={TABLE_SX} aria-label="GPU prices">
          <TableHead>
            <TableRow>
              <TableCell>GPU</TableCell>
              <TableCell>Provider / region</TableCell>
              <TableCell>Instance</TableCell>
              <TableCell>Pricing</TableCell>
              <TableCell align="right">$/GPU‑hour</TableCell>
              <TableCell>As of</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {prices.value.items.map(p => (
              <TableRow key={p.id}>
                <TableCell>
                  <NoBreak text={p.gpuId ?? p.gpuRaw} />
                </TableCell>
                <TableCell>
                  <NoBreak text={`${p.provider} ${p.region}`} />
                </TableCell>
                <TableCell>
                  <NoBreak text={`${p.instanceType} (${p.gpuCount} GPU)`} />
                </TableCell>
                <TableCell>{p.pricing}</TableCell>
                <TableCell align="right" data-numeric>
                  <InlineNumber
                    value={p.pricePerGpuHour}
                    label={`price per GPU-hour of ${p.gpuId ?? p.gpuRaw} ${
                      p.provider
                    } ${p.region} ${p.instanceType} ${p.pricing}`}
                    format={v => fmtUsd(v, 2)}
                    onSave={v => savePrice(p, v)}
                  />
                </TableCell>
                <TableCell data-numeric>{p.asOf}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}

function TeamQuotasCard() {
  const api = useApi(llmPlannerApiRef);
  const quotas = useAsyncRetry(() => api.listQuotas(), [api]);
  const saveQuota = async (q: Pick<Quota, 'teamRef'>, v: number) => {
    await api.setQuota(q.teamRef, v);
    quotas.retry();
  };
  return (
    <InfoCard title="Team GPU quotas">
      {quotas.error && (
        <Alert severity="error">
          Quotas did not load: {errorMessage(quotas.error)}
        </Alert>
      )}
      {quotas.loading && !quotas.value && <Progress />}
      {quotas.value && (
        <Table size="small" sx={TABLE_SX} aria-label="Team GPU quotas">
          <TableHead>
            <TableRow>
              <TableCell>Team</TableCell>
              <TableCell align="right">GPUs</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {quotas.value.items.map(q => (
              <TableRow key={q.teamRef}>
                <TableCell>{shortRef(q.teamRef)}</TableCell>
                <TableCell align="right" data-numeric>
                  <InlineNumber
                    value={q.gpuQuota}
                    label={`GPU quota of ${q.teamRef}`}
                    format={v => String(v)}
                    onSave={v => saveQuota(q, v)}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <NewQuotaForm onSave={(teamRef, v) => saveQuota({ teamRef }, v)} />
    </InfoCard>
  );
}

/** Sets the quota of a team that has none yet; its error shows under the form. */
function NewQuotaForm(props: {
  onSave: (teamRef: string, gpus: number) => Promise<void>;
}) {
  const [newTeam, setNewTeam] = useState('');
  const [newQuota, setNewQuota] = useState('');
  const [quotaError, setQuotaError] = useState<string>();
  return (
    <>
      <Stack
        direction="row"
        spacing={1}
        sx={{ mt: 2 }}
        component="form"
        onSubmit={async e => {
          e.preventDefault();
          setQuotaError(undefined);
          try {
            await props.onSave(newTeam, Number(newQuota));
            setNewTeam('');
            setNewQuota('');
          } catch (err) {
            setQuotaError(errorMessage(err));
          }
        }}
      >
        <TextField
          id="quota-team"
          size="small"
          label="Team"
          placeholder="group:default/search-ai"
          value={newTeam}
          onChange={e => setNewTeam(e.target.value)}
        />
        <TextField
          id="quota-gpus"
          size="small"
          label="GPUs"
          type="number"
          value={newQuota}
          onChange={e => setNewQuota(e.target.value)}
          sx={{ width: 90 }}
        />
        <Button type="submit" disabled={!newTeam || newQuota === ''}>
          Set
        </Button>
      </Stack>
      {quotaError && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {quotaError}
        </Alert>
      )}
    </>
  );
}
