import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { useLlmPlannerApi } from '@llm-planner/backstage-plugin-llm-planner-react';

/** Where the template keeps the id that ApprovedPlanPicker chose. */
const DEFAULT_PLAN_ID_FIELD = 'planId';

/**
 * The human title of the plan picked by `ApprovedPlanPicker`, kept as this field's value so
 * the template's review step reads "Plan: Support chatbot (team-a)" instead of a raw id.
 * It reads the picked id from the form (`ui:options.planIdField`, default `planId`) and shows
 * the plan's title, model and GPU under the picker as a confirmation.
 */
export const ApprovedPlanTitle = ({
  onChange,
  formData,
  formContext,
  uiSchema,
}: FieldExtensionComponentProps<string, { planIdField?: string }>) => {
  const client = useLlmPlannerApi();
  const planIdField =
    uiSchema?.['ui:options']?.planIdField ?? DEFAULT_PLAN_ID_FIELD;
  const planId: unknown = formContext?.formData?.[planIdField];
  const { value: plan, error } = useAsync(async () => {
    if (typeof planId !== 'string' || !planId) return undefined;
    return client.getPlan(planId);
  }, [client, planId]);

  const title = plan ? `${plan.title} (${plan.ownerGroup})` : undefined;
  useEffect(() => {
    if (title !== undefined && title !== formData) onChange(title);
  }, [title, formData, onChange]);

  if (error) {
    return (
      <Typography variant="body2" color="error">
        Could not read the chosen plan: {error.message}
      </Typography>
    );
  }
  if (!plan) return null;
  const best = plan.plan.recommendations[0];
  return (
    <Typography variant="body2" color="text.secondary">
      {title}
      {best
        ? ` — ${best.modelId} on ${best.replicas} × ${best.gpuId} (TP ${best.tp})`
        : ''}
    </Typography>
  );
};
