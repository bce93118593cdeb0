import { parseQuantity } from './quantity';

describe('parseQuantity', () => {
  it('reads decimal, binary and exponent suffixes in base units', () => {
    expect(parseQuantity('4')).toBe(4);
    expect(parseQuantity('500m')).toBe(0.5);
    expect(parseQuantity('16Gi')).toBe(16 * 2 ** 30);
    expect(parseQuantity('1.5Gi')).toBe(1.5 * 2 ** 30);
    expect(parseQuantity('2k')).toBe(2000);
    expect(parseQuantity('1E')).toBe(1e18);
    expect(parseQuantity('1Ei')).toBe(2 ** 60);
    expect(parseQuantity('1e3')).toBe(1000);
    expect(parseQuantity('1E3')).toBe(1000);
    expect(parseQuantity('.5')).toBe(0.5);
    expect(parseQuantity(' 8 ')).toBe(8);
    expect(parseQuantity(3)).toBe(3);
  });

  it('is NaN for what the API server rejects', () => {
    for (const bad of ['', 'abc', '1.2.3', '4 Gi', '1KiB', 'Gi', '1x'])
      expect(parseQuantity(bad)).toBeNaN();
    expect(parseQuantity(undefined)).toBeNaN();
    expect(parseQuantity({})).toBeNaN();
  });
});
