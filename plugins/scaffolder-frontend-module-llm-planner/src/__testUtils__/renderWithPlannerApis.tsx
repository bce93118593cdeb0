import type { ReactNode } from 'react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';

/**
 * Renders a field extension with the APIs it reads the planner through: a fetch API that
 * answers every request with `respond(url)` (so a test can assert what was asked) and a
 * discovery API rooted at http://backstage:7007.
 */
export function renderWithPlannerApis(
  element: ReactNode,
  respond: (url: string) => Response,
) {
  const fetchApi = {
    fetch: jest.fn(async (input: RequestInfo | URL) => respond(String(input))),
  };
  renderInTestApp(
    <TestApiProvider
      apis={[
        [fetchApiRef, fetchApi],
        [
          discoveryApiRef,
          mockApis.discovery({ baseUrl: 'http://backstage:7007' }),
        ],
      ]}
    >
      {element}
    </TestApiProvider>,
  );
  return fetchApi;
}
