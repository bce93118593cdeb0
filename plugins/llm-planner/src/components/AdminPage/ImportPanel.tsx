import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  ImportContext,
  RowError,
} from '@internal/backstage-plugin-llm-planner-common';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FormEvent, useState } from 'react';
import {
  errorMessage,
  ImportRejectedError,
  llmPlannerApiRef,
} from '../../api/LlmPlannerClient';
import type { ImportFormat, ImportResult } from '../../api/types';

const FORMAT_HELP: Record<ImportFormat, string> = {
  csv: 'Rows in the shared benchmark column layout (benchmarks.csv); the GPU is in each row.',
  guidellm:
    'A GuideLLM benchmarks JSON report; the report does not record the hardware, so give the GPU below.',
  'vllm-bench-serve':
    'A vllm bench serve (or benchmark_serving) JSON result; give the GPU below.',
};

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; pct: number }
  | { kind: 'uploading' }
  | { kind: 'done'; result: ImportResult }
  | { kind: 'rejected'; message: string; rowErrors: RowError[] }
  | { kind: 'failed'; message: string };

function readFile(
  file: File,
  onProgress: (pct: number) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = e => {
      if (e.lengthComputable)
        onProgress(Math.round((e.loaded / e.total) * 100));
    };
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () =>
      reject(reader.error ?? new Error('could not read the file'));
    reader.readAsText(file);
  });
}

function parseField(v: string, num: boolean): string | number | undefined {
  if (v === '') return undefined;
  return num ? Number(v) : v;
}

function guessFormat(name: string): ImportFormat {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/guidellm/i.test(name)) return 'guidellm';
  return 'vllm-bench-serve';
}

/** Import a benchmark file: all rows or none, with the rejected rows listed. */
export function ImportPanel(props: { onImported: () => void }) {
  const api = useApi(llmPlannerApiRef);
  const [file, setFile] = useState<File>();
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [dataset, setDataset] = useState('');
  const [context, setContext] = useState<ImportContext>({});
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const busy = phase.kind === 'reading' || phase.kind === 'uploading';
  const json = format !== 'csv';
  const ctx = (k: keyof ImportContext, num = false) => ({
    value: (context[k] as string | number | undefined) ?? '',
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      setContext(c => ({
        ...c,
        [k]: parseField(e.target.value, num),
      })),
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    try {
      setPhase({ kind: 'reading', pct: 0 });
      const content = await readFile(file, pct =>
        setPhase({ kind: 'reading', pct }),
      );
      setPhase({ kind: 'uploading' });
      const result = await api.importBenchmarks({
        format,
        dataset: dataset || file.name,
        content,
        context: json
          ? { ...context, fileName: file.name }
          : { fileName: file.name },
      });
      setPhase({ kind: 'done', result });
      props.onImported();
    } catch (err) {
      if (err instanceof ImportRejectedError)
        setPhase({
          kind: 'rejected',
          message: err.message,
          rowErrors: err.rowErrors,
        });
      else setPhase({ kind: 'failed', message: errorMessage(err) });
    }
  };

  return (
    <InfoCard title="Import benchmark results">
      <Box
        component="form"
        onSubmit={submit}
        aria-label="Import benchmark results"
      >
        <Grid container spacing={2}>
          <Grid item xs={12} md={6}>
            <Button variant="outlined" component="label" disabled={busy}>
              Choose file
              <input
                hidden
                type="file"
                accept=".csv,.json,.jsonl,text/csv,application/json"
                aria-label="Benchmark file"
                data-testid="import-file"
                onChange={e => {
                  const f = e.target.files?.[0];
                  setFile(f);
                  if (f) setFormat(guessFormat(f.name));
                  setPhase({ kind: 'idle' });
                }}
              />
            </Button>
            <Typography component="span" sx={{ ml: 2 }} variant="body2">
              {file
                ? `${file.name} (${Math.ceil(file.size / 1024)} KiB)`
                : 'no file chosen'}
            </Typography>
          </Grid>
          <Grid item xs={12} md={3}>
            <TextField
              id="import-format"
              select
              size="small"
              fullWidth
              label="Format"
              value={format}
              onChange={e => setFormat(e.target.value as ImportFormat)}
              disabled={busy}
              helperText={FORMAT_HELP[format]}
            >
              <MenuItem value="csv">CSV (shared layout)</MenuItem>
              <MenuItem value="guidellm">GuideLLM JSON</MenuItem>
              <MenuItem value="vllm-bench-serve">
                vllm bench serve JSON
              </MenuItem>
            </TextField>
          </Grid>
          <Grid item xs={12} md={3}>
            <TextField
              id="import-dataset"
              size="small"
              fullWidth
              label="Dataset"
              value={dataset}
              onChange={e => setDataset(e.target.value)}
              disabled={busy}
              helperText="Defaults to the file name"
            />
          </Grid>
          {json && (
            <>
              <Grid item xs={6} md={3}>
                <TextField
                  id="import-gpu"
                  size="small"
                  fullWidth
                  required
                  label="GPU"
                  {...ctx('gpu')}
                  disabled={busy}
                  helperText="e.g. H100-SXM-80GB"
                />
              </Grid>
              <Grid item xs={6} md={2}>
                <TextField
                  id="import-gpu-count"
                  size="small"
                  fullWidth
                  required
                  type="number"
                  label="GPU count"
                  {...ctx('gpuCount', true)}
                  disabled={busy}
                />
              </Grid>
              <Grid item xs={6} md={2}>
                <TextField
                  id="import-tp"
                  size="small"
                  fullWidth
                  type="number"
                  label="Tensor parallel"
                  {...ctx('tensorParallel', true)}
                  disabled={busy}
                />
              </Grid>
              <Grid item xs={6} md={2}>
                <TextField
                  id="import-engine"
                  size="small"
                  fullWidth
                  label="Engine"
                  {...ctx('engine')}
                  disabled={busy}
                  helperText="e.g. vLLM"
                />
              </Grid>
              <Grid item xs={6} md={3}>
                <TextField
                  id="import-engine-version"
                  size="small"
                  fullWidth
                  label="Engine version"
                  {...ctx('engineVersion')}
                  disabled={busy}
                />
              </Grid>
            </>
          )}
          <Grid item xs={12}>
            <Button type="submit" variant="contained" disabled={!file || busy}>
              Import
            </Button>
          </Grid>
          <Grid item xs={12}>
            <Box sx={{ minHeight: 28 }} aria-live="polite">
              {phase.kind === 'reading' && (
                <>
                  <LinearProgress
                    variant="determinate"
                    value={phase.pct}
                    aria-label="Reading the file"
                  />
                  <Typography variant="caption">
                    Reading the file… {phase.pct} %
                  </Typography>
                </>
              )}
              {phase.kind === 'uploading' && (
                <>
                  <LinearProgress aria-label="Validating and importing" />
                  <Typography variant="caption">
                    Validating every row and importing…
                  </Typography>
                </>
              )}
              {phase.kind === 'done' && (
                <Alert severity="success">
                  {phase.result.created
                    ? `Imported ${phase.result.batch.rowCount} runs as batch ${phase.result.batch.id}.`
                    : `This file was already imported as batch ${phase.result.batch.id}; nothing changed.`}
                  {phase.result.warnings?.map(w => (
                    <div key={`${w.row}:${w.column}`}>
                      Row {w.row}, {w.column}: {w.reason}
                    </div>
                  ))}
                </Alert>
              )}
              {phase.kind === 'failed' && (
                <Alert severity="error">Import failed: {phase.message}</Alert>
              )}
              {phase.kind === 'rejected' && (
                <>
                  <Alert severity="error" sx={{ mb: 1 }}>
                    Nothing was imported: {phase.rowErrors.length} row
                    {phase.rowErrors.length === 1 ? '' : 's'} are invalid. Fix
                    them and import the file again. ({phase.message})
                  </Alert>
                  <Table size="small" aria-label="Row errors">
                    <TableHead>
                      <TableRow>
                        <TableCell>Row</TableCell>
                        <TableCell>Column</TableCell>
                        <TableCell>Reason</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {phase.rowErrors.map((r, i) => (
                        <TableRow key={i}>
                          <TableCell>{r.row}</TableCell>
                          <TableCell>{r.column}</TableCell>
                          <TableCell>{r.reason}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </>
              )}
            </Box>
          </Grid>
        </Grid>
      </Box>
    </InfoCard>
  );
}
