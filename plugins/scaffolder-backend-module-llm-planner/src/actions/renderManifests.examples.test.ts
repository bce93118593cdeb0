import { anyActionDeps, checkExamples } from '../__testUtils__/examples';
import { createRenderManifestsAction } from './renderManifests';
import { examples } from './renderManifests.examples';

describe('renderManifests examples', () => {
  it('are valid uses of the action', () => {
    const action = createRenderManifestsAction(anyActionDeps());
    expect(() => checkExamples(action, examples)).not.toThrow();
  });
});
