import {
  MISTRAL_NEMO_BASE_2407,
  TEST_DENSE,
  TEST_MLA,
  TEST_MOE,
  TEST_MULTIMODAL,
} from './__fixtures__/hfConfigs';
import { modelSpecFromHfConfig } from './hfConfig';
import { kvBytesPerSequence, memoryFit } from './memory';
import type { GpuSpec, ModelSpec } from './schemas';
import { seedKb } from './__testUtils__/seed';

const source = 'test';

function parsed(
  json: unknown,
  opts: Partial<Parameters<typeof modelSpecFromHfConfig>[1]> = {},
): ModelSpec {
  const r = modelSpecFromHfConfig(json, { source, ...opts });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.model;
}

function errorsOf(
  json: unknown,
  opts: Partial<Parameters<typeof modelSpecFromHfConfig>[1]> = {},
) {
  const r = modelSpecFromHfConfig(json, { source, ...opts });
  return r.ok ? [] : r.errors;
}

describe('modelSpecFromHfConfig', () => {
  it('reads the public Mistral-Nemo-Base-2407 config.json and derives 12.25B parameters', () => {
    const r = modelSpecFromHfConfig(MISTRAL_NEMO_BASE_2407, {
      source: 'verbatim copy',
    });
    expect(r.ok).toBe(true);
    const m = parsed(MISTRAL_NEMO_BASE_2407);
    expect(m).toMatchObject({
      id: 'mistral-nemo-base-2407',
      hfId: 'mistralai/Mistral-Nemo-Base-2407',
      family: 'mistral',
      layers: 40,
      hiddenSize: 5120,
      attentionHeads: 32,
      kvHeads: 8,
      headDim: 128,
      maxContext: 128000,
      totalParamsB: 12.25,
      activeParamsB: 12.25,
    });
    // 40 x (2 x 5120 x 32 x 128 + 2 x 5120 x 8 x 128 + 3 x 5120 x 14336) + 2 x 131072 x 5120
    expect(m.paramsDerivation).toContain('= 12,247,367,680');
    expect(m.nativePrecision).toBeUndefined();
    expect(kvBytesPerSequence(m, 1)).toBe(2 * 40 * 8 * 128 * 2);
  });

  it('derives head_dim, tied embeddings and the id from the Hugging Face id', () => {
    const m = parsed(TEST_DENSE);
    expect(m.id).toBe('dense-test-1b');
    expect(m.family).toBe('qwen');
    expect(m.headDim).toBe(64);
    expect(m.paramsDerivation).toContain('= 154,402,816');
    expect(m.totalParamsB).toBe(0.15);
  });

  it('counts every expert in the total and the routed ones as active, and reads FP8 weights', () => {
    const m = parsed(TEST_MOE);
    expect(m.experts).toBe(16);
    expect(m.expertsPerToken).toBe(2);
    expect(m.paramsDerivation).toContain('= 287,965,184');
    expect(m.paramsDerivation).toContain(
      '2 of 16 experts per token = 111,804,416',
    );
    expect(m.nativePrecision).toBe('fp8');
  });

  it('reads the language model of a multimodal config from text_config (interleaved MoE layers, shared expert)', () => {
    const m = parsed(TEST_MULTIMODAL, { hfId: 'example-org/Multimodal-Test' });
    expect(m.family).toBe('llama');
    expect(m.layers).toBe(8);
    expect(m.paramsDerivation).toContain('= 168,329,216');
    expect(m.paramsDerivation).toContain('= 124,289,024');
    expect(m.notes).toMatch(/text_config; vision or audio towers not counted/);
  });

  it('sizes the KV cache of latent attention by the latent, replicated on every GPU', () => {
    const m = parsed(TEST_MLA);
    expect(m.kvLatentDim).toBe(128 + 32);
    expect(m.paramsDerivation).toContain('= 164,593,664');
    expect(kvBytesPerSequence(m, 10)).toBe(4 * 160 * 2 * 10);
    const gpu = seedKb().gpus.find(g => g.id === 'H100-SXM-80GB') as GpuSpec;
    const tp1 = memoryFit(m, gpu, 1, 'bf16', 1000, 1);
    const tp2 = memoryFit(m, gpu, 2, 'bf16', 1000, 1);
    expect(tp2.kvGbPerGpu).toBe(tp1.kvGbPerGpu);
  });

  it('names each missing or malformed required field', () => {
    const { num_hidden_layers: _layers, ...noLayers } = TEST_DENSE;
    expect(errorsOf(noLayers)).toEqual([
      {
        field: 'num_hidden_layers',
        reason:
          'required: the number of transformer layers (also read from n_layer, num_layers)',
      },
    ]);
    expect(errorsOf({ ...TEST_DENSE, hidden_size: '1024' })[0]).toEqual({
      field: 'hidden_size',
      reason: 'must be a positive whole number, got "1024"',
    });
    const { num_experts_per_tok: _k, ...noK } = TEST_MOE;
    expect(errorsOf(noK).map(e => e.field)).toEqual(['num_experts_per_tok']);
    const { vocab_size: _v, ...noVocab } = TEST_MULTIMODAL.text_config;
    expect(
      errorsOf(
        { ...TEST_MULTIMODAL, text_config: noVocab },
        { hfId: 'example-org/x' },
      ).map(e => e.field),
    ).toEqual(['text_config.vocab_size']);
    const { _name_or_path: _n, ...anonymous } = TEST_DENSE;
    expect(errorsOf(anonymous).map(e => e.field)).toEqual(['hfId']);
    expect(errorsOf(TEST_DENSE, { source: ' ' }).map(e => e.field)).toEqual([
      'source',
    ]);
    expect(errorsOf('{not json')[0].field).toBe('config.json');
    expect(errorsOf([1, 2])[0]).toEqual({
      field: 'config.json',
      reason: 'must be a JSON object',
    });
  });

  it('says what it assumed where the config is silent', () => {
    const {
      num_key_value_heads: _kv,
      tie_word_embeddings: _t,
      max_position_embeddings: _m,
      ...silent
    } = TEST_DENSE;
    const r = modelSpecFromHfConfig(silent, { source });
    expect(r.ok).toBe(true);
    const m = parsed(silent);
    expect(m.kvHeads).toBe(16);
    expect(m.maxContext).toBeNull();
    expect(m.missing).toMatch(/max_position_embeddings/);
    expect(m.notes).toMatch(/full multi-head attention assumed/);
    expect(m.notes).toMatch(/counted separately/);
  });
});
