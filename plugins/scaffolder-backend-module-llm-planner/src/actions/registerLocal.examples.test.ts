import { anyActionDeps, checkExamples } from '../__testUtils__/examples';
import { createRegisterLocalAction } from './registerLocal';
import { examples } from './registerLocal.examples';

describe('registerLocal examples', () => {
  it('are valid uses of the action', () => {
    const action = createRegisterLocalAction(anyActionDeps());
    expect(() => checkExamples(action, examples)).not.toThrow();
  });
});
