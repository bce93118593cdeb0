import { SseBody } from './sseBody';
import { fillerToken } from './tokenizer';

const head = (object: string) =>
  `data: {"id":"x-1","object":"${object}","created":1,"model":"m","choices":[{"index":0,`;

function parseEvents(bytes: Buffer) {
  const events = bytes.toString('utf8').split('\n\n').filter(Boolean);
  return events.map(e => {
    expect(e.startsWith('data: ')).toBe(true);
    const data = e.slice('data: '.length);
    return data === '[DONE]' ? data : JSON.parse(data);
  });
}

describe('SseBody', () => {
  it('builds OpenAI chat chunks: the role with the first token, then content deltas', () => {
    const body = new SseBody(
      'chat',
      Buffer.from(head('chat.completion.chunk')),
    );
    body.token(0);
    body.token(1);
    body.finish('stop', JSON.stringify({ usage: { completion_tokens: 2 } }));
    const events = parseEvents(body.take());
    expect(events).toEqual([
      expect.objectContaining({
        choices: [
          {
            index: 0,
            delta: { role: 'assistant', content: fillerToken(0) },
            logprobs: null,
            finish_reason: null,
          },
        ],
      }),
      expect.objectContaining({
        choices: [
          {
            index: 0,
            delta: { content: fillerToken(1) },
            logprobs: null,
            finish_reason: null,
          },
        ],
      }),
      expect.objectContaining({
        choices: [
          { index: 0, delta: {}, logprobs: null, finish_reason: 'stop' },
        ],
      }),
      { usage: { completion_tokens: 2 } },
      '[DONE]',
    ]);
  });

  it('builds text completion chunks past the filler vocabulary without repeating the role', () => {
    const body = new SseBody(
      'completion',
      Buffer.from(head('text_completion')),
    );
    for (let i = 0; i < 100; i++) body.token(i);
    const events = parseEvents(body.take());
    expect(events.map(e => e.choices[0].text)).toEqual(
      Array.from({ length: 100 }, (_, i) => fillerToken(i)),
    );
    expect(events[0]).toMatchObject({ id: 'x-1', object: 'text_completion' });
  });

  it('hands out what was appended since the last take, once', () => {
    const body = new SseBody(
      'completion',
      Buffer.from(head('text_completion')),
    );
    expect(body.isEmpty).toBe(true);
    body.token(0);
    expect(parseEvents(body.take())).toHaveLength(1);
    expect(body.isEmpty).toBe(true);
    expect(body.take()).toHaveLength(0);
    body.token(1);
    body.finish('length', undefined);
    const events = parseEvents(body.take());
    expect(events.map(e => (e === '[DONE]' ? e : e.choices[0].text))).toEqual([
      fillerToken(1),
      '',
      '[DONE]',
    ]);
  });
});
