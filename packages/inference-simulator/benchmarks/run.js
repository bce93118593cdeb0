#!/usr/bin/env node
// `yarn workspace @llm-planner/inference-simulator bench`: runs benchmarks/bench.ts from source.
// The load-generating process is pinned to CPU 1 (servers get CPU 0) when taskset exists.
const { spawnSync, execFileSync } = require('node:child_process');
const path = require('node:path');

function hasTaskset() {
  try {
    execFileSync('taskset', ['-c', '0', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (!process.env.SIM_BENCH_CHILD) {
  const pin = hasTaskset() && require('node:os').cpus().length > 1;
  const args = [__filename, ...process.argv.slice(2)];
  const cmd = pin ? 'taskset' : process.execPath;
  const cmdArgs = pin ? ['-c', '1', process.execPath, ...args] : args;
  const r = spawnSync(cmd, cmdArgs, {
    stdio: 'inherit',
    env: {
      ...process.env,
      SIM_BENCH_CHILD: '1',
      SIM_BENCH_TASKSET: hasTaskset() ? '1' : '',
    },
  });
  process.exit(r.status ?? 1);
}

require('@backstage/cli/config/nodeTransform.cjs');

require(path.join(__dirname, 'bench.ts'))
  .main(process.argv.slice(2))
  .catch(e => {
    console.error(e);
    process.exit(1);
  });
