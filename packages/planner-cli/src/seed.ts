import fs from 'fs';
import path from 'path';
import {
  KnowledgeBase,
  SEED_FILES,
  buildKnowledgeBase,
  seedSources,
} from '@llm-planner/backstage-plugin-llm-planner-common';

/** Walks up from `start` to the folder holding benchmarks/data/benchmarks.csv. */
export function findRepoRoot(start: string = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'benchmarks', SEED_FILES.benchmarksCsv)))
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
  return buildKnowledgeBase(
    seedSources(p => fs.readFileSync(path.join(root, 'benchmarks', p), 'utf8')),
  ).kb;
}
