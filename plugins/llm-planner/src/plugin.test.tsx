import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import {
  entityPerformanceContent,
  isPlannedComponent,
  llmPlannerPlugin,
  plannerPage,
} from './plugin';
import {
  EntityLlmPerformanceContent,
  LlmPlannerPage,
  llmPlannerLegacyPlugin,
} from './legacy';

const component = (
  annotations: Record<string, string>,
  kind = 'Component',
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'x', annotations },
});

describe('llm-planner frontend plugin', () => {
  it('mounts the planner page at /llm-planner', () => {
    expect(llmPlannerPlugin.getExtension('page:llm-planner')).toMatchObject({
      kind: 'page',
      namespace: 'llm-planner',
    });
    const tester = createExtensionTester(plannerPage);
    expect(tester.get(coreExtensionData.routePath)).toBe('/llm-planner');
  });

  it('adds the Performance tab to components deployed from a plan only', () => {
    expect(
      llmPlannerPlugin.getExtension('entity-content:llm-planner/performance'),
    ).toBeDefined();
    expect(entityPerformanceContent).toBeDefined();
    expect(
      isPlannedComponent(component({ 'llm-planner.io/plan-id': 'p1' })),
    ).toBe(true);
    expect(isPlannedComponent(component({}))).toBe(false);
    expect(
      isPlannedComponent(component({ 'llm-planner.io/plan-id': 'p1' }, 'API')),
    ).toBe(false);
  });

  it('has legacy exports for the old frontend system', () => {
    expect(llmPlannerLegacyPlugin.getId()).toBe('llm-planner');
    expect(LlmPlannerPage).toBeDefined();
    expect(EntityLlmPerformanceContent).toBeDefined();
  });
});
