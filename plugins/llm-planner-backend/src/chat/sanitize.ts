import {
  BatchSchema,
  BudgetSchema,
  INTENT_BOUNDS,
  IntentSchema,
  type Intent,
} from '@llm-planner/backstage-plugin-llm-planner-common';
import type { z } from 'zod';
import { ENGINES, unknownModelNote, type ChatCatalogIndex } from './catalog';

/** Keys a chat must never fill: tenancy and rendering are decided by code, not by a model. */
const FORBIDDEN =
  /namespace|image|quota|cluster|secret|token_?limit|limits|rbac|registry|repo/i;

const INTENT_KEYS = new Set(Object.keys(IntentSchema.shape));

function clamp(
  key: string,
  v: number,
  min: number,
  max: number,
  notes: string[],
): number {
  if (v < min) {
    notes.push(`${key} ${v} raised to the minimum ${min}`);
    return min;
  }
  if (v > max) {
    notes.push(`${key} ${v} lowered to the maximum ${max}`);
    return max;
  }
  return v;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Maps spellings of a use case to a template id ("Customer Service" -> customer-service). */
export function normaliseUseCase(
  v: string,
  idx: ChatCatalogIndex,
): string | null {
  const s = v
    .trim()
    .toLowerCase()
    .replace(/[\s_/]+/g, '-')
    .replace(/summari[sz]ation/g, 'summarisation')
    .replace(/summari[sz]e/g, 'summarisation');
  if (idx.isUseCase(s)) return s;
  const byName = idx.useCases.find(
    u => u.name.toLowerCase() === v.trim().toLowerCase(),
  );
  return byName?.id ?? null;
}

function engineId(v: string): string | null {
  const s = v.trim().toLowerCase();
  if (/tensorrt|trt/.test(s)) return 'trtllm';
  if (/text.generation.inference/.test(s)) return 'tgi';
  return (ENGINES as readonly string[]).includes(s) ? s : null;
}

/**
 * Keeps the fields of a nested object (budget, batch) that its schema accepts; each one it
 * refuses is dropped with a note naming the field and the reason.
 */
function subObject(
  key: string,
  value: unknown,
  schema: typeof BudgetSchema | typeof BatchSchema,
  notes: string[],
): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    notes.push(`${key} was not an object; dropped`);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined || v === null) continue;
    const field = (schema.shape as Record<string, z.ZodType | undefined>)[k];
    if (!field) {
      notes.push(`ignored unknown ${key} field "${k}"`);
      continue;
    }
    const r = field.safeParse(v);
    if (r.success) out[k] = r.data;
    else
      notes.push(
        `${key}.${k} ${JSON.stringify(v)} dropped: ${r.error.issues
          .map((i: { message: string }) => i.message)
          .join('; ')}`,
      );
  }
  return Object.keys(out).length ? out : undefined;
}

/*
 * Each field sanitizer returns the value to keep, or undefined to drop the field (saying why
 * in `notes`).
 */

function sanitizeUseCase(
  value: unknown,
  idx: ChatCatalogIndex,
  notes: string[],
): string | undefined {
  const id = typeof value === 'string' ? normaliseUseCase(value, idx) : null;
  if (id) return id;
  notes.push(`use case "${String(value)}" is not a known template; dropped`);
  return undefined;
}

function sanitizeUsersMean(value: unknown, notes: string[]): unknown {
  if (value === 'population' || value === 'concurrent' || value === 'rps')
    return value;
  notes.push(
    `usersMean "${String(
      value,
    )}" is not population | concurrent | rps; dropped`,
  );
  return undefined;
}

function sanitizeModel(
  value: unknown,
  idx: ChatCatalogIndex,
  notes: string[],
): string | undefined {
  const id = typeof value === 'string' ? idx.resolveModel(value) : null;
  if (id) return id;
  notes.push(
    `${unknownModelNote(
      String(value),
      idx.models,
    )}; dropped (the planner compares catalog models)`,
  );
  return undefined;
}

function sanitizeGpu(
  value: unknown,
  idx: ChatCatalogIndex,
  notes: string[],
): string | undefined {
  const id = typeof value === 'string' ? idx.resolveGpu(value) : null;
  if (id) return id;
  notes.push(
    `GPU "${String(
      value,
    )}" is not in the GPU catalog; dropped (the planner compares catalog GPUs)`,
  );
  return undefined;
}

function sanitizeEngine(value: unknown, notes: string[]): string | undefined {
  const id = typeof value === 'string' ? engineId(value) : null;
  if (id) return id;
  notes.push(
    `engine "${String(value)}" is not one of ${ENGINES.join(', ')}; dropped`,
  );
  return undefined;
}

function sanitizePricing(value: unknown, notes: string[]): string | undefined {
  const s =
    typeof value === 'string'
      ? value.toLowerCase().replace(/[\s_]+/g, '-')
      : '';
  if (s === 'spot') return 'spot';
  if (s === 'on-demand' || s === 'ondemand') return 'on-demand';
  notes.push(`pricing "${String(value)}" is not on-demand | spot; dropped`);
  return undefined;
}

function sanitizeSlo(
  value: unknown,
  notes: string[],
): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || Array.isArray(value)) {
    notes.push('slo was not an object; dropped');
    return undefined;
  }
  const s = value as Record<string, unknown>;
  const slo: Record<string, unknown> = {};
  if (s.percentile !== undefined && s.percentile !== null) {
    if (['p50', 'p90', 'p95', 'p99'].includes(String(s.percentile)))
      slo.percentile = s.percentile;
    else notes.push(`SLO percentile "${String(s.percentile)}" dropped`);
  }
  for (const k of ['ttftMs', 'itlMs', 'e2eMs']) {
    if (s[k] === undefined || s[k] === null) continue;
    const v = num(s[k]);
    if (v !== undefined && v > 0)
      slo[k] = clamp(
        `SLO ${k}`,
        v,
        INTENT_BOUNDS.minLatencyMs,
        INTENT_BOUNDS.maxLatencyMs,
        notes,
      );
    else
      notes.push(`SLO ${k} ${String(s[k])} is not a positive number; dropped`);
  }
  for (const k of Object.keys(s))
    if (!['percentile', 'ttftMs', 'itlMs', 'e2eMs'].includes(k))
      notes.push(`ignored unknown SLO field "${k}"`);
  return Object.keys(slo).length > 0 ? slo : undefined;
}

/** A numeric intent field clamped to its bounds (rates and sizes must be positive). */
function sanitizeNumber(
  key: string,
  n: number,
  notes: string[],
): number | undefined {
  switch (key) {
    case 'users':
    case 'requestsPerActiveUserPerMin':
      if (n > 0)
        return clamp(
          key,
          n,
          0,
          key === 'users'
            ? INTENT_BOUNDS.maxUsers
            : INTENT_BOUNDS.maxRequestsPerActiveUserPerMin,
          notes,
        );
      notes.push(`${key} ${n} is not positive; dropped`);
      return undefined;
    case 'inputTokens':
    case 'outputTokens':
      if (n > 0)
        return clamp(
          key,
          Math.max(1, Math.round(n)),
          1,
          INTENT_BOUNDS.maxTokens,
          notes,
        );
      notes.push(`${key} ${n} is not positive; dropped`);
      return undefined;
    case 'thinkTimeS':
      return clamp(key, n, 0, INTENT_BOUNDS.maxThinkTimeS, notes);
    case 'activeFraction':
      if (n > 1 && n <= 100) {
        notes.push(`activeFraction ${n} read as ${n} % = ${n / 100}`);
        return n / 100;
      }
      return clamp(key, n, 0, 1, notes);
    case 'peakFactor':
    case 'burstFactor':
      return clamp(key, n, 1, INTENT_BOUNDS.maxFactor, notes);
    case 'activeHoursPerDay':
      return clamp(key, n, 1, 24, notes);
    case 'headroom':
      return clamp(key, n, 0, 5, notes);
    case 'maxAlternatives':
      return clamp(key, Math.round(n), 0, 20, notes);
    default:
      return n;
  }
}

/** One intent field as the planner may take it, or undefined when it is dropped. */
function sanitizeField(
  key: string,
  value: unknown,
  idx: ChatCatalogIndex,
  notes: string[],
): unknown {
  switch (key) {
    case 'useCase':
      return sanitizeUseCase(value, idx, notes);
    case 'usersMean':
      return sanitizeUsersMean(value, notes);
    case 'usersAt':
      if (value === 'peak' || value === 'average') return value;
      notes.push(`usersAt "${String(value)}" is not peak | average; dropped`);
      return undefined;
    case 'model':
      return sanitizeModel(value, idx, notes);
    case 'gpu':
      return sanitizeGpu(value, idx, notes);
    case 'engine':
      return sanitizeEngine(value, notes);
    case 'pricing':
      return sanitizePricing(value, notes);
    case 'budget':
    case 'batch':
      return subObject(
        key,
        value,
        key === 'budget' ? BudgetSchema : BatchSchema,
        notes,
      );
    case 'slo':
      return sanitizeSlo(value, notes);
    default: {
      const n = num(value);
      if (n === undefined) {
        notes.push(`${key} "${String(value)}" is not a number; dropped`);
        return undefined;
      }
      return sanitizeNumber(key, n, notes);
    }
  }
}

/** The checked fields as a partial intent; whatever the schema still refuses is dropped. */
function validatedIntent(
  out: Record<string, unknown>,
  notes: string[],
): Partial<Intent> {
  const parsed = IntentSchema.partial().safeParse(out);
  if (parsed.success) return parsed.data;
  // should not happen after the checks above; drop whatever still fails
  for (const issue of parsed.error.issues) {
    const k = String(issue.path[0]);
    if (k in out) {
      notes.push(`${k} dropped: ${issue.message}`);
      delete out[k];
    }
  }
  return IntentSchema.partial().parse(out);
}

/**
 * Post-processing every chat intent goes through, whichever extractor produced it: keeps only
 * intent fields (never namespaces, images or quotas), clamps numbers to the schema's bounds,
 * resolves model and GPU names to catalog ids (unknown ones are dropped with a note) and
 * validates the result with `IntentSchema.partial()`.
 */
export function sanitizeIntent(
  raw: unknown,
  idx: ChatCatalogIndex,
): { intent: Partial<Intent>; notes: string[] } {
  const notes: string[] = [];
  const out: Record<string, unknown> = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return {
      intent: {},
      notes: raw === undefined ? [] : ['intent was not an object; ignored'],
    };
  const src = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(src)) {
    if (value === undefined || value === null) continue;
    if (!INTENT_KEYS.has(key)) {
      notes.push(
        FORBIDDEN.test(key)
          ? `ignored "${key}": namespaces, images, quotas and cluster settings are decided by the platform, never by the chat`
          : `ignored unknown field "${key}"`,
      );
      continue;
    }
    const kept = sanitizeField(key, value, idx, notes);
    if (kept !== undefined) out[key] = kept;
  }
  const intent = validatedIntent(out, notes);
  return { intent, notes };
}
