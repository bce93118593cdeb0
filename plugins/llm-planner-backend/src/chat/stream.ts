/**
 * Streams the decoded value of one string field ("reply") out of a JSON document that arrives in
 * fragments, so the user reads the reply while the model writes it and never sees raw JSON.
 */
export class JsonStringFieldStreamer {
  private buf = '';
  /** index of the first character of the field's value, -1 until found */
  private pos = -1;
  private done = false;

  constructor(private readonly field: string) {}

  /** Feeds a fragment; returns the newly decoded text of the field (may be empty). */
  push(fragment: string): string {
    this.buf += fragment;
    if (this.done) return '';
    if (this.pos < 0) {
      const re = new RegExp(`(^|[{,])\\s*"${this.field}"\\s*:\\s*"`, 'g');
      const m = re.exec(this.buf);
      if (!m) return '';
      this.pos = m.index + m[0].length;
    }
    let out = '';
    while (this.pos < this.buf.length) {
      const c = this.buf[this.pos];
      if (c === '"') {
        this.done = true;
        break;
      }
      if (c !== '\\') {
        out += c;
        this.pos++;
        continue;
      }
      const e = this.buf[this.pos + 1];
      if (e === undefined) break; // wait for the rest of the escape
      if (e === 'u') {
        const hex = this.buf.slice(this.pos + 2, this.pos + 6);
        if (hex.length < 4) break;
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += 6;
        continue;
      }
      const map: Record<string, string> = {
        n: '\n',
        t: '\t',
        r: '\r',
        b: '\b',
        f: '\f',
        '"': '"',
        '\\': '\\',
        '/': '/',
      };
      out += map[e] ?? e;
      this.pos += 2;
    }
    return out;
  }
}
