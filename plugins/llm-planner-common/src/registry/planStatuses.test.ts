import {
  PLAN_STATUSES,
  PLAN_STATUS_IDS,
  PLAN_TRANSITIONS,
  EDITABLE_PLAN_STATUSES,
  isDeployableStatus,
  isEditableStatus,
} from './planStatuses';

describe('plan status registry', () => {
  it('lists the statuses in life order with their transitions', () => {
    expect(PLAN_STATUS_IDS).toEqual([
      'draft',
      'approved',
      'deployed',
      'retired',
    ]);
    expect(PLAN_TRANSITIONS).toEqual({
      draft: ['approved', 'retired'],
      approved: ['deployed', 'retired', 'draft'],
      deployed: ['retired'],
      retired: [],
    });
  });

  it('only moves to statuses it knows', () => {
    const ids = new Set<string>(PLAN_STATUS_IDS);
    expect(PLAN_STATUSES.flatMap(s => s.next).filter(n => !ids.has(n))).toEqual(
      [],
    );
  });

  it('deploys approved and deployed plans only', () => {
    expect(PLAN_STATUS_IDS.filter(isDeployableStatus)).toEqual([
      'approved',
      'deployed',
    ]);
    expect(isDeployableStatus('unknown')).toBe(false);
  });

  it('edits draft and approved plans only', () => {
    expect(EDITABLE_PLAN_STATUSES).toEqual(['draft', 'approved']);
    expect(PLAN_STATUS_IDS.filter(isEditableStatus)).toEqual([
      'draft',
      'approved',
    ]);
    expect(isEditableStatus('unknown')).toBe(false);
  });
});
