import { UsageError, parseFlags } from './args';

describe('parseFlags', () => {
  it('reads spaced and inline values, SLO flags under "slo", and values like -5', () => {
    expect(
      parseFlags(
        ['--users', '-5', '--use-case=chatbot', '--ttft-p95-ms', '300'],
        ['users', 'use-case', 'slo'],
      ),
    ).toEqual({ users: '-5', 'use-case': 'chatbot', 'ttft-p95-ms': '300' });
  });

  it.each([
    [['chatbot'], 'unexpected argument "chatbot"'],
    [['-u', '1'], 'unexpected argument "-u"'],
    [['--colour', 'red'], 'unknown flag --colour'],
    [['--ttft-p95-ms', '300'], 'unknown flag --ttft-p95-ms'],
    [['--users'], 'flag --users needs a value'],
    [['--users', '--use-case', 'x'], 'flag --users needs a value'],
    [['--users', '1', '--users=2'], 'flag --users given twice'],
  ])('rejects %j with "%s"', (argv, message) => {
    expect(() => parseFlags(argv, ['users', 'use-case'])).toThrow(
      new UsageError(message),
    );
  });
});
