// Test-only helper: reads the seed data of the repository with node fs. Never imported by the
// library code (the engine itself is isomorphic and receives the data as strings).
import fs from 'fs';
import path from 'path';
import { buildKnowledgeBase, seedSources } from '../normalise';
import type { KnowledgeBase } from '../schemas';

export const REPO_ROOT = path.resolve(__dirname, '../../../../..');
export const DATA_DIR = path.join(REPO_ROOT, 'benchmarks', 'data');
export const CATALOG_DIR = path.join(REPO_ROOT, 'benchmarks', 'catalog');

export function readSeed(name: string): string {
  return fs.readFileSync(path.join(DATA_DIR, name), 'utf8');
}

let cached: KnowledgeBase | undefined;
export function seedKb(): KnowledgeBase {
  if (!cached) {
    cached = buildKnowledgeBase(
      seedSources(p =>
        fs.readFileSync(path.join(REPO_ROOT, 'benchmarks', p), 'utf8'),
      ),
    ).kb;
  }
  return cached;
}
