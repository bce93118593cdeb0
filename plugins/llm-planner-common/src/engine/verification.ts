/**
 * "Verify before approve": when a recommendation rests on estimates, the exact benchmark that
 * confirms it. Pure and isomorphic: builds command lines, runs nothing.
 */
import {
  INFERENCE_PORT,
  kvCacheTokensFor,
  maxModelLenFor,
  maxNumSeqsFor,
} from '../manifests/render';
import { toDnsLabel } from '../manifests/names';
import type { Plan, ProvenanceKind, Recommendation } from './schemas';

/** Provenance that is not a measurement of the recommended configuration. */
const ESTIMATE_KINDS: ReadonlySet<ProvenanceKind> = new Set<ProvenanceKind>([
  'estimated',
  'transferred',
  'sibling',
]);

/**
 * Whether a recommendation rests on estimates: its numbers are `estimated` (the roofline of
 * model and GPU), `transferred` (a measured point moved to another token shape or load by
 * the roofline ratio) or `sibling` (a measured point of another precision moved by the ratio), so no benchmark run measured this configuration at this shape.
 * @public
 */
export function restsOnEstimates(rec: Recommendation): boolean {
  return ESTIMATE_KINDS.has(rec.provenance);
}

/** Multiples of the per-replica capacity the verification runs at. @public */
export const VERIFICATION_LOAD_FACTORS = [0.5, 0.75, 1, 1.25, 1.5] as const;

/** Seconds each load of the verification runs. @public */
export const VERIFICATION_SECONDS = 120;

/**
 * Closed-loop concurrencies around a per-replica capacity: {@link VERIFICATION_LOAD_FACTORS}
 * times it, rounded, at least 1, without duplicates, ascending.
 * @public
 */
export function verificationLoads(capacityPerReplica: number): number[] {
  const c =
    Number.isFinite(capacityPerReplica) && capacityPerReplica > 0
      ? capacityPerReplica
      : 1;
  const loads = VERIFICATION_LOAD_FACTORS.map(f =>
    Math.max(1, Math.round(c * f)),
  );
  return [...new Set(loads)].sort((a, b) => a - b);
}

/** Where the verification runs; every field has a default derived from the plan. @public */
export type VerificationOptions = {
  /**
   * Title of the stored plan: the Service name is derived from it as the plan page's
   * manifests derive it (`toDnsLabel(title, 'llm-service', 52)`).
   */
  title?: string;
  /** Service name to target instead of the one derived from `title`. */
  serviceName?: string;
  /** Team namespace of the Service; with it the target is the cluster-wide DNS name. */
  namespace?: string;
  /** Base URL of the endpoint under test instead of the Service. */
  target?: string;
};

/** The benchmark that confirms a recommendation, ready to copy. @public */
export type VerificationCommands = {
  /** Why to run it: what the recommendation's numbers rest on. */
  reason: string;
  /** Closed-loop concurrencies (requests in flight on one replica). */
  loads: number[];
  /** Token shape of the runs: the plan's mean input and output tokens. */
  inputTokens: number;
  outputTokens: number;
  /** Base URL the GuideLLM and vLLM commands target. */
  target: string;
  /** GuideLLM (v0.4 and later) run at every load, one JSON report. */
  guidellm: string;
  /** `vllm bench serve` at every load (shell loop), results appended as JSON Lines. */
  vllmBenchServe: string;
  /** The in-repo simulator and load tester: a rehearsal on a CPU, then the real run. */
  loadTester: string;
  /** How the result gets into the knowledge base. */
  importHint: string;
};

/** Quotes a shell word when it holds anything but plain characters. */
function sh(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word)
    ? word
    : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Joins shell words into one command, continued over lines of at most ~90 characters. */
function command(words: (string | number)[], indent = '  '): string {
  const lines: string[] = [];
  let line = '';
  let previous = '';
  const isFlag = (w: string) => /^--?[a-z]/i.test(w);
  for (const w of words.map(String)) {
    // a value stays with its flag; a flag, or a further value, may start a new line
    const breakable = isFlag(w) || (previous !== '' && !isFlag(previous));
    previous = w;
    if (line && breakable && line.length + w.length > 80) {
      lines.push(line);
      line = indent + w;
    } else {
      line = line ? `${line} ${w}` : w;
    }
  }
  lines.push(line);
  return lines.join(' \\\n');
}

function describe(rec: Recommendation): string {
  return `${rec.modelId} (${rec.precision}) on ${rec.tp}x ${rec.gpuId}, TP${rec.tp}, ${rec.engine}`;
}

function reasonFor(plan: Plan, rec: Recommendation): string {
  const pct = plan.workload.slo.percentile;
  const margins = rec.margins
    .map(m => `${m.metric.toUpperCase()} ${m.provenance}`)
    .join(', ');
  let what = `its numbers are ${rec.provenance}`;
  if (rec.provenance === 'transferred')
    what =
      'it was measured only at another token shape or load, and its numbers were moved to this shape by the roofline ratio';
  else if (rec.provenance === 'sibling')
    what =
      'it was not measured, but the same model on the same GPU and serving engine was at another precision, and those numbers were moved to this configuration by the roofline ratio';
  else if (rec.provenance === 'estimated')
    what =
      'no benchmark run measured it: its numbers are the roofline estimate of model and GPU';
  return (
    `${describe(rec)}: ${what}. ` +
    `The capacity of ${
      Math.round(rec.capacityConcurrencyPerReplica * 10) / 10
    } requests in flight per replica, ` +
    `hence ${rec.replicas} replica${
      rec.replicas === 1 ? '' : 's'
    }, and the ${pct} SLO margins (${margins || 'none'}) ` +
    `follow from that, so run the benchmark below on one replica of this configuration before approving.`
  );
}

/** What every command of one verification shares. */
type VerificationRun = {
  plan: Plan;
  rec: Recommendation;
  /** Hugging Face id the endpoint serves */
  model: string;
  target: string;
  /** file-name stem of the reports */
  file: string;
  loads: number[];
  inputTokens: number;
  outputTokens: number;
  seconds: number;
  /** the hardware, as the vllm bench serve importer reads it from --metadata keys */
  metadata: string[];
};

function verificationRun(
  plan: Plan,
  rec: Recommendation,
  options: VerificationOptions,
): VerificationRun {
  const inputTokens = Math.max(1, Math.round(plan.workload.inputTokens.mean));
  const outputTokens = Math.max(1, Math.round(plan.workload.outputTokens.mean));
  const service =
    options.serviceName ?? toDnsLabel(options.title ?? '', 'llm-service', 52);
  const host = options.namespace
    ? `${service}.${options.namespace}.svc.cluster.local`
    : service;
  return {
    plan,
    rec,
    model: rec.hfId,
    target: options.target ?? `http://${host}:${INFERENCE_PORT}`,
    file: toDnsLabel(service, 'llm-service', 52),
    loads: verificationLoads(rec.capacityConcurrencyPerReplica),
    inputTokens,
    outputTokens,
    seconds: VERIFICATION_SECONDS,
    metadata: [
      `gpu=${rec.gpuId}`,
      `gpu_count=${rec.tp}`,
      `tensor_parallel=${rec.tp}`,
      `engine=${rec.engine}`,
      `precision=${rec.precision}`,
      `input_len=${inputTokens}`,
      `output_len=${outputTokens}`,
    ],
  };
}

function guidellmCommand(run: VerificationRun): string {
  return command([
    'guidellm',
    'benchmark',
    'run',
    '--target',
    run.target,
    '--model',
    sh(run.model),
    '--profile',
    'concurrent',
    '--rate',
    run.loads.join(','),
    '--data',
    `"prompt_tokens=${run.inputTokens},output_tokens=${run.outputTokens}"`,
    '--max-seconds',
    run.seconds,
    '--output-dir',
    '.',
    '--outputs',
    `guidellm-${run.file}.json`,
  ]);
}

function vllmBenchServeCommand(run: VerificationRun): string {
  return [
    `for c in ${run.loads.join(' ')}; do`,
    command(
      [
        '  vllm',
        'bench',
        'serve',
        '--backend',
        'vllm',
        '--base-url',
        run.target,
        '--model',
        sh(run.model),
        '--dataset-name',
        'random',
        '--random-input-len',
        run.inputTokens,
        '--random-output-len',
        run.outputTokens,
        '--ignore-eos',
        '--max-concurrency',
        '"$c"',
        '--num-prompts',
        '"$((c * 10 + 50))"',
        '--percentile-metrics',
        'ttft,tpot,itl,e2el',
        '--metric-percentiles',
        '50,90,95,99',
        '--save-result',
        '--append-result',
        '--result-dir',
        '.',
        '--result-filename',
        `vllm-bench-${run.file}.jsonl`,
        '--metadata',
        ...run.metadata,
      ],
      '    ',
    ),
    'done',
  ].join('\n');
}

/** the plan's SLO as load-tester flags, so its report states attainment */
function sloFlagsOf(plan: Plan): (string | number)[] {
  const slo = plan.workload.slo;
  const sloFlags: (string | number)[] = [];
  for (const [metric, ms] of [
    ['ttft', slo.ttftMs],
    ['itl', slo.itlMs],
    ['e2e', slo.e2eMs],
  ] as const) {
    if (ms !== null) sloFlags.push(`--slo-${metric}-${slo.percentile}-ms`, ms);
  }
  return sloFlags;
}

function loadtestCommand(
  run: VerificationRun,
  url: string,
  output: string,
  extra: string[] = [],
): string {
  return command([
    'node',
    'packages/inference-simulator/bin/llm-loadtest',
    '--target',
    url,
    '--model',
    sh(run.model),
    '--profile',
    'concurrent',
    '--concurrency',
    run.loads.join(','),
    '--max-seconds',
    run.seconds,
    '--input-tokens',
    run.inputTokens,
    '--output-tokens',
    run.outputTokens,
    ...sloFlagsOf(run.plan),
    ...extra,
    '--output',
    output,
  ]);
}

function simulatorCommand(run: VerificationRun): string {
  const { rec } = run;
  const maxModelLen = maxModelLenFor(run.plan.workload).value;
  const kvCacheTokens = kvCacheTokensFor(rec, maxModelLen);
  return command([
    'node',
    'packages/inference-simulator/bin/inference-simulator',
    '--model',
    sh(run.model),
    '--gpu',
    rec.gpuId,
    '--tp',
    rec.tp,
    '--engine',
    sh(rec.engine),
    '--precision',
    rec.precision,
    '--input-tokens',
    run.inputTokens,
    '--output-tokens',
    run.outputTokens,
    '--max-num-seqs',
    maxNumSeqsFor(rec),
    ...(kvCacheTokens ? ['--kv-cache-tokens', String(kvCacheTokens)] : []),
    '--max-model-len',
    maxModelLen,
    '--port',
    INFERENCE_PORT,
    '&',
  ]);
}

function loadTesterScript(run: VerificationRun): string {
  const { file } = run;
  return [
    '# 1. rehearse on a CPU: the simulator is timed as this configuration by the same estimate,',
    '#    so its report checks the run, not the estimate (do not import it)',
    simulatorCommand(run),
    loadtestCommand(
      run,
      `http://127.0.0.1:${INFERENCE_PORT}`,
      `loadtest-${file}-simulator.json`,
    ),
    '# 2. measure: the same loads against one replica of the configuration on its GPUs',
    loadtestCommand(
      run,
      run.target,
      `loadtest-${file}.json`,
      run.metadata.flatMap(m => ['--metadata', m]),
    ),
  ].join('\n');
}

function importHintFor(rec: Recommendation, file: string): string {
  return (
    `Import the report into the knowledge base: the platform team imports it in Benchmark admin › Import ` +
    `as "GuideLLM JSON" (guidellm-${file}.json) or "vllm bench serve JSON" ` +
    `(vllm-bench-${file}.jsonl, or the load tester's loadtest-${file}.json) with GPU ${rec.gpuId}, ` +
    `GPU count ${rec.tp} (one replica), tensor parallel ${rec.tp} and engine ${rec.engine}; ` +
    `other teams send the file to the platform team. The load tester can also import it itself ` +
    `(--post-to <backend URL> --post-as benchmarks --gpu ${rec.gpuId} --tp ${rec.tp} --engine ${rec.engine} ` +
    `--precision ${rec.precision}, platform team token). Once imported, this plan shows what changed ` +
    `when re-planned with the measured data.`
  );
}

/**
 * The benchmark that confirms a recommendation: GuideLLM, `vllm bench serve` and the in-repo
 * load tester, each with the plan's mean token shape and closed-loop loads around the
 * recommendation's per-replica capacity ({@link verificationLoads}), against one replica of
 * the configuration (the loads are per replica). The target is the Service the plan's
 * manifests create (Deployment variant; the KServe variant's is `<name>-predictor`). The vLLM
 * and load-tester results carry the hardware as `--metadata`, which the vllm bench serve
 * importer reads; GuideLLM reports need it as import context.
 * @public
 */
export function verificationCommands(
  plan: Plan,
  rec: Recommendation,
  options: VerificationOptions = {},
): VerificationCommands {
  const run = verificationRun(plan, rec, options);
  return {
    reason: reasonFor(plan, rec),
    loads: run.loads,
    inputTokens: run.inputTokens,
    outputTokens: run.outputTokens,
    target: run.target,
    guidellm: guidellmCommand(run),
    vllmBenchServe: vllmBenchServeCommand(run),
    loadTester: loadTesterScript(run),
    importHint: importHintFor(rec, run.file),
  };
}
