import { main, planIntent, predictArgs } from './cli';
import { UsageError } from './args';
import { findRepoRoot } from './seed';

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { out: s => out.push(s), err: s => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('planner CLI', () => {
  it('finds the repository root by walking up to benchmarks/data', () => {
    expect(findRepoRoot(__dirname)).toMatch(/main$|\/[^/]+$/);
  });

  it('parses predict flags, in both --k v and --k=v forms', () => {
    expect(
      predictArgs([
        '--model',
        'llama-3.1-8b',
        '--gpu=H100',
        '--tp',
        '1',
        '--input-tokens',
        '512',
        '--output-tokens',
        '256',
        '--rate',
        '2',
      ]),
    ).toMatchObject({
      model: 'llama-3.1-8b',
      gpu: 'H100',
      tp: 1,
      inputTokens: 512,
      outputTokens: 256,
      rate: 2,
      concurrency: undefined,
    });
  });

  it('parses plan flags into an intent with SLO overrides', () => {
    expect(
      planIntent([
        '--use-case',
        'chatbot',
        '--users',
        '1000',
        '--users-mean',
        'concurrent',
        '--ttft-p90-ms',
        '300',
        '--itl-p90-ms',
        '30',
      ]),
    ).toMatchObject({
      useCase: 'chatbot',
      users: 1000,
      usersMean: 'concurrent',
      slo: { percentile: 'p90', ttftMs: 300, itlMs: 30 },
    });
  });

  it.each([
    [
      [
        'predict',
        '--model',
        'x',
        '--gpu',
        'H100',
        '--tp',
        '1',
        '--input-tokens',
        '5',
        '--output-tokens',
        '5',
      ],
      /exactly one of --concurrency or --rate/,
    ],
    [
      [
        'predict',
        '--model',
        'x',
        '--gpu',
        'H100',
        '--tp',
        '1.5',
        '--input-tokens',
        '5',
        '--output-tokens',
        '5',
        '--rate',
        '1',
      ],
      /whole number/,
    ],
    [['plan', '--use-case', 'chatbot', '--users', 'many'], /must be a number/],
    [
      [
        'plan',
        '--use-case',
        'chatbot',
        '--users',
        '10',
        '--users-mean',
        'people',
      ],
      /population, concurrent or rps/,
    ],
    [
      [
        'plan',
        '--use-case',
        'chatbot',
        '--users',
        '10',
        '--ttft-p90-ms',
        '100',
        '--itl-p95-ms',
        '20',
      ],
      /one percentile/,
    ],
    [
      ['plan', '--use-case', 'chatbot', '--users', '10', '--colour', 'red'],
      /unknown flag --colour/,
    ],
    [['plan', '--users', '10'], /missing --use-case/],
    [['plan', '--use-case', 'poetry', '--users', '10'], /unknown use case/],
    [
      [
        'predict',
        '--model',
        'nope-1b',
        '--gpu',
        'H100',
        '--tp',
        '1',
        '--input-tokens',
        '5',
        '--output-tokens',
        '5',
        '--rate',
        '1',
      ],
      /unknown model/,
    ],
    [['frobnicate'], /unknown command/],
  ])('exits 2 with a clear message on bad flags: %j', (argv, message) => {
    const r = run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message as RegExp);
    expect(r.err).toMatch(/Usage:/);
    expect(r.out).toBe('');
  });

  it('throws UsageError from the parsers', () => {
    expect(() => predictArgs(['--tp'])).toThrow(UsageError);
  });

  it('predicts from the seed data with provenance (HF id and short GPU name)', () => {
    const r = run([
      'predict',
      '--model',
      'Qwen/Qwen3-8B',
      '--gpu',
      'H100',
      '--tp',
      '1',
      '--input-tokens',
      '1024',
      '--output-tokens',
      '128',
      '--concurrency',
      '32',
    ]);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.out);
    expect(p.unit).toBe('ms');
    expect(p.gpuId).toBe('H100-SXM-80GB');
    expect(p.ttft.p95.provenance).toBe('measured');
    expect(p.ttft.p95.rows.length).toBeGreaterThan(0);
    expect(p.itl.p95.value).toBeGreaterThan(0);
    expect(p.e2e.p95.value).toBeGreaterThan(p.ttft.p95.value);
  });

  it('labels an L4 prediction estimated', () => {
    const r = run([
      'predict',
      '--model',
      'llama-3.1-8b',
      '--gpu',
      'L4',
      '--tp',
      '1',
      '--input-tokens',
      '512',
      '--output-tokens',
      '256',
      '--rate',
      '0.5',
    ]);
    expect(r.code).toBe(0);
    const p = JSON.parse(r.out);
    expect(p.provenance).toBe('estimated');
    expect(p.notes.join(' ')).toMatch(/L4 is thinly covered/);
  });

  it('plans a 1000-user chatbot and says how it read "users"', () => {
    const r = run(['plan', '--use-case', 'chatbot', '--users', '1000']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out);
    expect(plan.workload.usersMean).toBe('population');
    expect(plan.workload.concurrentSessions).toBe(200);
    expect(plan.recommendations.length).toBeGreaterThan(0);
    expect(plan.recommendations[0].cost.priceAsOf).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(plan.explanation).toMatch(/population/);
    expect(
      plan.sensitivity.find((s: any) => s.change === 'users x2'),
    ).toBeDefined();
  });
});
