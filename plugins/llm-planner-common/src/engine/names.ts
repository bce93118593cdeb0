import { hasKvShape } from './memory';
import type { GpuSpec, ModelSpec, Precision } from './schemas';

function normName(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/^\/workspace\//, '')
    .replace(/_/g, '-');
}

function stripSuffixes(s: string): string {
  return s.replace(/-(instruct|chat|hf|it)(?=-|$)/g, '').replace(/-+$/, '');
}

/** Index of model names (HF ids, aliases, FP8 variants) to catalog ids. @public */
export type ModelNameIndex = Map<
  string,
  { modelId: string; precision?: Precision }
>;

/** Builds the name index of a model catalog once. @public */
export function buildModelNameIndex(models: ModelSpec[]): ModelNameIndex {
  const idx: ModelNameIndex = new Map();
  const add = (name: string, modelId: string, precision?: Precision) => {
    const n = normName(name);
    const forms = [n, n.split('/').pop()!, stripSuffixes(n.split('/').pop()!)];
    for (const f of forms) if (!idx.has(f)) idx.set(f, { modelId, precision });
  };
  for (const m of models) {
    add(m.id, m.id);
    add(m.hfId, m.id);
    for (const a of m.aliases) add(a, m.id);
    for (const a of m.fp8Aliases ?? []) add(a, m.id, 'fp8');
    for (const a of m.int4Aliases ?? []) add(a, m.id, 'int4');
  }
  return idx;
}

/** Resolves a model name (HF id, alias, benchmark spelling) to a catalog id. @public */
export function resolveModelName(
  name: string,
  index: ModelNameIndex,
): { modelId: string; precision?: Precision } | null {
  const n = normName(name);
  const base = n.split('/').pop()!;
  const hit =
    index.get(n) ?? index.get(base) ?? index.get(stripSuffixes(base)) ?? null;
  if (hit) return hit;
  // FP8 / quantised variants not listed: strip the quantisation suffix and retry
  const fp8 = base.match(/^(.*?)-(fp8(-dynamic|-kv)?|w8a8|fp8-kv)$/);
  if (fp8) {
    const b = index.get(fp8[1]) ?? index.get(stripSuffixes(fp8[1]));
    if (b) return { modelId: b.modelId, precision: 'fp8' };
  }
  const awq = base.match(/^(.*?)-(awq|gptq|int4)$/);
  if (awq) {
    const b = index.get(awq[1]) ?? index.get(stripSuffixes(awq[1]));
    if (b) return { modelId: b.modelId, precision: 'int4' };
  }
  return null;
}

type GpuKey = { family: string; memGb: number | null; form: string | null };

const GPU_FAMILIES = [
  'GB200',
  'GB300',
  'GH200',
  'MI300X',
  'MI325X',
  'MI355X',
  'A100',
  'H100',
  'H200',
  'B200',
  'L40S',
  'A10G',
  'A10',
  'L4',
  'T4',
  'V100',
];

function gpuKey(name: string): GpuKey | null {
  const up = name
    .toUpperCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/NVIDIA|AMD|INSTINCT/g, ' ');
  const tokens = up.split(/[\s\-_/]+/).filter(Boolean);
  let family: string | null = null;
  for (const f of GPU_FAMILIES) {
    if (tokens.includes(f)) {
      family = f;
      break;
    }
  }
  if (!family) return null;
  const mem = up.match(/(\d+)\s*GB/);
  let form: string | null = null;
  if (tokens.includes('SXM') || tokens.some(t => /^SXM\d$/.test(t)))
    form = 'SXM';
  if (tokens.includes('PCIE')) form = 'PCIE';
  if (tokens.includes('NVL')) form = 'NVL';
  return { family, memGb: mem ? Number(mem[1]) : null, form };
}

/** Index of GPU spellings to gpus.csv ids. @public */
export type GpuNameIndex = {
  gpus: GpuSpec[];
  keys: { gpu: GpuSpec; key: GpuKey }[];
};

/** Builds the GPU name index once. @public */
export function buildGpuNameIndex(gpus: GpuSpec[]): GpuNameIndex {
  return {
    gpus,
    keys: gpus
      .map(g => ({ gpu: g, key: gpuKey(g.id) }))
      .filter((x): x is { gpu: GpuSpec; key: GpuKey } => x.key !== null),
  };
}

/**
 * Resolves a GPU spelling (catalog id, benchmark spelling such as `A100-SXM-80GB`, price
 * spelling such as `H100-SXM-80GB (A3 Mega)`, or a short name such as `h100`) to a gpus.csv id.
 * Fractional GPUs ("1/3 GPU slice") and GPUs missing from gpus.csv resolve to null.
 * @public
 */
export function resolveGpuName(
  name: string,
  index: GpuNameIndex,
): string | null {
  if (/slice|\d\/\d/i.test(name)) return null;
  const exact = index.gpus.find(
    g => g.id.toLowerCase() === name.trim().toLowerCase(),
  );
  if (exact) return exact.id;
  const k = gpuKey(name);
  if (!k) return null;
  let cands = index.keys.filter(c => c.key.family === k.family);
  if (k.memGb !== null) {
    const m = cands.filter(
      c => c.key.memGb === null || c.key.memGb === k.memGb,
    );
    cands = m;
  }
  if (k.form !== null) {
    cands = cands.filter(c => c.key.form === null || c.key.form === k.form);
  } else if (cands.length > 1) {
    // no form factor given: SXM is the default data-centre part
    const sxm = cands.filter(c => c.key.form === 'SXM');
    if (sxm.length > 0) cands = sxm;
  }
  if (cands.length > 1 && k.memGb === null) {
    // no memory given: prefer the largest-memory variant (A100 -> 80GB)
    cands = [...cands]
      .sort((a, b) => b.gpu.memoryGb - a.gpu.memoryGb)
      .slice(0, 1);
  }
  return cands.length >= 1 ? cands[0].gpu.id : null;
}

/**
 * Catalog models like a name the catalog does not hold, nearest first: the same family when
 * the name starts with one the catalog holds, nearest by parameter count when the name gives a
 * size ("9B"), and only models the planner can size (architecture known). The chat's
 * unknown-model answer and the planning page's pin notice both offer these.
 * @public
 */
export function similarModels(
  raw: string,
  models: readonly ModelSpec[],
  count = 3,
): ModelSpec[] {
  const lower = raw.toLowerCase();
  const fam = lower.replace(/^.*\//, '').match(/^[a-z]+/)?.[0] ?? '';
  const size = Number(lower.match(/(\d+(?:\.\d+)?)\s*b\b/)?.[1] ?? NaN);
  const usable = models.filter(m => m.totalParamsB !== null && hasKvShape(m));
  const family = usable.filter(
    m =>
      fam.length >= 3 &&
      (m.family.startsWith(fam) ||
        fam.startsWith(m.family) ||
        m.id.startsWith(fam)),
  );
  const pool = family.length > 0 ? family : usable;
  if (!Number.isFinite(size) || size <= 0) return pool.slice(0, count);
  const distance = (m: ModelSpec) => Math.abs(Math.log(m.totalParamsB! / size));
  return [...pool].sort((a, b) => distance(a) - distance(b)).slice(0, count);
}
