/**
 * The template's cluster journey against a REAL kube-apiserver v1.20.2 (etcd,
 * kube-controller-manager; no scheduler or kubelet, so pods stay Pending), started once for this
 * file by `startRealApiServer` with every CRD installed. The REAL render, ensure and apply
 * actions run through `createMockActionContext` with a cluster client factory built from the
 * harness kubeconfigs; what they stored is read back from the API server. Runs in
 * `yarn test:all`; fails (not skips) without the server under CI=true or
 * LLM_PLANNER_REQUIRE_KUBE_APISERVER=1. Server without CRDs, outages and cancellation:
 * `journey.apiserver.failures.test.ts`.
 */
import { NotAllowedError } from '@backstage/errors';
import {
  isDns1123Label,
  KubeObject,
  limitRangeIssues,
  parseQuantity,
  TEAM_LIMIT_RANGE,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import {
  RealApiServer,
  requireRealApiServer,
  startRealApiServer,
} from '@llm-planner/kubernetes-test-server';
import {
  actionsOf,
  adminOf,
  eventually,
  realJourney,
  rejectionOf,
  SERVICE,
  workloadObjects,
} from './__testUtils__/realApiServer';
import { KubeConfig } from '@kubernetes/client-node';
import {
  CUSTOMER_SUPPORT,
  outputOf,
  PLAN_ID,
  storedPlan,
} from './__testUtils__/fixtures';
import {
  LIMIT_RANGE_NAME,
  RESOURCE_QUOTA_NAME,
  roleBindingName,
} from './actions/teamNamespace';

const describeReal = requireRealApiServer() ? describe : describe.skip;

jest.setTimeout(180_000);

const GPU = 'requests.nvidia.com/gpu';
const PDB_CONVERSION =
  'PodDisruptionBudget/support-chat applied as policy/v1beta1: the cluster does not serve policy/v1 (same fields for what the planner renders)';

/** The objects of one rendered plan, as the v1.20 server serves them. */
const WORKLOAD_KINDS: [string, string][] = [
  ['v1', 'Service'],
  ['apps/v1', 'Deployment'],
  ['policy/v1beta1', 'PodDisruptionBudget'],
  ['networking.k8s.io/v1', 'NetworkPolicy'],
  ['monitoring.coreos.com/v1', 'ServiceMonitor'],
  ['keda.sh/v1alpha1', 'ScaledObject'],
];

describeReal(
  'the scaffolder journey against a real kube-apiserver v1.20',
  () => {
    let server: RealApiServer;
    let admin: ReturnType<typeof adminOf>;

    beforeAll(async () => {
      server = await startRealApiServer({ crds: 'all' });
      admin = adminOf(server);
    });

    afterAll(() => server?.stop());

    const must = async (p: Promise<KubeObject | undefined>) => {
      const o = await p;
      if (!o) throw new Error('expected the object to exist');
      return o as any;
    };

    const liveVersions = async (
      namespace: string,
      kinds: [string, string, string][],
    ) =>
      Promise.all(
        kinds.map(
          async ([apiVersion, kind, name]) =>
            (await must(admin.read(apiVersion, kind, namespace, name))).metadata
              .resourceVersion,
        ),
      );

    /** Waits until the Deployment controller has created the pods and settled the status. */
    const settledDeployment = (namespace: string) =>
      eventually(
        () => admin.read('apps/v1', 'Deployment', namespace, SERVICE) as any,
        (d: any) =>
          d?.status?.observedGeneration === d?.metadata.generation &&
          d?.status?.replicas === 2 &&
          d?.status?.unavailableReplicas === 2,
      );

    const pods = (namespace: string) => admin.list('v1', 'Pod', namespace);

    describe('team customer-support: ensure, apply, re-run, dry run (one namespace, in order)', () => {
      const ns = 'customer-support';
      const j = realJourney(() => server, { ownerGroup: CUSTOMER_SUPPORT });
      beforeAll(() => j.render());

      it('B1: ensure stores the GPU quota, the LimitRange defaults, a default-deny NetworkPolicy and the team RoleBinding; a second run changes no resourceVersion', async () => {
        const first = j.ensure();
        await first.done;
        expect(
          outputOf(first.ctx, 'objects').map(
            (o: any) => `${o.kind}:${o.action}`,
          ),
        ).toEqual([
          'Namespace:created',
          'ResourceQuota:created',
          'LimitRange:created',
          'NetworkPolicy:created',
          'RoleBinding:created',
        ]);

        const namespace = await must(admin.read('v1', 'Namespace', '', ns));
        expect(namespace.metadata.labels).toMatchObject({
          'llm-planner.io/team': 'customer-support',
          'app.kubernetes.io/managed-by': 'backstage-llm-planner',
        });
        // the quota controller fills the status asynchronously
        const quota = await eventually(
          () =>
            must(admin.read('v1', 'ResourceQuota', ns, RESOURCE_QUOTA_NAME)),
          q => q.status?.hard?.[GPU] === '8',
        );
        expect(quota.spec.hard).toEqual({ [GPU]: '8' });
        expect(quota.status).toEqual({
          hard: { [GPU]: '8' },
          used: { [GPU]: '0' },
        });
        const limitRange = await must(
          admin.read('v1', 'LimitRange', ns, LIMIT_RANGE_NAME),
        );
        expect(limitRange.spec).toEqual(TEAM_LIMIT_RANGE);
        expect(limitRange.spec.limits[0].default).toEqual({
          cpu: '1',
          memory: '2Gi',
        });
        expect(limitRange.spec.limits[0].defaultRequest).toEqual({
          cpu: '100m',
          memory: '256Mi',
        });
        expect(limitRange.spec.limits[0].max).toEqual(
          TEAM_LIMIT_RANGE.limits[0].max,
        );
        const policy = await must(
          admin.read(
            'networking.k8s.io/v1',
            'NetworkPolicy',
            ns,
            'default-deny',
          ),
        );
        expect(policy.spec).toEqual({
          podSelector: {},
          policyTypes: ['Ingress', 'Egress'],
        });
        const bindings = await admin.list(
          'rbac.authorization.k8s.io/v1',
          'RoleBinding',
          ns,
        );
        expect(bindings.map(b => b.metadata.name)).toEqual([
          roleBindingName(CUSTOMER_SUPPORT, 'edit'),
        ]);
        expect(bindings[0].metadata.name).toMatch(
          /^customer-support-edit-[0-9a-f]{8}$/,
        );
        expect((bindings[0] as any).subjects).toEqual([
          {
            apiGroup: 'rbac.authorization.k8s.io',
            kind: 'Group',
            name: 'customer-support',
          },
        ]);
        expect((bindings[0] as any).roleRef).toEqual({
          apiGroup: 'rbac.authorization.k8s.io',
          kind: 'ClusterRole',
          name: 'edit',
        });

        const objects: [string, string, string][] = [
          ['v1', 'Namespace', ns],
          ['v1', 'ResourceQuota', RESOURCE_QUOTA_NAME],
          ['v1', 'LimitRange', LIMIT_RANGE_NAME],
          ['networking.k8s.io/v1', 'NetworkPolicy', 'default-deny'],
          [
            'rbac.authorization.k8s.io/v1',
            'RoleBinding',
            roleBindingName(CUSTOMER_SUPPORT, 'edit'),
          ],
        ];
        const before = await liveVersions(ns, objects);
        const second = j.ensure();
        await second.done;
        const reported = outputOf(second.ctx, 'objects');
        expect(reported.map((o: any) => o.action)).toEqual(
          Array(5).fill('unchanged'),
        );
        expect(reported.map((o: any) => o.resourceVersion)).toEqual(before);
        expect(await liveVersions(ns, objects)).toEqual(before);
      });

      it('B2: apply stores every object (PodDisruptionBudget as policy/v1beta1); the vLLM pods fit the LimitRange and are admitted; a second apply reports every object unchanged', async () => {
        const first = j.apply();
        await first.done;
        expect(actionsOf(outputOf(first.ctx, 'applied'))).toEqual(
          WORKLOAD_KINDS.map(([, kind]) => `${kind}/${SERVICE}:created`),
        );
        expect(outputOf(first.ctx, 'conversions')).toEqual([PDB_CONVERSION]);
        expect(outputOf(first.ctx, 'status')).toBe('applied');
        expect(outputOf(first.ctx, 'rollout')).toEqual({
          status: 'skipped',
          message: 'not requested',
        });
        expect(outputOf(first.ctx, 'quota')).toEqual({
          quota: RESOURCE_QUOTA_NAME,
          resource: GPU,
          hard: 8,
          used: 0,
          remaining: 8,
        });

        const deployment = await must(
          admin.read('apps/v1', 'Deployment', ns, SERVICE),
        );
        expect(deployment.metadata.labels['llm-planner.io/plan-id']).toBe(
          PLAN_ID,
        );
        const containers = deployment.spec.template.spec.containers;
        expect(containers).toHaveLength(1);
        const { requests, limits } = containers[0].resources;
        expect(requests['nvidia.com/gpu']).toBe('2');
        expect(limits['nvidia.com/gpu']).toBe('2');
        for (const r of ['cpu', 'memory']) {
          expect(parseQuantity(requests[r])).toBeGreaterThan(0);
          expect(parseQuantity(requests[r])).toBeLessThanOrEqual(
            parseQuantity(limits[r]),
          );
          expect(parseQuantity(limits[r])).toBeLessThanOrEqual(
            parseQuantity((TEAM_LIMIT_RANGE.limits[0].max as any)[r]),
          );
        }
        const limitRange = await must(
          admin.read('v1', 'LimitRange', ns, LIMIT_RANGE_NAME),
        );
        expect(limitRangeIssues(containers, [limitRange.spec])).toEqual([]);
        const pdb = await must(
          admin.read('policy/v1beta1', 'PodDisruptionBudget', ns, SERVICE),
        );
        expect(pdb.spec.maxUnavailable).toBe(1);

        // the real LimitRanger and quota admission let the ReplicaSet create both pods
        const created = await eventually(
          () => pods(ns),
          p => p.length === 2,
        );
        expect(created).toHaveLength(2);
        for (const p of created as any[]) {
          expect(p.status.phase).toBe('Pending');
          expect(p.spec.containers[0].resources).toEqual(
            containers[0].resources,
          );
        }
        const quota = await eventually(
          () =>
            must(admin.read('v1', 'ResourceQuota', ns, RESOURCE_QUOTA_NAME)),
          q => q.status?.used?.[GPU] === '4',
        );
        expect(quota.status.used).toEqual({ [GPU]: '4' });

        await settledDeployment(ns);
        const objects = WORKLOAD_KINDS.map(
          ([apiVersion, kind]) =>
            [apiVersion, kind, SERVICE] as [string, string, string],
        );
        const before = await liveVersions(ns, objects);
        const second = j.apply();
        await second.done;
        const applied = outputOf(second.ctx, 'applied');
        expect(actionsOf(applied)).toEqual(
          WORKLOAD_KINDS.map(([, kind]) => `${kind}/${SERVICE}:unchanged`),
        );
        expect(applied.map((a: any) => a.changes)).toEqual(Array(6).fill([]));
        expect(applied.map((a: any) => a.resourceVersion)).toEqual(before);
        expect(await liveVersions(ns, objects)).toEqual(before);
        expect(outputOf(second.ctx, 'quota')).toMatchObject({
          hard: 8,
          used: 4,
          remaining: 4,
        });
      });

      it('B3 without a FailedCreate: with waitForRollout the Pending pods end in a rollout timeout, the objects stay applied and the step succeeds', async () => {
        const run = j.apply({ waitForRollout: true, rolloutTimeoutSeconds: 3 });
        await run.done;
        expect(outputOf(run.ctx, 'rollout')).toEqual({
          status: 'timeout',
          message:
            'Rollout not finished after 3 s: Deployment/support-chat: 0/2 replicas available, 2 updated',
        });
        expect(outputOf(run.ctx, 'status')).toBe('applied');
      });

      it('B4: a dry run reports the true diff (Service port, annotation, Deployment label) and stores nothing', async () => {
        const objects = WORKLOAD_KINDS.map(
          ([apiVersion, kind]) =>
            [apiVersion, kind, SERVICE] as [string, string, string],
        );
        await settledDeployment(ns);
        const before = await liveVersions(ns, objects);
        const service = await must(admin.read('v1', 'Service', ns, SERVICE));
        const port = service.spec.ports[0].port;
        const planVersion =
          service.metadata.annotations['llm-planner.io/plan-version'];
        j.editManifest('01-service.yaml', s => {
          s.spec.ports[0].port = port + 1;
          s.metadata.annotations['llm-planner.io/plan-version'] = '99';
        });
        j.editManifest('02-deployment.yaml', d => {
          d.metadata.labels['example.com/tier'] = 'gold';
        });

        const run = j.apply({ dryRun: true });
        await run.done;
        const applied = outputOf(run.ctx, 'applied');
        expect(actionsOf(applied)).toEqual([
          'Service/support-chat:configured',
          'Deployment/support-chat:configured',
          'PodDisruptionBudget/support-chat:unchanged',
          'NetworkPolicy/support-chat:unchanged',
          'ServiceMonitor/support-chat:unchanged',
          'ScaledObject/support-chat:unchanged',
        ]);
        expect(applied[0].changes).toEqual(
          expect.arrayContaining([
            'spec.ports[0].port',
            'metadata.annotations.llm-planner.io/plan-version',
          ]),
        );
        expect(applied[1].changes).toEqual(
          expect.arrayContaining(['metadata.labels.example.com/tier']),
        );
        expect(applied.every((a: any) => a.dryRun)).toBe(true);
        expect(outputOf(run.ctx, 'status')).toBe('dry-run');

        expect(await liveVersions(ns, objects)).toEqual(before);
        const after = await must(admin.read('v1', 'Service', ns, SERVICE));
        expect(after.spec.ports[0].port).toBe(port);
        expect(after.metadata.annotations['llm-planner.io/plan-version']).toBe(
          planVersion,
        );
        const deployment = await must(
          admin.read('apps/v1', 'Deployment', ns, SERVICE),
        );
        expect(deployment.metadata.labels['example.com/tier']).toBeUndefined();
        await j.render();
      });
    });

    describe('B4: a dry run into an ensured namespace stores nothing', () => {
      const j = realJourney(() => server, {
        ownerGroup: 'group:default/dry-run-team',
      });
      beforeAll(async () => {
        await j.render();
        await j.ensure().done;
      });

      it('reports every object as created and nothing exists afterwards', async () => {
        const run = j.apply({ dryRun: true });
        await run.done;
        const applied = outputOf(run.ctx, 'applied');
        expect(actionsOf(applied)).toEqual(
          WORKLOAD_KINDS.map(([, kind]) => `${kind}/${SERVICE}:created`),
        );
        expect(applied.map((a: any) => a.resourceVersion)).toEqual(
          Array(6).fill(null),
        );
        expect(outputOf(run.ctx, 'status')).toBe('dry-run');
        expect(await workloadObjects(server, 'dry-run-team')).toEqual([]);
        expect(
          await admin.read(
            'monitoring.coreos.com/v1',
            'ServiceMonitor',
            'dry-run-team',
            SERVICE,
          ),
        ).toBeUndefined();
        expect(await pods('dry-run-team')).toEqual([]);
      });
    });

    describe('B7: identities without rights get a 403 naming the verb and the object, and nothing is applied', () => {
      const ns = 'locked-team';
      const j = realJourney(() => server, {
        ownerGroup: `group:default/${ns}`,
      });
      const other = realJourney(() => server, {
        ownerGroup: 'group:default/nobodys-team',
      });
      beforeAll(async () => {
        await j.render();
        await j.ensure().done;
      });

      it('a user with no roles (llmp-nobody): apply and ensure stop at the namespace read', async () => {
        const apply = await rejectionOf(j.apply({}, 'nobody').done);
        expect(apply).toBeInstanceOf(NotAllowedError);
        expect(apply.message).toBe(
          `read Namespace ${ns}: forbidden: namespaces "${ns}" is forbidden: User "llmp-nobody" cannot get resource "namespaces" in API group "" in the namespace "${ns}" (cluster real). Nothing was applied.`,
        );
        const ensure = await rejectionOf(other.ensure('nobody').done);
        expect(ensure).toBeInstanceOf(NotAllowedError);
        expect(ensure.message).toMatch(
          /^read Namespace nobodys-team: forbidden: .*User "llmp-nobody" cannot get resource "namespaces"/,
        );
        expect(await workloadObjects(server, ns)).toEqual([]);
        expect(
          await admin.read('v1', 'Namespace', '', 'nobodys-team'),
        ).toBeUndefined();
      });

      it('read-only rights (ClusterRole view): the CRD read, then the first write, are refused by name', async () => {
        await admin.send({
          method: 'POST',
          path: `/apis/rbac.authorization.k8s.io/v1/namespaces/${ns}/rolebindings`,
          body: {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'RoleBinding',
            metadata: { name: 'deployer-view', namespace: ns },
            roleRef: {
              apiGroup: 'rbac.authorization.k8s.io',
              kind: 'ClusterRole',
              name: 'view',
            },
            subjects: [
              {
                apiGroup: 'rbac.authorization.k8s.io',
                kind: 'User',
                name: server.userNames.deployer,
              },
            ],
          },
        });
        // RBAC changes reach the authorizer through an informer
        const crdRead = await eventually(
          () => rejectionOf(j.apply({}, 'deployer').done),
          e => !/cannot get resource "namespaces"/.test(e.message),
          10_000,
        );
        expect(crdRead).toBeInstanceOf(NotAllowedError);
        expect(crdRead.message).toBe(
          `read ServiceMonitor ${ns}/support-chat: forbidden: servicemonitors.monitoring.coreos.com "support-chat" is forbidden: User "llmp-deployer" cannot get resource "servicemonitors" in API group "monitoring.coreos.com" in the namespace "${ns}" (cluster real). Nothing was applied.`,
        );
        const write = await rejectionOf(
          j.apply({ skipKinds: ['ServiceMonitor', 'ScaledObject'] }, 'deployer')
            .done,
        );
        expect(write.message).toBe(
          `apply Service ${ns}/support-chat: forbidden: services "support-chat" is forbidden: User "llmp-deployer" cannot patch resource "services" in API group "" in the namespace "${ns}". Applied before the failure: nothing. Not applied: Service/support-chat, Deployment/support-chat, PodDisruptionBudget/support-chat, NetworkPolicy/support-chat. Re-running the step applies the rest.`,
        );
        expect(await workloadObjects(server, ns)).toEqual([]);
      });
    });

    describe('GPU quota', () => {
      const small = realJourney(() => server, {
        ownerGroup: 'group:default/small-team',
        gpuQuota: 2,
      });
      const shrinking = realJourney(() => server, {
        ownerGroup: 'group:default/shrinking-team',
      });

      it('a plan over the namespace GPU quota is refused before any write', async () => {
        const ns = 'small-team';
        const j = small;
        await j.render();
        await j.ensure().done;
        const quota = await must(
          admin.read('v1', 'ResourceQuota', ns, RESOURCE_QUOTA_NAME),
        );
        expect(quota.spec.hard).toEqual({ [GPU]: '2' });

        const run = j.apply();
        const error = await rejectionOf(run.done);
        expect(error).toBeInstanceOf(NotAllowedError);
        expect(error.message).toBe(
          `Plan ${PLAN_ID} needs 4 GPUs (2 replicas x 2 H100-SXM-80GB) in namespace ${ns}, but ResourceQuota ${RESOURCE_QUOTA_NAME} leaves 2 of 2 ${GPU} (0 in use). Nothing was applied. Ask the platform team for more GPU quota or pick a smaller plan.`,
        );
        expect(outputOf(run.ctx, 'applied')).toBeUndefined();
        expect(
          await admin.read('apps/v1', 'Deployment', ns, SERVICE),
        ).toBeUndefined();
        expect(await workloadObjects(server, ns)).toEqual([]);
      });

      it('B3: quota lowered after the apply, so the ReplicaSet cannot recreate the pods: the rollout wait fails fast with the FailedCreate reason, not a timeout', async () => {
        const ns = 'shrinking-team';
        const j = shrinking;
        await j.render();
        await j.ensure().done;
        await j.apply().done;
        await eventually(
          () => pods(ns),
          p => p.length === 2,
        );

        // the platform team lowers the quota to 1 GPU, then the pods go away (node drained)
        await admin.send({
          method: 'PATCH',
          path: `/api/v1/namespaces/${ns}/resourcequotas/${RESOURCE_QUOTA_NAME}`,
          contentType: 'application/merge-patch+json',
          body: { spec: { hard: { [GPU]: '1' } } },
        });
        await eventually(
          () =>
            must(admin.read('v1', 'ResourceQuota', ns, RESOURCE_QUOTA_NAME)),
          q => q.status?.hard?.[GPU] === '1',
        );
        await admin.send({
          method: 'DELETE',
          path: `/api/v1/namespaces/${ns}/pods`,
        });

        // the FailedCreate event ends the wait, not the 600 s rollout timeout: the message says
        const run = j.apply({
          waitForRollout: true,
          rolloutTimeoutSeconds: 600,
        });
        const error = await rejectionOf(run.done);
        expect(error.message).toMatch(
          /^Deployment\/support-chat failed to roll out: pods cannot be created: pods "support-chat-[a-z0-9]+-[a-z0-9]+" is forbidden: exceeded quota: llm-planner-gpu-quota, requested: requests\.nvidia\.com\/gpu=2, used: requests\.nvidia\.com\/gpu=\d+, limited: requests\.nvidia\.com\/gpu=1 \(ReplicaSet support-chat-[a-z0-9]+, FailedCreate( event)?\)$/,
        );
        expect(outputOf(run.ctx, 'status')).toBe('failed');
        expect(outputOf(run.ctx, 'rollout').status).toBe('failed');
        expect(await pods(ns)).toEqual([]);
      });
    });

    describe('least privilege: the platform service account with only the rights the README lists', () => {
      const ns = 'least-privilege-team';
      const j = realJourney(() => server, {
        ownerGroup: `group:default/${ns}`,
      });
      const verbs = ['get', 'list', 'create', 'patch'];
      const RULES = [
        {
          apiGroups: [''],
          resources: ['namespaces'],
          verbs: ['get', 'create', 'patch'],
        },
        {
          apiGroups: [''],
          resources: [
            'services',
            'configmaps',
            'serviceaccounts',
            'resourcequotas',
            'limitranges',
          ],
          verbs,
        },
        { apiGroups: ['apps'], resources: ['deployments'], verbs },
        {
          apiGroups: ['autoscaling'],
          resources: ['horizontalpodautoscalers'],
          verbs,
        },
        { apiGroups: ['policy'], resources: ['poddisruptionbudgets'], verbs },
        {
          apiGroups: ['networking.k8s.io'],
          resources: ['networkpolicies'],
          verbs,
        },
        { apiGroups: ['keda.sh'], resources: ['scaledobjects'], verbs },
        {
          apiGroups: ['monitoring.coreos.com'],
          resources: ['servicemonitors'],
          verbs,
        },
        {
          apiGroups: ['serving.kserve.io'],
          resources: ['inferenceservices'],
          verbs,
        },
        {
          apiGroups: ['rbac.authorization.k8s.io'],
          resources: ['rolebindings'],
          verbs,
        },
        {
          apiGroups: ['rbac.authorization.k8s.io'],
          resources: ['clusterroles'],
          verbs: ['bind'],
          resourceNames: ['edit'],
        },
        { apiGroups: ['apps'], resources: ['replicasets'], verbs: ['list'] },
        { apiGroups: [''], resources: ['events'], verbs: ['list'] },
      ];

      const withoutCreate = (rules: typeof RULES) =>
        rules.map(r => ({ ...r, verbs: r.verbs.filter(v => v !== 'create') }));

      /** A ServiceAccount token bound to a ClusterRole with RULES less `create`. */
      async function serviceAccountKubeConfig(): Promise<KubeConfig> {
        const rbac = '/apis/rbac.authorization.k8s.io/v1';
        await admin.send({
          method: 'POST',
          path: '/api/v1/namespaces',
          body: { metadata: { name: 'llm-planner-system' } },
        });
        await admin.send({
          method: 'POST',
          path: '/api/v1/namespaces/llm-planner-system/serviceaccounts',
          body: { metadata: { name: 'scaffolder' } },
        });
        await admin.send({
          method: 'POST',
          path: `${rbac}/clusterroles`,
          body: {
            metadata: { name: 'llm-planner-scaffolder' },
            rules: withoutCreate(RULES),
          },
        });
        await admin.send({
          method: 'POST',
          path: `${rbac}/clusterrolebindings`,
          body: {
            metadata: { name: 'llm-planner-scaffolder' },
            roleRef: {
              apiGroup: 'rbac.authorization.k8s.io',
              kind: 'ClusterRole',
              name: 'llm-planner-scaffolder',
            },
            subjects: [
              {
                kind: 'ServiceAccount',
                name: 'scaffolder',
                namespace: 'llm-planner-system',
              },
            ],
          },
        });
        // v1.20: the token controller writes the account's token Secret
        const account = await eventually(
          () =>
            must(
              admin.read(
                'v1',
                'ServiceAccount',
                'llm-planner-system',
                'scaffolder',
              ),
            ),
          a => (a.secrets ?? []).length > 0,
        );
        const secret = await must(
          admin.read(
            'v1',
            'Secret',
            'llm-planner-system',
            account.secrets[0].name,
          ),
        );
        const token = Buffer.from(secret.data.token, 'base64').toString('utf8');
        const cluster = server.kubeConfig('admin').getCurrentCluster()!;
        const kc = new KubeConfig();
        kc.loadFromOptions({
          clusters: [cluster],
          users: [{ name: 'scaffolder', token }],
          contexts: [
            { name: 'scaffolder', cluster: cluster.name, user: 'scaffolder' },
          ],
          currentContext: 'scaffolder',
        });
        return kc;
      }

      it('B7: without `create` the first apply names the missing verb; with the listed rules it ensures the namespace (binding `edit` through `bind`), applies, waits for the rollout and re-applies unchanged', async () => {
        const kc = await serviceAccountKubeConfig();
        await j.render();
        // RBAC changes reach the authorizer through an informer
        const withoutCreateRun = await eventually(
          () => rejectionOf(j.ensure(() => kc).done),
          e => /^apply Namespace/.test(e.message),
          10_000,
        );
        expect(withoutCreateRun.message).toBe(
          `apply Namespace ${ns}: forbidden: namespaces "${ns}" is forbidden: creating it needs the "create" verb as well as "patch" (server-side apply of a new object). Applied before the failure: nothing. Not applied: Namespace/${ns}, ResourceQuota/llm-planner-gpu-quota, LimitRange/llm-planner-defaults, NetworkPolicy/default-deny, RoleBinding/${roleBindingName(
            `group:default/${ns}`,
            'edit',
          )}. Re-running the step applies the rest.`,
        );
        expect(await admin.read('v1', 'Namespace', '', ns)).toBeUndefined();
        await admin.send({
          method: 'PATCH',
          path: '/apis/rbac.authorization.k8s.io/v1/clusterroles/llm-planner-scaffolder',
          contentType: 'application/merge-patch+json',
          body: { rules: RULES },
        });
        const ensure = await eventually(
          async () => {
            const run = j.ensure(() => kc);
            return run.done.then(
              () => ({ ctx: run.ctx, error: undefined }),
              (error: Error) => ({ ctx: run.ctx, error }),
            );
          },
          run => run.error === undefined,
          10_000,
        );
        expect(ensure.error?.message).toBeUndefined();
        expect(
          outputOf(ensure.ctx, 'objects').map((o: any) => o.action),
        ).toEqual(Array(5).fill('created'));
        const apply = j.apply(
          { waitForRollout: true, rolloutTimeoutSeconds: 2 },
          () => kc,
        );
        await apply.done;
        expect(actionsOf(outputOf(apply.ctx, 'applied'))).toEqual(
          WORKLOAD_KINDS.map(([, kind]) => `${kind}/${SERVICE}:created`),
        );
        expect(outputOf(apply.ctx, 'rollout').status).toBe('timeout');
        await settledDeployment(ns);
        const again = j.apply({}, () => kc);
        await again.done;
        expect(actionsOf(outputOf(again.ctx, 'applied'))).toEqual(
          WORKLOAD_KINDS.map(([, kind]) => `${kind}/${SERVICE}:unchanged`),
        );
      });
    });

    describe('B9: odd catalog Group names', () => {
      const other = realJourney(() => server, {
        ownerGroup: 'group:Other.NS/Team_A.x',
      });
      const another = realJourney(() => server, {
        ownerGroup: 'group:Another/Team_A.x',
      });

      const allowed = async (groups: string[], namespace: string) => {
        const review = (await admin.send({
          method: 'POST',
          path: '/apis/authorization.k8s.io/v1/subjectaccessreviews',
          body: {
            apiVersion: 'authorization.k8s.io/v1',
            kind: 'SubjectAccessReview',
            spec: {
              user: 'alice',
              groups,
              resourceAttributes: {
                namespace,
                verb: 'create',
                group: 'apps',
                resource: 'deployments',
              },
            },
          },
        })) as { status?: { allowed?: boolean } };
        return review.status?.allowed === true;
      };

      it('Groups with uppercase, `_`, `.` and a non-default namespace get a namespace and a DNS-1123 RoleBinding whose subject keeps the namespace; two Groups differing only in namespace get distinct bindings', async () => {
        const first = other.ensure();
        await first.done;
        const second = another.ensure();
        await second.done;
        expect(outputOf(first.ctx, 'namespace')).toBe('other-ns-team-a-x');
        expect(outputOf(second.ctx, 'namespace')).toBe('another-team-a-x');

        const [otherBinding] = (await admin.list(
          'rbac.authorization.k8s.io/v1',
          'RoleBinding',
          'other-ns-team-a-x',
        )) as any[];
        const [anotherBinding] = (await admin.list(
          'rbac.authorization.k8s.io/v1',
          'RoleBinding',
          'another-team-a-x',
        )) as any[];
        expect(otherBinding.metadata.name).toMatch(
          /^other-ns-team-a-x-edit-[0-9a-f]{8}$/,
        );
        expect(isDns1123Label(otherBinding.metadata.name)).toBe(true);
        expect(anotherBinding.metadata.name).toMatch(
          /^another-team-a-x-edit-[0-9a-f]{8}$/,
        );
        expect(otherBinding.metadata.name).not.toBe(
          anotherBinding.metadata.name,
        );
        expect(otherBinding.metadata.name).not.toBe(
          roleBindingName('group:default/Team_A.x', 'edit'),
        );
        expect(otherBinding.subjects).toEqual([
          {
            apiGroup: 'rbac.authorization.k8s.io',
            kind: 'Group',
            name: 'Other.NS/Team_A.x',
          },
        ]);
        expect(anotherBinding.subjects[0].name).toBe('Another/Team_A.x');
        expect(otherBinding.roleRef).toEqual({
          apiGroup: 'rbac.authorization.k8s.io',
          kind: 'ClusterRole',
          name: 'edit',
        });

        // the real authorizer: only the Group with the namespace may deploy there
        expect(
          await eventually(
            () => allowed(['Other.NS/Team_A.x'], 'other-ns-team-a-x'),
            ok => ok,
            10_000,
          ),
        ).toBe(true);
        expect(await allowed(['Team_A.x'], 'other-ns-team-a-x')).toBe(false);
        expect(await allowed(['Another/Team_A.x'], 'other-ns-team-a-x')).toBe(
          false,
        );
        expect(await allowed(['Another/Team_A.x'], 'another-team-a-x')).toBe(
          true,
        );
      });
    });

    describe('issue #16: a batch plan renders a CronJob, which v1.20 does not serve as batch/v1', () => {
      const owner = 'group:default/nightly-team';
      const always = storedPlan({ ownerGroup: owner });
      const j = realJourney(() => server, {
        ownerGroup: owner,
        plan: {
          ...always,
          plan: {
            ...always.plan,
            workloadKind: 'batch',
            batch: {
              job: {
                itemsPerRun: 20000,
                runsPerDay: 1,
                windowHours: 8,
                startTime: '00:00',
                inputTokens: 2588,
                outputTokens: 291,
                tokensFrom: 'the summarisation use case',
              },
              sizing: null,
              method: [],
            },
          } as any,
        },
      });

      it('the dry-run apply is refused before any write, naming CronJob (batch/v1): v1.20 has only batch/v1beta1, without timeZone or Indexed Jobs', async () => {
        await j.render();
        await j.ensure().done;
        const run = j.apply({ dryRun: true });
        const error = await rejectionOf(run.done);
        expect(error.message).toBe(
          'Cluster real does not serve every kind to apply; nothing was applied:\n- CronJob (batch/v1): support-chat\nInstall what the cluster lacks, or skip optional kinds with the input skipKinds (ServiceMonitor, ScaledObject).',
        );
        expect(outputOf(run.ctx, 'applied')).toBeUndefined();
        expect(
          await admin.list('batch/v1beta1', 'CronJob', 'nightly-team'),
        ).toEqual([]);
      });
    });
  },
);
