import net from 'node:net';
import OpenAI from 'openai';
import { qwen3H100Points } from './__testUtils__/benchmarkPoints';
import { checkHistogram, parsePrometheus } from './__testUtils__/prometheus';
import { RunningSimulator, startSimulator } from './server';
import { stepTimeModelFromPoints } from './timing/stepTimeModel';

describe('inference simulator server', () => {
  let sim: RunningSimulator;
  let client: OpenAI;

  beforeAll(async () => {
    sim = await startSimulator({
      model: 'Qwen/Qwen3-8B',
      host: '127.0.0.1',
      port: 0,
      timing: stepTimeModelFromPoints(qwen3H100Points().points, {
        model: 'Qwen/Qwen3-8B',
      }),
      timeScale: 0.05,
      defaultOutputTokens: 20,
    });
    client = new OpenAI({
      baseURL: `${sim.url}/v1`,
      apiKey: 'x',
      maxRetries: 0,
    });
  });
  afterAll(() => sim.close());

  it('lists the configured model like vLLM does, with the timing provenance', async () => {
    const res = await fetch(`${sim.url}/v1/models`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      object: 'list',
      data: [{ id: 'Qwen/Qwen3-8B', object: 'model', root: 'Qwen/Qwen3-8B' }],
    });
    expect(body.data[0].simulator.timing.provenance).toMatch(/log-linear/);
    const models = await client.models.list();
    expect(models.data.map(m => m.id)).toEqual(['Qwen/Qwen3-8B']);
  });

  it('answers health checks', async () => {
    expect((await fetch(`${sim.url}/health`)).status).toBe(200);
  });

  it('answers unknown routes with an OpenAI-style error', async () => {
    const res = await fetch(`${sim.url}/v1/nothing`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({
      object: 'error',
      type: 'NotFoundError',
      code: 404,
    });
  });

  it('serves chat completions to the openai client (not streaming)', async () => {
    const res = await client.chat.completions.create({
      model: 'Qwen/Qwen3-8B',
      messages: [{ role: 'user', content: 'Say hello in five words.' }],
      max_tokens: 7,
    });
    expect(res.object).toBe('chat.completion');
    expect(res.choices[0].message.role).toBe('assistant');
    expect(res.choices[0].finish_reason).toBe('length');
    expect(res.usage).toMatchObject({
      completion_tokens: 7,
      total_tokens: res.usage!.prompt_tokens + 7,
    });
    // 6 content tokens + 4 per message + 3 reply primer
    expect(res.usage!.prompt_tokens).toBe(13);
    expect(res.choices[0].message.content!.trim().split(' ')).toHaveLength(7);
  });

  it('streams chat completions to the openai client with a usage chunk', async () => {
    const stream = await client.chat.completions.create({
      model: 'Qwen/Qwen3-8B',
      messages: [{ role: 'user', content: 'hi' }],
      max_tokens: 6,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let contentChunks = 0;
    let finish: string | null = null;
    let usage: OpenAI.CompletionUsage | undefined | null;
    for await (const chunk of stream) {
      if (chunk.usage) usage = chunk.usage;
      const c = chunk.choices[0];
      if (!c) continue;
      if (c.delta.content) {
        text += c.delta.content;
        contentChunks++;
      }
      if (c.finish_reason) finish = c.finish_reason;
    }
    expect(contentChunks).toBe(6);
    expect(text.trim().split(' ')).toHaveLength(6);
    expect(finish).toBe('length');
    expect(usage).toMatchObject({ completion_tokens: 6, prompt_tokens: 8 });
  });

  it('serves and streams text completions to the openai client', async () => {
    const res = await client.completions.create({
      model: 'Qwen/Qwen3-8B',
      prompt: 'one two three four',
      max_tokens: 5,
    });
    expect(res.object).toBe('text_completion');
    expect(res.usage).toMatchObject({ prompt_tokens: 4, completion_tokens: 5 });
    expect(res.choices[0].text.trim().split(' ')).toHaveLength(5);

    const stream = await client.completions.create({
      model: 'Qwen/Qwen3-8B',
      prompt: [1, 2, 3],
      max_tokens: 4,
      stream: true,
    });
    const texts: string[] = [];
    let finish: string | null = null;
    for await (const chunk of stream) {
      if (chunk.choices[0]?.text) texts.push(chunk.choices[0].text);
      if (chunk.choices[0]?.finish_reason)
        finish = chunk.choices[0].finish_reason;
    }
    expect(texts).toHaveLength(4);
    expect(finish).toBe('length');
  });

  it('respects max_tokens, min_tokens and ignore_eos', async () => {
    const post = (body: object) =>
      fetch(`${sim.url}/v1/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'Qwen/Qwen3-8B', prompt: 'x', ...body }),
      }).then(r => r.json());
    // default output length 20 (0.5x..1.5x): a larger max_tokens stops early
    const natural = await post({ max_tokens: 1000 });
    expect(natural.choices[0].finish_reason).toBe('stop');
    expect(natural.usage.completion_tokens).toBeLessThanOrEqual(30);
    const forced = await post({ max_tokens: 45, ignore_eos: true });
    expect(forced.usage.completion_tokens).toBe(45);
    const min = await post({ max_tokens: 60, min_tokens: 50 });
    expect(min.usage.completion_tokens).toBeGreaterThanOrEqual(50);
    expect(min.usage.completion_tokens).toBeLessThanOrEqual(60);
    for (let i = 0; i < 5; i++) {
      const r = await post({ max_tokens: 3 });
      expect(r.usage.completion_tokens).toBeLessThanOrEqual(3);
    }
  });

  it('rejects bad requests like vLLM', async () => {
    const post = (body: string) =>
      fetch(`${sim.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const bad = await post('{not json');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      object: 'error',
      type: 'BadRequestError',
    });
    const wrongModel = await post(
      JSON.stringify({
        model: 'gpt-9',
        messages: [{ role: 'user', content: 'x' }],
      }),
    );
    expect(wrongModel.status).toBe(404);
    expect((await post(JSON.stringify({ messages: [] }))).status).toBe(400);
    expect(
      (
        await post(
          JSON.stringify({
            messages: [{ role: 'user', content: 'x' }],
            max_tokens: 0,
          }),
        )
      ).status,
    ).toBe(400);
    const tooLong = await post(
      JSON.stringify({
        messages: [{ role: 'user', content: 'x' }],
        max_tokens: 10_000_000,
      }),
    );
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()).message).toMatch(/maximum context length/);
    await expect(
      client.chat.completions.create({
        model: 'nope',
        messages: [{ role: 'user', content: 'x' }],
      }),
    ).rejects.toThrow(/does not exist/);
  });

  it('exposes vLLM metrics in valid Prometheus text format', async () => {
    const res = await fetch(`${sim.url}/metrics`);
    expect(res.headers.get('content-type')).toMatch(
      /^text\/plain; version=0.0.4/,
    );
    const families = parsePrometheus(await res.text());
    const expected: Record<string, string> = {
      'vllm:num_requests_running': 'gauge',
      'vllm:num_requests_waiting': 'gauge',
      'vllm:gpu_cache_usage_perc': 'gauge',
      'vllm:kv_cache_usage_perc': 'gauge',
      'vllm:prompt_tokens_total': 'counter',
      'vllm:generation_tokens_total': 'counter',
      'vllm:request_success_total': 'counter',
      'vllm:time_to_first_token_seconds': 'histogram',
      'vllm:inter_token_latency_seconds': 'histogram',
      'vllm:time_per_output_token_seconds': 'histogram',
      'vllm:e2e_request_latency_seconds': 'histogram',
    };
    for (const [name, type] of Object.entries(expected)) {
      const f = families.get(name);
      expect(f?.type).toBe(type);
      expect(f!.samples.length).toBeGreaterThan(0);
      for (const s of f!.samples)
        expect(s.labels.model_name).toBe('Qwen/Qwen3-8B');
    }
    const ttft = checkHistogram(
      families.get('vllm:time_to_first_token_seconds')!,
    );
    const e2e = checkHistogram(
      families.get('vllm:e2e_request_latency_seconds')!,
    );
    checkHistogram(families.get('vllm:inter_token_latency_seconds')!);
    const success = families
      .get('vllm:request_success_total')!
      .samples.reduce((s, x) => s + x.value, 0);
    expect(ttft.count).toBeGreaterThanOrEqual(success);
    expect(e2e.count).toBe(success);
    expect(success).toBeGreaterThanOrEqual(8);
    const gen = families.get('vllm:generation_tokens_total')!.samples[0].value;
    expect(gen).toBeGreaterThan(50);
    expect(families.get('vllm:num_requests_running')!.samples[0].value).toBe(0);
  });
});

/** One streamed completion over a raw socket: the body's chunked-encoding frames, in order. */
function streamFrames(url: string, maxTokens: number): Promise<string[]> {
  const { hostname, port } = new URL(url);
  const body = JSON.stringify({
    prompt: 'hello world',
    max_tokens: maxTokens,
    ignore_eos: true,
    stream: true,
  });
  return new Promise((resolve, reject) => {
    const sock = net.connect(Number(port), hostname);
    let raw = Buffer.alloc(0);
    sock.on('connect', () =>
      sock.write(
        `POST /v1/completions HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${Buffer.byteLength(
            body,
          )}\r\nConnection: close\r\n\r\n${body}`,
      ),
    );
    sock.on('data', (d: Buffer) => (raw = Buffer.concat([raw, d])));
    sock.on('error', reject);
    sock.on('close', () => {
      const text = raw.toString('utf8');
      let at = text.indexOf('\r\n\r\n') + 4;
      const frames: string[] = [];
      for (;;) {
        const eol = text.indexOf('\r\n', at);
        const size = parseInt(text.slice(at, eol), 16);
        if (!size) break;
        frames.push(text.slice(eol + 2, eol + 2 + size));
        at = eol + 2 + size + 2;
      }
      resolve(frames);
    });
  });
}

const events = (frame: string) => frame.split('\n\n').filter(Boolean);

describe('inference simulator stream writes', () => {
  it('writes the first token as soon as it exists and every later step as it ends', async () => {
    const sim = await startSimulator({
      model: 'm',
      host: '127.0.0.1',
      port: 0,
      timing: stepTimeModelFromPoints(qwen3H100Points().points, { model: 'm' }),
      jitter: 0,
    });
    try {
      const frames = await streamFrames(sim.url, 4);
      // the first token alone: a client sees it after the prefill, not after the whole answer
      expect(events(frames[0])).toHaveLength(1);
      expect(frames.length).toBeGreaterThan(1);
      const all = frames.flatMap(events);
      expect(all.filter(e => e.includes('"finish_reason":null'))).toHaveLength(
        4,
      );
      expect(all[all.length - 1]).toBe('data: [DONE]');
    } finally {
      await sim.close();
    }
  });

  it('sends tokens generated at the same simulated instant in one write', async () => {
    const sim = await startSimulator({
      model: 'm',
      host: '127.0.0.1',
      port: 0,
    });
    try {
      const frames = await streamFrames(sim.url, 16);
      expect(frames).toHaveLength(1);
      const all = events(frames[0]);
      expect(all.filter(e => e.includes('"finish_reason":null'))).toHaveLength(
        16,
      );
      expect(all.slice(-2)).toEqual([
        expect.stringContaining('"finish_reason":"length"'),
        'data: [DONE]',
      ]);
    } finally {
      await sim.close();
    }
  });
});
