import { firstDay, lastDay } from '../_lib/bounds.js';
import { normalizeDate } from '../_lib/normalize-date.js';

/**
 * The first and last calendar day covered by a partial date, as returned by
 * {@link partialDateBounds}.
 *
 * @example
 * ```ts
 * const bounds: PartialDateBounds = partialDateBounds('2024-02');
 * bounds.last; // '2024-02-29'
 * ```
 * @category Helpers
 */
export interface PartialDateBounds {
  /** The first day covered, `YYYY-MM-DD`. */
  readonly first: string;
  /** The last day covered, `YYYY-MM-DD`. */
  readonly last: string;
}

/**
 * The first and last calendar day covered by a partial date, as `YYYY-MM-DD` strings.
 *
 * A year covers January 1 to December 31, a month its first to its last day (leap years
 * included), a day itself. A date-time covers the day written in it (its local date, offset
 * ignored). A `Date` is read as its local calendar day.
 *
 * @param date - a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), a date-time with offset, or a `Date`
 * @returns `{ first, last }` ({@link PartialDateBounds})
 * @throws {@link InvalidPartialDateError} when the string is not a real partial date
 * @example
 * ```ts
 * partialDateBounds('2024-02'); // { first: '2024-02-01', last: '2024-02-29' }
 * partialDateBounds('2021'); // { first: '2021-01-01', last: '2021-12-31' }
 * partialDateBounds('2024-03-05T10:30+01:00'); // { first: '2024-03-05', last: '2024-03-05' }
 * ```
 * @category Helpers
 */
export function partialDateBounds(date: string | Date): PartialDateBounds {
  const value = normalizeDate(date);
  return { first: firstDay(value), last: lastDay(value) };
}
