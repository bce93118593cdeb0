import { parseArgs } from 'node:util';

/** One flag of the command line as given: `--name` and its value (`'true'` for a switch). */
export type GivenFlag = { flag: string; value: string };

/** The long names (without `--`) a command accepts. */
export type FlagNames = {
  valued: readonly string[];
  switches?: readonly string[];
};

/**
 * Splits `argv` with node:util `parseArgs` (`--name value`, `--name=value`, `-h` for `--help`) and
 * returns the flags in the order given, so later flags override earlier ones and repeatable flags
 * keep every value. parseArgs runs non-strict because its own errors would replace the wording
 * users and tests know: an unknown flag or a stray argument is `Unknown flag X`, a valued flag
 * without a value (or followed by another `--flag`) is `--name needs a value`; `fail` adds the usage.
 */
export function readFlags(
  argv: string[],
  names: FlagNames,
  fail: (message: string) => Error,
): GivenFlag[] {
  const valued = new Set(names.valued);
  const switches = new Set([...(names.switches ?? []), 'help']);
  const { tokens } = parseArgs({
    args: argv,
    options: {
      ...Object.fromEntries(
        names.valued.map(n => [n, { type: 'string' as const }]),
      ),
      ...Object.fromEntries(
        [...switches].map(n => [n, { type: 'boolean' as const }]),
      ),
      help: { type: 'boolean', short: 'h' },
    },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  return tokens.map(token => {
    if (token.kind === 'positional') throw fail(`Unknown flag ${token.value}`);
    if (token.kind === 'option-terminator') throw fail('Unknown flag --');
    if (switches.has(token.name))
      return { flag: `--${token.name}`, value: 'true' };
    if (!valued.has(token.name)) throw fail(`Unknown flag ${token.rawName}`);
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('--')))
      throw fail(`${token.rawName} needs a value`);
    return { flag: token.rawName, value };
  });
}
