import {
  parseBenchmarkCsv,
  parseGpuCsv,
  parsePriceCsv,
  parseLoad,
  parseSloTemplateCsv,
} from './normalise';
import { readSeed, seedKb } from './__testUtils__/seed';
import { decodeStats } from './roofline';

describe('normalise', () => {
  const kb = seedKb();

  it('parses the 1216 seed rows and keeps every source', () => {
    const { runs, errors } = parseBenchmarkCsv(readSeed('benchmarks.csv'), {
      models: kb.models,
      gpus: kb.gpus,
    });
    expect(errors).toEqual([]);
    expect(runs).toHaveLength(1216);
    expect(runs.every(r => r.source.length > 0)).toBe(true);
  });

  it('keeps unit-ambiguous values empty and says so', () => {
    const { runs, warnings } = parseBenchmarkCsv(readSeed('benchmarks.csv'));
    const hf = runs.filter(r => r.row >= 462 && r.row <= 467); // output_tokens '<=200 (max_new_tokens)'
    expect(hf).toHaveLength(6);
    expect(hf.every(r => r.outputTokens === null)).toBe(true);
    expect(
      warnings.some(
        w => w.column === 'output_tokens' && /ambiguous/.test(w.reason),
      ),
    ).toBe(true);
  });

  it('returns row-level errors instead of throwing on bad rows', () => {
    const header = readSeed('benchmarks.csv').split('\n')[0];
    const good = readSeed('benchmarks.csv').split('\n')[1];
    const bad1 = good.replace(/^[^,]+,/, ',');
    const bad2 = good.replace(/,8,8,vLLM,/, ',8,eight,vLLM,');
    const { runs, errors } = parseBenchmarkCsv(
      [header, good, bad1, bad2].join('\n'),
    );
    expect(runs).toHaveLength(1);
    expect(errors).toEqual(
      expect.arrayContaining([
        { row: 2, column: 'model', reason: 'required value is empty' },
        expect.objectContaining({ row: 3, column: 'tensor_parallel' }),
      ]),
    );
    expect(parseBenchmarkCsv('a,b\n1,2').errors[0]).toEqual({
      row: 0,
      column: 'model',
      reason: 'missing column',
    });
  });

  it('reads the load generator from mode / concurrency / request_rate', () => {
    expect(
      parseLoad(
        'closed-loop max_concurrency=64 (num_prompts=5x conc, min 50; 3 repeats)',
        '64',
        'inf',
      ),
    ).toEqual({ kind: 'closed-loop', concurrency: 64, rate: null });
    expect(
      parseLoad('vllm bench serve burst: 1000 prompts at rate=inf', '', 'inf')
        .kind,
    ).toBe('burst');
    expect(parseLoad('MLPerf Offline (max throughput)', '', '').kind).toBe(
      'offline',
    );
    expect(parseLoad('online Poisson, 1200 prompts', '', '4')).toEqual({
      kind: 'poisson',
      concurrency: null,
      rate: 4,
    });
    expect(
      parseLoad(
        "guidellm constant rate=8 rps, 1000 requests (profile 'ShareGPT 8RPS')",
        '',
        '8',
      ).rate,
    ).toBe(8);
  });

  it('turns an MLPerf Server rate into requests in flight by Little law', () => {
    const r = kb.runs.find(
      x => x.loadKind === 'poisson' && x.e2e.mean && x.reqS,
    )!;
    expect(r.effectiveConcurrency).toBeCloseTo(
      (r.reqS! * r.e2e.mean!) / 1000,
      6,
    );
  });

  it('maps HF ids, short names and FP8 variants to catalog models', () => {
    const byRaw = (raw: string) => kb.runs.find(r => r.modelRaw === raw)!;
    expect(byRaw('Llama-3.3-70B-Instruct').modelId).toBe('llama-3.3-70b');
    expect(byRaw('meta-llama/Llama-3.1-8B-Instruct').modelId).toBe(
      'llama-3.1-8b',
    );
    const fp8 = byRaw('neuralmagic/Meta-Llama-3.1-70B-Instruct-FP8');
    expect(fp8.modelId).toBe('llama-3.1-70b');
    expect(fp8.precision).toBe('fp8');
    expect(byRaw('Qwen/Qwen3-8B-FP8').modelId).toBe('qwen3-8b');
  });

  it('maps benchmark GPU spellings to gpus.csv ids', () => {
    expect(kb.runs.find(r => r.gpuRaw === 'A100-SXM-80GB')!.gpuId).toBe(
      'A100-80GB-SXM',
    );
    expect(kb.runs.find(r => r.gpuRaw === 'L4-24GB')!.gpuId).toBe('L4');
    expect(kb.runs.find(r => r.gpuRaw === 'GB200-186GB')!.gpuId).toBeNull();
  });

  it('parses GPUs, prices and SLO rows with their sources', () => {
    const { gpus } = parseGpuCsv(readSeed('gpus.csv'));
    expect(gpus).toHaveLength(14);
    expect(gpus.find(g => g.id === 'H100-SXM-80GB')!.memBwTbs).toBe(3.35);
    const { prices, errors } = parsePriceCsv(readSeed('prices.csv'), gpus);
    expect(prices.length + errors.length).toBe(215);
    expect(prices.every(p => p.asOf && p.source)).toBe(true);
    expect(
      prices.find(p => p.gpuRaw === 'H100-SXM-80GB (A3 Mega)')!.gpuId,
    ).toBe('H100-SXM-80GB');
    expect(
      parseSloTemplateCsv(readSeed('slo_templates.csv')).rows,
    ).toHaveLength(36);
  });

  it('has a catalog of >= 18 models and >= 9 use cases, each with a source', () => {
    expect(kb.models.length).toBeGreaterThanOrEqual(18);
    expect(kb.models.every(m => m.source.length > 0)).toBe(true);
    const ids = kb.sloTemplates.map(t => t.id);
    for (const u of [
      'chatbot',
      'customer-service',
      'code-completion',
      'code-generation',
      'summarisation',
      'rag-qa',
      'translation',
      'agentic',
      'batch-analytics',
    ])
      expect(ids).toContain(u);
    expect(kb.sloTemplates.filter(t => t.sourceRows.length === 0)).toEqual([]);
  });
});

describe('GuideLLM decode latency', () => {
  it('uses GuideLLM ITL, not its first-token-inclusive TPOT, for decode latency', () => {
    const { runs } = parseBenchmarkCsv(readSeed('benchmarks.csv'));
    const guidellm = runs.filter(
      r =>
        /guidellm/i.test(`${r.mode} ${r.source}`) && r.itl.mean !== undefined,
    );
    expect(guidellm.length).toBeGreaterThan(10);
    for (const r of guidellm) {
      expect(decodeStats(r).mean).toBe(r.itl.mean);
    }
  });
});
