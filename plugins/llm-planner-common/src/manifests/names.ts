/**
 * Kubernetes name and label syntax (apimachinery `validation.IsDNS1123Label`,
 * `IsDNS1123Subdomain`, `IsDNS1035Label`, `IsQualifiedName`, `IsValidLabelValue`).
 */

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN =
  /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const QUALIFIED_NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** RFC 1123 label: namespaces, most names. @public */
export function isDns1123Label(value: string): boolean {
  return value.length <= 63 && DNS1123_LABEL.test(value);
}

/** RFC 1035 label: Service and InferenceService names (must start with a letter). @public */
export function isDns1035Label(value: string): boolean {
  return value.length <= 63 && DNS1035_LABEL.test(value);
}

/** RFC 1123 subdomain: names of most other objects. @public */
export function isDns1123Subdomain(value: string): boolean {
  return value.length <= 253 && DNS1123_SUBDOMAIN.test(value);
}

/** A label or annotation key: `[prefix/]name`. @public */
export function isQualifiedName(key: string): boolean {
  const parts = key.split('/');
  if (parts.length > 2) return false;
  const name = parts[parts.length - 1];
  if (name.length > 63 || !QUALIFIED_NAME_PART.test(name)) return false;
  return parts.length === 1 || isDns1123Subdomain(parts[0]);
}

/** A label value: empty or up to 63 alphanumerics, `-`, `_`, `.`, alphanumeric at both ends. @public */
export function isValidLabelValue(value: string): boolean {
  return (
    value === '' || (value.length <= 63 && QUALIFIED_NAME_PART.test(value))
  );
}

/** Problems with the names and labels of one object (empty when valid). @public */
export function nameAndLabelIssues(obj: {
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
}): string[] {
  const issues: string[] = [];
  const { kind, metadata } = obj;
  const where = `${kind} ${metadata.name}`;
  let rule: { ok: (v: string) => boolean; label: string } = {
    ok: isDns1123Subdomain,
    label: 'DNS-1123 subdomain',
  };
  if (kind === 'Service' || kind === 'InferenceService') {
    rule = { ok: isDns1035Label, label: 'DNS-1035 label' };
  } else if (kind === 'Namespace') {
    rule = { ok: isDns1123Label, label: 'DNS-1123 label' };
  }
  if (!rule.ok(metadata.name)) {
    issues.push(
      `${where}: metadata.name "${metadata.name}" is not a valid ${rule.label}`,
    );
  }
  if (metadata.namespace !== undefined && !isDns1123Label(metadata.namespace)) {
    issues.push(
      `${where}: metadata.namespace "${metadata.namespace}" is not a valid DNS-1123 label`,
    );
  }
  for (const [k, v] of Object.entries(metadata.labels ?? {})) {
    if (!isQualifiedName(k)) issues.push(`${where}: label key "${k}" invalid`);
    if (!isValidLabelValue(v))
      issues.push(`${where}: label ${k} value "${v}" invalid`);
  }
  for (const k of Object.keys(metadata.annotations ?? {})) {
    if (!isQualifiedName(k))
      issues.push(`${where}: annotation key "${k}" invalid`);
  }
  return issues;
}

/**
 * Turns free text into a DNS-1035 label (lowercase, `-` separated, starts with a letter,
 * at most `max` characters). A text longer than `max` is cut after its last whole word that
 * fits (a name cut mid-word reads as a typo), unless that would keep less than half of `max`.
 * Empty input gives `fallback`.
 * @public
 */
export function toDnsLabel(text: string, fallback = 'llm', max = 63): string {
  const words = text
    // a digit group separator joins a number, it does not split it: 2,000 -> 2000
    .replace(/(?<=\d),(?=\d{3}(?!\d))/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '');
  return cutAtWord(words, max) || fallback;
}

function cutAtWord(label: string, max: number): string {
  if (label.length <= max) return label;
  const lastBreak = label.lastIndexOf('-', max);
  const cut =
    lastBreak >= max / 2 ? label.slice(0, lastBreak) : label.slice(0, max);
  return cut.replace(/-+$/, '');
}

/**
 * The team namespace of a catalog Group: `<prefix><name>` for groups in the `default`
 * namespace, `<prefix><namespace>-<name>` otherwise, e.g. `group:default/customer-support`
 * gives `customer-support` (or `llm-customer-support` with prefix `llm-`).
 * Throws when the result is not a DNS-1123 label.
 * @public
 */
export function teamNamespace(groupRef: string, prefix = ''): string {
  const match = /^(?:([^:]+):)?(?:([^/]+)\/)?(.+)$/.exec(groupRef.trim());
  if (!match || (match[1] && match[1].toLowerCase() !== 'group')) {
    throw new Error(`"${groupRef}" is not a Group entity ref`);
  }
  const entityNamespace = (match[2] ?? 'default').toLowerCase();
  const name = match[3].toLowerCase();
  const base =
    entityNamespace === 'default' ? name : `${entityNamespace}-${name}`;
  const ns = `${prefix}${base}`.replace(/[^a-z0-9-]+/g, '-');
  if (!isDns1123Label(ns)) {
    throw new Error(
      `Team namespace "${ns}" derived from ${groupRef} is not a valid DNS-1123 label (at most 63 lowercase alphanumerics or "-")`,
    );
  }
  return ns;
}

/** The name part of an entity ref (`group:default/search-ai` gives `search-ai`). @public */
export function entityRefName(ref: string): string {
  const slash = ref.lastIndexOf('/');
  const colon = ref.indexOf(':');
  return ref.slice(Math.max(slash, colon) + 1);
}
