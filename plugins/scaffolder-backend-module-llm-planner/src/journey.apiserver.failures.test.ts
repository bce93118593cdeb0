/**
 * The apply and ensure actions against a REAL kube-apiserver v1.20.2 started WITHOUT the KEDA,
 * prometheus-operator and KServe CRDs, and then stopped, restarted and paused underneath them:
 * unserved kinds (B5), a server gone mid-apply, a hung server and a cancelled task (B6). The
 * happy path and contents: `journey.apiserver.test.ts`.
 */
import { InputError } from '@backstage/errors';
import {
  RealApiServer,
  requireRealApiServer,
  startRealApiServer,
} from '@llm-planner/kubernetes-test-server';
import { outputOf } from './__testUtils__/fixtures';
import {
  actionsOf,
  adminOf,
  realJourney,
  rejectionOf,
  workloadObjects,
} from './__testUtils__/realApiServer';
import { ClusterClient } from './kubernetes/ClusterClient';

const describeReal = requireRealApiServer() ? describe : describe.skip;

jest.setTimeout(180_000);

const SKIP_CRD_KINDS = { skipKinds: ['ServiceMonitor', 'ScaledObject'] };

describeReal(
  'a real kube-apiserver v1.20 without CRDs, failing underneath the actions',
  () => {
    let server: RealApiServer;

    beforeAll(async () => {
      server = await startRealApiServer({ crds: 'none' });
    });

    afterAll(() => server?.stop());

    describe('B5: kinds the server does not serve', () => {
      const ns = 'customer-support';
      const j = realJourney(() => server, {
        ownerGroup: 'group:default/customer-support',
      });
      beforeAll(async () => {
        await j.render();
        await j.ensure().done;
      });

      it('B5: apply refuses, listing ServiceMonitor and ScaledObject, and writes nothing', async () => {
        const run = j.apply();
        const error = await rejectionOf(run.done);
        expect(error).toBeInstanceOf(InputError);
        expect(error.message).toBe(
          'Cluster real does not serve every kind to apply; nothing was applied:\n- ServiceMonitor (monitoring.coreos.com/v1): support-chat\n- ScaledObject (keda.sh/v1alpha1): support-chat\nInstall what the cluster lacks, or skip optional kinds with the input skipKinds (ServiceMonitor, ScaledObject).',
        );
        expect(outputOf(run.ctx, 'applied')).toBeUndefined();
        expect(await workloadObjects(server, ns)).toEqual([]);
      });

      it('B5: with skipKinds it applies the rest (PodDisruptionBudget as policy/v1beta1) and reports what it skipped', async () => {
        const run = j.apply(SKIP_CRD_KINDS);
        await run.done;
        expect(actionsOf(outputOf(run.ctx, 'applied'))).toEqual([
          'Service/support-chat:created',
          'Deployment/support-chat:created',
          'PodDisruptionBudget/support-chat:created',
          'NetworkPolicy/support-chat:created',
        ]);
        expect(outputOf(run.ctx, 'skipped')).toEqual([
          'ServiceMonitor/support-chat',
          'ScaledObject/support-chat',
        ]);
        expect(outputOf(run.ctx, 'conversions')).toEqual([
          'PodDisruptionBudget/support-chat applied as policy/v1beta1: the cluster does not serve policy/v1 (same fields for what the planner renders)',
        ]);
        expect(outputOf(run.ctx, 'status')).toBe('applied');
        expect(await workloadObjects(server, ns)).toEqual([
          'Service/support-chat',
          'Deployment/support-chat',
          'PodDisruptionBudget/support-chat',
          'NetworkPolicy/support-chat',
        ]);
      });
    });

    describe('B6: the API server stops in the middle of an apply', () => {
      const ns = 'outage-team';
      let stopAfterFirstApply = true;
      /** Stops the API server as soon as the first object was applied. */
      const stopMidApply = (client: ClusterClient): ClusterClient => ({
        cluster: client.cluster,
        resource: client.resource,
        read: client.read,
        list: client.list,
        async apply(obj, options) {
          const result = await client.apply(obj, options);
          if (stopAfterFirstApply && !options.dryRun) {
            stopAfterFirstApply = false;
            await server.stopApiServer();
          }
          return result;
        },
      });
      const j = realJourney(() => server, {
        ownerGroup: `group:default/${ns}`,
        hook: stopMidApply,
      });
      beforeAll(async () => {
        await j.render();
        stopAfterFirstApply = false;
        await j.ensure().done;
        stopAfterFirstApply = true;
      });

      it('B6: fails with what was and was not applied; after a restart a re-run completes', async () => {
        const run = j.apply(SKIP_CRD_KINDS);
        const error = await rejectionOf(run.done);
        await server.restartApiServer();
        expect(error.message).toMatch(
          /^apply Deployment outage-team\/support-chat: cannot reach the API server: ECONNREFUSED .*\. Applied before the failure: Service\/support-chat \(created\)\. Not applied: Deployment\/support-chat, PodDisruptionBudget\/support-chat, NetworkPolicy\/support-chat\. Re-running the step applies the rest\.$/,
        );
        expect(outputOf(run.ctx, 'status')).toBe('failed');
        expect(actionsOf(outputOf(run.ctx, 'applied'))).toEqual([
          'Service/support-chat:created',
        ]);

        expect(await workloadObjects(server, ns)).toEqual([
          'Service/support-chat',
        ]);
        const rerun = j.apply(SKIP_CRD_KINDS);
        await rerun.done;
        expect(actionsOf(outputOf(rerun.ctx, 'applied'))).toEqual([
          'Service/support-chat:unchanged',
          'Deployment/support-chat:created',
          'PodDisruptionBudget/support-chat:created',
          'NetworkPolicy/support-chat:created',
        ]);
        expect(outputOf(rerun.ctx, 'status')).toBe('applied');
        expect(await workloadObjects(server, ns)).toEqual([
          'Service/support-chat',
          'Deployment/support-chat',
          'PodDisruptionBudget/support-chat',
          'NetworkPolicy/support-chat',
        ]);
      });
    });

    describe('B6: a hung (paused) API server', () => {
      const quick = realJourney(() => server, {
        ownerGroup: 'group:default/paused-team',
        config: { requestTimeoutSeconds: 2 },
      });
      const patient = realJourney(() => server, {
        ownerGroup: 'group:default/paused-team',
        config: { requestTimeoutSeconds: 120 },
      });
      beforeAll(async () => {
        await quick.render();
        await patient.render();
      });
      afterEach(() => server.resume());

      it('B6: ensure and apply time out after llmPlanner.kubernetes.requestTimeoutSeconds (2 s), writing nothing', async () => {
        await server.pause();
        // the messages name the configured 2 s (not the client's own default)
        const ensure = await rejectionOf(quick.ensure().done);
        expect(ensure.message).toBe(
          'discover v1: no answer from the API server within 2 s (llmPlanner.kubernetes.requestTimeoutSeconds) (cluster real). Nothing was applied.',
        );
        const apply = await rejectionOf(quick.apply(SKIP_CRD_KINDS).done);
        expect(apply.message).toBe(
          'discover v1: no answer from the API server within 2 s (llmPlanner.kubernetes.requestTimeoutSeconds) (cluster real). Nothing was applied.',
        );
        await server.resume();
        expect(
          await adminOf(server).read('v1', 'Namespace', '', 'paused-team'),
        ).toBeUndefined();
      });

      it('B6: an aborted task (ctx.signal) rejects promptly although the request timeout is 120 s', async () => {
        await server.pause();
        const controller = new AbortController();
        const run = patient.ensure('admin', { signal: controller.signal });
        setTimeout(() => controller.abort(), 1000);
        // the abort ends it (its message below), not the 120 s request timeout
        const error = await rejectionOf(run.done);
        expect(error.message).toBe(
          'discover v1: cancelled: the task was aborted before the API server answered (cluster real). Nothing was applied.',
        );
      });

      it('B6: after the server resumes, the same step completes', async () => {
        await patient.ensure().done;
        const run = patient.apply(SKIP_CRD_KINDS);
        await run.done;
        expect(outputOf(run.ctx, 'status')).toBe('applied');
        expect(await workloadObjects(server, 'paused-team')).toHaveLength(4);
      });
    });
  },
);
