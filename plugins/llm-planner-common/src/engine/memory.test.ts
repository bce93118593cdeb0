import { kvBytesPerSequence, memoryFit } from './memory';
import { seedKb } from './__testUtils__/seed';

describe('memory fit', () => {
  const kb = seedKb();
  const model = (id: string) => kb.models.find(m => m.id === id)!;
  const gpu = (id: string) => kb.gpus.find(g => g.id === id)!;

  it('rejects a 70B model at TP1 (and TP2) on an 80 GB GPU and accepts it at TP4', () => {
    const m = model('llama-3.1-70b');
    const h100 = gpu('H100-SXM-80GB');
    const tp1 = memoryFit(m, h100, 1, 'bf16', 2048, 1);
    expect(tp1.feasible).toBe(false);
    expect(tp1.reason).toMatch(/weights need 141/);
    // 70.6 GB of weights per GPU at TP2 leaves no KV room in 80 x 0.9 - 2 = 70 GB
    expect(memoryFit(m, h100, 2, 'bf16', 2048, 1).feasible).toBe(false);
    expect(memoryFit(m, h100, 4, 'bf16', 2048, 1).feasible).toBe(true);
    expect(memoryFit(m, h100, 2, 'fp8', 2048, 1).feasible).toBe(true);
  });

  it('computes Llama-3.1-8B KV cache as 2 x 32 layers x 8 heads x 128 x 2 bytes per token', () => {
    expect(kvBytesPerSequence(model('llama-3.1-8b'), 1000)).toBe(
      2 * 32 * 8 * 128 * 2 * 1000,
    );
  });

  it('caps sliding-window layers at their window', () => {
    const g = model('gpt-oss-20b');
    const full = 2 * 8 * 64 * 2;
    expect(kvBytesPerSequence(g, 10000)).toBe(full * (12 * 10000 + 12 * 128));
  });

  it('limits concurrency by the KV budget', () => {
    const fit = memoryFit(
      model('llama-3.1-8b'),
      gpu('L4'),
      1,
      'bf16',
      8192,
      1000,
    );
    expect(fit.feasible).toBe(false);
    expect(fit.maxConcurrency).toBeGreaterThan(0);
    expect(fit.maxConcurrency).toBeLessThan(10);
  });

  it('says when the catalog lacks the KV shape', () => {
    expect(
      memoryFit(model('granite-3-8b'), gpu('L4'), 1, 'bf16', 1024, 1).reason,
    ).toMatch(/unknown/);
  });
});
