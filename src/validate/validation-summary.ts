/**
 * Totals of one validation run.
 *
 * @example
 * ```ts
 * const s: ValidationSummary = {
 *   files: 1, records: 10, invalidRecords: 1, errors: 2, warnings: 0,
 *   durationMs: 12, truncated: false, omitted: 0,
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
  /**
   * True when some issues were counted but not listed in `issues` (more than `maxErrors` errors
   * or `maxIssues` issues); `omitted` says how many. The run still reads every record and runs
   * every check, so the counts above are complete.
   */
  truncated: boolean;
  /** Issues counted in `errors` and `warnings` but not listed (over `maxErrors` or `maxIssues`). */
  omitted: number;
}
