import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { checkExamples } from '../__testUtils__/examples';
import {
  fakeBackend,
  moduleConfig,
  userInfoOf,
} from '../__testUtils__/fixtures';
import { createClusterClient } from '../kubernetes/ClusterClient';
import { createRenderManifestsAction } from './renderManifests';
import { examples } from './renderManifests.examples';

describe('renderManifests examples', () => {
  it('are valid uses of the action', () => {
    const action = createRenderManifestsAction({
      ...fakeBackend(),
      userInfo: userInfoOf(),
      config: moduleConfig(),
      clusterClientFactory: createClusterClient,
      catalog: catalogServiceMock(),
    } as any);
    expect(() => checkExamples(action, examples)).not.toThrow();
  });
});
