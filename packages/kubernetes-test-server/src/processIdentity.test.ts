import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// scripts/kube-apiserver/lib.sh decides whether a recorded PID still runs its component; start.sh
// gives up on a component it reads as dead. These run without the Kubernetes binaries: a symlink
// named `etcd` to `sleep` stands in for the component.
const LIB = path.resolve(__dirname, '../../../scripts/kube-apiserver/lib.sh');

/** Runs `script` from a file, so the shell's own arguments never name the component. */
function bash(script: string, dir: string): Promise<string> {
  const file = path.join(dir, 'check.sh');
  fs.writeFileSync(
    file,
    `set -euo pipefail\nsource "${LIB}"\nSTATE="${dir}"\n${script}\n`,
  );
  return new Promise((resolve, reject) => {
    execFile('bash', [file], { timeout: 60_000 }, (error, stdout, stderr) =>
      error
        ? reject(new Error(`${error.message}\n${stderr}`))
        : resolve(stdout),
    );
  });
}

describe('kube-apiserver scripts: is a recorded component still running', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmp-identity-'));
    fs.symlinkSync(fs.realpathSync('/bin/sleep'), path.join(dir, 'etcd'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads a component as running once spawn returns, however long the fork takes to exec', async () => {
    // On a loaded machine the spawned process can still be a shell when start.sh first checks
    // it; reading that as "exited" stopped CI with "apiserver exited before readyz". The shell
    // here takes 0.3 s before it execs the component, and its own arguments do not name it.
    const out = await bash(
      `export COMPONENT="$STATE/etcd"
       misread=0
       for i in 1 2 3; do
         spawn "$STATE" etcd "$STATE/etcd.log" sh -c 'sleep 0.3; exec "$COMPONENT" 30'
         component_alive "$STATE" etcd || misread=$((misread + 1))
         kill "$(pid_of "$STATE" etcd)"
       done
       echo "misread=$misread"`,
      dir,
    );
    expect(out.trim()).toBe('misread=0');
  });

  it('reads a component as gone once it exits, and a PID now running something else as not it', async () => {
    const out = await bash(
      `spawn "$STATE" etcd "$STATE/etcd.log" "$STATE/etcd" 30
       pid=$(pid_of "$STATE" etcd)
       kill "$pid"; wait "$pid" || true
       component_alive "$STATE" etcd && echo exited:alive || echo exited:gone
       sleep 30 & other=$!
       set_pid "$STATE" etcd "$other"
       component_alive "$STATE" etcd && echo recycled:alive || echo recycled:gone
       kill "$other"`,
      dir,
    );
    expect(out.trim().split('\n')).toEqual(['exited:gone', 'recycled:gone']);
  });
});
