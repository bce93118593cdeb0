// Test-only helper: reads the seed data of the repository with node fs. Never imported by the
// library code (the engine itself is isomorphic and receives the data as strings).
import fs from 'fs';
import path from 'path';
import { buildKnowledgeBase } from '../normalise';
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
    cached = buildKnowledgeBase({
      benchmarksCsv: readSeed('benchmarks.csv'),
      gpusCsv: readSeed('gpus.csv'),
      pricesCsv: readSeed('prices.csv'),
      modelsJson: JSON.parse(
        fs.readFileSync(path.join(CATALOG_DIR, 'models.json'), 'utf8'),
      ),
      sloTemplatesJson: JSON.parse(
        fs.readFileSync(path.join(CATALOG_DIR, 'slo_templates.json'), 'utf8'),
      ),
    }).kb;
  }
  return cached;
}
