import { anyActionDeps, checkExamples } from '../__testUtils__/examples';
import { createEnsureNamespaceAction } from './ensureNamespace';
import { examples } from './ensureNamespace.examples';

describe('ensureNamespace examples', () => {
  it('are valid uses of the action', () => {
    const action = createEnsureNamespaceAction(anyActionDeps());
    expect(() => checkExamples(action, examples)).not.toThrow();
  });
});
