import { anyActionDeps, checkExamples } from '../__testUtils__/examples';
import { createApplyManifestsAction } from './applyManifests';
import { examples } from './applyManifests.examples';

describe('applyManifests examples', () => {
  it('are valid uses of the action', () => {
    const action = createApplyManifestsAction(anyActionDeps());
    expect(() => checkExamples(action, examples)).not.toThrow();
  });
});
