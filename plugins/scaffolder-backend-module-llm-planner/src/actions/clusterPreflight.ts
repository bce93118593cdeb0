import { InputError, NotAllowedError } from '@backstage/errors';
import { KubeCallError } from '../kubernetes/errors';
import { describeUnserved, PreflightResult } from '../kubernetes/preflight';

/**
 * Runs the reads that come before any write (discovery, namespace, quota, live objects) and turns
 * a failed Kubernetes call into a readable error that names the call and says nothing was
 * applied: `read ServiceMonitor customer-support/support-chat: forbidden: ... (cluster test).
 * Nothing was applied.` A refusal (403) is a NotAllowedError.
 */
export async function beforeAnyWrite<T>(
  cluster: string,
  fn: () => Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (!(e instanceof KubeCallError)) throw e;
    const message = `${e.message} (cluster ${cluster}). Nothing was applied.`;
    if (e.code === 403) throw new NotAllowedError(message);
    throw new Error(message);
  }
}

/**
 * Preflight discovery outcome: refuses, before anything is written, when the cluster serves a
 * kind in no compatible version, listing them.
 */
export function refuseUnserved(
  cluster: string,
  result: PreflightResult,
  hint = '',
): void {
  if (result.unserved.length === 0) return;
  throw new InputError(
    `Cluster ${cluster} does not serve every kind to apply; nothing was applied:\n- ${result.unserved
      .map(describeUnserved)
      .join('\n- ')}${hint ? `\n${hint}` : ''}`,
  );
}
