#!/usr/bin/env node
/*
 * Ships the public seed data inside the package: `prepack` copies the repository's
 * benchmarks/data and benchmarks/catalog into seed/ (listed in `files`), `postpack` removes
 * the copy again so the repository keeps one source of the data.
 *   node scripts/seed.js copy | clean
 */
const fs = require('node:fs');
const path = require('node:path');

const packageDir = path.resolve(__dirname, '..');
const target = path.join(packageDir, 'seed');
const source = path.resolve(packageDir, '../../benchmarks');
const FOLDERS = ['data', 'catalog'];

const command = process.argv[2];
fs.rmSync(target, { recursive: true, force: true });
if (command === 'copy') {
  for (const folder of FOLDERS) {
    fs.cpSync(path.join(source, folder), path.join(target, folder), {
      recursive: true,
    });
  }
  console.log(`seed: copied ${FOLDERS.join(', ')} from ${source}`);
} else if (command !== 'clean') {
  console.error('usage: node scripts/seed.js copy|clean');
  process.exit(2);
}
