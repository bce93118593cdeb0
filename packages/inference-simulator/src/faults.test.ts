import OpenAI from 'openai';
import { performance } from 'node:perf_hooks';
import { sendStreamingRequest } from './loadtest/client';
import { SimulatorOptions, startSimulator } from './server';

async function withSim<T>(
  options: Partial<SimulatorOptions>,
  fn: (url: string) => Promise<T>,
) {
  const sim = await startSimulator({
    model: 'm',
    host: '127.0.0.1',
    port: 0,
    ...options,
  });
  try {
    return await fn(sim.url);
  } finally {
    await sim.close();
  }
}

const spec = (url: string) => ({
  target: url,
  model: 'm',
  endpoint: 'completions' as const,
});

async function errorCount(seed: number) {
  return withSim({ errorRate: 0.3, seed }, async url => {
    let errors = 0;
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) {
      const s = await sendStreamingRequest(spec(url), 'x', 2, t0);
      if (!s.ok) {
        expect(s.error).toMatch(/HTTP 500: Simulated internal server error/);
        errors++;
      }
    }
    return errors;
  });
}

describe('fault injection', () => {
  it('answers the configured fraction of requests with an OpenAI 500 error, reproducibly', async () => {
    const a = await errorCount(7);
    expect(a).toBeGreaterThan(15);
    expect(a).toBeLessThan(45);
    expect(await errorCount(7)).toBe(a);
  });

  it('fails every request at error rate 1 with an error the openai client understands', () =>
    withSim({ errorRate: 1 }, async url => {
      const client = new OpenAI({
        baseURL: `${url}/v1`,
        apiKey: 'x',
        maxRetries: 0,
      });
      const err = await client.completions
        .create({ model: 'm', prompt: 'x', max_tokens: 2 })
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.InternalServerError);
      expect(
        (err as InstanceType<typeof OpenAI.InternalServerError>).status,
      ).toBe(500);
    }));

  // A loaded machine only makes requests slower: the spiked request is checked against the
  // spike's length from below, the unspiked one by order, not against a wall-clock bound.
  it('delays the first token of spiked requests', async () => {
    const ttft = (rate: number) =>
      withSim({ latencySpikeRate: rate, latencySpikeMs: 1000 }, async url => {
        const s = await sendStreamingRequest(
          spec(url),
          'x',
          3,
          performance.now(),
        );
        expect(s.ok).toBe(true);
        return s.ttftMs;
      });
    const spiked = await ttft(1);
    expect(spiked).toBeGreaterThanOrEqual(990);
    expect(await ttft(0)).toBeLessThan(spiked);
  });

  it('stops answering after N requests: connections hang and /health fails', () =>
    withSim({ stallAfterRequests: 2 }, async url => {
      const t0 = performance.now();
      for (let i = 0; i < 2; i++) {
        expect((await sendStreamingRequest(spec(url), 'x', 3, t0)).ok).toBe(
          true,
        );
      }
      expect((await fetch(`${url}/health`)).status).toBe(200);
      const hung = await sendStreamingRequest(
        { ...spec(url), requestTimeoutMs: 300 },
        'x',
        3,
        t0,
      );
      expect(hung.ok).toBe(false);
      expect(hung.error).toMatch(/timeout/);
      expect((await fetch(`${url}/health`)).status).toBe(503);
      const models = await fetch(`${url}/v1/models`, {
        signal: AbortSignal.timeout(200),
      }).then(
        () => 'answered',
        (e: Error) => e.name,
      );
      expect(models).toBe('TimeoutError');
      expect((await fetch(`${url}/metrics`)).status).toBe(200);
    }));
});
