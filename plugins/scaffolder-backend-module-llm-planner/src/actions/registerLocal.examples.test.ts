import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { checkExamples } from '../__testUtils__/examples';
import {
  fakeBackend,
  moduleConfig,
  userInfoOf,
} from '../__testUtils__/fixtures';
import { createClusterClient } from '../kubernetes/ClusterClient';
import { createRegisterLocalAction } from './registerLocal';
import { examples } from './registerLocal.examples';

describe('registerLocal examples', () => {
  it('are valid uses of the action', () => {
    const action = createRegisterLocalAction({
      ...fakeBackend(),
      userInfo: userInfoOf(),
      config: moduleConfig(),
      clusterClientFactory: createClusterClient,
      catalog: catalogServiceMock(),
    } as any);
    expect(() => checkExamples(action, examples)).not.toThrow();
  });
});
