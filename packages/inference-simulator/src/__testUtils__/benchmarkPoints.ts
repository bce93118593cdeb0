import fs from 'node:fs';
import path from 'node:path';
import { TimingPoint } from '../timing/stepTimeModel';

/** The benchmark CSV of the checkout, else the shared copy. */
export function benchmarkCsvPath(): string {
  const candidates = [
    path.resolve(__dirname, '../../../../benchmarks/data/benchmarks.csv'),
    '/work/main/benchmarks/data/benchmarks.csv',
    '/work/shared/data/benchmarks.csv',
  ];
  const found = candidates.find(p => fs.existsSync(p));
  if (!found) throw new Error('benchmarks.csv not found');
  return found;
}

/** Minimal RFC 4180 CSV parser (quotes, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body
    .filter(r => r.length > 1)
    .map(r => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/**
 * Real measured points: Qwen/Qwen3-8B on one H100 SXM with vLLM, `vllm bench serve`
 * closed-loop max_concurrency sweep (TTFT p50, ITL mean), one point per concurrency.
 */
export function qwen3H100Points(): { points: TimingPoint[]; source: string } {
  const rows = parseCsv(fs.readFileSync(benchmarkCsvPath(), 'utf8')).filter(
    r =>
      r.model === 'Qwen/Qwen3-8B' &&
      r.gpu === 'H100-SXM-80GB' &&
      r.engine === 'vLLM' &&
      r.precision === 'BF16' &&
      r.mode.includes('closed-loop') &&
      r.concurrency !== '' &&
      r.ttft_p50_ms !== '' &&
      r.itl_mean_ms !== '',
  );
  const points = rows.map(r => ({
    concurrency: Number(r.concurrency),
    ttftMs: Number(r.ttft_p50_ms),
    itlMs: Number(r.itl_mean_ms),
    inputTokens: Number(r.input_tokens),
    outputTokens: Number(r.output_tokens),
  }));
  return { points, source: rows[0]?.source ?? '' };
}
