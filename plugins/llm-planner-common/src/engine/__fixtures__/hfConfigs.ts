/**
 * config.json shapes for the parser tests.
 *
 * `MISTRAL_NEMO_BASE_2407` is a verbatim copy of the public Hugging Face config.json of
 * mistralai/Mistral-Nemo-Base-2407, as quoted in
 * github:kevinstephano/thunder_model_blocks thunder_model_blocks/mistral/mistral_config.py
 * (commit a23dd8fe87e974d06332635cfd3064614c47ae27).
 *
 * Every other object here is a TEST SHAPE: built by hand to exercise one layout of the format
 * (mixture of experts, nested text_config, latent attention, quantisation, missing fields).
 * Their numbers are small round values, not any real model's, and are not catalog data.
 */
export const MISTRAL_NEMO_BASE_2407 = `{
  "_name_or_path": "mistralai/Mistral-Nemo-Base-2407",
  "architectures": [
    "MistralForCausalLM"
  ],
  "attention_dropout": 0.0,
  "bos_token_id": 1,
  "eos_token_id": 2,
  "head_dim": 128,
  "hidden_act": "silu",
  "hidden_size": 5120,
  "initializer_range": 0.02,
  "intermediate_size": 14336,
  "max_position_embeddings": 128000,
  "model_type": "mistral",
  "num_attention_heads": 32,
  "num_hidden_layers": 40,
  "num_key_value_heads": 8,
  "rms_norm_eps": 1e-05,
  "rope_theta": 1000000.0,
  "sliding_window": null,
  "tie_word_embeddings": false,
  "torch_dtype": "bfloat16",
  "transformers_version": "4.43.3",
  "use_cache": true,
  "vocab_size": 131072
}
`;

/** TEST SHAPE: a dense Qwen-style config (no head_dim, tied embeddings). */
export const TEST_DENSE = {
  _name_or_path: 'example-org/Dense-Test-1B',
  model_type: 'qwen3',
  hidden_size: 1024,
  intermediate_size: 4096,
  num_hidden_layers: 8,
  num_attention_heads: 16,
  num_key_value_heads: 4,
  vocab_size: 32000,
  max_position_embeddings: 32768,
  tie_word_embeddings: true,
  torch_dtype: 'bfloat16',
};

/** TEST SHAPE: a Qwen-MoE-style config (num_experts, moe_intermediate_size, FP8 weights). */
export const TEST_MOE = {
  _name_or_path: 'example-org/Moe-Test-A1B',
  model_type: 'qwen3_moe',
  hidden_size: 1024,
  intermediate_size: 4096,
  moe_intermediate_size: 512,
  num_experts: 16,
  num_experts_per_tok: 2,
  decoder_sparse_step: 1,
  mlp_only_layers: [],
  num_hidden_layers: 8,
  num_attention_heads: 16,
  num_key_value_heads: 4,
  head_dim: 64,
  vocab_size: 32000,
  max_position_embeddings: 40960,
  tie_word_embeddings: false,
  torch_dtype: 'bfloat16',
  quantization_config: {
    quant_method: 'fp8',
    fmt: 'e4m3',
    weight_block_size: [128, 128],
  },
};

/** TEST SHAPE: a Llama-4-style multimodal config (text model nested, interleaved MoE layers). */
export const TEST_MULTIMODAL = {
  architectures: ['Llama4ForConditionalGeneration'],
  model_type: 'llama4',
  torch_dtype: 'bfloat16',
  text_config: {
    model_type: 'llama4_text',
    hidden_size: 1024,
    intermediate_size: 512,
    intermediate_size_mlp: 2048,
    num_local_experts: 8,
    num_experts_per_tok: 1,
    interleave_moe_layer_step: 2,
    num_hidden_layers: 8,
    num_attention_heads: 8,
    num_key_value_heads: 2,
    head_dim: 128,
    vocab_size: 32000,
    max_position_embeddings: 65536,
    tie_word_embeddings: false,
  },
  vision_config: { hidden_size: 512, num_hidden_layers: 4 },
};

/** TEST SHAPE: a DeepSeek-V3-style config (latent attention, shared expert, dense first layers). */
export const TEST_MLA = {
  _name_or_path: 'example-org/Mla-Test',
  model_type: 'deepseek_v3',
  hidden_size: 1024,
  intermediate_size: 4096,
  moe_intermediate_size: 256,
  n_routed_experts: 32,
  n_shared_experts: 1,
  num_experts_per_tok: 4,
  first_k_dense_replace: 1,
  moe_layer_freq: 1,
  num_hidden_layers: 4,
  num_attention_heads: 16,
  num_key_value_heads: 16,
  kv_lora_rank: 128,
  q_lora_rank: 256,
  qk_rope_head_dim: 32,
  qk_nope_head_dim: 64,
  v_head_dim: 64,
  vocab_size: 32000,
  max_position_embeddings: 16384,
  tie_word_embeddings: false,
  torch_dtype: 'bfloat16',
};
