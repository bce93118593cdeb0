import type { JsonSummary, RunReport } from './report';

/**
 * POSTs a report as JSON to a backend endpoint (the URL is a parameter: the backend's import
 * route is defined there), with an optional bearer token.
 */
export async function postReport(
  url: string,
  report: unknown,
  token?: string,
): Promise<{ status: number; body: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(report),
  });
  const body = await res.text();
  if (!res.ok) {
    throw new Error(
      `POST ${url} answered ${res.status}: ${body.slice(0, 300)}`,
    );
  }
  return { status: res.status, body };
}

/** What `--post-to` sends: the raw report, a benchmark import, or deployment outcomes. */
export type PostAs = 'report' | 'benchmarks' | 'outcome';

/** Hardware and engine of the measured endpoint, which a report does not record. */
export type BenchmarkImportContext = {
  gpu?: string;
  gpuCount?: number;
  tensorParallel?: number;
  engine?: string;
  engineVersion?: string;
  precision?: string;
  model?: string;
  fileName?: string;
};

/**
 * The llm-planner API base of a backend URL: `http://host:7007` and
 * `http://host:7007/api/llm-planner[/]` both give `http://host:7007/api/llm-planner`.
 */
export function plannerApiBase(url: string): string {
  const u = new URL(url);
  const p = u.pathname.replace(/\/+$/, '');
  u.pathname = /\/api\/llm-planner$/.test(p) ? p : `${p}/api/llm-planner`;
  return u.toString().replace(/\/+$/, '');
}

/** Body of `POST /v1/benchmarks/imports` for a report (one run or a sweep). */
export function benchmarkImportBody(
  report: RunReport | RunReport[],
  options: { dataset?: string; context: BenchmarkImportContext },
) {
  const first = Array.isArray(report) ? report[0] : report;
  const lp = first?.llm_planner;
  const dataset =
    options.dataset ??
    `llm-loadtest ${lp?.profile.type ?? ''} ${lp?.model ?? ''} ${
      lp?.started_at ?? ''
    }`.trim();
  const context = Object.fromEntries(
    Object.entries(options.context).filter(([, v]) => v !== undefined),
  );
  return {
    format: 'vllm-bench-serve' as const,
    dataset,
    content: JSON.stringify(report),
    context,
  };
}

const STATS = ['mean', 'p50', 'p90', 'p95', 'p99'] as const;

function stats(
  s: JsonSummary,
): Partial<Record<(typeof STATS)[number], number>> {
  const out: Partial<Record<(typeof STATS)[number], number>> = {};
  for (const k of STATS) {
    const v = s[k];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[k] = v;
  }
  return out;
}

/**
 * Body of `POST /v1/deployments/:id/outcomes` for one run: the load it ran at (closed loop:
 * concurrency; rate runs: the rate), mean token shape measured, and the latency statistics.
 * Null when the run completed nothing.
 */
export function outcomeBody(report: RunReport) {
  const lp = report.llm_planner;
  const completed = lp.requests.completed;
  if (completed === 0) return null;
  const s = lp.strategy;
  const loadProfile: {
    kind: 'synchronous' | 'concurrent' | 'constant' | 'poisson';
    concurrency?: number;
    rate?: number;
    inputTokens: number;
    outputTokens: number;
  } = {
    kind: 'synchronous',
    inputTokens: Math.max(
      1,
      Math.round(
        Number(report.total_input_tokens) / completed ||
          lp.data.prompt_tokens ||
          1,
      ),
    ),
    outputTokens: Math.max(
      1,
      Math.round(
        Number(report.total_output_tokens) / completed || lp.data.output_tokens,
      ),
    ),
  };
  switch (s.type) {
    case 'synchronous':
      loadProfile.concurrency = 1;
      break;
    case 'concurrent':
      loadProfile.kind = 'concurrent';
      loadProfile.concurrency = s.streams;
      break;
    case 'throughput':
      // as many in flight as the cap allowed: the highest concurrency actually reached
      loadProfile.kind = 'concurrent';
      loadProfile.concurrency = Math.max(
        1,
        Number(report.max_concurrent_requests) || s.maxConcurrency,
      );
      break;
    default:
      loadProfile.kind = s.type;
      loadProfile.rate = s.rate;
  }
  return {
    loadProfile,
    measured: {
      ttft: stats(lp.latency_ms.ttft),
      itl: stats(lp.latency_ms.itl),
      e2e: stats(lp.latency_ms.e2e),
      throughputRps: lp.throughput.requests_per_s,
      outputTokensPerS: lp.throughput.output_tokens_per_s,
      requests: completed,
      errors: lp.requests.failed,
    },
    source: 'loadtest' as const,
    measuredAt: lp.ended_at,
  };
}

/** One POST made by {@link postToBackend}, with the backend's answer. */
export type PostResult = {
  url: string;
  status: number;
  body: unknown;
  /** a one-line description for the summary */
  summary: string;
};

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const pct = (v: unknown) =>
  typeof v === 'number' && Number.isFinite(v)
    ? `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)} %`
    : '-';

/**
 * `--post-to` with `--post-as`: `report` POSTs the JSON report to the URL as given;
 * `benchmarks` imports it into the backend (`POST <base>/v1/benchmarks/imports`, format
 * `vllm-bench-serve`, with the hardware context); `outcome` records every run as a measured
 * outcome of a deployment (`POST <base>/v1/deployments/<id>/outcomes`), and the backend
 * answers with the prediction and the relative error per metric.
 */
export async function postToBackend(
  report: RunReport | RunReport[],
  options: {
    url: string;
    as: PostAs;
    token?: string;
    deploymentId?: string;
    dataset?: string;
    context?: BenchmarkImportContext;
  },
): Promise<PostResult[]> {
  if (options.as === 'report') {
    const r = await postReport(options.url, report, options.token);
    return [
      {
        url: options.url,
        status: r.status,
        body: parseBody(r.body),
        summary: `report posted to ${options.url} (${r.status})`,
      },
    ];
  }
  const base = plannerApiBase(options.url);
  if (options.as === 'benchmarks') {
    const url = `${base}/v1/benchmarks/imports`;
    const r = await postReport(
      url,
      benchmarkImportBody(report, {
        dataset: options.dataset,
        context: options.context ?? {},
      }),
      options.token,
    );
    const body = parseBody(r.body) as {
      batch?: { id?: string; rowCount?: number };
      created?: boolean;
    };
    return [
      {
        url,
        status: r.status,
        body,
        summary: `imported into ${url} (${r.status}): batch ${
          body?.batch?.id ?? '?'
        }, ${body?.batch?.rowCount ?? '?'} run(s)${
          body?.created === false ? ', already imported' : ''
        }`,
      },
    ];
  }
  if (!options.deploymentId) {
    throw new Error('--post-as outcome needs --deployment-id');
  }
  const url = `${base}/v1/deployments/${encodeURIComponent(
    options.deploymentId,
  )}/outcomes`;
  const out: PostResult[] = [];
  for (const run of Array.isArray(report) ? report : [report]) {
    const body = outcomeBody(run);
    if (!body) continue;
    const r = await postReport(url, body, options.token);
    const answer = parseBody(r.body) as {
      id?: string;
      error?: Record<string, Record<string, number>>;
    };
    const e = answer?.error ?? {};
    out.push({
      url,
      status: r.status,
      body: answer,
      summary: `outcome ${answer?.id ?? '?'} of ${
        run.llm_planner.strategy.label
      } recorded (${r.status}); error vs prediction: TTFT p50 ${pct(
        e.ttft?.p50,
      )}, ITL p50 ${pct(e.itl?.p50)}, e2e p50 ${pct(e.e2e?.p50)}`,
    });
  }
  return out;
}
