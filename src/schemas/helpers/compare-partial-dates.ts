import { firstDay, hasTime, lastDay } from '../_lib/bounds.js';
import { normalizeDate } from '../_lib/normalize-date.js';

/**
 * A comparator for partial dates, usable with `Array.prototype.sort`: chronological by first
 * day, then by last day (so the narrower of two dates that start together comes first:
 * `2021-01` before `2021`). Two date-times are compared as instants (offsets applied). Returns
 * 0 only for dates covering exactly the same days (or the same instant).
 *
 * @param a - partial date, date-time with offset, or `Date`
 * @param b - partial date, date-time with offset, or `Date`
 * @returns -1 when `a` sorts first, 1 when `b` does, 0 when equal
 * @throws {@link InvalidPartialDateError} on an invalid date string
 * @example
 * ```ts
 * comparePartialDates('2021-03', '2021-04-01'); // -1
 * comparePartialDates('2021', '2021-01'); // 1
 * ['2022', '2021-06', '2021'].sort(comparePartialDates); // ['2021', '2021-06', '2022']
 * ```
 * @category Helpers
 */
export function comparePartialDates(a: string | Date, b: string | Date): -1 | 0 | 1 {
  const x = normalizeDate(a);
  const y = normalizeDate(b);
  if (hasTime(x) && hasTime(y)) {
    const dx = Date.parse(x);
    const dy = Date.parse(y);
    return dx < dy ? -1 : dx > dy ? 1 : 0;
  }
  const fx = firstDay(x);
  const fy = firstDay(y);
  if (fx !== fy) return fx < fy ? -1 : 1;
  const lx = lastDay(x);
  const ly = lastDay(y);
  if (lx !== ly) return lx < ly ? -1 : 1;
  return 0;
}
