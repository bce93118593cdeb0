import {
  Content,
  Header,
  InfoCard,
  Page,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import useAsync from 'react-use/esm/useAsync';
import { llmPlannerApiRef } from '../../api/LlmPlannerClient';

function BackendStatus() {
  const api = useApi(llmPlannerApiRef);
  const { value, loading, error } = useAsync(() => api.getStatus(), [api]);

  if (loading) {
    return <Progress aria-label="Checking the planner backend" />;
  }
  if (error) {
    return (
      <WarningPanel
        severity="error"
        title="The planner backend did not answer"
        message={error.message}
      />
    );
  }
  return (
    <Typography variant="body2" color="text.secondary">
      Planner backend connected: {value!.databaseClient} database, schema{' '}
      {value!.schemaVersion}, {value!.importBatches} benchmark import batches.
    </Typography>
  );
}

/** The planning page: the entry point of a team's path from a request to a running service. */
export const PlannerPage = () => (
  <Page themeId="tool">
    <Header
      title="LLM deployment planner"
      subtitle="Describe what you need; get a sized, costed plan from measured benchmarks"
    />
    <Content>
      <Stack spacing={3}>
        <InfoCard title="Plan an LLM inference service">
          <Typography paragraph>
            Tell the planner what your service does, who uses it and how fast
            answers must start. It recommends a model, GPU type, tensor
            parallelism and replica count from real measured benchmarks, with
            predicted latency, cost and the reasoning behind them.
          </Typography>
          <BackendStatus />
        </InfoCard>
      </Stack>
    </Content>
  </Page>
);
