import { readBusinessVolume } from './businessVolume';

describe('readBusinessVolume', () => {
  it('turns things a period times the LLM calls each makes into requests, keeping the words', () => {
    const r = readBusinessVolume(
      'About 12k invoices a day; each invoice triggers 3 LLM calls in our agent pipeline.',
    );
    expect(r.text).toContain('36000 requests a day');
    expect(r.text).toContain('agent pipeline');
    expect(r.text).not.toMatch(/\b3 LLM calls/);
    expect(r.read[0]).toContain('36,000 requests a day');
  });

  it('leaves a count of requests, and a count without calls per item, as they are', () => {
    const said = '90k requests a month; each request makes 2 LLM calls.';
    expect(readBusinessVolume(said).text).toBe(said);
    const noCalls = '40k orders a month, most of them on Mondays.';
    expect(readBusinessVolume(noCalls).text).toBe(noCalls);
  });

  it('reads the working days a month volume falls on, and ignores an impossible count', () => {
    expect(
      readBusinessVolume('We work 21 business days a month.')
        .workingDaysPerMonth,
    ).toBe(21);
    expect(
      readBusinessVolume('We work 40 working days a month.')
        .workingDaysPerMonth,
    ).toBeUndefined();
  });
});
