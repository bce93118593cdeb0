import { batchJobTitle, planTitle } from './planTitle';

describe('planTitle', () => {
  it('names a batch plan by its job: items a run, how often, the window', () => {
    expect(
      planTitle({
        useCase: 'summarisation',
        users: 0.6944,
        usersMean: 'rps',
        batch: { itemsPerRun: 20000, runsPerDay: 1, windowHours: 8 },
      }),
    ).toBe('summarisation: 20,000 documents nightly within 8 h');
  });

  it('names an interactive plan by its load in the words a team uses', () => {
    expect(
      planTitle({ useCase: 'chatbot', users: 1000, usersMean: 'population' }),
    ).toBe('chatbot for 1,000 users');
    expect(planTitle({ useCase: 'chatbot', users: 50 })).toBe(
      'chatbot for 50 users',
    );
    expect(
      planTitle({ useCase: 'chatbot', users: 40, usersMean: 'concurrent' }),
    ).toBe('chatbot for 40 concurrent users');
    expect(planTitle({ useCase: 'rag-qa', users: 2.5, usersMean: 'rps' })).toBe(
      'rag-qa at 2.5 req/s',
    );
  });

  it.each([
    [
      { itemsPerRun: 1e6, runsPerDay: 2, windowHours: 3 },
      'twice a day within 3 h',
    ],
    [
      { itemsPerRun: 500, runsPerDay: 24, windowHours: 0.75 },
      'hourly within 45 min',
    ],
    [{ itemsPerRun: 500, runsPerDay: 6 }, '6 times a day within 4 h'],
    [
      { itemsPerRun: 500, runsPerDay: 1 / 7, windowHours: 12 },
      'weekly within 12 h',
    ],
    [
      { itemsPerRun: 500, runsPerDay: 1 / 3, windowHours: 10 },
      'every 3 days within 10 h',
    ],
    [
      { itemsPerRun: 500, runsPerDay: 96, windowHours: 0.2 },
      'every 15 min within 12 min',
    ],
    [
      { itemsPerRun: 500, startTime: '09:30', windowHours: 2.5 },
      'daily within 2.5 h',
    ],
    [{ itemsPerRun: 500, startTime: '22:00' }, 'nightly within 24 h'],
  ])('says how often a job runs and its window: %j', (batch, tail) => {
    expect(batchJobTitle('batch-analytics', batch)).toBe(
      `batch-analytics: ${batch.itemsPerRun.toLocaleString(
        'en-US',
      )} items ${tail}`,
    );
  });

  it('names the items by the use case where it says what they are', () => {
    expect(batchJobTitle('translation', { itemsPerRun: 300 })).toBe(
      'translation: 300 texts nightly within 24 h',
    );
  });
});
