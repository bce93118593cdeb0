import { parseArgs } from './cli';

describe('inference-simulator flags', () => {
  it('takes flags over environment over defaults', () => {
    expect(
      parseArgs(['--port', '9000'], {
        SIM_MODEL: 'Qwen/Qwen3-8B',
        SIM_PORT: '1',
      }),
    ).toEqual({ model: 'Qwen/Qwen3-8B', host: '0.0.0.0', port: 9000 });
  });

  it('rejects unknown flags and bad ports with usage', () => {
    expect(() => parseArgs(['--gpu', 'H100'], {})).toThrow(
      /Unknown flag --gpu[\s\S]*Usage/,
    );
    expect(() => parseArgs(['--port', 'abc'], {})).toThrow(
      /--port must be a whole number/,
    );
    expect(() => parseArgs(['--model'], {})).toThrow('--model needs a value');
  });
});
