import { act, screen, waitFor } from '@testing-library/react';
import { renderWithPlannerApis } from '../__testUtils__/renderWithPlannerApis';
import { ApprovedPlanTitle } from './ApprovedPlanTitle';

const PLAN = {
  id: 'p1',
  title: 'Support chatbot',
  ownerUser: 'user:default/ana',
  ownerGroup: 'group:default/team-a',
  status: 'approved',
  version: 2,
  approvedBy: 'user:default/ana',
  approvedAt: '2026-11-30T10:00:00.000Z',
  createdAt: '2026-11-30T09:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
  plan: {
    recommendations: [
      { modelId: 'llama-3.1-8b', gpuId: 'L4', replicas: 2, tp: 1 },
    ],
  },
};

function renderTitle(formData: Record<string, unknown>) {
  const onChange = jest.fn();
  const props = {
    onChange,
    formData: undefined,
    formContext: { formData },
    uiSchema: {},
    schema: { title: 'Plan' },
  } as any;
  const fetchApi = renderWithPlannerApis(
    <ApprovedPlanTitle {...props} />,
    url =>
      url.endsWith('/v1/plans/p1')
        ? new Response(JSON.stringify(PLAN))
        : new Response(JSON.stringify({ error: { message: 'no such plan' } }), {
            status: 404,
          }),
  );
  return { fetchApi, onChange };
}

describe('ApprovedPlanTitle', () => {
  it('keeps the picked plan title as its value so the review shows it instead of the id', async () => {
    const { onChange } = renderTitle({ planId: 'p1' });

    await waitFor(() =>
      expect(onChange).toHaveBeenCalledWith(
        'Support chatbot (group:default/team-a)',
      ),
    );
    expect(
      screen.getByText(/llama-3\.1-8b on 2 × L4 \(TP 1\)/),
    ).toBeInTheDocument();
  });

  it('reads nothing and shows nothing before a plan is picked', async () => {
    const { fetchApi, onChange } = renderTitle({});

    await act(async () => {
      await new Promise(resolve => setTimeout(resolve, 0));
    });
    expect(fetchApi.fetch).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });
});
