/**
 * A tiny Prometheus registry rendering the text exposition format 0.0.4, with the metric names
 * vLLM's OpenAI server exposes (so dashboards, KEDA and HPA rules work unchanged).
 */

type Labels = Record<string, string>;

function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function renderLabels(labels: Labels, extra?: [string, string]): string {
  const parts = Object.entries(labels).map(
    ([k, v]) => `${k}="${escapeLabel(v)}"`,
  );
  if (extra) parts.push(`${extra[0]}="${escapeLabel(extra[1])}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
}

function formatValue(v: number): string {
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  if (Number.isNaN(v)) return 'NaN';
  return Number.isInteger(v) ? `${v}.0` : String(v);
}

interface Metric {
  render(): string;
}

/** Monotonic counter; `name` includes the `_total` suffix, as vLLM prints it. */
export class Counter implements Metric {
  /** Value per extra label value ('' when the counter has only the fixed labels). */
  private readonly values = new Map<string, number>();
  value = 0;
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly labels: Labels,
    /** Name of an extra label (e.g. `finished_reason`), kept apart from the fast path. */
    private readonly extraLabel?: string,
  ) {}
  inc(by = 1) {
    this.value += by;
  }
  incLabelled(extraValue: string, by = 1) {
    this.values.set(extraValue, (this.values.get(extraValue) ?? 0) + by);
  }
  get(extraValue?: string): number {
    return extraValue === undefined
      ? this.value
      : this.values.get(extraValue) ?? 0;
  }
  render() {
    const lines = [
      `# HELP ${this.name} ${this.help}`,
      `# TYPE ${this.name} counter`,
    ];
    if (this.extraLabel) {
      for (const [v, n] of this.values) {
        lines.push(
          `${this.name}${renderLabels(this.labels, [
            this.extraLabel,
            v,
          ])} ${formatValue(n)}`,
        );
      }
    } else {
      lines.push(
        `${this.name}${renderLabels(this.labels)} ${formatValue(this.value)}`,
      );
    }
    return lines.join('\n');
  }
}

/** Gauge whose value is read when scraped. */
export class Gauge implements Metric {
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly labels: Labels,
    private readonly read: () => number,
  ) {}
  render() {
    return [
      `# HELP ${this.name} ${this.help}`,
      `# TYPE ${this.name} gauge`,
      `${this.name}${renderLabels(this.labels)} ${formatValue(this.read())}`,
    ].join('\n');
  }
}

/** Cumulative histogram with fixed upper bounds (seconds). */
export class Histogram implements Metric {
  private readonly counts: number[];
  private sum = 0;
  private count = 0;
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly labels: Labels,
    readonly buckets: number[],
  ) {
    this.counts = new Array(buckets.length).fill(0);
  }
  observe(v: number, times = 1) {
    this.sum += v * times;
    this.count += times;
    // first bucket whose bound holds v; counts are made cumulative when rendered
    let lo = 0;
    let hi = this.buckets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.buckets[mid] >= v) hi = mid;
      else lo = mid + 1;
    }
    if (lo < this.buckets.length) this.counts[lo] += times;
  }
  get observations() {
    return { count: this.count, sum: this.sum };
  }
  render() {
    const lines = [
      `# HELP ${this.name} ${this.help}`,
      `# TYPE ${this.name} histogram`,
    ];
    let cumulative = 0;
    this.buckets.forEach((b, i) => {
      cumulative += this.counts[i];
      lines.push(
        `${this.name}_bucket${renderLabels(this.labels, [
          'le',
          formatValue(b),
        ])} ${formatValue(cumulative)}`,
      );
    });
    lines.push(
      `${this.name}_bucket${renderLabels(this.labels, [
        'le',
        '+Inf',
      ])} ${formatValue(this.count)}`,
      `${this.name}_sum${renderLabels(this.labels)} ${formatValue(this.sum)}`,
      `${this.name}_count${renderLabels(this.labels)} ${formatValue(
        this.count,
      )}`,
    );
    return lines.join('\n');
  }
}

/** Bucket bounds vLLM uses (seconds). */
export const TTFT_BUCKETS = [
  0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5,
  7.5, 10, 20, 40, 80, 160, 640, 2560,
];
export const ITL_BUCKETS = [
  0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1, 2.5, 5, 7.5,
  10, 20, 40, 80,
];
export const E2E_BUCKETS = [
  0.3, 0.5, 0.8, 1, 1.5, 2, 2.5, 5, 10, 15, 20, 30, 40, 50, 60, 120, 240, 480,
  960, 1920, 7680,
];

/** What the engine reports to its metrics. */
export type EngineGauges = {
  running(): number;
  waiting(): number;
  kvUsage(): number;
};

/** The vLLM metric set of one served model. */
export class SimulatorMetrics {
  readonly ttft: Histogram;
  readonly itl: Histogram;
  readonly tpot: Histogram;
  readonly e2e: Histogram;
  readonly promptTokens: Counter;
  readonly generationTokens: Counter;
  readonly requestSuccess: Counter;
  private readonly metrics: Metric[];

  constructor(private readonly modelName: string, gauges: EngineGauges) {
    const l = { model_name: modelName };
    this.ttft = new Histogram(
      'vllm:time_to_first_token_seconds',
      'Histogram of time to first token in seconds.',
      l,
      TTFT_BUCKETS,
    );
    this.itl = new Histogram(
      'vllm:inter_token_latency_seconds',
      'Histogram of inter-token latency in seconds.',
      l,
      ITL_BUCKETS,
    );
    this.tpot = new Histogram(
      'vllm:time_per_output_token_seconds',
      'Histogram of time per output token in seconds.',
      l,
      ITL_BUCKETS,
    );
    this.e2e = new Histogram(
      'vllm:e2e_request_latency_seconds',
      'Histogram of end to end request latency in seconds.',
      l,
      E2E_BUCKETS,
    );
    this.promptTokens = new Counter(
      'vllm:prompt_tokens_total',
      'Number of prefill tokens processed.',
      l,
    );
    this.generationTokens = new Counter(
      'vllm:generation_tokens_total',
      'Number of generation tokens processed.',
      l,
    );
    this.requestSuccess = new Counter(
      'vllm:request_success_total',
      'Count of successfully processed requests.',
      l,
      'finished_reason',
    );
    const kvHelp =
      'KV-cache usage. 1 means 100 percent usage (tokens reserved / KV budget).';
    this.metrics = [
      new Gauge(
        'vllm:num_requests_running',
        'Number of requests in model execution batches.',
        l,
        gauges.running,
      ),
      new Gauge(
        'vllm:num_requests_waiting',
        'Number of requests waiting to be processed.',
        l,
        gauges.waiting,
      ),
      new Gauge('vllm:gpu_cache_usage_perc', kvHelp, l, gauges.kvUsage),
      new Gauge('vllm:kv_cache_usage_perc', kvHelp, l, gauges.kvUsage),
      this.promptTokens,
      this.generationTokens,
      this.requestSuccess,
      this.ttft,
      this.itl,
      this.tpot,
      this.e2e,
    ];
  }

  get labels() {
    return { model_name: this.modelName };
  }

  render(): string {
    return `${this.metrics.map(m => m.render()).join('\n')}\n`;
  }
}
