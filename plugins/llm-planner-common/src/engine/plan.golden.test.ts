// Golden test: the recommendations of ~40 varied intents on the seed knowledge base. Guards
// performance work on the planner: any change of this snapshot is a change of the answers.
import { createPlanner } from './plan';
import { seedKb } from './__testUtils__/seed';
import type { Intent, Plan, PredictedValue } from './schemas';

const USE_CASES = [
  'chatbot',
  'customer-service',
  'code-completion',
  'code-generation',
  'summarisation',
  'rag-qa',
  'translation',
  'agentic',
  'batch-analytics',
  'long-document-summarisation',
  'content-generation',
  'reasoning',
];
const USERS = [10, 300, 5000, 50000];
const MEANS = ['population', 'concurrent', 'rps'] as const;
const MODELS = ['qwen3-8b', 'llama-3.1-70b', 'mixtral-8x7b', 'gpt-oss-20b'];

function goldenIntents(): Intent[] {
  const out: Intent[] = [];
  USE_CASES.forEach((useCase, i) => {
    out.push({ useCase, users: USERS[i % 4], usersMean: MEANS[i % 3] });
    out.push({
      useCase,
      users: USERS[(i + 1) % 4],
      usersMean: MEANS[(i + 1) % 3],
      model: MODELS[i % 4],
    });
    out.push({
      useCase,
      users: USERS[(i + 2) % 4],
      model: MODELS[(i + 1) % 4],
      gpu: i % 2 ? 'H100' : 'L4',
    });
  });
  out.push({ useCase: 'chatbot', users: 100000, slo: { ttftMs: 300 } });
  out.push({ useCase: 'chatbot', users: 2000, pricing: 'spot' });
  out.push({
    useCase: 'rag-qa',
    users: 1000,
    slo: { percentile: 'p90', itlMs: 40 },
    maxAlternatives: 6,
  });
  out.push({ useCase: 'agentic', users: 2000, headroom: 0.5, gpu: 'A100' });
  return out;
}

const sig3 = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x)
    ? x
    : Number(x.toPrecision(3));
const pv = (v: PredictedValue | undefined) =>
  v ? `${sig3(v.value)} ${v.provenance}` : undefined;

function summary(plan: Plan) {
  return {
    recommendations: plan.recommendations.map(r => ({
      kind: r.kind,
      config: `${r.modelId} ${r.gpuId} TP${r.tp} ${r.precision}`,
      replicas: r.replicas,
      perMonth: r.cost.perMonth,
      capacity: r.capacityConcurrencyPerReplica,
      provenance: r.provenance,
      prediction: Object.fromEntries(
        (['ttft', 'itl', 'e2e'] as const).flatMap(m =>
          (['mean', 'p50', 'p90', 'p95', 'p99'] as const).map(s => [
            `${m}.${s}`,
            pv(r.prediction[m][s]),
          ]),
        ),
      ),
      throughputRps: pv(r.prediction.throughputRps),
    })),
    rejected: plan.rejected.length,
    sensitivity: plan.sensitivity.map(
      s => `${s.change}: ${s.replicas} replicas, ${s.perMonth} $/month`,
    ),
  };
}

describe('planner golden answers', () => {
  const planner = createPlanner(seedKb());
  it.each(goldenIntents().map(i => [JSON.stringify(i), i] as const))(
    '%s',
    (_, intent) => {
      expect(summary(planner.plan(intent))).toMatchSnapshot();
    },
  );
});
