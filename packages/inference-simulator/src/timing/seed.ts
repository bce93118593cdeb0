import fs from 'node:fs';
import path from 'node:path';
import {
  Engine,
  KnowledgeBase,
  SEED_FILES,
  buildKnowledgeBase,
  createEngine,
  seedSources,
} from '@llm-planner/backstage-plugin-llm-planner-common';

const CSV = SEED_FILES.benchmarksCsv;

/**
 * The `benchmarks` folder of the seed data: `dir` itself when it holds `data/benchmarks.csv`,
 * else `dir/benchmarks`; without `dir`, walks up from `start` to the first folder holding
 * `benchmarks/data/benchmarks.csv`.
 */
export function findSeedDir(
  dir?: string,
  start: string = process.cwd(),
): string {
  if (dir) {
    const abs = path.resolve(dir);
    if (fs.existsSync(path.join(abs, CSV))) return abs;
    if (fs.existsSync(path.join(abs, 'benchmarks', CSV))) {
      return path.join(abs, 'benchmarks');
    }
    throw new Error(
      `--seed-dir ${dir}: neither ${path.join(dir, CSV)} nor ${path.join(
        dir,
        'benchmarks',
        CSV,
      )} exists`,
    );
  }
  let cur = path.resolve(start);
  for (let i = 0; i < 64; i++) {
    if (fs.existsSync(path.join(cur, 'benchmarks', CSV))) {
      return path.join(cur, 'benchmarks');
    }
    const up = path.dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  throw new Error(
    'cannot find benchmarks/data/benchmarks.csv in this folder or any parent: give --seed-dir, or use --profile with a file written by `inference-simulator profile`',
  );
}

/** The seed knowledge base (benchmarks/data + benchmarks/catalog) of the `benchmarks` folder. */
export function loadSeedKnowledgeBase(seedDir: string): KnowledgeBase {
  return buildKnowledgeBase(
    seedSources(p => fs.readFileSync(path.join(seedDir, p), 'utf8')),
  ).kb;
}

/** The planning engine over the seed knowledge base. */
export function loadSeedEngine(seedDir: string): Engine {
  return createEngine(loadSeedKnowledgeBase(seedDir));
}
