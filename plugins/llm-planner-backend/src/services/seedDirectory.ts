import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { packagePath } from '../packagePath';

const MARKER = ['data', 'benchmarks.csv'];

function hasSeed(dir: string): boolean {
  return existsSync(resolve(dir, ...MARKER));
}

/** The seed data shipped inside the published package (copied there by `prepack`). */
export function shippedSeedDirectory(): string {
  return packagePath('seed');
}

/**
 * Where the seed data lives: `llmPlanner.seed.directory` if configured (relative to the
 * backend's working directory, like catalog file locations), else the copy shipped inside the
 * package, else the nearest `benchmarks/` folder above the working directory (this
 * repository's, when run from packages/backend: the package holds no copy outside `npm pack`).
 */
export function resolveSeedDirectory(
  configured: string | undefined,
  cwd = process.cwd(),
  shipped = shippedSeedDirectory(),
): string | undefined {
  if (configured) {
    const dir = resolve(cwd, configured);
    if (!hasSeed(dir)) {
      throw new Error(
        `llmPlanner.seed.directory ${dir} has no ${MARKER.join(
          '/',
        )}; point it at a folder laid out like the repository's benchmarks/ (data/*.csv, catalog/*.json)`,
      );
    }
    return dir;
  }
  if (hasSeed(shipped)) return shipped;
  for (let dir = cwd; ; dir = dirname(dir)) {
    const candidate = resolve(dir, 'benchmarks');
    if (hasSeed(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
