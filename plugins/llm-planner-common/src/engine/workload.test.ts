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
