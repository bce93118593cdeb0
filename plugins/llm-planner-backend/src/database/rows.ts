/** Column helpers that make PostgreSQL and SQLite rows read back the same way. */

export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

export function fromJson<T>(text: unknown): T {
  if (typeof text !== 'string') return text as T; // a driver already parsed it
  return JSON.parse(text) as T;
}

/** SQLite returns timestamps as numbers or strings, PostgreSQL as Date. */
export function toIso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  if (typeof value === 'string') {
    const asNumber = Number(value);
    return new Date(
      Number.isFinite(asNumber) && !value.includes('-') ? asNumber : value,
    ).toISOString();
  }
  throw new Error(`Not a timestamp: ${String(value)}`);
}

export function toIsoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : toIso(value);
}
