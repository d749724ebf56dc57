/**
 * Thrown by the date helpers when a string is not a valid partial date or date-time (for
 * example `'2021-02-29'`, `'2021-13'` or `'yesterday'`), or a `Date` is invalid.
 *
 * @example
 * ```ts
 * try {
 *   partialDateBounds('2021-13');
 * } catch (error) {
 *   (error as InvalidPartialDateError).code; // 'invalid_partial_date'
 * }
 * ```
 * @category Helpers
 */
export class InvalidPartialDateError extends Error {
  /** Stable error code: always `'invalid_partial_date'`. */
  readonly code = 'invalid_partial_date' as const;
  /** The rejected input, as received. */
  readonly input: unknown;

  /**
   * Creates the error for one rejected input.
   *
   * @param input - the string or Date that was rejected
   */
  constructor(input: unknown) {
    super(`not a valid partial date (YYYY, YYYY-MM, YYYY-MM-DD or date-time with offset): ${String(input)}`);
    this.name = 'InvalidPartialDateError';
    this.input = input;
  }
}
