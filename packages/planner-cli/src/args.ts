import { parseArgs } from 'node:util';

/** A bad command line: printed on stderr, exit code 2. */
export class UsageError extends Error {}

export type Flags = Record<string, string>;

/** The SLO flags `slo` stands for: `--ttft-p95-ms`, `--itl-p50-ms`, ... */
const SLO_FLAGS = ['ttft', 'itl', 'e2e'].flatMap(metric =>
  ['p50', 'p90', 'p95', 'p99'].map(pct => `${metric}-${pct}-ms`),
);

/**
 * Parses `--key value` and `--key=value` with node:util `parseArgs`; rejects positional leftovers,
 * unknown and repeated flags. Non-strict, so the checks below keep this CLI's messages (and accept
 * values like `-5`, which strict parseArgs calls ambiguous).
 */
export function parseFlags(argv: string[], allowed: string[]): Flags {
  const names = allowed.flatMap(key => (key === 'slo' ? SLO_FLAGS : [key]));
  const { tokens } = parseArgs({
    args: argv,
    options: Object.fromEntries(
      names.map(key => [key, { type: 'string' as const }]),
    ),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const flags: Flags = {};
  for (const token of tokens) {
    if (token.kind === 'positional')
      throw new UsageError(`unexpected argument "${token.value}"`);
    if (token.kind === 'option-terminator')
      throw new UsageError('unexpected argument "--"');
    if (!token.rawName.startsWith('--'))
      throw new UsageError(`unexpected argument "${token.rawName}"`);
    const key = token.name;
    if (!names.includes(key)) throw new UsageError(`unknown flag --${key}`);
    if (
      token.value === undefined ||
      (!token.inlineValue && token.value.startsWith('--'))
    )
      throw new UsageError(`flag --${key} needs a value`);
    if (key in flags) throw new UsageError(`flag --${key} given twice`);
    flags[key] = token.value;
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
