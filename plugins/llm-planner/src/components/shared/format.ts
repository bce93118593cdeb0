/** Milliseconds, rounded for reading. */
export function fmtMs(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  if (v >= 10000) return `${(v / 1000).toFixed(1)} s`;
  if (v >= 100) return `${Math.round(v)} ms`;
  return `${Math.round(v * 10) / 10} ms`;
}

/** US dollars. */
export function fmtUsd(v: number | null | undefined, digits = 0): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  return `$${v.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })}`;
}

/** A plain number with at most `digits` decimals. */
export function fmtNum(v: number | null | undefined, digits = 2): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  return v.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** A relative error as a signed percentage. */
export function fmtPct(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const p = v * 100;
  return `${p >= 0 ? '+' : ''}${p.toFixed(digits)} %`;
}

/** A date and time for tables. */
export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

/** `group:default/x` -> `x`. */
export function shortRef(ref: string | null | undefined): string {
  if (!ref) return '–';
  const i = ref.lastIndexOf('/');
  return i >= 0 ? ref.slice(i + 1) : ref;
}

/** An interval of milliseconds, e.g. `11–150 ms`; `–` when either bound is missing. */
export function fmtMsRange(
  low: number | null | undefined,
  high: number | null | undefined,
): string {
  if (
    low === null ||
    low === undefined ||
    high === null ||
    high === undefined ||
    !Number.isFinite(low) ||
    !Number.isFinite(high)
  )
    return '–';
  const a = fmtMs(low);
  const b = fmtMs(high);
  // one unit at the end when both bounds share it: `11–150 ms`, `950 ms–1.2 s`
  const unit = (s: string) => s.slice(s.lastIndexOf(' ') + 1);
  return unit(a) === unit(b)
    ? `${a.slice(0, a.lastIndexOf(' '))}–${b}`
    : `${a}–${b}`;
}

/** A probability or level as a percentage for reading: `90 %`, `99.5 %`, `> 99.9 %`. */
export function fmtProb(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  if (v >= 0.9995) return '> 99.9 %';
  if (v <= 0.0005) return '< 0.1 %';
  const p = v * 100;
  return `${Math.round(p * 10) / 10} %`;
}
