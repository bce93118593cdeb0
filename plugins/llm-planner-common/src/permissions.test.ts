import { isResourcePermission } from '@backstage/plugin-permission-common';
import {
  LLM_PLANNER_PLAN_RESOURCE_TYPE,
  llmPlannerBenchmarkWritePermission,
  llmPlannerCatalogWritePermission,
  llmPlannerPermissions,
  llmPlannerPlanPermissions,
  llmPlannerPlatformPermissions,
} from './permissions';

describe('llm-planner permissions', () => {
  it('have unique names under the plugin id', () => {
    const names = llmPlannerPermissions.map(p => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/^llm-planner\.[a-z]+\.[a-z]+$/);
    }
  });

  it('keep the names policies already match on', () => {
    expect(llmPlannerPermissions.map(p => p.name).sort()).toEqual([
      'llm-planner.benchmark.write',
      'llm-planner.catalog.write',
      'llm-planner.outcome.write',
      'llm-planner.plan.approve',
      'llm-planner.plan.create',
      'llm-planner.plan.read',
      'llm-planner.plan.update',
    ]);
  });

  it('reserve benchmark and catalog writes for the platform team', () => {
    expect(llmPlannerPlatformPermissions.map(p => p.name).sort()).toEqual([
      llmPlannerBenchmarkWritePermission.name,
      llmPlannerCatalogWritePermission.name,
    ]);
  });

  it('answer every permission on a plan per plan, and nothing else', () => {
    const perPlan = llmPlannerPermissions.filter(p =>
      isResourcePermission(p, LLM_PLANNER_PLAN_RESOURCE_TYPE),
    );
    expect(perPlan).toEqual(llmPlannerPlanPermissions);
    expect(
      llmPlannerPlatformPermissions.some(p => isResourcePermission(p)),
    ).toBe(false);
  });
});
