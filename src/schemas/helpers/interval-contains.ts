import { firstDay, lastDay } from '../_lib/bounds.js';
import { normalizeDate } from '../_lib/normalize-date.js';
import type { IntervalLike } from './interval-like.js';

/**
 * Whether every day covered by `date` lies within `interval`, reading the interval at its
 * widest: from the first day of `start` to the last day of `end`. A missing `start` or `end` is
 * open (unbounded), whatever the interval's `status`.
 *
 * @param interval - an {@link IntervalLike}: `{ start?, end? }` of partial dates or `Date`s (an {@link Interval} fits)
 * @param date - a partial date, date-time with offset, or `Date`
 * @returns true when the date is inside the interval
 * @throws {@link InvalidPartialDateError} on an invalid date string
 * @example
 * ```ts
 * intervalContains({ start: '2023-09', end: '2025' }, '2024-03-05'); // true
 * intervalContains({ start: '2023-09', end: '2025' }, '2023'); // false (2023-01 is before the start)
 * intervalContains({ start: '2015-05' }, new Date(2026, 0, 1)); // true (open end)
 * ```
 * @category Helpers
 */
export function intervalContains(interval: IntervalLike, date: string | Date): boolean {
  const value = normalizeDate(date);
  if (interval.start !== undefined && firstDay(value) < firstDay(normalizeDate(interval.start))) return false;
  if (interval.end !== undefined && lastDay(value) > lastDay(normalizeDate(interval.end))) return false;
  return true;
}
