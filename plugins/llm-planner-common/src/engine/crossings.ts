import type { StatName } from './schemas';
import type { SurfaceMetric, SurfacePoint } from './surface';

/** Upper bound of the in-flight load searched when memory does not bound it. @public */
export const MAX_SEARCH_CONCURRENCY = 1024;

/** Loads of the geometric scan: 1.5, 2.25, ... up to the search limit. */
const GRID: number[] = [];
for (let c = 1.5; c <= MAX_SEARCH_CONCURRENCY * 1.0001; c *= 1.5) GRID.push(c);

/**
 * Result of {@link highestPassingLoad}: `lo` is the highest load whose check passed (0 when
 * load 1 failed), `hi` the first failing load above it (null when none up to the cap), with the
 * check's bits there (or at load 1).
 * @public
 */
export type LoadSearch = { lo: number; hi: number | null; failing: number };

/**
 * Highest load in [1, cap] where `check` returns 0 (a bit set per missed target), searched
 * geometrically and refined by bisection in log space; latency is assumed to grow with load.
 * `monotone` checks can only start failing once, so the scan bisects the grid too.
 * @public
 */
export function highestPassingLoad(
  check: (c: number) => number,
  cap: number,
  monotone: boolean,
): LoadSearch {
  const first = check(1);
  if (first) return { lo: 0, hi: 1, failing: first };
  let lo = 1;
  let hi: number | null = null;
  let failing = 0;
  let n = 0;
  while (n < GRID.length && GRID[n] <= cap * 1.0001) n++;
  if (monotone) {
    let a = 0;
    let b = n;
    while (a < b) {
      const m = (a + b) >> 1;
      const r = check(GRID[m]);
      if (r) {
        b = m;
        failing = r;
      } else a = m + 1;
    }
    if (a > 0) lo = GRID[a - 1];
    if (a < n) hi = GRID[a];
  } else {
    for (let i = 0; i < n; i++) {
      const r = check(GRID[i]);
      if (!r) lo = GRID[i];
      else {
        hi = GRID[i];
        failing = r;
        break;
      }
    }
  }
  if (hi === null && lo < cap) {
    const r = check(cap);
    if (!r) lo = cap;
    else {
      hi = cap;
      failing = r;
    }
  }
  if (hi !== null) {
    for (let i = 0; i < 7; i++) {
      const mid = Math.sqrt(lo * hi);
      const r = check(mid);
      if (!r) lo = mid;
      else {
        hi = mid;
        failing = r;
      }
    }
  }
  return { lo, hi, failing };
}

/**
 * The predicted capacity for one target: the highest load (at least 1, at most `cap`) where a
 * point prediction `value` still meets `target`; a load it cannot predict counts as missed.
 * What cross-validation compares with a sweep's crossing and what P(meets) is read from.
 * @public
 */
export function predictedCapacity(
  value: (c: number) => number | null,
  target: number,
  cap: number,
  monotone: boolean,
): number {
  const { lo } = highestPassingLoad(
    c => {
      const v = value(c);
      return v === null || v > target ? 1 : 0;
    },
    cap,
    monotone,
  );
  return Math.max(lo, 1);
}

/** Where a measured load sweep crosses a latency target. @public */
export type MeasuredCrossing = {
  /** target between the two loads' values (their geometric mean), ms */
  target: number;
  /** load where the sweep meets the target (log-log between the two points) */
  capacity: number;
  /** index of the lower of the two points in the sweep */
  index: number;
};

/**
 * The capacity questions a measured sweep answers: for each pair of neighbouring loads whose
 * statistic rises by more than 5 % (and no lighter load is already above the lower value), a
 * target between them and the load where the sweep meets it.
 * @public
 */
export function measuredCrossings(
  points: SurfacePoint[],
  metric: SurfaceMetric,
  stat: StatName,
): MeasuredCrossing[] {
  const out: MeasuredCrossing[] = [];
  const pts = points.filter(p => p[metric][stat] !== undefined);
  let highest = 0;
  for (let j = 0; j + 1 < pts.length; j++) {
    const ya = pts[j][metric][stat]!;
    const yb = pts[j + 1][metric][stat]!;
    if (ya >= highest && yb > ya * 1.05 && ya > 0) {
      const target = Math.sqrt(ya * yb);
      const t =
        (Math.log(target) - Math.log(ya)) / (Math.log(yb) - Math.log(ya));
      const ca = pts[j].concurrency;
      const cb = pts[j + 1].concurrency;
      out.push({
        target,
        capacity: Math.exp(Math.log(ca) + t * (Math.log(cb) - Math.log(ca))),
        index: points.indexOf(pts[j]),
      });
    }
    highest = Math.max(highest, ya);
  }
  return out;
}
