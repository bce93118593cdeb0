import {
  AutoscalingDecision,
  decisionComparison,
  decisionOfComparison,
  decisionWithoutSimulation,
  Engine,
  Plan,
  prepareScalingPlan,
  ScalingPlan,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { parentPort, Worker } from 'node:worker_threads';
import { runAsModuleWorker, spawnModuleWorker } from './moduleWorker';

/** What the manifests' autoscaler uses for a plan, and why: the plan's autoscaler decision. */
export type AutoscalingRecommendation = AutoscalingDecision;

type Job = { id: number; scaling: ScalingPlan; plan: Plan };
type Answer =
  | { id: number; decision: AutoscalingDecision }
  | { id: number; failed: string };

/** The candidate policies replayed through the plan's day: seconds of CPU, so not on the request thread. */
function simulateDecision(
  scaling: ScalingPlan,
  plan: Plan,
): AutoscalingDecision {
  return decisionOfComparison(plan, decisionComparison(scaling, plan));
}

/** Entry point inside the worker thread (see {@link decideForPlan}): one decision at a time. */
export function workerMain(): void {
  const port = parentPort!;
  port.on('message', (job: Job) => {
    try {
      port.postMessage({
        id: job.id,
        decision: simulateDecision(job.scaling, job.plan),
      } satisfies Answer);
    } catch (e) {
      port.postMessage({
        id: job.id,
        failed: e instanceof Error ? e.message : String(e),
      } satisfies Answer);
    }
  });
}
runAsModuleWorker(__filename, workerMain);

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<
  number,
  { resolve: (d: AutoscalingDecision) => void; reject: (e: Error) => void }
>();

function decisionWorker(): Worker {
  if (worker) return worker;
  const w = spawnModuleWorker(__filename);
  w.on('message', (answer: Answer) => {
    const job = waiting.get(answer.id);
    if (!job) return;
    waiting.delete(answer.id);
    if ('failed' in answer) job.reject(new Error(answer.failed));
    else job.resolve(answer.decision);
    if (waiting.size === 0) w.unref();
  });
  const fail = (e: Error) => {
    worker = undefined;
    for (const job of waiting.values()) job.reject(e);
    waiting.clear();
  };
  w.on('error', fail);
  w.on('exit', code => fail(new Error(`decision worker exited (${code})`)));
  worker = w;
  return w;
}

function inWorker(
  scaling: ScalingPlan,
  plan: Plan,
): Promise<AutoscalingDecision> {
  const w = decisionWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.ref(); // a decision someone waits for keeps the process alive
    w.postMessage({ id, scaling, plan } satisfies Job);
  });
}

/**
 * The autoscaler decision of a plan with a recommendation: its office-hours day replayed
 * through the candidate policies, the cheapest meeting the SLO (`decideAutoscaling`, the
 * computation the Scaling tab shows); a batch plan's CronJob is decided without simulation.
 * The engine is read here; the replay (seconds of CPU) runs in a worker thread so requests and
 * `/health` are answered meanwhile. Deterministic, so every replica decides the same.
 */
export function decideForPlan(
  engine: Engine,
  plan: Plan,
): Promise<AutoscalingDecision> {
  // a batch plan is decided from its run window: nothing to simulate
  const planned = decisionWithoutSimulation(plan);
  if (planned) return Promise.resolve(planned);
  return inWorker(prepareScalingPlan(engine, plan), plan);
}
