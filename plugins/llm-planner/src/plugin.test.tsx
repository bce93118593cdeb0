import { getComponentData } from '@backstage/core-plugin-api';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
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
  llmPlannerLegacyRouteRef,
} from './legacy';
import { rootRouteRef } from './routes';

const component = (
  annotations: Record<string, string>,
  kind = 'Component',
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'x', annotations },
});

describe('llm-planner frontend plugin', () => {
  it('mounts the planner page at /llm-planner, reachable through the plugin root route', () => {
    expect(llmPlannerPlugin.getExtension('page:llm-planner')).toMatchObject({
      kind: 'page',
      namespace: 'llm-planner',
    });
    const tester = createExtensionTester(plannerPage);
    expect(tester.get(coreExtensionData.routePath)).toBe('/llm-planner');
    expect(tester.get(coreExtensionData.routeRef)).toBe(rootRouteRef);
    expect(llmPlannerPlugin.routes.root).toBe(rootRouteRef);
  });

  it('adds a "Performance" tab at /llm-performance to components deployed from a plan only', () => {
    expect(
      llmPlannerPlugin.getExtension('entity-content:llm-planner/performance'),
    ).toMatchObject({ kind: 'entity-content', name: 'performance' });
    const tester = createExtensionTester(entityPerformanceContent);
    expect(tester.get(coreExtensionData.routePath)).toBe('/llm-performance');
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'Performance',
    );
    const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction);
    expect(filter).toBe(isPlannedComponent);
    expect(
      isPlannedComponent(component({ 'llm-planner.io/plan-id': 'p1' })),
    ).toBe(true);
    expect(isPlannedComponent(component({}))).toBe(false);
    expect(
      isPlannedComponent(component({ 'llm-planner.io/plan-id': 'p1' }, 'API')),
    ).toBe(false);
  });

  it('has legacy exports for the old frontend system: a routable page and the entity tab', () => {
    expect(llmPlannerLegacyPlugin.getId()).toBe('llm-planner');
    expect(llmPlannerLegacyPlugin.routes.root).toBe(llmPlannerLegacyRouteRef);
    expect(getComponentData(<LlmPlannerPage />, 'core.mountPoint')).toBe(
      llmPlannerLegacyRouteRef,
    );
    expect(getComponentData(<LlmPlannerPage />, 'core.plugin')).toBe(
      llmPlannerLegacyPlugin,
    );
    expect(
      getComponentData(<EntityLlmPerformanceContent />, 'core.extensionName'),
    ).toBe('EntityLlmPerformanceContent');
    expect(
      getComponentData(<EntityLlmPerformanceContent />, 'core.plugin'),
    ).toBe(llmPlannerLegacyPlugin);
  });
});
