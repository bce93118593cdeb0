const BINARY: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const DECIMAL: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

const PATTERN =
  /^([+-]?[0-9]+(?:\.[0-9]*)?|[+-]?\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?[0-9]+)?$/;

/**
 * Parses a Kubernetes quantity (`500m`, `2`, `16Gi`, `1e3`) into thousandths
 * of the base unit (so that CPU millicores stay integers). Returns undefined
 * when the string is not a quantity.
 */
export function parseQuantity(value: unknown): number | undefined {
  if (typeof value === 'number') return Math.round(value * 1000);
  if (typeof value !== 'string') return undefined;
  const match = PATTERN.exec(value.trim());
  if (!match) return undefined;
  const number = Number(match[1]);
  const suffix = match[2] ?? '';
  let multiplier: number;
  if (suffix in BINARY) {
    multiplier = BINARY[suffix];
  } else if (suffix in DECIMAL) {
    multiplier = DECIMAL[suffix];
  } else {
    multiplier = 10 ** Number(suffix.slice(1));
  }
  return Math.round(number * multiplier * 1000);
}

/** Formats thousandths of a unit back into a quantity string. */
export function formatQuantity(milli: number, resource: string): string {
  if (milli % 1000 !== 0) return `${milli}m`;
  const value = milli / 1000;
  if (value !== 0 && /memory|storage/.test(resource)) {
    for (const suffix of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki']) {
      if (value % BINARY[suffix] === 0)
        return `${value / BINARY[suffix]}${suffix}`;
    }
  }
  return String(value);
}
