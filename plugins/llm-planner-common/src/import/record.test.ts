import { BENCHMARK_COLUMNS, parseBenchmarkCsv } from '../engine/normalise';
import { readSeed } from '../engine/__testUtils__/seed';
import { FILES, readFormat } from './__testUtils__/formats';
import { reportToCsv } from './index';
import { applyRecordDelta, recordDelta } from './record';

/** Every row of a CSV back from its run and stored delta, and how many deltas were empty. */
function roundTrip(csv: string) {
  const { runs, records } = parseBenchmarkCsv(csv);
  let empty = 0;
  const mismatches: string[] = [];
  for (const run of runs) {
    const raw = records[run.row - 1];
    const delta = recordDelta(raw, run);
    if (Object.keys(delta).length === 0) empty++;
    // the delta is what is stored: it survives JSON
    const back = applyRecordDelta(run, JSON.parse(JSON.stringify(delta)));
    for (const key of new Set([...BENCHMARK_COLUMNS, ...Object.keys(raw)]))
      if ((back[key] ?? '') !== (raw[key] ?? ''))
        mismatches.push(`row ${run.row} ${key}: ${back[key]} ≠ ${raw[key]}`);
  }
  return { runs: runs.length, empty, mismatches };
}

describe('a run with its row delta gives the imported row back', () => {
  it('for every seed row, cell for cell, storing nothing for most of them', () => {
    const { runs, empty, mismatches } = roundTrip(readSeed('benchmarks.csv'));
    expect(mismatches).toEqual([]);
    expect(runs).toBeGreaterThan(1000);
    // the point of storing a delta: most rows are reproduced by the run alone
    expect(empty / runs).toBeGreaterThan(0.5);
  });

  it('for converted GuideLLM and vllm bench serve reports', () => {
    for (const [format, file] of [
      ['guidellm', FILES.guidellmV05],
      ['guidellm', FILES.guidellmV08],
      ['vllm-bench-serve', FILES.vllmSweepSummary],
      ['vllm-bench-serve', FILES.vllmJsonl],
    ] as const) {
      const { csv } = reportToCsv(format, readFormat(file), {
        gpu: 'H100-SXM-80GB',
        gpuCount: 1,
        engine: 'vLLM',
        fileName: file,
      });
      const { runs, mismatches } = roundTrip(csv);
      expect(runs).toBeGreaterThan(0);
      expect(mismatches).toEqual([]);
    }
  });

  it('keeps spellings the run cannot tell, columns outside the layout and blanks', () => {
    const csv = [
      'model,gpu,source,concurrency,mode,ttft_p90_ms,request_rate,lab_id,output_tokens,output_tok_s,req_s',
      'm,H100,s,,closed-loop max_concurrency=8,1000.0,,x-17,,100,2',
      'm,H100,s,4,poisson,12,2.50,,,,',
    ].join('\n');
    const { mismatches } = roundTrip(csv);
    expect(mismatches).toEqual([]);
  });
});
