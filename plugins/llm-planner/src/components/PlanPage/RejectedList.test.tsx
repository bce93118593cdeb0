import { renderInTestApp } from '@backstage/frontend-test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import { RejectedList } from './ExplanationTab';

const rejected = Array.from({ length: 50 }, (_, i) => ({
  config: `cfg-${i + 1}`,
  reason: 'misses the TTFT target',
}));

describe('RejectedList', () => {
  it('lists 20 at a time and pages to the rest', async () => {
    await renderInTestApp(<RejectedList rejected={rejected as any} />);
    const list = screen.getByRole('list', { name: 'Rejected configurations' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(20);
    expect(within(list).getByText('cfg-1')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /next page/i }));
    fireEvent.click(screen.getByRole('button', { name: /next page/i }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    expect(within(list).getByText('cfg-50')).toBeInTheDocument();
  });
});
