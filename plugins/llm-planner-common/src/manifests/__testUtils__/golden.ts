import fs from 'fs';
import path from 'path';

const GOLDEN_DIR = path.join(__dirname, '..', '__golden__');

/**
 * Expects rendered files to match `__golden__/<name>.golden`. A missing file is written
 * (outside CI); UPDATE_GOLDEN=1 rewrites it after an intended change.
 */
export function golden(
  name: string,
  files: { path: string; content: string }[],
): void {
  const text = files.map(f => `# ---- ${f.path}\n${f.content}`).join('');
  const file = path.join(GOLDEN_DIR, `${name}.golden`);
  if (process.env.UPDATE_GOLDEN || !fs.existsSync(file)) {
    if (process.env.CI && !process.env.UPDATE_GOLDEN) {
      throw new Error(`golden file ${file} missing; run with UPDATE_GOLDEN=1`);
    }
    fs.writeFileSync(file, text);
  }
  expect(text).toBe(fs.readFileSync(file, 'utf8'));
}
