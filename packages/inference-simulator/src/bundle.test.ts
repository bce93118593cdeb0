/*
 * The container image without Docker: bundles the CLIs (scripts/bundle.js), lays out a folder
 * like the image's /app (bin, dist-bundle, package.json, seed data; no src, no node_modules)
 * outside the repository, and runs the simulator and the load tester from it with plain node,
 * as the Kubernetes manifests start them. Fails when the bundle stops being self-contained.
 */
import {
  ChildProcess,
  execFile,
  execFileSync,
  spawn,
} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findSeedDir } from './timing/seed';

jest.setTimeout(120_000);

const PKG_DIR = path.resolve(__dirname, '..');
const MODEL = 'Qwen/Qwen3-8B';

/** The environment of a container: nothing that points node at the repository. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(NODE_OPTIONS|NODE_PATH|SIM_|LOADTEST_)/.test(k)) continue;
    env[k] = v;
  }
  return env;
}

function must(ok: boolean, message: string) {
  if (!ok) throw new Error(message);
}

function run(
  file: string,
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise(resolve => {
    execFile(
      process.execPath,
      [file, ...args],
      { cwd, env: cleanEnv(), timeout: 60_000 },
      (err, stdout, stderr) =>
        resolve({
          code: err ? Number((err as { code?: unknown }).code ?? 1) : 0,
          stdout,
          stderr,
        }),
    );
  });
}

describe('container image layout (bundle, no node_modules)', () => {
  let tmp: string;
  let app: string;
  let child: ChildProcess | undefined;
  let url: string;
  let stderr = '';

  beforeAll(async () => {
    const repoRoot = path.dirname(findSeedDir(undefined, PKG_DIR));
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inference-simulator-image-'));
    app = path.join(tmp, 'app');
    // Node must not be able to resolve anything from the repository's node_modules.
    must(
      path.relative(repoRoot, app).startsWith('..'),
      `${app} is inside the repository`,
    );
    for (let d = app; ; d = path.dirname(d)) {
      must(
        !fs.existsSync(path.join(d, 'node_modules')),
        `${d}/node_modules would be visible to the bundle`,
      );
      if (path.dirname(d) === d) break;
    }

    const pkg = path.join(app, 'packages', 'inference-simulator');
    execFileSync(
      process.execPath,
      ['scripts/bundle.js', '--outdir', path.join(pkg, 'dist-bundle')],
      { cwd: PKG_DIR, stdio: 'pipe' },
    );
    fs.cpSync(path.join(PKG_DIR, 'bin'), path.join(pkg, 'bin'), {
      recursive: true,
    });
    fs.copyFileSync(
      path.join(PKG_DIR, 'package.json'),
      path.join(pkg, 'package.json'),
    );
    for (const sub of ['data', 'catalog']) {
      fs.cpSync(
        path.join(repoRoot, 'benchmarks', sub),
        path.join(app, 'benchmarks', sub),
        { recursive: true },
      );
    }
    must(!fs.existsSync(path.join(pkg, 'src')), 'src must not be copied');
    for (const name of ['inference-simulator.cjs', 'llm-loadtest.cjs']) {
      must(
        fs.existsSync(path.join(pkg, 'dist-bundle', name)),
        `dist-bundle/${name} missing`,
      );
    }

    const proc = spawn(
      process.execPath,
      [
        'packages/inference-simulator/bin/inference-simulator',
        '--model',
        MODEL,
        '--gpu',
        'H100',
        '--tp',
        '1',
        '--engine',
        'vllm',
        '--max-num-seqs',
        '16',
        '--host',
        '127.0.0.1',
        '--port',
        '0',
      ],
      { cwd: app, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = proc;
    proc.stderr!.on('data', d => (stderr += d));
    url = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      const timer = setTimeout(
        () => reject(new Error(`no "serving" line in 30 s: ${stderr}`)),
        30_000,
      );
      proc.stdout!.on('data', d => {
        stdout += d;
        const m = stdout.match(/serving .* at (http:\/\/\S+)/);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      proc.once('exit', code => {
        clearTimeout(timer);
        reject(new Error(`simulator exited with ${code}: ${stderr}`));
      });
    });
  });

  /** Resolves once the simulator's stderr matches (it is written as the process goes). */
  const stderrMatching = (re: RegExp) =>
    new Promise<void>((resolve, reject) => {
      if (re.test(stderr)) {
        resolve();
        return;
      }
      const timer = setTimeout(
        () => reject(new Error(`stderr never matched ${re}: ${stderr}`)),
        30_000,
      );
      child!.stderr!.on('data', () => {
        if (re.test(stderr)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise(resolve => child!.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('serves the model with timing from the planning engine', async () => {
    const res = await fetch(`${url}/v1/models`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.data).toHaveLength(1);
    const card = body.data[0];
    expect(card.id).toBe(MODEL);
    expect(card.simulator.max_num_seqs).toBe(16);
    expect(card.simulator.timing).toMatchObject({
      model: MODEL,
      gpu: 'H100-SXM-80GB',
      tp: 1,
    });
    expect(card.simulator.timing.provenance).toMatch(
      /planning engine surface qwen3-8b\|H100-SXM-80GB\|1\|vllm/,
    );
    expect(card.simulator.timing.provenance).toMatch(/\d+ measured/);
    // stdout and stderr are separate pipes: the "serving" line can arrive before the timing line
    await stderrMatching(/timing: /);
    expect(stderr).toMatch(/timing: Qwen\/Qwen3-8B on H100-SXM-80GB tp=1/);
  });

  it('streams a completion and exports vLLM metrics', async () => {
    const res = await fetch(`${url}/v1/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        model: MODEL,
        prompt: 'The image runs without node_modules',
        max_tokens: 5,
        ignore_eos: true,
        stream: true,
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const events = (await res.text())
      .split('\n\n')
      .filter(e => e.startsWith('data: '))
      .map(e => e.slice(6));
    expect(events[events.length - 1]).toBe('[DONE]');
    const chunks = events.slice(0, -1).map(e => JSON.parse(e));
    const texts = chunks
      .map(c => c.choices[0]?.text)
      .filter((t): t is string => !!t);
    expect(texts).toHaveLength(5);
    expect(chunks[chunks.length - 1].choices[0].finish_reason).toBe('length');

    const metrics = await (await fetch(`${url}/metrics`)).text();
    expect(metrics).toContain(
      `vllm:num_requests_running{model_name="${MODEL}"}`,
    );
    expect(metrics).toMatch(
      /vllm:generation_tokens_total\{model_name="Qwen\/Qwen3-8B"\} [1-9]/,
    );
  });

  it('runs the bundled load tester from the same layout', async () => {
    const bin = 'packages/inference-simulator/bin/llm-loadtest';
    const help = await run(bin, ['--help'], app);
    expect(help.code).toBe(2);
    expect(help.stderr).toContain('Usage: llm-loadtest --target URL');

    const report = path.join(tmp, 'report.json');
    const load = await run(
      bin,
      [
        '--target',
        url,
        '--profile',
        'concurrent',
        '--concurrency',
        '2',
        '--max-requests',
        '4',
        '--input-tokens',
        '32',
        '--output-tokens',
        '4',
        '--no-progress',
        '--output',
        report,
      ],
      app,
    );
    expect(load.stderr).toBe('');
    expect(load.code).toBe(0);
    expect(load.stdout).toMatch(/concurrent@2\s+4\s+0 /);
    expect(JSON.parse(fs.readFileSync(report, 'utf8'))).toMatchObject({
      model_id: MODEL,
      completed: 4,
      failed: 0,
    });
  });
});
