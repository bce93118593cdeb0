#!/usr/bin/env node
// Render + apply of one plan against the test Kubernetes API server, p50 over N runs.
// `node bench/render-apply.js [runs]` from this package (TypeScript through the Backstage
// node transform). Each run: render the manifests (with schema validation) and server-side
// apply them into a fresh team namespace, including the quota read; no rollout wait.
require('@backstage/cli/config/nodeTransform.cjs');
require('./renderApply').main(Number(process.argv[2] ?? 20));
