import { mockServices } from '@backstage/backend-test-utils';
import { seedKnowledgeBase } from '../__testUtils__/fixtures';
import { similarModels } from '@llm-planner/backstage-plugin-llm-planner-common';
import { buildChatCatalogIndex } from './catalog';
import { createChatService } from './ChatService';
import type { ChatMessage } from './types';

const kb = seedKnowledgeBase();
const user = (content: string): ChatMessage => ({ role: 'user', content });
const service = createChatService({
  config: {},
  models: kb.models,
  gpus: kb.gpus,
  sloTemplates: kb.sloTemplates,
  logger: mockServices.logger.mock(),
});

/**
 * TEST SHAPE of a config.json (Qwen field names, round numbers): not a real model and not
 * catalog data.
 */
const PASTED = {
  _name_or_path: 'example-org/Example-Next-9B',
  model_type: 'qwen3',
  hidden_size: 4096,
  intermediate_size: 12288,
  num_hidden_layers: 32,
  num_attention_heads: 32,
  num_key_value_heads: 8,
  head_dim: 128,
  vocab_size: 150000,
  max_position_embeddings: 65536,
  tie_word_embeddings: false,
  torch_dtype: 'bfloat16',
};

describe('a model the catalog does not hold', () => {
  it('suggests catalog models of the same family nearest by size', () => {
    const idx = buildChatCatalogIndex(kb);
    expect(similarModels('Qwen3.5 9B', idx.models).map(m => m.id)).toEqual([
      'qwen3-8b',
      'qwen2.5-7b',
      'qwen2.5-coder-7b',
    ]);
  });

  it('answers with how to add it and similar models instead of a bare refusal', async () => {
    const r = await service.respond(
      [user('A support chatbot for 500 concurrent users on Qwen3.5 9B')],
      {},
    );
    expect(r.intent.model).toBeUndefined();
    const note = r.notes.find(n => n.includes('Qwen3.5 9B'));
    expect(note).toMatch(
      /"Qwen3.5 9B" is not in the model catalog: add it from its Hugging Face config.json \(the platform team does it on the admin page, Models tab/,
    );
    expect(note).toMatch(
      /or pick one of these similar models: qwen3-8b \(8.19B\), qwen2.5-7b \(7.62B\)/,
    );
    expect(r.reply).toContain(note);
  });

  it('a newer generation of a catalogued family is a model to add, not a typo of an older one', async () => {
    const r = await service.respond(
      [user('chatbot for 500 users on Qwen/Qwen9-72B-Instruct')],
      {},
    );
    const note = r.notes.find(n => n.includes('Qwen9'));
    expect(note).toMatch(
      /^"Qwen\/Qwen9-72B-Instruct" is not in the model catalog: add it from its Hugging Face config.json/,
    );
    expect(note).toMatch(/similar models: qwen2.5-72b \(/);
    // a name without a version reads as the catalogued one it abbreviates, and says so
    const short = await service.respond([user('chatbot on Qwen 72B')], {});
    expect(short.intent.model).toBe('qwen2.5-72b');
    expect(short.reply).toContain(
      '"Qwen 72B" read as qwen2.5-72b, the catalog\'s only model of that family and size',
    );
  });

  it('reads a pasted config.json: the numbers, the memory, and how it gets into the catalog', async () => {
    const r = await service.respond(
      [user(`Can we run this one?\n${JSON.stringify(PASTED, null, 2)}`)],
      { useCase: 'chatbot' },
    );
    expect(r.intent).toEqual({ useCase: 'chatbot' });
    expect(r.reply).toMatch(/config.json of example-org\/Example-Next-9B/);
    expect(r.reply).toMatch(
      /32 layers, hidden size 4096, 32 attention heads and 8 KV heads of size 128/,
    );
    // KV: 2 x 32 layers x 8 heads x 128 x 2 bytes = 131072 bytes = 128 KB a token
    expect(r.reply).toMatch(/KV cache 128 KB per token/);
    expect(r.reply).toMatch(
      /not in the model catalog yet, and the chat does not change the catalog/,
    );
    expect(r.reply).toMatch(/labelled "estimated"/);
  });

  it('names the missing field of a pasted config.json', async () => {
    const { hidden_size: _h, ...broken } = PASTED;
    const r = await service.respond([user(JSON.stringify(broken))], {});
    expect(r.reply).toMatch(
      /I could not read this config.json.*\n- hidden_size: required: the hidden size/,
    );
  });
});
