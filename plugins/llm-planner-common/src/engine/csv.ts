/**
 * Minimal RFC 4180 CSV reader (quoted fields, escaped quotes, CRLF). Pure and isomorphic.
 *
 * Cells are cut out of the text with `slice` between delimiters rather than built one
 * character at a time: appending single characters allocates a string per character, and on
 * a file of tens of megabytes the garbage collector then dominates the import (worse than
 * linear, as every major collection walks the growing heap of parsed rows).
 */

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;

/** Parses CSV text into rows of cells. @public */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  let row: string[] = [];
  let i = 0;
  while (i < n) {
    // one cell: unquoted and quoted parts up to a comma, a line break or the end
    let cell = '';
    for (;;) {
      if (i < n && text.charCodeAt(i) === QUOTE) {
        let start = i + 1;
        for (;;) {
          const q = text.indexOf('"', start);
          if (q < 0) {
            // unterminated: the rest of the text is the cell, as RFC 4180 readers do
            cell += text.slice(start);
            i = n;
            break;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            cell += text.slice(start, q + 1);
            start = q + 2;
            continue;
          }
          cell += text.slice(start, q);
          i = q + 1;
          break;
        }
      }
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === COMMA || c === LF || c === CR || c === QUOTE) break;
        j++;
      }
      if (j > i) cell += text.slice(i, j);
      i = j;
      if (i >= n || text.charCodeAt(i) !== QUOTE) break;
    }
    row.push(cell);
    if (i >= n) break;
    if (text.charCodeAt(i) === COMMA) {
      i++;
      if (i >= n) row.push('');
      continue;
    }
    // line break: CRLF, LF or a lone CR
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  }
  if (row.length > 1 || (row.length === 1 && row[0] !== '')) rows.push(row);
  return rows;
}

/** Parses CSV text with a header line into records keyed by column name. @public */
export function parseCsvRecords(text: string): {
  header: string[];
  records: Record<string, string>[];
} {
  const rows = parseCsvRows(text.replace(/^\uFEFF/, ''));
  if (rows.length === 0) return { header: [], records: [] };
  const header = rows[0].map(h => h.trim());
  const records = new Array<Record<string, string>>(rows.length - 1);
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r];
    const rec: Record<string, string> = {};
    for (let c = 0; c < header.length; c++) {
      const v = cells[c];
      rec[header[c]] = v === undefined ? '' : v.trim();
    }
    records[r - 1] = rec;
  }
  return { header, records };
}
