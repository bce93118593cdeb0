import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import { LlmPlannerApi } from '@llm-planner/backstage-plugin-llm-planner-common';
import { screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { llmPlannerApiRef, useLlmPlannerApi } from './api';

function StatusProbe() {
  const api = useLlmPlannerApi();
  const [text, setText] = useState('…');
  useEffect(() => {
    api.listPlans({ limit: 1 }).then(
      page => setText(`${page.items.length} plan(s)`),
      e => setText(`error: ${e.message}`),
    );
  }, [api]);
  return <span>{text}</span>;
}

const discovery = mockApis.discovery({ baseUrl: 'http://backstage:7007' });

describe('useLlmPlannerApi', () => {
  it('uses the API the planner plugin registered', async () => {
    const registered = {
      listPlans: jest.fn(async () => ({ items: [{}, {}], nextCursor: null })),
    } as unknown as LlmPlannerApi;
    const fetchApi = { fetch: jest.fn() };

    renderInTestApp(
      <TestApiProvider
        apis={[
          [llmPlannerApiRef, registered],
          [discoveryApiRef, discovery],
          [fetchApiRef, fetchApi],
        ]}
      >
        <StatusProbe />
      </TestApiProvider>,
    );

    expect(await screen.findByText('2 plan(s)')).toBeInTheDocument();
    expect(fetchApi.fetch).not.toHaveBeenCalled();
  });

  it('builds the contract client from discovery and fetch when no planner plugin is installed', async () => {
    const fetchApi = {
      fetch: jest.fn(
        async () =>
          new Response(JSON.stringify({ items: [], nextCursor: null })),
      ),
    };

    renderInTestApp(
      <TestApiProvider
        apis={[
          [discoveryApiRef, discovery],
          [fetchApiRef, fetchApi],
        ]}
      >
        <StatusProbe />
      </TestApiProvider>,
    );

    expect(await screen.findByText('0 plan(s)')).toBeInTheDocument();
    expect(fetchApi.fetch).toHaveBeenCalledWith(
      'http://backstage:7007/api/llm-planner/v1/plans?limit=1',
      expect.objectContaining({ method: 'GET' }),
    );
  });
});
