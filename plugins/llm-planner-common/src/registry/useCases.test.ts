import fs from 'fs';
import path from 'path';
import { parseModelCatalog } from '../engine/normalise';
import { SloTemplateSchema } from '../engine/schemas';
import { CATALOG_DIR } from '../engine/__testUtils__/seed';
import {
  USE_CASES,
  USE_CASES_BY_CHAT_RANK,
  seedTemplate,
  useCaseById,
  useCaseTask,
  withSeedTemplates,
} from './useCases';

const readCatalog = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(CATALOG_DIR, name), 'utf8'));

describe('use case registry', () => {
  it('has unique ids and unique chat ranks', () => {
    expect(new Set(USE_CASES.map(u => u.id)).size).toBe(USE_CASES.length);
    expect(new Set(USE_CASES.map(u => u.chat.rank)).size).toBe(
      USE_CASES.length,
    );
  });

  it.each(USE_CASES.map(u => [u.id, u] as const))(
    '%s: seed is a valid SLO template citing its rows, with chat rules',
    (_id, u) => {
      expect(SloTemplateSchema.parse(seedTemplate(u))).toEqual(seedTemplate(u));
      expect(u.seed.sourceRows.length).toBeGreaterThan(0);
      expect(u.chat.rules.length).toBeGreaterThan(0);
    },
  );

  it('gives every use case a task some catalog model is tagged with', () => {
    const tasks = new Set(
      parseModelCatalog(readCatalog('models.json')).flatMap(m => m.tasks),
    );
    expect(USE_CASES.filter(u => !tasks.has(u.task)).map(u => u.id)).toEqual(
      [],
    );
  });

  it('agrees with the seed templates of benchmarks/catalog/slo_templates.json', () => {
    const seeded = readCatalog('slo_templates.json').templates as {
      id: string;
    }[];
    for (const t of seeded) {
      expect({ id: t.id, template: t }).toEqual({
        id: t.id,
        template: seedTemplate(useCaseById(t.id)!),
      });
    }
  });

  it('tries the more specific chat rules first', () => {
    const order = USE_CASES_BY_CHAT_RANK.map(u => u.id);
    expect(order.indexOf('long-document-summarisation')).toBeLessThan(
      order.indexOf('summarisation'),
    );
    expect(order.at(-1)).toBe('chatbot');
  });

  it('plans an unknown use case as chat', () => {
    expect(useCaseTask('code-completion')).toBe('code');
    expect(useCaseTask('no-such-use-case')).toBe('chat');
  });

  it('keeps stored templates and adds the seed of use cases not stored', () => {
    const curated = { ...seedTemplate(USE_CASES[0]), name: 'Curated' };
    const all = withSeedTemplates([curated]);
    expect(all[0]).toBe(curated);
    expect(all.map(t => t.id)).toEqual(USE_CASES.map(u => u.id));
    const complete = USE_CASES.map(seedTemplate);
    expect(withSeedTemplates(complete)).toBe(complete);
  });

  it('plans interactive summarisation from its seed, and the chat finds it', () => {
    const u = useCaseById('interactive-summarisation')!;
    expect(u.task).toBe('summarisation');
    expect(u.seed.slo).toEqual({
      percentile: 'p99',
      ttftMs: 500,
      itlMs: 30,
      e2eMs: null,
    });
    expect(u.seed.sourceRows).toEqual([7, 25, 30]);
    const text = 'a tool that gives an instant summary while users wait';
    const first = USE_CASES_BY_CHAT_RANK.find(c =>
      c.chat.rules.some(r => r.re.test(text)),
    );
    expect(first?.id).toBe('interactive-summarisation');
    expect(withSeedTemplates([]).map(t => t.id)).toContain(
      'interactive-summarisation',
    );
  });
});
