/**
 * What the interval helpers accept: an {@link Interval} or any object with optional `start` and
 * `end` given as partial-date strings or `Date`s. `status` is accepted and ignored.
 *
 * @example
 * ```ts
 * const term: IntervalLike = { start: '2023-05-04', end: new Date(2026, 0, 1), status: 'current' };
 * ```
 * @category Helpers
 */
export interface IntervalLike {
  /** First day (inclusive), as a partial date, date-time or `Date`; open when missing. */
  readonly start?: string | Date | undefined;
  /** Last day (inclusive), as a partial date, date-time or `Date`; open when missing. */
  readonly end?: string | Date | undefined;
  /** The interval status (`current`, `ended`, `unknown`); not used by the helpers. */
  readonly status?: string | undefined;
}
