import { z } from 'zod';
import { StoredPlan } from '@llm-planner/backstage-plugin-llm-planner-common';

const PlanId = z.uuid();

/**
 * `getResources` of the plan resource type: the plans of the given ids, `undefined` for an id
 * that names no plan (the permission backend then denies), without asking the database about
 * ids that cannot be plan ids.
 */
export function planResourceLoader(plans: {
  get(id: string): Promise<StoredPlan | undefined>;
}) {
  return (ids: string[]) =>
    Promise.all(
      ids.map(id =>
        PlanId.safeParse(id).success
          ? plans.get(id)
          : Promise.resolve(undefined),
      ),
    );
}
