import { createPermission } from '@backstage/plugin-permission-common';

/**
 * The permission resource type of a plan. Plan permissions carry it, so a policy can answer
 * them with a conditional decision on the plan (for example "owned by one of the user's teams")
 * that the backend evaluates with its permission rules.
 * @public
 */
export const LLM_PLANNER_PLAN_RESOURCE_TYPE = 'llm-planner-plan';

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

/**
 * Read one plan (and its deployments, outcomes and autoscaler decision). The list of plans
 * stays the user's teams' plans (the platform team may list all).
 * @public
 */
export const llmPlannerPlanReadPermission = createPermission({
  name: 'llm-planner.plan.read',
  attributes: { action: 'read' },
  resourceType: LLM_PLANNER_PLAN_RESOURCE_TYPE,
});

/**
 * Create a plan owned by a team. The resource is the plan about to be created: conditions see
 * its owning team and its status (`draft`).
 * @public
 */
export const llmPlannerPlanCreatePermission = createPermission({
  name: 'llm-planner.plan.create',
  attributes: { action: 'create' },
  resourceType: LLM_PLANNER_PLAN_RESOURCE_TYPE,
});

/** Change a plan's assumptions, retire it, or record a deployment of it. @public */
export const llmPlannerPlanUpdatePermission = createPermission({
  name: 'llm-planner.plan.update',
  attributes: { action: 'update' },
  resourceType: LLM_PLANNER_PLAN_RESOURCE_TYPE,
});

/** Approve a plan so that the software template may deploy it. @public */
export const llmPlannerPlanApprovePermission = createPermission({
  name: 'llm-planner.plan.approve',
  attributes: { action: 'update' },
  resourceType: LLM_PLANNER_PLAN_RESOURCE_TYPE,
});

/** Record measured outcomes of a deployment of a plan. @public */
export const llmPlannerOutcomeWritePermission = createPermission({
  name: 'llm-planner.outcome.write',
  attributes: { action: 'create' },
  resourceType: LLM_PLANNER_PLAN_RESOURCE_TYPE,
});

/** Every permission of the plugin, for registration with the permissions registry. @public */
export const llmPlannerPermissions = [
  llmPlannerBenchmarkWritePermission,
  llmPlannerCatalogWritePermission,
  llmPlannerPlanReadPermission,
  llmPlannerPlanCreatePermission,
  llmPlannerPlanUpdatePermission,
  llmPlannerPlanApprovePermission,
  llmPlannerOutcomeWritePermission,
];

/**
 * The permissions on one plan, answered per plan: a policy may return a conditional decision
 * for them (see `planConditions` of the backend).
 * @public
 */
export const llmPlannerPlanPermissions = [
  llmPlannerPlanReadPermission,
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
