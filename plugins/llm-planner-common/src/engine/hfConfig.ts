import { roundTo } from '../stats';
import { z } from 'zod';
import { bytesPerParam, kvBytesPerSequence } from './memory';
import { ModelSpec, ModelSpecSchema, Precision } from './schemas';

/**
 * A field of a Hugging Face config.json that could not be read, named as in the file
 * (`text_config.num_hidden_layers` when the text model is nested) or as the option it came
 * from (`hfId`, `source`, `id`).
 * @public
 */
export type HfConfigError = { field: string; reason: string };

/** What {@link modelSpecFromHfConfig} needs besides the config.json. @public */
export type HfConfigOptions = {
  /** Catalog id; default: the last segment of `hfId`, lower-cased. */
  id?: string;
  /** Hugging Face id (`org/name`); default: the config's `_name_or_path` when it is one. */
  hfId?: string;
  /** Where the config.json came from (required: every catalog model names its source). */
  source: string;
  /** Model family; default: from `model_type` (`qwen3_moe` → `qwen`). */
  family?: string;
  /** default `unknown` (a config.json does not carry the licence) */
  license?: string;
  /** default `['chat']` */
  tasks?: string[];
  aliases?: string[];
};

/** Weights and KV cache of a model at a glance, for previews. @public */
export type ModelFootprint = {
  /** weights in GB at each precision (all GPUs of a replica together) */
  weightsGb: Partial<Record<Precision, number>>;
  /** KV-cache bytes of one token (all layers, 16-bit KV), null when the shape is unknown */
  kvBytesPerToken: number | null;
  /** KV cache of one sequence at the model's context length, GB; null when unknown */
  kvGbAtMaxContext: number | null;
};

/** The parsed model, or the fields that are missing or malformed. @public */
export type HfConfigResult =
  | {
      ok: true;
      model: ModelSpec;
      /** assumptions taken where the config was silent (also in `model.notes`) */
      notes: string[];
      footprint: ModelFootprint;
    }
  | { ok: false; errors: HfConfigError[] };

const JsonObject = z.record(z.string(), z.unknown());
const PositiveInt = z.number().int().positive();
const WholeNumber = z.number().int().min(0);
const CatalogIdSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'lower-case letters, digits, ".", "_", "-"');
const HfIdSchema = z
  .string()
  .max(200)
  .regex(/^[\w.-]+\/[\w.-]+$/, 'a Hugging Face id such as "org/name"');

/** `model_type` → catalog family, where the two differ. */
const FAMILY: Record<string, string> = {
  llama4: 'llama',
  llama4_text: 'llama',
  qwen2: 'qwen',
  qwen2_moe: 'qwen',
  qwen3: 'qwen',
  qwen3_moe: 'qwen',
  qwen3_next: 'qwen',
  gemma2: 'gemma',
  gemma3: 'gemma',
  gemma3_text: 'gemma',
  deepseek_v2: 'deepseek',
  deepseek_v3: 'deepseek',
  gpt_oss: 'gpt-oss',
  granitemoe: 'granite',
  phi3: 'phi',
  olmo2: 'olmo',
};

/** Architectures whose MLP has two matrices (up, down) instead of the gated three. */
const UNGATED_MLP = new Set([
  'gpt2',
  'gpt_bigcode',
  'gpt_neox',
  'gptj',
  'falcon',
  'opt',
  'bloom',
  'phi',
  'starcoder2',
  'mpt',
]);

/** Recognised quantisation methods (`quantization_config.quant_method`). */
function quantPrecision(q: Record<string, unknown>): Precision | null {
  const method = String(q.quant_method ?? '').toLowerCase();
  if (method === 'fp8' || method === 'fbgemm_fp8') return 'fp8';
  if (method === 'mxfp4') return 'mxfp4';
  let bits: unknown = q.bits ?? q.w_bit ?? q.weight_bits;
  if (q.load_in_4bit === true) bits = 4;
  else if (q.load_in_8bit === true) bits = 8;
  let float = false;
  if (
    method === 'compressed-tensors' &&
    JsonObject.safeParse(q.config_groups).success
  ) {
    for (const group of Object.values(
      q.config_groups as Record<string, unknown>,
    )) {
      const weights = JsonObject.safeParse(
        (group as Record<string, unknown> | null)?.weights,
      );
      if (weights.success) {
        bits = weights.data.num_bits;
        float = weights.data.type === 'float';
        break;
      }
    }
  }
  if (bits === 8) return float ? 'fp8' : 'int8';
  if (bits === 4) return float ? 'fp4' : 'int4';
  return null;
}

const fmtInt = (x: number) => Math.round(x).toLocaleString('en-US');

/** Weights and KV cache of a catalog model, for a preview before it is added. @public */
export function modelFootprint(m: ModelSpec): ModelFootprint {
  const weightsGb: Partial<Record<Precision, number>> = {};
  if (m.totalParamsB !== null) {
    const precisions: Precision[] = m.nativePrecision
      ? [m.nativePrecision as Precision]
      : ['bf16', 'fp8', 'int4'];
    for (const p of precisions)
      weightsGb[p] = roundTo(m.totalParamsB * bytesPerParam(p), 2);
  }
  const perToken = kvBytesPerSequence(m, 1);
  const atMax =
    m.maxContext !== null ? kvBytesPerSequence(m, m.maxContext) : null;
  return {
    weightsGb,
    kvBytesPerToken: perToken === null ? null : Math.round(perToken),
    kvGbAtMaxContext: atMax === null ? null : roundTo(atMax / 1e9, 2),
  };
}

/** The config.json as an object: the language model's fields and where errors are collected. */
type ConfigReader = {
  root: Record<string, unknown>;
  /** the language model's config: `root`, or the nested text config of a multimodal model */
  text: Record<string, unknown>;
  nestedKey: string | undefined;
  /** `text_config.` when the text model is nested, else empty */
  prefix: string;
  errors: HfConfigError[];
};

type ConfigHit = { name: string; value: unknown };

const invalidConfig = (errors: HfConfigError[]): HfConfigResult => ({
  ok: false,
  errors,
});

/** The config.json as an object, or the error saying why it is not one. */
function parseConfigRoot(
  json: unknown,
): { root: Record<string, unknown> } | { failed: HfConfigResult } {
  let raw = json;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch (e) {
      return {
        failed: invalidConfig([
          {
            field: 'config.json',
            reason: `is not valid JSON (${(e as Error).message})`,
          },
        ]),
      };
    }
  }
  const top = JsonObject.safeParse(raw);
  if (!top.success || Array.isArray(raw))
    return {
      failed: invalidConfig([
        { field: 'config.json', reason: 'must be a JSON object' },
      ]),
    };
  return { root: top.data };
}

function configReader(root: Record<string, unknown>): ConfigReader {
  // multimodal configs (Llama 4, Gemma 3, Mistral 3, Qwen-VL...) nest the language model
  const nestedKey = ['text_config', 'llm_config', 'language_config'].find(
    k => JsonObject.safeParse(root[k]).success,
  );
  return {
    root,
    text: nestedKey ? (root[nestedKey] as Record<string, unknown>) : root,
    nestedKey,
    prefix: nestedKey ? `${nestedKey}.` : '',
    errors: [],
  };
}

/** first of `names` present in the text config (then the top level) */
function lookup(cfg: ConfigReader, names: string[]): ConfigHit | null {
  const { text, root, nestedKey, prefix } = cfg;
  for (const source of nestedKey ? [text, root] : [root]) {
    for (const name of names) {
      if (source[name] !== undefined && source[name] !== null)
        return {
          name: source === text ? `${prefix}${name}` : name,
          value: source[name],
        };
    }
  }
  return null;
}

/** first of `names` as a whole number; a missing required or malformed one is an error */
function readInt(
  cfg: ConfigReader,
  names: string[],
  what: string,
  required: boolean,
  allowZero = false,
): number | undefined {
  const hit = lookup(cfg, names);
  if (!hit) {
    if (required)
      cfg.errors.push({
        field: `${cfg.prefix}${names[0]}`,
        reason: `required: ${what}${
          names.length > 1
            ? ` (also read from ${names.slice(1).join(', ')})`
            : ''
        }`,
      });
    return undefined;
  }
  const parsed = (allowZero ? WholeNumber : PositiveInt).safeParse(hit.value);
  if (!parsed.success) {
    cfg.errors.push({
      field: hit.name,
      reason: `must be a ${
        allowZero ? 'whole number ≥ 0' : 'positive whole number'
      }, got ${JSON.stringify(hit.value)}`,
    });
    return undefined;
  }
  return parsed.data;
}

function readAttentionShape(cfg: ConfigReader) {
  const hidden = readInt(
    cfg,
    ['hidden_size', 'n_embd', 'd_model'],
    'the hidden size',
    true,
  );
  const layers = readInt(
    cfg,
    ['num_hidden_layers', 'n_layer', 'num_layers'],
    'the number of transformer layers',
    true,
  );
  const heads = readInt(
    cfg,
    ['num_attention_heads', 'n_head'],
    'the number of attention heads',
    true,
  );
  const vocab = readInt(cfg, ['vocab_size'], 'the vocabulary size', true);
  const kvHeads = readInt(
    cfg,
    ['num_key_value_heads', 'num_kv_heads'],
    'the number of KV heads',
    false,
  );
  const headDim = readInt(cfg, ['head_dim'], 'the attention head size', false);
  const maxContext =
    readInt(
      cfg,
      [
        'max_position_embeddings',
        'n_positions',
        'max_sequence_length',
        'seq_length',
      ],
      'the context length',
      false,
    ) ?? null;
  return { hidden, layers, heads, vocab, kvHeads, headDim, maxContext };
}

/** mixture of experts, and the dense MLP width (required unless every layer is MoE) */
function readMlpShape(cfg: ConfigReader) {
  const experts = readInt(
    cfg,
    ['num_local_experts', 'num_experts', 'n_routed_experts'],
    'the number of experts',
    false,
  );
  const moe = experts !== undefined && experts > 1;
  const perToken = moe
    ? readInt(
        cfg,
        ['num_experts_per_tok', 'experts_per_token', 'num_selected_experts'],
        `the experts routed per token (required for a mixture-of-experts config with ${experts} experts)`,
        true,
      )
    : undefined;
  const expertWidth = moe
    ? readInt(
        cfg,
        ['moe_intermediate_size', 'intermediate_size'],
        'the width of one expert MLP',
        true,
      )
    : undefined;
  const denseWidth = readInt(
    cfg,
    [
      'intermediate_size_mlp',
      'intermediate_size',
      'ffn_hidden_size',
      'n_inner',
    ],
    'the MLP width',
    !moe,
  );
  return { experts, moe, perToken, expertWidth, denseWidth };
}

/** multi-head latent attention (DeepSeek V2/V3/R1) */
function readLatentAttention(cfg: ConfigReader) {
  const mlaRank = readInt(cfg, ['kv_lora_rank'], 'the latent KV rank', false);
  if (mlaRank === undefined) return undefined;
  return {
    kvRank: mlaRank,
    qRank: readInt(cfg, ['q_lora_rank'], 'the latent Q rank', false),
    rope: readInt(cfg, ['qk_rope_head_dim'], 'the RoPE part of a head', true),
    nope: readInt(
      cfg,
      ['qk_nope_head_dim'],
      'the non-RoPE part of a head',
      true,
    ),
    v: readInt(cfg, ['v_head_dim'], 'the value head size', true),
  };
}

type LatentAttention = NonNullable<ReturnType<typeof readLatentAttention>>;

/** Hugging Face id, catalog id and source from the options (or the config's `_name_or_path`). */
function readIdentity(cfg: ConfigReader, options: HfConfigOptions) {
  const { root, errors } = cfg;
  const hfIdRaw =
    options.hfId ??
    (typeof root._name_or_path === 'string' &&
    HfIdSchema.safeParse(root._name_or_path).success
      ? root._name_or_path
      : undefined);
  const hfId =
    hfIdRaw === undefined ? undefined : HfIdSchema.safeParse(hfIdRaw);
  if (!hfId)
    errors.push({
      field: 'hfId',
      reason:
        'required: the Hugging Face id (org/name); this config.json has no _name_or_path',
    });
  else if (!hfId.success)
    errors.push({
      field: 'hfId',
      reason: `must be ${hfId.error.issues[0].message}, got ${JSON.stringify(
        hfIdRaw,
      )}`,
    });
  const idRaw =
    options.id ??
    (hfId?.success ? hfId.data.split('/').pop()!.toLowerCase() : undefined);
  const id = idRaw === undefined ? undefined : CatalogIdSchema.safeParse(idRaw);
  if (id && !id.success)
    errors.push({
      field: 'id',
      reason: `must be ${
        id.error.issues[0].message
      } (at most 100), got ${JSON.stringify(idRaw)}`,
    });
  if (!options.source?.trim())
    errors.push({
      field: 'source',
      reason: 'required: where this config.json comes from (its address)',
    });
  return {
    hfId: hfId?.success ? hfId.data : '',
    id: id?.success ? id.data : '',
  };
}

/** head_dim, or hidden size / heads when the config leaves it out */
function resolveHeadDim(
  cfg: ConfigReader,
  hidden: number | undefined,
  heads: number | undefined,
  headDim: number | undefined,
): number | undefined {
  if (hidden === undefined || heads === undefined || headDim !== undefined)
    return headDim;
  if (hidden % heads === 0) return hidden / heads;
  cfg.errors.push({
    field: `${cfg.prefix}head_dim`,
    reason: `required: hidden_size ${hidden} is not a multiple of num_attention_heads ${heads}`,
  });
  return undefined;
}

/** attention parameters of one layer */
function attentionParams(
  shape: { hidden: number; heads: number; kvHeads: number; headDim: number },
  mla: LatentAttention | undefined,
): number {
  const { hidden, heads, kvHeads, headDim } = shape;
  if (!mla)
    return 2 * hidden * heads * headDim + 2 * hidden * kvHeads * headDim;
  const qkHead = mla.nope! + mla.rope!;
  const q = mla.qRank
    ? hidden * mla.qRank + mla.qRank * heads * qkHead
    : hidden * heads * qkHead;
  const kv =
    hidden * (mla.kvRank + mla.rope!) +
    mla.kvRank * heads * (mla.nope! + mla.v!);
  return q + kv + heads * mla.v! * hidden;
}

/** which layers are MoE: listed, or dense-first and every `step`-th, minus MLP-only ones */
function countMoeLayers(cfg: ConfigReader, layers: number): number {
  const explicit = lookup(cfg, ['moe_layers']);
  const firstDense =
    readInt(
      cfg,
      ['first_k_dense_replace'],
      'dense layers first',
      false,
      true,
    ) ?? 0;
  const step =
    readInt(
      cfg,
      ['interleave_moe_layer_step', 'decoder_sparse_step', 'moe_layer_freq'],
      'MoE layer step',
      false,
    ) ?? 1;
  const mlpOnly = lookup(cfg, ['mlp_only_layers']);
  const mlpOnlySet = new Set(
    Array.isArray(mlpOnly?.value) ? (mlpOnly!.value as unknown[]) : [],
  );
  if (Array.isArray(explicit?.value)) return explicit!.value.length;
  let moeLayers = 0;
  for (let i = 0; i < layers; i++)
    if (i >= firstDense && (i + 1) % step === 0 && !mlpOnlySet.has(i))
      moeLayers++;
  return moeLayers;
}

/** parameters of the shared experts of one MoE layer, and how the derivation names them */
function sharedExperts(
  cfg: ConfigReader,
  modelType: string,
  mats: number,
  hidden: number,
  expertWidth: number,
): { shared: number; sharedText: string } {
  const nShared = readInt(
    cfg,
    ['n_shared_experts'],
    'shared experts',
    false,
    true,
  );
  const sharedWidth = readInt(
    cfg,
    ['shared_expert_intermediate_size'],
    'the shared expert width',
    false,
  );
  if (nShared)
    return {
      shared: nShared * mats * hidden * expertWidth,
      sharedText: ` + ${nShared} shared expert(s)`,
    };
  if (sharedWidth)
    return {
      shared: mats * hidden * sharedWidth,
      sharedText: ' + a shared expert',
    };
  if (modelType.startsWith('llama4'))
    // Llama 4 MoE layers add one shared expert of intermediate_size
    return {
      shared: mats * hidden * expertWidth,
      sharedText: ' + a shared expert',
    };
  return { shared: 0, sharedText: '' };
}

type ParamCountInput = {
  modelType: string;
  hidden: number;
  layers: number;
  vocab: number;
  attention: number;
  mlp: ReturnType<typeof readMlpShape>;
};

/** total and active parameters and how they were derived, or the errors that prevent it */
function countParams(
  cfg: ConfigReader,
  notes: string[],
  input: ParamCountInput,
):
  | { total: number; active: number; paramsDerivation: string }
  | { failed: HfConfigResult } {
  const { modelType, hidden, layers, vocab, attention } = input;
  const { moe, experts, perToken, expertWidth, denseWidth } = input.mlp;
  const mats = UNGATED_MLP.has(modelType) ? 2 : 3;
  const moeLayers = moe ? countMoeLayers(cfg, layers) : 0;
  const denseLayers = layers - moeLayers;
  if (denseLayers > 0 && denseWidth === undefined)
    return {
      failed: invalidConfig([
        {
          field: `${cfg.prefix}intermediate_size`,
          reason: `required: the MLP width of the ${denseLayers} dense layers`,
        },
      ]),
    };
  const denseMlp = denseLayers > 0 ? mats * hidden * denseWidth! : 0;
  const { shared, sharedText } = moe
    ? sharedExperts(cfg, modelType, mats, hidden, expertWidth!)
    : { shared: 0, sharedText: '' };
  if (cfg.errors.length > 0) return { failed: invalidConfig(cfg.errors) };
  const router = moe ? hidden * experts! : 0;
  const expertMlp = moe ? mats * hidden * expertWidth! : 0;
  const moeTotal = moe ? experts! * expertMlp + shared + router : 0;
  const moeActive = moe ? perToken! * expertMlp + shared + router : 0;
  const tied = lookup(cfg, ['tie_word_embeddings'])?.value;
  if (tied === undefined)
    notes.push(
      'tie_word_embeddings not given: input and output embeddings counted separately (the larger count)',
    );
  const embeddings = vocab * hidden * (tied === true ? 1 : 2);
  const total =
    denseLayers * (attention + denseMlp) +
    moeLayers * (attention + moeTotal) +
    embeddings;
  const active =
    denseLayers * (attention + denseMlp) +
    moeLayers * (attention + moeActive) +
    embeddings;

  const parts: string[] = [];
  if (denseLayers > 0)
    parts.push(
      `${denseLayers} x (attention ${fmtInt(
        attention,
      )} + MLP ${mats} x ${hidden} x ${denseWidth})`,
    );
  if (moeLayers > 0)
    parts.push(
      `${moeLayers} x (attention ${fmtInt(
        attention,
      )} + ${experts} experts x ${mats} x ${hidden} x ${expertWidth}${sharedText} + router ${hidden} x ${experts})`,
    );
  parts.push(
    `${vocab} x ${hidden}${tied === true ? ' (tied)' : ' x 2'} embeddings`,
  );
  const paramsDerivation = `computed from config.json: ${parts.join(
    ' + ',
  )} = ${fmtInt(total)}${
    moe
      ? `; active: ${perToken} of ${experts} experts per token = ${fmtInt(
          active,
        )}`
      : ''
  }; biases and norms not counted`;
  return { total, active, paramsDerivation };
}

/** weight precision from `quantization_config`, else 16 bits (noted when that is a guess) */
function readNativePrecision(
  cfg: ConfigReader,
  notes: string[],
): Precision | undefined {
  let nativePrecision: Precision | undefined;
  const q = lookup(cfg, ['quantization_config']);
  const dtype = String(
    lookup(cfg, ['torch_dtype', 'dtype'])?.value ?? '',
  ).toLowerCase();
  if (q && JsonObject.safeParse(q.value).success) {
    const p = quantPrecision(q.value as Record<string, unknown>);
    if (p) nativePrecision = p;
    else
      notes.push(
        `quantization_config (${String(
          (q.value as Record<string, unknown>).quant_method ?? 'unknown method',
        )}) not understood: weights sized at 16 bits, an upper bound`,
      );
  }
  if (!nativePrecision) {
    if (dtype === 'float32')
      notes.push(
        'torch_dtype float32: served in 16 bits (bf16) as vLLM does by default',
      );
    else if (dtype !== 'bfloat16' && dtype !== 'float16')
      notes.push(
        `torch_dtype ${dtype || 'not given'}: weights sized at 16 bits`,
      );
  }
  return nativePrecision;
}

/** the sliding window and the share of layers that use it, when the config lists them */
function readSlidingWindow(
  cfg: ConfigReader,
  notes: string[],
): { slidingWindow: number; slidingWindowLayerFraction: number } | undefined {
  const window = lookup(cfg, ['sliding_window'])?.value;
  const layerTypes = lookup(cfg, ['layer_types'])?.value;
  if (typeof window !== 'number' || window <= 0) return undefined;
  if (Array.isArray(layerTypes) && layerTypes.length > 0)
    return {
      slidingWindow: window,
      slidingWindowLayerFraction:
        layerTypes.filter(t => t === 'sliding_attention').length /
        layerTypes.length,
    };
  if (lookup(cfg, ['use_sliding_window'])?.value !== false)
    notes.push(
      `sliding_window ${window} without layer_types: KV cache sized for full attention on every layer (an upper bound)`,
    );
  return undefined;
}

function familyOf(
  options: HfConfigOptions,
  modelType: string,
  hfId: string,
): string {
  return (
    options.family ??
    FAMILY[modelType] ??
    (modelType.match(/^[a-z]+/)?.[0] ||
      hfId
        .split('/')
        .pop()!
        .toLowerCase()
        .match(/^[a-z]+/)?.[0] ||
      'unknown')
  );
}

/**
 * Reads a Hugging Face `config.json` (the object, or its JSON text) into a catalog model: no
 * network, nothing guessed silently. Handles Llama/Qwen/Mistral/Gemma-style dense configs,
 * mixture-of-experts fields (`num_local_experts` / `num_experts` / `n_routed_experts`,
 * `num_experts_per_tok`, `moe_intermediate_size`, shared experts, dense-first or interleaved MoE
 * layers), multi-head latent attention (`kv_lora_rank`), the `text_config` of multimodal configs,
 * and the weight precision from `quantization_config` or `torch_dtype`.
 *
 * Parameter counts are derived from the fields (`paramsDerivation` says how), since a config
 * does not state them:
 *  - attention per layer: H x (heads x d) for Q + 2 x H x (KV heads x d) for K, V + (heads x d) x H
 *    for O (MLA: the low-rank Q and KV projections and O);
 *  - MLP per dense layer: 3 x H x I (gate, up, down; 2 x H x I for ungated architectures);
 *  - MoE layer: experts x 3 x H x I_expert + shared experts + router H x experts in total, and
 *    experts per token x 3 x H x I_expert + shared + router active;
 *  - embeddings: vocab x H, twice unless `tie_word_embeddings`;
 *  - biases, norms, vision towers and multi-token-prediction layers are not counted.
 *
 * Required fields (`hidden_size`, `num_hidden_layers`, `num_attention_heads`, `vocab_size`,
 * `intermediate_size` or `moe_intermediate_size`, `num_experts_per_tok` for MoE, the MLA ranks
 * for MLA) are reported by name when missing or malformed.
 * @public
 */
export function modelSpecFromHfConfig(
  json: unknown,
  options: HfConfigOptions,
): HfConfigResult {
  const parsedRoot = parseConfigRoot(json);
  if ('failed' in parsedRoot) return parsedRoot.failed;
  const cfg = configReader(parsedRoot.root);
  const { root, text, nestedKey } = cfg;
  const notes: string[] = [];

  const modelType = String(text.model_type ?? root.model_type ?? '');
  const shape = readAttentionShape(cfg);
  const { hidden, layers, heads, vocab, maxContext } = shape;
  const mlp = readMlpShape(cfg);
  const mla = readLatentAttention(cfg);
  const identity = readIdentity(cfg, options);
  const headDim = resolveHeadDim(cfg, hidden, heads, shape.headDim);
  if (
    cfg.errors.length > 0 ||
    !hidden ||
    !layers ||
    !heads ||
    !vocab ||
    !headDim
  )
    return invalidConfig(cfg.errors);
  let kvHeads = shape.kvHeads;
  if (kvHeads === undefined) {
    kvHeads = heads;
    notes.push(
      'num_key_value_heads not given: full multi-head attention assumed (KV heads = attention heads)',
    );
  }

  const attention = attentionParams({ hidden, heads, kvHeads, headDim }, mla);
  const params = countParams(cfg, notes, {
    modelType,
    hidden,
    layers,
    vocab,
    attention,
    mlp,
  });
  if ('failed' in params) return params.failed;
  const nativePrecision = readNativePrecision(cfg, notes);
  const sliding = readSlidingWindow(cfg, notes);
  if (nestedKey)
    notes.push(
      `language model read from ${nestedKey}; vision or audio towers not counted`,
    );
  if (lookup(cfg, ['num_nextn_predict_layers']))
    notes.push('multi-token-prediction layers not counted');

  const { hfId: hf, id } = identity;
  const { moe, experts, perToken } = mlp;
  const candidate = {
    id,
    hfId: hf,
    family: familyOf(options, modelType, hf),
    aliases: [
      ...new Set([hf.split('/').pop()!, ...(options.aliases ?? [])]),
    ].filter(a => a.toLowerCase() !== id),
    fp8Aliases: [],
    totalParamsB: roundTo(params.total / 1e9, 2),
    activeParamsB: roundTo(params.active / 1e9, 2),
    layers,
    hiddenSize: hidden,
    attentionHeads: heads,
    kvHeads,
    headDim: mla ? mla.nope! + mla.rope! : headDim,
    ...(mla ? { kvLatentDim: mla.kvRank + mla.rope! } : {}),
    maxContext,
    ...(moe ? { experts, expertsPerToken: perToken } : {}),
    ...(sliding ?? {}),
    ...(nativePrecision ? { nativePrecision } : {}),
    license: options.license ?? 'unknown',
    tasks: options.tasks?.length ? options.tasks : ['chat'],
    source: options.source.trim(),
    ...(maxContext === null
      ? {
          missing:
            'maxContext: the config.json has no max_position_embeddings; the context length is not checked',
        }
      : {}),
    ...(notes.length ? { notes: notes.join('; ') } : {}),
    paramsDerivation: params.paramsDerivation,
  };
  const model = ModelSpecSchema.parse(candidate);
  return { ok: true, model, notes, footprint: modelFootprint(model) };
}
