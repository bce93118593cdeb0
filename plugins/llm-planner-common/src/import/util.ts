import type { RowError } from '../engine/schemas';

/** A plain JSON object. */
export type Json = Record<string, unknown>;

export function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The object at `v`, or an empty one. */
export function obj(v: unknown): Json {
  return isObj(v) ? v : {};
}

/** A finite number (numeric strings included), else undefined. */
export function numOf(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '') {
    const x = Number(v);
    return Number.isFinite(x) ? x : undefined;
  }
  return undefined;
}

/** A non-empty trimmed string (numbers are written out), else undefined. */
export function strOf(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  return undefined;
}

/** The first of `keys` that `o` holds as a non-empty string or number. */
export function pickStr(o: Json, keys: string[]): string | undefined {
  for (const k of keys) {
    const s = strOf(o[k]);
    if (s !== undefined) return s;
  }
  return undefined;
}

/** The first of `keys` that `o` holds as a finite number. */
export function pickNum(o: Json, keys: string[]): number | undefined {
  for (const k of keys) {
    const x = numOf(o[k]);
    if (x !== undefined) return x;
  }
  return undefined;
}

/** Writes a number for a CSV cell: 7 significant digits, no trailing zeros. */
export function fmt(x: number | undefined): string {
  if (x === undefined || !Number.isFinite(x)) return '';
  return String(Number(x.toPrecision(7)));
}

/** A cell text without line breaks, for free-text columns built from report fields. */
export function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').trim();
}

/** The last path segment of a file name or path. */
export function baseName(p: string): string {
  return (
    p
      .replace(/[\\/]+$/, '')
      .split(/[\\/]/)
      .pop() ?? p
  );
}

/**
 * Collects the numeric cells of one record, refusing negative values: each negative value is
 * reported as a row error on its column and the cell is left out.
 */
export class CellWriter {
  readonly rec: Record<string, string> = {};
  readonly errors: RowError[] = [];
  constructor(readonly row: number) {}

  /** Sets a text cell (empty values are skipped). */
  text(column: string, value: string | undefined): void {
    if (value !== undefined && value !== '') this.rec[column] = oneLine(value);
  }

  /** Sets a numeric cell; a negative value is an error naming `from` (the report field). */
  num(column: string, value: number | undefined, from: string): void {
    if (value === undefined) return;
    if (value < 0) {
      this.errors.push({
        row: this.row,
        column,
        reason: `negative value ${value} in ${from}`,
      });
      return;
    }
    this.rec[column] = fmt(value);
  }

  error(column: string, reason: string): void {
    this.errors.push({ row: this.row, column, reason });
  }
}

/** Hardware context resolved for one row: the values and the errors for what is missing. */
export type Hardware = {
  gpu?: string;
  gpuCount?: number;
  tensorParallel?: number;
  engine?: string;
  engineVersion?: string;
  precision?: string;
};

/**
 * Parses a GPU spelling that may carry a count, such as `4xNVIDIA_L40S` or `8 x H100`:
 * returns the GPU name (underscores become spaces) and the count when stated.
 */
export function parseGpuSpelling(raw: string): { gpu: string; count?: number } {
  const m = raw.trim().match(/^(\d+)\s*[x×*]\s*(.+)$/i);
  const name = (m ? m[2] : raw).replace(/_/g, ' ').trim();
  return m ? { gpu: name, count: Number(m[1]) } : { gpu: name };
}

/** The tensor-parallel size: as given, else 1 on a single GPU, else unknown. */
function tpOf(hw: Hardware): number | undefined {
  return hw.tensorParallel ?? (hw.gpuCount === 1 ? 1 : undefined);
}

/**
 * The errors for missing or invalid hardware context. `gpu` and `gpu_count` are required
 * (reports never record the hardware); `what` names the report kind in the reason.
 */
export function hardwareErrors(
  hw: Hardware,
  row: number,
  what: string,
): RowError[] {
  const errors: RowError[] = [];
  if (!hw.gpu)
    errors.push({
      row,
      column: 'gpu',
      reason: `the GPU is not recorded in ${what}: give it as import context (gpu)`,
    });
  if (hw.gpuCount === undefined)
    errors.push({
      row,
      column: 'gpu_count',
      reason: `the GPU count is not recorded in ${what}: give it as import context (gpuCount)`,
    });
  else if (!Number.isInteger(hw.gpuCount) || hw.gpuCount <= 0)
    errors.push({
      row,
      column: 'gpu_count',
      reason: `not a positive whole GPU count: ${hw.gpuCount}`,
    });
  const tp = tpOf(hw);
  if (tp !== undefined && (!Number.isInteger(tp) || tp <= 0))
    errors.push({
      row,
      column: 'tensor_parallel',
      reason: `not a positive whole tensor-parallel size: ${tp}`,
    });
  return errors;
}

/**
 * Writes the hardware columns of a record. The tensor-parallel size is taken as 1 on a single
 * GPU and otherwise left empty when unknown.
 */
export function writeHardware(w: CellWriter, hw: Hardware): void {
  w.text('gpu', hw.gpu);
  if (hw.gpuCount !== undefined) w.rec.gpu_count = fmt(hw.gpuCount);
  const tp = tpOf(hw);
  if (tp !== undefined) w.rec.tensor_parallel = fmt(tp);
  w.text('engine', hw.engine);
  w.text('engine_version', hw.engineVersion);
  w.text('precision', hw.precision);
}
