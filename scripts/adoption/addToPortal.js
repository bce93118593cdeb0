#!/usr/bin/env node
/*
 * What an adopter does by hand, and nothing more: the packages as dependencies of the portal's
 * app and backend (here: the packed tarballs, also as resolutions so one shipped package
 * depending on another gets the tarball too), and one `backend.add(import('<name>'))` line per
 * backend package in packages/backend/src/index.ts.
 *   node addToPortal.js <portal> --resolutions n=spec... --app n=spec... --backend n=spec...
 */
const fs = require('node:fs');
const path = require('node:path');

const [portal, ...args] = process.argv.slice(2);
const lists = { resolutions: [], app: [], backend: [] };
let current;
for (const arg of args) {
  if (arg.startsWith('--')) current = lists[arg.slice(2)];
  else if (current) current.push(arg);
  else throw new Error(`unexpected argument ${arg}`);
}

function entries(list) {
  return list.map(item => {
    const at = item.indexOf('=', 1);
    return [item.slice(0, at), item.slice(at + 1)];
  });
}

function editJson(file, edit) {
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  edit(json);
  fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
}

editJson(path.join(portal, 'package.json'), pkg => {
  pkg.resolutions = {
    ...pkg.resolutions,
    ...Object.fromEntries(entries(lists.resolutions)),
  };
});
editJson(path.join(portal, 'packages/app/package.json'), pkg => {
  pkg.dependencies = {
    ...pkg.dependencies,
    ...Object.fromEntries(entries(lists.app)),
  };
});
editJson(path.join(portal, 'packages/backend/package.json'), pkg => {
  pkg.dependencies = {
    ...pkg.dependencies,
    ...Object.fromEntries(entries(lists.backend)),
  };
});

const indexFile = path.join(portal, 'packages/backend/src/index.ts');
const index = fs.readFileSync(indexFile, 'utf8');
const start = 'backend.start();';
if (!index.includes(start)) throw new Error(`${indexFile} has no ${start}`);
const lines = entries(lists.backend)
  .map(([name]) => `backend.add(import('${name}'));\n`)
  .join('');
fs.writeFileSync(indexFile, index.replace(start, `${lines}${start}`));
console.log(
  `added ${lists.app.length} app and ${lists.backend.length} backend packages, ${lists.resolutions.length} resolutions`,
);
