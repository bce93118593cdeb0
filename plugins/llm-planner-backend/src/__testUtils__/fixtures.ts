import {
  BenchmarkRun,
  buildKnowledgeBase,
  KnowledgeBase,
} from '@internal/backstage-plugin-llm-planner-common';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repoRoot = resolve(__dirname, '../../../..');

/** The seed knowledge base from `benchmarks/`, parsed once per test file. */
let cached: KnowledgeBase | undefined;
export function seedKnowledgeBase(): KnowledgeBase {
  if (!cached) {
    const read = (p: string) =>
      readFileSync(resolve(repoRoot, 'benchmarks', p), 'utf8');
    cached = buildKnowledgeBase({
      benchmarksCsv: read('data/benchmarks.csv'),
      gpusCsv: read('data/gpus.csv'),
      pricesCsv: read('data/prices.csv'),
      modelsJson: JSON.parse(read('catalog/models.json')),
      sloTemplatesJson: JSON.parse(read('catalog/slo_templates.json')),
    }).kb;
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
