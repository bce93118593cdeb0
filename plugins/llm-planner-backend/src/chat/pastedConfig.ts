import {
  modelSpecFromHfConfig,
  resolveModelName,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import type { ChatCatalogIndex } from './catalog';
import { fmt } from './text';

/** Keys only a Hugging Face model config.json carries, one of which a pasted object must have. */
const CONFIG_KEYS = [
  'num_hidden_layers',
  'text_config',
  'hidden_size',
  'architectures',
];

/**
 * The Hugging Face config.json pasted in a chat message (the outermost `{…}` of the text), or
 * null when the message holds none.
 */
export function pastedHfConfig(text: string): Record<string, unknown> | null {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start, end + 1));
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const obj = value as Record<string, unknown>;
  return CONFIG_KEYS.some(k => k in obj) ? obj : null;
}

const HF_ID = /\b([A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*)\b/;

/**
 * What the chat says about a pasted config.json: the numbers the planner would use, the memory
 * they imply and how the model gets into the catalog. The chat never writes the catalog itself
 * (catalog writes are the platform team's, permission-checked and audited on the admin API).
 */
export function pastedConfigReply(
  message: string,
  config: Record<string, unknown>,
  idx: ChatCatalogIndex,
): { reply: string; notes: string[] } {
  const outside = `${message.slice(0, message.indexOf('{'))} ${message.slice(
    message.lastIndexOf('}') + 1,
  )}`;
  const named =
    typeof config._name_or_path === 'string' && HF_ID.test(config._name_or_path)
      ? config._name_or_path
      : outside.match(HF_ID)?.[1];
  const result = modelSpecFromHfConfig(config, {
    hfId: named ?? 'pasted/model',
    source: 'config.json pasted in the planning chat',
  });
  if (!result.ok)
    return {
      reply: `I could not read this config.json, so I cannot size the model yet:\n${result.errors
        .map(e => `- ${e.field}: ${e.reason}`)
        .join(
          '\n',
        )}\n\nPaste the complete config.json of the model (from its Hugging Face page, "Files and versions").`,
      notes: result.errors.map(e => `config.json ${e.field}: ${e.reason}`),
    };
  const m = result.model;
  const f = result.footprint;
  const lines: string[] = [
    `This is a Hugging Face config.json${
      named ? ` of ${named}` : ''
    }. The numbers the planner would use:`,
    `- parameters: ${m.totalParamsB}B${
      m.activeParamsB !== m.totalParamsB
        ? ` total, ${m.activeParamsB}B active per token (${m.expertsPerToken} of ${m.experts} experts)`
        : ''
    }, derived from the fields (${m.paramsDerivation})`,
    `- ${m.layers} layers, hidden size ${m.hiddenSize}, ${
      m.attentionHeads
    } attention heads and ${m.kvHeads} KV heads of size ${m.headDim}${
      m.maxContext !== null
        ? `, context ${fmt(m.maxContext)} tokens`
        : ', context length not given'
    }`,
    `- weights: ${Object.entries(f.weightsGb)
      .map(([p, gb]) => `${gb} GB at ${p}`)
      .join(', ')}; KV cache ${
      f.kvBytesPerToken !== null
        ? `${fmt(Math.round(f.kvBytesPerToken / 1024))} KB per token${
            f.kvGbAtMaxContext !== null
              ? ` (${f.kvGbAtMaxContext} GB for one ${fmt(
                  m.maxContext!,
                )}-token sequence)`
              : ''
          }`
        : 'unknown'
    }`,
  ];
  if (result.notes.length) lines.push(`- assumed: ${result.notes.join('; ')}`);
  const known = named ? resolveModelName(named, idx.modelIndex) : null;
  if (known)
    lines.push(
      '',
      `${named} is already in the catalog as ${known.modelId}: name it in your request (for example "a support chatbot for 500 users on ${known.modelId}") and I plan with it.`,
    );
  else
    lines.push(
      '',
      `It is not in the model catalog yet, and the chat does not change the catalog: a platform-team member adds it from this config.json on the admin page (Models tab, "Add from config.json") or with POST /v1/catalog/models/from-config${
        named ? '' : ', giving its Hugging Face id'
      }. Once added, name it here: nothing of it has been measured, so every number the planner gives is a roofline estimate, labelled "estimated" with its cross-validated error.`,
    );
  return { reply: lines.join('\n'), notes: [] };
}
