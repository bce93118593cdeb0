import {
  Intent,
  IntentSchema,
  Precision,
  PrecisionSchema,
  createEngine,
  createPlanner,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { UsageError, num, parseFlags, required } from './args';
import { loadSeedKb } from './seed';

export const USAGE = `Usage:
  planner predict --model M --gpu G --tp N --input-tokens I --output-tokens O (--concurrency C | --rate R)
                  [--engine vllm|sglang|trtllm|...] [--precision bf16|fp16|fp8|...]
  planner plan --use-case U --users N [--users-mean population|concurrent|rps]
               [--ttft-p95-ms X] [--itl-p95-ms X] [--e2e-p95-ms X]   (any of p50/p90/p95/p99, one percentile)
               [--model M] [--gpu G] [--engine E] [--input-tokens I] [--output-tokens O]
               [--peak-factor F] [--active-fraction F] [--requests-per-user-per-min R] [--think-time-s S]
               [--headroom H] [--pricing on-demand|spot] [--alternatives N]
  planner bench                      run the planner benchmark (writes benchmarks/planner/results.json)

Models accept a Hugging Face id or a short alias (e.g. meta-llama/Llama-3.1-8B-Instruct, llama-3.1-8b);
GPUs accept gpus.csv names or short names (H100, A100, L4). Output is JSON on stdout; errors go to stderr
with exit code 2 for bad flags.`;

type Io = { out: (s: string) => void; err: (s: string) => void };
const defaultIo: Io = {
  out: s => process.stdout.write(`${s}\n`),
  err: s => process.stderr.write(`${s}\n`),
};

const PREDICT_FLAGS = [
  'model',
  'gpu',
  'tp',
  'input-tokens',
  'output-tokens',
  'concurrency',
  'rate',
  'engine',
  'precision',
];
const PLAN_FLAGS = [
  'use-case',
  'users',
  'users-mean',
  'slo',
  'model',
  'gpu',
  'engine',
  'input-tokens',
  'output-tokens',
  'peak-factor',
  'active-fraction',
  'requests-per-user-per-min',
  'think-time-s',
  'headroom',
  'pricing',
  'alternatives',
  'active-hours',
];

/** Parses `plan` flags into an intent (exported for tests). */
export function planIntent(argv: string[]): Intent {
  const f = parseFlags(argv, PLAN_FLAGS);
  const usersMean = f['users-mean'];
  if (
    usersMean !== undefined &&
    !['population', 'concurrent', 'rps'].includes(usersMean)
  )
    throw new UsageError(
      `--users-mean must be population, concurrent or rps, got "${usersMean}"`,
    );
  const slo: NonNullable<Intent['slo']> = {};
  let pct: string | undefined;
  for (const [k, v] of Object.entries(f)) {
    const m = k.match(/^(ttft|itl|e2e)-(p\d\d)-ms$/);
    if (!m) continue;
    if (pct && pct !== m[2])
      throw new UsageError(
        `SLO flags must use one percentile, got ${pct} and ${m[2]}`,
      );
    pct = m[2];
    const x = Number(v);
    if (!Number.isFinite(x) || x <= 0)
      throw new UsageError(
        `--${k} must be a positive number of ms, got "${v}"`,
      );
    slo[`${m[1]}Ms` as 'ttftMs' | 'itlMs' | 'e2eMs'] = x;
  }
  if (pct) slo.percentile = pct as NonNullable<Intent['slo']>['percentile'];
  const pricing = f.pricing;
  if (pricing !== undefined && pricing !== 'on-demand' && pricing !== 'spot')
    throw new UsageError(
      `--pricing must be on-demand or spot, got "${pricing}"`,
    );
  const intent = {
    useCase: required(f, 'use-case'),
    users: num(f, 'users', { min: 0 }) ?? (required(f, 'users') as never),
    usersMean: usersMean as Intent['usersMean'],
    model: f.model,
    gpu: f.gpu,
    engine: f.engine,
    inputTokens: num(f, 'input-tokens', { min: 1 }),
    outputTokens: num(f, 'output-tokens', { min: 1 }),
    peakFactor: num(f, 'peak-factor', { min: 1 }),
    activeFraction: num(f, 'active-fraction', { min: 0 }),
    requestsPerActiveUserPerMin: num(f, 'requests-per-user-per-min', {
      min: 0,
    }),
    thinkTimeS: num(f, 'think-time-s', { min: 0 }),
    activeHoursPerDay: num(f, 'active-hours', { min: 1 }),
    headroom: num(f, 'headroom', { min: 0 }),
    pricing: pricing as Intent['pricing'],
    maxAlternatives: num(f, 'alternatives', { int: true, min: 0 }),
    slo: Object.keys(slo).length ? slo : undefined,
  };
  const parsed = IntentSchema.safeParse(intent);
  if (!parsed.success)
    throw new UsageError(
      parsed.error.issues
        .map(i => `--${String(i.path[0])}: ${i.message}`)
        .join('; '),
    );
  return parsed.data;
}

/** Parses `predict` flags (exported for tests). */
export function predictArgs(argv: string[]) {
  const f = parseFlags(argv, PREDICT_FLAGS);
  const concurrency = num(f, 'concurrency');
  const rate = num(f, 'rate');
  if ((concurrency === undefined) === (rate === undefined))
    throw new UsageError('give exactly one of --concurrency or --rate');
  if (concurrency !== undefined && concurrency <= 0)
    throw new UsageError('--concurrency must be > 0');
  if (rate !== undefined && rate <= 0)
    throw new UsageError('--rate must be > 0');
  let precision: Precision | undefined;
  if (f.precision !== undefined) {
    const p = PrecisionSchema.safeParse(f.precision.toLowerCase());
    if (!p.success)
      throw new UsageError(
        `--precision must be one of ${PrecisionSchema.options.join(', ')}`,
      );
    precision = p.data;
  }
  return {
    model: required(f, 'model'),
    gpu: required(f, 'gpu'),
    tp: num(f, 'tp', { int: true, min: 1 }) ?? (required(f, 'tp') as never),
    inputTokens:
      num(f, 'input-tokens', { min: 1 }) ??
      (required(f, 'input-tokens') as never),
    outputTokens:
      num(f, 'output-tokens', { min: 1 }) ??
      (required(f, 'output-tokens') as never),
    concurrency,
    rate,
    engine: f.engine?.toLowerCase(),
    precision,
  };
}

/** Runs the CLI; returns the exit code (0 ok, 1 runtime error, 2 bad flags). */
export function main(argv: string[], io: Io = defaultIo): number {
  const [cmd, ...rest] = argv;
  try {
    if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.out(USAGE);
      return cmd ? 0 : 2;
    }
    if (cmd === 'predict') {
      const a = predictArgs(rest);
      const engine = createEngine(loadSeedKb());
      let cfg;
      try {
        cfg = engine.resolveConfig(a);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      const p = engine.predict(
        cfg,
        a.inputTokens,
        a.outputTokens,
        a.concurrency !== undefined
          ? { concurrency: a.concurrency }
          : { rate: a.rate },
      );
      io.out(
        JSON.stringify(
          {
            unit: 'ms',
            ...p,
            roofline: {
              prefillEfficiency: engine.factors.prefill,
              decodeEfficiency: engine.factors.decode,
              stepOverheadMs: engine.factors.stepOverheadMs,
              fittedError: engine.factors.error,
            },
          },
          null,
          2,
        ),
      );
      return 0;
    }
    if (cmd === 'plan') {
      const intent = planIntent(rest);
      const planner = createPlanner(loadSeedKb());
      try {
        if (intent.model && !planner.engine.resolveModel(intent.model))
          throw new Error(`unknown model "${intent.model}"`);
        if (intent.gpu && !planner.engine.resolveGpu(intent.gpu))
          throw new Error(`unknown GPU "${intent.gpu}"`);
        if (!planner.engine.kb.sloTemplates.some(t => t.id === intent.useCase))
          throw new Error(
            `unknown use case "${
              intent.useCase
            }"; known: ${planner.engine.kb.sloTemplates
              .map(t => t.id)
              .join(', ')}`,
          );
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      io.out(JSON.stringify(planner.plan(intent), null, 2));
      return 0;
    }
    if (cmd === 'bench') {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      require('./bench').runBench(io);
      return 0;
    }
    throw new UsageError(`unknown command "${cmd}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`planner: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    io.err(`planner: ${(e as Error).message}`);
    return 1;
  }
}
