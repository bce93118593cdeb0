import { RunningSimulator, startSimulator } from './server';

describe('inference simulator server', () => {
  let sim: RunningSimulator;

  beforeAll(async () => {
    sim = await startSimulator({
      model: 'Qwen/Qwen3-8B',
      host: '127.0.0.1',
      port: 0,
    });
  });
  afterAll(() => sim.close());

  it('lists the configured model like vLLM does', async () => {
    const res = await fetch(`${sim.url}/v1/models`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      object: 'list',
      data: [{ id: 'Qwen/Qwen3-8B', object: 'model', root: 'Qwen/Qwen3-8B' }],
    });
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
});
