import { dropUngroundedNumbers, groundedBudget } from './ground';

describe('dropUngroundedNumbers: figures the rules derive are grounded for the model too', () => {
  const kept = (batch: Record<string, number>, text: string) =>
    dropUngroundedNumbers({ batch } as never, {}, text).intent.batch;

  it('keeps a window from a start and an end clock time, across midnight', () => {
    expect(
      kept(
        { windowHours: 6 },
        'between 22:00 and 04:00 we classify 20k emails',
      ),
    ).toEqual({ windowHours: 6 });
    expect(
      kept({ windowHours: 3.5 }, 'starts at 02:30, finished by 06:00'),
    ).toEqual({ windowHours: 3.5 });
    expect(
      kept({ windowHours: 4.25 }, 'starts at 02:30, finished by 06:00'),
    ).toBeUndefined();
  });

  it('keeps runs a day from cadence words and intervals', () => {
    expect(kept({ runsPerDay: 1 / 7 }, 'every Sunday')).toEqual({
      runsPerDay: 1 / 7,
    });
    expect(kept({ runsPerDay: 48 }, 'every 30 minutes')).toEqual({
      runsPerDay: 48,
    });
    expect(kept({ runsPerDay: 1 / 21 }, 'every 3 weeks')).toEqual({
      runsPerDay: 1 / 21,
    });
    expect(kept({ runsPerDay: 7 }, 'a nightly batch')).toBeUndefined();
  });

  it('keeps a monthly budget from a quarterly, weekly or several-month one, not an invented one', () => {
    expect(groundedBudget(3000, 'quarterly budget of $9,000')).toBe(true);
    expect(groundedBudget(3000, '700 dollars a week')).toBe(true);
    expect(groundedBudget(5000, '30k for 6 months')).toBe(true);
    expect(groundedBudget(4200, 'quarterly budget of $9,000')).toBe(false);
  });
});

describe('dropUngroundedNumbers: the earlier value stays, and the note says so', () => {
  it('puts back an SLO target and a budget the conversation had, naming them', () => {
    const r = dropUngroundedNumbers(
      { slo: { ttftMs: 777 }, budget: { usdPerMonth: 90000 } } as never,
      { slo: { ttftMs: 300 }, budget: { usdPerMonth: 5000 } } as never,
      'chatbot for 40 concurrent users',
    );
    expect(r.intent).toEqual({
      slo: { ttftMs: 300 },
      budget: { usdPerMonth: 5000 },
    });
    expect(r.notes).toEqual([
      'the model proposed slo.ttftMs = 777 ms, which you did not say; kept 300 from earlier',
      'the model proposed budget.usdPerMonth = 90000, which you did not say; kept 5000 from earlier',
    ]);
  });
});

describe('dropUngroundedNumbers: a reading of users the words must state', () => {
  it('drops a count read as the average when nothing said is an average or a peak multiple', () => {
    const dropped = dropUngroundedNumbers(
      { users: 20, usersMean: 'rps', usersAt: 'average' },
      {},
      'support bot, 20 requests per second',
    );
    expect(dropped.intent.usersAt).toBeUndefined();
    expect(dropped.notes.join('\n')).toMatch(
      /the model read users as the average, which nothing you said states/,
    );
    expect(
      dropUngroundedNumbers(
        { users: 20, usersMean: 'rps', usersAt: 'average' },
        {},
        'support bot, 20 requests per second on average, 3x on Fridays',
      ).intent.usersAt,
    ).toBe('average');
  });
});
