import {
  isDns1123Subdomain,
  validateKubeObject,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import {
  groupSubjectName,
  ownedByTeam,
  roleBindingName,
  teamNamespaceObjects,
} from './teamNamespace';

describe('B9: RoleBinding names and subjects of team Groups', () => {
  const name = { prefix: '', format: 'name' as const };

  it('names RoleBindings DNS-1123-safe for any Group name', () => {
    for (const ref of [
      'group:default/customer-support',
      'group:default/Data_Science.Team',
      'group:Other.NS/team',
      `group:default/${'x'.repeat(63)}`,
    ]) {
      expect(isDns1123Subdomain(roleBindingName(ref, 'edit'))).toBe(true);
    }
    expect(roleBindingName('group:default/Data_Science.Team', 'edit')).toMatch(
      /^data-science-team-edit-[0-9a-f]{8}$/,
    );
  });

  it('never gives two Groups the same RoleBinding; case does not make a new one', () => {
    const a = roleBindingName('group:default/team', 'edit');
    expect(roleBindingName('group:other/team', 'edit')).not.toBe(a);
    expect(roleBindingName('group:default/a.b', 'edit')).not.toBe(
      roleBindingName('group:default/a_b', 'edit'),
    );
    expect(roleBindingName('group:default/Team', 'edit')).toBe(a);
  });

  it('keeps the Group’s catalog namespace in the subject', () => {
    expect(groupSubjectName('group:default/team', name)).toBe('team');
    expect(groupSubjectName('group:Other.NS/team', name)).toBe('Other.NS/team');
    expect(
      groupSubjectName('group:Other.NS/team', {
        prefix: 'oidc:',
        format: 'entityRef',
      }),
    ).toBe('oidc:group:Other.NS/team');
    expect(
      groupSubjectName('group:default/Team', {
        ...name,
        explicit: { 'group:default/team': 'oidc:cs' },
      }),
    ).toBe('oidc:cs');
  });

  it('renders valid objects for a Group with uppercase, `_` and `.`', () => {
    const objects = teamNamespaceObjects({
      namespace: 'data-science-team',
      groupRef: 'group:default/Data_Science.Team',
      gpuQuota: 4,
      clusterRole: 'edit',
      groupSubjectPrefix: '',
    });
    expect(objects.flatMap(validateKubeObject)).toEqual([]);
  });

  it('recognises the owning team by its full entity ref', () => {
    const [ns] = teamNamespaceObjects({
      namespace: 'team',
      groupRef: 'group:default/team',
      gpuQuota: 4,
      clusterRole: 'edit',
      groupSubjectPrefix: '',
    });
    expect(ownedByTeam(ns, 'group:default/Team')).toBe(true);
    expect(ownedByTeam(ns, 'group:other/team')).toBe(false);
  });
});
