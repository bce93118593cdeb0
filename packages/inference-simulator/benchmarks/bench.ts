/* eslint-disable no-console */
/**
 * Benchmarks of the simulator itself (loopback only, every loop bounded in count and time):
 *
 * 1. HTTP throughput of the simulator on one core (instant timing profile) vs a bare node:http
 *    server answering the same bytes, non-streaming and streaming (target ratio >= 0.5);
 * 2. 1,000 concurrent streaming clients held without errors, and the simulator's RSS then;
 * 3. fidelity of the StepTimeModel: load tester TTFT / ITL at concurrency C vs the measured
 *    points the model was built from (target within 5 % of the median);
 * 4. fidelity against the planning engine's surface: the simulator started with
 *    `--model/--gpu/--tp` (timing read from the engine) measured by the load tester vs the
 *    engine's prediction at the same load, for a measured and an estimated configuration
 *    (target: median error <= 5 %).
 */
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  RequestSample,
  closeClientSockets,
  sendStreamingRequest,
} from '../src/loadtest/client';
import { createPromptSource } from '../src/loadtest/prompts';
import { runStrategy } from '../src/loadtest/runner';
import { percentile } from '../src/loadtest/stats';
import { loadTimingProfile } from '../src/timing/profile';
import { findSeedDir, loadSeedEngine } from '../src/timing/seed';

const PKG = path.resolve(__dirname, '..');
const PROFILE = path.join(PKG, 'profiles/qwen3-8b-h100-vllm.json');
const pinServers = process.env.SIM_BENCH_TASKSET === '1';

type Proc = { child: ChildProcess; port: number };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function startProcess(
  args: string[],
  ready: RegExp,
  port: number,
): Promise<Proc> {
  const cmd = pinServers ? 'taskset' : process.execPath;
  const full = pinServers ? ['-c', '0', process.execPath, ...args] : args;
  const child = spawn(cmd, full, {
    cwd: PKG,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not ready: ${args.join(' ')}\n${out}`)),
      30_000,
    );
    const onData = (d: Buffer) => {
      out += d;
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d));
    child.on('exit', code => {
      clearTimeout(timer);
      reject(new Error(`exited ${code}: ${out}`));
    });
  });
  child.removeAllListeners('exit');
  return { child, port };
}

async function stop(p: Proc) {
  if (p.child.exitCode !== null) return;
  const exited = new Promise(r => p.child.once('exit', r));
  p.child.kill('SIGTERM');
  await Promise.race([exited, new Promise(r => setTimeout(r, 15_000))]);
  if (p.child.exitCode === null) p.child.kill('SIGKILL');
}

/** utime + stime of a process, s (clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The simulator's node process (child of taskset when pinned: same pid after exec). */
function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? NaN);
  return kb / 1024;
}

function startSim(port: number, extra: string[]) {
  return startProcess(
    [
      'bin/inference-simulator',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--model',
      'bench/model',
      ...extra,
    ],
    /serving/,
    port,
  );
}

function httpRequest(port: number, body: string): Buffer {
  return Buffer.from(
    `POST /v1/completions HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(
        body,
      )}\r\nConnection: keep-alive\r\n\r\n${body}`,
  );
}

/**
 * Closed-loop raw HTTP/1.1 load (cheaper than an HTTP client, so one core of load saturates one
 * core of server): `connections` sockets each send a request, read the whole response, repeat.
 */
async function rawLoad(
  port: number,
  request: Buffer,
  connections: number,
  seconds: number,
) {
  let ok = 0;
  let warmupOk = 0;
  let errors = 0;
  const start = performance.now();
  const warmupEnd = start + 1000;
  const end = warmupEnd + seconds * 1000;
  await Promise.all(
    Array.from(
      { length: connections },
      () =>
        new Promise<void>(resolve => {
          const sock = net.connect(port, '127.0.0.1');
          sock.setNoDelay(true);
          let buf = Buffer.alloc(0);
          const send = () => {
            const now = performance.now();
            if (now >= end) {
              sock.destroy();
              resolve();
              return;
            }
            sock.write(request);
          };
          sock.on('connect', send);
          sock.on('data', d => {
            buf = buf.length ? Buffer.concat([buf, d]) : d;
            const headEnd = buf.indexOf('\r\n\r\n');
            if (headEnd < 0) return;
            const head = buf.subarray(0, headEnd).toString('latin1');
            const len = head.match(/content-length: (\d+)/i);
            const complete = len
              ? buf.length >= headEnd + 4 + Number(len[1])
              : buf.subarray(buf.length - 5).toString('latin1') === '0\r\n\r\n';
            if (!complete) return;
            const now = performance.now();
            if (now < warmupEnd) {
              if (head.startsWith('HTTP/1.1 200')) warmupOk++;
            } else if (now < end) {
              if (head.startsWith('HTTP/1.1 200')) ok++;
              else errors++;
            }
            buf = Buffer.alloc(0);
            send();
          });
          sock.on('error', () => {
            errors++;
            resolve();
          });
          sock.on('close', () => resolve());
        }),
    ),
  );
  return { ok, warmupOk, errors, rps: ok / seconds };
}

async function fetchBytes(port: number, body: object): Promise<Buffer> {
  const res = await fetch(`http://127.0.0.1:${port}/v1/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return Buffer.from(await res.arrayBuffer());
}

async function throughputBench() {
  const tokens = 16;
  const connections = 64;
  const seconds = 3;
  const rounds = 5;
  const simPort = await freePort();
  const barePort = await freePort();
  const jsonBody = JSON.stringify({
    model: 'bench/model',
    prompt: 'hello world',
    max_tokens: tokens,
    ignore_eos: true,
  });
  const sseBody = JSON.stringify({
    model: 'bench/model',
    prompt: 'hello world',
    max_tokens: tokens,
    ignore_eos: true,
    stream: true,
  });
  const sim = await startSim(simPort, ['--max-num-seqs', '1024']);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sim-bench-'));
  let bare: Proc | undefined;
  const runs = {
    simJson: [] as number[],
    bareJson: [] as number[],
    simSse: [] as number[],
    bareSse: [] as number[],
  };
  const perCpu = {
    simJson: [] as number[],
    bareJson: [] as number[],
    simSse: [] as number[],
    bareSse: [] as number[],
  };
  const busy = {
    simJson: [] as number[],
    bareJson: [] as number[],
    simSse: [] as number[],
    bareSse: [] as number[],
  };
  let errors = 0;
  try {
    fs.writeFileSync(
      path.join(dir, 'body.json'),
      await fetchBytes(simPort, JSON.parse(jsonBody)),
    );
    fs.writeFileSync(
      path.join(dir, 'body.sse'),
      await fetchBytes(simPort, JSON.parse(sseBody)),
    );
    bare = await startProcess(
      [
        'benchmarks/bare-server.js',
        String(barePort),
        path.join(dir, 'body.json'),
        path.join(dir, 'body.sse'),
      ],
      /ready/,
      barePort,
    );
    // both servers idle on the same core; measured alternately so drift hits both alike
    for (let r = 0; r < rounds; r++) {
      for (const [key, port, body] of [
        ['simJson', simPort, jsonBody],
        ['bareJson', barePort, jsonBody],
        ['simSse', simPort, sseBody],
        ['bareSse', barePort, sseBody],
      ] as const) {
        const pid = (port === simPort ? sim : bare!).child.pid!;
        const cpu0 = cpuSeconds(pid);
        const res = await rawLoad(
          port,
          httpRequest(port, body),
          connections,
          seconds,
        );
        // CPU the server used, warm-up second included in both terms
        const cpu = cpuSeconds(pid) - cpu0;
        runs[key].push(res.rps);
        perCpu[key].push((res.ok + res.warmupOk) / cpu);
        busy[key].push(cpu / (seconds + 1));
        errors += res.errors;
      }
    }
  } finally {
    await stop(sim);
    if (bare) await stop(bare);
  }
  const med = (xs: number[]) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      50,
    );
  return {
    tokens,
    connections,
    seconds,
    rounds,
    errors,
    simJson: med(runs.simJson),
    bareJson: med(runs.bareJson),
    simSse: med(runs.simSse),
    bareSse: med(runs.bareSse),
    perCpu: Object.fromEntries(
      Object.entries(perCpu).map(([k, v]) => [k, med(v)]),
    ) as Record<keyof typeof perCpu, number>,
    busy: Object.fromEntries(
      Object.entries(busy).map(([k, v]) => [k, med(v)]),
    ) as Record<keyof typeof busy, number>,
  };
}

async function waitFor(cond: () => Promise<boolean>, timeoutMs: number) {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    if (await cond()) return true;
    await new Promise(r => setTimeout(r, 100));
  }
  return false;
}

async function metric(port: number, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const m = text.match(new RegExp(`^${name}\\{[^}]*\\} (\\S+)$`, 'm'));
  return m ? Number(m[1]) : NaN;
}

async function streamsBench() {
  const clients = 1000;
  const port = await freePort();
  const sim = await startSim(port, [
    '--profile',
    PROFILE,
    '--max-num-seqs',
    '1024',
    '--kv-cache-tokens',
    '2000000',
  ]);
  try {
    const pid = sim.child.pid!;
    const idleRss = rssMb(pid);
    const spec = {
      target: `http://127.0.0.1:${port}`,
      model: 'bench/model',
      endpoint: 'completions' as const,
      requestTimeoutMs: 120_000,
    };
    const t0 = performance.now();
    const prompts = createPromptSource({ inputTokens: 233, outputTokens: 40 });
    const all = Promise.all(
      Array.from({ length: clients }, (_, i) =>
        sendStreamingRequest(spec, prompts(i).prompt, 40, t0, 233),
      ),
    );
    let held = 0;
    let rssAtFull = NaN;
    await waitFor(async () => {
      held = Math.max(held, await metric(port, 'vllm:num_requests_running'));
      if (held >= clients) {
        rssAtFull = rssMb(pid);
        return true;
      }
      return false;
    }, 60_000);
    const samples: RequestSample[] = await all;
    const errors = samples.filter(s => !s.ok);
    const peakRss =
      Number(
        fs
          .readFileSync(`/proc/${pid}/status`, 'utf8')
          .match(/VmHWM:\s+(\d+)/)?.[1],
      ) / 1024;
    closeClientSockets();
    return {
      clients,
      held,
      errors: errors.length,
      firstError: errors[0]?.error,
      idleRss,
      rssAtFull,
      peakRss,
      tokens: samples.reduce((s, x) => s + x.outputTokens, 0),
      seconds: (performance.now() - t0) / 1000,
    };
  } finally {
    await stop(sim);
  }
}

async function fidelityBench() {
  const profile = loadTimingProfile(PROFILE);
  const port = await freePort();
  const sim = await startSim(port, ['--profile', PROFILE, '--seed', '1']);
  const rows: {
    c: number;
    ttftPoint: number;
    ttft: number;
    itlPoint: number;
    itl: number;
    n: number;
  }[] = [];
  try {
    // warm the simulator's JIT up before measuring
    await runStrategy(
      { type: 'concurrent', streams: 8 },
      {
        target: {
          target: `http://127.0.0.1:${port}`,
          model: 'bench/model',
          endpoint: 'completions',
        },
        prompts: createPromptSource({ inputTokens: 233, outputTokens: 20 }),
        limits: { maxRequests: 32 },
      },
    );
    for (const p of profile.points) {
      // variable output lengths as in the measured (ShareGPT) runs: the simulator's natural
      // lengths (0.5x..1.5x the points' mean) desynchronise the users, as in a real sweep
      const r = await runStrategy(
        { type: 'concurrent', streams: p.concurrency },
        {
          target: {
            target: `http://127.0.0.1:${port}`,
            model: 'bench/model',
            endpoint: 'completions',
            ignoreEos: false,
          },
          prompts: createPromptSource({
            inputTokens: Math.round(p.inputTokens),
            outputTokens: Math.round(2 * p.outputTokens),
          }),
          limits: { maxRequests: 4 * p.concurrency + 8 },
        },
      );
      // warm-up: the first request of every user starts in lock-step; leave them out
      const ok = r.samples
        .filter(s => s.ok)
        .sort((a, b) => a.startMs - b.startMs)
        .slice(p.concurrency);
      const med = (xs: number[]) =>
        percentile(
          [...xs].sort((a, b) => a - b),
          50,
        );
      rows.push({
        c: p.concurrency,
        ttftPoint: p.ttftMs,
        ttft: med(ok.map(s => s.ttftMs)),
        itlPoint: p.itlMs,
        itl: med(ok.map(s => s.itlMeanMs)),
        n: ok.length,
      });
    }
  } finally {
    closeClientSockets();
    await stop(sim);
  }
  return { profile, rows };
}

const f = (v: number, d = 1) => (Number.isFinite(v) ? v.toFixed(d) : '-');
const pct = (a: number, b: number) =>
  `${a >= b ? '+' : ''}${(((a - b) / b) * 100).toFixed(1)}%`;

type SurfaceCase = {
  label: string;
  args: string[];
  query: { model: string; gpu: string; tp: number; engine?: string };
  inputTokens: number;
  outputTokens: number;
  concurrencies: number[];
};

const SURFACE_CASES: SurfaceCase[] = [
  {
    label: 'Qwen3-8B on H100 TP1 vLLM (measured surface, ShareGPT shape)',
    args: ['--model', 'Qwen/Qwen3-8B', '--gpu', 'H100', '--tp', '1'],
    query: { model: 'Qwen/Qwen3-8B', gpu: 'H100', tp: 1, engine: 'vllm' },
    inputTokens: 233,
    outputTokens: 221,
    concurrencies: [1, 4, 16],
  },
  {
    label: 'Llama-3.1-8B on L40S TP1 vLLM (no measurement: roofline estimate)',
    args: ['--model', 'meta-llama/Llama-3.1-8B-Instruct', '--gpu', 'L40S'],
    query: { model: 'meta-llama/Llama-3.1-8B-Instruct', gpu: 'L40S', tp: 1 },
    inputTokens: 512,
    outputTokens: 64,
    concurrencies: [1, 4, 16],
  },
];

type SurfaceRow = {
  c: number;
  metric: 'TTFT p50' | 'ITL mean';
  predicted: number;
  provenance: string;
  measured: number;
  n: number;
};

/** Closed-loop medians of TTFT and per-request mean ITL at `c` users (first round left out). */
async function closedLoopMedians(
  port: number,
  model: string,
  c: number,
  inputTokens: number,
  outputTokens: number,
) {
  // natural output lengths (0.5x..1.5x the shape's output) desynchronise the users as in a
  // measured ShareGPT run; max_tokens leaves room for them
  const r = await runStrategy(
    { type: 'concurrent', streams: c },
    {
      target: {
        target: `http://127.0.0.1:${port}`,
        model,
        endpoint: 'completions',
        ignoreEos: false,
      },
      prompts: createPromptSource({
        inputTokens,
        outputTokens: 2 * outputTokens,
      }),
      limits: { maxRequests: 4 * c + 8 },
    },
  );
  const ok = r.samples
    .filter(s => s.ok)
    .sort((a, b) => a.startMs - b.startMs)
    .slice(c);
  const med = (xs: number[]) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      50,
    );
  return {
    ttft: med(ok.map(s => s.ttftMs)),
    itl: med(ok.map(s => s.itlMeanMs)),
    n: ok.length,
  };
}

async function surfaceFidelityBench() {
  const engine = loadSeedEngine(findSeedDir(undefined, PKG));
  const out: { c: SurfaceCase; rows: SurfaceRow[]; describe: string }[] = [];
  for (const sc of SURFACE_CASES) {
    const cfg = engine.resolveConfig(sc.query);
    const port = await freePort();
    const sim = await startSim(port, [
      ...sc.args,
      '--input-tokens',
      String(sc.inputTokens),
      '--output-tokens',
      String(sc.outputTokens),
      '--max-num-seqs',
      '64',
      '--seed',
      '1',
    ]);
    const rows: SurfaceRow[] = [];
    let describe = '';
    try {
      const models = (await (
        await fetch(`http://127.0.0.1:${port}/v1/models`)
      ).json()) as {
        data: { id: string; simulator?: { timing?: { provenance: string } } }[];
      };
      const model = models.data[0].id;
      describe = models.data[0].simulator?.timing?.provenance ?? '';
      // warm the simulator's JIT up before measuring
      await closedLoopMedians(port, model, 4, sc.inputTokens, 8);
      for (const c of sc.concurrencies) {
        const m = await closedLoopMedians(
          port,
          model,
          c,
          sc.inputTokens,
          sc.outputTokens,
        );
        const ttft = engine.predictStat(
          cfg,
          'ttft',
          'p50',
          sc.inputTokens,
          sc.outputTokens,
          c,
          false,
        )!;
        const itl = engine.predictStat(
          cfg,
          'itl',
          'mean',
          sc.inputTokens,
          sc.outputTokens,
          c,
          false,
        )!;
        rows.push(
          {
            c,
            metric: 'TTFT p50',
            predicted: ttft.value,
            provenance: ttft.provenance,
            measured: m.ttft,
            n: m.n,
          },
          {
            c,
            metric: 'ITL mean',
            predicted: itl.value,
            provenance: itl.provenance,
            measured: m.itl,
            n: m.n,
          },
        );
      }
    } finally {
      closeClientSockets();
      await stop(sim);
    }
    out.push({ c: sc, rows, describe });
  }
  return out;
}

async function printSurfaceFidelity() {
  const cases = await surfaceFidelityBench();
  console.log(
    "4. Fidelity vs the planning engine's surface: simulator started with --model/--gpu/--tp (timing sampled from the engine at",
  );
  console.log(
    '   concurrency 1,2,4,..,64), load tester closed loop (natural output lengths, first request per user left out) vs',
  );
  console.log(
    '   engine.predictStat at the same concurrency and token shape (TTFT p50; ITL: median of per-request means vs the mean)',
  );
  const errs: number[] = [];
  for (const { c: sc, rows } of cases) {
    console.log(
      `   ${sc.label}, ${sc.inputTokens} prompt / ~${sc.outputTokens} output tokens`,
    );
    console.log(
      '   conc  metric     engine prediction (provenance)   load tester (median)     err   requests',
    );
    for (const r of rows) {
      errs.push(Math.abs(r.measured - r.predicted) / r.predicted);
      const predicted = `${String(r.c).padStart(4)}  ${r.metric.padEnd(9)}  ${f(
        r.predicted,
        2,
      ).padStart(8)} (${r.provenance})`;
      console.log(
        `   ${predicted.padEnd(49)}${f(r.measured, 2).padStart(9)}  ${pct(
          r.measured,
          r.predicted,
        ).padStart(10)}  ${String(r.n).padStart(8)}`,
      );
    }
  }
  const sorted = [...errs].sort((a, b) => a - b);
  const median = percentile(sorted, 50);
  console.log(
    `   target: median |error| <= 5 % -> ${
      median <= 0.05 ? 'MET' : 'MISSED'
    } (median ${(median * 100).toFixed(1)} %, worst ${(
      sorted[sorted.length - 1] * 100
    ).toFixed(1)} % over ${errs.length} comparisons)\n`,
  );
}

export async function main(args: string[] = []) {
  const only = new Set(
    args.length ? args : ['throughput', 'streams', 'fidelity', 'surface'],
  );
  console.log(
    `inference-simulator benchmarks (node ${process.version}, ${
      os.cpus().length
    } CPUs ${os.cpus()[0]?.model ?? ''})`,
  );
  console.log(
    pinServers
      ? 'servers pinned to CPU 0 (taskset -c 0), load generator on CPU 1\n'
      : 'taskset not available: processes not pinned\n',
  );

  if (only.has('throughput')) await printThroughput();
  if (only.has('streams')) await printStreams();
  if (only.has('fidelity')) await printFidelity();
  if (only.has('surface')) await printSurfaceFidelity();
}

async function printThroughput() {
  const t = await throughputBench();
  console.log(
    `1. HTTP throughput on one core: ${t.connections} keep-alive connections, ${t.tokens} output tokens per request, instant timing profile;`,
  );
  console.log(
    `   median of ${t.rounds} alternating ${t.seconds}s runs (after 1s warm-up each)`,
  );
  console.log(
    '   variant          simulator req/s   bare node:http req/s   ratio   | per server CPU-second: simulator   bare   ratio | server CPU busy sim/bare',
  );
  for (const [name, s, b, k1, k2] of [
    ['non-streaming', t.simJson, t.bareJson, 'simJson', 'bareJson'],
    ['streaming SSE', t.simSse, t.bareSse, 'simSse', 'bareSse'],
  ] as const) {
    console.log(
      `   ${name.padEnd(16)} ${f(s, 0).padStart(15)}   ${f(b, 0).padStart(
        20,
      )}   ${f(s / b, 2).padStart(5)}x  | ${f(t.perCpu[k1], 0).padStart(
        30,
      )}  ${f(t.perCpu[k2], 0).padStart(5)}  ${f(
        t.perCpu[k1] / t.perCpu[k2],
        2,
      ).padStart(5)}x | ${f(t.busy[k1] * 100, 0)}% / ${f(
        t.busy[k2] * 100,
        0,
      )}%`,
    );
  }
  console.log(`   errors: ${t.errors}`);
  const verdict = (a: number, b: number) => (a / b >= 0.5 ? 'MET' : 'MISSED');
  console.log(
    `   target: ratio >= 0.5x -> req/s: ${verdict(
      t.simJson,
      t.bareJson,
    )} (non-streaming), ${verdict(t.simSse, t.bareSse)} (streaming); ` +
      `per CPU-second: ${verdict(
        t.perCpu.simJson,
        t.perCpu.bareJson,
      )} (non-streaming), ${verdict(
        t.perCpu.simSse,
        t.perCpu.bareSse,
      )} (streaming)\n`,
  );
}

async function printStreams() {
  const s = await streamsBench();
  console.log(
    `2. ${s.clients} concurrent streaming clients (Qwen3-8B/H100 profile, 233 prompt + 40 output tokens, max-num-seqs 1024)`,
  );
  console.log(
    `   held at once: ${s.held} running   errors: ${s.errors}${
      s.firstError ? ` (${s.firstError})` : ''
    }   tokens streamed: ${s.tokens} in ${f(s.seconds)}s`,
  );
  console.log(
    `   simulator RSS: idle ${f(s.idleRss)} MB, at ${
      s.clients
    } open streams ${f(s.rssAtFull)} MB, peak ${f(s.peakRss)} MB`,
  );
  console.log(
    `   target: >= 1000 streams without errors -> ${
      s.held >= 1000 && s.errors === 0 ? 'MET' : 'MISSED'
    }\n`,
  );
}

async function printFidelity() {
  const fid = await fidelityBench();
  console.log(
    `3. Fidelity of the StepTimeModel: load tester (closed loop, ${Math.round(
      fid.profile.points[0].inputTokens,
    )} prompt tokens, natural output lengths around ${Math.round(
      fid.profile.points[0].outputTokens,
    )}, first request per user left out) vs the measured points`,
  );
  console.log(`   (${fid.profile.provenance})`);
  console.log(
    '   conc  TTFT point  TTFT measured (median)   err    ITL point  ITL measured (median)   err   requests',
  );
  let worst = 0;
  for (const r of fid.rows) {
    worst = Math.max(
      worst,
      Math.abs(r.ttft - r.ttftPoint) / r.ttftPoint,
      Math.abs(r.itl - r.itlPoint) / r.itlPoint,
    );
    console.log(
      `   ${String(r.c).padStart(4)}  ${f(r.ttftPoint, 2).padStart(10)}  ${f(
        r.ttft,
        2,
      ).padStart(22)}  ${pct(r.ttft, r.ttftPoint).padStart(6)}  ${f(
        r.itlPoint,
        2,
      ).padStart(10)}  ${f(r.itl, 2).padStart(21)}  ${pct(
        r.itl,
        r.itlPoint,
      ).padStart(6)}  ${String(r.n).padStart(8)}`,
    );
  }
  console.log(
    `   target: within 5 % of the median -> ${
      worst <= 0.05 ? 'MET' : 'MISSED'
    } (worst ${(worst * 100).toFixed(1)} %)`,
  );
}
