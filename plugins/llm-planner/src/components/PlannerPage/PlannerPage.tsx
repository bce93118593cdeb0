import { Content, Header, Page } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { llmPlannerBenchmarkWritePermission } from '@llm-planner/backstage-plugin-llm-planner-common';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import { Progress } from '@backstage/core-components';
import {
  Link as RouterLink,
  Route,
  Routes,
  useLocation,
  useResolvedPath,
} from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { llmPlannerApiRef } from '../../api/LlmPlannerClient';
import { PlanningPage } from '../PlanningPage';

const PlanPage = lazy(() =>
  import('../PlanPage').then(m => ({ default: m.PlanPage })),
);
const PlansListPage = lazy(() =>
  import('../PlansListPage').then(m => ({ default: m.PlansListPage })),
);
const AdminPage = lazy(() =>
  import('../AdminPage').then(m => ({ default: m.AdminPage })),
);

function BackendStatus() {
  const api = useApi(llmPlannerApiRef);
  const { value, error } = useAsync(() => api.getStatus(), [api]);
  return (
    <Typography
      variant="caption"
      color="text.secondary"
      component="p"
      sx={{ mt: 3, minHeight: 20 }}
    >
      {error && `The planner backend did not answer: ${error.message}`}
      {value &&
        `Planner backend connected: ${value.databaseClient} database, schema ${value.schemaVersion}, ${value.importBatches} benchmark import batches.`}
    </Typography>
  );
}

function PlannerNav() {
  const base = useResolvedPath('').pathname.replace(/\/$/, '');
  const { pathname } = useLocation();
  const { allowed: isAdmin } = usePermission({
    permission: llmPlannerBenchmarkWritePermission,
  });
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : '';
  let value = 'plan';
  if (rest.startsWith('/plans')) value = 'plans';
  else if (rest.startsWith('/admin')) value = 'admin';
  return (
    <Box
      component="nav"
      aria-label="LLM planner sections"
      sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}
    >
      <Tabs value={value} aria-label="LLM planner sections">
        <Tab
          value="plan"
          label="Plan"
          component={RouterLink}
          to={base || '/'}
        />
        <Tab
          value="plans"
          label="My plans"
          component={RouterLink}
          to={`${base}/plans`}
        />
        {(isAdmin || value === 'admin') && (
          <Tab
            value="admin"
            label="Benchmark admin"
            component={RouterLink}
            to={`${base}/admin`}
          />
        )}
      </Tabs>
    </Box>
  );
}

/** The planner: planning chat, my plans, a plan by URL and the benchmark admin. */
export const PlannerPage = () => (
  <Page themeId="tool">
    <Header
      title="LLM deployment planner"
      subtitle="Describe what you need; get a sized, costed plan from measured benchmarks"
    />
    <Content>
      <PlannerNav />
      <Suspense fallback={<Progress />}>
        <Routes>
          <Route path="/" element={<PlanningPage />} />
          <Route path="/plans" element={<PlansListPage />} />
          <Route path="/plans/:planId" element={<PlanPage />} />
          <Route path="/admin" element={<AdminPage />} />
        </Routes>
      </Suspense>
      <BackendStatus />
    </Content>
  </Page>
);
