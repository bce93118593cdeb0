import { createMockDirectory } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ConflictError, ResponseError } from '@backstage/errors';
import { actionContext, outputOf } from '../__testUtils__/fixtures';
import { createRegisterLocalAction } from './registerLocal';

describe('llm-planner:catalog:register-local', () => {
  const mockDir = createMockDirectory({
    content: {
      'catalog-info.yaml':
        'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: support-chat\nspec: {}\n',
    },
  });

  it('registers a file location and outputs the entity ref; re-runs accept the existing location', async () => {
    const catalog = catalogServiceMock.mock();
    const action = createRegisterLocalAction({ catalog });
    const ctx = actionContext(
      { repoPath: '/srv/repos/support-chat' },
      { workspacePath: mockDir.path },
    );
    await action.handler(ctx as any);
    expect(catalog.addLocation).toHaveBeenCalledWith(
      { type: 'file', target: '/srv/repos/support-chat/catalog-info.yaml' },
      expect.anything(),
    );
    expect(outputOf(ctx, 'entityRef')).toBe('component:default/support-chat');

    catalog.addLocation.mockRejectedValue(new ConflictError('exists'));
    await action.handler(
      actionContext(
        { repoPath: '/srv/repos/support-chat' },
        { workspacePath: mockDir.path },
      ) as any,
    );
  });

  it('registers nothing in a dry run', async () => {
    const catalog = catalogServiceMock.mock();
    const action = createRegisterLocalAction({ catalog });
    const ctx = actionContext(
      { repoPath: '/r' },
      { workspacePath: mockDir.path, isDryRun: true },
    );
    await action.handler(ctx as any);
    expect(catalog.addLocation).not.toHaveBeenCalled();
    expect(outputOf(ctx, 'entityRef')).toBe('component:default/support-chat');
  });

  it('says what to configure when the catalog refuses file locations', async () => {
    const catalog = catalogServiceMock.mock();
    // what the catalog client throws for the stock catalog's default (url locations only)
    catalog.addLocation.mockRejectedValue(
      await ResponseError.fromResponse(
        new Response(
          JSON.stringify({
            error: {
              name: 'InputError',
              message:
                'Registered locations must be of an allowed type ["url"]',
            },
            request: { method: 'POST', url: '/locations' },
            response: { statusCode: 400 },
          }),
          {
            status: 400,
            statusText: 'Bad Request',
            headers: { 'content-type': 'application/json' },
          },
        ),
      ),
    );
    const action = createRegisterLocalAction({ catalog });
    await expect(
      action.handler(
        actionContext(
          { repoPath: '/srv/repos/support-chat' },
          { workspacePath: mockDir.path },
        ) as any,
      ),
    ).rejects.toThrow(/llmPlanner\.catalog\.allowFileLocations: true/);
  });
});
