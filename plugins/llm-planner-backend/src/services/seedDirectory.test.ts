import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveSeedDirectory, shippedSeedDirectory } from './seedDirectory';
import { packagePath } from '../packagePath';

function seedFolder(root: string, name: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'data', 'benchmarks.csv'), 'model\n');
  return dir;
}

describe('resolveSeedDirectory', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'seed-dir-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('takes the configured folder, relative to the working directory', () => {
    seedFolder(root, 'my-seed');
    expect(resolveSeedDirectory('my-seed', root, join(root, 'none'))).toBe(
      join(root, 'my-seed'),
    );
  });

  it('refuses a configured folder without the seed files, naming the config key', () => {
    expect(() =>
      resolveSeedDirectory('missing', root, join(root, 'none')),
    ).toThrow(
      /llmPlanner\.seed\.directory .*missing has no data\/benchmarks\.csv/,
    );
  });

  it('prefers the copy shipped in the package over a benchmarks/ folder above', () => {
    const shipped = seedFolder(root, 'shipped');
    seedFolder(root, 'benchmarks');
    const cwd = join(root, 'packages', 'backend');
    mkdirSync(cwd, { recursive: true });
    expect(resolveSeedDirectory(undefined, cwd, shipped)).toBe(shipped);
  });

  it('finds the repository benchmarks/ folder above the working directory when nothing is shipped', () => {
    const benchmarks = seedFolder(root, 'benchmarks');
    const cwd = join(root, 'packages', 'backend');
    mkdirSync(cwd, { recursive: true });
    expect(resolveSeedDirectory(undefined, cwd, join(root, 'none'))).toBe(
      benchmarks,
    );
  });

  it('the shipped copy lives in the package seed/ folder', () => {
    expect(shippedSeedDirectory()).toBe(packagePath('seed'));
    expect(packagePath('migrations')).toMatch(
      /llm-planner-backend[/\\]migrations$/,
    );
  });
});
