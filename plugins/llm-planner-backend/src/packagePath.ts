import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { name } from '../package.json';

/**
 * A path inside this package, wherever it is installed. Resolved by the package's own name, read
 * from its package.json, so renaming or re-scoping the package needs no code change.
 */
export function packagePath(...paths: string[]): string {
  return resolvePackagePath(name, ...paths);
}
