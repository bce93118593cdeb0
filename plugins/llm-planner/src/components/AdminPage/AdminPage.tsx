import { Progress, WarningPanel } from '@backstage/core-components';
import { llmPlannerBenchmarkWritePermission } from '@llm-planner/backstage-plugin-llm-planner-common';
import { usePermission } from '@backstage/plugin-permission-react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { BatchesPanel } from './BatchesPanel';
import { CalibrationPanel } from './CalibrationPanel';
import { ImportPanel } from './ImportPanel';
import { ModelsPanel } from './ModelsPanel';
import { PricePolicyPanel } from './PricePolicyPanel';
import { PricesQuotasPanel } from './PricesQuotasPanel';
import { RunsPanel } from './RunsPanel';

const SECTIONS = [
  'runs',
  'import',
  'batches',
  'models',
  'prices & quotas',
  'price policy',
  'calibration',
] as const;
type Section = (typeof SECTIONS)[number];

/** The section a link opens (`?section=models` from the chat's unknown-model notice). */
function sectionOf(param: string | null): Section {
  return SECTIONS.find(s => s === param) ?? 'runs';
}

/**
 * Benchmark admin for the platform team: runs, imports, batches, models (add one from its
 * config.json), prices, quotas, the price policy, calibration.
 */
export function AdminPage() {
  const { allowed, loading } = usePermission({
    permission: llmPlannerBenchmarkWritePermission,
  });
  const [params] = useSearchParams();
  const [section, setSection] = useState<Section>(() =>
    sectionOf(params.get('section')),
  );
  const [generation, setGeneration] = useState(0);
  if (loading) return <Progress />;
  if (!allowed)
    return (
      <WarningPanel
        severity="info"
        title="Platform team only"
        message="The benchmark admin lets the platform team import and delete measured runs, edit GPU prices, team quotas and the price policy and review calibration. Ask the platform team if a benchmark or a price is missing or wrong."
      >
        <Typography variant="body2" data-testid="admin-local-access">
          Running the portal locally as the guest? The guest belongs to
          customer-support. To act as the platform team, make that group the
          platform team in <code>app-config.local.yaml</code> (git-ignored, read
          by <code>yarn start</code>) and restart the backend:{' '}
          <code>
            llmPlanner: {'{'} platformTeam: group:default/customer-support {'}'}
          </code>
          . The README&apos;s Configuration section has the example.
        </Typography>
      </WarningPanel>
    );
  return (
    <Box>
      <Tabs
        value={section}
        onChange={(_, v) => setSection(v)}
        aria-label="Benchmark admin sections"
        sx={{ mb: 2 }}
      >
        {SECTIONS.map(s => (
          <Tab key={s} value={s} label={s} />
        ))}
      </Tabs>
      {section === 'runs' && <RunsPanel key={generation} />}
      {section === 'import' && (
        <ImportPanel onImported={() => setGeneration(g => g + 1)} />
      )}
      {section === 'batches' && (
        <BatchesPanel
          key={generation}
          onDeleted={() => setGeneration(g => g + 1)}
        />
      )}
      {section === 'models' && <ModelsPanel />}
      {section === 'prices & quotas' && <PricesQuotasPanel />}
      {section === 'price policy' && <PricePolicyPanel />}
      {section === 'calibration' && <CalibrationPanel />}
    </Box>
  );
}
