import {
  createConditionExports,
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { LLM_PLANNER_PLAN_RESOURCE_TYPE } from '@llm-planner/backstage-plugin-llm-planner-common';
import { z } from 'zod';

/**
 * What plan permission rules see of a plan: its owning team (a Group entity ref) and its
 * status. For `llm-planner.plan.create` it is the plan about to be created (status `draft`).
 * @public
 */
export type PlanResource = {
  ownerGroup: string;
  status: string;
};

/**
 * A rule as a filter on stored plans: plans whose `key` is one of `values`. The backend does
 * not filter lists with it yet (lists are the user's teams' plans); it is what the rules
 * translate to when a later version does.
 * @public
 */
export type PlanFilter = {
  key: 'ownerGroup' | 'status';
  values: string[];
};

/** @public */
export const planResourceRef = createPermissionResourceRef<
  PlanResource,
  PlanFilter
>().with({
  pluginId: 'llm-planner',
  resourceType: LLM_PLANNER_PLAN_RESOURCE_TYPE,
});

const sameRef = (a: string, b: string) =>
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/**
 * The plan is owned by one of `claims`: pass the user's ownership entity refs
 * (`user.info.ownershipEntityRefs` in a policy) to mean "a plan of one of my teams".
 * @public
 */
export const isPlanOwner = createPermissionRule({
  name: 'IS_PLAN_OWNER',
  description:
    'Allow plans owned by one of the given entity refs (a Group that owns the plan)',
  resourceRef: planResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe(
        'Entity refs, typically the user ownership claims, one of which must own the plan',
      ),
  }),
  apply: (plan, { claims }) => claims.some(c => sameRef(c, plan.ownerGroup)),
  toQuery: ({ claims }) => ({ key: 'ownerGroup', values: claims }),
});

/**
 * The plan is in one of `statuses` (`draft`, `approved`, `deployed`, `retired`), e.g. to let an
 * SRE group deploy any approved plan without being able to change drafts.
 * @public
 */
export const hasPlanStatus = createPermissionRule({
  name: 'HAS_PLAN_STATUS',
  description: 'Allow plans in one of the given statuses',
  resourceRef: planResourceRef,
  paramsSchema: z.object({
    statuses: z
      .array(z.string())
      .describe('Plan statuses, e.g. approved or deployed'),
  }),
  apply: (plan, { statuses }) => statuses.includes(plan.status),
  toQuery: ({ statuses }) => ({ key: 'status', values: statuses }),
});

/** The permission rules of plans, as registered with the permissions registry. @public */
export const planPermissionRules = { isPlanOwner, hasPlanStatus };

const planConditionExports = createConditionExports({
  resourceRef: planResourceRef,
  rules: planPermissionRules,
});

/**
 * Conditions on plans for permission policies, e.g.
 * `planConditions.isPlanOwner({ claims: user.info.ownershipEntityRefs })`.
 * @public
 */
export const planConditions = planConditionExports.conditions;

/**
 * Wraps plan conditions into the conditional decision a policy returns for a plan
 * permission (see `llmPlannerPlanPermissions`):
 * `createPlanConditionalDecision(request.permission, planConditions.isPlanOwner({ claims }))`.
 * @public
 */
export const createPlanConditionalDecision =
  planConditionExports.createConditionalDecision;
