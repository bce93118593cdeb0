/** Longest token kept on one line: longer ones (sources, paths) may still break. */
const MAX_TOKEN = 30;

/**
 * Whether a word is one value that must not break at its hyphen: a range or a name with a
 * digit (`1-33`, `H100-SXM-80GB`, `qwen2.5-7b`, `gpt-oss-20b`).
 */
export function isHyphenatedValue(word: string): boolean {
  return (
    word.length <= MAX_TOKEN &&
    /[-‐‑–]/.test(word) &&
    /\d/.test(word) &&
    !/[/:@]/.test(word)
  );
}

/**
 * Text that wraps between words but never inside a hyphenated value: browsers break after a
 * hyphen, so in a narrow table cell "1-33 replicas" read "1-" / "33 replicas" and GPU names
 * split in two. Those values are set `white-space: nowrap`; the text and its copy stay as is.
 */
export function NoBreak(props: { text: string }) {
  const parts = props.text.split(/(\s+)/);
  return (
    <>
      {parts.map((p, i) =>
        isHyphenatedValue(p) ? (
          <span key={i} style={{ whiteSpace: 'nowrap' }}>
            {p}
          </span>
        ) : (
          p
        ),
      )}
    </>
  );
}
