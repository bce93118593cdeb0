/**
 * The life of a plan: the one list the status filter, the API's zod enums and the transition
 * check iterate (the API's `PlanStatusSchema` is built from {@link PLAN_TRANSITIONS}). A new status is one entry here plus its test.
 */
/** One plan status: its label and the statuses a plan in it may move to. @public */
export type PlanStatusEntry<Id extends string = string> = {
  id: Id;
  label: string;
  /** statuses this one may change to */
  next: readonly Id[];
  /** a software template may deploy a plan in this status */
  deployable: boolean;
  /** its assumptions may be edited and re-planned (the plan returns to draft) */
  editable: boolean;
};

const STATUS_IDS = ['draft', 'approved', 'deployed', 'retired'] as const;

/** Where a plan is in its life. @public */
export type PlanStatus = (typeof STATUS_IDS)[number];

/** Every plan status, in life order. @public */
export const PLAN_STATUSES: readonly PlanStatusEntry<PlanStatus>[] = [
  {
    id: 'draft',
    label: 'Draft',
    next: ['approved', 'retired'],
    deployable: false,
    editable: true,
  },
  {
    id: 'approved',
    label: 'Approved',
    next: ['deployed', 'retired', 'draft'],
    deployable: true,
    editable: true,
  },
  {
    id: 'deployed',
    label: 'Deployed',
    next: ['retired'],
    deployable: true,
    editable: false,
  },
  {
    id: 'retired',
    label: 'Retired',
    next: [],
    deployable: false,
    editable: false,
  },
];

/** Plan status ids, in life order. @public */
export const PLAN_STATUS_IDS = PLAN_STATUSES.map(s => s.id) as [
  PlanStatus,
  ...PlanStatus[],
];

/** Which status changes are allowed, by the status a plan is in. @public */
export const PLAN_TRANSITIONS = Object.fromEntries(
  PLAN_STATUSES.map(s => [s.id, [...s.next]]),
) as Record<PlanStatus, PlanStatus[]>;

/** Whether a plan in this status can be deployed by the software template. @public */
export function isDeployableStatus(status: string): boolean {
  return PLAN_STATUSES.some(s => s.id === status && s.deployable);
}

/** Statuses whose plan may be edited and re-planned, in life order. @public */
export const EDITABLE_PLAN_STATUSES: readonly PlanStatus[] =
  PLAN_STATUSES.filter(s => s.editable).map(s => s.id);

/** Whether a plan in this status may be edited and re-planned. @public */
export function isEditableStatus(status: string): boolean {
  return PLAN_STATUSES.some(s => s.id === status && s.editable);
}
