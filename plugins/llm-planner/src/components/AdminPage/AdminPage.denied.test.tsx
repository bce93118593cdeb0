import { mockApis, renderInTestApp } from '@backstage/frontend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { screen } from '@testing-library/react';
import { llmPlannerApiRef } from '../../api/LlmPlannerClient';
import { makeClient } from '../../__testUtils__';
import { AdminPage } from './AdminPage';

// usePermission caches a decision per permission for the test file, hence a file of its own.
describe('AdminPage (everyone else)', () => {
  it('says it is for the platform team only, reached by URL', async () => {
    await renderInTestApp(<AdminPage />, {
      apis: [
        [llmPlannerApiRef, makeClient()],
        mockApis.permission({ authorize: AuthorizeResult.DENY }),
      ],
    });
    expect(await screen.findByText(/Platform team only/)).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'import' })).toBeNull();
  });
});
