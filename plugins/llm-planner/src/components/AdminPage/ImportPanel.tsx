import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  IMPORT_FORMATS,
  importFormatById,
  sniffImportFormat,
  type DuplicateRow,
  type ImportContext,
  type RowError,
} from '@llm-planner/backstage-plugin-llm-planner-common';
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
import {
  ChangeEvent,
  Dispatch,
  FormEvent,
  SetStateAction,
  useEffect,
  useState,
} from 'react';
import {
  errorMessage,
  ImportRejectedError,
  llmPlannerApiRef,
  type LlmPlannerApi,
} from '../../api/LlmPlannerClient';
import type {
  ImportFormat,
  ImportProgress,
  ImportResult,
} from '../../api/types';
import { TABLE_SX } from '../shared/tables';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; pct: number }
  | { kind: 'uploading'; importId: string; progress?: ImportProgress }
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

/** A v4 UUID for the import id, with a fallback where `crypto.randomUUID` is missing. */
function newImportId(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  const b = new Uint8Array(16);
  if (c?.getRandomValues) c.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = (b[6] % 16) + 0x40;
  b[8] = (b[8] % 64) + 0x80;
  const h = [...b].map(x => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(
    16,
    20,
  )}-${h.slice(20)}`;
}

/** Progress of the running import as a percentage and a sentence. */
function progressText(p: ImportProgress | undefined): {
  pct?: number;
  text: string;
} {
  if (p?.phase === 'parsing' && p.totalRows) {
    return {
      pct: Math.round((p.parsedRows / p.totalRows) * 100),
      text: `Validating rows: ${p.parsedRows} of ${p.totalRows}…`,
    };
  }
  if (p?.phase === 'inserting' && p.newRows) {
    return {
      pct: Math.round((p.insertedRows / p.newRows) * 100),
      text: `Storing new runs: ${p.insertedRows} of ${p.newRows}…`,
    };
  }
  if (p?.phase === 'inserting') {
    return { text: 'Checking for runs already stored…' };
  }
  return { text: 'Validating every row and importing…' };
}

/** What an import did, for users of a backend that does not send `message`. */
function resultText(r: ImportResult): string {
  if (r.message) return r.message;
  return r.created && r.batch
    ? `Imported ${r.batch.rowCount} runs as batch ${r.batch.id}.`
    : 'Every row of this file is already stored; nothing changed.';
}

function duplicateText(d: DuplicateRow): string {
  return 'batchId' in d.sameAs
    ? `row ${d.row} (stored run ${d.sameAs.runId} of batch ${d.sameAs.batchId})`
    : `row ${d.row} (same as row ${d.sameAs.row})`;
}

/** While the POST runs, polls the import's progress by the id it was sent with. */
function useImportProgressPolling(
  api: LlmPlannerApi,
  pollId: string | undefined,
  setPhase: Dispatch<SetStateAction<Phase>>,
) {
  useEffect(() => {
    if (!pollId) return undefined;
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const progress = await api.getImportProgress(pollId);
        if (!stopped)
          setPhase(p =>
            p.kind === 'uploading' && p.importId === pollId
              ? { ...p, progress }
              : p,
          );
      } catch {
        // not registered yet, or finished: the POST's answer says how it ended
      }
    }, 500);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [api, pollId, setPhase]);
}

/** The import form's state and its submit: read the file, upload it, report the outcome. */
function useBenchmarkImport(onImported: () => void) {
  const api = useApi(llmPlannerApiRef);
  const [file, setFile] = useState<File>();
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [dataset, setDataset] = useState('');
  const [context, setContext] = useState<ImportContext>({});
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const busy = phase.kind === 'reading' || phase.kind === 'uploading';
  useImportProgressPolling(
    api,
    phase.kind === 'uploading' ? phase.importId : undefined,
    setPhase,
  );
  const json = format !== 'csv';

  const chooseFile = (f: File | undefined) => {
    setFile(f);
    if (f) setFormat(sniffImportFormat({ name: f.name }));
    setPhase({ kind: 'idle' });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    try {
      setPhase({ kind: 'reading', pct: 0 });
      const content = await readFile(file, pct =>
        setPhase({ kind: 'reading', pct }),
      );
      const importId = newImportId();
      setPhase({ kind: 'uploading', importId });
      const result = await api.importBenchmarks({
        importId,
        format,
        dataset: dataset || file.name,
        content,
        context: json
          ? { ...context, fileName: file.name }
          : { fileName: file.name },
      });
      setPhase({ kind: 'done', result });
      onImported();
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

  return {
    file,
    chooseFile,
    format,
    setFormat,
    dataset,
    setDataset,
    context,
    setContext,
    phase,
    busy,
    json,
    submit,
  };
}

/**
 * Import a benchmark file: any invalid row rejects the file (the rejected rows are listed);
 * rows already stored are skipped and listed. A progress bar follows the import while it runs.
 */
export function ImportPanel(props: { onImported: () => void }) {
  const imp = useBenchmarkImport(props.onImported);
  const { file, format, busy } = imp;
  return (
    <InfoCard title="Import benchmark results">
      <Box
        component="form"
        onSubmit={imp.submit}
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
                onChange={e => imp.chooseFile(e.target.files?.[0])}
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
              onChange={e => imp.setFormat(e.target.value as ImportFormat)}
              disabled={busy}
              helperText={importFormatById(format)?.help}
            >
              {IMPORT_FORMATS.map(f => (
                <MenuItem key={f.id} value={f.id}>
                  {f.label}
                </MenuItem>
              ))}
            </TextField>
          </Grid>
          <Grid item xs={12} md={3}>
            <TextField
              id="import-dataset"
              size="small"
              fullWidth
              label="Dataset"
              value={imp.dataset}
              onChange={e => imp.setDataset(e.target.value)}
              disabled={busy}
              helperText="Defaults to the file name"
            />
          </Grid>
          {imp.json && (
            <RunContextFields
              context={imp.context}
              setContext={imp.setContext}
              busy={busy}
            />
          )}
          <Grid item xs={12}>
            <Button type="submit" variant="contained" disabled={!file || busy}>
              Import
            </Button>
          </Grid>
          <Grid item xs={12}>
            <Box sx={{ minHeight: 28 }} aria-live="polite">
              <ImportPhaseView phase={imp.phase} />
            </Box>
          </Grid>
        </Grid>
      </Box>
    </InfoCard>
  );
}

/** What a JSON benchmark file does not say about its runs: GPU, count, TP, engine. */
function RunContextFields(props: {
  context: ImportContext;
  setContext: Dispatch<SetStateAction<ImportContext>>;
  busy: boolean;
}) {
  const { context, setContext, busy } = props;
  const ctx = (k: keyof ImportContext, num = false) => ({
    value: (context[k] as string | number | undefined) ?? '',
    onChange: (e: ChangeEvent<HTMLInputElement>) =>
      setContext(c => ({
        ...c,
        [k]: parseField(e.target.value, num),
      })),
  });
  return (
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
  );
}

/** Progress, outcome or rejection of the current import. */
function ImportPhaseView(props: { phase: Phase }) {
  const { phase } = props;
  switch (phase.kind) {
    case 'reading':
      return (
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
      );
    case 'uploading':
      return <UploadProgress progress={phase.progress} />;
    case 'done':
      return <ImportResultAlert result={phase.result} />;
    case 'failed':
      return <Alert severity="error">Import failed: {phase.message}</Alert>;
    case 'rejected':
      return (
        <RejectedRows message={phase.message} rowErrors={phase.rowErrors} />
      );
    default:
      return null;
  }
}

function UploadProgress(props: { progress?: ImportProgress }) {
  const { pct, text } = progressText(props.progress);
  return (
    <>
      <LinearProgress
        variant={pct === undefined ? 'indeterminate' : 'determinate'}
        value={pct}
        aria-label="Validating and importing"
      />
      <Typography variant="caption">{text}</Typography>
    </>
  );
}

function ImportResultAlert(props: { result: ImportResult }) {
  const { result } = props;
  return (
    <Alert severity={result.created ? 'success' : 'info'}>
      {resultText(result)}
      {(result.duplicates?.count ?? 0) > 0 && (
        <div>
          Duplicates skipped ({result.duplicates.count}):{' '}
          {result.duplicates.rows.slice(0, 20).map(duplicateText).join(', ')}
          {result.duplicates.count > 20 ? ', …' : ''}
        </div>
      )}
      {result.warnings?.map(w => (
        <div key={`${w.row}:${w.column}`}>
          Row {w.row}, {w.column}: {w.reason}
        </div>
      ))}
    </Alert>
  );
}

function RejectedRows(props: { message: string; rowErrors: RowError[] }) {
  const { rowErrors } = props;
  return (
    <>
      <Alert severity="error" sx={{ mb: 1 }}>
        Nothing was imported: {rowErrors.length} row
        {rowErrors.length === 1 ? '' : 's'} are invalid. Fix them and import the
        file again. ({props.message})
      </Alert>
      <Table size="small" sx={TABLE_SX} aria-label="Row errors">
        <TableHead>
          <TableRow>
            <TableCell>Row</TableCell>
            <TableCell>Column</TableCell>
            <TableCell>Reason</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rowErrors.map((r, i) => (
            <TableRow key={i}>
              <TableCell>{r.row}</TableCell>
              <TableCell>{r.column}</TableCell>
              <TableCell>{r.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
