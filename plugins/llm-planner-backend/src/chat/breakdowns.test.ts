import { withBreakdownTotals } from './breakdowns';

describe('withBreakdownTotals', () => {
  it('leaves text without a breakdown as it is', () => {
    const text =
      'About 300 agents at once, prompts of 2000 tokens, 2300 a day.';
    expect(withBreakdownTotals(text)).toEqual({ text, read: [] });
  });

  it('does not sum figures with units into a total', () => {
    const text = 'Prompts 1500 tokens, answers 500 tokens, so 2000 total.';
    expect(withBreakdownTotals(text).read).toEqual([]);
  });

  it('puts a corrected total where the breakdown was said', () => {
    const r = withBreakdownTotals(
      'York about 18 agents in flight, Hull another 12. So 30 total. Wait, Hull is 14 not 12.',
    );
    expect(r.text).toMatch(/York about 32 agents in flight/);
    expect(r.text).not.toMatch(/\b(?:12|14|30)\b/);
    expect(r.read).toEqual([
      '18 + 12 with 12 corrected to 14 read as 32 in all',
    ]);
  });

  it('keeps a total said with what it counts and blanks its parts', () => {
    const r = withBreakdownTotals(
      'North 14, Midwest 11, South 13, so 38 hospitals.',
    );
    expect(r.text).toMatch(/so 38 hospitals/);
    expect(r.text).not.toMatch(/\b(?:14|11|13)\b/);
  });

  it('ignores a correction whose "not" figure is no part of the breakdown', () => {
    const r = withBreakdownTotals(
      'York about 18 agents, Hull another 12. So 30 total. Hull is 14 not 16.',
    );
    expect(r.read).toEqual(['18 + 12 read as 30 in all']);
  });

  it('sums a labelled list of places and names what it counts first', () => {
    const r = withBreakdownTotals(
      'Seats at peak: Perth 220, Darwin 140, Cairns 300. Cairns is down to 260.',
    );
    expect(r.text).toMatch(/^620 Seats at peak\./);
  });

  it('sums a list said in thousands and keeps the people named after a list', () => {
    expect(
      withBreakdownTotals('Volumes per site: Ayr ~12k, Troon 9.5k, Irvine 4k.')
        .read,
    ).toEqual(['12000 + 9500 + 4000 read as 25500 in all']);
    expect(
      withBreakdownTotals(
        'Users across sites: Leeds 40, York 25, Hull 15 consultants and registrars.',
      ).text,
    ).toBe('Users across sites: 80 consultants and registrars.');
  });

  it('reads sites added with their counts, and counts per shift, as their sums', () => {
    expect(
      withBreakdownTotals('Add Malmö 120 and Umeå 80 concurrent sessions.')
        .text,
    ).toBe('Add another 200 concurrent sessions.');
    expect(
      withBreakdownTotals(
        'Nurses per shift: 60 on the day shift, 40 in the evening, 20 overnight.',
      ).text,
    ).toBe('120 Nurses.');
  });
});
