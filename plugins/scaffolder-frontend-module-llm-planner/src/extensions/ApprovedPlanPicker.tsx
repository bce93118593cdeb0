import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import {
  PLAN_PAGE_MAX,
  PlanListItem,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import Alert from '@mui/material/Alert';
import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Skeleton from '@mui/material/Skeleton';
import useAsync from 'react-use/esm/useAsync';
import { useLlmPlannerApi } from '@llm-planner/backstage-plugin-llm-planner-react';

/** Stops following cursors after this many pages (10,000 plans) whatever the backend says. */
const MAX_PAGES = 50;

/** All approved plans of the user's teams, following `nextCursor` page by page. */
function useApprovedPlans() {
  const client = useLlmPlannerApi();
  return useAsync(async (): Promise<PlanListItem[]> => {
    const plans: PlanListItem[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      // a team rarely has more approved plans than the backend's largest page holds
      const body = await client.listPlans({
        status: 'approved',
        scope: 'team',
        limit: PLAN_PAGE_MAX,
        cursor,
      });
      plans.push(...body.items);
      cursor = body.nextCursor ?? undefined;
      if (!cursor) break;
    }
    return plans;
  }, [client]);
}

/** Lets the user pick one of their teams' approved plans in a software template. */
export const ApprovedPlanPicker = ({
  onChange,
  required,
  formData,
  rawErrors,
  schema,
}: FieldExtensionComponentProps<string>) => {
  const { value: plans, loading, error } = useApprovedPlans();
  const label = schema.title ?? 'Approved plan';

  if (loading) {
    return (
      <Skeleton variant="rounded" height={56} aria-label="Loading plans" />
    );
  }
  if (error) {
    return (
      <Alert severity="error">
        Could not load approved plans: {error.message}
      </Alert>
    );
  }
  if (!plans?.length) {
    return (
      <Alert severity="info">
        None of your teams has an approved plan yet. Describe your service in
        the LLM Planner, review the recommendation and approve it; it then
        appears here.
      </Alert>
    );
  }
  return (
    <FormControl
      fullWidth
      required={required}
      error={(rawErrors?.length ?? 0) > 0}
    >
      <InputLabel id="approved-plan-picker-label">{label}</InputLabel>
      <Select
        labelId="approved-plan-picker-label"
        label={label}
        value={formData ?? ''}
        onChange={e => onChange(e.target.value as string)}
      >
        {plans.map(plan => (
          <MenuItem key={plan.id} value={plan.id}>
            {plan.title} ({plan.ownerGroup})
          </MenuItem>
        ))}
      </Select>
      <FormHelperText>
        {schema.description ?? 'Only approved plans of your teams are listed.'}
      </FormHelperText>
    </FormControl>
  );
};
