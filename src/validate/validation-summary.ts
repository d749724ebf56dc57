/**
 * Totals of one validation run.
 *
 * @example
 * ```ts
 * const s: ValidationSummary = {
 *   files: 1, records: 10, invalidRecords: 1, errors: 2, warnings: 0,
 *   durationMs: 12, truncated: false,
 * };
 * ```
 * @category Validation
 */
export interface ValidationSummary {
  /** Files read (0 for `validateRecords`). */
  files: number;
  /** Records checked (lines or array elements that held a value). */
  records: number;
  /** Records with at least one error. */
  invalidRecords: number;
  /** Issues of severity `error`. */
  errors: number;
  /** Issues of severity `warning`. */
  warnings: number;
  /** Wall-clock time of the run in milliseconds. */
  durationMs: number;
  /** True when the run stopped early because `maxErrors` was reached. */
  truncated: boolean;
}
