import { readFlags } from './flags';

const names = { valued: ['model', 'port'], switches: ['no-progress'] };
const fail = (message: string) => new Error(message);

describe('readFlags', () => {
  it('returns the flags in the order given, inline or spaced, switches as true', () => {
    expect(
      readFlags(
        ['--model', 'a', '--port=1', '--no-progress', '--model=', '-h'],
        names,
        fail,
      ),
    ).toEqual([
      { flag: '--model', value: 'a' },
      { flag: '--port', value: '1' },
      { flag: '--no-progress', value: 'true' },
      { flag: '--model', value: '' },
      { flag: '--help', value: 'true' },
    ]);
  });

  it('keeps a value that starts with a single dash', () => {
    expect(readFlags(['--port', '-1'], names, fail)).toEqual([
      { flag: '--port', value: '-1' },
    ]);
  });

  it.each([
    [['--gpus', 'H100'], 'Unknown flag --gpus'],
    [['stray'], 'Unknown flag stray'],
    [['-x'], 'Unknown flag -x'],
    [['--model'], '--model needs a value'],
    [['--model', '--port', '1'], '--model needs a value'],
  ])('rejects %j with "%s"', (argv, message) => {
    expect(() => readFlags(argv, names, fail)).toThrow(message);
  });
});
