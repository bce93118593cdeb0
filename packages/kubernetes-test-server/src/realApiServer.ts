import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';

/**
 * A REAL kube-apiserver v1.20.2 with etcd and kube-controller-manager, run from the binaries
 * `scripts/kube-apiserver/build.sh` builds (Debian's `kubernetes` source package), for the tests
 * the in-memory fake cannot answer: real admission, RBAC, quota and hangs.
 */

/** The static-token users every server has. */
export type RealApiServerUser = 'admin' | 'deployer' | 'nobody';

/** The CRDs in `scripts/kube-apiserver/crds/`. */
export type RealApiServerCrd =
  | 'scaledobjects.keda.sh'
  | 'servicemonitors.monitoring.coreos.com'
  | 'inferenceservices.serving.kserve.io';

/** Options of {@link startRealApiServer}. */
export interface RealApiServerOptions {
  /** CRDs to install (default 'all'); 'none' or a subset proves "kind not served" handling. */
  crds?: 'all' | 'none' | RealApiServerCrd[];
  /** How long start (and restart) may take before failing with the server logs (default 90 s). */
  startTimeoutMs?: number;
}

/** A running real API server; see {@link startRealApiServer}. */
export interface RealApiServer {
  /** `https://127.0.0.1:<port>`; may change after {@link RealApiServer.restartApiServer} if the port was taken. */
  readonly url: string;
  /** Where certificates, etcd data, logs and kubeconfigs live. */
  readonly stateDir: string;
  /** The Kubernetes user name of each token user, for RoleBinding subjects. */
  readonly userNames: Record<RealApiServerUser, string>;
  /**
   * A fresh KubeConfig for a static-token user: `admin` (system:masters), `deployer`
   * (`llmp-deployer`, no roles until a test binds some), `nobody` (`llmp-nobody`, no roles).
   */
  kubeConfig(user: RealApiServerUser): KubeConfig;
  /** SIGSTOP the API server: its port stays open and requests hang. */
  pause(): Promise<void>;
  /** SIGCONT after {@link RealApiServer.pause}. */
  resume(): Promise<void>;
  /** Stops only the API server (connections are refused); etcd keeps the state. */
  stopApiServer(): Promise<void>;
  /** Starts the API server again (stopping it first if it runs) on the same etcd data. */
  restartApiServer(): Promise<void>;
  /** Stops every process and deletes the state directory. */
  stop(): Promise<void>;
}

const CRD_NAMES: RealApiServerCrd[] = [
  'scaledobjects.keda.sh',
  'servicemonitors.monitoring.coreos.com',
  'inferenceservices.serving.kserve.io',
];

const BUILD_HINT =
  'Build it once with `scripts/kube-apiserver/build.sh` (run as root: it installs Debian ' +
  'packages and compiles kube-apiserver from Debian source, 5-20 min; binaries are cached in ' +
  '$KUBE_APISERVER_CACHE or ~/.cache/llm-planner/kube-apiserver).';

function cacheDir(): string {
  return (
    process.env.KUBE_APISERVER_CACHE ??
    path.join(
      process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'),
      'llm-planner',
      'kube-apiserver',
    )
  );
}

/** Where start.sh looks for the binaries (same rule as scripts/kube-apiserver/lib.sh). */
export function realApiServerBinDir(): string {
  return (
    process.env.KUBE_APISERVER_BIN_DIR ??
    path.join(cacheDir(), 'current', 'bin')
  );
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .some(dir => dir && isExecutable(path.join(dir, command)));
}

/** Why the real server cannot run here, or undefined when it can. */
export function realApiServerMissing(): string | undefined {
  const bin = realApiServerBinDir();
  const missing = [
    ...['kube-apiserver', 'kube-controller-manager']
      .map(b => path.join(bin, b))
      .filter(f => !isExecutable(f)),
    ...['etcd', 'openssl', 'curl'].filter(c => !onPath(c)),
  ];
  if (!findScriptsDir()) missing.push('scripts/kube-apiserver/start.sh');
  return missing.length > 0
    ? `real kube-apiserver not available (missing: ${missing.join(
        ', ',
      )}). ${BUILD_HINT}`
    : undefined;
}

/** Whether the cached binaries (and etcd, openssl, curl) exist, so {@link startRealApiServer} can run. */
export function realApiServerAvailable(): boolean {
  return realApiServerMissing() === undefined;
}

/**
 * True when a missing real server must fail the tests rather than skip them: `CI=true` or
 * `LLM_PLANNER_REQUIRE_KUBE_APISERVER=1` (as `yarn test:all` sets).
 */
export function realApiServerRequired(): boolean {
  return (
    process.env.CI === 'true' ||
    process.env.LLM_PLANNER_REQUIRE_KUBE_APISERVER === '1'
  );
}

/**
 * Decides whether tests that need the real server run: true with the binaries present; without
 * them it throws (failing the test file with the build instructions) when
 * {@link realApiServerRequired}, and otherwise prints why and returns false, so the caller can
 * `describe.skip`:
 *
 * ```ts
 * const describeReal = requireRealApiServer() ? describe : describe.skip;
 * ```
 */
export function requireRealApiServer(): boolean {
  const missing = realApiServerMissing();
  if (!missing) return true;
  if (realApiServerRequired()) {
    throw new Error(
      `${missing} Required because CI=true or LLM_PLANNER_REQUIRE_KUBE_APISERVER=1.`,
    );
  }
  // eslint-disable-next-line no-console
  console.log(`Skipping the real kube-apiserver tests: ${missing}`);
  return false;
}

/** scripts/kube-apiserver of the repository the tests run in (from the working directory up). */
function findScriptsDir(): string | undefined {
  if (process.env.KUBE_APISERVER_SCRIPTS)
    return process.env.KUBE_APISERVER_SCRIPTS;
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'scripts', 'kube-apiserver');
    if (fs.existsSync(path.join(candidate, 'start.sh'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function run(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      script,
      args,
      { env, timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new Error(
              `${path.basename(script)} ${args.join(' ')} failed: ${
                error.message
              }\n${stdout}\n${stderr}`,
            ),
          );
        } else {
          resolve(stdout);
        }
      },
    );
  });
}

function readEnv(stateDir: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of fs
    .readFileSync(path.join(stateDir, 'env'), 'utf8')
    .split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) env[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return env;
}

/**
 * Starts etcd, a real kube-apiserver v1.20.2 and kube-controller-manager on free 127.0.0.1 ports
 * in a fresh temporary state directory (about 5 s). Call `stop()` in `afterAll`; should the test
 * process die first, a watchdog stops the processes and deletes the directory.
 */
export async function startRealApiServer(
  options: RealApiServerOptions = {},
): Promise<RealApiServer> {
  const missing = realApiServerMissing();
  if (missing) throw new Error(missing);
  const scripts = findScriptsDir()!;
  const crds = options.crds ?? 'all';
  if (Array.isArray(crds)) {
    const unknown = crds.filter(c => !CRD_NAMES.includes(c));
    if (unknown.length > 0)
      throw new Error(`unknown CRDs: ${unknown.join(', ')}`);
  }
  const timeoutMs = options.startTimeoutMs ?? 90_000;
  const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmp-kube-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KUBE_APISERVER_CRDS: Array.isArray(crds) ? crds.join(',') || 'none' : crds,
    KUBE_APISERVER_START_TIMEOUT: String(Math.ceil(timeoutMs / 1000)),
    KUBE_APISERVER_WATCH_PID: String(process.pid),
    KUBE_APISERVER_WATCH_PURGE: '1',
  };
  const script = (name: string, ...args: string[]) =>
    run(path.join(scripts, name), args, env, timeoutMs + 30_000);

  try {
    await script('start.sh', stateDir);
  } catch (e) {
    await script('stop.sh', '--purge', stateDir).catch(() => undefined);
    throw e;
  }

  let stopped = false;
  return {
    get url() {
      return readEnv(stateDir).KUBE_APISERVER_URL;
    },
    stateDir,
    userNames: {
      admin: 'llmp-admin',
      deployer: 'llmp-deployer',
      nobody: 'llmp-nobody',
    },
    kubeConfig(user) {
      const kc = new KubeConfig();
      kc.loadFromFile(path.join(stateDir, `kubeconfig-${user}`));
      return kc;
    },
    async pause() {
      await script('pause.sh', stateDir, 'apiserver');
    },
    async resume() {
      await script('resume.sh', stateDir, 'apiserver');
    },
    async stopApiServer() {
      await script('stop.sh', stateDir, 'apiserver');
    },
    async restartApiServer() {
      await script('restart-apiserver.sh', stateDir);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await script('stop.sh', '--purge', stateDir);
    },
  };
}
