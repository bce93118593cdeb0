import { parseCsvRecords } from '../engine/csv';
import { parseBenchmarkCsv } from '../engine/normalise';
import { runIdentity } from './identity';
import { reportToCsv } from './index';
import { recordsToCsv } from './toCsv';
import {
  catalogs,
  FILES,
  readFormat,
  REPO_ROOT,
} from './__testUtils__/formats';
import fs from 'fs';
import path from 'path';

const seedCsv = fs.readFileSync(
  path.join(REPO_ROOT, 'benchmarks/data/benchmarks.csv'),
  'utf8',
);
const [header, ...lines] = seedCsv.trimEnd().split('\n');

const identities = (csv: string) => {
  const { runs, errors } = parseBenchmarkCsv(csv, catalogs());
  expect(errors).toEqual([]);
  return runs.map(runIdentity);
};

describe('runIdentity', () => {
  it('is the same for the same rows whatever the file bytes', () => {
    const rows = lines.slice(0, 6);
    const base = identities([header, ...rows].join('\n'));
    expect(new Set(base).size).toBe(6);

    // trailing newline, CRLF line ends, reversed rows
    expect(identities(`${[header, ...rows].join('\n')}\n`)).toEqual(base);
    expect(identities([header, ...rows].join('\r\n'))).toEqual(base);
    expect(identities([header, ...rows.reverse()].join('\n'))).toEqual(
      [...base].reverse(),
    );

    // columns in another order, numbers written differently, other provenance text
    const { header: cols, records } = parseCsvRecords(
      [header, ...lines.slice(0, 6)].join('\n'),
    );
    const shuffled = [...cols].reverse();
    const rewritten = records.map(r => {
      const out: Record<string, string> = {};
      for (const c of shuffled) {
        const v = r[c];
        out[c] = c.endsWith('_ms') && v !== '' ? `${Number(v).toFixed(4)}` : v;
      }
      out.source = `re-exported copy of ${r.source}`;
      out.notes = '';
      return out;
    });
    const text = [
      shuffled.join(','),
      ...rewritten.map(r =>
        shuffled
          .map(c =>
            /[",\n]/.test(r[c]) ? `"${r[c].replace(/"/g, '""')}"` : r[c],
          )
          .join(','),
      ),
    ].join('\n');
    expect(identities(text)).toEqual(base);
  });

  it('differs when any metric, the load or the configuration differs', () => {
    const { records } = parseCsvRecords([header, lines[0]].join('\n'));
    const [base] = identities(recordsToCsv(records));
    const changes: Record<string, string>[] = [
      { ttft_p99_ms: String(Number(records[0].ttft_p99_ms) + 1) },
      { itl_p50_ms: '1' },
      { output_tok_s: '1' },
      { input_tokens: '220' },
      { gpu_count: '4' },
      { engine_version: '0.11.1' },
      { request_rate: '2', mode: 'poisson rate=2' },
    ];
    for (const change of changes) {
      const [other] = identities(recordsToCsv([{ ...records[0], ...change }]));
      expect({ change, same: other === base }).toEqual({ change, same: false });
    }
  });

  it('is the same for a report and for the CSV it converts to, re-exported', () => {
    const ctx = { gpu: 'H100-SXM-80GB', gpuCount: 1, engine: 'vLLM' };
    const report = reportToCsv('guidellm', readFormat(FILES.guidellmV03), {
      ...ctx,
      fileName: FILES.guidellmV03,
    });
    const fromReport = identities(report.csv);
    const { records } = parseCsvRecords(report.csv);
    const exported = recordsToCsv(
      records.map(r => ({ ...r, source: 'exported from the planner' })),
    );
    expect(identities(exported)).toEqual(fromReport);
  });
});
