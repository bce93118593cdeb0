import {
  BenchmarkRun,
  buildKnowledgeBase,
  KnowledgeBase,
  seedSources,
} from '@internal/backstage-plugin-llm-planner-common';
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
