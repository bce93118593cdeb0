import {
  entityRefName,
  isDns1123Label,
  isQualifiedName,
  isValidLabelValue,
  teamNamespace,
  toDnsLabel,
} from './names';

describe('names', () => {
  it('derives the team namespace from the owning Group', () => {
    expect(teamNamespace('group:default/customer-support')).toBe(
      'customer-support',
    );
    expect(teamNamespace('group:default/search-ai', 'llm-')).toBe(
      'llm-search-ai',
    );
    expect(teamNamespace('group:emea/Search_AI')).toBe('emea-search-ai');
    expect(() => teamNamespace('user:default/alice')).toThrow(/not a Group/);
    expect(() => teamNamespace(`group:default/${'a'.repeat(64)}`)).toThrow(
      /DNS-1123/,
    );
  });

  it('checks DNS-1123 labels and label syntax', () => {
    expect(isDns1123Label('team-a')).toBe(true);
    expect(isDns1123Label('-a')).toBe(false);
    expect(isDns1123Label('A')).toBe(false);
    expect(isQualifiedName('app.kubernetes.io/name')).toBe(true);
    expect(isQualifiedName('a/b/c')).toBe(false);
    expect(isValidLabelValue('')).toBe(true);
    expect(isValidLabelValue('x'.repeat(64))).toBe(false);
  });

  it('slugs free text into a DNS label', () => {
    expect(toDnsLabel('Support chatbot for 1000 users!')).toBe(
      'support-chatbot-for-1000-users',
    );
    expect(toDnsLabel('customer-service for 2,000 users')).toBe(
      'customer-service-for-2000-users',
    );
    expect(toDnsLabel('rag-qa for 1,250,000 users, 2,5 req/s')).toBe(
      'rag-qa-for-1250000-users-2-5-req-s',
    );
    expect(toDnsLabel('123')).toBe('llm');
    expect(
      toDnsLabel('Customer support chatbot for the EMEA region', 'llm', 40),
    ).toBe('customer-support-chatbot-for-the-emea');
    expect(
      toDnsLabel('a-supercalifragilisticexpialidocious-word', 'llm', 20),
    ).toBe('a-supercalifragilist');
    expect(entityRefName('group:default/search-ai')).toBe('search-ai');
  });
});
