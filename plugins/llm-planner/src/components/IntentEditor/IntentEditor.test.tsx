import { renderInTestApp } from '@backstage/frontend-test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import { IntentEditor, type IntentDraft } from './IntentEditor';

describe('IntentEditor', () => {
  it('asks whether a request rate is the peak or the average, and sets usersAt', async () => {
    const onChange = jest.fn();
    const intent: IntentDraft = {
      useCase: 'customer-service',
      users: 10,
      usersMean: 'rps',
      peakFactor: 2.5,
    };
    await renderInTestApp(<IntentEditor intent={intent} onChange={onChange} />);
    expect(screen.getByLabelText('Users count is')).toHaveTextContent(
      'at the busiest time (peak)',
    );
    expect(
      screen.getByText('sized for this count at the busiest time'),
    ).toBeInTheDocument();
    fireEvent.mouseDown(screen.getByLabelText('Users count is'));
    fireEvent.click(
      within(screen.getByRole('listbox')).getByText(
        'on average (× peak factor at peak)',
      ),
    );
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ usersAt: 'average', users: 10 }),
    );
  });

  it('does not offer it for a population, which is averaged over its active share', async () => {
    await renderInTestApp(
      <IntentEditor
        intent={{ useCase: 'chatbot', users: 1000, usersMean: 'population' }}
        onChange={jest.fn()}
      />,
    );
    expect(screen.queryByLabelText('Users count is')).toBeNull();
  });
});
