import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { llmPlannerApiRef } from './api/LlmPlannerClient';
import { llmPlannerPlugin, plannerPage } from './plugin';

describe('llm-planner frontend plugin', () => {
  it('mounts the planner page at /llm-planner with its sidebar title', async () => {
    expect(llmPlannerPlugin.getExtension('page:llm-planner')).toBe(plannerPage);

    const tester = createExtensionTester(plannerPage, {
      apis: [
        [
          llmPlannerApiRef,
          {
            getStatus: async () => ({
              database: 'ok',
              databaseClient: 'pg',
              schemaVersion: '20261124000000',
              importBatches: 2,
            }),
          },
        ],
      ],
    });
    expect(tester.get(coreExtensionData.routePath)).toBe('/llm-planner');

    renderInTestApp(tester.reactElement());
    expect(
      await screen.findByText(/Planner backend connected: pg database/),
    ).toBeInTheDocument();
  });
});
