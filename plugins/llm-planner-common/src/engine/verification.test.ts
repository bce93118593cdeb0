import { createPlanner } from './plan';
import type { ProvenanceKind } from './schemas';
import { seedKb } from './__testUtils__/seed';
import {
  restsOnEstimates,
  verificationCommands,
  verificationLoads,
} from './verification';

describe('verify before approve', () => {
  const planner = createPlanner(seedKb());
  // A model forced onto a GPU it was never measured on in the seed data: the roofline
  // estimate. Generous targets keep the configuration feasible however wide the estimate's
  // uncertainty; the first candidate with an estimated recommendation is used.
  const relaxed = { ttftMs: 2000, itlMs: 100, e2eMs: 60000 };
  const plan = [
    { model: 'llama-3.1-8b', gpu: 'L40S', slo: relaxed },
    { model: 'qwen3-8b', gpu: 'L40S', slo: relaxed },
    { model: 'llama-3.1-8b', gpu: 'L40S' },
  ]
    .map(forced => planner.plan({ useCase: 'chatbot', users: 1000, ...forced }))
    .find(p => p.recommendations[0]?.provenance === 'estimated')!;
  const best = plan.recommendations[0];

  it('tells estimated and transferred recommendations from measured ones', () => {
    expect(plan).toBeDefined();
    expect(best.provenance).toBe('estimated');
    expect(restsOnEstimates(best)).toBe(true);
    const as = (provenance: ProvenanceKind) =>
      restsOnEstimates({ ...best, provenance });
    expect(as('transferred')).toBe(true);
    for (const p of [
      'measured',
      'interpolated',
      'derived',
      'calibrated',
    ] as const) {
      expect(as(p)).toBe(false);
    }
  });

  it('loads bracket the per-replica capacity: 0.5x to 1.5x, whole, at least 1, ascending', () => {
    expect(verificationLoads(10)).toEqual([5, 8, 10, 13, 15]);
    expect(verificationLoads(1)).toEqual([1, 2]);
    expect(verificationLoads(0)).toEqual([1, 2]);
    expect(verificationLoads(Number.NaN)).toEqual([1, 2]);
  });

  it("gives GuideLLM, vllm bench serve and load tester commands with the plan's shape and loads", () => {
    const v = verificationCommands(plan, best, {
      title: 'Support chat',
      namespace: 'customer-support',
    });
    const inTok = Math.round(plan.workload.inputTokens.mean);
    const outTok = Math.round(plan.workload.outputTokens.mean);
    expect(v.inputTokens).toBe(inTok);
    expect(v.outputTokens).toBe(outTok);

    // loads around the capacity of one replica
    const cap = best.capacityConcurrencyPerReplica;
    expect(v.loads.length).toBeGreaterThanOrEqual(3);
    expect(Math.min(...v.loads)).toBeLessThan(cap);
    expect(Math.max(...v.loads)).toBeGreaterThan(cap);
    expect(v.loads).toContain(Math.max(1, Math.round(cap)));

    // the Service of the plan's manifests, in the team namespace
    expect(v.target).toBe(
      'http://support-chat.customer-support.svc.cluster.local:8000',
    );

    // GuideLLM (current option names: --profile, --outputs)
    const g = v.guidellm.replace(/\\\n\s*/g, '');
    expect(g).toMatch(/^guidellm benchmark run /);
    expect(g).toContain(`--target ${v.target}`);
    expect(g).toContain(`--model ${best.hfId}`);
    expect(g).toContain('--profile concurrent');
    expect(g).toContain(`--rate ${v.loads.join(',')}`);
    expect(g).toContain(
      `--data "prompt_tokens=${inTok},output_tokens=${outTok}"`,
    );
    expect(g).toContain('--max-seconds 120');
    expect(g).toContain('--outputs guidellm-support-chat.json');

    // vllm bench serve: one closed-loop run per load, hardware as --metadata for the importer
    const b = v.vllmBenchServe.replace(/\\\n\s*/g, '');
    expect(b).toContain(`for c in ${v.loads.join(' ')}; do`);
    expect(b).toContain('vllm bench serve ');
    expect(b).toContain(`--base-url ${v.target}`);
    expect(b).toContain(`--model ${best.hfId}`);
    expect(b).toContain('--dataset-name random');
    expect(b).toContain(`--random-input-len ${inTok}`);
    expect(b).toContain(`--random-output-len ${outTok}`);
    expect(b).toContain('--max-concurrency "$c"');
    expect(b).toContain('--save-result');
    expect(b).toContain(
      `--metadata gpu=${best.gpuId} gpu_count=${best.tp} tensor_parallel=${best.tp} engine=${best.engine} precision=${best.precision}`,
    );

    // the simulator timed as the recommendation, then the load tester at the same loads
    const l = v.loadTester.replace(/\\\n\s*/g, '');
    expect(l).toContain(
      `inference-simulator --model ${best.hfId} --gpu ${best.gpuId} --tp ${best.tp} --engine ${best.engine} --precision ${best.precision} --input-tokens ${inTok} --output-tokens ${outTok}`,
    );
    expect(l).toContain('llm-loadtest --target http://127.0.0.1:8000');
    expect(l).toContain(`llm-loadtest --target ${v.target}`);
    expect(l).toContain(`--concurrency ${v.loads.join(',')}`);
    expect(l).toContain('--profile concurrent');

    expect(v.reason).toMatch(/no benchmark run measured it/);
    expect(v.reason).toContain(best.gpuId);
    expect(v.importHint).toMatch(/GuideLLM JSON/);
    expect(v.importHint).toMatch(/vllm bench serve JSON/);
    expect(v.importHint).toContain(`GPU ${best.gpuId}`);
  });

  it('derives the Service name from the plan title as the manifests do', () => {
    expect(
      verificationCommands(plan, best, { title: 'Äpfel & Birnen: RAG!' })
        .target,
    ).toBe('http://pfel-birnen-rag:8000');
    expect(verificationCommands(plan, best).target).toBe(
      'http://llm-service:8000',
    );
    expect(
      verificationCommands(plan, best, { target: 'http://10.0.0.5:8000' })
        .guidellm,
    ).toContain('--target http://10.0.0.5:8000');
  });

  it('explains a transferred recommendation as moved from another shape', () => {
    const v = verificationCommands(plan, {
      ...best,
      provenance: 'transferred',
    });
    expect(v.reason).toMatch(/roofline ratio/);
  });
});
