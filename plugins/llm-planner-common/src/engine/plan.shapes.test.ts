// A planner reuses the candidate configurations and their sizing between intents of the same
// workload shape. This checks that reuse never changes an answer: every plan of a planner that
// has already answered many related intents equals, in full, the plan of a fresh planner.
import { createPlanner } from './plan';
import { seedKb } from './__testUtils__/seed';
import type { Intent } from './schemas';

const BASES: Intent[] = [
  { useCase: 'chatbot', users: 1000 },
  { useCase: 'chatbot', users: 200, usersMean: 'concurrent' },
  { useCase: 'summarisation', users: 20, usersMean: 'rps' },
  { useCase: 'rag-qa', users: 800, slo: { percentile: 'p90', itlMs: 40 } },
  { useCase: 'batch-analytics', users: 50, usersMean: 'rps', pricing: 'spot' },
  { useCase: 'code-completion', users: 300, model: 'qwen3-8b' },
  { useCase: 'agentic', users: 2000, headroom: 0.5, gpu: 'A100' },
  { useCase: 'reasoning', users: 5000, model: 'llama-3.1-70b', gpu: 'L4' },
  { useCase: 'translation', users: 10, usersMean: 'rps', maxAlternatives: 6 },
];

/** Intents of the same shapes with other loads, headroom and alternatives. */
function variants(base: Intent): Intent[] {
  return [
    base,
    { ...base, users: base.users * 7 + 3 },
    { ...base, users: Math.max(1, Math.round(base.users / 9)) },
    { ...base, users: base.users * 40 },
    { ...base, headroom: 0.05 },
    { ...base, maxAlternatives: 1 },
    { ...base, inputTokens: 3000 },
  ];
}

describe('planner shape reuse', () => {
  const kb = seedKb();
  const shared = createPlanner(kb);
  const intents = BASES.flatMap(variants);
  beforeAll(() => {
    // the same shapes at other loads first, so that every answer below reuses them
    for (const intent of intents)
      shared.plan({ ...intent, users: intent.users + 1 });
  });

  it.each(intents.map(i => [JSON.stringify(i), i] as const))(
    '%s answers as a fresh planner does',
    (_, intent) => {
      // the shared planner has answered the shape before, the fresh one never
      const fresh = createPlanner(kb).plan(intent);
      expect(JSON.stringify(shared.plan(intent))).toBe(JSON.stringify(fresh));
    },
  );
});
