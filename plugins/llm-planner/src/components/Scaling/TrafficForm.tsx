import {
  buildTraffic,
  diurnalForPeak,
  RowError,
  Traffic,
  TrafficPattern,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteIcon from '@mui/icons-material/Delete';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { fmtNum } from '../shared/format';
import { TABLE_SX } from '../shared/tables';

export type PatternKind =
  | 'office-hours'
  | 'global'
  | 'constant'
  | 'spiky'
  | 'trace'
  | 'mix';

export type TenantKind = 'office-hours' | 'global' | 'constant' | 'spiky';

/** The traffic form as typed (strings: typing never fights a parser). */
export type TrafficForm = {
  kind: PatternKind;
  peakRps: string;
  basePct: string;
  spreadHours: string;
  constantRps: string;
  spikeCount: string;
  spikeHeightRps: string;
  spikeSeconds: string;
  spikeSeed: string;
  traceFormat: 'timestamps' | 'per-minute';
  traceCsv: string;
  traceName: string;
  tenants: { name: string; kind: TenantKind; peakRps: string }[];
};

const r2 = (x: number) => String(Math.round(x * 100) / 100);

/** The form's defaults for a plan peak: the plan's own office-hours day. */
export function defaultTrafficForm(peak: number): TrafficForm {
  return {
    kind: 'office-hours',
    peakRps: r2(peak),
    basePct: '5',
    spreadHours: '0',
    constantRps: r2(peak * 0.6),
    spikeCount: '6',
    spikeHeightRps: r2(peak * 0.5),
    spikeSeconds: '300',
    spikeSeed: '1',
    traceFormat: 'per-minute',
    traceCsv: '',
    traceName: '',
    tenants: [
      { name: 'support-desk', kind: 'office-hours', peakRps: r2(peak * 0.6) },
      { name: 'web-app', kind: 'global', peakRps: r2(peak * 0.3) },
      { name: 'nightly-batch', kind: 'constant', peakRps: r2(peak * 0.1) },
    ],
  };
}

function num(s: string, name: string, errors: string[], min = 0): number {
  const v = Number(s);
  if (s.trim() === '' || !Number.isFinite(v) || v < min) {
    errors.push(`${name} must be a number >= ${min}`);
    return NaN;
  }
  return v;
}

/**
 * The pattern of a form. The plan's exact peak is used while the peak field shows its rounded
 * value, so the untouched form is exactly the plan's default day (shared with the Cost tab).
 */
export function patternOf(
  f: TrafficForm,
  planPeak: number,
): { pattern?: TrafficPattern; errors: string[] } {
  const errors: string[] = [];
  const peakOf = (s: string, name: string) =>
    s === r2(planPeak) ? planPeak : num(s, name, errors);
  const diurnal = (
    profile: 'office-hours' | 'global',
    peak: number,
  ): TrafficPattern => {
    const base = num(f.basePct, 'Night base', errors) / 100;
    const spread = num(f.spreadHours, 'Time-zone spread', errors);
    const p = diurnalForPeak(peak, profile, base === 0.05 ? undefined : base);
    return spread > 0 ? { ...p, timezoneSpreadHours: spread } : p;
  };
  let pattern: TrafficPattern | undefined;
  switch (f.kind) {
    case 'office-hours':
    case 'global':
      pattern = diurnal(f.kind, peakOf(f.peakRps, 'Peak'));
      break;
    case 'constant':
      pattern = {
        kind: 'constant',
        rps: num(f.constantRps, 'Rate', errors),
      };
      break;
    case 'spiky':
      pattern = {
        kind: 'spiky',
        base: diurnal('office-hours', peakOf(f.peakRps, 'Peak')),
        count: num(f.spikeCount, 'Bursts', errors),
        heightRps: num(f.spikeHeightRps, 'Burst height', errors),
        durationSeconds: num(f.spikeSeconds, 'Burst duration', errors, 1),
        seed: num(f.spikeSeed, 'Seed', errors),
        fromHour: 8,
        toHour: 18,
      };
      break;
    case 'trace':
      if (!f.traceCsv.trim())
        errors.push('Upload or paste a trace to simulate it.');
      pattern = { kind: 'trace', format: f.traceFormat, csv: f.traceCsv };
      break;
    case 'mix': {
      if (!f.tenants.length) errors.push('Add at least one tenant.');
      const names = new Set<string>();
      pattern = {
        kind: 'mix',
        tenants: f.tenants.map(t => {
          if (!t.name.trim()) errors.push('Every tenant needs a name.');
          if (names.has(t.name)) errors.push(`Duplicate tenant "${t.name}".`);
          names.add(t.name);
          const peak = num(t.peakRps, `Peak of ${t.name}`, errors);
          let p: TrafficPattern;
          if (t.kind === 'constant') p = { kind: 'constant', rps: peak };
          else if (t.kind === 'spiky')
            p = {
              kind: 'spiky',
              base: peak * 0.2,
              count: 8,
              heightRps: peak * 0.8,
              durationSeconds: 300,
              seed: names.size,
              fromHour: 8,
              toHour: 20,
            };
          else p = diurnalForPeak(peak, t.kind);
          return { name: t.name, pattern: p };
        }),
      };
      break;
    }
    default:
      break;
  }
  return errors.length ? { errors } : { pattern, errors };
}

/** Builds the day (cheap, main thread) for the summary and the trace's row errors. */
export function tryBuild(pattern?: TrafficPattern): {
  traffic?: Traffic;
  error?: string;
} {
  if (!pattern) return {};
  try {
    return { traffic: buildTraffic(pattern) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

function readFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result ?? ''));
    r.onerror = () => reject(r.error);
    r.readAsText(file);
  });
}

type SetForm = (patch: Partial<TrafficForm>) => void;

/** The traffic pattern picker. */
export function TrafficFormFields(props: {
  form: TrafficForm;
  onChange: (f: TrafficForm) => void;
  errors: string[];
  traffic?: Traffic;
  buildError?: string;
}) {
  const { form: f, onChange, traffic } = props;
  const set: SetForm = patch => onChange({ ...f, ...patch });
  const field = (key: keyof TrafficForm, label: string, unit?: string) => (
    <FormNumberField form={f} set={set} name={key} label={label} unit={unit} />
  );
  return (
    <Stack spacing={2}>
      <PatternKindSelect form={f} set={set} />
      {(f.kind === 'office-hours' ||
        f.kind === 'global' ||
        f.kind === 'spiky') && (
        <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
          {field('peakRps', 'Peak', 'req/s')}
          {field('basePct', 'Night base', '%')}
          {field('spreadHours', 'Time-zone spread', 'h')}
        </Stack>
      )}
      {f.kind === 'constant' && field('constantRps', 'Rate', 'req/s')}
      {f.kind === 'spiky' && (
        <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
          {field('spikeCount', 'Bursts (8-18 h)')}
          {field('spikeHeightRps', 'Burst height', 'req/s')}
          {field('spikeSeconds', 'Burst duration', 's')}
          {field('spikeSeed', 'Seed')}
        </Stack>
      )}
      {f.kind === 'trace' && (
        <TraceFields form={f} set={set} onChange={onChange} />
      )}
      {f.kind === 'mix' && <TenantFields form={f} set={set} />}
      <Box sx={{ minHeight: 24 }}>
        {traffic && !props.errors.length && (
          <TrafficSummary traffic={traffic} />
        )}
      </Box>
      {props.errors.length > 0 && (
        <Alert severity="warning">{props.errors.join(' ')}</Alert>
      )}
      {props.buildError && <Alert severity="error">{props.buildError}</Alert>}
      {traffic?.warnings.map(w => (
        <Alert severity="info" key={w}>
          {w}
        </Alert>
      ))}
      <TraceRowErrors rowErrors={traffic?.errors ?? []} />
    </Stack>
  );
}

function FormNumberField(props: {
  form: TrafficForm;
  set: SetForm;
  name: keyof TrafficForm;
  label: string;
  unit?: string;
}) {
  const { name: key, unit } = props;
  return (
    <TextField
      id={`traffic-${key}`}
      label={props.label}
      size="small"
      type="number"
      value={props.form[key] as string}
      onChange={e =>
        props.set({ [key]: e.target.value } as Partial<TrafficForm>)
      }
      InputProps={unit ? { endAdornment: unit } : undefined}
      sx={{ width: 160 }}
    />
  );
}

function PatternKindSelect(props: { form: TrafficForm; set: SetForm }) {
  return (
    <TextField
      id="traffic-kind"
      select
      label="Traffic pattern"
      size="small"
      value={props.form.kind}
      onChange={e => props.set({ kind: e.target.value as PatternKind })}
    >
      <MenuItem value="office-hours">Diurnal: office hours</MenuItem>
      <MenuItem value="global">Diurnal: global (all time zones)</MenuItem>
      <MenuItem value="constant">Constant</MenuItem>
      <MenuItem value="spiky">Spiky (bursts on office hours)</MenuItem>
      <MenuItem value="trace">Trace upload (CSV)</MenuItem>
      <MenuItem value="mix">Multi-tenant mix</MenuItem>
    </TextField>
  );
}

/** Trace format, file upload and the pasted CSV. */
function TraceFields(props: {
  form: TrafficForm;
  set: SetForm;
  onChange: (f: TrafficForm) => void;
}) {
  const { form: f, set, onChange } = props;
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} alignItems="center">
        <TextField
          id="traffic-trace-format"
          select
          size="small"
          label="Trace format"
          value={f.traceFormat}
          onChange={e =>
            set({
              traceFormat: e.target.value as TrafficForm['traceFormat'],
            })
          }
          sx={{ width: 240 }}
        >
          <MenuItem value="per-minute">Per-minute rates</MenuItem>
          <MenuItem value="timestamps">One request per row</MenuItem>
        </TextField>
        <Button
          component="label"
          variant="outlined"
          startIcon={<UploadFileIcon />}
        >
          Upload trace CSV
          <input
            hidden
            type="file"
            accept=".csv,text/csv,text/plain"
            data-testid="trace-file"
            aria-label="Trace CSV file"
            onChange={async e => {
              const file = e.target.files?.[0];
              if (!file) return;
              const text = await readFile(file);
              onChange({ ...f, traceCsv: text, traceName: file.name });
              e.target.value = '';
            }}
          />
        </Button>
      </Stack>
      <TextField
        id="traffic-trace-csv"
        label={f.traceName ? `Trace (${f.traceName})` : 'Trace CSV'}
        multiline
        minRows={3}
        maxRows={8}
        value={f.traceCsv}
        onChange={e => set({ traceCsv: e.target.value, traceName: '' })}
        helperText={
          f.traceFormat === 'per-minute'
            ? 'Header minute,rps (minute 0-1439 or HH:MM; or requests per minute as requests/count/rpm).'
            : 'First column: epoch s/ms, ISO 8601, HH:MM[:SS] or seconds of the day; one request per row. Several days fold onto one.'
        }
        inputProps={{ style: { fontFamily: 'monospace', fontSize: 12 } }}
      />
    </Stack>
  );
}

type TenantForm = TrafficForm['tenants'][number];

/** The tenants of a multi-tenant mix, one row each, plus "Add tenant". */
function TenantFields(props: { form: TrafficForm; set: SetForm }) {
  const { form: f, set } = props;
  const addTenant = () =>
    set({
      tenants: [
        ...f.tenants,
        {
          name: `team-${f.tenants.length + 1}`,
          kind: 'office-hours',
          peakRps: '1',
        },
      ],
    });
  return (
    <Stack spacing={1}>
      {f.tenants.map((t, i) => (
        <TenantRow
          key={i}
          index={i}
          tenant={t}
          onUpdate={patch =>
            set({
              tenants: f.tenants.map((x, j) =>
                j === i ? { ...x, ...patch } : x,
              ),
            })
          }
          onRemove={() =>
            set({ tenants: f.tenants.filter((_x, j) => j !== i) })
          }
        />
      ))}
      <Box>
        <Button size="small" onClick={addTenant}>
          Add tenant
        </Button>
      </Box>
    </Stack>
  );
}

function TenantRow(props: {
  index: number;
  tenant: TenantForm;
  onUpdate: (patch: Partial<TenantForm>) => void;
  onRemove: () => void;
}) {
  const { index: i, tenant: t, onUpdate: upd } = props;
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <TextField
        id={`tenant-${i}-name`}
        size="small"
        label="Tenant"
        value={t.name}
        onChange={e => upd({ name: e.target.value })}
        sx={{ width: 150 }}
      />
      <TextField
        id={`tenant-${i}-kind`}
        size="small"
        select
        label="Pattern"
        value={t.kind}
        onChange={e => upd({ kind: e.target.value as TenantKind })}
        sx={{ width: 150 }}
      >
        <MenuItem value="office-hours">office hours</MenuItem>
        <MenuItem value="global">global</MenuItem>
        <MenuItem value="constant">constant</MenuItem>
        <MenuItem value="spiky">spiky</MenuItem>
      </TextField>
      <TextField
        id={`tenant-${i}-peak`}
        size="small"
        type="number"
        label="Peak"
        value={t.peakRps}
        onChange={e => upd({ peakRps: e.target.value })}
        InputProps={{ endAdornment: 'req/s' }}
        sx={{ width: 130 }}
      />
      <IconButton
        aria-label={`Remove tenant ${t.name}`}
        onClick={props.onRemove}
      >
        <DeleteIcon />
      </IconButton>
    </Stack>
  );
}

function TrafficSummary(props: { traffic: Traffic }) {
  const { traffic } = props;
  return (
    <Typography
      variant="body2"
      color="text.secondary"
      data-testid="traffic-summary"
    >
      {traffic.description}: peak {fmtNum(traffic.peakRps, 2)} req/s, mean{' '}
      {fmtNum(traffic.meanRps, 2)} req/s, {fmtNum(traffic.totalRequests, 0)}{' '}
      requests/day.
    </Typography>
  );
}

/** The trace rows the parser skipped (first 20), so the file can be fixed. */
function TraceRowErrors(props: { rowErrors: RowError[] }) {
  const { rowErrors } = props;
  if (!rowErrors.length) return null;
  return (
    <Box>
      <Alert severity="error" sx={{ mb: 1 }}>
        {rowErrors.length} row{rowErrors.length === 1 ? ' was' : 's were'}{' '}
        skipped: fix them in the file, or the day is simulated without them.
      </Alert>
      <Table size="small" sx={TABLE_SX} aria-label="Trace row errors">
        <TableHead>
          <TableRow>
            <TableCell>Row</TableCell>
            <TableCell>Column</TableCell>
            <TableCell>Reason</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rowErrors.slice(0, 20).map((e, i) => (
            <TableRow key={i}>
              <TableCell>{e.row}</TableCell>
              <TableCell>{e.column}</TableCell>
              <TableCell>{e.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rowErrors.length > 20 && (
        <Typography variant="caption">
          …and {rowErrors.length - 20} more.
        </Typography>
      )}
    </Box>
  );
}
