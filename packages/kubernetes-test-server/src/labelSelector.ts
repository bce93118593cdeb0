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

/** Supports `metadata.name` and `metadata.namespace` with `=`, `==`, `!=`. */
export function parseFieldSelector(
  selector: string | undefined,
): (obj: KubeObject) => boolean {
  if (!selector) return () => true;
  const checks = splitTopLevel(selector).map(expr => {
    const m = /^([^!=\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(expr);
    if (!m || !['metadata.name', 'metadata.namespace'].includes(m[1])) {
      throw badRequest(
        `"${
          expr.split(/[!=]/)[0]
        }" is not a known field selector: only "metadata.name", "metadata.namespace"`,
      );
    }
    const [, field, op, value] = m;
    const get = (obj: KubeObject) =>
      field === 'metadata.name' ? obj.metadata?.name : obj.metadata?.namespace;
    return op === '!='
      ? (obj: KubeObject) => get(obj) !== value
      : (obj: KubeObject) => get(obj) === value;
  });
  return obj => checks.every(c => c(obj));
}
