import { firstDay, lastDay } from '../_lib/bounds.js';
import { normalizeDate } from '../_lib/normalize-date.js';
import type { IntervalLike } from './interval-like.js';

/**
 * Whether two intervals may share at least one day, each read at its widest (first day of
 * `start` to last day of `end`; a missing bound is open). Intervals that meet on one day (a
 * handover day) overlap.
 *
 * @param a - first interval ({@link IntervalLike}): `{ start?, end? }` of partial dates or `Date`s
 * @param b - second interval
 * @returns true when some day lies in both
 * @throws {@link InvalidPartialDateError} on an invalid date string
 * @example
 * ```ts
 * intervalsOverlap({ start: '2021', end: '2023' }, { start: '2023-06' }); // true
 * intervalsOverlap({ start: '2021', end: '2022' }, { start: '2023' }); // false
 * intervalsOverlap({ end: '2021-03' }, { start: '2021' }); // true (2021-03 lies in 2021)
 * ```
 * @category Helpers
 */
export function intervalsOverlap(a: IntervalLike, b: IntervalLike): boolean {
  if (
    a.start !== undefined &&
    b.end !== undefined &&
    firstDay(normalizeDate(a.start)) > lastDay(normalizeDate(b.end))
  ) {
    return false;
  }
  if (
    b.start !== undefined &&
    a.end !== undefined &&
    firstDay(normalizeDate(b.start)) > lastDay(normalizeDate(a.end))
  ) {
    return false;
  }
  return true;
}
