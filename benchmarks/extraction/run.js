#!/usr/bin/env node
// `yarn bench:extraction`: scores the rule-based chat extractor on the labelled requests of
// benchmarks/extraction/requests.jsonl and writes benchmarks/extraction/results.json.
require('@backstage/cli/config/nodeTransform.cjs');
require('../../plugins/llm-planner-backend/bench/extractionBench').runExtractionBench();
