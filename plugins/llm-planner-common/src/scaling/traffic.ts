/**
 * Traffic patterns: an arrival rate (requests per second) for every second of one day.
 *
 * Patterns are plain serialisable objects (the what-if editor can store and edit them) and
 * {@link buildTraffic} turns one into a `Float64Array` of 86,400 rates. Everything is
 * deterministic: the only randomness (burst placement) comes from a seeded PRNG.
 */
import type { RowError } from '../engine/schemas';
import { parseCsvRows } from '../engine/csv';
import { fmt } from '../format';
import { createRng } from './prng';

/** Seconds in the simulated day. @public */
export const DAY_SECONDS = 86400;

/** A constant rate. @public */
export type ConstantPattern = { kind: 'constant'; rps: number };

/**
 * A smooth daily curve between a night-time `baseRps` and `peakRps`.
 *
 * - `office-hours`: a plateau from `startHour` to `endHour` with logistic edges (about 1.5 h
 *   from 10 % to 90 %), carrying a gentle Gaussian hump (sd 2.5 h, +25 %) at `peakHour`; the
 *   curve is rescaled so that its maximum is exactly `peakRps`.
 * - `global`: a raised cosine `(1 + cos(2 pi (h - peakHour) / 24)) / 2`, maximum at `peakHour`,
 *   minimum (base) 12 h later; users spread over all time zones.
 *
 * `timezoneSpreadHours` spreads the users' local clocks uniformly over that many hours around
 * the cluster clock (the curve is averaged over the shifts and rescaled to the same peak), which
 * flattens and widens the day as teams span more time zones. Hours are in the cluster's clock.
 * @public
 */
export type DiurnalPattern = {
  kind: 'diurnal';
  profile: 'office-hours' | 'global';
  baseRps: number;
  peakRps: number;
  /** hour of the maximum (0-24), default 11 (office-hours) / 15 (global) */
  peakHour?: number;
  /** office-hours only: default 8 */
  startHour?: number;
  /** office-hours only: default 18 */
  endHour?: number;
  /** default 0 */
  timezoneSpreadHours?: number;
};

/**
 * Bursts on top of a base: `count` bursts of `durationSeconds` adding `heightRps` each (with
 * 10 % linear ramps at each end), placed uniformly at random within [`fromHour`, `toHour`) by a
 * PRNG seeded with `seed`. Bursts may overlap (their heights add). `at` places them explicitly
 * (seconds of the day) instead.
 * @public
 */
export type SpikyPattern = {
  kind: 'spiky';
  base: number | TrafficPattern;
  count: number;
  heightRps: number;
  durationSeconds: number;
  seed?: number;
  fromHour?: number;
  toHour?: number;
  at?: number[];
};

/**
 * A recorded trace, parsed by {@link parseTimestampTrace} (`format: 'timestamps'`, one request
 * per row) or {@link parsePerMinuteTrace} (`format: 'per-minute'`, a rate per minute).
 * @public
 */
export type TracePattern = {
  kind: 'trace';
  format: 'timestamps' | 'per-minute';
  csv: string;
};

/** Rates given directly: 86,400 per-second or 1,440 per-minute values (req/s). @public */
export type RatesPattern = {
  kind: 'rates';
  perSecond?: number[];
  perMinute?: number[];
};

/** Several named tenants sharing one deployment, each with its own pattern; rates add. @public */
export type MixPattern = {
  kind: 'mix';
  tenants: { name: string; pattern: TrafficPattern }[];
};

/** Any traffic pattern. @public */
export type TrafficPattern =
  | ConstantPattern
  | DiurnalPattern
  | SpikyPattern
  | TracePattern
  | RatesPattern
  | MixPattern;

/** A built day of traffic. @public */
export type Traffic = {
  /** req/s for each second of the day (length 86,400) */
  rate: Float64Array;
  /** one entry per tenant (a single `default` tenant unless the pattern is a mix) */
  tenants: { name: string; rate: Float64Array; requests: number }[];
  peakRps: number;
  meanRps: number;
  /** expected requests over the day (sum of rates) */
  totalRequests: number;
  /** row-level errors of trace patterns (rows skipped) */
  errors: RowError[];
  warnings: string[];
  description: string;
};

/** A trace parsed to per-second rates. @public */
export type ParsedTrace = {
  rate: Float64Array;
  rows: number;
  errors: RowError[];
  warnings: string[];
};

const HOUR = 3600;

function officeHours(
  h: number,
  start: number,
  end: number,
  peak: number,
): number {
  const w = 0.35; // logistic scale, hours: 10 %..90 % in 2 x 2.2 w ~ 1.5 h
  const rise = 1 / (1 + Math.exp(-(h - start) / w));
  const fall = 1 / (1 + Math.exp(-(end - h) / w));
  const d = (h - peak) / 2.5;
  return rise * fall * (1 + 0.25 * Math.exp(-0.5 * d * d));
}

function globalCurve(h: number, peak: number): number {
  return 0.5 * (1 + Math.cos((2 * Math.PI * (h - peak)) / 24));
}

/** Shape in [0, 1] of a diurnal pattern, per minute (1440 values), max exactly 1. */
function diurnalShape(p: DiurnalPattern): Float64Array {
  const start = p.startHour ?? 8;
  const end = p.endHour ?? 18;
  const peak = p.peakHour ?? (p.profile === 'office-hours' ? 11 : 15);
  const spread = Math.max(0, p.timezoneSpreadHours ?? 0);
  const shifts = spread > 0 ? 25 : 1;
  const f =
    p.profile === 'office-hours'
      ? (h: number) => officeHours(h, start, end, peak)
      : (h: number) => globalCurve(h, peak);
  const out = new Float64Array(1440);
  let max = 0;
  for (let m = 0; m < 1440; m++) {
    const h0 = m / 60;
    let s = 0;
    for (let k = 0; k < shifts; k++) {
      const shift =
        shifts === 1 ? 0 : -spread / 2 + (spread * k) / (shifts - 1);
      // wrap to the day so curves stay cyclic
      const h = (((h0 - shift) % 24) + 24) % 24;
      // evaluate on both sides of midnight for office hours (a shifted day may cross it)
      s += Math.max(f(h), f(h - 24), f(h + 24));
    }
    out[m] = s / shifts;
    if (out[m] > max) max = out[m];
  }
  if (max > 0) for (let m = 0; m < 1440; m++) out[m] /= max;
  return out;
}

function perMinuteToSeconds(perMinute: ArrayLike<number>): Float64Array {
  // linear interpolation between minute centres, cyclic
  const out = new Float64Array(DAY_SECONDS);
  for (let t = 0; t < DAY_SECONDS; t++) {
    const x = t / 60 - 0.5;
    const i0 = Math.floor(x);
    const f = x - i0;
    const a = perMinute[(i0 + 1440) % 1440];
    const b = perMinute[(i0 + 1 + 1440) % 1440];
    out[t] = a + (b - a) * f;
  }
  return out;
}

function stepPerMinute(perMinute: ArrayLike<number>): Float64Array {
  const out = new Float64Array(DAY_SECONDS);
  for (let t = 0; t < DAY_SECONDS; t++) out[t] = perMinute[Math.floor(t / 60)];
  return out;
}

const TIME_RE = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Seconds of the day of a timestamp cell, or null; with the UTC day index for epoch / ISO times. */
function parseInstant(
  cell: string,
): { day: number | null; sec: number } | null {
  const s = cell.trim();
  if (!s) return null;
  const hm = TIME_RE.exec(s);
  if (hm) {
    const h = Number(hm[1]);
    const mi = Number(hm[2]);
    const se = hm[3] ? Number(hm[3]) : 0;
    if (h > 23 || mi > 59 || se > 59) return null;
    return { day: null, sec: h * HOUR + mi * 60 + se };
  }
  if (/^-?\d+(\.\d+)?$/.test(s)) {
    const v = Number(s);
    if (!Number.isFinite(v) || v < 0) return null;
    let ms: number;
    if (v >= 1e11) ms = v; // epoch milliseconds
    else if (v >= 1e8) ms = v * 1000; // epoch seconds
    else {
      if (v >= DAY_SECONDS) return null; // seconds of the day
      return { day: null, sec: v };
    }
    const d = Math.floor(ms / 86400000);
    return { day: d, sec: (ms - d * 86400000) / 1000 };
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(s)) {
    const ms = Date.parse(s.replace(' ', 'T'));
    if (!Number.isFinite(ms)) return null;
    const d = Math.floor(ms / 86400000);
    return { day: d, sec: (ms - d * 86400000) / 1000 };
  }
  return null;
}

function isHeader(cells: string[]): boolean {
  return cells.length > 0 && /[a-z]/i.test(cells[0]) && !/^\d/.test(cells[0]);
}

/**
 * Parses a CSV of request timestamps (one request per row, first column; an optional header).
 * Accepted: epoch seconds or milliseconds, ISO 8601 date-times (UTC unless they carry an offset),
 * `HH:MM[:SS]`, or seconds of the day (0-86399). Epoch and ISO times are folded onto one day by
 * their UTC time of day; when they span several days, each second's count is divided by the
 * number of distinct days (an average day). Bad rows are skipped with a row-level error
 * (1-based data row, header excluded).
 * @public
 */
export function parseTimestampTrace(csv: string): ParsedTrace {
  const rows = parseCsvRows(csv).filter(r => r.some(c => c.trim() !== ''));
  const errors: RowError[] = [];
  const warnings: string[] = [];
  const counts = new Float64Array(DAY_SECONDS);
  const days = new Set<number>();
  let data = rows;
  let column = 'timestamp';
  if (rows.length && isHeader(rows[0])) {
    column = rows[0][0].trim() || column;
    data = rows.slice(1);
  }
  let n = 0;
  data.forEach((cells, i) => {
    const p = parseInstant(cells[0] ?? '');
    if (!p) {
      errors.push({
        row: i + 1,
        column,
        reason: `not a timestamp: "${(cells[0] ?? '').slice(0, 40)}"`,
      });
      return;
    }
    if (p.day !== null) days.add(p.day);
    counts[Math.min(DAY_SECONDS - 1, Math.floor(p.sec))] += 1;
    n++;
  });
  const nDays = Math.max(1, days.size);
  if (nDays > 1) {
    for (let t = 0; t < DAY_SECONDS; t++) counts[t] /= nDays;
    warnings.push(
      `trace spans ${nDays} days: folded onto one average day (counts / ${nDays})`,
    );
  }
  if (n === 0) warnings.push('trace holds no valid timestamp');
  return { rate: counts, rows: n, errors, warnings };
}

/**
 * Parses a CSV of per-minute rates. Columns: `minute` (0-1439 or `HH:MM`) and a rate column;
 * the rate column's header says its unit: `rps` / `req_s` / `rate` (requests per second) or
 * `requests` / `count` / `rpm` (requests in that minute). Without a header, one column = 1,440
 * rows of req/s in order, two columns = minute, req/s. Rates are stepped (constant within the
 * minute). Missing minutes are 0 (warned); bad or duplicate rows are row-level errors.
 * @public
 */
export function parsePerMinuteTrace(csv: string): ParsedTrace {
  const rows = parseCsvRows(csv).filter(r => r.some(c => c.trim() !== ''));
  const errors: RowError[] = [];
  const warnings: string[] = [];
  const perMinute = new Float64Array(1440);
  const seen = new Uint8Array(1440);
  let data = rows;
  let minuteCol = -1;
  let rateCol = 0;
  let perMin = false;
  let rateName = 'rps';
  if (rows.length && isHeader(rows[0])) {
    const h = rows[0].map(c => c.trim().toLowerCase());
    data = rows.slice(1);
    minuteCol = h.findIndex(c => /^(minute|time|t|timestamp)$/.test(c));
    rateCol = h.findIndex(c =>
      /^(rps|req_s|req\/s|rate|requests|count|rpm|requests_per_minute)$/.test(
        c,
      ),
    );
    if (rateCol < 0) {
      errors.push({
        row: 0,
        column: 'header',
        reason: `no rate column (expected rps, req_s, rate, requests, count or rpm) in: ${h.join(
          ', ',
        )}`,
      });
      return { rate: new Float64Array(DAY_SECONDS), rows: 0, errors, warnings };
    }
    rateName = h[rateCol];
    perMin = /^(requests|count|rpm|requests_per_minute)$/.test(rateName);
  } else if (rows.length && rows[0].length >= 2) {
    minuteCol = 0;
    rateCol = 1;
  }
  let n = 0;
  data.forEach((cells, i) => {
    const row = i + 1;
    let minute = i;
    if (minuteCol >= 0) {
      const c = (cells[minuteCol] ?? '').trim();
      const hm = TIME_RE.exec(c);
      if (hm && Number(hm[1]) < 24 && Number(hm[2]) < 60)
        minute = Number(hm[1]) * 60 + Number(hm[2]);
      else if (/^\d+$/.test(c) && Number(c) < 1440) minute = Number(c);
      else {
        errors.push({
          row,
          column: 'minute',
          reason: `not a minute of the day (0-1439 or HH:MM): "${c.slice(
            0,
            40,
          )}"`,
        });
        return;
      }
    } else if (i >= 1440) {
      errors.push({
        row,
        column: rateName,
        reason: 'more than 1440 rows without a minute column',
      });
      return;
    }
    const raw = (cells[rateCol] ?? '').trim();
    const v = Number(raw);
    if (raw === '' || !Number.isFinite(v) || v < 0) {
      errors.push({
        row,
        column: rateName,
        reason: `not a non-negative number: "${raw.slice(0, 40)}"`,
      });
      return;
    }
    if (seen[minute]) {
      errors.push({
        row,
        column: 'minute',
        reason: `duplicate minute ${minute}`,
      });
      return;
    }
    seen[minute] = 1;
    perMinute[minute] = perMin ? v / 60 : v;
    n++;
  });
  const missing = 1440 - n;
  if (missing > 0 && n > 0)
    warnings.push(`${missing} minute(s) missing from the trace: taken as 0`);
  if (n === 0) warnings.push('trace holds no valid minute');
  return { rate: stepPerMinute(perMinute), rows: n, errors, warnings };
}

type Built = {
  rate: Float64Array;
  errors: RowError[];
  warnings: string[];
  description: string;
};

function buildOne(p: TrafficPattern): Built {
  const errors: RowError[] = [];
  const warnings: string[] = [];
  switch (p.kind) {
    case 'constant': {
      const rate = new Float64Array(DAY_SECONDS).fill(Math.max(0, p.rps));
      return {
        rate,
        errors,
        warnings,
        description: `constant ${fmt(p.rps)} req/s`,
      };
    }
    case 'diurnal': {
      const shape = diurnalShape(p);
      const base = Math.max(0, p.baseRps);
      const peak = Math.max(base, p.peakRps);
      const perMinute = new Float64Array(1440);
      for (let m = 0; m < 1440; m++)
        perMinute[m] = base + (peak - base) * shape[m];
      const rate = perMinuteToSeconds(perMinute);
      return {
        rate,
        errors,
        warnings,
        description: `diurnal ${p.profile} ${fmt(base)}-${fmt(
          peak,
        )} req/s, peak at ${
          p.peakHour ?? (p.profile === 'office-hours' ? 11 : 15)
        } h${
          p.timezoneSpreadHours
            ? `, users over ${p.timezoneSpreadHours} h of time zones`
            : ''
        }`,
      };
    }
    case 'spiky': {
      const base =
        typeof p.base === 'number'
          ? buildOne({ kind: 'constant', rps: p.base })
          : buildOne(p.base);
      const rate = Float64Array.from(base.rate);
      const dur = Math.max(1, Math.round(p.durationSeconds));
      let starts: number[];
      if (p.at) starts = p.at.map(s => Math.round(s));
      else {
        const rng = createRng(p.seed ?? 1);
        const from = (p.fromHour ?? 0) * HOUR;
        const to = Math.max(from + 1, (p.toHour ?? 24) * HOUR - dur);
        starts = [];
        for (let i = 0; i < p.count; i++)
          starts.push(Math.floor(from + rng() * (to - from)));
        starts.sort((a, b) => a - b);
      }
      const ramp = Math.max(1, Math.round(dur * 0.1));
      for (const s of starts) {
        for (let k = 0; k < dur; k++) {
          const t = s + k;
          if (t < 0 || t >= DAY_SECONDS) continue;
          const f = Math.min(1, (k + 1) / ramp, (dur - k) / ramp);
          rate[t] += p.heightRps * f;
        }
      }
      return {
        rate,
        errors: base.errors,
        warnings: base.warnings,
        description: `${base.description} + ${starts.length} burst(s) of +${fmt(
          p.heightRps,
        )} req/s for ${dur} s at ${starts.map(hhmm).join(', ')}`,
      };
    }
    case 'trace': {
      const parsed =
        p.format === 'timestamps'
          ? parseTimestampTrace(p.csv)
          : parsePerMinuteTrace(p.csv);
      return {
        rate: parsed.rate,
        errors: parsed.errors,
        warnings: parsed.warnings,
        description: `trace (${p.format}, ${parsed.rows} valid rows${
          parsed.errors.length
            ? `, ${parsed.errors.length} bad rows skipped`
            : ''
        })`,
      };
    }
    case 'rates': {
      if (p.perSecond) {
        const rate = new Float64Array(DAY_SECONDS);
        for (let t = 0; t < DAY_SECONDS; t++) {
          const v = p.perSecond[t % p.perSecond.length];
          rate[t] = Number.isFinite(v) && v > 0 ? v : 0;
        }
        if (p.perSecond.length !== DAY_SECONDS)
          warnings.push(
            `${p.perSecond.length} per-second rates repeated over the day`,
          );
        return { rate, errors, warnings, description: 'per-second rates' };
      }
      const pm = p.perMinute ?? [];
      const perMinute = new Float64Array(1440);
      for (let m = 0; m < 1440; m++) {
        const v = pm.length ? pm[m % pm.length] : 0;
        perMinute[m] = Number.isFinite(v) && v > 0 ? v : 0;
      }
      return {
        rate: stepPerMinute(perMinute),
        errors,
        warnings,
        description: 'per-minute rates',
      };
    }
    case 'mix':
      throw new Error('nested mix patterns are not supported');
    default:
      throw new Error(
        `unknown traffic pattern ${(p as { kind: string }).kind}`,
      );
  }
}

/** "HH:MM" of a second of the day. @public */
export function hhmm(t: number): string {
  const s = ((Math.floor(t) % DAY_SECONDS) + DAY_SECONDS) % DAY_SECONDS;
  const h = Math.floor(s / HOUR);
  const m = Math.floor((s % HOUR) / 60);
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/** Builds the per-second rates of a pattern (deterministic). @public */
export function buildTraffic(pattern: TrafficPattern): Traffic {
  const tenants: Traffic['tenants'] = [];
  const errors: RowError[] = [];
  const warnings: string[] = [];
  let rate: Float64Array;
  let description: string;
  if (pattern.kind === 'mix') {
    if (!pattern.tenants.length)
      throw new Error('a mix needs at least one tenant');
    const names = new Set<string>();
    rate = new Float64Array(DAY_SECONDS);
    const parts: string[] = [];
    for (const t of pattern.tenants) {
      if (names.has(t.name)) throw new Error(`duplicate tenant "${t.name}"`);
      names.add(t.name);
      const b = buildOne(t.pattern);
      for (let s = 0; s < DAY_SECONDS; s++) rate[s] += b.rate[s];
      tenants.push({ name: t.name, rate: b.rate, requests: sum(b.rate) });
      errors.push(...b.errors);
      warnings.push(...b.warnings.map(w => `${t.name}: ${w}`));
      parts.push(`${t.name}: ${b.description}`);
    }
    description = `${pattern.tenants.length} tenants (${parts.join('; ')})`;
  } else {
    const b = buildOne(pattern);
    rate = b.rate;
    errors.push(...b.errors);
    warnings.push(...b.warnings);
    description = b.description;
    tenants.push({ name: 'default', rate, requests: sum(rate) });
  }
  let peak = 0;
  for (let s = 0; s < DAY_SECONDS; s++) if (rate[s] > peak) peak = rate[s];
  const total = sum(rate);
  return {
    rate,
    tenants,
    peakRps: peak,
    meanRps: total / DAY_SECONDS,
    totalRequests: total,
    errors,
    warnings,
    description,
  };
}

function sum(a: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

/**
 * A diurnal pattern derived from a plan's workload: peak = the planned peak rate, night base =
 * `baseFraction` (default 5 %) of it. Modelling assumption, shown in the report.
 * @public
 */
export function diurnalForPeak(
  peakRps: number,
  profile: DiurnalPattern['profile'] = 'office-hours',
  baseFraction = 0.05,
): DiurnalPattern {
  return {
    kind: 'diurnal',
    profile,
    baseRps: peakRps * baseFraction,
    peakRps,
  };
}
