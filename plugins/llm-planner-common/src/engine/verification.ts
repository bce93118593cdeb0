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
]);

/**
 * Whether a recommendation rests on estimates: its numbers are `estimated` (the roofline of
 * model and GPU) or `transferred` (a measured point moved to another token shape or load by
 * the roofline ratio), so no benchmark run measured this configuration at this shape.
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
  const inputTokens = Math.max(1, Math.round(plan.workload.inputTokens.mean));
  const outputTokens = Math.max(1, Math.round(plan.workload.outputTokens.mean));
  const loads = verificationLoads(rec.capacityConcurrencyPerReplica);
  const service =
    options.serviceName ?? toDnsLabel(options.title ?? '', 'llm-service', 52);
  const host = options.namespace
    ? `${service}.${options.namespace}.svc.cluster.local`
    : service;
  const target = options.target ?? `http://${host}:${INFERENCE_PORT}`;
  const model = rec.hfId;
  const file = toDnsLabel(service, 'llm-service', 52);
  const seconds = VERIFICATION_SECONDS;

  // the hardware, as the vllm bench serve importer reads it from --metadata keys
  const metadata = [
    `gpu=${rec.gpuId}`,
    `gpu_count=${rec.tp}`,
    `tensor_parallel=${rec.tp}`,
    `engine=${rec.engine}`,
    `precision=${rec.precision}`,
    `input_len=${inputTokens}`,
    `output_len=${outputTokens}`,
  ];

  const guidellm = command([
    'guidellm',
    'benchmark',
    'run',
    '--target',
    target,
    '--model',
    sh(model),
    '--profile',
    'concurrent',
    '--rate',
    loads.join(','),
    '--data',
    `"prompt_tokens=${inputTokens},output_tokens=${outputTokens}"`,
    '--max-seconds',
    seconds,
    '--output-dir',
    '.',
    '--outputs',
    `guidellm-${file}.json`,
  ]);

  const vllmBenchServe = [
    `for c in ${loads.join(' ')}; do`,
    command(
      [
        '  vllm',
        'bench',
        'serve',
        '--backend',
        'vllm',
        '--base-url',
        target,
        '--model',
        sh(model),
        '--dataset-name',
        'random',
        '--random-input-len',
        inputTokens,
        '--random-output-len',
        outputTokens,
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
        `vllm-bench-${file}.jsonl`,
        '--metadata',
        ...metadata,
      ],
      '    ',
    ),
    'done',
  ].join('\n');

  const slo = plan.workload.slo;
  const sloFlags: (string | number)[] = [];
  for (const [metric, ms] of [
    ['ttft', slo.ttftMs],
    ['itl', slo.itlMs],
    ['e2e', slo.e2eMs],
  ] as const) {
    if (ms !== null) sloFlags.push(`--slo-${metric}-${slo.percentile}-ms`, ms);
  }
  const loadtest = (url: string, output: string, extra: string[] = []) =>
    command([
      'node',
      'packages/inference-simulator/bin/llm-loadtest',
      '--target',
      url,
      '--model',
      sh(model),
      '--profile',
      'concurrent',
      '--concurrency',
      loads.join(','),
      '--max-seconds',
      seconds,
      '--input-tokens',
      inputTokens,
      '--output-tokens',
      outputTokens,
      ...sloFlags,
      ...extra,
      '--output',
      output,
    ]);
  const maxModelLen = maxModelLenFor(plan.workload).value;
  const kvCacheTokens = kvCacheTokensFor(rec, maxModelLen);
  const simulator = command([
    'node',
    'packages/inference-simulator/bin/inference-simulator',
    '--model',
    sh(model),
    '--gpu',
    rec.gpuId,
    '--tp',
    rec.tp,
    '--engine',
    sh(rec.engine),
    '--precision',
    rec.precision,
    '--input-tokens',
    inputTokens,
    '--output-tokens',
    outputTokens,
    '--max-num-seqs',
    maxNumSeqsFor(rec),
    ...(kvCacheTokens ? ['--kv-cache-tokens', String(kvCacheTokens)] : []),
    '--max-model-len',
    maxModelLen,
    '--port',
    INFERENCE_PORT,
    '&',
  ]);
  const loadTester = [
    '# 1. rehearse on a CPU: the simulator is timed as this configuration by the same estimate,',
    '#    so its report checks the run, not the estimate (do not import it)',
    simulator,
    loadtest(
      `http://127.0.0.1:${INFERENCE_PORT}`,
      `loadtest-${file}-simulator.json`,
    ),
    '# 2. measure: the same loads against one replica of the configuration on its GPUs',
    loadtest(
      target,
      `loadtest-${file}.json`,
      metadata.flatMap(m => ['--metadata', m]),
    ),
  ].join('\n');

  const importHint =
    `Import the report into the knowledge base: the platform team imports it in Benchmark admin › Import ` +
    `as "GuideLLM JSON" (guidellm-${file}.json) or "vllm bench serve JSON" ` +
    `(vllm-bench-${file}.jsonl, or the load tester's loadtest-${file}.json) with GPU ${rec.gpuId}, ` +
    `GPU count ${rec.tp} (one replica), tensor parallel ${rec.tp} and engine ${rec.engine}; ` +
    `other teams send the file to the platform team. The load tester can also import it itself ` +
    `(--post-to <backend URL> --post-as benchmarks --gpu ${rec.gpuId} --tp ${rec.tp} --engine ${rec.engine} ` +
    `--precision ${rec.precision}, platform team token). Once imported, this plan shows what changed ` +
    `when re-planned with the measured data.`;

  return {
    reason: reasonFor(plan, rec),
    loads,
    inputTokens,
    outputTokens,
    target,
    guidellm,
    vllmBenchServe,
    loadTester,
    importHint,
  };
}
