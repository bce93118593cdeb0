import { anyActionDeps, checkExamples } from '../__testUtils__/examples';
import { createPublishLocalAction } from './publishLocal';
import { examples } from './publishLocal.examples';

describe('publishLocal examples', () => {
  it('are valid uses of the action', () => {
    const action = createPublishLocalAction(anyActionDeps());
    expect(() => checkExamples(action, examples)).not.toThrow();
  });
});
