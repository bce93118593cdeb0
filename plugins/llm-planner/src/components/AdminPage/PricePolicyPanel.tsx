import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  PricePolicy,
  regionLabel,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import {
  errorMessage,
  llmPlannerApiRef,
  PricePolicyState,
} from '../../api/LlmPlannerClient';
import { shortRef } from '../shared/format';
import { TABLE_SX } from '../shared/tables';

type Kind = 'on-demand' | 'spot';

/** The form: what is ticked. A list with everything ticked is saved as "all". */
type Draft = {
  providers: Set<string>;
  regions: Set<string>;
  pricing: Set<Kind>;
  excludeMarketplaces: boolean;
};

const norm = (s: string) => s.trim().toLocaleLowerCase('en-US');

function draftOf(state: PricePolicyState): Draft {
  const { policy, choices } = state;
  const pick = (all: string[], allowed?: string[]) => {
    if (!allowed) return new Set(all);
    const set = new Set(allowed.map(norm));
    return new Set(all.filter(x => set.has(norm(x))));
  };
  return {
    providers: pick(
      choices.providers.map(p => p.provider),
      policy.providers,
    ),
    regions: pick(
      choices.regions.map(r => r.region),
      policy.regions,
    ),
    pricing: new Set(policy.pricing ?? choices.pricing),
    excludeMarketplaces: policy.excludeMarketplaces ?? true,
  };
}

/** The policy a draft saves: lists with every choice ticked are left out (new ones allowed). */
function policyOf(draft: Draft, state: PricePolicyState): PricePolicy {
  const offered = state.choices.providers
    .filter(p => !(draft.excludeMarketplaces && p.kind === 'marketplace'))
    .map(p => p.provider);
  const providers = offered.filter(p => draft.providers.has(p));
  const regions = state.choices.regions
    .map(r => r.region)
    .filter(r => draft.regions.has(r));
  return {
    ...(providers.length === offered.length ? {} : { providers }),
    ...(regions.length === state.choices.regions.length ? {} : { regions }),
    pricing: state.choices.pricing.filter(k => draft.pricing.has(k)),
    excludeMarketplaces: draft.excludeMarketplaces,
  };
}

const SOURCE: Record<PricePolicyState['source'], string> = {
  admin: 'saved in this page',
  config: 'app-config llmPlanner.pricing',
  default: 'the default: cloud providers, on-demand and spot',
};

function toggle<T>(set: Set<T>, value: T, on: boolean): Set<T> {
  const next = new Set(set);
  if (on) next.add(value);
  else next.delete(value);
  return next;
}

type ProviderChoice = PricePolicyState['choices']['providers'][number];
type SetDraft = (draft: Draft) => void;

/** What the policy as ticked cannot be saved for (an empty list allows nothing). */
function policyProblems(policy: PricePolicy): string[] {
  return [
    policy.providers?.length === 0 && 'tick at least one provider',
    policy.regions?.length === 0 && 'tick at least one region',
    policy.pricing?.length === 0 && 'tick on-demand, spot or both',
  ].filter(Boolean) as string[];
}

/** The stored policy, the ticked draft, and saving the draft. */
function usePricePolicyForm() {
  const api = useApi(llmPlannerApiRef);
  const loaded = useAsyncRetry(() => api.getPricePolicy(), [api]);
  const [state, setState] = useState<PricePolicyState>();
  const [draft, setDraft] = useState<Draft>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (loaded.value) {
      setState(loaded.value);
      setDraft(draftOf(loaded.value));
    }
  }, [loaded.value]);

  const policy = useMemo(
    () => (state && draft ? policyOf(draft, state) : undefined),
    [state, draft],
  );

  const save = async (next: PricePolicy) => {
    setSaving(true);
    setError(undefined);
    setSaved(undefined);
    try {
      const stored = await api.setPricePolicy(next);
      setState(stored);
      setDraft(draftOf(stored));
      setSaved(
        `Saved. Plans now use ${stored.allowedRows} of ${stored.totalRows} price rows.`,
      );
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return {
    loadError: loaded.error,
    state,
    draft,
    setDraft,
    policy,
    save,
    saving,
    saved,
    error,
  };
}

/**
 * Which providers (cloud or community marketplace), regions and pricing kinds plans may use,
 * and the price rows the policy leaves out. Saving re-plans every plan from the allowed prices.
 */
export function PricePolicyPanel() {
  const form = usePricePolicyForm();
  const { state, draft, setDraft, policy, saving } = form;

  if (form.loadError)
    return (
      <Alert severity="error">
        The price policy did not load: {errorMessage(form.loadError)}
      </Alert>
    );
  if (!state || !draft || !policy) return <Progress />;

  const problems = policyProblems(policy);
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} lg={7}>
        <InfoCard title="Price policy">
          <PolicyInEffect state={state} />
          <Stack spacing={3}>
            <ProviderFieldsets
              state={state}
              draft={draft}
              setDraft={setDraft}
            />
            <RegionFieldset state={state} draft={draft} setDraft={setDraft} />
            <PricingKindFieldset
              state={state}
              draft={draft}
              setDraft={setDraft}
            />
            {problems.length > 0 && (
              <Alert severity="warning">
                Cannot save: {problems.join('; ')}.
              </Alert>
            )}
            {form.error && <Alert severity="error">{form.error}</Alert>}
            {form.saved && <Alert severity="success">{form.saved}</Alert>}
            <Stack direction="row" spacing={1}>
              <Button
                variant="contained"
                onClick={() => form.save(policy)}
                disabled={saving || problems.length > 0}
              >
                Save
              </Button>
              <Button
                onClick={() => setDraft(draftOf(state))}
                disabled={saving}
              >
                Reset
              </Button>
            </Stack>
          </Stack>
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={5}>
        <ExcludedRowsCard excluded={state.excluded} />
      </Grid>
    </Grid>
  );
}

function PolicyInEffect(props: { state: PricePolicyState }) {
  const { state } = props;
  return (
    <Typography variant="body2" sx={{ mb: 2 }}>
      In effect: {SOURCE[state.source]}
      {state.updatedBy &&
        ` (by ${shortRef(state.updatedBy)}${
          state.updatedAt ? `, ${state.updatedAt.slice(0, 10)}` : ''
        })`}
      . Plans use {state.allowedRows} of {state.totalRows} price rows; on-demand
      and spot are compared within one provider and region.
    </Typography>
  );
}

type FieldsetProps = {
  state: PricePolicyState;
  draft: Draft;
  setDraft: SetDraft;
};

/** Cloud providers, then the marketplaces with the switch that excludes them all. */
function ProviderFieldsets(props: FieldsetProps) {
  const { state, draft, setDraft } = props;
  const providerBox = (p: ProviderChoice) => (
    <ProviderCheckbox
      key={p.provider}
      choice={p}
      draft={draft}
      setDraft={setDraft}
    />
  );
  const clouds = state.choices.providers.filter(p => p.kind === 'cloud');
  const marketplaces = state.choices.providers.filter(
    p => p.kind === 'marketplace',
  );
  return (
    <>
      <FormControl component="fieldset">
        <FormLabel component="legend">Cloud providers</FormLabel>
        <FormGroup>{clouds.map(providerBox)}</FormGroup>
      </FormControl>
      <FormControl component="fieldset">
        <FormLabel component="legend">Community marketplaces</FormLabel>
        <FormControlLabel
          control={
            <Checkbox
              checked={draft.excludeMarketplaces}
              onChange={e =>
                setDraft({
                  ...draft,
                  excludeMarketplaces: e.target.checked,
                })
              }
            />
          }
          label="Exclude community marketplaces"
        />
        <FormGroup>{marketplaces.map(providerBox)}</FormGroup>
        <FormHelperText>
          {state.marketplaces.map(m => `${m.provider}: ${m.why}`).join('. ')}
        </FormHelperText>
      </FormControl>
    </>
  );
}

function ProviderCheckbox(props: {
  choice: ProviderChoice;
  draft: Draft;
  setDraft: SetDraft;
}) {
  const { choice: p, draft, setDraft } = props;
  const blocked = draft.excludeMarketplaces && p.kind === 'marketplace';
  return (
    <FormControlLabel
      control={
        <Checkbox
          checked={!blocked && draft.providers.has(p.provider)}
          disabled={blocked}
          onChange={e =>
            setDraft({
              ...draft,
              providers: toggle(draft.providers, p.provider, e.target.checked),
            })
          }
        />
      }
      label={
        <Stack direction="row" spacing={1} alignItems="center">
          <span>{p.provider}</span>
          <Chip
            size="small"
            variant="outlined"
            label={p.kind === 'cloud' ? 'cloud' : 'marketplace'}
            color={p.kind === 'cloud' ? 'default' : 'warning'}
          />
          <Typography variant="caption" color="text.secondary">
            {p.rows} rows
          </Typography>
        </Stack>
      }
    />
  );
}

function RegionFieldset(props: FieldsetProps) {
  const { state, draft, setDraft } = props;
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend">Regions</FormLabel>
      <FormGroup row>
        {state.choices.regions.map(r => (
          <FormControlLabel
            key={r.region}
            control={
              <Checkbox
                checked={draft.regions.has(r.region)}
                onChange={e =>
                  setDraft({
                    ...draft,
                    regions: toggle(draft.regions, r.region, e.target.checked),
                  })
                }
              />
            }
            label={`${regionLabel(r.region)} (${r.rows})`}
          />
        ))}
      </FormGroup>
    </FormControl>
  );
}

function PricingKindFieldset(props: FieldsetProps) {
  const { state, draft, setDraft } = props;
  return (
    <FormControl component="fieldset">
      <FormLabel component="legend">Pricing kinds</FormLabel>
      <FormGroup row>
        {state.choices.pricing.map(k => (
          <FormControlLabel
            key={k}
            control={
              <Checkbox
                checked={draft.pricing.has(k)}
                onChange={e =>
                  setDraft({
                    ...draft,
                    pricing: toggle(draft.pricing, k, e.target.checked),
                  })
                }
              />
            }
            label={k}
          />
        ))}
      </FormGroup>
    </FormControl>
  );
}

function ExcludedRowsCard(props: { excluded: PricePolicyState['excluded'] }) {
  const { excluded } = props;
  return (
    <InfoCard title="Price rows left out">
      {excluded.length === 0 ? (
        <Typography color="text.secondary">
          The policy allows every price row.
        </Typography>
      ) : (
        <Table size="small" sx={TABLE_SX} aria-label="Price rows left out">
          <TableHead>
            <TableRow>
              <TableCell>Provider</TableCell>
              <TableCell align="right">Rows</TableCell>
              <TableCell>Why</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {excluded.map(e => (
              <TableRow key={`${e.provider}|${e.reason}`}>
                <TableCell>{e.provider}</TableCell>
                <TableCell align="right">{e.count}</TableCell>
                <TableCell>{e.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </InfoCard>
  );
}
