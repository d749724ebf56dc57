/**
 * Per-file outcome of `validateFiles`.
 *
 * @example
 * ```ts
 * const f: FileReport = { path: 'data/people.jsonl', status: 'valid', records: 3, errors: 0, warnings: 0 };
 * ```
 * @category Validation
 */
export interface FileReport {
  /** Path as given or found while walking a folder; `-` for stdin. */
  path: string;
  /** `valid` (no error), `invalid` (errors in the data) or `unreadable` (I/O problem). */
  status: 'valid' | 'invalid' | 'unreadable';
  /** Records read from the file. */
  records: number;
  /** Issues of severity `error` located in this file. */
  errors: number;
  /** Issues of severity `warning` located in this file. */
  warnings: number;
}
