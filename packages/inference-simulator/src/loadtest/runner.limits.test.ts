import http from 'node:http';
import { AddressInfo } from 'node:net';
import { closeClientSockets } from './client';
import { createPromptSource } from './prompts';
import { runStrategy } from './runner';

// The load tester reads the clock of node:perf_hooks; here it reads a clock the test moves, so
// a run's duration limit is checked in simulated time: no request may start once the limit is
// reached, however slowly the machine runs the test.
const clock = { now: 0 };
jest.mock('node:perf_hooks', () => ({
  performance: { now: () => clock.now },
}));

/** Each request that arrives moves the clock on by `stepMs`, then streams two tokens. */
async function fakeServer(stepMs: number) {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      clock.now += stepMs;
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const text of ['a', 'b']) {
        res.write(`data: ${JSON.stringify({ choices: [{ text }] })}\n\n`);
      }
      res.end('data: [DONE]\n\n');
    });
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise(r => server.close(r)),
  };
}

describe('load tester limits in simulated time', () => {
  afterEach(() => closeClientSockets());

  it('stops a run at its duration limit: no request starts at or after it', async () => {
    clock.now = 0;
    const server = await fakeServer(50);
    try {
      const r = await runStrategy(
        { type: 'concurrent', streams: 2 },
        {
          target: { target: server.url, model: 'm', endpoint: 'completions' },
          prompts: createPromptSource({ outputTokens: 2 }),
          limits: { maxSeconds: 0.3 },
        },
      );
      expect(r.samples.every(s => s.ok)).toBe(true);
      // 50 simulated ms a request: the run goes on until the clock reaches 300 ms exactly, and
      // stops there (a request started at 300 ms would be one past the limit)
      expect(r.samples.length).toBeGreaterThanOrEqual(300 / 50);
      expect(Math.max(...r.samples.map(s => s.startMs))).toBeLessThan(300);
      expect(clock.now).toBeGreaterThanOrEqual(300);
    } finally {
      await server.close();
    }
  });
});
