import { startTestBackend } from '@backstage/backend-test-utils';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { scaffolderModule } from './module';

describe('scaffolder-backend-module-llm-planner', () => {
  it('registers the planner actions with the scaffolder', async () => {
    const addActions = jest.fn();
    await startTestBackend({
      extensionPoints: [[scaffolderActionsExtensionPoint, { addActions }]],
      features: [scaffolderModule],
    });

    const ids = addActions.mock.calls.flat().map((a: { id: string }) => a.id);
    expect(ids).toEqual([
      'llm-planner:plan:fetch',
      'llm-planner:manifests:render',
      'llm-planner:publish:local',
      'llm-planner:catalog:register-local',
      'llm-planner:namespace:ensure',
      'llm-planner:kubernetes:apply',
      'llm-planner:deployment:record',
    ]);
  });
});
