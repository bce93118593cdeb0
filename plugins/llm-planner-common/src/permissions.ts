import { createPermission } from '@backstage/plugin-permission-common';

/** Import, delete or edit measured benchmark runs. Platform team only by default. @public */
export const llmPlannerBenchmarkWritePermission = createPermission({
  name: 'llm-planner.benchmark.write',
  attributes: { action: 'update' },
});

/** Edit the model, GPU, price and SLO-template catalogs and team quotas. @public */
export const llmPlannerCatalogWritePermission = createPermission({
  name: 'llm-planner.catalog.write',
  attributes: { action: 'update' },
});

/** Create a plan for one of the user's teams. @public */
export const llmPlannerPlanCreatePermission = createPermission({
  name: 'llm-planner.plan.create',
  attributes: { action: 'create' },
});

/** Change a plan's assumptions or retire it. @public */
export const llmPlannerPlanUpdatePermission = createPermission({
  name: 'llm-planner.plan.update',
  attributes: { action: 'update' },
});

/** Approve a plan so that the software template may deploy it. @public */
export const llmPlannerPlanApprovePermission = createPermission({
  name: 'llm-planner.plan.approve',
  attributes: { action: 'update' },
});

/** Record measured outcomes of a deployment. @public */
export const llmPlannerOutcomeWritePermission = createPermission({
  name: 'llm-planner.outcome.write',
  attributes: { action: 'create' },
});

/** Every permission of the plugin, for registration with the permissions registry. @public */
export const llmPlannerPermissions = [
  llmPlannerBenchmarkWritePermission,
  llmPlannerCatalogWritePermission,
  llmPlannerPlanCreatePermission,
  llmPlannerPlanUpdatePermission,
  llmPlannerPlanApprovePermission,
  llmPlannerOutcomeWritePermission,
];

/**
 * Permissions that only the platform team holds under the default policy: they change data
 * every team's plans are computed from.
 * @public
 */
export const llmPlannerPlatformPermissions = [
  llmPlannerBenchmarkWritePermission,
  llmPlannerCatalogWritePermission,
];
