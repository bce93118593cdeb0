import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { LlmPlannerApi, llmPlannerApiRef } from '../../api/LlmPlannerClient';
import { PlannerPage } from './PlannerPage';

function renderWith(api: LlmPlannerApi) {
  return renderInTestApp(
    <TestApiProvider apis={[[llmPlannerApiRef, api]]}>
      <PlannerPage />
    </TestApiProvider>,
  );
}

describe('PlannerPage', () => {
  it('introduces the planner and shows the backend it talks to', async () => {
    await renderWith({
      getStatus: async () => ({
        database: 'ok',
        databaseClient: 'sqlite',
        schemaVersion: '20261124000000',
        importBatches: 0,
      }),
    });

    expect(
      screen.getByRole('heading', { name: 'LLM deployment planner' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/Planner backend connected: sqlite database/),
    ).toBeInTheDocument();
  });

  it('explains when the backend does not answer', async () => {
    await renderWith({
      getStatus: async () => {
        throw new Error('503 Service Unavailable');
      },
    });

    expect(
      await screen.findByText(/The planner backend did not answer/),
    ).toBeInTheDocument();
    expect(screen.getByText(/503 Service Unavailable/)).toBeInTheDocument();
  });
});
