import fs from 'node:fs';
import type { ConfigQuery } from '@llm-planner/backstage-plugin-llm-planner-common';
import { readFlags } from './flags';
import { loadtestMain } from './loadtest/cli';
import { RunningSimulator, SimulatorOptions, startSimulator } from './server';
import {
  TimingProfile,
  loadTimingProfile,
  profileOutputTokens,
  stepTimeModelFromProfile,
} from './timing/profile';
import { defaultShape, timingProfileFromEngine } from './timing/fromEngine';
import { findSeedDir, loadSeedEngine } from './timing/seed';

type FlagType = 'string' | 'int' | 'number' | 'fraction';

type FlagSpec = {
  flag: string;
  env: string;
  key: keyof CliOptions;
  type: FlagType;
  min?: number;
  help: string;
};

const FLAGS: FlagSpec[] = [
  {
    flag: '--model',
    env: 'SIM_MODEL',
    key: 'model',
    type: 'string',
    help: 'model id (default meta-llama/Llama-3.1-8B-Instruct)',
  },
  {
    flag: '--served-model-name',
    env: 'SIM_SERVED_MODEL_NAME',
    key: 'servedModelName',
    type: 'string',
    help: 'name clients send as "model" (default: --model)',
  },
  {
    flag: '--profile',
    env: 'SIM_PROFILE',
    key: 'profile',
    type: 'string',
    help: 'timing profile JSON (measured points); without it the replica answers instantly',
  },
  {
    flag: '--gpu',
    env: 'SIM_GPU',
    key: 'gpu',
    type: 'string',
    help: 'GPU of the timing: with --model/--tp reads the planning engine (seed data) instead of --profile',
  },
  {
    flag: '--tp',
    env: 'SIM_TP',
    key: 'tp',
    type: 'int',
    min: 1,
    help: 'tensor-parallel size of the engine timing (default 1)',
  },
  {
    flag: '--engine',
    env: 'SIM_ENGINE',
    key: 'engine',
    type: 'string',
    help: 'serving engine of the engine timing (default vllm)',
  },
  {
    flag: '--precision',
    env: 'SIM_PRECISION',
    key: 'precision',
    type: 'string',
    help: "weight precision of the engine timing (default: the model's)",
  },
  {
    flag: '--input-tokens',
    env: 'SIM_INPUT_TOKENS',
    key: 'inputTokens',
    type: 'int',
    min: 1,
    help: 'prompt tokens the surface is read at (default: its best measured shape)',
  },
  {
    flag: '--output-tokens',
    env: 'SIM_OUTPUT_TOKENS',
    key: 'outputTokens',
    type: 'int',
    min: 1,
    help: 'output tokens the surface is read at (default: its best measured shape)',
  },
  {
    flag: '--seed-dir',
    env: 'SIM_SEED_DIR',
    key: 'seedDir',
    type: 'string',
    help: 'benchmarks folder (data/ + catalog/); default: found walking up from the cwd',
  },
  {
    flag: '--host',
    env: 'SIM_HOST',
    key: 'host',
    type: 'string',
    help: 'listen address (default 0.0.0.0)',
  },
  {
    flag: '--port',
    env: 'SIM_PORT',
    key: 'port',
    type: 'int',
    min: 0,
    help: 'listen port (default 8000)',
  },
  {
    flag: '--max-num-seqs',
    env: 'SIM_MAX_NUM_SEQS',
    key: 'maxNumSeqs',
    type: 'int',
    min: 1,
    help: 'max sequences in the running batch (default: profile, else 256)',
  },
  {
    flag: '--kv-cache-tokens',
    env: 'SIM_KV_CACHE_TOKENS',
    key: 'kvCacheTokens',
    type: 'int',
    min: 1,
    help: 'KV-cache budget in tokens (default: profile, else 262144)',
  },
  {
    flag: '--max-model-len',
    env: 'SIM_MAX_MODEL_LEN',
    key: 'maxModelLen',
    type: 'int',
    min: 2,
    help: 'max prompt + output tokens of a request (default: KV budget)',
  },
  {
    flag: '--seed',
    env: 'SIM_SEED',
    key: 'seed',
    type: 'int',
    min: 0,
    help: 'seed of jitter, output lengths and faults (default 0)',
  },
  {
    flag: '--jitter',
    env: 'SIM_JITTER',
    key: 'jitter',
    type: 'fraction',
    help: 'relative step jitter 0..1 (default: profile, else 0.02)',
  },
  {
    flag: '--time-scale',
    env: 'SIM_TIME_SCALE',
    key: 'timeScale',
    type: 'number',
    min: 0,
    help: 'multiplies every simulated duration (default 1)',
  },
  {
    flag: '--default-output-tokens',
    env: 'SIM_DEFAULT_OUTPUT_TOKENS',
    key: 'defaultOutputTokens',
    type: 'int',
    min: 1,
    help: 'output length without ignore_eos (default: profile, else 128)',
  },
  {
    flag: '--error-rate',
    env: 'SIM_ERROR_RATE',
    key: 'errorRate',
    type: 'fraction',
    help: 'fraction of requests answered 500 (default 0)',
  },
  {
    flag: '--latency-spike-rate',
    env: 'SIM_LATENCY_SPIKE_RATE',
    key: 'latencySpikeRate',
    type: 'fraction',
    help: 'fraction of requests with a delayed first token (default 0)',
  },
  {
    flag: '--latency-spike-ms',
    env: 'SIM_LATENCY_SPIKE_MS',
    key: 'latencySpikeMs',
    type: 'number',
    min: 0,
    help: 'length of a latency spike (default 0)',
  },
  {
    flag: '--stall-after-requests',
    env: 'SIM_STALL_AFTER_REQUESTS',
    key: 'stallAfterRequests',
    type: 'int',
    min: 0,
    help: 'stop answering after N requests (/health fails)',
  },
  {
    flag: '--drain-seconds',
    env: 'SIM_DRAIN_SECONDS',
    key: 'drainSeconds',
    type: 'number',
    min: 0,
    help: 'on SIGTERM, let running requests finish this long (default 10)',
  },
];

const USAGE = `Usage: inference-simulator [flags]
       inference-simulator profile --model M --gpu G [--tp N] [--engine E] [--precision P] --output FILE
       inference-simulator loadtest [load tester flags]   (see llm-loadtest --help)

Timing: --profile FILE (measured points), or --model/--gpu/--tp[/--engine/--precision] to read the
planning engine's latency surface from the seed data (benchmarks/data, or --seed-dir); neither:
an instant replica.

A CPU-only, OpenAI-compatible server shaped like vLLM. Flags override the environment.

${FLAGS.map(
  f =>
    `  ${`${f.flag} ${f.type === 'string' ? 'VALUE' : 'N'}`.padEnd(
      30,
    )} ${f.env.padEnd(26)} ${f.help}`,
).join('\n')}
  --help`;

export type CliOptions = {
  model: string;
  host: string;
  port: number;
  servedModelName?: string;
  profile?: string;
  gpu?: string;
  tp?: number;
  engine?: string;
  precision?: string;
  inputTokens?: number;
  outputTokens?: number;
  seedDir?: string;
  maxNumSeqs?: number;
  kvCacheTokens?: number;
  maxModelLen?: number;
  seed?: number;
  jitter?: number;
  timeScale?: number;
  defaultOutputTokens?: number;
  errorRate?: number;
  latencySpikeRate?: number;
  latencySpikeMs?: number;
  stallAfterRequests?: number;
  drainSeconds?: number;
};

function convert(spec: FlagSpec, raw: string, source: string): string | number {
  if (spec.type === 'string') return raw;
  const v = Number(raw);
  const name = source === 'flag' ? spec.flag : spec.env;
  if (raw.trim() === '' || !Number.isFinite(v)) {
    throw new Error(`${name} must be a number (got "${raw}")\n\n${USAGE}`);
  }
  if (spec.type === 'int' && !Number.isInteger(v)) {
    throw new Error(
      `${name} must be a whole number (got "${raw}")\n\n${USAGE}`,
    );
  }
  if (spec.type === 'fraction' && (v < 0 || v > 1)) {
    throw new Error(
      `${name} must be between 0 and 1 (got "${raw}")\n\n${USAGE}`,
    );
  }
  if (spec.min !== undefined && v < spec.min) {
    throw new Error(
      `${name} must be >= ${spec.min} (got "${raw}")\n\n${USAGE}`,
    );
  }
  return v;
}

/** Parses flags over environment over defaults; throws a message meant for the user. */
export function parseArgs(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): CliOptions {
  const options: Record<string, string | number> = {
    model: 'meta-llama/Llama-3.1-8B-Instruct',
    host: '0.0.0.0',
    port: 8000,
  };
  for (const spec of FLAGS) {
    const raw = env[spec.env];
    if (raw !== undefined && raw !== '')
      options[spec.key] = convert(spec, raw, 'env');
  }
  const given = readFlags(
    argv,
    { valued: FLAGS.map(f => f.flag.slice(2)) },
    message => new Error(`${message}\n\n${USAGE}`),
  );
  for (const { flag, value } of given) {
    if (flag === '--help') throw new Error(USAGE);
    const spec = FLAGS.find(f => f.flag === flag)!;
    options[spec.key] = convert(spec, value, 'flag');
  }
  const port = options.port as number;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(
      `--port must be a whole number from 0 to 65535\n\n${USAGE}`,
    );
  }
  return options as unknown as CliOptions;
}

/** Turns parsed flags (and the profile file they name) into simulator options. */
export function simulatorOptionsFromCli(
  cli: CliOptions,
  log?: (line: string) => void,
): SimulatorOptions {
  let profile: TimingProfile | undefined;
  if (cli.profile) profile = loadTimingProfile(cli.profile);
  else if (cli.gpu) profile = timingProfileFromCli(cli, log);
  return {
    model: cli.model,
    servedModelName: cli.servedModelName,
    host: cli.host,
    port: cli.port,
    timing: profile ? stepTimeModelFromProfile(profile) : undefined,
    timeScale: cli.timeScale,
    maxNumSeqs: cli.maxNumSeqs ?? profile?.maxNumSeqs,
    kvCacheTokens: cli.kvCacheTokens ?? profile?.kvCacheTokens,
    maxModelLen: cli.maxModelLen,
    seed: cli.seed,
    jitter: cli.jitter ?? profile?.jitter,
    defaultOutputTokens:
      cli.defaultOutputTokens ??
      profile?.defaultOutputTokens ??
      (profile ? profileOutputTokens(profile) : undefined),
    errorRate: cli.errorRate,
    latencySpikeRate: cli.latencySpikeRate,
    latencySpikeMs: cli.latencySpikeMs,
    stallAfterRequests: cli.stallAfterRequests,
    log,
  };
}

/**
 * The timing of `--model/--gpu/--tp[/--engine/--precision]`: the planning engine over the seed
 * data, sampled at concurrencies 1, 2, 4, ... max-num-seqs (as a profile, so the CLI treats it
 * like a `--profile` file).
 */
export function timingProfileFromCli(
  cli: CliOptions,
  log?: (line: string) => void,
): TimingProfile {
  if (!cli.gpu) throw new Error(`--gpu is required\n\n${USAGE}`);
  const seedDir = findSeedDir(cli.seedDir);
  const engine = loadSeedEngine(seedDir);
  const cfg = engine.resolveConfig({
    model: cli.model,
    gpu: cli.gpu,
    tp: cli.tp ?? 1,
    engine: cli.engine,
    precision: cli.precision as ConfigQuery['precision'],
  });
  const shape = defaultShape(cfg);
  const inputTokens = cli.inputTokens ?? shape.inputTokens;
  const outputTokens = cli.outputTokens ?? shape.outputTokens;
  if (cli.inputTokens === undefined || cli.outputTokens === undefined) {
    log?.(`token shape ${inputTokens}/${outputTokens}: ${shape.source}`);
  }
  return timingProfileFromEngine(engine, cfg, {
    inputTokens,
    outputTokens,
    maxNumSeqs: cli.maxNumSeqs ?? 256,
  });
}

/** `inference-simulator profile ... --output FILE`: writes the engine timing as a profile file. */
export async function profileMain(
  argv: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream } = {
    stdout: process.stdout,
    stderr: process.stderr,
  },
): Promise<number> {
  let output: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--output' || argv[i] === '-o') output = argv[++i];
    else if (argv[i].startsWith('--output=')) output = argv[i].slice(9);
    else rest.push(argv[i]);
  }
  let profile: TimingProfile;
  try {
    const cli = parseArgs(rest, {});
    if (!cli.gpu) throw new Error(`profile needs --gpu\n\n${USAGE}`);
    profile = timingProfileFromCli(cli, line =>
      io.stderr.write(`[inference-simulator] ${line}\n`),
    );
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const text = `${JSON.stringify(profile, null, 2)}\n`;
  if (output) {
    fs.writeFileSync(output, text);
    io.stdout.write(
      `profile of ${profile.model} on ${profile.gpu} tp=${profile.tp} written to ${output}\n`,
    );
  } else {
    io.stdout.write(text);
  }
  return 0;
}

export async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'loadtest') {
    await loadtestMain(argv.slice(1));
    return;
  }
  if (argv[0] === 'profile') {
    process.exitCode = await profileMain(argv.slice(1));
    return;
  }
  let simOptions: SimulatorOptions;
  let cli: CliOptions;
  const log = (line: string) =>
    process.stderr.write(`[inference-simulator] ${line}\n`);
  try {
    cli = parseArgs(argv);
    simOptions = simulatorOptionsFromCli(cli, log);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  let sim: RunningSimulator;
  try {
    sim = await startSimulator(simOptions);
  } catch (e) {
    process.stderr.write(`cannot start: ${(e as Error).message}\n`);
    process.exit(1);
  }
  process.stdout.write(
    `inference-simulator serving ${
      simOptions.servedModelName ?? simOptions.model
    } at ${sim.url}\n`,
  );
  const timing = simOptions.timing?.describe();
  log(
    timing
      ? `timing: ${timing.model} on ${timing.gpu} tp=${timing.tp} (${timing.provenance})`
      : 'timing: instant (no --profile given)',
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      process.exit(1);
    }
    stopping = true;
    const drainMs = (cli.drainSeconds ?? 10) * 1000;
    log(`${signal}: draining for up to ${drainMs / 1000}s`);
    sim.close({ drainMs }).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
