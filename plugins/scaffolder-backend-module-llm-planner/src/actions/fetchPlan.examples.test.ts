import { anyActionDeps, checkExamples } from '../__testUtils__/examples';
import { createFetchPlanAction } from './fetchPlan';
import { examples } from './fetchPlan.examples';

describe('fetchPlan examples', () => {
  it('are valid uses of the action', () => {
    const action = createFetchPlanAction(anyActionDeps());
    expect(() => checkExamples(action, examples)).not.toThrow();
  });
});
