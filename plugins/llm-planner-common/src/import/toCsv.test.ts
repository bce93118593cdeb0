import { parseCsvRecords } from '../engine/csv';
import { BENCHMARK_COLUMNS, parseBenchmarkCsv } from '../engine/normalise';
import { recordsToCsv } from './toCsv';

describe('recordsToCsv', () => {
  it('writes the shared header in column order', () => {
    const csv = recordsToCsv([]);
    expect(csv).toBe(`${BENCHMARK_COLUMNS.join(',')}\r\n`);
    expect(parseCsvRecords(csv)).toEqual({
      header: [...BENCHMARK_COLUMNS],
      records: [],
    });
  });

  it('round-trips commas, quotes and line breaks through parseCsvRecords', () => {
    const tricky: Record<string, string>[] = [
      {
        model: 'org/model,with,commas',
        notes: 'he said "hi", then left',
        source: 'line one\nline two\r\nline three',
        dataset: '"quoted at both ends"',
        mode: 'closed-loop max_concurrency=4, 100 prompts',
      },
      { model: 'plain', notes: '""', source: ',', dataset: '\n' },
      { model: 'only-model' },
    ];
    const { header, records } = parseCsvRecords(recordsToCsv(tricky));
    expect(header).toEqual([...BENCHMARK_COLUMNS]);
    expect(records).toHaveLength(3);
    records.forEach((rec, i) => {
      for (const c of BENCHMARK_COLUMNS) {
        // parseCsvRecords trims cells, so compare trimmed values
        expect(rec[c]).toBe((tricky[i][c] ?? '').trim());
      }
    });
  });

  it('drops keys that are not benchmark columns', () => {
    const { header, records } = parseCsvRecords(
      recordsToCsv([{ model: 'm', bogus: 'x' }]),
    );
    expect(header).not.toContain('bogus');
    expect(records[0].model).toBe('m');
  });

  it('feeds parseBenchmarkCsv', () => {
    const csv = recordsToCsv([
      {
        model: 'meta-llama/Llama-3.1-8B-Instruct',
        gpu: 'H100-SXM-80GB',
        gpu_count: '1',
        tensor_parallel: '1',
        source: 'unit test, "quoted"',
        mode: 'vllm bench serve closed-loop max_concurrency=8, 80 prompts',
        concurrency: '8',
        ttft_mean_ms: '12.5',
        notes: 'a\nb',
      },
    ]);
    const { runs, errors } = parseBenchmarkCsv(csv);
    expect(errors).toEqual([]);
    expect(runs[0]).toMatchObject({
      loadKind: 'closed-loop',
      concurrency: 8,
      ttft: { mean: 12.5 },
      source: 'unit test, "quoted"',
      notes: 'a\nb',
    });
  });
});
