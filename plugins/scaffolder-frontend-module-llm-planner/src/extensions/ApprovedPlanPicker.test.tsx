import { fireEvent, screen } from '@testing-library/react';
import { renderWithPlannerApis } from '../__testUtils__/renderWithPlannerApis';
import { ApprovedPlanPicker } from './ApprovedPlanPicker';

function renderPicker(respond: (url: string) => Response) {
  const props = {
    onChange: jest.fn(),
    required: true,
    formData: undefined,
    rawErrors: [],
    schema: { title: 'Approved plan' },
  } as any;
  return renderWithPlannerApis(<ApprovedPlanPicker {...props} />, respond);
}

describe('ApprovedPlanPicker', () => {
  it('teaches what to do when no team plan is approved yet', async () => {
    const fetchApi = renderPicker(
      () => new Response(JSON.stringify({ items: [] })),
    );

    expect(
      await screen.findByText(/None of your teams has an approved plan yet/),
    ).toBeInTheDocument();
    expect(fetchApi.fetch).toHaveBeenCalledWith(
      'http://backstage:7007/api/llm-planner/v1/plans?status=approved&scope=team&limit=200',
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('offers the approved plans by title and team', async () => {
    renderPicker(
      () =>
        new Response(
          JSON.stringify({
            items: [
              {
                id: 'p1',
                title: 'Support chatbot',
                ownerGroup: 'group:default/customer-support',
              },
            ],
          }),
        ),
    );

    expect(await screen.findByLabelText(/Approved plan/)).toBeInTheDocument();
    expect(
      screen.getByText('Only approved plans of your teams are listed.'),
    ).toBeInTheDocument();
  });

  it('follows nextCursor so approved plans beyond the first page are offered', async () => {
    const fetchApi = renderPicker(
      url =>
        new Response(
          JSON.stringify(
            new URL(url).searchParams.get('cursor') === 'next'
              ? {
                  items: [
                    {
                      id: 'p2',
                      title: 'Code assistant',
                      ownerGroup: 'group:default/search-ai',
                    },
                  ],
                  nextCursor: null,
                }
              : {
                  items: [
                    {
                      id: 'p1',
                      title: 'Support chatbot',
                      ownerGroup: 'group:default/customer-support',
                    },
                  ],
                  nextCursor: 'next',
                },
          ),
        ),
    );

    fireEvent.mouseDown(await screen.findByRole('combobox'));
    expect(
      await screen.findByRole('option', {
        name: 'Code assistant (group:default/search-ai)',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('option', {
        name: 'Support chatbot (group:default/customer-support)',
      }),
    ).toBeInTheDocument();
    expect(fetchApi.fetch).toHaveBeenLastCalledWith(
      'http://backstage:7007/api/llm-planner/v1/plans?status=approved&scope=team&limit=200&cursor=next',
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('shows why plans could not be loaded', async () => {
    renderPicker(
      () =>
        new Response(JSON.stringify({ error: { message: 'boom' } }), {
          status: 500,
          statusText: 'Internal Server Error',
        }),
    );

    expect(
      await screen.findByText(/Could not load approved plans/),
    ).toBeInTheDocument();
  });
});
