import {
  buildGpuNameIndex,
  buildModelNameIndex,
  resolveGpuName,
  resolveModelName,
  similarModels,
  type GpuNameIndex,
  type ModelNameIndex,
  type ModelSpec,
  type SloTemplate,
  USE_CASES,
  useCaseById,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import type { ChatCatalogs } from './types';

/** The registry's use cases, used when no templates are passed. */
export const DEFAULT_USE_CASES: { id: string; name: string }[] = USE_CASES.map(
  u => ({ id: u.id, name: u.label }),
);

/** Inference engines an intent may name (the engine ids of the benchmark store). */
export const ENGINES = ['vllm', 'sglang', 'trtllm', 'tgi', 'nim'] as const;

/** SLO of a template, as the chat presets need it. */
export type TemplateSlo = {
  percentile: string;
  ttftMs: number | null;
  itlMs: number | null;
  e2eMs: number | null;
};

/** Name indexes and use cases built once from the catalogs. */
export type ChatCatalogIndex = {
  models: ModelSpec[];
  modelIndex: ModelNameIndex;
  gpuIndex: GpuNameIndex;
  useCases: { id: string; name: string }[];
  templates: Map<string, SloTemplate>;
  resolveModel(name: string): string | null;
  resolveGpu(name: string): string | null;
  useCaseName(id: string): string;
  isUseCase(id: string): boolean;
  /** SLO of a use-case template (null when unknown). */
  templateSlo(id: string | undefined): TemplateSlo | null;
};

/** Builds the name indexes of the catalogs once. */
export function buildChatCatalogIndex(
  catalogs: ChatCatalogs,
): ChatCatalogIndex {
  const modelIndex = buildModelNameIndex(catalogs.models);
  const gpuIndex = buildGpuNameIndex(catalogs.gpus);
  const templates = new Map(
    (catalogs.sloTemplates ?? []).map(t => [t.id, t] as const),
  );
  const useCases =
    templates.size > 0
      ? [...templates.values()].map(t => ({ id: t.id, name: t.name }))
      : DEFAULT_USE_CASES;
  const ids = new Set(useCases.map(u => u.id));
  return {
    models: catalogs.models,
    modelIndex,
    gpuIndex,
    useCases,
    templates,
    resolveModel: name => {
      for (const n of [name, name.trim().replace(/\s+/g, '-')]) {
        const hit = resolveModelName(n, modelIndex);
        if (hit) return hit.modelId;
      }
      return null;
    },
    resolveGpu: name => resolveGpuName(name, gpuIndex),
    useCaseName: id => useCases.find(u => u.id === id)?.name ?? id,
    isUseCase: id => ids.has(id),
    templateSlo: id => {
      if (!id) return null;
      const t = templates.get(id);
      if (t) return t.slo;
      return useCaseById(id)?.seed.slo ?? null;
    },
  };
}

/** A model or GPU mention found in a text. */
export type NameMention = {
  raw: string;
  start: number;
  end: number;
  /** Catalog id, null when the name is not in the catalog. */
  id: string | null;
  /** Why it did not resolve (unknown, ambiguous, hosted API model). */
  problem?: string;
  /** How a name short of the catalog's resolved ("Granite 8B" read as granite-3-8b). */
  reading?: string;
};

const MODEL_FAMILY =
  /^(llama\d*(\.\d+)?|codellama|qwen\d*(\.\d+)?|mistral|mixtral|gemma\d*|granite\d*|deepseek|phi\d*|falcon|gpt|gpt-\w+|claude|gemini|starcoder\d*|olmo\d*|vicuna|nemotron)/i;
const HOSTED = /^(gpt-?[345]|gpt-?4o|o[134]\b|claude|gemini)/i;

type Tok = { text: string; start: number; end: number };

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  const re = /[A-Za-z0-9][A-Za-z0-9._:/-]*/g;
  for (const m of text.matchAll(re)) {
    const t = m[0].replace(/[.:/-]+$/, '');
    out.push({ text: t, start: m.index!, end: m.index! + t.length });
  }
  return out;
}

/** Whether tokens are one name: separated only by spaces or dashes, not by punctuation. */
function sameWord(text: string, span: Tok[]): boolean {
  for (let k = 1; k < span.length; k++)
    if (!/^[\s-]*$/.test(text.slice(span[k - 1].end, span[k].start)))
      return false;
  return true;
}

/**
 * Finds model mentions ("Llama 3.1 70B", "qwen2.5-7b-instruct", "gpt-oss 20b") and resolves
 * them through the catalog's name index. Mentions of a model family the catalog does not hold
 * are returned with `id: null` and the reason.
 */
export function findModelMentions(
  text: string,
  idx: ChatCatalogIndex,
): NameMention[] {
  const toks = tokens(text);
  const out: NameMention[] = [];
  let i = 0;
  while (i < toks.length) {
    let hit: NameMention | null = null;
    for (let len = Math.min(5, toks.length - i); len >= 1 && !hit; len--) {
      const span = toks.slice(i, i + len);
      if (!sameWord(text, span)) continue;
      const words = span.map(t => t.text.toLowerCase());
      const variants = [words.join('-')];
      if (len >= 2 && /^\d/.test(words[1]))
        variants.push([words[0] + words[1], ...words.slice(2)].join('-'));
      // "llama4 scout": the family's version written onto its name
      const joined = /^([a-z]+)(\d[\d.]*)$/.exec(words[0]);
      if (joined)
        variants.push([joined[1], joined[2], ...words.slice(1)].join('-'));
      // "Qwen-2.5-72B-Instruct": the family's version written after a dash
      const dashed = words.join('-').replace(/^([a-z]+)-(\d)/, '$1$2');
      if (dashed !== variants[0]) variants.push(dashed);
      for (const v of variants) {
        if (v.length < 4 || !/[a-z]/.test(v)) continue;
        const id = idx.resolveModel(v);
        if (id) {
          hit = {
            raw: text.slice(span[0].start, span[len - 1].end),
            start: span[0].start,
            end: span[len - 1].end,
            id,
          };
          i += len;
          break;
        }
      }
    }
    if (hit) {
      out.push(hit);
      continue;
    }
    const t = toks[i];
    if (MODEL_FAMILY.test(t.text) && !/^chatgpt/i.test(t.text)) {
      // an unknown or under-specified model name: take the family and its version/size tokens
      let j = i + 1;
      while (
        j < toks.length &&
        j < i + 4 &&
        sameWord(text, [toks[j - 1], toks[j]]) &&
        /^(v?\d[\w.]*|[\d.]+b|instruct|chat|it|coder|scout|maverick|nemo|turbo|mini|large|small|medium|r1|v3|oss)$/i.test(
          toks[j].text,
        )
      )
        j++;
      const raw = text.slice(t.start, toks[j - 1].end);
      const only = onlyModelOfSize(raw, idx);
      out.push({
        raw,
        start: t.start,
        end: toks[j - 1].end,
        id: only,
        ...(only
          ? {
              reading: `"${raw}" read as ${only}, the catalog's only model of that family and size`,
            }
          : { problem: unresolvedModelReason(raw, idx) }),
      });
      i = j;
      continue;
    }
    i++;
  }
  return out.filter(m => m.id !== null || !/^(gpt|phi|falcon)$/i.test(m.raw));
}

/**
 * The version a model name gives right after its family ("Qwen9-72B" -> "9", "Llama 3.1 8B" ->
 * "3.1"), not its size ("Qwen 72B" has none).
 */
function versionOf(name: string): string | undefined {
  return name
    .toLowerCase()
    .replace(/^.*\//, '')
    .match(/^[a-z]+[\s-]?(\d+(?:\.\d+)*)(?!\.?\d|\s*b\b)/)?.[1];
}

/**
 * A catalog id of the version a name asks for: the same version, or a point release of it
 * ("Llama 3" takes llama-3.1); a name without a version takes any.
 */
function sameVersion(id: string, version: string | undefined): boolean {
  if (version === undefined) return true;
  const v = versionOf(id);
  return v === version || (v?.startsWith(`${version}.`) ?? false);
}

/** A model name's family and its size in billions ("Granite 8B" -> granite, 8). */
function familyAndSize(raw: string): { fam?: string; size?: string } {
  const lower = raw.toLowerCase();
  return {
    fam: lower.match(/^[a-z]+/)?.[0],
    size: lower.match(/(\d+(?:\.\d+)?)\s*b\b/)?.[1],
  };
}

/**
 * "Granite 8B" with no version, when the catalog holds one model of that family and size: that
 * model ("Llama 70B", with several, stays a question).
 */
function onlyModelOfSize(raw: string, idx: ChatCatalogIndex): string | null {
  const { fam, size } = familyAndSize(raw);
  if (!fam || !size || versionOf(raw) !== undefined || HOSTED.test(raw))
    return null;
  const sized = new RegExp(`(^|-)${size.replace('.', '\\.')}b(-|$)`);
  const cands = idx.models.filter(
    m => m.id.startsWith(fam) && sized.test(m.id),
  );
  return cands.length === 1 ? cands[0].id : null;
}

function unresolvedModelReason(raw: string, idx: ChatCatalogIndex): string {
  if (HOSTED.test(raw.replace(/\s+/g, '-')))
    return `"${raw}" is a hosted API model, not a model you can serve yourself`;
  const named = familyAndSize(raw);
  const fam = named.fam ?? raw.toLowerCase();
  const { size } = named;
  // a version the catalog lacks (a newer generation) is a model to add, not a typo of another
  const version = versionOf(raw);
  const cands = idx.models.filter(
    m =>
      m.id.startsWith(fam) &&
      sameVersion(m.id, version) &&
      (!size || new RegExp(`(^|[-x])${size.replace('.', '\\.')}b`).test(m.id)),
  );
  if (cands.length > 1)
    return `"${raw}" is ambiguous in the catalog (${cands
      .slice(0, 5)
      .map(c => c.id)
      .join(', ')}${cands.length > 5 ? ', ...' : ''}); name the version`;
  if (cands.length === 1 && size)
    return `"${raw}" is not a catalog name; did you mean ${cands[0].id}?`;
  return unknownModelNote(raw, idx.models);
}

/**
 * The answer to a model the catalog does not hold: how to add it (from its config.json) and the
 * nearest catalog models to pick instead, never a bare refusal.
 */
export function unknownModelNote(raw: string, models: ModelSpec[]): string {
  const similar = similarModels(raw, models);
  return `"${raw}" is not in the model catalog: add it from its Hugging Face config.json (the platform team does it on the admin page, Models tab, or with POST /v1/catalog/models/from-config; paste the config.json here to see its numbers first)${
    similar.length > 0
      ? `, or pick one of these similar models: ${similar
          .map(m => `${m.id} (${m.totalParamsB}B)`)
          .join(', ')}`
      : ''
  }`;
}

const GPU_RE =
  /\b(?:(\d+)\s*(?:x\s*)?)?(?:nvidia\s+|amd\s+)?(gb200|gb300|gh200|mi300x|mi325x|mi355x|a100|h100|h200|b200|l40s|l40|a10g|a10|a30|a40|a6000|l4|t4|v100|rtx\s?\d{4}|tpu\s?v?\d*[a-z]?|gaudi\s?\d?)(?:s)?\b(?:[\s-]*(\d{2,3})\s?gb?\b)?(?:[\s-]*(sxm\d?|pcie|nvl)\b)?(?:[\s-]*(\d{2,3})\s?gb?\b)?/gi;

/** Finds GPU mentions ("H100", "A100 40GB", "2x L40S") and resolves them to gpus.csv ids. */
export function findGpuMentions(
  text: string,
  idx: ChatCatalogIndex,
): (NameMention & { count?: number })[] {
  const out: (NameMention & { count?: number })[] = [];
  for (const m of text.matchAll(GPU_RE)) {
    const [raw, count, fam, mem1, form, mem2] = m;
    const mem = mem1 ?? mem2;
    const name = [fam, mem ? `${mem}GB` : '', form ?? '']
      .filter(Boolean)
      .join(' ');
    const id = idx.resolveGpu(name);
    out.push({
      raw: raw.trim(),
      start: m.index!,
      end: m.index! + raw.length,
      id,
      count: count ? Number(count) : undefined,
      problem: id ? undefined : `"${raw.trim()}" is not in the GPU catalog`,
    });
  }
  return out;
}
