// Fast day bounds of a validated partial date (or date-time) string, as `YYYY-MM-DD` strings
// that compare correctly with `<`. Used by refinements on the hot validation path and by the
// public helpers.

import { firstDay, lastDay } from '../../_lib/day-bounds.js';
import { PARTIAL_DATE_TIME_RE } from './patterns.js';

export { firstDay, lastDay } from '../../_lib/day-bounds.js';

/** Whether a valid partial date-time string carries a time (and therefore an offset). */
export function hasTime(value: string): boolean {
  return value.length > 10;
}

/**
 * Whether `start` may precede or equal `end`: true when the earliest reading of `start` is not
 * after the latest reading of `end` (so `2021-03` vs `2021` is ordered). Two date-times are
 * compared as instants.
 */
export function isOrdered(start: string, end: string): boolean {
  if (hasTime(start) && hasTime(end)) return Date.parse(start) <= Date.parse(end);
  return firstDay(start) <= lastDay(end);
}

/**
 * False only when both values are well-formed partial date-times and `start` is after `end`:
 * malformed values already carry their own format issue, so no ordering issue is added. Takes
 * the raw field values: anything that is not a string (a Symbol, an object without a prototype
 * or with a throwing `toString`) is malformed and never coerced (`RegExp.test` would coerce it
 * and throw).
 */
export function isOrderedIfValid(start: unknown, end: unknown): boolean {
  if (typeof start !== 'string' || typeof end !== 'string') return true;
  if (!PARTIAL_DATE_TIME_RE.test(start) || !PARTIAL_DATE_TIME_RE.test(end)) return true;
  return isOrdered(start, end);
}
