#!/usr/bin/env node
// `yarn bench:backend`: 100k-row import into PostgreSQL next to raw COPY, and the recommend
// endpoint under 50 concurrent clients. Needs PostgreSQL (LLM_PLANNER_BENCH_PG) and psql.
require('@backstage/cli/config/nodeTransform.cjs');
require('../../plugins/llm-planner-backend/bench/backendBench')
  .runBackendBench()
  .then(() => process.exit(0))
  .catch(error => {
    console.error(error);
    process.exit(1);
  });
