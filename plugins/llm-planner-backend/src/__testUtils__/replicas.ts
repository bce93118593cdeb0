import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import knexFactory from 'knex';

const packageDir = resolve(__dirname, '../..');

/** A fresh, empty PostgreSQL database on the server of `pg`, and how to drop it. */
export async function freshPostgresDatabase(pg: string, prefix: string) {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: pg });
  await admin.raw(`CREATE DATABASE ${name}`);
  await admin.destroy();
  return {
    name,
    connection: `${pg.replace(/\/$/, '')}/${name}`,
    async drop() {
      const again = knexFactory({ client: 'pg', connection: pg });
      try {
        await again.raw(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await again.destroy();
      }
    },
  };
}

/** A backend replica running in its own node process. */
export type Replica = {
  baseUrl: string;
  process: ChildProcess;
  /** What the process wrote, for failure messages. */
  output(): string;
  stop(): Promise<void>;
};

/**
 * Starts `replicaProcess.ts` in a new node process (TypeScript through the Backstage CLI's
 * node transform) on the given database, and resolves once it listens.
 */
export function spawnReplica(
  connection: string,
  options: { timeoutMs?: number; nodeArgs?: string[] } = {},
): Promise<Replica> {
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      '-e',
      "require('@backstage/cli/config/nodeTransform.cjs'); require(process.argv[1]);",
      resolve(__dirname, 'replicaProcess.ts'),
    ],
    {
      cwd: packageDir,
      env: { ...process.env, LLM_PLANNER_REPLICA_PG: connection },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<void>(done => child.once('exit', () => done()));
  return new Promise<Replica>((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`replica did not start in time:\n${output}`));
    }, options.timeoutMs ?? 120_000);
    let started = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = started ? null : /LISTENING (\d+)/.exec(output);
      if (match) {
        started = true;
        clearTimeout(timer);
        ready({
          baseUrl: `http://127.0.0.1:${match[1]}/api/llm-planner`,
          process: child,
          output: () => output,
          async stop() {
            if (child.exitCode === null && child.signalCode === null) {
              child.kill('SIGTERM');
              const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
              await exited;
              clearTimeout(killer);
            }
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', code => {
      clearTimeout(timer);
      fail(new Error(`replica exited with ${code}:\n${output}`));
    });
  });
}
