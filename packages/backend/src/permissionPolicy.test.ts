import {
  AuthService,
  coreServices,
  createBackendModule,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import permissionBackend from '@backstage/plugin-permission-backend';
import llmPlannerBackend, {
  createPlanConditionalDecision,
  planConditions,
} from '@llm-planner/backstage-plugin-llm-planner-backend';
import {
  LLM_PLANNER_PLAN_RESOURCE_TYPE,
  llmPlannerBenchmarkWritePermission,
  llmPlannerCatalogWritePermission,
  llmPlannerOutcomeWritePermission,
  llmPlannerPlanCreatePermission,
  llmPlannerPlanUpdatePermission,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import { isResourcePermission } from '@backstage/plugin-permission-common';
import portalPolicyModule, { PortalPermissionPolicy } from './permissionPolicy';

jest.setTimeout(120_000);

const PLATFORM = 'group:default/platform-team';
const SUPPORT = 'group:default/customer-support';
const SEARCH = 'group:default/search-ai';
const SRE = 'group:default/sre';

function userWith(...ownershipEntityRefs: string[]) {
  const info = { userEntityRef: ownershipEntityRefs[0], ownershipEntityRefs };
  return {
    policy: new PortalPermissionPolicy(PLATFORM, mockServices.userInfo(info)),
    user: { credentials: mockCredentials.user(info.userEntityRef), info },
  };
}

describe('PortalPermissionPolicy', () => {
  const platform = userWith('user:default/pat.platform', PLATFORM);
  const product = userWith('user:default/alice.support', SUPPORT);

  it.each([
    llmPlannerBenchmarkWritePermission,
    llmPlannerCatalogWritePermission,
  ])('lets only the platform team hold $name', async permission => {
    expect(await platform.policy.handle({ permission }, platform.user)).toEqual(
      {
        result: AuthorizeResult.ALLOW,
      },
    );
    expect(await product.policy.handle({ permission }, product.user)).toEqual({
      result: AuthorizeResult.DENY,
    });
    expect(await product.policy.handle({ permission })).toEqual({
      result: AuthorizeResult.DENY,
    });
  });

  it('answers plan permissions with "a plan of one of my teams", which the planner applies to the plan', async () => {
    expect(
      await product.policy.handle(
        { permission: llmPlannerPlanCreatePermission },
        product.user,
      ),
    ).toEqual(
      createPlanConditionalDecision(
        llmPlannerPlanCreatePermission,
        planConditions.isPlanOwner({
          claims: ['user:default/alice.support', SUPPORT],
        }),
      ),
    );
  });

  it('lets the platform team act on every plan but measure none (outcomes are the owning team’s)', async () => {
    expect(
      await platform.policy.handle(
        { permission: llmPlannerPlanUpdatePermission },
        platform.user,
      ),
    ).toEqual({ result: AuthorizeResult.ALLOW });
    expect(
      await platform.policy.handle(
        { permission: llmPlannerOutcomeWritePermission },
        platform.user,
      ),
    ).toMatchObject({ result: AuthorizeResult.CONDITIONAL });
  });

  it('lets backend services record outcomes only (the planner binds them to teams in config)', async () => {
    expect(
      await product.policy.handle({
        permission: llmPlannerOutcomeWritePermission,
      }),
    ).toEqual({ result: AuthorizeResult.ALLOW });
    expect(
      await product.policy.handle({
        permission: llmPlannerPlanUpdatePermission,
      }),
    ).toEqual({ result: AuthorizeResult.DENY });
  });
});

/** A JSON request body. */
type Body = Record<string, unknown>;

/** Users of the sample organisation and the Groups they belong to. */
const TEAMS: Record<string, string[]> = {
  'user:default/alice.support': [SUPPORT],
  'user:default/carol.search': [SEARCH],
  'user:default/pat.platform': [PLATFORM],
  'user:default/sam.sre': [SRE],
};

const GROUP_ENTITIES = [SUPPORT, SEARCH, PLATFORM, SRE].map(ref => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: ref.split('/')[1], namespace: 'default' },
  spec: { type: 'team', children: [] },
}));

const userInfoFromTeams = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    async getUserInfo(credentials: any) {
      const userEntityRef = credentials.principal.userEntityRef as string;
      return {
        userEntityRef,
        ownershipEntityRefs: [userEntityRef, ...(TEAMS[userEntityRef] ?? [])],
      };
    },
  }),
});

/**
 * An adopter's policy: the owning team, or anyone in the SRE group, may act on a plan. Written
 * only with what the planner exports (`planConditions`, `createPlanConditionalDecision`).
 */
class OwnerOrSrePolicy implements PermissionPolicy {
  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    if (
      !isResourcePermission(request.permission, LLM_PLANNER_PLAN_RESOURCE_TYPE)
    ) {
      return { result: AuthorizeResult.ALLOW };
    }
    const claims = user?.info.ownershipEntityRefs ?? [];
    if (claims.includes(SRE)) return { result: AuthorizeResult.ALLOW };
    return createPlanConditionalDecision(
      request.permission,
      planConditions.isPlanOwner({ claims }),
    );
  }
}

const ownerOrSrePolicyModule = createBackendModule({
  pluginId: 'permission',
  moduleId: 'owner-or-sre-policy',
  register(reg) {
    reg.registerInit({
      deps: { policy: policyExtensionPoint },
      async init({ policy }) {
        policy.setPolicy(new OwnerOrSrePolicy());
      },
    });
  },
});

/**
 * The test backend's auth, except that a plugin calling another on behalf of a user sends the
 * user with the calling plugin as actor, as Backstage's real on-behalf-of tokens do (the mock
 * leaves the actor out, and the permission backend then takes the call for a browser's).
 */
const authWithActors = createServiceFactory({
  service: coreServices.auth,
  deps: { plugin: coreServices.pluginMetadata },
  factory: ({ plugin }) => {
    const auth = mockServices.auth({ pluginId: plugin.getId() });
    const service: AuthService = {
      authenticate: auth.authenticate.bind(auth),
      isPrincipal: auth.isPrincipal.bind(auth) as AuthService['isPrincipal'],
      getNoneCredentials: auth.getNoneCredentials.bind(auth),
      getOwnServiceCredentials: auth.getOwnServiceCredentials.bind(auth),
      getLimitedUserToken: auth.getLimitedUserToken.bind(auth),
      listPublicServiceKeys: auth.listPublicServiceKeys.bind(auth),
      async getPluginRequestToken(options) {
        const { onBehalfOf } = options;
        if (!auth.isPrincipal(onBehalfOf, 'user')) {
          return auth.getPluginRequestToken(options);
        }
        return {
          token: mockCredentials.user.token(
            onBehalfOf.principal.userEntityRef,
            {
              actor: { subject: `plugin:${plugin.getId()}` },
            },
          ),
        };
      },
    };
    return service;
  },
});

const chatbot = { useCase: 'chatbot', users: 1000, usersMean: 'concurrent' };

/** A measured outcome of a live deployment, TTFT p95 `ttftP95Ms`. */
function liveOutcome(ttftP95Ms: number) {
  return {
    loadProfile: { kind: 'live', rate: 1, inputTokens: 500, outputTokens: 200 },
    measured: { ttft: { p95: ttftP95Ms }, itl: {}, e2e: {}, errors: 0 },
    source: 'metrics',
  };
}

/**
 * The planner and the real permission backend in one test backend, the permission framework
 * on: every plan decision goes through the policy, and a conditional one is applied by the
 * planner's plan rules.
 */
describe('plan permissions end to end: planner backend, permission backend, policy', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  async function start(policyModule: typeof portalPolicyModule, config = {}) {
    const backend = await startTestBackend({
      features: [
        llmPlannerBackend,
        permissionBackend,
        policyModule,
        userInfoFromTeams,
        authWithActors,
        catalogServiceMock.factory({ entities: GROUP_ENTITIES }),
        mockServices.database.factory({
          knex: await databases.init('SQLITE_3'),
        }),
        mockServices.rootConfig.factory({
          data: { permission: { enabled: true }, ...config },
        }),
      ],
    });
    const address = backend.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const call = async (
      user: string,
      method: string,
      path: string,
      body?: Body,
    ) => {
      const res = await fetch(`http://localhost:${port}/api/${path}`, {
        method,
        headers: {
          Authorization: mockCredentials.user.header(user),
          'Content-Type': 'application/json',
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: res.status, body: await res.json() };
    };
    return { backend, call };
  }

  describe("with this portal's policy", () => {
    let call: Awaited<ReturnType<typeof start>>['call'];
    let backend: Awaited<ReturnType<typeof start>>['backend'];
    beforeAll(async () => {
      ({ backend, call } = await start(portalPolicyModule));
    });
    afterAll(() => backend?.stop());

    async function approvedPlanOf(user: string) {
      const created = await call(user, 'POST', 'llm-planner/v1/plans', {
        intent: chatbot,
      });
      expect(created).toMatchObject({ status: 201 });
      const id = created.body.id as string;
      const approved = await call(
        user,
        'POST',
        `llm-planner/v1/plans/${id}/approve`,
        { version: 1 },
      );
      expect(approved.status).toBe(200);
      const deployment = await call(
        user,
        'POST',
        `llm-planner/v1/plans/${id}/deployments`,
        { cluster: 'none', status: 'applied' },
      );
      expect(deployment.status).toBe(201);
      return { id, deploymentId: deployment.body.id as string };
    }

    it('refuses a hostile second team every write on another team’s plan: 403, and the plan unchanged', async () => {
      const alice = 'user:default/alice.support';
      const carol = 'user:default/carol.search';
      const draft = await call(alice, 'POST', 'llm-planner/v1/plans', {
        intent: chatbot,
      });
      const url = `llm-planner/v1/plans/${draft.body.id}`;
      const { id, deploymentId } = await approvedPlanOf(alice);
      const approvedUrl = `llm-planner/v1/plans/${id}`;

      const attempts = [
        ['GET', url, undefined],
        ['PUT', url, { version: 1, intent: { ...chatbot, users: 1 } }],
        ['POST', `${url}/approve`, { version: 1 }],
        ['POST', `${approvedUrl}/retire`, { version: 3 }],
        [
          'POST',
          `${approvedUrl}/deployments`,
          { cluster: 'none', status: 'applied' },
        ],
        [
          'POST',
          `llm-planner/v1/deployments/${deploymentId}/outcomes`,
          liveOutcome(1),
        ],
        [
          'POST',
          'llm-planner/v1/plans',
          { intent: chatbot, ownerGroup: SUPPORT },
        ],
      ] as const;
      for (const [method, path, body] of attempts) {
        const res = await call(carol, method, path, body as Body);
        expect({ method, path, status: res.status }).toEqual({
          method,
          path,
          status: 403,
        });
        expect(res.body.error.message).toMatch(
          /does not grant llm-planner\.(plan|outcome)\./,
        );
      }
      const after = await call(alice, 'GET', url);
      expect(after.body).toMatchObject({ version: 1, status: 'draft' });
    });

    it('lets the platform team read, change, approve and deploy another team’s plan, but not measure it', async () => {
      const pat = 'user:default/pat.platform';
      const { id, deploymentId } = await approvedPlanOf(
        'user:default/alice.support',
      );
      const url = `llm-planner/v1/plans/${id}`;
      expect((await call(pat, 'GET', url)).status).toBe(200);
      expect(
        (
          await call(pat, 'POST', `${url}/deployments`, {
            cluster: 'none',
            status: 'dry-run',
          })
        ).status,
      ).toBe(201);
      const outcome = await call(
        pat,
        'POST',
        `llm-planner/v1/deployments/${deploymentId}/outcomes`,
        liveOutcome(180),
      );
      expect(outcome.status).toBe(403);
      const draft = await call(pat, 'POST', 'llm-planner/v1/plans', {
        intent: chatbot,
        ownerGroup: SUPPORT,
      });
      expect(draft.status).toBe(201);
      const changed = await call(
        pat,
        'PUT',
        `llm-planner/v1/plans/${draft.body.id}`,
        { version: 1, intent: { ...chatbot, users: 2000 } },
      );
      expect(changed.body).toMatchObject({ version: 2, ownerGroup: SUPPORT });
      const approved = await call(
        pat,
        'POST',
        `llm-planner/v1/plans/${draft.body.id}/approve`,
        { version: 2 },
      );
      expect(approved.status).toBe(200);
    });

    it('answers another plugin asking about a plan by id (the scaffolder, the frontend) the same way', async () => {
      const { id } = await approvedPlanOf('user:default/alice.support');
      const ask = (user: string, resourceRef: string) =>
        call(user, 'POST', 'permission/authorize', {
          items: [
            {
              id: 'deploy',
              permission: llmPlannerPlanUpdatePermission,
              resourceRef,
            },
          ],
        });
      // the permission backend applies the conditional decision through the planner's rules
      const results = {
        owner: (await ask('user:default/alice.support', id)).body.items[0],
        platform: (await ask('user:default/pat.platform', id)).body.items[0],
        otherTeam: (await ask('user:default/carol.search', id)).body.items[0],
        noSuchPlan: (await ask('user:default/alice.support', 'not-a-plan')).body
          .items[0],
      };
      expect(results).toEqual({
        owner: { id: 'deploy', result: AuthorizeResult.ALLOW },
        platform: { id: 'deploy', result: AuthorizeResult.ALLOW },
        otherTeam: { id: 'deploy', result: AuthorizeResult.DENY },
        noSuchPlan: { id: 'deploy', result: AuthorizeResult.DENY },
      });
    });
  });

  describe('with an adopter’s "owning team or SRE" policy', () => {
    let call: Awaited<ReturnType<typeof start>>['call'];
    let backend: Awaited<ReturnType<typeof start>>['backend'];
    beforeAll(async () => {
      // the policy decides plan permissions itself, SRE's unconditional ALLOW included
      ({ backend, call } = await start(ownerOrSrePolicyModule, {
        llmPlanner: { permissions: { ownerTeamGuard: false } },
      }));
    });
    afterAll(() => backend?.stop());

    it('grants the owning team through isPlanOwner and the SRE group everywhere; other teams, and now the platform team, get 403', async () => {
      const alice = 'user:default/alice.support';
      const created = await call(alice, 'POST', 'llm-planner/v1/plans', {
        intent: chatbot,
      });
      expect(created.status).toBe(201);
      const url = `llm-planner/v1/plans/${created.body.id}`;
      const approve = (user: string) =>
        call(user, 'POST', `${url}/approve`, { version: 1 });

      expect((await approve('user:default/carol.search')).status).toBe(403);
      expect((await approve('user:default/pat.platform')).status).toBe(403);
      expect((await call('user:default/sam.sre', 'GET', url)).status).toBe(200);
      const bySre = await approve('user:default/sam.sre');
      expect(bySre.status).toBe(200);
      expect(bySre.body).toMatchObject({ status: 'approved', version: 2 });
      expect(
        (
          await call(alice, 'POST', `${url}/retire`, {
            version: 2,
          })
        ).status,
      ).toBe(200);
    });
  });

  it('keeps tenants apart under an allow-all policy: the owner-team guard narrows an unconditional ALLOW', async () => {
    const allowAll = createBackendModule({
      pluginId: 'permission',
      moduleId: 'allow-all-policy',
      register(reg) {
        reg.registerInit({
          deps: { policy: policyExtensionPoint },
          async init({ policy }) {
            policy.setPolicy({
              handle: async () => ({ result: AuthorizeResult.ALLOW }),
            });
          },
        });
      },
    });
    const { backend, call } = await start(allowAll);
    try {
      const created = await call(
        'user:default/alice.support',
        'POST',
        'llm-planner/v1/plans',
        { intent: chatbot },
      );
      const url = `llm-planner/v1/plans/${created.body.id}`;
      const hostile = await call('user:default/carol.search', 'PUT', url, {
        version: 1,
        intent: { ...chatbot, users: 1 },
      });
      expect(hostile.status).toBe(403);
      expect(hostile.body.error.message).toBe(
        `user:default/carol.search cannot change plan ${created.body.id}: only members of ${SUPPORT} (or the platform team) may`,
      );
      expect(
        (
          await call('user:default/pat.platform', 'POST', `${url}/approve`, {
            version: 1,
          })
        ).status,
      ).toBe(200);
    } finally {
      await backend.stop();
    }
  });
});
