/**
 * Numbers as the engine and the scaling simulator write them into explanations (bases, traffic
 * descriptions). Internal: not exported from the package.
 */
import { roundTo } from './stats';

/** A number for prose: whole from 100 up, else at most 2 decimals (1234.5 -> "1235", 0.125 -> "0.13"). */
export function fmt(x: number): string {
  return x >= 100 ? String(Math.round(x)) : String(roundTo(x, 2));
}
