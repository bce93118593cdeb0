import {
  createBackendModule,
  type LoggerService,
} from '@backstage/backend-plugin-api';
import {
  parseCsvRecords,
  parseGpuCsv,
  parsePriceCsv,
  recordsToCsv,
  type ImportFormatEntry,
  type Plan,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import {
  llmPlannerBenchmarkFormatExtensionPoint,
  llmPlannerIntentExtractorExtensionPoint,
  llmPlannerPriceSourceExtensionPoint,
  type IntentExtractor,
} from '@llm-planner/backstage-plugin-llm-planner-node';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { as, startPlanner } from './__testUtils__/backend';
import { createTestDatabases } from './__testUtils__/databases';
import { validPriceRows } from './services/PriceCatalog';

jest.setTimeout(180_000);

const API = '/api/llm-planner';
const data = (file: string) =>
  readFileSync(resolve(__dirname, '../../../benchmarks/data', file), 'utf8');
const alice = as('user:default/alice.support');
const platform = as('user:default/pat.platform');

/** An extractor that always understands the same intent, so its use shows in the answer. */
const fixedExtractor: IntentExtractor = {
  async extract(_messages, current) {
    return {
      intent: {
        ...current,
        useCase: 'chatbot',
        users: 42,
        usersMean: 'concurrent',
      },
      missing: [],
      reply: 'Understood by the module.',
      extractor: 'rules',
      notes: [],
      assumptions: [],
    };
  },
};

/** Every seed price again, a tenth of the price, from a provider only this source knows. */
const { gpus } = parseGpuCsv(data('gpus.csv'));
const acmeRows = parsePriceCsv(data('prices.csv'), gpus)
  .prices.filter(p => p.gpuId)
  .map(p => ({
    ...p,
    provider: 'Acme GPU Cloud',
    region: 'acme-1',
    pricePerGpuHour: p.pricePerGpuHour / 10,
    pricePerHour: p.pricePerHour === null ? null : p.pricePerHour / 10,
  }));
const badRow = { ...acmeRows[0], pricePerGpuHour: 'cheap' };

/** Runs as a JSON array of shared-layout records: a format the registry does not know. */
const jsonRunsFormat: ImportFormatEntry = {
  id: 'acme-json-runs',
  label: 'Acme JSON runs',
  help: 'A JSON array of benchmark rows in the shared column layout.',
  sniff: ({ name }) => /\.acme\.json$/i.test(name),
  convert: content => {
    const rows = JSON.parse(content) as Record<string, string>[];
    return { csv: recordsToCsv(rows), errors: [] };
  },
};

const extendingModule = createBackendModule({
  pluginId: 'llm-planner',
  moduleId: 'test-extensions',
  register(env) {
    env.registerInit({
      deps: {
        extractors: llmPlannerIntentExtractorExtensionPoint,
        prices: llmPlannerPriceSourceExtensionPoint,
        formats: llmPlannerBenchmarkFormatExtensionPoint,
      },
      async init({ extractors, prices, formats }) {
        extractors.setIntentExtractor(fixedExtractor);
        prices.addPriceSource({
          id: 'acme',
          label: 'Acme price list',
          listPrices: async () => [...acmeRows, badRow as any],
        });
        formats.addBenchmarkFormat(jsonRunsFormat);
      },
    });
  },
});

describe('extension points', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let server: Awaited<ReturnType<typeof startPlanner>>;
    beforeAll(async () => {
      server = await startPlanner(await databases.init(databaseId), {
        features: [extendingModule],
      });
    });

    it("answers the chat with the module's intent extractor", async () => {
      const res = await request(server)
        .post(`${API}/v1/chat`)
        .set('Authorization', alice)
        .send({ message: 'anything at all' });
      expect(res.status).toBe(200);
      const result = JSON.parse(res.text.trim().split('\n').pop()!);
      expect(result).toMatchObject({
        type: 'result',
        intent: { useCase: 'chatbot', users: 42, usersMean: 'concurrent' },
        missing: [],
      });
      expect(result.reply).toMatch(/^Understood by the module\./);
      expect(result.reply).toMatch(
        /Answered by the intent extractor of a backend module/,
      );
      expect(result.fallbackReason).toBeUndefined();
    });

    it("lists the source's valid prices with the catalog's and costs plans with them", async () => {
      const listed = await request(server)
        .get(`${API}/v1/catalog/prices`)
        .set('Authorization', alice);
      expect(listed.status).toBe(200);
      const acme = (
        listed.body.items as { provider: string; id: number }[]
      ).filter(p => p.provider === 'Acme GPU Cloud');
      // the row with a text price was skipped
      expect(acme).toHaveLength(acmeRows.length);
      expect(acme.every(p => p.id < 0)).toBe(true);

      const policy = await request(server)
        .get(`${API}/v1/pricing/policy`)
        .set('Authorization', alice);
      expect(
        (policy.body.choices.providers as { provider: string }[]).map(
          p => p.provider,
        ),
      ).toContain('Acme GPU Cloud');

      const planned = await request(server)
        .post(`${API}/v1/recommend`)
        .set('Authorization', alice)
        .send({ useCase: 'chatbot', users: 1000, usersMean: 'concurrent' });
      expect(planned.status).toBe(200);
      const plan = planned.body as Plan;
      expect(plan.recommendations.length).toBeGreaterThan(0);
      expect(plan.recommendations[0].cost.provider).toBe('Acme GPU Cloud');
    });

    it('imports a file of the format the module added, and still refuses unknown formats', async () => {
      const { records } = parseCsvRecords(data('benchmarks.csv'));
      const rows = records.slice(0, 3).map((r, i) => ({
        ...r,
        ttft_mean_ms: String(777_000 + i),
      }));
      const res = await request(server)
        .post(`${API}/v1/benchmarks/imports`)
        .set('Authorization', platform)
        .send({
          format: 'acme-json-runs',
          dataset: 'module format',
          content: JSON.stringify(rows),
        });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ rows: 3, imported: 3 });

      const unknown = await request(server)
        .post(`${API}/v1/benchmarks/imports`)
        .set('Authorization', platform)
        .send({ format: 'nope', dataset: 'x', content: '[]' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toMatch(/acme-json-runs/);
    });
  });
});

describe('validPriceRows', () => {
  it('keeps rows of the price schema and logs each other row with the source and field', () => {
    const warnings: string[] = [];
    const logger = {
      warn: (m: string) => warnings.push(m),
    } as unknown as LoggerService;
    const kept = validPriceRows(
      { id: 'acme', label: 'Acme price list' },
      [acmeRows[0], badRow, { provider: 'Acme' }],
      logger,
    );
    expect(kept).toEqual([acmeRows[0]]);
    expect(warnings).toEqual([
      expect.stringMatching(/row 1 of price source 'acme'.*pricePerGpuHour/),
      expect.stringMatching(/row 2 of price source 'acme'.*: /),
    ]);
  });
});
