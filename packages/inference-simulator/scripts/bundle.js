#!/usr/bin/env node
/*
 * Bundles the two CLIs into self-contained CommonJS files for Node 20 (the container image
 * runs them without node_modules):
 *   dist-bundle/inference-simulator.cjs  (src/cli.ts, exports main)
 *   dist-bundle/llm-loadtest.cjs         (src/loadtest/cli.ts, exports loadtestMain)
 * Everything is bundled, including the workspace package
 * @llm-planner/backstage-plugin-llm-planner-common (TypeScript source) and its dependencies.
 *
 * Usage: node scripts/bundle.js [--outdir DIR] [--minify] (default outdir: dist-bundle)
 */
const path = require('node:path');
const fs = require('node:fs');
const esbuild = require('esbuild');

const pkgDir = path.resolve(__dirname, '..');

function parseArgs(argv) {
  const opts = { outdir: path.join(pkgDir, 'dist-bundle'), minify: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--outdir') opts.outdir = path.resolve(argv[++i] ?? '');
    else if (arg.startsWith('--outdir=')) {
      opts.outdir = path.resolve(arg.slice('--outdir='.length));
    } else if (arg === '--minify') opts.minify = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(
        'Usage: node scripts/bundle.js [--outdir DIR] [--minify]\n',
      );
      process.exit(0);
    } else {
      process.stderr.write(`Unknown argument ${arg}\n`);
      process.exit(2);
    }
  }
  return opts;
}

async function main() {
  const { outdir, minify } = parseArgs(process.argv.slice(2));
  fs.mkdirSync(outdir, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: pkgDir,
    entryPoints: {
      'inference-simulator': 'src/cli.ts',
      'llm-loadtest': 'src/loadtest/cli.ts',
    },
    outdir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify,
    sourcemap: false,
    legalComments: 'eof',
    logLevel: 'warning',
    metafile: true,
  });
  for (const [file, out] of Object.entries(result.metafile.outputs)) {
    process.stdout.write(
      `${path.relative(process.cwd(), path.resolve(pkgDir, file))}: ${(
        out.bytes / 1024
      ).toFixed(0)} KiB\n`,
    );
  }
}

main().catch(e => {
  process.stderr.write(`bundle failed: ${e.stack ?? e}\n`);
  process.exit(1);
});
