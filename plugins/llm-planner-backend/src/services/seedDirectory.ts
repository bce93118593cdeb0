import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const MARKER = ['data', 'benchmarks.csv'];

/**
 * Where the seed data lives: `llmPlanner.seedDirectory` if configured (relative to the
 * backend's working directory, like catalog file locations), else the nearest `benchmarks/`
 * folder above the working directory (the repository's, when run from packages/backend).
 */
export function resolveSeedDirectory(
  configured: string | undefined,
  cwd = process.cwd(),
): string | undefined {
  if (configured) {
    const dir = resolve(cwd, configured);
    if (!existsSync(resolve(dir, ...MARKER))) {
      throw new Error(
        `llmPlanner.seedDirectory ${dir} has no ${MARKER.join(
          '/',
        )}; point it at the repository's benchmarks/ folder`,
      );
    }
    return dir;
  }
  for (let dir = cwd; ; dir = dirname(dir)) {
    const candidate = resolve(dir, 'benchmarks');
    if (existsSync(resolve(candidate, ...MARKER))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
