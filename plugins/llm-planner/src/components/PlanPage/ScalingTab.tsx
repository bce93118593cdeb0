import { InfoCard } from '@backstage/core-components';
import type { Plan } from '@internal/backstage-plugin-llm-planner-common';
import Alert from '@mui/material/Alert';

/** Scaling simulation of the plan over a traffic day (arrives with the scaling module). */
export function ScalingTab(_props: { plan: Plan }) {
  return (
    <InfoCard title="Scaling over a traffic day">
      <Alert severity="info">
        The scaling simulation (replicas, latency and cost over a traffic day
        for fixed and autoscaled policies) is not available in this portal yet.
      </Alert>
    </InfoCard>
  );
}
