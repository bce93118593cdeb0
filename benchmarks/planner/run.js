#!/usr/bin/env node
// `yarn bench:planner`: runs the planner benchmark from source (TypeScript through the
// Backstage node transform) and writes benchmarks/planner/results.json.
require('@backstage/cli/config/nodeTransform.cjs');
require('../../packages/planner-cli/src/bench').runBench();
