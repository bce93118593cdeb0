import { anyActionDeps, checkExamples } from '../__testUtils__/examples';
import { createRecordDeploymentAction } from './recordDeployment';
import { examples } from './recordDeployment.examples';

describe('recordDeployment examples', () => {
  it('are valid uses of the action', () => {
    const action = createRecordDeploymentAction(anyActionDeps());
    expect(() => checkExamples(action, examples)).not.toThrow();
  });
});
