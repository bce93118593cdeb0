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
  const errors: HfConfigError[] = [];
  let raw = json;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch (e) {
      return {
        ok: false,
        errors: [
          {
            field: 'config.json',
            reason: `is not valid JSON (${(e as Error).message})`,
          },
        ],
      };
    }
  }
  const top = JsonObject.safeParse(raw);
  if (!top.success || Array.isArray(raw))
    return {
      ok: false,
      errors: [{ field: 'config.json', reason: 'must be a JSON object' }],
    };
  const root = top.data;
  // multimodal configs (Llama 4, Gemma 3, Mistral 3, Qwen-VL...) nest the language model
  const nestedKey = ['text_config', 'llm_config', 'language_config'].find(
    k => JsonObject.safeParse(root[k]).success,
  );
  const text = nestedKey ? (root[nestedKey] as Record<string, unknown>) : root;
  const prefix = nestedKey ? `${nestedKey}.` : '';
  const notes: string[] = [];

  /** first of `names` present in the text config (then the top level) */
  const lookup = (names: string[]): { name: string; value: unknown } | null => {
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
  };
  const int = (
    names: string[],
    what: string,
    required: boolean,
    allowZero = false,
  ): number | undefined => {
    const hit = lookup(names);
    if (!hit) {
      if (required)
        errors.push({
          field: `${prefix}${names[0]}`,
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
      errors.push({
        field: hit.name,
        reason: `must be a ${
          allowZero ? 'whole number ≥ 0' : 'positive whole number'
        }, got ${JSON.stringify(hit.value)}`,
      });
      return undefined;
    }
    return parsed.data;
  };

  const modelType = String(text.model_type ?? root.model_type ?? '');
  const hidden = int(
    ['hidden_size', 'n_embd', 'd_model'],
    'the hidden size',
    true,
  );
  const layers = int(
    ['num_hidden_layers', 'n_layer', 'num_layers'],
    'the number of transformer layers',
    true,
  );
  const heads = int(
    ['num_attention_heads', 'n_head'],
    'the number of attention heads',
    true,
  );
  const vocab = int(['vocab_size'], 'the vocabulary size', true);
  let kvHeads = int(
    ['num_key_value_heads', 'num_kv_heads'],
    'the number of KV heads',
    false,
  );
  let headDim = int(['head_dim'], 'the attention head size', false);
  const maxContext =
    int(
      [
        'max_position_embeddings',
        'n_positions',
        'max_sequence_length',
        'seq_length',
      ],
      'the context length',
      false,
    ) ?? null;

  // mixture of experts
  const experts = int(
    ['num_local_experts', 'num_experts', 'n_routed_experts'],
    'the number of experts',
    false,
  );
  const moe = experts !== undefined && experts > 1;
  const perToken = moe
    ? int(
        ['num_experts_per_tok', 'experts_per_token', 'num_selected_experts'],
        `the experts routed per token (required for a mixture-of-experts config with ${experts} experts)`,
        true,
      )
    : undefined;
  const expertWidth = moe
    ? int(
        ['moe_intermediate_size', 'intermediate_size'],
        'the width of one expert MLP',
        true,
      )
    : undefined;
  const denseWidth = int(
    [
      'intermediate_size_mlp',
      'intermediate_size',
      'ffn_hidden_size',
      'n_inner',
    ],
    'the MLP width',
    !moe,
  );

  // multi-head latent attention (DeepSeek V2/V3/R1)
  const mlaRank = int(['kv_lora_rank'], 'the latent KV rank', false);
  const mla =
    mlaRank !== undefined
      ? {
          kvRank: mlaRank,
          qRank: int(['q_lora_rank'], 'the latent Q rank', false),
          rope: int(['qk_rope_head_dim'], 'the RoPE part of a head', true),
          nope: int(['qk_nope_head_dim'], 'the non-RoPE part of a head', true),
          v: int(['v_head_dim'], 'the value head size', true),
        }
      : undefined;

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

  if (hidden !== undefined && heads !== undefined && headDim === undefined) {
    if (hidden % heads === 0) headDim = hidden / heads;
    else
      errors.push({
        field: `${prefix}head_dim`,
        reason: `required: hidden_size ${hidden} is not a multiple of num_attention_heads ${heads}`,
      });
  }
  if (errors.length > 0 || !hidden || !layers || !heads || !vocab || !headDim)
    return { ok: false, errors };
  if (kvHeads === undefined) {
    kvHeads = heads;
    notes.push(
      'num_key_value_heads not given: full multi-head attention assumed (KV heads = attention heads)',
    );
  }

  // attention per layer
  let attention: number;
  if (mla) {
    const qkHead = mla.nope! + mla.rope!;
    const q = mla.qRank
      ? hidden * mla.qRank + mla.qRank * heads * qkHead
      : hidden * heads * qkHead;
    const kv =
      hidden * (mla.kvRank + mla.rope!) +
      mla.kvRank * heads * (mla.nope! + mla.v!);
    attention = q + kv + heads * mla.v! * hidden;
  } else {
    attention = 2 * hidden * heads * headDim + 2 * hidden * kvHeads * headDim;
  }
  const mats = UNGATED_MLP.has(modelType) ? 2 : 3;

  // which layers are MoE
  let moeLayers = 0;
  if (moe) {
    const explicit = lookup(['moe_layers']);
    const firstDense =
      int(['first_k_dense_replace'], 'dense layers first', false, true) ?? 0;
    const step =
      int(
        ['interleave_moe_layer_step', 'decoder_sparse_step', 'moe_layer_freq'],
        'MoE layer step',
        false,
      ) ?? 1;
    const mlpOnly = lookup(['mlp_only_layers']);
    const mlpOnlySet = new Set(
      Array.isArray(mlpOnly?.value) ? (mlpOnly!.value as unknown[]) : [],
    );
    if (Array.isArray(explicit?.value)) moeLayers = explicit!.value.length;
    else
      for (let i = 0; i < layers; i++)
        if (i >= firstDense && (i + 1) % step === 0 && !mlpOnlySet.has(i))
          moeLayers++;
  }
  const denseLayers = layers - moeLayers;
  if (denseLayers > 0 && denseWidth === undefined)
    return {
      ok: false,
      errors: [
        {
          field: `${prefix}intermediate_size`,
          reason: `required: the MLP width of the ${denseLayers} dense layers`,
        },
      ],
    };
  const denseMlp = denseLayers > 0 ? mats * hidden * denseWidth! : 0;
  let shared = 0;
  let sharedText = '';
  if (moe) {
    const nShared = int(['n_shared_experts'], 'shared experts', false, true);
    const sharedWidth = int(
      ['shared_expert_intermediate_size'],
      'the shared expert width',
      false,
    );
    if (nShared) {
      shared = nShared * mats * hidden * expertWidth!;
      sharedText = ` + ${nShared} shared expert(s)`;
    } else if (sharedWidth) {
      shared = mats * hidden * sharedWidth;
      sharedText = ' + a shared expert';
    } else if (modelType.startsWith('llama4')) {
      // Llama 4 MoE layers add one shared expert of intermediate_size
      shared = mats * hidden * expertWidth!;
      sharedText = ' + a shared expert';
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const router = moe ? hidden * experts! : 0;
  const expertMlp = moe ? mats * hidden * expertWidth! : 0;
  const moeTotal = moe ? experts! * expertMlp + shared + router : 0;
  const moeActive = moe ? perToken! * expertMlp + shared + router : 0;
  const tied = lookup(['tie_word_embeddings'])?.value;
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

  // precision
  let nativePrecision: Precision | undefined;
  const q = lookup(['quantization_config']);
  const dtype = String(
    lookup(['torch_dtype', 'dtype'])?.value ?? '',
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

  // sliding-window attention
  let slidingWindow: number | undefined;
  let slidingFraction: number | undefined;
  const window = lookup(['sliding_window'])?.value;
  const layerTypes = lookup(['layer_types'])?.value;
  if (typeof window === 'number' && window > 0) {
    if (Array.isArray(layerTypes) && layerTypes.length > 0) {
      slidingWindow = window;
      slidingFraction =
        layerTypes.filter(t => t === 'sliding_attention').length /
        layerTypes.length;
    } else if (lookup(['use_sliding_window'])?.value !== false)
      notes.push(
        `sliding_window ${window} without layer_types: KV cache sized for full attention on every layer (an upper bound)`,
      );
  }
  if (nestedKey)
    notes.push(
      `language model read from ${nestedKey}; vision or audio towers not counted`,
    );
  if (lookup(['num_nextn_predict_layers']))
    notes.push('multi-token-prediction layers not counted');

  const hf = hfId!.success ? hfId!.data : '';
  const family =
    options.family ??
    FAMILY[modelType] ??
    (modelType.match(/^[a-z]+/)?.[0] ||
      hf
        .split('/')
        .pop()!
        .toLowerCase()
        .match(/^[a-z]+/)?.[0] ||
      'unknown');
  const candidate = {
    id: id!.success ? id!.data : '',
    hfId: hf,
    family,
    aliases: [
      ...new Set([hf.split('/').pop()!, ...(options.aliases ?? [])]),
    ].filter(a => a.toLowerCase() !== (id!.success ? id!.data : '')),
    fp8Aliases: [],
    totalParamsB: roundTo(total / 1e9, 2),
    activeParamsB: roundTo(active / 1e9, 2),
    layers,
    hiddenSize: hidden,
    attentionHeads: heads,
    kvHeads,
    headDim: mla ? mla.nope! + mla.rope! : headDim,
    ...(mla ? { kvLatentDim: mla.kvRank + mla.rope! } : {}),
    maxContext,
    ...(moe ? { experts, expertsPerToken: perToken } : {}),
    ...(slidingWindow !== undefined
      ? { slidingWindow, slidingWindowLayerFraction: slidingFraction }
      : {}),
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
    paramsDerivation,
  };
  const model = ModelSpecSchema.parse(candidate);
  return { ok: true, model, notes, footprint: modelFootprint(model) };
}
