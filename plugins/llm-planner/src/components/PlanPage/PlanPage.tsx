import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Intent,
  KnowledgeBase,
  llmPlannerPlanApprovePermission,
  Plan,
  Planner,
  Recommendation,
  restsOnEstimates,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { usePermission } from '@backstage/plugin-permission-react';
import { ResponseError } from '@backstage/errors';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Tooltip from '@mui/material/Tooltip';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import {
  Link as RouterLink,
  useParams,
  useSearchParams,
} from 'react-router-dom';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { errorMessage, llmPlannerApiRef } from '../../api/LlmPlannerClient';
import type { StoredPlan } from '../../api/types';
import { useMe } from '../../hooks/useMe';
import { usePlanner } from '../../hooks/usePlanner';
import {
  IntentEditor,
  intentFieldErrors,
  isCompleteIntent,
  IntentDraft,
} from '../IntentEditor';
import { PlanHeadline } from '../shared/Headline';
import { fmtDate, shortRef } from '../shared/format';
import { StatusChip } from '../shared/StatusChip';
import { CompareTab, Scenario } from './CompareTab';
import { CostTab } from './CostTab';
import { ExplanationTab } from './ExplanationTab';
import { ManifestsTab } from './ManifestsTab';
import { OverviewTab } from './OverviewTab';
import { PerformanceTab } from './PerformanceTab';
import { ScalingTab } from './ScalingTab';
import { VERIFY_ANCHOR } from './VerifyBeforeApprove';
import { WhatChanged } from './WhatChanged';

/** Where the software template lives, with the plan preselected. */
export function templateLink(planId: string): string {
  return `/create/templates/default/llm-inference-service?formData=${encodeURIComponent(
    JSON.stringify({ planId }),
  )}`;
}

const TABS = [
  'overview',
  'specifications',
  'performance',
  'cost',
  'scaling',
  'manifests',
  'explanation',
  'compare',
] as const;
type TabId = (typeof TABS)[number];

/** Times one in-browser re-plan; the figure is shown and kept for the benchmark. */
function timedPlan(
  plan: (i: Intent) => Plan,
  intent: Intent,
): { plan: Plan; ms: number } {
  const t0 = performance.now();
  const p = plan(intent);
  const ms = performance.now() - t0;
  try {
    performance.measure('llm-planner:what-if', { start: t0, duration: ms });
  } catch {
    // performance.measure with options is not everywhere (jsdom): the figure is still shown
  }
  return { plan: p, ms };
}

/** One plan by URL: tabs, instant what-if, save with version, approve, deploy link. */
export function PlanPage() {
  const { planId = '' } = useParams();
  const api = useApi(llmPlannerApiRef);
  const {
    value: stored,
    loading,
    error,
    retry,
  } = useAsyncRetry(() => api.getPlan(planId), [api, planId]);
  if (error)
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" onClick={retry}>
            Retry
          </Button>
        }
      >
        Plan {planId} did not load: {errorMessage(error)}
      </Alert>
    );
  if (loading && !stored) return <Progress />;
  if (!stored) return null;
  return (
    <LoadedPlan
      key={`${stored.id}@${stored.version}`}
      stored={stored}
      reload={retry}
    />
  );
}

type WhatIf = { plan?: Plan; ms: number; error?: string };

/** The stored plan, the what-if draft re-planned in the browser, and saving or approving it. */
function usePlanEditing(stored: StoredPlan, planner?: Planner) {
  const api = useApi(llmPlannerApiRef);
  const [current, setCurrent] = useState(stored);
  const [draft, setDraft] = useState<IntentDraft>(stored.plan.intent);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [actionError, setActionError] = useState<string>();

  const dirty = JSON.stringify(draft) !== JSON.stringify(current.plan.intent);
  const whatIf = useMemo((): WhatIf | undefined => {
    if (!dirty || !planner || !isCompleteIntent(draft)) return undefined;
    try {
      return { ...timedPlan(planner.plan, draft), error: undefined };
    } catch (e) {
      return { plan: undefined, ms: 0, error: errorMessage(e) };
    }
  }, [dirty, planner, draft]);
  const plan: Plan = (dirty && whatIf?.plan) || current.plan;

  const failed = (e: unknown) => {
    if (ResponseError.is(e) && (e as ResponseError).statusCode === 409)
      setConflict(true);
    else setActionError(errorMessage(e));
  };
  const save = async () => {
    if (!isCompleteIntent(draft)) return;
    setSaving(true);
    setActionError(undefined);
    try {
      const next = await api.updatePlan(current.id, {
        version: current.version,
        intent: draft,
      });
      setCurrent(next);
      setDraft(next.plan.intent);
    } catch (e) {
      failed(e);
    } finally {
      setSaving(false);
    }
  };
  const approve = async () => {
    setActionError(undefined);
    try {
      setCurrent(await api.approvePlan(current.id, current.version));
    } catch (e) {
      failed(e);
    }
  };

  return {
    current,
    draft,
    setDraft,
    dirty,
    whatIf,
    plan,
    draftErrors: Object.values(intentFieldErrors(draft)),
    save,
    saving,
    approve,
    conflict,
    setConflict,
    actionError,
  };
}

/** Up to three pinned scenarios for the Compare tab: the current plan or an alternative. */
function useScenarios(editing: ReturnType<typeof usePlanEditing>) {
  const { plan, dirty, current, draft } = editing;
  const [scenarios, setScenarios] = useState<Scenario[]>([]);
  const pin = (s: Scenario) =>
    setScenarios(prev =>
      prev.some(p => p.key === s.key) ? prev : [...prev, s].slice(-3),
    );
  const pinCurrent = () => {
    const r = plan.recommendations[0];
    if (!r) return;
    pin({
      key: `${dirty ? 'whatif' : 'saved'}:${JSON.stringify(plan.intent)}:${
        r.modelId
      }|${r.gpuId}|${r.tp}`,
      label: dirty
        ? `What-if: ${whatIfLabel(current.plan.intent, draft)}`
        : 'Saved plan',
      rec: r,
      workload: plan.workload,
    });
  };
  const pinAlternative = (r: Recommendation) =>
    pin({
      key: `alt:${JSON.stringify(plan.intent)}:${r.modelId}|${r.gpuId}|${
        r.tp
      }|${r.precision}`,
      label: `${r.kind}: ${r.modelId} on ${r.gpuId} TP${r.tp}`,
      rec: r,
      workload: plan.workload,
    });
  const remove = (key: string) =>
    setScenarios(s => s.filter(x => x.key !== key));
  return { scenarios, pinCurrent, pinAlternative, remove };
}

/** The open tab, kept in the URL's `tab` parameter. */
function usePlanTab(): [TabId, (tab: string) => void] {
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '')
    ? (params.get('tab') as TabId)
    : 'overview';
  const select = (v: string) => {
    const next = new URLSearchParams(params);
    next.set('tab', v);
    setParams(next, { replace: true });
  };
  return [tab, select];
}

function LoadedPlan(props: { stored: StoredPlan; reload: () => void }) {
  const { kb, planner, error: kbError } = usePlanner();
  const editing = usePlanEditing(props.stored, planner);
  const { current, plan, dirty, draft } = editing;
  const { scenarios, pinCurrent, pinAlternative, remove } =
    useScenarios(editing);
  const [tab, selectTab] = usePlanTab();

  return (
    <Stack spacing={3}>
      <PlanHeader
        stored={current}
        dirty={dirty}
        onApprove={editing.approve}
        onPin={pinCurrent}
        canPin={!!plan.recommendations[0] && scenarios.length < 3}
      />
      {editing.actionError && (
        <Alert severity="error">{editing.actionError}</Alert>
      )}
      <WhatChanged
        stored={current}
        kb={kb}
        planner={planner}
        dirty={dirty}
        onReplan={editing.save}
        replanning={editing.saving}
      />
      {dirty && (
        <WhatIfBanner
          editing={editing}
          plannerLoading={!planner && !kbError}
          kbError={kbError}
        />
      )}
      <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Tabs
          value={tab}
          onChange={(_, v) => selectTab(v)}
          variant="scrollable"
          scrollButtons="auto"
          aria-label="Plan sections"
        >
          {TABS.map(t => (
            <Tab
              key={t}
              value={t}
              id={`plan-tab-${t}`}
              aria-controls={`plan-tabpanel-${t}`}
              label={t === 'compare' ? `compare (${scenarios.length})` : t}
            />
          ))}
        </Tabs>
      </Box>
      <Box
        role="tabpanel"
        id={`plan-tabpanel-${tab}`}
        aria-labelledby={`plan-tab-${tab}`}
        sx={{ minHeight: 400 }}
      >
        {tab === 'overview' && (
          <OverviewTab
            plan={plan}
            onPin={pinAlternative}
            canPin={scenarios.length < 3}
            stored={current}
          />
        )}
        {tab === 'specifications' && (
          <SpecificationsTab
            draft={draft}
            onChange={editing.setDraft}
            kb={kb}
            plan={plan}
            dirty={dirty}
            whatIf={editing.whatIf}
            invalid={editing.draftErrors.length > 0}
          />
        )}
        {tab === 'performance' && (
          <PerformanceTab plan={plan} planner={planner} kb={kb} />
        )}
        {tab === 'cost' && <CostTab plan={plan} />}
        {tab === 'scaling' && <ScalingTab plan={plan} title={current.title} />}
        {tab === 'manifests' && (
          <ManifestsTab stored={current} plan={plan} dirty={dirty} kb={kb} />
        )}
        {tab === 'explanation' && <ExplanationTab plan={plan} />}
        {tab === 'compare' && (
          <CompareTab scenarios={scenarios} onRemove={remove} />
        )}
      </Box>
      <ConflictDialog
        open={editing.conflict}
        version={current.version}
        onClose={() => editing.setConflict(false)}
        onReload={props.reload}
      />
    </Stack>
  );
}

/** Says the numbers are a what-if (or why they are not), with Discard and Save. */
function WhatIfBanner(props: {
  editing: ReturnType<typeof usePlanEditing>;
  plannerLoading: boolean;
  kbError?: Error;
}) {
  const { editing, kbError } = props;
  const { whatIf, draftErrors, saving, draft } = editing;
  return (
    <Alert
      severity="info"
      data-testid="what-if-banner"
      action={
        <Stack direction="row" spacing={1}>
          <Button
            color="inherit"
            onClick={() => editing.setDraft(editing.current.plan.intent)}
          >
            Discard
          </Button>
          <Button
            color="inherit"
            variant="outlined"
            onClick={editing.save}
            disabled={saving || !isCompleteIntent(draft)}
          >
            {saving ? 'Saving…' : 'Save'}
          </Button>
        </Stack>
      }
    >
      {draftErrors.length > 0 ? (
        <span data-testid="what-if-invalid">
          What-if: not re-planned until the specification is fixed (
          {draftErrors.join('; ')}); the numbers below are the saved
          plan&apos;s.
        </span>
      ) : (
        <>
          What-if: every number below is re-planned in your browser from your
          edits
          {whatIf?.plan && ` (recomputed in ${whatIf.ms.toFixed(1)} ms)`}.
        </>
      )}
      {whatIf?.error && ` The edited spec cannot be planned: ${whatIf.error}`}
      {props.plannerLoading && ' Loading the knowledge base…'}
      {kbError && ` The knowledge base did not load: ${kbError.message}`}
    </Alert>
  );
}

/** The intent editor beside the plan re-planned from it. */
function SpecificationsTab(props: {
  draft: IntentDraft;
  onChange: (d: IntentDraft) => void;
  kb?: KnowledgeBase;
  plan: Plan;
  dirty: boolean;
  whatIf?: WhatIf;
  invalid: boolean;
}) {
  const { dirty, whatIf } = props;
  return (
    <Grid container spacing={3}>
      <Grid item xs={12} lg={7}>
        <InfoCard
          title="Specification"
          subheader="Every edit re-plans in your browser; Save stores it as the plan's new version."
        >
          <IntentEditor
            intent={props.draft}
            onChange={props.onChange}
            kb={props.kb}
            idPrefix="spec"
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={5}>
        {/* the re-plan of every edit, beside the fields (sticky while the form scrolls) */}
        <Box sx={{ position: { lg: 'sticky' }, top: { lg: 16 } }}>
          <InfoCard
            title={dirty ? 'Re-planned from your edits' : 'Saved plan'}
            subheader={
              dirty && whatIf?.plan
                ? `Recomputed in ${whatIf.ms.toFixed(
                    1,
                  )} ms; Save keeps it, Discard goes back.`
                : 'Edit a field: the result updates here.'
            }
          >
            <Box aria-live="polite" data-testid="spec-result">
              {dirty && props.invalid && (
                <Alert severity="warning" sx={{ mb: 2 }}>
                  Not re-planned until the specification is fixed; this is the
                  saved plan.
                </Alert>
              )}
              <PlanHeadline plan={props.plan} />
            </Box>
          </InfoCard>
        </Box>
      </Grid>
    </Grid>
  );
}

function ConflictDialog(props: {
  open: boolean;
  version: number;
  onClose: () => void;
  onReload: () => void;
}) {
  return (
    <Dialog
      open={props.open}
      onClose={props.onClose}
      aria-labelledby="conflict-title"
    >
      <DialogTitle id="conflict-title">This plan changed meanwhile</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Someone saved a newer version of this plan since you opened it (you
          have version {props.version}). Reload to see their changes; your
          unsaved edits will be discarded.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>Keep editing</Button>
        <Button variant="contained" onClick={props.onReload}>
          Reload
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function whatIfLabel(from: Intent, to: IntentDraft): string {
  const parts: string[] = [];
  for (const k of Object.keys({ ...from, ...to }) as (keyof Intent)[]) {
    const a = JSON.stringify(from[k]);
    const b = JSON.stringify(to[k]);
    if (a !== b) parts.push(`${k} ${b ?? 'default'}`);
  }
  return parts.slice(0, 2).join(', ') || 'edited';
}

function PlanHeader(props: {
  stored: StoredPlan;
  dirty: boolean;
  onApprove: () => void;
  onPin: () => void;
  canPin: boolean;
}) {
  const { stored, dirty } = props;
  const { value: me, loading: meLoading } = useMe();
  const { allowed, loading: permLoading } = usePermission({
    permission: llmPlannerPlanApprovePermission,
    resourceRef: stored.id,
  });
  const [announce, setAnnounce] = useState('');
  useEffect(() => {
    if (stored.status === 'approved')
      setAnnounce(
        'Plan approved: you can deploy it with the software template.',
      );
  }, [stored.status]);
  const inTeam =
    !!me && (me.isPlatform || me.groups.includes(stored.ownerGroup));
  let reason: string | undefined;
  if (permLoading || meLoading) reason = 'Checking your permissions…';
  else if (!allowed)
    reason = 'You lack the llm-planner.plan.approve permission.';
  else if (!me) reason = 'Could not tell which teams you belong to.';
  else if (!inTeam)
    reason = `Only members of ${shortRef(
      stored.ownerGroup,
    )} or the platform team can approve this plan.`;
  else if (stored.status !== 'draft')
    reason = `The plan is ${stored.status}; only a draft can be approved.`;
  else if (dirty) reason = 'Save or discard your what-if edits first.';
  else if (!stored.plan.recommendations.length)
    reason = 'No configuration meets the targets: nothing to approve.';
  const deployable = stored.status === 'approved';
  const best = stored.plan.recommendations[0];
  const unverified =
    stored.status === 'draft' && !!best && restsOnEstimates(best);
  return (
    <Box>
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        justifyContent="space-between"
        alignItems={{ md: 'center' }}
      >
        <Box>
          <Typography variant="h5" component="h2">
            {stored.title}
          </Typography>
          <Stack
            direction="row"
            spacing={1}
            alignItems="center"
            sx={{ mt: 0.5 }}
          >
            <StatusChip status={stored.status} />
            <Typography variant="body2" color="text.secondary">
              version {stored.version} · team {shortRef(stored.ownerGroup)} · by{' '}
              {shortRef(stored.ownerUser)} · updated {fmtDate(stored.updatedAt)}
              {stored.approvedBy &&
                ` · approved by ${shortRef(stored.approvedBy)}`}
            </Typography>
          </Stack>
        </Box>
        <Stack direction="row" spacing={1} alignItems="center">
          <Button
            variant="outlined"
            onClick={props.onPin}
            disabled={!props.canPin}
          >
            Pin to compare
          </Button>
          {unverified && (
            <Tooltip title="Rests on estimates: no run measured this configuration at this token shape and load. The overview gives the benchmark that confirms it.">
              <Chip
                size="small"
                color="warning"
                variant="outlined"
                label={`${best.provenance}: verify first`}
                component={RouterLink}
                to={`?tab=overview#${VERIFY_ANCHOR}`}
                clickable
                data-testid="approve-verify-note"
              />
            </Tooltip>
          )}
          <Tooltip
            title={reason ?? 'Approve so the software template may deploy it'}
          >
            <span>
              <Button
                variant="contained"
                onClick={props.onApprove}
                disabled={!!reason}
                aria-describedby={reason ? 'approve-reason' : undefined}
              >
                Approve
              </Button>
            </span>
          </Tooltip>
          {deployable && (
            <Button
              variant="contained"
              color="secondary"
              component={RouterLink}
              to={templateLink(stored.id)}
            >
              Deploy with the template
            </Button>
          )}
        </Stack>
      </Stack>
      <Typography
        id="approve-reason"
        role="status"
        variant="caption"
        color="text.secondary"
        sx={{ display: 'block', textAlign: { md: 'right' }, minHeight: 20 }}
      >
        {reason && stored.status === 'draft' ? `Approve: ${reason}` : announce}
      </Typography>
    </Box>
  );
}
