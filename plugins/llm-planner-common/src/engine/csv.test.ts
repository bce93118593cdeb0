import { parseCsvRecords, parseCsvRows } from './csv';

describe('parseCsvRows', () => {
  it('reads quoted cells, doubled quotes, CRLF, lone CR and blank lines', () => {
    expect(
      parseCsvRows('a,"b,1","say ""hi"""\r\n\r\nc,"multi\nline",\rd'),
    ).toEqual([['a', 'b,1', 'say "hi"'], ['c', 'multi\nline', ''], ['d']]);
    expect(parseCsvRows('')).toEqual([]);
    expect(parseCsvRows('x,y\n')).toEqual([['x', 'y']]);
    expect(parseCsvRows('"open quote\nrest')).toEqual([['open quote\nrest']]);
    expect(parseCsvRows('a"b,c"d,e')).toEqual([['ab,cd', 'e']]);
  });

  it('parses a large file in linear time', () => {
    const line = (i: number) =>
      `model-${i},"note, with comma",${i},${i * 1.5},"q ""x"""`;
    const text = (n: number) =>
      [
        'model,notes,a,b,c',
        ...Array.from({ length: n }, (_, i) => line(i)),
      ].join('\n');
    const small = text(20_000);
    const big = text(80_000);
    parseCsvRecords(small); // warm up
    const t0 = performance.now();
    const { records } = parseCsvRecords(big);
    const bigMs = performance.now() - t0;
    expect(records).toHaveLength(80_000);
    expect(records[79_999]).toEqual({
      model: 'model-79999',
      notes: 'note, with comma',
      a: '79999',
      b: String(79_999 * 1.5),
      c: 'q "x"',
    });
    // generous bound: the old per-character reader took seconds here
    expect(bigMs).toBeLessThan(2_000);
  });
});
