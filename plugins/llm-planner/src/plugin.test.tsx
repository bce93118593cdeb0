import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { LlmPlannerApi, llmPlannerApiRef } from './api/LlmPlannerClient';
import { llmPlannerPlugin, plannerPage } from './plugin';

const connectedApi: LlmPlannerApi = {
  getStatus: async () => ({
    database: 'ok',
    databaseClient: 'pg',
    schemaVersion: '20261124000000',
    importBatches: 2,
  }),
};

describe('llm-planner frontend plugin', () => {
  it('mounts the planner page at /llm-planner', async () => {
    expect(llmPlannerPlugin.getExtension('page:llm-planner')).toMatchObject({
      kind: 'page',
      namespace: 'llm-planner',
    });

    const tester = createExtensionTester(plannerPage);
    expect(tester.get(coreExtensionData.routePath)).toBe('/llm-planner');

    renderInTestApp(tester.reactElement(), {
      apis: [[llmPlannerApiRef, connectedApi]],
    });
    expect(
      await screen.findByText(/Planner backend connected: pg database/),
    ).toBeInTheDocument();
  });
});
