import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import type { Plan } from '@llm-planner/backstage-plugin-llm-planner-common';
import { Knex } from 'knex';
import request from 'supertest';
import { as, startPlanner } from '../__testUtils__/backend';
import { createTestDatabases } from '../__testUtils__/databases';
import { readKnowledgeVersion } from '../database/knowledgeVersion';

jest.setTimeout(180_000);

const API = '/api/llm-planner';
const pat = as('user:default/pat.platform');
const alice = as('user:default/alice.support');

/**
 * TEST SHAPE of a dense config.json (Qwen-style field names): round numbers, not any real
 * model's, and not catalog data.
 */
const CONFIG = {
  _name_or_path: 'example-org/Example-Dense-3B',
  model_type: 'qwen3',
  hidden_size: 2048,
  intermediate_size: 8192,
  num_hidden_layers: 24,
  num_attention_heads: 16,
  num_key_value_heads: 4,
  head_dim: 128,
  vocab_size: 64000,
  max_position_embeddings: 32768,
  tie_word_embeddings: true,
  torch_dtype: 'bfloat16',
};

describe('adding a model from its config.json', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let server: Awaited<ReturnType<typeof startPlanner>>;
    let knex: Knex;
    beforeAll(async () => {
      knex = await databases.init(databaseId);
      server = await startPlanner(knex);
    });

    it('previews the parsed numbers without saving anything', async () => {
      const before = await readKnowledgeVersion(knex);
      const res = await request(server)
        .post(`${API}/v1/catalog/models/from-config/preview`)
        .set('Authorization', alice)
        .send({ config: JSON.stringify(CONFIG) });
      expect(res.status).toBe(200);
      expect(res.body.model).toMatchObject({
        id: 'example-dense-3b',
        hfId: 'example-org/Example-Dense-3B',
        layers: 24,
        kvHeads: 4,
        headDim: 128,
        maxContext: 32768,
      });
      expect(res.body.model.source).toMatch(
        /config.json of example-org\/Example-Dense-3B .*user:default\/alice.support/,
      );
      expect(res.body.footprint.kvBytesPerToken).toBe(2 * 24 * 4 * 128 * 2);
      expect(res.body.conflicts).toEqual([]);
      expect(await readKnowledgeVersion(knex)).toBe(before);
    });

    it('refuses a config.json missing a required field with 400 naming the field', async () => {
      const { num_attention_heads: _h, ...broken } = CONFIG;
      const res = await request(server)
        .post(`${API}/v1/catalog/models/from-config`)
        .set('Authorization', pat)
        .send({ config: broken });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'Invalid config.json: num_attention_heads: required: the number of attention heads (also read from n_head)',
      );
    });

    it('adds the model, bumps the knowledge version in the same write, and plans it as an estimate', async () => {
      const before = await readKnowledgeVersion(knex);
      const res = await request(server)
        .post(`${API}/v1/catalog/models/from-config`)
        .set('Authorization', pat)
        .send({
          config: CONFIG,
          source: 'test shape (not a real model)',
          tasks: ['chat', 'rag'],
        });
      expect(res.status).toBe(201);
      expect(res.body.model.paramsDerivation).toMatch(
        /^computed from config.json/,
      );
      expect(await readKnowledgeVersion(knex)).toBe(before + 1);

      const models = await request(server)
        .get(`${API}/v1/catalog/models`)
        .set('Authorization', alice);
      expect(
        models.body.items.find(
          (m: { id: string }) => m.id === 'example-dense-3b',
        ),
      ).toMatchObject({
        source: 'test shape (not a real model)',
        tasks: ['chat', 'rag'],
      });

      const plan = await request(server)
        .post(`${API}/v1/recommend`)
        .set('Authorization', alice)
        .send({
          useCase: 'chatbot',
          users: 20,
          usersMean: 'concurrent',
          model: 'example-org/Example-Dense-3B',
          gpu: 'H100',
        });
      expect(plan.status).toBe(200);
      const best = (plan.body as Plan).recommendations[0];
      expect(best.modelId).toBe('example-dense-3b');
      expect(best.provenance).toBe('estimated');
      expect(best.prediction.ttft.p95?.low).toBeLessThan(
        best.prediction.ttft.p95!.high!,
      );
    });

    it('answers 409 for an id or Hugging Face id the catalog already holds', async () => {
      const again = await request(server)
        .post(`${API}/v1/catalog/models/from-config`)
        .set('Authorization', pat)
        .send({ config: CONFIG });
      expect(again.status).toBe(409);
      expect(again.body.error.message).toMatch(
        /id "example-dense-3b" is catalog model example-dense-3b/,
      );
      const known = await request(server)
        .post(`${API}/v1/catalog/models/from-config`)
        .set('Authorization', pat)
        .send({
          config: CONFIG,
          id: 'my-llama',
          hfId: 'meta-llama/Llama-3.1-8B-Instruct',
        });
      expect(known.status).toBe(409);
      expect(known.body.error.message).toMatch(
        /"meta-llama\/Llama-3.1-8B-Instruct" already names catalog model llama-3.1-8b/,
      );
    });

    it('refuses callers without the catalog write permission with 403, writing nothing', async () => {
      const denied = await startPlanner(knex, {
        permissions: AuthorizeResult.DENY,
      });
      const before = await readKnowledgeVersion(knex);
      const res = await request(denied)
        .post(`${API}/v1/catalog/models/from-config`)
        .set('Authorization', alice)
        .send({ config: { ...CONFIG, _name_or_path: 'example-org/Other-3B' } });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/llm-planner.catalog.write/);
      expect(await readKnowledgeVersion(knex)).toBe(before);
      const unauthenticated = await request(server)
        .post(`${API}/v1/catalog/models/from-config/preview`)
        .set('Authorization', mockCredentials.none.header())
        .send({ config: CONFIG });
      expect(unauthenticated.status).toBe(401);
    });
  });
});
