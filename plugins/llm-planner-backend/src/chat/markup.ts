const TAG = /<\/?[a-zA-Z][\w:-]*(?:\s[^<>]*)?>/g;

/** An element with text only (no child elements). */
const LEAF =
  /<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*>([^<]*)<\/\1\s*>/g;

/** An empty element with attributes: `<schedule every="4h"/>`. */
const EMPTY_WITH_DATA =
  /<([a-zA-Z][\w:-]*)((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))+)\s*\/>/g;

/** Attributes that carry a schedule or a quantity, not prose (which may smuggle instructions). */
const DATA_ATTRIBUTE =
  /\b(every|interval|cron|at|start|end|from|to|until|value|count|hours|minutes)\s*=\s*["']([\w .:*/,-]{1,40})["']/gi;

/**
 * A request pasted as HTML or XML, read as the lines a person would type: the text of its
 * elements, a data element as "name: value" (`<itemsPerRun>250000</itemsPerRun>` reads
 * "items per run: 250000"), entities decoded. Comments and attributes are markup, not the request
 * (an attribute's "reviewerNote" is how instructions are smuggled in); a `currency` or `unit`
 * attribute says the value's unit and stays with it.
 */
export function markupAsLines(text: string): string {
  if ((text.match(TAG) ?? []).length < 4) return text;
  let out = text.replace(
    /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/gi,
    '',
  );
  // `<schedule every="4h"/>`: an empty element whose data attributes are its value
  out = out.replace(EMPTY_WITH_DATA, (whole, tag: string, attrs: string) => {
    const said = [...attrs.matchAll(DATA_ATTRIBUTE)].map(
      a => `${a[1].toLowerCase() === 'value' ? '' : `${a[1]} `}${a[2]}`,
    );
    return said.length ? `\n${camelWords(tag)}: ${said.join(', ')}\n` : whole;
  });
  // innermost elements first: "<li>Load: <b>180 users</b></li>" needs two passes
  for (let pass = 0; pass < 6; pass++) {
    const next = out.replace(LEAF, (_, tag: string, attrs: string, inner) =>
      leafText(tag, attrs, String(inner)),
    );
    if (next === out) break;
    out = next;
  }
  return decodeEntities(out.replace(/<\/?[a-zA-Z][^<>]*>/g, '\n'))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

/** Elements whose text is prose: their tags are formatting, not a field name. */
const PROSE_TAGS =
  /^(?:p|li|b|i|u|em|strong|span|small|code|a|h[1-6]|td|th|div|footer|header|section|article|label|summary|title|caption|dt|dd|blockquote|pre|s|sub|sup|mark|q|cite)$/i;

const INLINE_TAGS =
  /^(?:b|i|u|em|strong|span|small|code|a|s|sub|sup|mark|q|cite)$/i;

function leafText(tag: string, attrs: string, inner: string): string {
  const text = inner.trim();
  if (PROSE_TAGS.test(tag))
    return INLINE_TAGS.test(tag) ? inner : `\n${text}\n`;
  const unit = /\b(?:currency|unit)\s*=\s*["']([^"']+)["']/i.exec(attrs);
  return `\n${camelWords(tag)}: ${text}${unit ? ` ${unit[1]}` : ''}\n`;
}

/** "mustFinishWithinHours" -> "must finish within hours", "monthlyCeilingUSD" -> "monthly ceiling usd". */
export function camelWords(name: string): string {
  return (
    name
      // "E2E" is one word: a digit between capitals does not start a new one
      .replace(/([a-z]|(?<![A-Z])[0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .toLowerCase()
  );
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  le: '≤',
  ge: '≥',
  nbsp: ' ',
  quot: '"',
  apos: "'",
  mdash: '—',
  ndash: '–',
  asymp: '≈',
  times: '×',
  euro: '€',
};

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) =>
      String.fromCodePoint(parseInt(h, 16)),
    )
    .replace(
      /&([a-z]+);/gi,
      (e, name: string) => ENTITIES[name.toLowerCase()] ?? e,
    );
}
