import type { Pending, Sized } from './candidates';
import { ConfigCache } from './candidates';
import { buildPriceIndex } from './cost';
import {
  candidates,
  fitConfigurations,
  planRequest,
  PlanRequest,
  priceSized,
  rankAlternatives,
  rejections,
} from './planSteps';
import { createEngine } from './predictor';
import type { Sizing } from './capacity';
import { seedKb } from './__testUtils__/seed';

describe('plan steps', () => {
  const kb = seedKb();
  const engine = createEngine(kb);
  const priceIdx = buildPriceIndex(kb.prices);
  const pricedGpus = new Set(
    kb.prices.flatMap(p => (p.gpuId ? [p.gpuId] : [])),
  );

  describe('request', () => {
    it('fills the defaults and says so', () => {
      const req = planRequest(
        kb,
        { useCase: 'chatbot', users: 1000, usersMean: 'population' },
        false,
      );
      expect(req).toMatchObject({
        pricing: 'on-demand',
        engineName: 'vllm',
        tps: [1, 2, 4, 8],
        ctx: req.inTok + req.outTok,
        sizingConfidence: req.confidence,
      });
      expect(req.assumptions.join('\n')).toMatch(/replica headroom/);
      expect(
        planRequest(kb, { useCase: 'chatbot', users: 1 }, true)
          .sizingConfidence,
      ).toBeNull();
    });

    it('refuses a use case without a template', () => {
      expect(() =>
        planRequest(kb, { useCase: 'nope', users: 1 }, false),
      ).toThrow(/unknown use case "nope"; known: chatbot/);
    });
  });

  describe('candidates', () => {
    it('takes the models tagged with the use case task and every priced GPU', () => {
      const req = planRequest(
        kb,
        { useCase: 'code-completion', users: 100 },
        false,
      );
      const { models, gpus } = candidates(engine, pricedGpus, req);
      expect(models.length).toBeGreaterThan(0);
      expect(models.every(m => m.model.tasks.includes('code'))).toBe(true);
      expect(gpus.map(g => g.id).sort()).toEqual(
        kb.gpus
          .filter(g => pricedGpus.has(g.id))
          .map(g => g.id)
          .sort(),
      );
      expect(req.assumptions.join('\n')).toMatch(/tagged "code"/);
    });

    it('takes the named model and GPU only', () => {
      const req = planRequest(
        kb,
        { useCase: 'chatbot', users: 100, model: 'qwen3-8b', gpu: 'L4' },
        false,
      );
      const { models, gpus } = candidates(engine, pricedGpus, req);
      expect(models.map(m => m.model.id)).toEqual(['qwen3-8b']);
      expect(gpus.map(g => g.id)).toEqual(['L4']);
    });
  });

  describe('fit', () => {
    it('keeps configurations that fit, cheapest bound first, and lists the rest when named', () => {
      const req = planRequest(
        kb,
        { useCase: 'chatbot', users: 100, model: 'llama-3.1-70b', gpu: 'L4' },
        false,
      );
      const found = candidates(engine, pricedGpus, req);
      const fitted = fitConfigurations(
        priceIdx,
        new ConfigCache(engine),
        req,
        found,
      );
      const bounds = fitted.pending.map(p => p.lb);
      expect(bounds).toEqual([...bounds].sort((a, b) => a - b));
      // 70B weights do not fit one 24 GB L4: TP1 is rejected with the memory reason
      const tp1 = fitted.rejections.find(r => r.choice.tp === 1);
      expect(tp1?.reason()).toMatch(/GB/);
      expect(fitted.pending.every(p => p.tp > 1)).toBe(true);
    });
  });

  describe('price and rank', () => {
    const sized = (
      family: string,
      gpuId: string,
      perMonth: number,
      gpus = 1,
    ): Sized =>
      ({
        pc: { model: { family }, gpu: { id: gpuId } } as Pending,
        sizing: { provenance: 'measured' } as Sizing,
        perMonth,
        gpus,
      } as Sized);

    it('prices the replicas the peak needs with headroom and the availability floor', () => {
      const pc = {
        tp: 2,
        price: { pricePerGpuHour: 1 },
      } as Pending;
      const c = priceSized(pc, {} as Sized['cfg'], { rps: 10 } as Sizing, {
        workload: { peakRps: 25 } as PlanRequest['workload'],
        headroom: 0.2,
        availability: { policy: 'best-effort', minReplicas: 1, reason: '' },
      });
      expect(c.replicas).toBe(3); // ceil(25 x 1.2 / 10)
      expect(c.gpus).toBe(6);
      expect(c.perMonth).toBe(6 * 730);
    });

    it('ranks cheapest first and keeps one option per model family and GPU class', () => {
      const { chosen, kinds } = rankAlternatives(
        [
          sized('llama', 'H100-SXM-80GB', 300),
          sized('qwen', 'L4', 100),
          sized('qwen', 'L4-other', 120),
          sized('qwen', 'H100-PCIe-80GB', 200),
        ],
        { useCase: 'chatbot', users: 1 },
        1,
      );
      expect(chosen.map(c => [c.pc.model.family, c.pc.gpu.id])).toEqual([
        ['qwen', 'L4'],
        ['qwen', 'H100-PCIe-80GB'],
        ['llama', 'H100-SXM-80GB'],
      ]);
      // kinds compare with the best option (qwen on L4)
      expect(kinds).toEqual(['best', 'other-gpu', 'other-gpu']);
    });
  });

  it('lists the first rejections with their reason and counts all', () => {
    const r = rejections();
    const choice = {
      model: { id: 'm' },
      gpu: { id: 'g' },
      tp: 1,
      precision: 'bf16',
    } as Pending;
    for (let i = 0; i < 60; i++) r.add(choice, () => `reason ${i}`);
    expect(r.count).toBe(60);
    expect(r.shown).toHaveLength(50);
    expect(r.shown[0]).toEqual({
      config: 'm on g TP1 bf16',
      reason: 'reason 0',
    });
  });
});
