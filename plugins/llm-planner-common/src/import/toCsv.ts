import { BENCHMARK_COLUMNS } from '../engine/normalise';

/**
 * Quotes one CSV cell per RFC 4180: cells holding a comma, a double quote, a CR or an LF are
 * wrapped in double quotes and their quotes doubled. Other cells are written as they are.
 */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes benchmark records as CSV in the shared column layout (`BENCHMARK_COLUMNS`, in that
 * order, with a header line), so converted reports go through the one normaliser,
 * `parseBenchmarkCsv`. Keys that are not benchmark columns are dropped; missing ones are empty.
 * Lines end with CRLF as RFC 4180 says.
 * @public
 */
export function recordsToCsv(records: Record<string, string>[]): string {
  const lines = [BENCHMARK_COLUMNS.join(',')];
  for (const rec of records) {
    lines.push(BENCHMARK_COLUMNS.map(c => csvCell(rec[c] ?? '')).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
