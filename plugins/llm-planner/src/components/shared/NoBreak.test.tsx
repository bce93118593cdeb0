import { render } from '@testing-library/react';
import { isHyphenatedValue, NoBreak } from './NoBreak';

describe('NoBreak', () => {
  it('keeps a range or a GPU name whole and lets the rest wrap between words', () => {
    const { container } = render(
      <NoBreak text="HPA on requests in flight, 1-33 replicas on H100-SXM-80GB" />,
    );
    const kept = Array.from(container.querySelectorAll('span')).map(
      s => s.textContent,
    );
    expect(kept).toEqual(['1-33', 'H100-SXM-80GB']);
    for (const s of Array.from(container.querySelectorAll('span')))
      expect(s).toHaveStyle({ whiteSpace: 'nowrap' });
    // the text reads (and copies) as it was given
    expect(container).toHaveTextContent(
      'HPA on requests in flight, 1-33 replicas on H100-SXM-80GB',
    );
  });

  it('leaves words without a digit, sources and long tokens free to break', () => {
    expect(isHyphenatedValue('on-demand')).toBe(false);
    expect(isHyphenatedValue('qwen2.5-7b')).toBe(true);
    expect(isHyphenatedValue('github:aws-samples/fmbench-2')).toBe(false);
    expect(isHyphenatedValue(`a-${'1'.repeat(40)}`)).toBe(false);
  });
});
