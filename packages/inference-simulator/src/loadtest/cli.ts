import fs from 'node:fs';
import { readFlags } from '../flags';
import { Endpoint, closeClientSockets, discoverModel } from './client';
import { BenchmarkImportContext, PostAs, postToBackend } from './post';
import { createProgress } from './progress';
import { createPromptSource } from './prompts';
import {
  ReportContext,
  RunReport,
  SloTarget,
  buildReport,
  formatSummaryTable,
  SLO_FLAGS,
  parseSloFlag,
} from './report';
import { Limits, ProfileSpec, runProfile } from './runner';

export const LOADTEST_USAGE = `Usage: llm-loadtest --target URL [flags]
       inference-simulator loadtest --target URL [flags]

Load tests any OpenAI-compatible endpoint (the simulator, vLLM, KServe) with streaming requests.

Target
  --target URL              base URL, e.g. http://127.0.0.1:8000 (env LOADTEST_TARGET)
  --model ID                model to request (default: first id of GET /v1/models)
  --endpoint KIND           completions (default) or chat
  --api-key KEY             bearer key for the target (env OPENAI_API_KEY)
  --request-timeout S       abort one request after S seconds (default 600)
  --no-ignore-eos           do not send vLLM's ignore_eos=true
Load profile (GuideLLM-like)
  --profile P               synchronous (default) | concurrent | throughput | constant | poisson | sweep
  --concurrency N[,N..]     users for "concurrent" (one run per value)
  --rate R[,R..]            requests/s for "constant" / "poisson" (one run per value)
  --max-concurrency N       cap of requests in flight for throughput, rates and sweep (default 256)
  --sweep-points K          rates between synchronous and throughput in a sweep (default 4)
  --sweep-rate-type T       constant (default) or poisson
  --max-requests N          stop each run after N requests
  --max-seconds S           stop each run after S seconds (one of the two limits is needed)
Data
  --input-tokens N          synthetic prompts of N tokens (default: a small built-in prompt set)
  --output-tokens N         max_tokens per request (default 128)
  --seed N                  seed of prompts and Poisson arrivals (default 0)
SLO (any of metric ttft|itl|tpot|e2e and stat mean|p50|p90|p95|p99)
  --slo-ttft-p95-ms MS      e.g. also --slo-itl-p95-ms, --slo-e2e-p99-ms
Output
  --output FILE             JSON report (vllm bench serve layout + llm_planner block)
  --post-to URL             POST the report to a backend (see --post-as)
  --post-as KIND            report (default): POST the JSON report to URL as given;
                            benchmarks: import it into the llm-planner backend at URL (base URL,
                              e.g. http://localhost:7007): POST /api/llm-planner/v1/benchmarks/imports,
                              format vllm-bench-serve; needs --gpu (platform team token)
                            outcome: record every run as an outcome of --deployment-id:
                              POST /api/llm-planner/v1/deployments/ID/outcomes (prints the error
                              vs the prediction the backend answers with)
  --deployment-id ID        deployment of --post-as outcome
  --token TOKEN             Backstage token for --post-to (env LOADTEST_TOKEN)
  --dataset TEXT            dataset name of the benchmark import (default: profile, model, date)
  --gpu G --gpu-count N --tp N --engine E --engine-version V --precision P
                            hardware context of the benchmark import (gpu-count default: tp, else 1)
  --metadata K=V            extra top-level key (repeatable), e.g. gpu=H100-SXM-80GB
  --label TEXT              label of the run
  --no-samples              leave per-request samples out of the report
  --no-progress             no progress output on stderr
  --progress-interval S     seconds between progress lines when stderr is not a TTY (default 5)`;

export type LoadtestOptions = {
  target: string;
  model?: string;
  endpoint: Endpoint;
  apiKey?: string;
  requestTimeoutS: number;
  ignoreEos: boolean;
  profile: ProfileSpec;
  limits: Limits;
  inputTokens?: number;
  outputTokens: number;
  seed: number;
  slo: SloTarget[];
  output?: string;
  postTo?: string;
  postAs: PostAs;
  deploymentId?: string;
  dataset?: string;
  importContext: BenchmarkImportContext;
  token?: string;
  metadata: Record<string, string>;
  label?: string;
  includeSamples: boolean;
  progress: boolean;
  progressIntervalS: number;
};

function usageError(message: string): Error {
  return new Error(`${message}\n\n${LOADTEST_USAGE}`);
}

function positive(flag: string, raw: string, integer: boolean): number {
  const v = Number(raw);
  if (!Number.isFinite(v) || v <= 0 || (integer && !Number.isInteger(v))) {
    throw usageError(
      `${flag} must be a positive ${
        integer ? 'whole ' : ''
      }number (got "${raw}")`,
    );
  }
  return v;
}

function list(flag: string, raw: string, integer: boolean): number[] {
  return raw.split(',').map(x => positive(flag, x.trim(), integer));
}

/** Flags that take one value (the last one given wins). */
const VALUED_FLAGS = [
  'target',
  'model',
  'endpoint',
  'api-key',
  'request-timeout',
  'profile',
  'concurrency',
  'rate',
  'max-concurrency',
  'sweep-points',
  'sweep-rate-type',
  'max-requests',
  'max-seconds',
  'input-tokens',
  'output-tokens',
  'seed',
  'output',
  'post-to',
  'post-as',
  'deployment-id',
  'dataset',
  'gpu',
  'gpu-count',
  'tp',
  'engine',
  'engine-version',
  'precision',
  'token',
  'label',
  'progress-interval',
];

function sloTarget(flag: string, value: string): SloTarget {
  try {
    return parseSloFlag(flag, value)!;
  } catch (e) {
    throw usageError((e as Error).message);
  }
}

type RawFlags = Record<string, string>;

/** The flags as given: one value per valued flag, the SLO targets and the metadata pairs. */
function collectFlags(argv: string[]): {
  raw: RawFlags;
  slo: SloTarget[];
  metadata: Record<string, string>;
} {
  const raw: RawFlags = {};
  const slo: SloTarget[] = [];
  const metadata: Record<string, string> = {};
  const given = readFlags(
    argv,
    {
      valued: [...VALUED_FLAGS, ...SLO_FLAGS, 'metadata'],
      switches: ['no-ignore-eos', 'no-samples', 'no-progress'],
    },
    usageError,
  );
  for (const { flag, value } of given) {
    if (flag === '--help') throw new Error(LOADTEST_USAGE);
    if (flag.startsWith('--slo-')) {
      slo.push(sloTarget(flag, value));
    } else if (flag === '--metadata') {
      const eq = value.indexOf('=');
      if (eq <= 0) throw usageError('--metadata needs KEY=VALUE');
      metadata[value.slice(0, eq)] = value.slice(eq + 1);
    } else {
      raw[flag] = value;
    }
  }
  return { raw, slo, metadata };
}

function requireHttpUrl(flag: string, value: string): void {
  try {
    const u = new URL(value);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error();
  } catch {
    throw usageError(`${flag} must be an http(s) URL (got "${value}")`);
  }
}

/** A positive number flag, or `fallback` when it is not given. */
function positiveOr<T extends number | undefined>(
  raw: RawFlags,
  flag: string,
  integer: boolean,
  fallback: T,
): number | T {
  return raw[flag] ? positive(flag, raw[flag], integer) : fallback;
}

function parseEndpoint(raw: RawFlags): Endpoint {
  const endpoint = (raw['--endpoint'] ?? 'completions') as Endpoint;
  if (endpoint !== 'completions' && endpoint !== 'chat') {
    throw usageError('--endpoint must be completions or chat');
  }
  return endpoint;
}

function parseProfile(raw: RawFlags): ProfileSpec {
  const maxConcurrency = positiveOr(raw, '--max-concurrency', true, 256);
  const kind = raw['--profile'] ?? 'synchronous';
  switch (kind) {
    case 'synchronous':
      return { type: 'synchronous' };
    case 'throughput':
      return { type: 'throughput', maxConcurrency };
    case 'concurrent':
      if (!raw['--concurrency'])
        throw usageError('--profile concurrent needs --concurrency');
      return {
        type: 'concurrent',
        streams: list('--concurrency', raw['--concurrency'], true),
      };
    case 'constant':
    case 'poisson':
      if (!raw['--rate']) throw usageError(`--profile ${kind} needs --rate`);
      return {
        type: kind,
        rates: list('--rate', raw['--rate'], false),
        maxConcurrency: raw['--max-concurrency'] ? maxConcurrency : undefined,
      };
    case 'sweep': {
      const rateType = raw['--sweep-rate-type'] ?? 'constant';
      if (rateType !== 'constant' && rateType !== 'poisson') {
        throw usageError('--sweep-rate-type must be constant or poisson');
      }
      return {
        type: 'sweep',
        points: positiveOr(raw, '--sweep-points', true, 4),
        maxConcurrency,
        rateType,
      };
    }
    default:
      throw usageError(`unknown --profile ${kind}`);
  }
}

function parseLimits(raw: RawFlags): Limits {
  const limits: Limits = {
    maxRequests: positiveOr(raw, '--max-requests', true, undefined),
    maxSeconds: positiveOr(raw, '--max-seconds', false, undefined),
  };
  if (limits.maxRequests === undefined && limits.maxSeconds === undefined) {
    throw usageError('give --max-requests or --max-seconds');
  }
  return limits;
}

/** What to do with the report, checked against the flags each kind needs. */
function parsePostAs(raw: RawFlags): PostAs {
  const postAs = (raw['--post-as'] ?? 'report') as PostAs;
  if (!['report', 'benchmarks', 'outcome'].includes(postAs)) {
    throw usageError('--post-as must be report, benchmarks or outcome');
  }
  if (raw['--post-as'] && !raw['--post-to']) {
    throw usageError('--post-as needs --post-to');
  }
  if (raw['--post-to']) requireHttpUrl('--post-to', raw['--post-to']);
  if (postAs === 'outcome' && !raw['--deployment-id']) {
    throw usageError('--post-as outcome needs --deployment-id');
  }
  if (postAs === 'benchmarks' && !raw['--gpu']) {
    throw usageError(
      '--post-as benchmarks needs --gpu (a report does not record the hardware)',
    );
  }
  return postAs;
}

function parseImportContext(raw: RawFlags): BenchmarkImportContext {
  const tp = positiveOr(raw, '--tp', true, undefined);
  const defaultGpuCount = raw['--gpu'] ? tp ?? 1 : undefined;
  return {
    gpu: raw['--gpu'],
    gpuCount: positiveOr(raw, '--gpu-count', true, defaultGpuCount),
    tensorParallel: tp,
    engine: raw['--engine'],
    engineVersion: raw['--engine-version'],
    precision: raw['--precision'],
  };
}

function parseSeed(raw: RawFlags): number {
  const seed = raw['--seed'] ? Number(raw['--seed']) : 0;
  if (!Number.isInteger(seed) || seed < 0)
    throw usageError('--seed must be a whole number');
  return seed;
}

/** Parses load tester flags; throws a message with the usage for the user. */
export function parseLoadtestArgs(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): LoadtestOptions {
  const { raw, slo, metadata } = collectFlags(argv);
  const target = raw['--target'] ?? env.LOADTEST_TARGET;
  if (!target) throw usageError('--target is required');
  requireHttpUrl('--target', target);
  const endpoint = parseEndpoint(raw);
  const profile = parseProfile(raw);
  const limits = parseLimits(raw);
  const postAs = parsePostAs(raw);
  const importContext = parseImportContext(raw);
  const seed = parseSeed(raw);
  return {
    target,
    model: raw['--model'],
    endpoint,
    apiKey: raw['--api-key'] ?? env.OPENAI_API_KEY,
    requestTimeoutS: positiveOr(raw, '--request-timeout', false, 600),
    ignoreEos: raw['--no-ignore-eos'] !== 'true',
    profile,
    limits,
    inputTokens: positiveOr(raw, '--input-tokens', true, undefined),
    outputTokens: positiveOr(raw, '--output-tokens', true, 128),
    seed,
    slo,
    output: raw['--output'],
    postTo: raw['--post-to'],
    postAs,
    deploymentId: raw['--deployment-id'],
    dataset: raw['--dataset'],
    importContext,
    token: raw['--token'] ?? env.LOADTEST_TOKEN,
    metadata,
    label: raw['--label'],
    includeSamples: raw['--no-samples'] !== 'true',
    progress: raw['--no-progress'] !== 'true',
    progressIntervalS: positiveOr(raw, '--progress-interval', false, 5),
  };
}

export type LoadtestIo = {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
};

/** Runs a load test: measures, prints the summary, writes and posts the report. */
export async function runLoadtest(
  options: LoadtestOptions,
  io: LoadtestIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<RunReport[]> {
  const model =
    options.model ?? (await discoverModel(options.target, options.apiKey));
  const progress = createProgress({
    stream: io.stderr,
    intervalS: options.progressIntervalS,
    enabled: options.progress,
  });
  let results;
  try {
    results = await runProfile(options.profile, {
      target: {
        target: options.target,
        model,
        endpoint: options.endpoint,
        apiKey: options.apiKey,
        ignoreEos: options.ignoreEos,
        requestTimeoutMs: options.requestTimeoutS * 1000,
      },
      prompts: createPromptSource({
        inputTokens: options.inputTokens,
        outputTokens: options.outputTokens,
        seed: options.seed,
      }),
      limits: options.limits,
      seed: options.seed,
      onProgress: e => progress.update(e),
    });
  } finally {
    progress.done();
    closeClientSockets();
  }
  const ctx: ReportContext = {
    target: options.target,
    model,
    endpoint: options.endpoint,
    profile: options.profile.type,
    inputTokens: options.inputTokens,
    outputTokens: options.outputTokens,
    limits: options.limits,
    slo: options.slo,
    metadata: options.metadata,
    label: options.label,
    includeSamples: options.includeSamples,
  };
  const report = buildReport(results, ctx);
  const reports = Array.isArray(report) ? report : [report];
  io.stdout.write(`${formatSummaryTable(reports)}\n`);
  if (options.output) {
    fs.writeFileSync(options.output, `${JSON.stringify(report, null, 2)}\n`);
    io.stdout.write(`report written to ${options.output}\n`);
  }
  if (options.postTo) {
    const posted = await postToBackend(report, {
      url: options.postTo,
      as: options.postAs,
      token: options.token,
      deploymentId: options.deploymentId,
      dataset: options.dataset,
      context: {
        ...options.importContext,
        fileName: options.output,
      },
    });
    for (const p of posted) io.stdout.write(`${p.summary}\n`);
  }
  return reports;
}

/** Entry point of `llm-loadtest` and `inference-simulator loadtest`. */
export async function loadtestMain(argv: string[]): Promise<void> {
  let options: LoadtestOptions;
  try {
    options = parseLoadtestArgs(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(2);
  }
  try {
    const reports = await runLoadtest(options);
    const completed = reports.reduce(
      (s, r) => s + r.llm_planner.requests.completed,
      0,
    );
    process.exitCode = completed > 0 ? 0 : 1;
  } catch (e) {
    process.stderr.write(`llm-loadtest: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
