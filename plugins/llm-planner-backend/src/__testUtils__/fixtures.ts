import {
  BenchmarkRun,
  buildKnowledgeBase,
  KnowledgeBase,
  seedSources,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../../../..');

/** The seed knowledge base from `benchmarks/`, parsed once per test file. */
let cached: KnowledgeBase | undefined;
export function seedKnowledgeBase(): KnowledgeBase {
  if (!cached) {
    cached = buildKnowledgeBase(
      seedSources(p =>
        readFileSync(resolve(repoRoot, 'benchmarks', p), 'utf8'),
      ),
    ).kb;
  }
  return cached;
}

/** A few real seed runs with a stand-in raw row. */
export function someRuns(
  count: number,
): { run: BenchmarkRun; raw: Record<string, string> }[] {
  return seedKnowledgeBase()
    .runs.slice(0, count)
    .map(run => ({
      run,
      raw: { model: run.modelRaw, gpu: run.gpuRaw, source: run.source },
    }));
}

/**
 * The `POST /v1/predict` body for a recommendation's configuration at the load the outcome
 * tests measure: 512 input and 256 output tokens, 16 requests in flight.
 */
export function predictAtTestLoad(rec: {
  modelId: string;
  gpuId: string;
  tp: number;
  engine: string;
  precision: string;
}) {
  return {
    model: rec.modelId,
    gpu: rec.gpuId,
    tp: rec.tp,
    engine: rec.engine,
    precision: rec.precision,
    inputTokens: 512,
    outputTokens: 256,
    concurrency: 16,
  };
}
