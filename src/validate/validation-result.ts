import type { FileReport } from './file-report.js';
import type { ValidationIssue } from './validation-issue.js';
import type { ValidationSummary } from './validation-summary.js';

/**
 * What `validateRecords` and `validateFiles` return: every issue in input order (file, then
 * line), per-file reports and the run's totals.
 *
 * @example
 * ```ts
 * const result: ValidationResult = validateRecords([]);
 * result.summary.errors; // 0
 * ```
 * @category Validation
 */
export interface ValidationResult {
  /** All issues, sorted by file (in reading order), line, column. */
  issues: ValidationIssue[];
  /** One report per file read, in reading order (empty for `validateRecords`). */
  files: FileReport[];
  /** Totals. */
  summary: ValidationSummary;
}
