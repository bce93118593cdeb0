import fs from 'fs';
import path from 'path';
import {
  KnowledgeBase,
  buildKnowledgeBase,
} from '@internal/backstage-plugin-llm-planner-common';

/** Walks up from `start` to the folder holding benchmarks/data/benchmarks.csv. */
export function findRepoRoot(start: string = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'benchmarks', 'data', 'benchmarks.csv')))
      return dir;
    const up = path.dirname(dir);
    if (up === dir)
      throw new Error(
        'cannot find benchmarks/data/benchmarks.csv in this folder or any parent: run the planner inside the repository',
      );
    dir = up;
  }
}

/** Reads the seed data of the repository into a knowledge base. */
export function loadSeedKb(root: string = findRepoRoot()): KnowledgeBase {
  const read = (...p: string[]) =>
    fs.readFileSync(path.join(root, 'benchmarks', ...p), 'utf8');
  return buildKnowledgeBase({
    benchmarksCsv: read('data', 'benchmarks.csv'),
    gpusCsv: read('data', 'gpus.csv'),
    pricesCsv: read('data', 'prices.csv'),
    modelsJson: JSON.parse(read('catalog', 'models.json')),
    sloTemplatesJson: JSON.parse(read('catalog', 'slo_templates.json')),
  }).kb;
}
