import {
  llmPlannerBenchmarkWritePermission,
  llmPlannerCatalogWritePermission,
  llmPlannerPermissions,
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

  it('reserve benchmark and catalog writes for the platform team', () => {
    expect(llmPlannerPlatformPermissions.map(p => p.name).sort()).toEqual([
      llmPlannerBenchmarkWritePermission.name,
      llmPlannerCatalogWritePermission.name,
    ]);
  });
});
