import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  llmPlannerCatalogWritePermission,
  modelSpecFromHfConfig,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { usePermission } from '@backstage/plugin-permission-react';
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
import Typography from '@mui/material/Typography';
import { ChangeEvent, useMemo, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  errorMessage,
  llmPlannerApiRef,
  type LlmPlannerApi,
} from '../../api/LlmPlannerClient';
import { TABLE_SX } from '../shared/tables';

const PREVIEW_SOURCE = 'config.json (the server records where it came from)';

/** The config.json text as an object, or null while it is not JSON yet. */
function parseJson(text: string): { value?: unknown; error?: string } {
  if (!text.trim()) return {};
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { error: `config.json is not valid JSON (${(e as Error).message})` };
  }
}

type ModelPreview = ReturnType<typeof modelSpecFromHfConfig>;
type ParsedModelPreview = Extract<ModelPreview, { ok: true }>;
type ModelList = Awaited<ReturnType<LlmPlannerApi['listModels']>>;

/** The add-a-model form: its fields, the parsed preview and the save. */
function useModelFromConfigForm(onAdded: () => void) {
  const api = useApi(llmPlannerApiRef);
  const [text, setText] = useState('');
  const [hfId, setHfId] = useState('');
  const [id, setId] = useState('');
  const [source, setSource] = useState('');
  const [tasks, setTasks] = useState('chat');
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [saveError, setSaveError] = useState<string>();

  const taskList = tasks
    .split(',')
    .map(t => t.trim())
    .filter(Boolean);
  const json = useMemo(() => parseJson(text), [text]);
  const preview = useMemo(
    () =>
      json.value === undefined
        ? null
        : modelSpecFromHfConfig(json.value, {
            hfId: hfId.trim() || undefined,
            id: id.trim() || undefined,
            source: source.trim() || PREVIEW_SOURCE,
            tasks: taskList,
          }),
    // taskList is derived from tasks
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [json.value, hfId, id, source, tasks],
  );

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) setText(await file.text());
  };
  const add = async () => {
    setSaving(true);
    setSaveError(undefined);
    setSaved(undefined);
    try {
      const r = await api.addModelFromConfig({
        config: text,
        hfId: hfId.trim() || undefined,
        id: id.trim() || undefined,
        source: source.trim() || undefined,
        tasks: taskList,
      });
      setSaved(
        `Added ${r.model.id}: plans can name it now; its numbers are roofline estimates until it is measured.`,
      );
      setText('');
      onAdded();
    } catch (e) {
      setSaveError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return {
    fields: { text, setText, hfId, setHfId, id, setId, source, setSource },
    tasks,
    setTasks,
    json,
    preview,
    upload,
    add,
    saving,
    saved,
    saveError,
  };
}

/**
 * The model catalog, and a form that adds a model that is not in it from its Hugging Face
 * config.json (pasted or uploaded): the numbers the planner will use are shown, read by the same
 * parser as the backend's, before anything is saved.
 */
export function ModelsPanel() {
  const api = useApi(llmPlannerApiRef);
  const models = useAsyncRetry(() => api.listModels(), [api]);
  const form = useModelFromConfigForm(models.retry);
  const { preview } = form;
  const m = preview?.ok ? preview.model : null;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} lg={6}>
        <AddModelCard form={form} parsed={!!m} />
      </Grid>
      <Grid item xs={12} lg={6}>
        {m && preview?.ok && <ParsedModelCard preview={preview} />}
      </Grid>
      <Grid item xs={12}>
        <ModelCatalogCard
          loading={models.loading}
          error={models.error}
          value={models.value}
        />
      </Grid>
    </Grid>
  );
}

function AddModelCard(props: {
  form: ReturnType<typeof useModelFromConfigForm>;
  parsed: boolean;
}) {
  const { form } = props;
  const { fields, json, preview } = form;
  const { allowed: canWrite } = usePermission({
    permission: llmPlannerCatalogWritePermission,
  });
  return (
    <InfoCard title="Add a model from its config.json">
      <Stack spacing={2}>
        <Typography variant="body2">
          For a model that is not in the catalog: paste or upload its Hugging
          Face config.json (the file on the model page under "Files and
          versions"). Nothing is fetched from the network; the numbers below are
          what the planner will use.
        </Typography>
        <TextField
          label="config.json"
          multiline
          minRows={6}
          maxRows={16}
          value={fields.text}
          onChange={e => fields.setText(e.target.value)}
          inputProps={{ 'aria-label': 'config.json', spellCheck: false }}
        />
        <Stack direction="row" spacing={2} alignItems="center">
          <Button variant="outlined" component="label">
            Upload config.json
            <input
              hidden
              type="file"
              accept=".json,application/json"
              aria-label="Upload config.json"
              onChange={form.upload}
            />
          </Button>
        </Stack>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            size="small"
            label="Hugging Face id"
            placeholder="org/name (if the file has no _name_or_path)"
            value={fields.hfId}
            onChange={e => fields.setHfId(e.target.value)}
            fullWidth
          />
          <TextField
            size="small"
            label="Catalog id"
            placeholder="default: from the Hugging Face id"
            value={fields.id}
            onChange={e => fields.setId(e.target.value)}
            fullWidth
          />
        </Stack>
        <TextField
          size="small"
          label="Source"
          placeholder="default: the config.json address on Hugging Face, who added it and when"
          value={fields.source}
          onChange={e => fields.setSource(e.target.value)}
        />
        <TextField
          size="small"
          label="Tasks (comma-separated)"
          value={form.tasks}
          onChange={e => form.setTasks(e.target.value)}
        />
        {json.error && <Alert severity="error">{json.error}</Alert>}
        {preview && !preview.ok && (
          <Alert severity="error" aria-label="config.json errors">
            The config.json cannot be used yet:
            <ul>
              {preview.errors.map(e => (
                <li key={e.field}>
                  <strong>{e.field}</strong>: {e.reason}
                </li>
              ))}
            </ul>
          </Alert>
        )}
        {form.saved && <Alert severity="success">{form.saved}</Alert>}
        {form.saveError && <Alert severity="error">{form.saveError}</Alert>}
        <Stack direction="row" spacing={2} alignItems="center">
          <Button
            variant="contained"
            onClick={form.add}
            disabled={!props.parsed || form.saving || !canWrite}
          >
            Add to catalog
          </Button>
          {!canWrite && (
            <Typography variant="body2" color="text.secondary">
              Only the platform team may add models (llm-planner.catalog.write).
            </Typography>
          )}
        </Stack>
      </Stack>
    </InfoCard>
  );
}

/** The numbers the planner will use for a parsed config.json, as label/value rows. */
function parsedModelRows(preview: ParsedModelPreview): [string, unknown][] {
  const m = preview.model;
  return [
    ['Hugging Face id', m.hfId],
    ['family', m.family],
    [
      'parameters',
      m.activeParamsB === m.totalParamsB
        ? `${m.totalParamsB}B`
        : `${m.totalParamsB}B total, ${m.activeParamsB}B active`,
    ],
    ['layers', m.layers],
    ['hidden size', m.hiddenSize],
    ['attention heads / KV heads', `${m.attentionHeads} / ${m.kvHeads}`],
    ['head size', m.headDim],
    [
      'experts',
      m.experts ? `${m.experts} (${m.expertsPerToken} per token)` : 'dense',
    ],
    ['context', m.maxContext ?? 'not given'],
    ['weights precision', m.nativePrecision ?? '16-bit'],
    [
      'weights',
      Object.entries(preview.footprint.weightsGb)
        .map(([p, gb]) => `${gb} GB at ${p}`)
        .join(', '),
    ],
    [
      'KV cache per token',
      preview.footprint.kvBytesPerToken === null
        ? 'unknown'
        : `${preview.footprint.kvBytesPerToken.toLocaleString('en-US')} bytes`,
    ],
  ];
}

function ParsedModelCard(props: { preview: ParsedModelPreview }) {
  const { preview } = props;
  const m = preview.model;
  return (
    <InfoCard title={`Parsed: ${m.id}`}>
      <Table size="small" sx={TABLE_SX} aria-label="Parsed model">
        <TableBody>
          {parsedModelRows(preview).map(([k, v]) => (
            <TableRow key={String(k)}>
              <TableCell component="th">{k}</TableCell>
              <TableCell>{String(v)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="body2" sx={{ mt: 2 }}>
        {m.paramsDerivation}
      </Typography>
      {preview.notes.length > 0 && (
        <Alert severity="info" sx={{ mt: 2 }}>
          Assumed where the config.json is silent: {preview.notes.join('; ')}
        </Alert>
      )}
      <Alert severity="warning" sx={{ mt: 2 }}>
        Nothing of this model has been measured: its latencies will be roofline
        estimates, labelled "estimated" with their cross-validated error, until
        benchmark runs are imported.
      </Alert>
    </InfoCard>
  );
}

function ModelCatalogCard(props: {
  loading: boolean;
  error?: Error;
  value?: ModelList;
}) {
  const { error, value } = props;
  return (
    <InfoCard title="Model catalog">
      {props.loading && <Progress />}
      {error && (
        <Alert severity="error">
          Models did not load: {errorMessage(error)}
        </Alert>
      )}
      {value && (
        <Table size="small" sx={TABLE_SX} aria-label="Model catalog">
          <TableHead>
            <TableRow>
              <TableCell>id</TableCell>
              <TableCell>Hugging Face id</TableCell>
              <TableCell>parameters (B)</TableCell>
              <TableCell>layers</TableCell>
              <TableCell>KV heads</TableCell>
              <TableCell>context</TableCell>
              <TableCell>missing / source</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {value.items.map(x => (
              <TableRow key={x.id}>
                <TableCell>{x.id}</TableCell>
                <TableCell>{x.hfId}</TableCell>
                <TableCell>{x.totalParamsB ?? '—'}</TableCell>
                <TableCell>{x.layers ?? '—'}</TableCell>
                <TableCell>{x.kvHeads ?? '—'}</TableCell>
                <TableCell>{x.maxContext ?? '—'}</TableCell>
                <TableCell sx={{ maxWidth: 420 }}>
                  {x.missing ? (
                    <Typography variant="body2" color="warning.main">
                      {x.missing}
                    </Typography>
                  ) : (
                    <Typography variant="body2" noWrap title={x.source}>
                      {x.source}
                    </Typography>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}
