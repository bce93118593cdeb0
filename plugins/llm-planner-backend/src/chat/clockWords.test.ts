import {
  readBretonHours,
  readEastAfricanClock,
  readGermanClockFractions,
} from './clockWords';

describe('times of day said in words', () => {
  it('reads German fractions of the coming hour, in the afternoon when the words say so', () => {
    expect(
      readGermanClockFractions(
        'von dreiviertel sieben in der Früh bis halb sieben am Abend',
      ),
    ).toBe('von 6:45 bis 18:30');
    expect(
      readGermanClockFractions(
        'viertel acht, viertel vor neun, viertel nach 10',
      ),
    ).toBe('7:15, 8:45, 10:15');
    expect(readGermanClockFractions('halb eins nachts')).toBe('12:30');
    expect(readGermanClockFractions('eine halbe Stunde')).toBe(
      'eine halbe Stunde',
    );
  });

  it('reads the East African clock, counted from seven in the morning', () => {
    expect(
      readEastAfricanClock(
        'saa moja asubuhi, saa sita mchana, saa kumi na mbili jioni, saa nne usiku, saa sita usiku, saa tisa usiku',
      ),
    ).toBe('7 am, 12 pm, 6 pm, 10 pm, 12 am, 3 am');
    expect(readEastAfricanClock("saa kumi n'ebyiri za mu gitondo")).toBe(
      '6 am',
    );
    expect(readEastAfricanClock('saa 24')).toBe('saa 24');
  });

  it('reads Breton hours of the day and spans of hours', () => {
    expect(
      readBretonHours("etre dek eur noz ha peder eur vintin, c'hwec'h eurvezh"),
    ).toBe('etre 10pm ha 4am, 6 hours');
    expect(readBretonHours('daou eur goude merenn')).toBe('2pm');
  });
});
