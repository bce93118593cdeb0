import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { planTitle } from '@llm-planner/backstage-plugin-llm-planner-common';
import type {
  ModelSpec,
  Plan,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage, llmPlannerApiRef } from '../../api/LlmPlannerClient';
import type { ChatResult } from '../../api/types';
import { usePlanner } from '../../hooks/usePlanner';
import { usePlannerPath } from '../../hooks/usePlannerPath';
import { IntentDraft, IntentEditor, isCompleteIntent } from '../IntentEditor';
import { budgetHeadline } from '../shared/budget';
import { PlanHeadline } from '../shared/Headline';
import { ChatPanel } from './ChatPanel';
import {
  similarCatalogModels,
  UnknownModel,
  UnknownModelNotice,
} from './UnknownModelNotice';

/** The model a spec pins that the catalog lacks, from the planner's error, with similar ones. */
function unknownPinnedModel(
  error: string | undefined,
  models: ModelSpec[] | undefined,
): UnknownModel | undefined {
  const name = error?.match(/unknown model "([^"]+)"/)?.[1];
  if (!name) return undefined;
  return { name, similar: similarCatalogModels(name, models ?? []) };
}

/** Chat beside the live structured spec; "Create plan" stores it and opens the plan. */
export function PlanningPage() {
  const api = useApi(llmPlannerApiRef);
  const navigate = useNavigate();
  const root = usePlannerPath();
  const { kb, planner, error: kbError } = usePlanner();
  const [intent, setIntent] = useState<IntentDraft>({});
  const [conversationId, setConversationId] = useState<string>();
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string>();

  const preview = useMemo((): { plan?: Plan; error?: string } => {
    if (!planner || !isCompleteIntent(intent)) return {};
    try {
      return { plan: planner.plan(intent) };
    } catch (e) {
      return { error: errorMessage(e) };
    }
  }, [planner, intent]);

  const onResult = (r: ChatResult) => {
    setConversationId(r.conversationId);
    setIntent(prev => ({ ...prev, ...r.intent }));
  };

  const create = async () => {
    if (!isCompleteIntent(intent)) return;
    setCreating(true);
    setCreateError(undefined);
    try {
      const stored = await api.createPlan({
        intent,
        conversationId,
        title: planTitle(intent),
      });
      navigate(`${root}/plans/${stored.id}`);
    } catch (e) {
      setCreateError(errorMessage(e));
      setCreating(false);
    }
  };

  const complete = isCompleteIntent(intent);
  const pinnedUnknown = unknownPinnedModel(preview.error, kb?.models);
  const verdict = preview.plan?.budget;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={6}>
        <InfoCard title="Describe what you need">
          <ChatPanel
            intent={intent}
            onResult={onResult}
            onPickModel={model => setIntent(prev => ({ ...prev, model }))}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <Stack spacing={3}>
          <InfoCard title="Specification">
            {kbError && (
              <Alert severity="warning" sx={{ mb: 2 }}>
                The knowledge base did not load ({kbError.message}); the preview
                is unavailable but you can still create a plan.
              </Alert>
            )}
            <IntentEditor intent={intent} onChange={setIntent} kb={kb} />
          </InfoCard>
          <InfoCard title="Preview">
            <Box sx={{ minHeight: 150 }} aria-live="polite">
              {!complete && (
                <Typography color="text.secondary">
                  A use case and a number of users are all the planner needs;
                  everything else has defaults from the use-case template.
                </Typography>
              )}
              {complete && !planner && !kbError && <Progress />}
              {pinnedUnknown ? (
                <UnknownModelNotice
                  model={pinnedUnknown}
                  onPick={model => setIntent(prev => ({ ...prev, model }))}
                />
              ) : (
                preview.error && <Alert severity="error">{preview.error}</Alert>
              )}
              {preview.plan && <PlanHeadline plan={preview.plan} />}
              {verdict && (
                <Alert
                  severity={verdict.withinBudget ? 'success' : 'warning'}
                  sx={{ mt: 2 }}
                  data-testid="preview-budget"
                >
                  {budgetHeadline(verdict)}
                </Alert>
              )}
            </Box>
            {createError && (
              <Alert severity="error" sx={{ mt: 2 }}>
                {createError}
              </Alert>
            )}
            <Box sx={{ mt: 2 }}>
              <Button
                variant="contained"
                onClick={create}
                disabled={!complete || creating}
              >
                {creating ? 'Creating…' : 'Create plan'}
              </Button>
            </Box>
          </InfoCard>
        </Stack>
      </Grid>
    </Grid>
  );
}
