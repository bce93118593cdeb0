/** A bad command line: printed on stderr, exit code 2. */
export class UsageError extends Error {}

export type Flags = Record<string, string>;

/** Parses `--key value` and `--key=value`; rejects positional leftovers and repeated flags. */
export function parseFlags(argv: string[], allowed: string[]): Flags {
  const flags: Flags = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new UsageError(`unexpected argument "${a}"`);
    let key = a.slice(2);
    let value: string | undefined;
    const eq = key.indexOf('=');
    if (eq >= 0) {
      value = key.slice(eq + 1);
      key = key.slice(0, eq);
    } else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--'))
        throw new UsageError(`flag --${key} needs a value`);
      i++;
    }
    const isSlo = /^(ttft|itl|e2e)-p(50|90|95|99)-ms$/.test(key);
    if (!(allowed.includes(key) || (isSlo && allowed.includes('slo'))))
      throw new UsageError(`unknown flag --${key}`);
    if (key in flags) throw new UsageError(`flag --${key} given twice`);
    flags[key] = value;
  }
  return flags;
}

export function num(
  flags: Flags,
  key: string,
  opts: { int?: boolean; min?: number } = {},
): number | undefined {
  const v = flags[key];
  if (v === undefined) return undefined;
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x))
    throw new UsageError(`--${key} must be a number, got "${v}"`);
  if (opts.int && !Number.isInteger(x))
    throw new UsageError(`--${key} must be a whole number, got "${v}"`);
  if (opts.min !== undefined && x < opts.min)
    throw new UsageError(`--${key} must be >= ${opts.min}, got "${v}"`);
  return x;
}

export function required(flags: Flags, key: string): string {
  const v = flags[key];
  if (v === undefined) throw new UsageError(`missing --${key}`);
  return v;
}
