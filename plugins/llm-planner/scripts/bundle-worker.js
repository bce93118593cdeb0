#!/usr/bin/env node
/*
 * The scaling worker for the published package. Source and dist create it with
 * `new Worker(new URL('./scaling.worker', import.meta.url))`: in this repository the app's
 * bundler resolves that to src/scaling/scaling.worker.ts; the package build (rollup) does not
 * emit a file nobody imports, so `prepack` bundles the worker with its imports into
 * dist/scaling/scaling.worker.js, which an adopting portal's bundler (rspack or webpack)
 * resolves and emits as a worker chunk. Plain ES2020: portals do not transpile node_modules.
 */
const path = require('node:path');
const { buildSync } = require('esbuild');

const packageDir = path.resolve(__dirname, '..');
const outfile = path.join(packageDir, 'dist/scaling/scaling.worker.js');
buildSync({
  entryPoints: [path.join(packageDir, 'src/scaling/scaling.worker.ts')],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2020',
  legalComments: 'none',
  logLevel: 'warning',
});
process.stdout.write(`worker: bundled ${path.relative(packageDir, outfile)}\n`);
