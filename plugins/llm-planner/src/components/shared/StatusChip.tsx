import type { PlanStatus } from '@llm-planner/backstage-plugin-llm-planner-common';
import Chip from '@mui/material/Chip';

const COLOR: Record<PlanStatus, 'default' | 'primary' | 'success' | 'info'> = {
  draft: 'default',
  approved: 'primary',
  deployed: 'success',
  retired: 'info',
};

/** The status of a plan as a chip. */
export function StatusChip(props: { status: PlanStatus }) {
  return (
    <Chip
      size="small"
      color={COLOR[props.status]}
      label={props.status}
      aria-label={`status: ${props.status}`}
    />
  );
}
