import { deriveWorkload } from './workload';
import { seedKb } from './__testUtils__/seed';

describe('workload', () => {
  const chatbot = seedKb().sloTemplates.find(t => t.id === 'chatbot')!;

  it('keeps population, concurrent sessions and req/s apart and says which was assumed', () => {
    const w = deriveWorkload({ useCase: 'chatbot', users: 1000 }, chatbot);
    expect(w.usersMean).toBe('population');
    expect(w.population).toBe(1000);
    expect(w.concurrentSessions).toBe(200); // 20 % active (slo_templates.csv row 20)
    expect(w.peakRps).toBeCloseTo((200 * 0.4 * 2) / 60, 3); // 0.4 req/min, peak x2
    expect(w.assumptions.join('\n')).toMatch(/read as a population/);
  });

  it('reads users as concurrent sessions or as req/s when told', () => {
    const c = deriveWorkload(
      { useCase: 'chatbot', users: 1000, usersMean: 'concurrent' },
      chatbot,
    );
    expect(c.population).toBeNull();
    expect(c.peakRps).toBeCloseTo((1000 * 0.4) / 60, 3);
    const r = deriveWorkload(
      { useCase: 'chatbot', users: 1000, usersMean: 'rps' },
      chatbot,
    );
    expect(r.peakRps).toBe(1000);
  });

  it('sizes a rate or concurrent count said as the average for the peak factor times it', () => {
    const avg = deriveWorkload(
      {
        useCase: 'chatbot',
        users: 10,
        usersMean: 'rps',
        usersAt: 'average',
        peakFactor: 2.5,
      },
      chatbot,
    );
    expect(avg.peakRps).toBe(25);
    expect(avg.avgRps).toBe(10);
    expect(avg.assumptions.join('\n')).toMatch(
      /10 req\/s taken as the average/,
    );
    const peak = deriveWorkload(
      { useCase: 'chatbot', users: 10, usersMean: 'rps', peakFactor: 2.5 },
      chatbot,
    );
    expect(peak.peakRps).toBe(10);
    expect(peak.avgRps).toBe(4);
    // no peak factor said: the template's (x2 for a chatbot) multiplies the average
    const sessions = deriveWorkload(
      {
        useCase: 'chatbot',
        users: 100,
        usersMean: 'concurrent',
        usersAt: 'average',
      },
      chatbot,
    );
    expect(sessions.concurrentSessions).toBe(200);
    expect(sessions.peakRps).toBeCloseTo((100 * 0.4 * 2) / 60, 3);
    expect(sessions.assumptions.join('\n')).toMatch(
      /peak factor 2 \(template chatbot\)/,
    );
  });

  it('doubles the peak rate when users double', () => {
    const a = deriveWorkload({ useCase: 'chatbot', users: 1000 }, chatbot);
    const b = deriveWorkload({ useCase: 'chatbot', users: 2000 }, chatbot);
    expect(b.peakRps).toBeCloseTo(a.peakRps * 2, 3);
  });

  it('takes token lengths and SLOs from the template unless the intent overrides them', () => {
    const w = deriveWorkload(
      {
        useCase: 'chatbot',
        users: 10,
        slo: { ttftMs: 300 },
        outputTokens: 500,
      },
      chatbot,
    );
    expect(w.inputTokens.mean).toBe(1154.7); // Azure conversation trace, row 28
    expect(w.outputTokens.mean).toBe(500);
    expect(w.slo).toEqual({
      percentile: 'p95',
      ttftMs: 300,
      itlMs: 25,
      e2eMs: 7000,
    });
  });

  it('uses think time when given', () => {
    const w = deriveWorkload(
      {
        useCase: 'chatbot',
        users: 100,
        usersMean: 'concurrent',
        thinkTimeS: 53,
      },
      chatbot,
    );
    expect(w.peakRps).toBeCloseTo(100 / 60, 3); // 1 / (53 s + 7 s e2e target)
  });
});
