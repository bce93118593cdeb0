import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { checkExamples } from '../__testUtils__/examples';
import {
  fakeBackend,
  moduleConfig,
  userInfoOf,
} from '../__testUtils__/fixtures';
import { createClusterClient } from '../kubernetes/ClusterClient';
import { createEnsureNamespaceAction } from './ensureNamespace';
import { examples } from './ensureNamespace.examples';

describe('ensureNamespace examples', () => {
  it('are valid uses of the action', () => {
    const action = createEnsureNamespaceAction({
      ...fakeBackend(),
      userInfo: userInfoOf(),
      config: moduleConfig(),
      clusterClientFactory: createClusterClient,
      catalog: catalogServiceMock(),
    } as any);
    expect(() => checkExamples(action, examples)).not.toThrow();
  });
});
