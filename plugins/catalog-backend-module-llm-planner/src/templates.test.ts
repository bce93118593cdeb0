import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import { LlmPlannerTemplateProvider, readShippedTemplates } from './templates';

describe('shipped templates', () => {
  it('ships the llm-inference-service template with the package', async () => {
    const templates = await readShippedTemplates();

    expect(templates.map(t => t.entity.metadata.name)).toEqual([
      'llm-inference-service',
    ]);
    expect(templates[0].entity.kind).toBe('Template');
    expect(templates[0].file).toMatch(
      /templates\/llm-inference-service\/template\.yaml$/,
    );
  });

  it('provides them owned by the configured platform team, located at their file', async () => {
    const connection: jest.Mocked<EntityProviderConnection> = {
      applyMutation: jest.fn(),
      refresh: jest.fn(),
    };
    const provider = new LlmPlannerTemplateProvider({
      owner: 'group:default/sre',
    });

    await provider.connect(connection);

    const mutation = connection.applyMutation.mock.calls[0][0];
    expect(mutation.type).toBe('full');
    const [{ entity, locationKey }] = (mutation as any).entities;
    expect(locationKey).toBe('llm-planner-templates');
    expect(entity.spec.owner).toBe('group:default/sre');
    expect(
      entity.metadata.annotations['backstage.io/managed-by-location'],
    ).toMatch(/^file:\/.*template\.yaml$/);
    // the steps are the template's own, untouched
    expect(entity.spec.steps.map((s: { id: string }) => s.id)).toContain(
      'apply',
    );
  });
});
