import {
  DAY_SECONDS,
  buildTraffic,
  diurnalForPeak,
  hhmm,
  parsePerMinuteTrace,
  parseTimestampTrace,
} from './traffic';

describe('traffic patterns', () => {
  it('builds a constant day', () => {
    const d = buildTraffic({ kind: 'constant', rps: 2.5 });
    expect(d.rate.length).toBe(DAY_SECONDS);
    expect(d.peakRps).toBe(2.5);
    expect(d.totalRequests).toBeCloseTo(2.5 * DAY_SECONDS, 3);
    expect(d.tenants.map(t => t.name)).toEqual(['default']);
  });

  it('shapes office hours: base at night, exact peak near the peak hour', () => {
    const d = buildTraffic({
      kind: 'diurnal',
      profile: 'office-hours',
      baseRps: 1,
      peakRps: 100,
      peakHour: 11,
    });
    expect(d.peakRps).toBeCloseTo(100, 0);
    expect(d.rate[3 * 3600]).toBeCloseTo(1, 0);
    let arg = 0;
    for (let t = 0; t < DAY_SECONDS; t++) if (d.rate[t] > d.rate[arg]) arg = t;
    expect(Math.abs(arg / 3600 - 11)).toBeLessThan(1);
    // working hours are busy, the evening is not
    expect(d.rate[14 * 3600]).toBeGreaterThan(70);
    expect(d.rate[21 * 3600]).toBeLessThan(5);
  });

  it('shapes a global day as a raised cosine and widens with time-zone spread', () => {
    const g = buildTraffic({
      kind: 'diurnal',
      profile: 'global',
      baseRps: 10,
      peakRps: 50,
      peakHour: 15,
    });
    expect(g.rate[15 * 3600]).toBeCloseTo(50, 0);
    expect(g.rate[3 * 3600]).toBeCloseTo(10, 0);
    const narrow = buildTraffic(diurnalForPeak(100));
    const wide = buildTraffic({
      ...diurnalForPeak(100),
      timezoneSpreadHours: 8,
    });
    expect(wide.peakRps).toBeCloseTo(100, 0);
    expect(wide.meanRps).toBeGreaterThan(narrow.meanRps);
  });

  it('places bursts with a seeded PRNG: same seed, same day; other seed, other day', () => {
    const p = {
      kind: 'spiky' as const,
      base: 5,
      count: 3,
      heightRps: 20,
      durationSeconds: 300,
      seed: 7,
    };
    const a = buildTraffic(p);
    const b = buildTraffic(p);
    const c = buildTraffic({ ...p, seed: 8 });
    expect(Array.from(a.rate)).toEqual(Array.from(b.rate));
    expect(Array.from(a.rate)).not.toEqual(Array.from(c.rate));
    expect(a.peakRps).toBeGreaterThanOrEqual(25 - 1e-9);
    expect(a.description).toMatch(/3 burst\(s\) of \+20 req\/s for 300 s/);
  });

  it('sums tenants of a mix and keeps their shares', () => {
    const d = buildTraffic({
      kind: 'mix',
      tenants: [
        { name: 'support', pattern: { kind: 'constant', rps: 3 } },
        { name: 'search', pattern: { kind: 'constant', rps: 1 } },
      ],
    });
    expect(d.rate[1000]).toBe(4);
    expect(d.tenants.map(t => [t.name, t.requests / d.totalRequests])).toEqual([
      ['support', 0.75],
      ['search', 0.25],
    ]);
    expect(() =>
      buildTraffic({
        kind: 'mix',
        tenants: [
          { name: 'a', pattern: { kind: 'constant', rps: 1 } },
          { name: 'a', pattern: { kind: 'constant', rps: 1 } },
        ],
      }),
    ).toThrow(/duplicate tenant/);
  });

  it('formats seconds of the day', () => {
    expect(hhmm(0)).toBe('00:00');
    expect(hhmm(13 * 3600 + 5 * 60 + 59)).toBe('13:05');
  });
});

describe('trace parsing', () => {
  it('parses timestamps (epoch s, epoch ms, ISO, HH:MM:SS) and reports bad rows', () => {
    const csv = [
      'timestamp',
      '1700000000', // 2023-11-14T22:13:20Z
      '1700000000500',
      '2023-11-14T22:13:21Z',
      '22:13:21',
      'yesterday',
      '',
      '-5',
    ].join('\n');
    const p = parseTimestampTrace(csv);
    expect(p.rows).toBe(4);
    expect(p.errors).toEqual([
      { row: 5, column: 'timestamp', reason: 'not a timestamp: "yesterday"' },
      { row: 6, column: 'timestamp', reason: 'not a timestamp: "-5"' },
    ]);
    const s = 22 * 3600 + 13 * 60;
    expect(p.rate[s + 20]).toBe(2);
    expect(p.rate[s + 21]).toBe(2);
  });

  it('folds a multi-day timestamp trace onto an average day', () => {
    const p = parseTimestampTrace('1700000000\n1700086400\n');
    expect(p.warnings.join(' ')).toMatch(/spans 2 days/);
    expect(p.rate[22 * 3600 + 13 * 60 + 20]).toBe(1);
  });

  it('parses per-minute rates (req/s or per-minute counts) with row-level errors', () => {
    const csv = [
      'minute,rps',
      '0,1.5',
      '01:00,3',
      '61,x',
      '60,4',
      '2000,1',
      '5,-1',
    ].join('\n');
    const p = parsePerMinuteTrace(csv);
    expect(p.rows).toBe(2);
    expect(p.rate[30]).toBe(1.5);
    expect(p.rate[3600 + 30]).toBe(3);
    expect(p.errors.map(e => [e.row, e.column])).toEqual([
      [3, 'rps'],
      [4, 'minute'],
      [5, 'minute'],
      [6, 'rps'],
    ]);
    expect(p.errors[1].reason).toMatch(/duplicate minute 60/);
    expect(p.warnings.join(' ')).toMatch(/1438 minute\(s\) missing/);
    const counts = parsePerMinuteTrace('time,requests\n10:00,120\n');
    expect(counts.rate[10 * 3600]).toBe(2);
    const noRate = parsePerMinuteTrace('minute,foo\n0,1\n');
    expect(noRate.errors[0].reason).toMatch(/no rate column/);
  });

  it('carries trace errors into the built day', () => {
    const d = buildTraffic({
      kind: 'trace',
      format: 'per-minute',
      csv: 'minute,rps\n0,1\n1,oops\n',
    });
    expect(d.errors).toHaveLength(1);
    expect(d.description).toMatch(/1 bad rows skipped/);
  });
});
