import {
  BackendFeature,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { JsonObject } from '@backstage/types';
import { Knex } from 'knex';
import { llmPlannerPlugin } from '../plugin';

/** The sample organisation of catalog-info.yaml, as the catalog would resolve it. */
export const TEAMS: Record<string, string[]> = {
  'user:default/alice.support': ['group:default/customer-support'],
  'user:default/bob.support': ['group:default/customer-support'],
  'user:default/carol.search': ['group:default/search-ai'],
  'user:default/pat.platform': ['group:default/platform-team'],
  'user:default/loner': [],
};

/** The Groups of the sample organisation, as the catalog holds them. */
export const GROUP_ENTITIES: Entity[] = [
  'customer-support',
  'search-ai',
  'platform-team',
].map(name => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
}));

/** Authorization header of a signed-in user of the sample organisation. */
export const as = (userRef: keyof typeof TEAMS) =>
  mockCredentials.user.header(userRef);

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

/** Starts the plugin through the real backend wiring on the given database. */
export async function startPlanner(
  knex: Knex,
  options: {
    permissions?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    /** app-config the plugin reads, e.g. `{ llmPlanner: { imports: { … } } }` */
    config?: JsonObject;
    /** more features installed with the plugin, e.g. modules using its extension points */
    features?: BackendFeature[];
  } = {},
) {
  const { server } = await startTestBackend({
    features: [
      llmPlannerPlugin,
      mockServices.database.factory({ knex }),
      userInfoFromTeams,
      catalogServiceMock.factory({ entities: GROUP_ENTITIES }),
      ...(options.config
        ? [mockServices.rootConfig.factory({ data: options.config })]
        : []),
      ...(options.permissions
        ? [mockServices.permissions.factory({ result: options.permissions })]
        : []),
      ...(options.features ?? []),
    ],
  });
  return server;
}
