import type { ValidationResult } from './validation-result.js';

/**
 * Options of {@link getExitCode}.
 *
 * @example
 * ```ts
 * const options: ExitCodeOptions = { failOn: 'warning' };
 * ```
 * @category Validation
 */
export interface ExitCodeOptions {
  /** Lowest severity that fails the run (default `'error'`). */
  failOn?: 'error' | 'warning';
}

const IO_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(['file_not_found', 'read_error', 'no_data_files']);

/**
 * The process exit code the CLI uses for a result (ESLint's convention): `2` when a path could
 * not be read (missing file, unreadable file or folder, folder without data files), else `1`
 * when there are errors (or warnings with `failOn: 'warning'`), else `0`.
 *
 * @param result - A validation result.
 * @param options - {@link ExitCodeOptions}.
 * @returns 0, 1 or 2.
 * @example
 * ```ts
 * getExitCode(validateRecords([])); // 0
 * getExitCode(validateRecords([42])); // 1
 * ```
 * @category Validation
 */
export function getExitCode(result: ValidationResult, options: ExitCodeOptions = {}): 0 | 1 | 2 {
  if (result.issues.some((i) => IO_CODES.has(i.code))) return 2;
  if (result.summary.errors > 0) return 1;
  if (options.failOn === 'warning' && result.summary.warnings > 0) return 1;
  return 0;
}
