import { registerMswTestHooks } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import {
  plannerPageHandlers,
  renderPlannerPage,
} from './__testUtils__/plannerPage';

// usePermission caches a decision per permission for the test file (SWR), so the allowed
// case lives in its own file.

const server = setupServer();
registerMswTestHooks(server);

describe('PlannerPage for the platform team', () => {
  beforeEach(() => server.use(...plannerPageHandlers()));

  it('shows the admin tab to the platform team', async () => {
    await renderPlannerPage(true);
    expect(
      await screen.findByRole('tab', { name: 'Benchmark admin' }),
    ).toBeInTheDocument();
  });
});
