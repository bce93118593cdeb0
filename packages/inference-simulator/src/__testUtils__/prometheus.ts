/** A strict-enough parser of the Prometheus text exposition format for tests. */
export type Sample = {
  name: string;
  labels: Record<string, string>;
  value: number;
};
export type Family = {
  name: string;
  type: string;
  help: string;
  samples: Sample[];
};

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

export function parsePrometheus(text: string): Map<string, Family> {
  const families = new Map<string, Family>();
  if (!text.endsWith('\n'))
    throw new Error('exposition must end with a newline');
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const help = line.match(/^# HELP (\S+) (.*)$/);
    if (help) {
      const f = families.get(help[1]) ?? {
        name: help[1],
        type: '',
        help: '',
        samples: [],
      };
      f.help = help[2];
      families.set(help[1], f);
      continue;
    }
    const type = line.match(
      /^# TYPE (\S+) (counter|gauge|histogram|summary|untyped)$/,
    );
    if (type) {
      const f = families.get(type[1]);
      if (!f) throw new Error(`TYPE before HELP for ${type[1]}`);
      if (f.type) throw new Error(`duplicate TYPE for ${type[1]}`);
      f.type = type[2];
      continue;
    }
    if (line.startsWith('#')) throw new Error(`bad comment line: ${line}`);
    const m = line.match(SAMPLE);
    if (!m) throw new Error(`bad sample line: ${line}`);
    const [, name, , labelText, valueText] = m;
    const labels: Record<string, string> = {};
    if (labelText) {
      const rebuilt: string[] = [];
      for (const l of labelText.matchAll(LABEL)) {
        labels[l[1]] = l[2];
        rebuilt.push(l[0]);
      }
      if (rebuilt.join(',') !== labelText)
        throw new Error(`bad labels: ${labelText}`);
    }
    const value = valueText === '+Inf' ? Infinity : Number(valueText);
    if (Number.isNaN(value)) throw new Error(`bad value: ${line}`);
    const familyName = families.has(name)
      ? name
      : name.replace(/_(bucket|sum|count)$/, '');
    const f = families.get(familyName);
    if (!f || !f.type) throw new Error(`sample ${name} without HELP/TYPE`);
    if (familyName !== name && f.type !== 'histogram') {
      throw new Error(`suffixed sample ${name} of a ${f.type}`);
    }
    f.samples.push({ name, labels, value });
  }
  return families;
}

/** Checks histogram invariants: cumulative buckets, +Inf bucket equal to _count. */
export function checkHistogram(f: Family): { count: number; sum: number } {
  const buckets = f.samples.filter(s => s.name.endsWith('_bucket'));
  let prev = -Infinity;
  let prevCount = 0;
  for (const b of buckets) {
    const le = b.labels.le === '+Inf' ? Infinity : Number(b.labels.le);
    if (!(le > prev)) throw new Error(`${f.name}: le not increasing`);
    if (b.value < prevCount)
      throw new Error(`${f.name}: buckets not cumulative`);
    prev = le;
    prevCount = b.value;
  }
  const count = f.samples.find(s => s.name.endsWith('_count'))!.value;
  const sum = f.samples.find(s => s.name.endsWith('_sum'))!.value;
  if (prev !== Infinity || prevCount !== count)
    throw new Error(`${f.name}: +Inf != count`);
  return { count, sum };
}
