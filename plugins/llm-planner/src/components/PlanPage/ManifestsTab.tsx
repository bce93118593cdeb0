import { InfoCard } from '@backstage/core-components';
import {
  AUTOSCALER_KINDS,
  AUTOSCALER_RENDERERS,
  AutoscalerKind,
  AutoscalingDecision,
  autoscalerKindOf,
  ManifestRuntime,
  ManifestVariant,
  Plan,
  policyKindSpec,
  renderManifests,
  teamNamespace,
  toDnsLabel,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import type { KnowledgeBase } from '@llm-planner/backstage-plugin-llm-planner-common';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/LlmPlannerClient';
import { usePlanAutoscaling } from '../../scaling/useScaling';
import type { StoredPlan } from '../../api/types';

type AutoscalerChoice = AutoscalerKind | 'plan';
type Rendered = ReturnType<typeof renderManifests>;
type ManifestFile = Rendered['files'][number];
type PlanDecision = ReturnType<typeof usePlanAutoscaling>;

/** The plan's manifests for the chosen variant, runtime and autoscaler, once its decision is known. */
function useRenderedManifests(
  props: { stored: StoredPlan; plan: Plan; kb?: KnowledgeBase },
  choice: {
    variant: ManifestVariant;
    runtime: ManifestRuntime;
    autoscaler: AutoscalerChoice;
  },
  decision: PlanDecision['decision'],
  serviceName: string,
): { value?: Rendered; error?: string } {
  const { stored, plan, kb } = props;
  const { variant, runtime, autoscaler } = choice;
  return useMemo(() => {
    // never render another autoscaler than the plan's decision: wait for it
    if (!decision) return {};
    try {
      const rec = plan.recommendations[0];
      const model = kb?.models.find(m => m.id === rec?.modelId);
      return {
        value: renderManifests({
          plan: { ...stored, plan },
          variant,
          runtime,
          autoscaler:
            autoscaler === 'plan'
              ? autoscalerKindOf(decision.parameters)
              : autoscaler,
          autoscalerParameters: decision.parameters,
          namespace: teamNamespace(stored.ownerGroup),
          serviceName,
          entityRef: `component:default/${serviceName}`,
          modelMaxContext: model?.maxContext ?? null,
        }),
      };
    } catch (e) {
      return { error: errorMessage(e) };
    }
  }, [stored, plan, variant, runtime, autoscaler, serviceName, kb, decision]);
}

/** Rendered Kubernetes manifests of the plan, with copy and download. */
export function ManifestsTab(props: {
  stored: StoredPlan;
  plan: Plan;
  dirty: boolean;
  kb?: KnowledgeBase;
}) {
  const { stored, plan, dirty } = props;
  // the template's defaults: a Deployment with the plan's autoscaler decision
  const [variant, setVariant] = useState<ManifestVariant>('deployment');
  const [runtime, setRuntime] = useState<ManifestRuntime>('vllm');
  const [autoscaler, setAutoscaler] = useState<AutoscalerChoice>('plan');
  const planDecision = usePlanAutoscaling(plan);
  const selection = useFileSelection();
  const serviceName = toDnsLabel(stored.title, 'llm-service', 52);
  const { value, error: renderError } = useRenderedManifests(
    props,
    { variant, runtime, autoscaler },
    planDecision.decision,
    serviceName,
  );

  return (
    <InfoCard title="Manifests">
      <Stack spacing={2}>
        {dirty && (
          <Alert severity="info">
            Rendered from your unsaved what-if; the template deploys the saved
            plan.
          </Alert>
        )}
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
          <TextField
            id="manifest-variant"
            select
            size="small"
            label="Variant"
            value={variant}
            onChange={e => setVariant(e.target.value as ManifestVariant)}
            sx={{ minWidth: 200 }}
          >
            <MenuItem value="kserve">KServe InferenceService</MenuItem>
            <MenuItem value="deployment">Deployment + Service</MenuItem>
          </TextField>
          <TextField
            id="manifest-runtime"
            select
            size="small"
            label="Runtime"
            value={runtime}
            onChange={e => setRuntime(e.target.value as ManifestRuntime)}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="vllm">vLLM on GPUs</MenuItem>
            <MenuItem value="simulator">inference simulator</MenuItem>
          </TextField>
          <TextField
            id="manifest-autoscaler"
            select
            size="small"
            label="Autoscaler"
            value={autoscaler}
            onChange={e => setAutoscaler(e.target.value as AutoscalerChoice)}
            sx={{ minWidth: 200 }}
          >
            <MenuItem value="plan">As the plan decided</MenuItem>
            {AUTOSCALER_KINDS.map(kind => (
              <MenuItem key={kind} value={kind}>
                {AUTOSCALER_RENDERERS[kind].label}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
        <DecisionSentence planDecision={planDecision} />
        {renderError && (
          <Alert severity="warning">
            Cannot render manifests: {renderError}
          </Alert>
        )}
        {value && (
          <>
            {value.warnings.map(w => (
              <Alert severity="warning" key={w}>
                {w}
              </Alert>
            ))}
            <Typography variant="body2" color="text.secondary">
              {value.summary.minReplicas}–{value.summary.maxReplicas} replicas
              of {value.summary.hfId}, {value.summary.gpusPerReplica} GPU(s)
              each, namespace {teamNamespace(stored.ownerGroup)}, image{' '}
              {value.summary.image}.
            </Typography>
            <ManifestFiles
              files={value.files}
              serviceName={serviceName}
              selection={selection}
            />
          </>
        )}
      </Stack>
    </InfoCard>
  );
}

/** The decision in the preview's words: the autoscaler, or why there is none. */
function decisionSummary(decision: AutoscalingDecision): string {
  const p = decision.parameters;
  const spec = policyKindSpec(p.kind);
  // a batch plan's kind: a CronJob runs each run at its size, nothing runs in between
  if (spec.workload === 'batch')
    return `no autoscaler: ${spec.label} (${p.maxReplicas} pod(s) a run)`;
  if (p.kind === 'fixed')
    return `no autoscaler (fixed ${p.minReplicas} replicas)`;
  return decision.label;
}

/** Which autoscaler the manifests carry, or why there is none yet. */
function DecisionSentence(props: { planDecision: PlanDecision }) {
  const { planDecision } = props;
  const { decision } = planDecision;
  return (
    <Typography variant="body2" data-testid="manifests-decision">
      {decision &&
        `Autoscaler: the plan's decision, ${decisionSummary(decision)}${
          planDecision.derived
            ? ' (derived here from the plan, as the backend derives it for the template)'
            : ''
        }. The template renders the same.`}
      {!decision &&
        planDecision.loading &&
        "Deciding the plan's autoscaler (simulating its day)…"}
      {!decision &&
        planDecision.error &&
        `No autoscaler decision: ${planDecision.error}`}
    </Typography>
  );
}

function downloadYaml(yaml: string, serviceName: string) {
  const url = URL.createObjectURL(
    new Blob([yaml], { type: 'application/yaml' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = `${serviceName}-manifests.yaml`;
  a.click();
  URL.revokeObjectURL(url);
}

/** The selected file and the copy status; kept while a re-render fails, as the choices change. */
function useFileSelection() {
  const [selected, setSelected] = useState(0);
  const [copied, setCopied] = useState<string>();
  return { selected, setSelected, copied, setCopied };
}

/** The file list and the selected file's YAML, with copy and download. */
function ManifestFiles(props: {
  files: ManifestFile[];
  serviceName: string;
  selection: ReturnType<typeof useFileSelection>;
}) {
  const { files } = props;
  const { selected, setSelected, copied, setCopied } = props.selection;
  const file = files[Math.min(selected, Math.max(0, files.length - 1))];
  const all = files.map(f => `# ${f.path}\n${f.content}`).join('---\n');

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`Copied ${what}`);
    } catch {
      setCopied('Copy is not allowed here: select the text instead');
    }
  };

  return (
    <Grid container spacing={2}>
      <Grid item xs={12} md={3}>
        <List dense aria-label="Manifest files">
          {files.map((f, i) => (
            <ListItemButton
              key={f.path}
              selected={f === file}
              onClick={() => setSelected(i)}
            >
              <ListItemText primary={f.path.replace(/^manifests\//, '')} />
            </ListItemButton>
          ))}
        </List>
      </Grid>
      <Grid item xs={12} md={9}>
        <Stack direction="row" spacing={1} sx={{ mb: 1 }} alignItems="center">
          <Button
            size="small"
            variant="outlined"
            onClick={() => file && copy(file.content, file.path)}
          >
            Copy file
          </Button>
          <Button
            size="small"
            variant="outlined"
            onClick={() => copy(all, 'all manifests')}
          >
            Copy all
          </Button>
          <Button
            size="small"
            variant="outlined"
            onClick={() => downloadYaml(all, props.serviceName)}
          >
            Download YAML
          </Button>
          <Typography variant="caption" role="status" sx={{ minWidth: 120 }}>
            {copied}
          </Typography>
        </Stack>
        <Box
          component="pre"
          tabIndex={0}
          aria-label={`YAML of ${file?.path ?? 'manifest'}`}
          sx={{
            m: 0,
            p: 2,
            maxHeight: 480,
            overflow: 'auto',
            fontSize: 12,
            bgcolor: 'action.hover',
            color: 'text.primary',
            borderRadius: 1,
          }}
        >
          {file?.content}
        </Box>
      </Grid>
    </Grid>
  );
}
