import { parseBenchmarkCsv } from '../engine/normalise';
import { reportToCsv } from './index';
import { catalogs, FILES, readFormat } from './__testUtils__/formats';

const ctx = { gpu: 'H100-SXM-80GB', gpuCount: 1, engine: 'vLLM' };

describe('reportToCsv', () => {
  it('converts every saved report file to CSV the normaliser accepts', () => {
    const cases: [Parameters<typeof reportToCsv>[0], string, number][] = [
      ['guidellm', FILES.guidellmV02, 1],
      ['guidellm', FILES.guidellmV03, 1],
      ['guidellm', FILES.guidellmV05, 1],
      ['guidellm', FILES.guidellmV08, 2],
      ['vllm-bench-serve', FILES.vllmSweepRun, 1],
      ['vllm-bench-serve', FILES.vllmSweepSummary, 2],
      ['vllm-bench-serve', FILES.vllm1p1d, 1],
      ['vllm-bench-serve', FILES.vllm2replicas, 1],
      ['vllm-bench-serve', FILES.vllmJsonl, 9],
    ];
    for (const [format, file, n] of cases) {
      const { csv, errors } = reportToCsv(format, readFormat(file), {
        ...ctx,
        fileName: file,
      });
      expect({ file, errors }).toEqual({ file, errors: [] });
      const { runs, errors: csvErrors } = parseBenchmarkCsv(csv, catalogs());
      expect(csvErrors).toEqual([]);
      expect(runs).toHaveLength(n);
      expect(
        runs.every(r => r.loadKind !== 'unknown' && r.source.includes(file)),
      ).toBe(true);
    }
  });

  it('rejects the all-requests-failed result', () => {
    const { csv, errors } = reportToCsv(
      'vllm-bench-serve',
      readFormat(FILES.vllmFailed),
      ctx,
    );
    expect(errors).toEqual([
      expect.objectContaining({ row: 1, column: 'completed' }),
    ]);
    expect(parseBenchmarkCsv(csv).runs).toEqual([]);
  });

  it.each(['guidellm', 'vllm-bench-serve'] as const)(
    'turns garbage into a row-0 error for %s, never a throw',
    format => {
      for (const text of ['', 'not json', '{"a":', '<html></html>', 'null']) {
        const { csv, errors } = reportToCsv(format, text, ctx);
        expect(errors.length).toBeGreaterThan(0);
        expect(errors[0].row).toBeLessThanOrEqual(1);
        expect(errors[0].reason.length).toBeGreaterThan(0);
        expect(parseBenchmarkCsv(csv).runs).toEqual([]);
      }
      expect(reportToCsv(format, 'not json', ctx).errors[0]).toEqual(
        expect.objectContaining({
          row: 0,
          column: 'json',
          reason: expect.stringMatching(/^invalid JSON/),
        }),
      );
    },
  );

  it('reports a missing GPU', () => {
    const { errors } = reportToCsv(
      'guidellm',
      readFormat(FILES.guidellmV08),
      {},
    );
    expect(errors.map(e => e.column)).toEqual(['gpu', 'gpu_count']);
  });

  it('reports an unknown format', () => {
    const { errors } = reportToCsv('mlperf' as any, '{}', ctx);
    expect(errors).toEqual([
      expect.objectContaining({ row: 0, column: 'format' }),
    ]);
  });
});
