import { badRequest } from './errors';
import { KubeObject } from './types';

type Requirement = (labels: Record<string, string>) => boolean;

function splitTopLevel(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of selector) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map(p => p.trim()).filter(Boolean);
}

function parseRequirement(expr: string): Requirement {
  let m = /^([^!=\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(expr);
  if (m) {
    const [, key, op, value] = m;
    return op === '!='
      ? labels => labels[key] !== value
      : labels => labels[key] === value;
  }
  m = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(expr);
  if (m) {
    const [, key, op, list] = m;
    const values = list.split(',').map(v => v.trim());
    return op === 'in'
      ? labels => key in labels && values.includes(labels[key])
      : labels => !(key in labels) || !values.includes(labels[key]);
  }
  m = /^(!?)([A-Za-z0-9][-A-Za-z0-9_./]*)$/.exec(expr);
  if (m) {
    const [, not, key] = m;
    return not ? labels => !(key in labels) : labels => key in labels;
  }
  throw badRequest(`unable to parse requirement: ${JSON.stringify(expr)}`);
}

/** Parses a label selector (`a=b,c!=d,e in (f,g),!h`) into a predicate. */
export function parseLabelSelector(
  selector: string | undefined,
): (obj: KubeObject) => boolean {
  if (!selector) return () => true;
  const requirements = splitTopLevel(selector).map(parseRequirement);
  return obj => {
    const labels = obj.metadata?.labels ?? {};
    return requirements.every(r => r(labels));
  };
}

/**
 * Field selectors with `=`, `==`, `!=` on `metadata.name`, `metadata.namespace` and, for
 * Events, `involvedObject.*`, `reason`, `type` and `source` (what a real API server offers).
 */
export function parseFieldSelector(
  selector: string | undefined,
  kind?: string,
): (obj: KubeObject) => boolean {
  if (!selector) return () => true;
  const allowed = (field: string) =>
    ['metadata.name', 'metadata.namespace'].includes(field) ||
    (kind === 'Event' &&
      (/^involvedObject\.[A-Za-z]+$/.test(field) ||
        ['reason', 'type', 'source'].includes(field)));
  const checks = splitTopLevel(selector).map(expr => {
    const m = /^([^!=\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(expr);
    if (!m || !allowed(m[1])) {
      throw badRequest(
        `"${
          expr.split(/[!=]/)[0]
        }" is not a known field selector: only "metadata.name", "metadata.namespace"`,
      );
    }
    const [, field, op, value] = m;
    const path =
      field === 'source' ? ['source', 'component'] : field.split('.');
    const get = (obj: KubeObject) => {
      let v: unknown = obj;
      for (const p of path) {
        v =
          v && typeof v === 'object'
            ? (v as Record<string, unknown>)[p]
            : undefined;
      }
      return v === undefined ? '' : String(v);
    };
    return op === '!='
      ? (obj: KubeObject) => get(obj) !== value
      : (obj: KubeObject) => get(obj) === value;
  });
  return obj => checks.every(c => c(obj));
}
