/**
 * The first and last calendar day covered by a partial date, as returned by
 * {@link partialDateBounds}.
 *
 * @example
 * ```ts
 * const bounds: PartialDateBounds = { first: '2024-02-01', last: '2024-02-29' };
 * ```
 * @category Helpers
 */
export interface PartialDateBounds {
  /** The first day covered, `YYYY-MM-DD`. */
  readonly first: string;
  /** The last day covered, `YYYY-MM-DD`. */
  readonly last: string;
}
