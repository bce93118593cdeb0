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

  // its speed is measured by `yarn bench:backend` (100k-row import), not by a wall clock here
  it('parses a large file to its last row', () => {
    const line = (i: number) =>
      `model-${i},"note, with comma",${i},${i * 1.5},"q ""x"""`;
    const text = (n: number) =>
      [
        'model,notes,a,b,c',
        ...Array.from({ length: n }, (_, i) => line(i)),
      ].join('\n');
    const { records } = parseCsvRecords(text(80_000));
    expect(records).toHaveLength(80_000);
    expect(records[79_999]).toEqual({
      model: 'model-79999',
      notes: 'note, with comma',
      a: '79999',
      b: String(79_999 * 1.5),
      c: 'q "x"',
    });
  });
});
