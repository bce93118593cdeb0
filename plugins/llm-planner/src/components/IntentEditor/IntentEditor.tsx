import type {
  Availability,
  Intent,
  KnowledgeBase,
  Percentile,
  UsersAt,
  UsersMean,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import {
  IntentSchema,
  USE_CASES,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Grid from '@mui/material/Grid';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ReactNode } from 'react';

/** What each reading of "users" means, shown beside the field. */
export const USERS_MEAN_HELP: Record<UsersMean, string> = {
  population:
    'people who may use the service; a share of them is active at any time',
  concurrent: 'people in a conversation at the same moment',
  rps: 'requests per second',
};

/** Whether a concurrent or rps count is the peak or the average the peak factor multiplies. */
const USERS_AT_LABEL: Record<UsersAt, string> = {
  peak: 'at the busiest time (peak)',
  average: 'on average (× peak factor at peak)',
};

const USERS_MEAN_LABEL: Record<UsersMean, string> = {
  population: 'people who may use it (population)',
  concurrent: 'concurrent sessions',
  rps: 'requests per second',
};

/** The structured request a plan is made from, editable field by field. */
export type IntentDraft = Partial<Intent>;

type NumberKey =
  | 'users'
  | 'requestsPerActiveUserPerMin'
  | 'activeFraction'
  | 'peakFactor'
  | 'inputTokens'
  | 'outputTokens'
  | 'headroom'
  | 'confidence'
  | 'minReplicas';

/** The fields checked as you type, with the label their error message starts with. */
const CHECKED_FIELDS = {
  confidence: 'Confidence',
  minReplicas: 'Min replicas',
} as const;
type CheckedField = keyof typeof CHECKED_FIELDS;

/** The sizing confidence the planner uses when the spec names none. */
export const DEFAULT_CONFIDENCE = 0.9;

const AVAILABILITY_HELP: Record<Availability, string> = {
  'n+1':
    'one replica more than the SLO needs at peak, so one can drain or fail',
  'best-effort': 'sized for the SLO alone; a failed replica leaves it short',
};

/**
 * Inline errors of a draft's checked fields, in the words of the intent schema
 * ("Confidence must be above 0.5 (a coin flip is no confidence)", "Min replicas must be at
 * least 1"). Empty when every present field is valid.
 */
export function intentFieldErrors(
  d: IntentDraft,
): Partial<Record<CheckedField, string>> {
  const out: Partial<Record<CheckedField, string>> = {};
  for (const k of Object.keys(CHECKED_FIELDS) as CheckedField[]) {
    if (d[k] === undefined) continue;
    const r = IntentSchema.shape[k].safeParse(d[k]);
    if (!r.success)
      out[k] = `${CHECKED_FIELDS[k]} ${
        r.error.issues[0]?.message ?? 'is not valid'
      }`;
  }
  return out;
}

/**
 * The load each user brings, stated where users are entered: the planner turns users into
 * requests with it (a live chat assumes 0.4 messages per active user a minute), so a reader
 * who disagrees knows which field to change.
 */
function LoadAssumption(props: {
  intent: Pick<Partial<Intent>, 'requestsPerActiveUserPerMin'>;
  template?: {
    name: string;
    traffic: { requestsPerActiveUserPerMin: number; peakFactor: number };
  };
}) {
  const { intent, template } = props;
  const own = intent.requestsPerActiveUserPerMin;
  const rate = own ?? template?.traffic.requestsPerActiveUserPerMin;
  if (rate === undefined) return null;
  const from = own === undefined ? `${template?.name} default` : 'your value';
  return (
    <span data-testid="load-assumption">
      Assumes {rate} request{rate === 1 ? '' : 's'} per active user per minute (
      {from}; change it in Requests per active user)
    </span>
  );
}

/** A select over a fixed set of values, each shown by its label. */
function ChoiceField<K extends string>(props: {
  id: string;
  label: string;
  value: K;
  labels: Record<K, string>;
  onChange: (value: K) => void;
  helperText: ReactNode;
}) {
  const { id, label, value, labels, onChange, helperText } = props;
  return (
    <TextField
      id={id}
      select
      size="small"
      fullWidth
      label={label}
      value={value}
      onChange={e => onChange(e.target.value as K)}
      helperText={helperText}
    >
      {(Object.keys(labels) as K[]).map(k => (
        <MenuItem key={k} value={k}>
          {labels[k]}
        </MenuItem>
      ))}
    </TextField>
  );
}

function NumberField(props: {
  label: string;
  value: number | undefined;
  onChange: (v: number | undefined) => void;
  helperText?: ReactNode;
  unit?: string;
  min?: number;
  max?: number;
  step?: number;
  placeholder?: string;
  /** an inline error, shown instead of the helper text */
  error?: string;
  id: string;
}) {
  const {
    label,
    value,
    onChange,
    helperText,
    unit,
    min,
    max,
    step,
    placeholder,
    error,
    id,
  } = props;
  return (
    <TextField
      id={id}
      label={label}
      type="number"
      size="small"
      fullWidth
      value={value ?? ''}
      placeholder={placeholder}
      error={!!error}
      helperText={error ?? helperText}
      onChange={e => {
        const raw = e.target.value;
        if (raw === '') onChange(undefined);
        else {
          const n = Number(raw);
          if (Number.isFinite(n)) onChange(n);
        }
      }}
      inputProps={{ min: min ?? 0, max, step: step ?? 'any' }}
      // Labels sit above the field: in the narrow columns a resting label ran into the unit.
      InputLabelProps={{ shrink: true }}
      InputProps={
        unit
          ? {
              endAdornment: (
                <InputAdornment position="end">{unit}</InputAdornment>
              ),
            }
          : undefined
      }
    />
  );
}

type SloTemplate = KnowledgeBase['sloTemplates'][number];

/** Setters that keep the draft free of empty fields (an emptied field falls back to its default). */
function intentSetters(
  intent: IntentDraft,
  onChange: (intent: IntentDraft) => void,
) {
  const set = (patch: Partial<Intent>) => {
    const next: IntentDraft = { ...intent, ...patch };
    for (const k of Object.keys(patch) as (keyof Intent)[])
      if (next[k] === undefined || (next[k] as unknown) === '') delete next[k];
    onChange(next);
  };
  const setNum = (k: NumberKey) => (v: number | undefined) =>
    set({ [k]: v } as Partial<Intent>);
  const setSlo = (patch: Partial<NonNullable<Intent['slo']>>) => {
    const slo = { ...(intent.slo ?? {}), ...patch };
    for (const k of Object.keys(slo) as (keyof typeof slo)[])
      if (slo[k] === undefined) delete slo[k];
    set({ slo: Object.keys(slo).length ? slo : undefined });
  };
  const setBudget = (patch: Partial<NonNullable<Intent['budget']>>) => {
    const budget = { ...(intent.budget ?? {}), ...patch };
    for (const k of Object.keys(budget) as (keyof typeof budget)[])
      if (budget[k] === undefined) delete budget[k];
    set({ budget: Object.keys(budget).length ? budget : undefined });
  };
  return { set, setNum, setSlo, setBudget };
}

/** What every section of the editor reads and writes. */
type SectionProps = {
  intent: IntentDraft;
  idp: string;
  template?: SloTemplate;
} & ReturnType<typeof intentSetters>;

/**
 * The live structured spec: use case, users and what they mean, rate, token lengths, SLO
 * targets and percentile, budget, and optional pins of model, GPU and pricing.
 */
export function IntentEditor(props: {
  intent: IntentDraft;
  onChange: (intent: IntentDraft) => void;
  kb?: KnowledgeBase;
  idPrefix?: string;
}) {
  const { intent, onChange, kb } = props;
  const section: SectionProps = {
    intent,
    idp: props.idPrefix ?? 'intent',
    template: kb?.sloTemplates.find(t => t.id === intent.useCase),
    ...intentSetters(intent, onChange),
  };
  return (
    <Grid
      container
      spacing={2}
      component="fieldset"
      sx={{ border: 0, m: 0, p: 0 }}
    >
      <SectionLegend>Workload</SectionLegend>
      <WorkloadFields {...section} kb={kb} />
      <SectionLegend>Latency targets (SLO)</SectionLegend>
      <SloFields {...section} />
      <SectionLegend>Constraints</SectionLegend>
      <BudgetFields {...section} />
      <ConstraintFields {...section} kb={kb} />
      <SectionLegend>Confidence and availability</SectionLegend>
      <ConfidenceFields {...section} />
    </Grid>
  );
}

function SectionLegend(props: { children: ReactNode }) {
  return (
    <Grid item xs={12}>
      <Typography component="legend" variant="subtitle2">
        {props.children}
      </Typography>
    </Grid>
  );
}

function useCaseChoices(kb: KnowledgeBase | undefined, useCase?: string) {
  const useCases = kb
    ? kb.sloTemplates.map(t => ({ id: t.id, name: t.name }))
    : USE_CASES.map(u => ({ id: u.id, name: u.label }));
  if (useCase && !useCases.some(u => u.id === useCase))
    useCases.push({ id: useCase, name: useCase });
  return useCases;
}

/** Use case, users and what they mean, request rate, peak factor and token lengths. */
function WorkloadFields(props: SectionProps & { kb?: KnowledgeBase }) {
  const { intent, idp, template, set, setNum } = props;
  const useCases = useCaseChoices(props.kb, intent.useCase);
  const usersMean: UsersMean = intent.usersMean ?? 'population';
  return (
    <>
      <Grid item xs={12}>
        <TextField
          id={`${idp}-use-case`}
          select
          size="small"
          fullWidth
          label="Use case"
          value={intent.useCase ?? ''}
          onChange={e => set({ useCase: e.target.value })}
          helperText={
            template
              ? `Template: ${template.tokens.input.mean} in / ${template.tokens.output.mean} out tokens, ${template.slo.percentile} targets`
              : 'Sets the default token lengths, traffic shape and latency targets'
          }
        >
          {useCases.map(u => (
            <MenuItem key={u.id} value={u.id}>
              {u.name}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid item xs={12} sm={6}>
        <NumberField
          id={`${idp}-users`}
          label="Users"
          value={intent.users}
          onChange={setNum('users')}
          min={0}
          helperText={<LoadAssumption intent={intent} template={template} />}
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <ChoiceField
          id={`${idp}-users-mean`}
          label="Users means"
          value={usersMean}
          labels={USERS_MEAN_LABEL}
          onChange={v => set({ usersMean: v })}
          helperText={USERS_MEAN_HELP[usersMean]}
        />
      </Grid>
      {usersMean !== 'population' && (
        <Grid item xs={12} sm={6}>
          <ChoiceField
            id={`${idp}-users-at`}
            label="Users count is"
            value={intent.usersAt ?? 'peak'}
            labels={USERS_AT_LABEL}
            onChange={v => set({ usersAt: v })}
            helperText={
              (intent.usersAt ?? 'peak') === 'average'
                ? 'sized for users × peak factor at the busiest time'
                : 'sized for this count at the busiest time'
            }
          />
        </Grid>
      )}
      <Grid item xs={12} sm={6}>
        <NumberField
          id={`${idp}-rate`}
          label="Requests per active user"
          unit="/min"
          value={intent.requestsPerActiveUserPerMin}
          onChange={setNum('requestsPerActiveUserPerMin')}
          placeholder={
            template
              ? String(template.traffic.requestsPerActiveUserPerMin)
              : undefined
          }
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <NumberField
          id={`${idp}-peak`}
          label="Peak factor"
          unit="×"
          min={1}
          value={intent.peakFactor}
          onChange={setNum('peakFactor')}
          placeholder={
            template ? String(template.traffic.peakFactor) : undefined
          }
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <NumberField
          id={`${idp}-input-tokens`}
          label="Input tokens (mean)"
          value={intent.inputTokens}
          onChange={setNum('inputTokens')}
          placeholder={
            template ? String(template.tokens.input.mean) : undefined
          }
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <NumberField
          id={`${idp}-output-tokens`}
          label="Output tokens (mean)"
          value={intent.outputTokens}
          onChange={setNum('outputTokens')}
          placeholder={
            template ? String(template.tokens.output.mean) : undefined
          }
        />
      </Grid>
    </>
  );
}

/** Percentile and the TTFT, ITL and end-to-end targets. */
function SloFields(props: SectionProps) {
  const { intent, idp, setSlo } = props;
  const tplSlo = props.template?.slo;
  return (
    <>
      <Grid item xs={6} sm={3}>
        <TextField
          id={`${idp}-percentile`}
          select
          size="small"
          fullWidth
          label="Percentile"
          value={intent.slo?.percentile ?? tplSlo?.percentile ?? 'p90'}
          onChange={e => setSlo({ percentile: e.target.value as Percentile })}
        >
          {(['p50', 'p90', 'p95', 'p99'] as Percentile[]).map(p => (
            <MenuItem key={p} value={p}>
              {p}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid item xs={6} sm={3}>
        <NumberField
          id={`${idp}-ttft`}
          label="TTFT"
          unit="ms"
          value={intent.slo?.ttftMs}
          onChange={v => setSlo({ ttftMs: v })}
          placeholder={tplSlo?.ttftMs ? String(tplSlo.ttftMs) : undefined}
        />
      </Grid>
      <Grid item xs={6} sm={3}>
        <NumberField
          id={`${idp}-itl`}
          label="ITL"
          unit="ms"
          value={intent.slo?.itlMs}
          onChange={v => setSlo({ itlMs: v })}
          placeholder={tplSlo?.itlMs ? String(tplSlo.itlMs) : undefined}
        />
      </Grid>
      <Grid item xs={6} sm={3}>
        <NumberField
          id={`${idp}-e2e`}
          label="End-to-end"
          unit="ms"
          value={intent.slo?.e2eMs}
          onChange={v => setSlo({ e2eMs: v })}
          placeholder={tplSlo?.e2eMs ? String(tplSlo.e2eMs) : undefined}
        />
      </Grid>
    </>
  );
}

const PREFERENCE_HELP = {
  'lowest-cost': 'the cheapest plan that meets the SLO first',
  performance: 'the most SLO headroom the budget pays for first',
} as const;

/**
 * The cost ceiling the planner plans within ($/month, or $/run for a batch job) and how to
 * rank what fits: a plan over the ceiling says what the budget buys and what the SLO costs.
 */
function BudgetFields(props: SectionProps) {
  const { intent, idp, setBudget } = props;
  const budget = intent.budget;
  const preference = budget?.preference ?? 'lowest-cost';
  return (
    <>
      <Grid item xs={12} sm={intent.batch ? 4 : 6}>
        <NumberField
          id={`${idp}-budget`}
          label="Budget"
          unit="$/month"
          value={budget?.usdPerMonth}
          onChange={usdPerMonth => setBudget({ usdPerMonth })}
          helperText="The planner plans within it"
        />
      </Grid>
      {intent.batch && (
        <Grid item xs={12} sm={4}>
          <NumberField
            id={`${idp}-budget-run`}
            label="Budget per run"
            unit="$/run"
            value={budget?.usdPerRun}
            onChange={usdPerRun => setBudget({ usdPerRun })}
            helperText="One batch run; x runs a day x 30"
          />
        </Grid>
      )}
      <Grid item xs={12} sm={intent.batch ? 4 : 6}>
        <TextField
          id={`${idp}-budget-preference`}
          select
          size="small"
          fullWidth
          label="Within budget, rank"
          value={preference}
          onChange={e =>
            setBudget({
              preference: e.target.value as keyof typeof PREFERENCE_HELP,
            })
          }
          helperText={PREFERENCE_HELP[preference]}
        >
          <MenuItem value="lowest-cost">cheapest</MenuItem>
          <MenuItem value="performance">most headroom</MenuItem>
        </TextField>
      </Grid>
    </>
  );
}

/** Pricing, model and GPU pins, headroom. */
function ConstraintFields(props: SectionProps & { kb?: KnowledgeBase }) {
  const { intent, idp, kb, set, setNum } = props;
  return (
    <>
      <Grid item xs={12} sm={6}>
        <TextField
          id={`${idp}-pricing`}
          select
          size="small"
          fullWidth
          label="Pricing"
          value={intent.pricing ?? 'on-demand'}
          onChange={e =>
            set({ pricing: e.target.value as 'on-demand' | 'spot' })
          }
        >
          <MenuItem value="on-demand">on-demand</MenuItem>
          <MenuItem value="spot">spot</MenuItem>
        </TextField>
      </Grid>
      <Grid item xs={12} sm={6}>
        <PinSelect
          id={`${idp}-model`}
          label="Model"
          value={intent.model}
          choices={kb?.models}
          onChange={model => set({ model })}
          helperText="Leave on any to compare the catalog's models"
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <PinSelect
          id={`${idp}-gpu`}
          label="GPU"
          value={intent.gpu}
          choices={kb?.gpus}
          onChange={gpu => set({ gpu })}
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <NumberField
          id={`${idp}-headroom`}
          label="Headroom"
          unit="×"
          value={intent.headroom}
          onChange={setNum('headroom')}
          placeholder="0.2"
          helperText="Spare capacity above the peak rate"
        />
      </Grid>
    </>
  );
}

/** A pin to one catalog item or "any"; a pinned id the catalog lacks stays choosable. */
function PinSelect(props: {
  id: string;
  label: string;
  value?: string;
  choices?: { id: string }[];
  onChange: (v: string | undefined) => void;
  helperText?: string;
}) {
  const { value, choices } = props;
  return (
    <TextField
      id={props.id}
      select
      size="small"
      fullWidth
      label={props.label}
      value={value ?? ''}
      onChange={e => props.onChange(e.target.value || undefined)}
      helperText={props.helperText}
    >
      <MenuItem value="">any</MenuItem>
      {(choices ?? []).map(c => (
        <MenuItem key={c.id} value={c.id}>
          {c.id}
        </MenuItem>
      ))}
      {value && !choices?.some(c => c.id === value) && (
        <MenuItem value={value}>{value}</MenuItem>
      )}
    </TextField>
  );
}

/** Sizing confidence, availability and the replica floor. */
function ConfidenceFields(props: SectionProps) {
  const { intent, idp, template, set, setNum } = props;
  const errors = intentFieldErrors(intent);
  const defaultAvailability: Availability = template?.availability ?? 'n+1';
  const availability = intent.availability ?? defaultAvailability;
  return (
    <>
      <Grid item xs={12} sm={4}>
        <NumberField
          id={`${idp}-confidence`}
          label="Confidence"
          value={intent.confidence}
          onChange={setNum('confidence')}
          min={0.51}
          max={0.998}
          step={0.01}
          placeholder={String(DEFAULT_CONFIDENCE)}
          error={errors.confidence}
          helperText="probability each SLO target holds at the recommended size"
        />
      </Grid>
      <Grid item xs={12} sm={4}>
        <TextField
          id={`${idp}-availability`}
          select
          size="small"
          fullWidth
          label="Availability"
          value={intent.availability ?? ''}
          // the empty choice names the default it stands for
          SelectProps={{ displayEmpty: true }}
          InputLabelProps={{ shrink: true }}
          onChange={e =>
            set({
              availability: (e.target.value || undefined) as
                | Availability
                | undefined,
            })
          }
          helperText={AVAILABILITY_HELP[availability]}
        >
          {/* short, so the closed select fits a third of the form at 1280 px; the menu says whose */}
          <MenuItem value="" title="the use case's default">
            {defaultAvailability} (default)
          </MenuItem>
          <MenuItem value="n+1">n+1</MenuItem>
          <MenuItem value="best-effort">best-effort</MenuItem>
        </TextField>
      </Grid>
      <Grid item xs={12} sm={4}>
        <NumberField
          id={`${idp}-min-replicas`}
          label="Min replicas"
          value={intent.minReplicas}
          onChange={setNum('minReplicas')}
          min={1}
          step={1}
          placeholder={String(
            template?.minReplicas ?? (availability === 'n+1' ? 2 : 1),
          )}
          error={errors.minReplicas}
          helperText="fewest replicas whatever the load"
        />
      </Grid>
    </>
  );
}

/**
 * Whether a draft has what the planner needs and no field the form marks as an error (an
 * invalid draft is not re-planned, previewed or saved).
 */
export function isCompleteIntent(d: IntentDraft): d is Intent {
  return (
    !!d.useCase &&
    typeof d.users === 'number' &&
    d.users > 0 &&
    Object.keys(intentFieldErrors(d)).length === 0
  );
}
